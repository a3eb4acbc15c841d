import type { Context } from 'hono'
import type { AppConfig, AppEnv, Role, Services, SessionUser } from './http/context'
import { clientIp } from './http/request'
import { requestLang, type Lang } from './i18n'

/**
 * What a business action may use, passed to it explicitly: the services, the settings, who acts and the clock. Actions
 * take this and never Hono's `Context`, so the same code serves a request, the demo seed, the scheduler and a test
 * without pretending to be a request, and what an action touches is visible in its signature.
 */
export interface Deps extends Services {
  config: AppConfig
  /** The signed-in staff member, or null for a resident acting without an account. */
  user: SessionUser | null
  /** The user's role in the JST the request is about, when the route names one. */
  role: Role | 'operator' | null
  /** Marks the audit rows of one request (`demo-seed` for the demo), so a log reader can group them. */
  requestId: string | null
  /** The caller's network address, for audit rows and per-address limits. */
  ip: string
  /**
   * The language the request asked for (`Accept-Language`), for what goes back to that same person: a vote code, a
   * co-author's confirmation, a new draft's author language. Messages to someone else (an author notified of a staff
   * decision) use that person's language, kept with their data, never the caller's.
   */
  lang: Lang
  /** The clock: the demo seed replays a past edition at its own dates. */
  now(): Date
}

/** The dependencies of the request in `c`: the one bridge from a route handler to the actions it calls. */
export function depsOf(c: Context<AppEnv>): Deps {
  return {
    ...c.get('services'),
    config: c.get('config'),
    user: c.get('user') ?? null,
    role: (c.get('role' as never) as Role | 'operator' | undefined) ?? null,
    requestId: c.get('requestId') ?? null,
    ip: clientIp(c),
    lang: requestLang(c.req.header('accept-language')),
    now: () => new Date(),
  }
}
