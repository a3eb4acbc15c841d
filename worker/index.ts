import { createServices } from './core/services'
import type { Client } from '@libsql/client'
import type { ExecutionContext, Hono } from 'hono'
import { createApp } from './app'
import { configFromEnv } from './core/config'
import { openClient, wrapDb } from './core/db/client'
import { migrate } from './core/db/migrate'
import { purgeExpired, retentionFromEnv } from './core/db/maintenance'
import { tickModules } from './core/module'
import { modules } from './modules'
import type { AppEnv } from './core/http/context'
import { driverFromEnv } from './core/mail/mailer'
import { assetsWithFirstView } from './core/http/first-view'
import type { SsrBundle } from './core/http/ssr'
// The web app's server rendering (web/src/entry-server.tsx as vite.ssr.config.ts builds it into web/dist/ssr),
// bundled into the Worker: `[alias]` in wrangler.toml, and in vitest.workers.config.ts for the workerd tests.
import * as ssrBundle from 'wspolnota-ssr-bundle'

/** Bindings and secrets of the Worker (see wrangler.toml; secrets via `wrangler secret put`). */
export interface WorkerEnv {
  DATABASE_URL: string
  DATABASE_AUTH_TOKEN?: string
  ASSETS?: { fetch(request: Request): Promise<Response> }
  [key: string]: unknown
}

const migrated = new Map<string, Promise<unknown>>()

/** Runs pending migrations once per isolate and database; later requests only await the settled promise. */
function ensureMigrated(client: Client, url: string): Promise<unknown> {
  let done = migrated.get(url)
  if (!done) {
    done = migrate(client).catch((e) => {
      migrated.delete(url)
      throw e
    })
    migrated.set(url, done)
  }
  return done
}

function stringsOf(env: WorkerEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>
}

let app: Hono<AppEnv> | undefined
/** The web app's pages from the assets binding (one binding per deployment, so one per isolate). */
let pages: ReturnType<typeof assetsWithFirstView> | undefined

/**
 * The app on Cloudflare Workers. A libSQL client is created per request (over HTTP to Turso, no sockets kept
 * between requests); the built SPA is served by the assets binding. The binding serves the hashed files, the icon and
 * robots.txt by itself; every other address comes to this code first (`run_worker_first` in wrangler.toml): the API,
 * and the pages, whose index.html gets the links of the page's first view (its chunks and API calls, see
 * worker/core/http/first-view.ts) and, for the public pages that declare it, their rendering on the server with their
 * data (worker/core/http/ssr.ts), as the Node server gives them.
 * Rate limits use the same stored counters as Node (`rate_limits` table): the platform's rate-limit binding has one
 * limit and period per binding, set in wrangler.toml, while every rule here (30 per minute for logins, 5 codes per
 * hour per address, 60 uploads per hour…) needs its own.
 */
function workerApp(env: WorkerEnv): Hono<AppEnv> {
  if (app) return app
  const config = configFromEnv(stringsOf(env), modules)
  app = createApp({
    config,
    services: async (c) => {
      const e = c.env as WorkerEnv
      if (!e.DATABASE_URL) throw new Error('Brak zmiennej DATABASE_URL (adres bazy libSQL / Turso).')
      const client = openClient({ url: e.DATABASE_URL, authToken: e.DATABASE_AUTH_TOKEN })
      await ensureMigrated(client, e.DATABASE_URL)
      const db = wrapDb(client)
      const vars = stringsOf(e)
      return createServices(db, config, { mail: driverFromEnv(vars, 'MAIL'), sms: driverFromEnv(vars, 'SMS') })
    },
    assets: (c, api) => {
      const assets = (c.env as WorkerEnv).ASSETS
      if (!assets) return c.text('Nie znaleziono', 404)
      pages ??= assetsWithFirstView(
        (request) => assets.fetch(request),
        ssrBundle.renderPage ? (ssrBundle as SsrBundle) : null,
      )
      return pages(c, api)
    },
  })
  return app
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext) {
    return workerApp(env).fetch(request, env, ctx)
  },
  /** Cron trigger: every module's scheduled work (phase changes, erasure), then expired sessions, links and outbox rows. */
  async scheduled(_controller: unknown, env: WorkerEnv) {
    const client = openClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN })
    await ensureMigrated(client, env.DATABASE_URL)
    const db = wrapDb(client)
    const vars = stringsOf(env)
    const config = configFromEnv(vars, modules)
    const services = createServices(db, config, { mail: driverFromEnv(vars, 'MAIL'), sms: driverFromEnv(vars, 'SMS') })
    await tickModules(modules, { services, config })
    await purgeExpired(db, Date.now(), retentionFromEnv(stringsOf(env)))
  },
}
