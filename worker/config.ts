import pkg from '../package.json'
import type { AppConfig } from './http/context'

/** Reads the app's settings from environment variables; the same names on Node (`process.env`) and Workers (vars). */
export function configFromEnv(env: Record<string, string | undefined>): AppConfig {
  const appEnv = env.APP_ENV === 'development' || env.APP_ENV === 'test' ? env.APP_ENV : 'production'
  const identityPepper = env.IDENTITY_PEPPER ?? (appEnv === 'production' ? undefined : 'wspolnota-dev-pepper-not-secret')
  if (!identityPepper) throw new Error('Ustaw IDENTITY_PEPPER (tajny klucz do skrótów tożsamości) w środowisku produkcyjnym.')
  return {
    identityPepper,
    appEnv,
    version: pkg.version,
    appUrl: env.APP_URL || undefined,
    cookieSecure: env.COOKIE_SECURE !== 'false',
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1024 * 1024),
    trustProxy: env.TRUST_PROXY === 'true',
    authRequestsPerMinute: Number(env.AUTH_REQUESTS_PER_MINUTE ?? 30),
    voteCodesPerHourPerAddress: Number(env.VOTE_CODES_PER_HOUR ?? 30),
    cacheMs: Number(env.CACHE_MS ?? (appEnv === 'production' ? 2000 : 0)),
  }
}
