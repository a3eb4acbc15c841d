import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { seedDemoBudget } from '../../../worker/budget/demo/seed'
import { configFromEnv } from '../../../worker/core/config'
import { assetsWithFirstView } from '../../../worker/core/http/first-view'
import { embeddedJson, INLINE_STYLES_MAX_PAGE, type SsrBundle } from '../../../worker/core/http/ssr'
import { createServices } from '../../../worker/core/services'
import { modules } from '../../../worker/modules'
import { staticAssets } from '../../../worker/node-server'
import { demo, loggedIn, ORIGIN, testApp, type TestApp } from '../../support/api'

/**
 * The public pages rendered on the server (issue #12, worker/core/http/ssr.ts): each page's HTML holds its content and
 * the API answers it was rendered from, on the Node server and through the Workers assets binding; a staff session
 * gets the plain page; no value in the data can end the data element. The rendering is the build's own
 * (`<web build>/ssr/entry-server.js`): a build without one is made under tmp/, leaving web/dist alone.
 */
const root = resolve('.')
let dist = process.env.WEB_DIST ?? join(root, 'web', 'dist')
let built: string | null = null
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
const SLUG = 'gmina-przykladowa'

let t: TestApp
let app: ReturnType<typeof createApp>
let year: number
const config = configFromEnv({ APP_ENV: 'development', APP_URL: ORIGIN }, modules)

beforeAll(async () => {
  // A build with its rendering and a first-view.json that knows it (web/dist may be older than this code).
  const table = join(dist, 'first-view.json')
  const current = existsSync(table) && 'bootScript' in (JSON.parse(readFileSync(table, 'utf8')) as object)
  if (!current || !existsSync(join(dist, 'ssr', 'entry-server.js'))) {
    built = join(root, 'tmp', `ssr-${process.pid}`)
    execFileSync(process.execPath, [vite, 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      stdio: 'inherit',
    })
    execFileSync(
      process.execPath,
      [vite, 'build', '-c', 'vite.ssr.config.ts', '--outDir', join(built, 'ssr'), '--logLevel', 'error'],
      { cwd: root, stdio: 'inherit' },
    )
    dist = built
  }
  t = await testApp()
  await seedDemoBudget(t.db, config)
  const services = createServices(t.db, config)
  app = createApp({ config, services: () => services, assets: staticAssets(dist), modules })
  const { items } = (await (await app.request(`${ORIGIN}/api/v1/jst/${SLUG}/bo`)).json()) as {
    items: { year: number; currentPhase: string }[]
  }
  year = items.find((e) => e.currentPhase === 'implementation')!.year
}, 240_000)
afterAll(() => {
  t?.close()
  if (built) rmSync(built, { recursive: true, force: true })
})

const page = (path: string, headers: Record<string, string> = {}) => app.request(`${ORIGIN}${path}`, { headers })
const api = async <T>(path: string) => (await (await app.request(`${ORIGIN}/api/v1${path}`)).json()) as T

/** The answers a page carries, or null for a page not rendered on the server. */
function embedded(html: string): Record<string, { ok: boolean; data?: unknown; status?: number }> | null {
  const m = /<script type="application\/json" id="ssr-data">([\s\S]*?)<\/script>/.exec(html)
  return m ? (JSON.parse(m[1]!) as { answers: Record<string, { ok: boolean }> }).answers : null
}

/** The text of an HTML fragment as a reader sees it: tags dropped, the entities the renderer writes decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
/** The `style-src` of an answer's Content-Security-Policy. */
const styleSrc = (res: Response) =>
  /(?:^|;\s*)style-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]?.split(' ') ?? []

/**
 * A rendered page's stylesheets: in it, each `<style>` followed by its file's link, disabled (never fetched; Vite's
 * loader finds it and does not ask again), and allowed by the page's policy by its hash alone. A page too large for
 * them (`INLINE_STYLES_MAX_PAGE`) links them, under the app's policy.
 */
function expectInlineStyles(html: string, res: Response, where: string): 'inlined' | 'linked' {
  const linked = html.replace(/<style>[^<]*<\/style><link ([^>]*) disabled>/g, '<link $1>')
  if (linked.length > INLINE_STYLES_MAX_PAGE) {
    expect(html, where).not.toContain('<style>')
    expect(html, where).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/index-[\w-]+\.css">/)
    expect(styleSrc(res), where).toEqual(["'self'"])
    return 'linked'
  }
  const sheets = [
    ...html.matchAll(/<style>([^<]*)<\/style><link rel="stylesheet" crossorigin href="([^"]+)" disabled>/g),
  ]
  expect(sheets.length, where).toBeGreaterThan(0)
  expect(html.match(/<style>/g), where).toHaveLength(sheets.length)
  expect(html, where).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)/)
  expect(styleSrc(res), where).toEqual([
    "'self'",
    ...sheets.map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`),
  ])
  for (const [, css, href] of sheets) expect(readFileSync(join(dist, href!), 'utf8'), `${where} ${href}`).toBe(css)
  expect(
    sheets.some(([, , href]) => /\/assets\/index-[\w-]+\.css$/.test(href!)),
    where,
  ).toBe(true)
  return 'inlined'
}

/** The `script-src` of an answer's Content-Security-Policy. */
const scriptSrc = (res: Response) =>
  /(?:^|;\s*)script-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]?.split(' ') ?? []

/**
 * A rendered page's start (web/src/boot.ts): written into the page at its end, the build's own text, allowed by the
 * page's policy by its hash alone (no `'unsafe-inline'`); no request for it before the first paint.
 */
function expectInlineStart(html: string, res: Response, where: string) {
  const starts = [...html.matchAll(/<script data-entry="([^"]+)" data-chunks="([^"]*)">([^<]*)<\/script>\s*<\/body>/g)]
  expect(starts, where).toHaveLength(1)
  const [, entry, chunks, script] = starts[0]!
  const table = JSON.parse(readFileSync(join(dist, 'first-view.json'), 'utf8')) as { bootScript: string }
  expect(script, where).toBe(table.bootScript)
  expect(scriptSrc(res), where).toEqual(["'self'", `'sha256-${createHash('sha256').update(script!).digest('base64')}'`])
  expect(html, where).not.toMatch(/<script[^>]* src=/)
  return { entry: entry!, chunks: chunks! }
}

const mount = (html: string) => /<div id="app">([\s\S]*)<\/div>\s*<script type="application\/json"/.exec(html)?.[1]
const heading = (html: string) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim()

describe('the public pages rendered on the server (Node)', () => {
  it('holds each page’s heading, content and data, without API preloads, and revalidates with an ETag', async () => {
    const edition = `/${SLUG}/bo/${year}`
    const tenant = `/jst/${SLUG}`
    const base = `/jst/${SLUG}/bo/${year}`
    const title = `Budżet obywatelski ${year}`
    const projects = await api<{ items: { title: string }[] }>(`${base}/projects`)
    const results = await api<{ pools: { name: string }[] }>(`${base}/results`)
    const cases = [
      { path: '/', h1: 'Wspólnota — samorząd i mieszkańcy decydują razem', api: ['/jst'], says: ['Gmina Przykładowa'] },
      { path: `/${SLUG}`, h1: 'Gmina Przykładowa', api: [tenant], says: [title] },
      { path: edition, h1: title, api: [tenant, base], says: ['Gmina Przykładowa'] },
      {
        path: `${edition}/projekty`,
        h1: 'Zgłoszone projekty',
        api: [tenant, base, `${base}/projects`],
        says: projects.items.slice(0, 3).map((p) => p.title),
      },
      {
        path: `${edition}/wyniki`,
        h1: `Wyniki: ${title}`,
        api: [tenant, base, `${base}/results`],
        says: results.pools.map((p) => p.name),
      },
      { path: `${edition}/glosuj`, h1: `Głosowanie: ${title}`, api: [tenant, base], says: ['Głosowanie'] },
    ]
    const kinds: string[] = []
    for (const c of cases) {
      const res = await page(c.path)
      expect(res.status, c.path).toBe(200)
      const html = await res.text()
      const answers = embedded(html)
      expect(answers, c.path).not.toBeNull()
      expect(Object.keys(answers!).sort(), c.path).toEqual([...c.api].sort())
      expect(
        Object.values(answers!).every((a) => a.ok),
        c.path,
      ).toBe(true)
      expect(heading(html), c.path).toBe(c.h1)
      const body = text(mount(html) ?? '')
      for (const words of c.says) expect(body, `${c.path}: ${words}`).toContain(words)
      expect(mount(html), c.path).not.toContain('state-loading')
      expect(html, c.path).not.toContain('rel="preload" as="fetch"')
      kinds.push(expectInlineStyles(html, res, c.path))
      expectInlineStart(html, res, c.path)
      expect(res.headers.get('cache-control'), c.path).toBe('no-cache')
      expect(res.headers.get('vary'), c.path).toContain('Cookie')
      const etag = res.headers.get('etag')!
      expect(etag, c.path).toMatch(/^W\//)
      expect((await page(c.path, { 'If-None-Match': etag })).status, c.path).toBe(304)
    }
    // The demo's home, JST, edition and voting pages carry their stylesheets; its project list and results are too
    // large for them.
    expect(kinds).toEqual(['inlined', 'inlined', 'inlined', 'linked', 'linked', 'inlined'])
    // Painted without scripts: the app's entry and the page's chunk are asked for by the start script once painted.
    const res1 = await page(`${edition}/wyniki`)
    const results1 = await res1.text()
    const start = expectInlineStart(results1, res1, 'results')
    expect(start.entry).toMatch(/^\/assets\/index-[\w-]+\.js$/)
    expect(start.chunks).toMatch(/\/assets\/Results-[\w-]+\.js/)
    expect(results1).not.toMatch(/<script type="module"|<link rel="modulepreload"/)
    expect((await page(start.entry)).headers.get('content-type')).toContain('javascript')
    // Any other answer keeps the app's policy: no inline script allowed.
    expect(scriptSrc(await page('/panel/logowanie'))).toEqual(["'self'"])
  })

  it('renders every other public page a module declares, a project’s page included', async () => {
    const edition = `/${SLUG}/bo/${year}`
    const [first] = (await api<{ items: { id: string; title: string }[] }>(`/jst/${SLUG}/bo/${year}/projects`)).items
    for (const [path, h1] of [
      [`/${SLUG}/bo`, 'Budżet obywatelski'],
      [`${edition}/projekty/${first!.id}`, first!.title],
      [`${edition}/lista`, 'Lista projektów do głosowania'],
      [`${edition}/realizacja`, `Realizacja projektów: Budżet obywatelski ${year}`],
    ]) {
      const html = await (await page(path!)).text()
      expect(embedded(html), path).not.toBeNull()
      expect(heading(html), path).toBe(h1)
      expect(mount(html), path).not.toContain('state-loading')
    }
  })

  it('serves a refusal unrendered, with its calls preloaded, so the page revalidates and asks in its language', async () => {
    const res = await page('/nie-ma-takiej-gminy')
    const html = await res.text()
    expect(embedded(html)).toBeNull()
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/api/v1/jst/nie-ma-takiej-gminy">')
    expect((await page('/nie-ma-takiej-gminy', { 'If-None-Match': res.headers.get('etag')! })).status).toBe(304)
  })

  it('gives a signed-in staff member the plain page, and a personal page is never rendered', async () => {
    // Signed in through the API of the same database: the session cookie is what a browser would then send.
    const { cookie } = await loggedIn(t, demo.admin)
    const res = await page(`/${SLUG}/bo/${year}/wyniki`, { Cookie: cookie })
    const html = await res.text()
    expect(embedded(html)).toBeNull()
    expect(html).toMatch(/<div id="app">\s*<noscript>/)
    expect(html).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/v1/jst/${SLUG}/bo/${year}/results">`)
    expect(res.headers.get('vary')).toContain('Cookie')
    // Linked, as the build wrote it, under the app's policy: no inline style is allowed on a page not rendered here.
    expect(html).not.toContain('<style>')
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/index-[\w-]+\.css">/)
    expect(styleSrc(res)).toEqual(["'self'"])
    for (const path of ['/panel', `/panel/${SLUG}/bo/${year}`, '/panel/logowanie', `/${SLUG}/bo/${year}/zglos`]) {
      const plain = await page(path)
      expect(embedded(await plain.text()), path).toBeNull()
      expect(styleSrc(plain), path).toEqual(["'self'"])
    }
    // The policy of any other answer is the app's own.
    expect(styleSrc(await page('/api/v1/health'))).toEqual(["'self'"])
  })

  it('renders a filtered list in the browser: the server cannot know how the page maps its query', async () => {
    const html = await (await page(`/${SLUG}/bo/${year}/projekty?status=selected`)).text()
    expect(embedded(html)).toBeNull()
  })

  it('lets no title break out of the data element or the markup', async () => {
    const evil = '</script><script>alert(1)</script><!-- \u2028 & "x"'
    const [first] = (await api<{ items: { id: string; title: string }[] }>(`/jst/${SLUG}/bo/${year}/projects`)).items
    await t.db.run(sql`update bo_projects set title = ${evil} where id = ${first!.id}`)
    const html = await (await page(`/${SLUG}/bo/${year}/projekty`)).text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html.match(/<\/script>/g)).toHaveLength(html.match(/<script\b/g)!.length)
    const answers = embedded(html)! as Record<string, { data: { items: { id: string; title: string }[] } }>
    expect(answers[`/jst/${SLUG}/bo/${year}/projects`]!.data.items.find((p) => p.id === first!.id)!.title).toBe(evil)
    expect(text(mount(html)!)).toContain('</script><script>alert(1)</script>')
    expect(embeddedJson({ title: evil })).not.toMatch(/[<>&\u2028\u2029]/)
  })

  it('never serves the rendering bundle itself as a file of the site', async () => {
    const res = await page('/ssr/entry-server.js')
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).not.toContain('renderToString')
  })
})

describe('the public pages rendered on the server (Workers assets binding)', () => {
  it('renders the page the same way, with the bundle the Worker imports', async () => {
    const bundle = (await import(pathToFileURL(join(dist, 'ssr', 'entry-server.js')).href)) as SsrBundle
    const types: Record<string, string> = { '.html': 'text/html', '.json': 'application/json' }
    // The binding as wrangler.toml configures it: files, and index.html for any other address.
    const binding = async (request: Request) => {
      const path = new URL(request.url).pathname
      const file = join(dist, path)
      const found = path !== '/' && existsSync(file) && extname(file) !== ''
      const served = found ? file : join(dist, 'index.html')
      return new Response(readFileSync(served), {
        headers: { 'Content-Type': types[extname(served)] ?? 'application/octet-stream', ETag: '"binding"' },
      })
    }
    const services = createServices(t.db, config)
    const pages = assetsWithFirstView(binding, bundle)
    const worker = createApp({ config, services: () => services, assets: (c, inProcess) => pages(c, inProcess) })
    const res = await worker.request(`${ORIGIN}/${SLUG}/bo/${year}/wyniki`)
    const html = await res.text()
    expect(heading(html)).toBe(`Wyniki: Budżet obywatelski ${year}`)
    expect(Object.keys(embedded(html)!)).toHaveLength(3)
    expect(expectInlineStyles(html, res, 'Workers')).toBe('linked')
    expectInlineStart(html, res, 'Workers')
    const edition = await worker.request(`${ORIGIN}/${SLUG}/bo/${year}`)
    expect(expectInlineStyles(await edition.text(), edition, 'Workers')).toBe('inlined')
    expect(res.headers.get('etag')).toMatch(/^W\//)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const staff = await worker.request(`${ORIGIN}/${SLUG}/bo/${year}/wyniki`, {
      headers: { Cookie: 'wspolnota_session=x' },
    })
    expect(embedded(await staff.text())).toBeNull()
  })
})
