import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { configFromEnv } from '../../../worker/core/config'
import { assetsWithFirstView, compileFirstView, compileFirstViews } from '../../../worker/core/http/first-view'
import { staticAssets } from '../../../worker/node-server'

/**
 * The first view of the public pages (issue #12): the HTML of a page names its chunk (`modulepreload`) and the API
 * calls of its first render (`preload as=fetch`), on the Node server and through the Workers assets binding alike.
 * The browser test (tests/browser/core/first-view.test.ts) shows that these are exactly what the pages then fetch.
 */
const root = resolve('.')
let dist = process.env.WEB_DIST ?? join(root, 'web', 'dist')
let built: string | null = null
const SLUG = 'gmina-przykladowa'
const API = `/api/v1/jst/${SLUG}`

beforeAll(() => {
  // A build from before the first views has no first-view.json: build one of our own, leaving web/dist alone.
  if (!existsSync(join(dist, 'first-view.json'))) {
    built = join(root, 'tmp', `first-view-${process.pid}`)
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--outDir',
        built,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: root, stdio: 'inherit' },
    )
    dist = built
  }
}, 120_000)
afterAll(() => {
  if (built) rmSync(built, { recursive: true, force: true })
})

const config = () => configFromEnv({ APP_ENV: 'development' })
const noServices = () => {
  throw new Error('no database in this test')
}
const nodeApp = () => createApp({ config: config(), services: noServices, assets: staticAssets(dist) })

interface Links {
  fetches: string[]
  scripts: string[]
  styles: string[]
}

/** The first-view links of a page's HTML, by kind, in document order. */
function linksOf(html: string): Links {
  const tags = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0])
  const href = (tag: string) => tag.match(/href="([^"]+)"/)![1]!
  return {
    fetches: tags.filter((t) => /rel="preload"/.test(t) && /as="fetch"/.test(t) && /\bcrossorigin\b/.test(t)).map(href),
    scripts: tags.filter((t) => /rel="modulepreload"/.test(t) && /\bcrossorigin\b/.test(t)).map(href),
    // The entry's own stylesheet is in index.html already; the page's come after it.
    styles: tags
      .filter((t) => /rel="stylesheet"/.test(t))
      .map(href)
      .slice(1),
  }
}

const htmlAt = async (app: ReturnType<typeof nodeApp>, path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(`http://localhost${path}`, { headers })
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type'), path).toContain('text/html')
  return res.text()
}

describe('the first view of a public page on the Node server', () => {
  let app: ReturnType<typeof nodeApp>
  beforeAll(() => {
    app = nodeApp()
  })

  it('names, for the edition page, its JST and its edition (its code is in the entry)', async () => {
    expect(linksOf(await htmlAt(app, `/${SLUG}/bo/2025`))).toEqual({
      fetches: [API, `${API}/bo/2025`],
      scripts: [],
      styles: [],
    })
  })

  it('names, for the project list, results and voting page, the page chunk and the API calls it makes', async () => {
    const cases = [
      ['projekty', 'BudgetProjects', [API, `${API}/bo/2025`, `${API}/bo/2025/projects`]],
      ['wyniki', 'Results', [API, `${API}/bo/2025`, `${API}/bo/2025/results`]],
      ['glosuj', 'Vote', [API, `${API}/bo/2025`]],
    ] as const
    for (const [segment, chunk, fetches] of cases) {
      const links = linksOf(await htmlAt(app, `/${SLUG}/bo/2025/${segment}`))
      expect(links.fetches, segment).toEqual(fetches)
      expect(links.scripts[0], segment).toMatch(new RegExp(`^/assets/${chunk}-[\\w-]+\\.js$`))
      // Every file named is one of this build's, and none twice.
      for (const file of [...links.scripts, ...links.styles]) expect(existsSync(join(dist, file)), file).toBe(true)
      expect(new Set(links.scripts).size).toBe(links.scripts.length)
      expect(links.styles.every((s) => extname(s) === '.css')).toBe(true)
    }
  })

  it('names the JST list on the home page and the JST on its home page', async () => {
    expect(linksOf(await htmlAt(app, '/')).fetches).toEqual(['/api/v1/jst'])
    expect(linksOf(await htmlAt(app, `/${SLUG}`)).fetches).toEqual([API])
    expect(linksOf(await htmlAt(app, `/${SLUG}/`)).fetches).toEqual([API])
  })

  it('leaves out the project list when the page filters it, and names nothing for pages without a first view', async () => {
    const filtered = linksOf(await htmlAt(app, `/${SLUG}/bo/2025/projekty?kategoria=sport`))
    expect(filtered.fetches).toEqual([API, `${API}/bo/2025`])
    expect(filtered.scripts[0]).toMatch(/^\/assets\/BudgetProjects-/)
    const plain = await htmlAt(app, '/nie-ma-takiej-strony/a/b/c/d')
    for (const path of [
      '/panel',
      '/panel/logowanie',
      `/panel/${SLUG}/bo/2025`,
      '/przeliczenie',
      '/rodo',
      `/${SLUG}/bo/abcd`,
      `/${SLUG}/bo/20251`,
      `/${SLUG}/bo/2025/nieznana-strona`,
      '/panel/bo/2025',
    ]) {
      const html = await htmlAt(app, path)
      expect(linksOf(html), path).toEqual({ fetches: [], scripts: [], styles: [] })
      expect(html, path).toBe(plain)
    }
  })

  it('encodes path segments as the web does and never lets one out of its attribute', async () => {
    expect(linksOf(await htmlAt(app, '/Gmina%20%C5%BBabia/bo/2025')).fetches).toEqual([
      '/api/v1/jst/Gmina%20%C5%BBabia',
      '/api/v1/jst/Gmina%20%C5%BBabia/bo/2025',
    ])
    const html = await htmlAt(app, '/a%22%3E%3Cscript%3Ex/bo/2025')
    expect(html).not.toContain('<script>x')
    expect(linksOf(html).fetches).toEqual([
      '/api/v1/jst/a%22%3E%3Cscript%3Ex',
      '/api/v1/jst/a%22%3E%3Cscript%3Ex/bo/2025',
    ])
    // Not valid percent-encoding: the segment is taken as it is, as the web's router does (the Node server itself
    // answers such an address with 404, the Workers binding with the page).
    const links = compileFirstView(JSON.parse(readFileSync(join(dist, 'first-view.json'), 'utf8')))
    expect(linksOf(links(new URL('http://localhost/a%ZZ/bo/2025'))).fetches[0]).toBe('/api/v1/jst/a%25ZZ')
  })

  it('gives each page its own ETag and compressed copy, and a revisit a 304', async () => {
    const a = await app.request(`http://localhost/${SLUG}/bo/2025/wyniki`, { headers: { 'Accept-Encoding': 'br' } })
    const b = await app.request(`http://localhost/${SLUG}/bo/2025/glosuj`, { headers: { 'Accept-Encoding': 'br' } })
    const plain = await app.request('http://localhost/panel')
    const tags = [a, b, plain].map((r) => r.headers.get('etag'))
    expect(new Set(tags).size).toBe(3)
    expect(a.headers.get('content-encoding')).toBe('br')
    expect(a.headers.get('cache-control')).toBe('no-cache')
    expect(Number(a.headers.get('content-length'))).toBe((await a.arrayBuffer()).byteLength)
    const again = await app.request(`http://localhost/${SLUG}/bo/2025/wyniki`, {
      headers: { 'If-None-Match': tags[0]! },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const gzip = await app.request(`http://localhost/${SLUG}/bo/2025/wyniki`, {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gzip.headers.get('etag')).toBe(tags[0])
  })

  it('keeps a bounded number of pages, however many addresses are asked for', async () => {
    const assets = staticAssets(dist)
    const app = createApp({ config: config(), services: noServices, assets })
    for (let i = 0; i < 700; i++) await app.request(`http://localhost/jst-${i}/bo/2025`)
    // The files themselves stay the only thing cached per path.
    expect(assets.cachedFiles()).toBeLessThanOrEqual(3)
    expect(linksOf(await htmlAt(app, '/jst-1/bo/2025')).fetches).toEqual([
      '/api/v1/jst/jst-1',
      '/api/v1/jst/jst-1/bo/2025',
    ])
  })
})

describe('the first view on Workers (the assets binding)', () => {
  /** The assets binding over the build: files by path, index.html for any other address, with its own ETag. */
  function binding() {
    const seen: Request[] = []
    const fetchAsset = async (request: Request) => {
      seen.push(request)
      const path = decodeURIComponent(new URL(request.url).pathname)
      const file = join(dist, path)
      if (path !== '/' && existsSync(file) && !path.endsWith('/')) {
        const type = path.endsWith('.json') ? 'application/json' : 'text/javascript'
        return new Response(readFileSync(file), { headers: { 'Content-Type': type, ETag: '"file"' } })
      }
      if (request.headers.get('If-None-Match') === '"index"') return new Response(null, { status: 304 })
      return new Response(readFileSync(join(dist, 'index.html')), {
        headers: {
          'Content-Type': 'text/html',
          ETag: '"index"',
          'Cache-Control': 'public, max-age=0, must-revalidate',
        },
      })
    }
    return { seen, fetchAsset }
  }

  it('adds the same links as the Node server, with an ETag of its own and 304 on a revisit', async () => {
    const { seen, fetchAsset } = binding()
    const app = createApp({ config: config(), services: noServices, assets: assetsWithFirstView(fetchAsset) })
    const node = nodeApp()
    for (const path of ['/', `/${SLUG}`, `/${SLUG}/bo/2025`, `/${SLUG}/bo/2025/projekty`, `/${SLUG}/bo/2025/wyniki`]) {
      const html = await htmlAt(app, path)
      expect(linksOf(html), path).toEqual(linksOf(await htmlAt(node, path)))
    }
    // first-view.json is read once per isolate.
    expect(seen.filter((r) => r.url.endsWith('/first-view.json'))).toHaveLength(1)

    const first = await app.request(`http://localhost/${SLUG}/bo/2025/glosuj`, {
      headers: { 'If-None-Match': '"index"' },
    })
    expect(first.status).toBe(200)
    expect(seen.at(-1)!.headers.has('If-None-Match')).toBe(false)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\//)
    expect(first.headers.get('cache-control')).toContain('must-revalidate')
    expect(linksOf(await first.text()).scripts[0]).toMatch(/^\/assets\/Vote-/)
    const again = await app.request(`http://localhost/${SLUG}/bo/2025/glosuj`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('passes files, pages without a first view and the binding’s own 304 through unchanged', async () => {
    const { fetchAsset } = binding()
    const app = createApp({ config: config(), services: noServices, assets: assetsWithFirstView(fetchAsset) })
    const panel = await app.request('http://localhost/panel/logowanie', { headers: { 'If-None-Match': '"index"' } })
    expect(panel.status).toBe(304)
    const html = await app.request('http://localhost/panel/logowanie')
    expect(html.headers.get('etag')).toBe('"index"')
    const robots = await app.request('http://localhost/robots.txt')
    expect(robots.headers.get('etag')).toBe('"file"')
  })

  it('keeps the build’s stylesheet texts and start script for the pages rendered on the server, and nothing else', () => {
    const find = compileFirstViews({
      routes: [{ pattern: '/:slug', api: ['/jst/:slug'], ssr: true, scripts: [], styles: [] }],
      boot: '/assets/boot-x.js',
      bootScript: 'start()',
      styles: { '/assets/index-x.css': 'body{margin:0}', 'assets/relative.css': 'a{}', '/assets/n.css': 7 },
    })
    expect([...find(new URL(`http://localhost/${SLUG}`))!.styles]).toEqual([['/assets/index-x.css', 'body{margin:0}']])
    expect(find(new URL(`http://localhost/${SLUG}`))!.bootScript).toBe('start()')
    expect(
      compileFirstViews({ routes: [{ pattern: '/', api: [], ssr: true, scripts: [], styles: [] }], bootScript: 7 })(
        new URL('http://localhost/'),
      )?.bootScript,
    ).toBeNull()
    expect(compileFirstViews({ routes: [], styles: 'body{}' })(new URL('http://localhost/')) ?? null).toBeNull()
    const table = JSON.parse(readFileSync(join(dist, 'first-view.json'), 'utf8')) as { styles?: Record<string, string> }
    for (const [href, css] of Object.entries(table.styles ?? {}))
      expect(readFileSync(join(dist, href), 'utf8'), href).toBe(css)
    // The start's text is the same as its file's (built once, by the same step).
    const start = table as { boot?: string; bootScript?: string }
    if (start.bootScript) expect(readFileSync(join(dist, start.boot!), 'utf8').trim()).toBe(start.bootScript)
  })

  it('serves the pages without first views when the build has no first-view.json', async () => {
    const links = compileFirstView(null)
    expect(links(new URL(`http://localhost/${SLUG}/bo/2025`))).toBe('')
    const app = createApp({
      config: config(),
      services: noServices,
      assets: assetsWithFirstView(async (request) =>
        new URL(request.url).pathname === '/first-view.json'
          ? new Response('nie ma', { status: 404 })
          : new Response('<html><head></head><body></body></html>', { headers: { 'Content-Type': 'text/html' } }),
      ),
    })
    expect(await htmlAt(app, `/${SLUG}/bo/2025`)).toBe('<html><head></head><body></body></html>')
  })
})
