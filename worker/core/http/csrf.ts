import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './context'
import { forbidden } from './problem'

const safe = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses state-changing requests that a browser marks as coming from another site. Unlike Hono's `csrf()`, which
 * only looks at form content types, this covers JSON too: a cross-site `fetch` always carries `Origin` and
 * `Sec-Fetch-Site`. Requests without either (curl, server-to-server) carry no ambient cookies of a victim.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safe.has(c.req.method)) return next()
    const site = c.req.header('sec-fetch-site')
    if (site && site !== 'same-origin' && site !== 'none')
      throw forbidden('Żądanie z innej witryny zostało odrzucone (ochrona CSRF).')
    const origin = c.req.header('origin')
    if (origin) {
      const allowed = new Set([new URL(c.req.url).host, c.req.header('host')])
      const appUrl = c.get('config').appUrl
      if (appUrl) allowed.add(new URL(appUrl).host)
      let host = ''
      try {
        host = new URL(origin).host
      } catch {}
      if (!allowed.has(host)) throw forbidden('Żądanie z innej witryny zostało odrzucone (ochrona CSRF).')
    }
    return next()
  }
}
