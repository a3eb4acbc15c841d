import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

/**
 * Issue #12 on the Worker build: a public page's HTML, served by the assets binding through the Worker
 * (`run_worker_first` in wrangler.toml), names the page's chunk and the API calls of its first render (or, rendered on
 * the server, carries their answers), as on Node
 * (tests/api/core/first-view.test.ts checks the links themselves). The binding serves ./web/dist: with a build from
 * before the first views (no first-view.json) there is nothing to name and the test says so; `npm test` builds anew.
 */
const ORIGIN = 'http://wspolnota.test'
const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(new Request(`${ORIGIN}${path}`, { headers }))
const assets = env.ASSETS as { fetch(request: Request): Promise<Response> }

describe('the first view of a public page on Workers', () => {
  it('is named in the page’s HTML, with an ETag of the page’s own bytes and a 304 on a revisit', async (ctx) => {
    const table = await assets.fetch(new Request(`${ORIGIN}/first-view.json`))
    if (!/json/.test(table.headers.get('Content-Type') ?? '')) return ctx.skip('web/dist has no first-view.json')
    const res = await get('/gmina-przykladowa/bo/2025/wyniki')
    expect(res.status).toBe(200)
    const html = await res.text()
    const paths = ['/jst/gmina-przykladowa', '/jst/gmina-przykladowa/bo/2025', '/jst/gmina-przykladowa/bo/2025/results']
    // Rendered on the server (the Worker bundles web/dist/ssr, built by `npm test`): the answers are in the page
    // instead of preloaded (worker/core/http/ssr.ts; tests/api/core/ssr.test.ts checks the rendering itself).
    const data = /<script type="application\/json" id="ssr-data">([\s\S]*?)<\/script>/.exec(html)?.[1]
    if (data) {
      expect(Object.keys((JSON.parse(data) as { answers: object }).answers)).toEqual(paths)
      expect(html).not.toContain('rel="preload" as="fetch"')
      expect(html).toContain('<h1')
      expect(res.headers.get('vary')).toContain('Cookie')
    } else
      for (const path of paths)
        expect(html).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/v1${path}">`)
    expect(html).toMatch(/<link rel="modulepreload"[^>]* crossorigin href="\/assets\/Results-[\w-]+\.js">/)
    // A staff member signed in gets the page unrendered, with its API calls preloaded.
    const plain = await (await get('/gmina-przykladowa/bo/2025/wyniki', { Cookie: 'wspolnota_session=x' })).text()
    expect(plain).not.toContain('id="ssr-data"')
    for (const path of paths)
      expect(plain).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/v1${path}">`)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^W\//)
    expect((await get('/gmina-przykladowa/bo/2025/wyniki', { 'If-None-Match': etag })).status).toBe(304)

    const panel = await (await get('/panel/logowanie')).text()
    expect(panel).toContain('<div id="app"')
    expect(panel).not.toContain('rel="preload"')
  })
})
