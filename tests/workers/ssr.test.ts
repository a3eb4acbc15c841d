import { createClient, type Client } from '@libsql/client'
import { env, exports } from 'cloudflare:workers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coordinatorJst, ORIGIN, workerEnv } from './helpers'

/**
 * A public page rendered on the server by the Worker build (worker/core/http/ssr.ts with web/dist/ssr bundled in, as
 * deployed): a JST's home page carries its heading and its embedded answer, in process from the Worker's own API; a
 * signed-in staff member gets the plain page. The binding serves ./web/dist; a build without its rendering (made with
 * vite.config.ts alone) or from before the first views has nothing to render and the test says so.
 */
const SLUG = 'gmina-ssr-workers'
const NAME = 'Gmina </script> Renderowana'
let db: Client
let cookie: string
const assets = env.ASSETS as { fetch(request: Request): Promise<Response> }
const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(new Request(`${ORIGIN}${path}`, { headers }))

beforeAll(async () => {
  db = createClient({ url: workerEnv.DATABASE_URL })
  ;({ cookie } = await coordinatorJst(
    db,
    { slug: SLUG, name: NAME, teryt: '0201099', contactEmail: 'bo@gmina-ssr.example' },
    { email: 'koordynator@gmina-ssr.example', password: 'Haslo-workers-ssr-2026' },
  ))
})
afterAll(() => db?.close())

describe('the server rendering on Workers', () => {
  it('renders a JST home with its answer embedded, and gives a staff member the plain page', async (ctx) => {
    const table = await assets.fetch(new Request(`${ORIGIN}/first-view.json`))
    const views = /json/.test(table.headers.get('Content-Type') ?? '')
      ? ((await table.json()) as { routes: { ssr?: boolean }[]; styles?: Record<string, string>; bootScript?: string })
      : null
    if (!views?.routes.some((r) => r.ssr)) return ctx.skip('web/dist has no server-rendered first views')
    const res = await get(`/${SLUG}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    const data = /<script type="application\/json" id="ssr-data">([\s\S]*?)<\/script>/.exec(html)?.[1]
    if (!data) return ctx.skip('web/dist was built without its rendering (vite.ssr.config.ts)')
    expect(html).toMatch(/<h1[^>]*>Gmina &lt;\/script> Renderowana<\/h1>/)
    expect(data).not.toContain('</script>')
    // Painted before any script: the app is started by the small script once the page is on screen.
    expect(html).not.toContain('<script type="module"')
    const digest = async (text: string) =>
      btoa(
        String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))),
      )
    if (views.bootScript) {
      // The start in the page itself, allowed by its hash (computed in workerd) and by nothing else.
      const start = /<script data-entry="\/assets\/index-[\w-]+\.js" data-chunks="[^"]*">([^<]*)<\/script>/.exec(html)
      expect(start?.[1]).toBe(views.bootScript)
      expect(html).not.toMatch(/<script[^>]* src=/)
      const policy = /(?:^|;\s*)script-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]
      expect(policy).toBe(`'self' 'sha256-${await digest(views.bootScript)}'`)
    } else {
      expect(html).toMatch(/<script defer src="\/assets\/boot-[\w-]+\.js" data-entry="\/assets\/index-[\w-]+\.js"/)
    }
    // Its stylesheets in it, allowed by their hashes (computed in workerd) and by nothing else.
    if (views.styles) {
      const sheets = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!)
      expect(sheets.length).toBeGreaterThan(0)
      expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)/)
      const policy = /(?:^|;\s*)style-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]
      expect(policy).toBe(
        ["'self'", ...(await Promise.all(sheets.map(async (c) => `'sha256-${await digest(c)}'`)))].join(' '),
      )
    }
    const answers = (JSON.parse(data) as { answers: Record<string, { ok: boolean; data: { name: string } }> }).answers
    expect(Object.keys(answers)).toEqual([`/jst/${SLUG}`])
    expect(answers[`/jst/${SLUG}`]!.data.name).toBe(NAME)
    expect(res.headers.get('vary')).toContain('Cookie')
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^W\//)
    expect((await get(`/${SLUG}`, { 'If-None-Match': etag })).status).toBe(304)

    const plain = await (await get(`/${SLUG}`, { Cookie: cookie })).text()
    expect(plain).not.toContain('id="ssr-data"')
    expect(plain).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/v1/jst/${SLUG}">`)
  })
})
