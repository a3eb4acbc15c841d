import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { seedDemoBudget } from '../../../worker/budget/demo/seed'
import { configFromEnv } from '../../../worker/core/config'
import { assetsWithFirstView } from '../../../worker/core/http/first-view'
import { embeddedJson, type SsrBundle } from '../../../worker/core/http/ssr'
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
  const current = existsSync(table) && 'boot' in (JSON.parse(readFileSync(table, 'utf8')) as object)
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
      expect(res.headers.get('cache-control'), c.path).toBe('no-cache')
      expect(res.headers.get('vary'), c.path).toContain('Cookie')
      const etag = res.headers.get('etag')!
      expect(etag, c.path).toMatch(/^W\//)
      expect((await page(c.path, { 'If-None-Match': etag })).status, c.path).toBe(304)
    }
    // Painted without scripts: the app's entry and the page's chunk are asked for by the start script once painted.
    const results1 = await (await page(`${edition}/wyniki`)).text()
    const start =
      /<script defer src="(\/assets\/boot-[\w-]+\.js)" data-entry="([^"]+)" data-chunks="([^"]+)"><\/script>/.exec(
        results1,
      )!
    expect(start[2]).toMatch(/^\/assets\/index-[\w-]+\.js$/)
    expect(start[3]).toMatch(/\/assets\/Results-[\w-]+\.js/)
    expect(results1).not.toMatch(/<script type="module"|rel="modulepreload"/)
    expect((await page(start[1]!)).headers.get('content-type')).toContain('javascript')
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
    for (const path of ['/panel', `/panel/${SLUG}/bo/${year}`, '/panel/logowanie', `/${SLUG}/bo/${year}/zglos`]) {
      const plain = await (await page(path)).text()
      expect(embedded(plain), path).toBeNull()
    }
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
    expect(res.headers.get('etag')).toMatch(/^W\//)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const staff = await worker.request(`${ORIGIN}/${SLUG}/bo/${year}/wyniki`, {
      headers: { Cookie: 'wspolnota_session=x' },
    })
    expect(embedded(await staff.text())).toBeNull()
  })
})
