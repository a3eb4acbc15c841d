import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

/**
 * Issue #12 on the Worker build: public data revalidates with an ETag (Hono's `etag` on workerd's crypto.subtle), and
 * nothing is compressed by the app, since Cloudflare compresses every answer on its way out.
 */
const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(new Request(`http://wspolnota.test${path}`, { headers }))

describe('HTTP caching and compression on Workers', () => {
  it('answers a public list with no-cache and an ETag, and a revisit with 304 without a body', async () => {
    const first = await get('/api/v1/jst')
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    const tag = first.headers.get('etag')!
    expect(tag).toMatch(/^W\/"[^"]+"$/)
    const again = await get('/api/v1/jst', { 'If-None-Match': tag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('leaves API answers uncompressed, however large', async () => {
    const res = await get('/api/openapi.json', { 'Accept-Encoding': 'gzip, br' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBeNull()
    expect((await res.text()).length).toBeGreaterThan(1024)
  })
})
