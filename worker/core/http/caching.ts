import type { Context, MiddlewareHandler } from 'hono'
import { etag } from 'hono/etag'
import { routePath } from 'hono/route'
import type { AppEnv } from './context'
import type { AnySpec } from './endpoint'

/** Weak: the same validator stands for the gzip, brotli and plain bytes of one answer. */
const validator = etag({ weak: true })

/**
 * Answers `c.res` with `304 Not Modified` (no body, keeping Cache-Control, ETag and Vary) when the request's
 * `If-None-Match` names its ETag, and gives it an ETag from its bytes when it has none: Hono's `etag` middleware run
 * on an answer that is already made, so the API and the Node server's files revalidate the same way.
 */
export async function revalidate(c: Context): Promise<void> {
  await validator(c, async () => {})
}

/** Sets a header even on an answer passed through from `fetch`, whose headers are immutable (copied first). */
function setHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value)
  } catch {
    c.res = new Response(c.res.body, c.res)
    c.res.headers.set(name, value)
  }
}

/** A path parameter that is a secret (an invitation token, a receipt code): the answer belongs to whoever holds it. */
const SECRET_PARAM = /\/:(?:token|code)\b/

/** A GET anyone may make with nothing in it that names a person: the public data of a JST and its editions. */
export const isPublicRead = (spec: AnySpec): boolean =>
  spec.method === 'get' && spec.access.kind === 'public' && !SECRET_PARAM.test(spec.path)

/**
 * Who may keep an API answer. Most are personal (ballots, team lists, paper cards) or change by the minute, so no
 * browser or proxy may keep them (`no-store`), refusals too, unless the handler itself says otherwise (immutable
 * photos, a health check). Public data (the JST home, an edition, project lists, published results) is the same for
 * every resident and is read again on every visit from a phone: it gets `no-cache` and an ETag, so a revisit costs a
 * `304` without a body while a change (a staff edit) is seen at once. Only a request without credentials gets that:
 * with `Authorization` (an author's key, a voting session) or a cookie (the staff session) a public endpoint may show
 * more (support lists, drafts), so such an answer stays `no-store` and carries no ETag.
 *
 * `registry` is the API's list of endpoint specs and `base` the path it is mounted at; the public reads are taken from
 * it on the first request, when every module has registered its endpoints.
 */
export function cacheRules(registry: readonly AnySpec[], base: string): MiddlewareHandler<AppEnv> {
  let publicReads: Set<string> | undefined
  return async (c, next) => {
    await next()
    if (c.res.headers.has('Cache-Control')) return
    publicReads ??= new Set(registry.filter(isPublicRead).map((spec) => base + spec.path))
    const shared =
      (c.req.method === 'GET' || c.req.method === 'HEAD') &&
      c.res.status === 200 &&
      !c.req.header('Authorization') &&
      !c.req.header('Cookie') &&
      publicReads.has(routePath(c))
    if (!shared) return setHeader(c, 'Cache-Control', 'no-store')
    setHeader(c, 'Cache-Control', 'no-cache')
    await revalidate(c)
  }
}
