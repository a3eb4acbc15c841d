import * as v from 'valibot'
import pkg from '../../package.json'
import type { AppConfig } from './http/context'
import type { WspolnotaModule } from './module'
import { UPLOADS_PER_HOUR_PER_ADDRESS } from './http/rate-limit'

/** The environment's variables, as both runtimes hand them over. */
export type Env = Record<string, string | undefined>

/** The identity pepper development falls back to. It is published in the source, so production refuses it. */
export const DEV_PEPPER = 'wspolnota-dev-pepper-not-secret'

const APP_ENVS = ['development', 'test', 'production'] as const
const BOOLEANS = ['true', 'false'] as const

/** A variable's value, or undefined when it is unset or blank (`VAR=` in an env file means "use the default"). */
function raw(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

/**
 * One of `allowed`, whatever the letter case (`full`, `FALSE`, `Development`). A value that is none of them stops the
 * start: silently falling back to the default turned `SQLITE_SYNCHRONOUS=full` into NORMAL and `COOKIE_SECURE=FALSE`
 * into true.
 */
function choice<const T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = raw(env, name)
  if (value === undefined) return fallback
  const lower = allowed.map((a) => a.toLowerCase())
  const parsed = v.safeParse(v.pipe(v.string(), v.toLowerCase(), v.picklist(lower)), value)
  if (!parsed.success)
    throw new Error(
      `Zmienna ${name} ma nieznaną wartość „${value}”. Dozwolone wartości: ${allowed.join(', ')} (wielkość liter nie ma znaczenia).`,
    )
  return allowed[lower.indexOf(parsed.output)]!
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  return choice(env, name, BOOLEANS, fallback ? 'true' : 'false') === 'true'
}

/**
 * A whole number within bounds; `1MB`, `2s` or `-5` stop the start instead of becoming NaN or a negative limit.
 * Modules read their own settings with it, so every variable fails the start with the same Polish message.
 */
export function integer(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = raw(env, name)
  if (value === undefined) return fallback
  const schema = v.pipe(v.string(), v.regex(/^\d{1,15}$/), v.transform(Number), v.minValue(min), v.maxValue(max))
  const parsed = v.safeParse(schema, value)
  if (!parsed.success)
    throw new Error(
      `Zmienna ${name} musi być liczbą całkowitą od ${min}${max < Number.MAX_SAFE_INTEGER ? ` do ${max}` : ''} (bez jednostek), a ma wartość „${value}”.`,
    )
  return parsed.output
}

function appEnvOf(env: Env): AppConfig['appEnv'] {
  return choice(env, 'APP_ENV', APP_ENVS, 'production')
}

function portOf(env: Env): number {
  return integer(env, 'PORT', 8787, 0, 65535)
}

/**
 * The public address e-mailed links are built from. Never the request's own origin: anyone can send a request with
 * `Host: evil.example` and would get a password-reset link pointing there, with the token in it. Production must
 * name it; development and tests default to this server on localhost.
 */
function appUrlOf(env: Env, appEnv: AppConfig['appEnv']): string {
  const value = raw(env, 'APP_URL')
  if (value === undefined) {
    if (appEnv === 'production')
      throw new Error(
        'Ustaw APP_URL (publiczny adres aplikacji, np. https://bo.gmina.pl) w środowisku produkcyjnym — z niego powstają linki w wysyłanych e-mailach.',
      )
    return `http://localhost:${portOf(env) || 8787}`
  }
  const parsed = v.safeParse(
    v.pipe(
      v.string(),
      v.url(),
      v.transform((s) => new URL(s)),
      v.check((u) => u.protocol === 'https:' || u.protocol === 'http:'),
    ),
    value,
  )
  if (!parsed.success) throw new Error(`Zmienna APP_URL musi być pełnym adresem http(s)://…, a ma wartość „${value}”.`)
  return (parsed.output.origin + parsed.output.pathname).replace(/\/+$/, '')
}

/** Reads the app's settings from environment variables; the same names on Node (`process.env`) and Workers (vars). */
export function configFromEnv(
  env: Env,
  modules: readonly Pick<WspolnotaModule, 'name' | 'settings'>[] = [],
): AppConfig {
  const appEnv = appEnvOf(env)
  const identityPepper = raw(env, 'IDENTITY_PEPPER') ?? (appEnv === 'production' ? undefined : DEV_PEPPER)
  if (!identityPepper)
    throw new Error('Ustaw IDENTITY_PEPPER (tajny klucz do skrótów tożsamości) w środowisku produkcyjnym.')
  if (appEnv === 'production' && identityPepper === DEV_PEPPER)
    throw new Error(
      'IDENTITY_PEPPER ma publicznie znaną wartość deweloperską — ustaw własny tajny klucz w środowisku produkcyjnym.',
    )
  choice(env, 'MAIL_DRIVER', ['outbox', 'http'], 'outbox')
  choice(env, 'SMS_DRIVER', ['outbox', 'http'], 'outbox')
  return {
    identityPepper,
    appEnv,
    version: pkg.version,
    appUrl: appUrlOf(env, appEnv),
    cookieSecure: flag(env, 'COOKIE_SECURE', true),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    authRequestsPerMinute: integer(env, 'AUTH_REQUESTS_PER_MINUTE', 30, 1),
    voteCodesPerHourPerAddress: integer(env, 'VOTE_CODES_PER_HOUR', 30, 1),
    uploadsPerHourPerAddress: integer(env, 'UPLOADS_PER_HOUR', UPLOADS_PER_HOUR_PER_ADDRESS, 1),
    cacheMs: integer(env, 'CACHE_MS', appEnv === 'production' ? 2000 : 0, 0),
    modules: Object.fromEntries(modules.flatMap((m) => (m.settings ? [[m.name, m.settings(env)]] : []))),
  }
}

/** Settings only the Node server reads (the Worker has no port, no local file and no demo on start). */
export interface NodeSettings {
  port: number
  host: string
  /** `FULL` fsyncs every commit; `NORMAL` (with WAL) survives crashes of the app, not of the machine. */
  sqliteSynchronous: 'NORMAL' | 'FULL'
  backgroundCheckpoint: boolean
  /** Create the demo JST (with printed passwords) on an empty database: only development does so unless asked. */
  seedDemo: boolean
  demoBudget: boolean
}

/** Reads and checks the Node server's own settings, with the same rules as `configFromEnv`. */
export function nodeSettingsFromEnv(env: Env): NodeSettings {
  const appEnv = appEnvOf(env)
  return {
    port: portOf(env),
    host: raw(env, 'HOST') ?? '0.0.0.0',
    sqliteSynchronous: choice(env, 'SQLITE_SYNCHRONOUS', ['NORMAL', 'FULL'], 'NORMAL'),
    backgroundCheckpoint: flag(env, 'SQLITE_BACKGROUND_CHECKPOINT', true),
    seedDemo: flag(env, 'SEED_DEMO', appEnv === 'development'),
    demoBudget: flag(env, 'DEMO_BUDGET', true),
  }
}
