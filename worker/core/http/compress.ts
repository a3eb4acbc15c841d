import type { MiddlewareHandler } from 'hono'
import { compress, COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress'
import { parseAccept } from 'hono/utils/accept'

/** The encodings the build writes next to each asset (`x.js.br`, `x.js.gz`), best first. */
export const PRECOMPRESSED = ['br', 'gzip'] as const
export type Encoding = (typeof PRECOMPRESSED)[number]

/**
 * Text worth compressing (HTML, scripts, styles, SVG, JSON…), by Hono's list, so the server's `Vary` and the API's
 * compression agree on what may come encoded; images and fonts are compressed already.
 */
export const compressible = (type: string): boolean => COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)

/**
 * The encoding to send for an `Accept-Encoding` header among those `available`: the highest `q` above 0 (`*` stands
 * for any encoding the header does not name), brotli on a tie since it is the smaller. `null` means the bytes as they
 * are: no header, nothing acceptable, or only `q=0`.
 */
export function preferredEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header) return null
  const accepts = parseAccept(header)
  const wildcard = accepts.find((a) => a.type === '*')?.q
  let best: { encoding: Encoding; q: number } | null = null
  for (const encoding of PRECOMPRESSED) {
    if (!available.includes(encoding)) continue
    const q = accepts.find((a) => a.type.toLowerCase() === encoding)?.q ?? wildcard ?? 0
    if (q > 0 && (!best || q > best.q)) best = { encoding, q }
  }
  return best?.encoding ?? null
}

/**
 * API answers of `threshold` bytes or more, gzip-compressed when the client accepts it (Hono's `compress`, which also
 * sets `Vary: Accept-Encoding` and honours `no-transform`). That middleware only skips small answers that declare
 * their `Content-Length`, which `c.json()` does not, so text answers built in memory are measured first: a 200-byte
 * refusal would otherwise travel gzip-wrapped and larger. Only for the Node server: Workers compress on the platform.
 */
export function compressAnswers(threshold = 1024): MiddlewareHandler {
  const encode = compress({ threshold })
  return (c, next) =>
    encode(c, async () => {
      await next()
      const res = c.res
      // Content-Length first: asking a Node answer for its body turns it into a stream the adapter must then pump.
      if (c.req.method === 'HEAD' || res.headers.has('Content-Length') || !res.body) return
      if (res.headers.has('Content-Encoding') || !compressible(res.headers.get('Content-Type') ?? '')) return
      const bytes = await res.arrayBuffer()
      c.res = new Response(bytes, res)
      c.res.headers.set('Content-Length', String(bytes.byteLength))
    })
}
