import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, resolve } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import type { Context } from 'hono'
import { createApp } from './app'
import { configFromEnv } from './config'
import { openClient, tuneLocalFile, wrapDb, type Db } from './db/client'
import { advancePhases } from './budget/scheduler'
import { SERVING_AUTOCHECKPOINT_PAGES, startCheckpointer } from './db/checkpointer'
import { purgeExpired } from './db/maintenance'
import { migrate } from './db/migrate'
import { describeDemoBudget, seedDemoBudget } from './demo/budget'
import { describeLogins, isEmpty, seedDemo } from './demo/seed'
import type { AppConfig, AppEnv, Services } from './http/context'
import { storedRateLimiter } from './http/rate-limit'
import { databaseFileStore } from './storage/files'
import { createMailer, createSmsSender, driverFromEnv } from './mail/mailer'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

/**
 * Serves `web/dist` from memory-cached files, with the SPA's index.html for every other path (the app renders its
 * own 404 page). Hashed files under /assets are cached for a year.
 */
export function staticAssets(root: string) {
  const cache = new Map<string, { body: Uint8Array; type: string } | null>()
  const read = (path: string) => {
    if (!cache.has(path)) {
      const file = normalize(join(root, path))
      const ok = file.startsWith(root) && existsSync(file) && !file.endsWith('/')
      let entry = null
      try {
        entry = ok ? { body: new Uint8Array(readFileSync(file)), type: types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' } : null
      } catch {
        entry = null
      }
      cache.set(path, entry)
    }
    return cache.get(path)
  }
  return (c: Context<AppEnv>) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname)
    const file = path !== '/' ? read(path) : null
    if (file) {
      const immutable = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300'
      return c.body(file.body as never, 200, { 'Content-Type': file.type, 'Cache-Control': immutable })
    }
    if (path.startsWith('/assets/')) return c.text('Nie znaleziono pliku.', 404)
    const index = read('/index.html')
    if (!index) return c.text('Aplikacja webowa nie jest zbudowana: uruchom `npm run build`.', 503)
    return c.body(index.body as never, 200, { 'Content-Type': index.type, 'Cache-Control': 'no-cache' })
  }
}

export interface NodeServer {
  url: string
  port: number
  logins: string | null
  close(): Promise<void>
}

/**
 * The demo JST's budget content (worker/demo/budget.ts), described for the first-run message. A failure here must not
 * keep the platform from starting, nor lose the logins printed once: it is reported in their place and the server
 * runs on; the demo budget may then be partly created (it is seeded once, on an empty database: delete the file
 * to start over).
 */
async function demoBudget(db: Db, config: AppConfig, origin: string): Promise<string> {
  try {
    const budget = await seedDemoBudget(db, config)
    return budget ? describeDemoBudget(budget, origin) : ''
  } catch (e) {
    console.error('Demo: budżet obywatelski', e)
    return 'Budżet obywatelski (dane demonstracyjne): nie udało się ich utworzyć — szczegóły wyżej.'
  }
}

/** The nearest folder with a package.json: the same from worker/ under tsx and from the bundle in dist/server/. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) return resolve(from, '..')
  }
}

/**
 * Starts the embedded default: a libSQL file (or a `libsql://` URL shared by several instances), migrations applied
 * before the first request, the demo JST created on an empty database (with a demo budget unless `DEMO_BUDGET=false`).
 */
export async function startNodeServer(env: Record<string, string | undefined> = process.env): Promise<NodeServer> {
  const root = projectRoot(dirname(new URL(import.meta.url).pathname))
  const url = env.DATABASE_URL || `file:${join(root, 'data', 'wspolnota.db')}`
  if (url.startsWith('file:')) mkdirSync(dirname(resolve(root, url.slice(5))), { recursive: true })
  const client = openClient({ url, authToken: env.DATABASE_AUTH_TOKEN })
  await tuneLocalFile(client, url, env.SQLITE_SYNCHRONOUS)
  await migrate(client)
  const checkpointer = url.startsWith('file:') && env.SQLITE_BACKGROUND_CHECKPOINT !== 'false' ? startCheckpointer(url) : null
  if (checkpointer) await client.execute(`PRAGMA wal_autocheckpoint = ${SERVING_AUTOCHECKPOINT_PAGES}`)
  const db = wrapDb(client)
  const config = configFromEnv(env)
  const port = Number(env.PORT ?? 8787)
  const origin = config.appUrl ?? `http://localhost:${port}`
  let logins: string | null = null
  if (env.SEED_DEMO !== 'false' && (await isEmpty(db))) {
    logins = describeLogins(await seedDemo(db, env.DEMO_PASSWORD), origin)
    if (env.DEMO_BUDGET !== 'false') logins = [logins, await demoBudget(db, config, origin)].filter(Boolean).join('\n')
  }
  const services: Services = {
    db,
    mailer: createMailer(db, driverFromEnv(env, 'MAIL')),
    sms: createSmsSender(db, driverFromEnv(env, 'SMS')),
    rateLimiter: storedRateLimiter(db),
    files: databaseFileStore(db),
  }
  const app = createApp({ config, services: () => services, assets: staticAssets(env.WEB_DIST ?? join(root, 'web', 'dist')) })
  const server: ServerType = await new Promise((done) => {
    const s = serve({ fetch: app.fetch, port, hostname: env.HOST ?? '0.0.0.0' }, () => done(s))
  })
  const purge = setInterval(() => purgeExpired(db).catch((e) => console.error('purge', e)), 60 * 60 * 1000)
  purge.unref()
  const phases = setInterval(() => advancePhases(db).catch((e) => console.error('phases', e)), 60 * 1000)
  phases.unref()
  await advancePhases(db)
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    logins,
    close: () => new Promise((done) => (clearInterval(purge), clearInterval(phases), server.close(async () => (await checkpointer?.stop(), client.close(), done())))),
  }
}
