import type { Db } from '../db/client'
import type { Mailer, SmsSender } from '../mail/mailer'
import type { FileStore } from '../files/store'
import type { RateLimiter } from './rate-limit'
import type { Role } from '../auth/roles'

/** Re-exported for the code that took the roles from here before they moved to their own pure file. */
export { roles, type Role } from '../auth/roles'

export interface SessionUser {
  id: string
  email: string
  name: string
  isOperator: boolean
  memberships: { tenantId: string; tenantSlug: string; tenantName: string; role: Role }[]
}

export interface TenantRef {
  id: string
  slug: string
  name: string
}

/** Settings read once from the environment; both entry points build the same shape. */
export interface AppConfig {
  appEnv: 'development' | 'test' | 'production'
  version: string
  /**
   * Public address used in e-mailed links (`APP_URL`; in development this server on localhost). Never taken from a
   * request, whose Host header anyone can forge.
   */
  appUrl: string
  /** `__Host-` cookies need HTTPS; plain-http deployments other than localhost must turn this off. */
  cookieSecure: boolean
  bodyLimitBytes: number
  /** Node behind a reverse proxy: take the client address from `X-Forwarded-For`. */
  trustProxy: boolean
  /** Secret mixed into identity hashes (supporters, voters); required in production. */
  identityPepper: string
  /** Unauthenticated auth requests (login, reset, invitations) allowed per address and minute. */
  authRequestsPerMinute: number
  /** How long rarely changing module data (edition calendars, ballot lists) may be served from memory; 0 = never. */
  cacheMs: number
  /** Voting codes one network address may request per hour, in any module's vote (a school or library serves many). */
  voteCodesPerHourPerAddress: number
  /** Files one network address may upload per hour (attachments, photos, support scans, register extracts). */
  uploadsPerHourPerAddress: number
  /** Each module's own settings by module name, read from the same environment by its manifest's `settings`. */
  modules: Readonly<Record<string, unknown>>
}

/** What a request can reach: built per request on Workers, shared on Node. */
export interface Services {
  db: Db
  mailer: Mailer
  sms: SmsSender
  rateLimiter: RateLimiter
  files: FileStore
}

export interface AppEnv {
  Variables: {
    requestId: string
    services: Services
    config: AppConfig
    user: SessionUser | null
    sessionId: string | null
    tenant: TenantRef
    role: Role | 'operator'
    /** The secret of an e-mailed link on `key` routes (`Authorization: Bearer`), for the module to resolve. */
    accessKey: string
  }
}
