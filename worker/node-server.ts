import { createServices } from './core/services'
import { nodePost } from './core/mail/node-post'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, extname, join, normalize, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { serve, type ServerType } from '@hono/node-server'
import type { Context } from 'hono'
import { createApp } from './app'
import { configFromEnv, nodeSettingsFromEnv } from './core/config'
import { openClient, tuneLocalFile, wrapDb } from './core/db/client'
import { SERVING_AUTOCHECKPOINT_PAGES, startCheckpointer } from './core/db/checkpointer'
import { purgeExpired, retentionFromEnv } from './core/db/maintenance'
import { migrate } from './core/db/migrate'
import { describeLogins, isEmpty, seedDemo } from './demo/seed'
import { revalidate } from './core/http/caching'
import { compressible, PRECOMPRESSED, preferredEncoding, type Encoding } from './core/http/compress'
import { compileFirstViews, firstViewLinks, withFirstView, type FirstViewMatch } from './core/http/first-view'
import { renderServerView, SSR_VARY, type InProcessApi, type SsrBundle } from './core/http/ssr'
import type { AppEnv } from './core/http/context'
import { driverFromEnv } from './core/mail/mailer'
import { seedModules, tickModules, type WspolnotaModule } from './core/module'
import { modules as platformModules } from './modules'

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

/** The file extension of each precompressed copy the build writes (vite.config.ts). */
const suffixes: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

interface StaticFile {
  type: string
  /** Weak, from the plain bytes: one validator for every encoding of the file. */
  etag: string
  /** Set for text types, whose answer depends on `Accept-Encoding` even when no copy was built. */
  vary: boolean
  plain: Uint8Array
  encoded: Partial<Record<Encoding, Uint8Array>>
}

/** The build's precompressed copy of `file`, when there is one and it is smaller. */
function readCopy(file: string, encoding: Encoding, size: number): Uint8Array | null {
  try {
    const bytes = readFileSync(file + suffixes[encoding])
    return bytes.byteLength < size ? new Uint8Array(bytes) : null
  } catch {
    return null
  }
}

/** How many pages with a first view are kept ready (each about 2 KB with its compressed copies). */
const FIRST_VIEW_PAGES = 500

/**
 * index.html with an address's first view, compressed once. Brotli at quality 5 rather than the build's 11: on these
 * 2 KB it is some 40 bytes larger but forty times faster (0.04 ms against 1.7 ms), and any address may be asked for.
 */
function pageWithFirstView(index: StaticFile, links: string): StaticFile {
  const plain = new Uint8Array(Buffer.from(withFirstView(Buffer.from(index.plain).toString('utf8'), links)))
  const etag = `W/"${createHash('sha1').update(plain).digest('base64url')}"`
  const encoded: StaticFile['encoded'] = {
    br: new Uint8Array(brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })),
    gzip: new Uint8Array(gzipSync(plain, { level: constants.Z_BEST_COMPRESSION })),
  }
  return { ...index, etag, plain, encoded }
}

/**
 * Serves `web/dist` from memory-cached files, with the SPA's index.html for every other path (the app renders its
 * own 404 page). Hashed files under /assets are cached for a year; index.html is revalidated on every visit
 * (`no-cache`), which its ETag turns into a 304 without a body while the build is unchanged.
 *
 * Text files go out as the build's brotli or gzip copy (`x.js.br`, `x.js.gz`) by the request's `Accept-Encoding` (the
 * entry script travels at about a quarter of its size), compressed once at build time at the highest level instead of
 * on every request; `Vary: Accept-Encoding` tells caches that the bytes depend on that header.
 *
 * Only files that exist are kept in memory, keyed by their resolved path, each with its compressed copies: remembering
 * every unknown path (or every spelling of a known one, `//assets//x.js`) let anyone grow the cache without limit. A
 * path that is not valid percent-encoding is simply not found.
 *
 * A public page's index.html names what its first render needs (its chunks, its stylesheets, its API calls: see
 * worker/core/http/first-view.ts, read from the build's `first-view.json`), so those load with the entry script
 * instead of after it. Such a page is built once per set of links and kept, up to a bound (any address may be asked
 * for, so the pages kept are forgotten oldest first), with its own ETag and compressed copies.
 *
 * A public page that declares it is rendered on the server (worker/core/http/ssr.ts) with the rendering bundle of
 * this very build (`<root>/ssr/entry-server.js`, never served as a file) and its data from the app's own API in process
 * (`api`, given by createApp): made per request, compressed in the one encoding asked for, with an ETag of its bytes.
 * Without a bundle, a staff session or a non-200 answer, the page is the shell with its links as above.
 */
export function staticAssets(root: string) {
  const base = resolve(root)
  const cache = new Map<string, StaticFile>()
  const pages = new Map<string, StaticFile>()
  let firstViews: ((url: URL) => FirstViewMatch | null) | undefined
  let ssr: Promise<SsrBundle | null> | undefined
  const read = (path: string) => {
    const file = normalize(join(base, path))
    // The server-rendering bundle is the server's to run, not a file of the site.
    if (!file.startsWith(base + sep) || file.endsWith(sep) || file.startsWith(join(base, SSR_FOLDER) + sep)) return null
    const cached = cache.get(file)
    if (cached) return cached
    try {
      if (!statSync(file).isFile()) return null
      const plain = new Uint8Array(readFileSync(file))
      const type = types[extname(file)] ?? 'application/octet-stream'
      const vary = compressible(type)
      const encoded: StaticFile['encoded'] = {}
      for (const encoding of vary ? PRECOMPRESSED : []) {
        const copy = readCopy(file, encoding, plain.byteLength)
        if (copy) encoded[encoding] = copy
      }
      const etag = `W/"${createHash('sha1').update(plain).digest('base64url')}"`
      const entry: StaticFile = { type, etag, vary, plain, encoded }
      cache.set(file, entry)
      return entry
    } catch {
      return null
    }
  }
  const send = async (c: Context<AppEnv>, file: StaticFile, cacheControl: string, vary?: string) => {
    const encoding = preferredEncoding(c.req.header('Accept-Encoding'), Object.keys(file.encoded) as Encoding[])
    const body = encoding ? file.encoded[encoding]! : file.plain
    const headers: Record<string, string> = {
      'Content-Type': file.type,
      'Content-Length': String(body.byteLength),
      'Cache-Control': cacheControl,
      ETag: file.etag,
    }
    if (encoding) headers['Content-Encoding'] = encoding
    if (vary) headers.Vary = vary
    else if (file.vary) headers.Vary = 'Accept-Encoding'
    c.res = c.body(body as never, 200, headers)
    await revalidate(c)
    return c.res
  }
  const handler = async (c: Context<AppEnv>, api?: InProcessApi) => {
    let path: string
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname)
    } catch {
      return c.text('Nie znaleziono.', 404)
    }
    const file = path !== '/' ? read(path) : null
    if (file) {
      const immutable = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300'
      return send(c, file, immutable)
    }
    if (path.startsWith('/assets/')) return c.text('Nie znaleziono pliku.', 404)
    const index = read('/index.html')
    if (!index) return c.text('Aplikacja webowa nie jest zbudowana: uruchom `npm run build`.', 503)
    firstViews ??= compileFirstViews(parseJson(read('/first-view.json')?.plain))
    const view = c.req.method === 'GET' ? firstViews(new URL(c.req.url)) : null
    if (!view) return send(c, index, 'no-cache')
    const vary = view.route.ssr ? SSR_VARY : undefined
    if (view.route.ssr && api) {
      ssr ??= loadSsrBundle(join(base, SSR_FOLDER, 'entry-server.js'))
      const bundle = await ssr
      const shell = withFirstView(Buffer.from(index.plain).toString('utf8'), firstViewLinks(view, { rendered: true }))
      const rendered = bundle && (await renderServerView(bundle, c.req.raw, view, shell, api))
      // Made for this request (its data may change at any moment): compressed only in the encoding it asked for.
      if (rendered) return send(c, renderedPage(index, rendered, c.req.header('Accept-Encoding')), 'no-cache', vary)
    }
    const links = firstViewLinks(view)
    let page = pages.get(links)
    if (!page) {
      if (pages.size >= FIRST_VIEW_PAGES) pages.delete(pages.keys().next().value!)
      page = pageWithFirstView(index, links)
      pages.set(links, page)
    }
    return send(c, page, 'no-cache', vary)
  }
  /** How many files are held in memory (for tests: never more than the files in `root`). */
  handler.cachedFiles = () => cache.size
  return handler
}

/** The folder of the web build that holds the server-rendering bundle (vite.ssr.config.ts). */
const SSR_FOLDER = 'ssr'

/**
 * The server-rendering bundle of the web build being served, or null when that build has none (built with
 * vite.config.ts alone): its pages are then served as the shell with their first-view links. Loaded from next to the
 * build, so a build and its rendering always come from the same sources.
 */
async function loadSsrBundle(file: string): Promise<SsrBundle | null> {
  if (!existsSync(file)) return null
  try {
    return (await import(pathToFileURL(file).href)) as SsrBundle
  } catch (error) {
    console.error('ssr bundle', file, error)
    return null
  }
}

/** A rendered page as a file to send: its ETag from its bytes, brotli (quality 5) or gzip as the request accepts. */
function renderedPage(index: StaticFile, html: string, acceptEncoding: string | undefined): StaticFile {
  const plain = new Uint8Array(Buffer.from(html))
  const etag = `W/"${createHash('sha1').update(plain).digest('base64url')}"`
  const encoded: StaticFile['encoded'] = {}
  const encoding = preferredEncoding(acceptEncoding, ['br', 'gzip'])
  if (encoding === 'br')
    encoded.br = new Uint8Array(brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }))
  else if (encoding === 'gzip') encoded.gzip = new Uint8Array(gzipSync(plain, { level: 6 }))
  return { ...index, etag, plain, encoded }
}

/** The build's `first-view.json`, or null when it is missing or unreadable (an older build: no first views). */
function parseJson(bytes: Uint8Array | undefined): unknown {
  try {
    return bytes ? JSON.parse(Buffer.from(bytes).toString('utf8')) : null
  } catch {
    return null
  }
}

export interface NodeServer {
  url: string
  port: number
  logins: string | null
  close(): Promise<void>
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
export async function startNodeServer(
  env: Record<string, string | undefined> = process.env,
  modules: readonly WspolnotaModule[] = platformModules,
): Promise<NodeServer> {
  // Settings first: a wrong value stops the start before the database file is touched.
  const config = configFromEnv(env, modules)
  const settings = nodeSettingsFromEnv(env)
  const root = projectRoot(dirname(new URL(import.meta.url).pathname))
  const url = env.DATABASE_URL || `file:${join(root, 'data', 'wspolnota.db')}`
  const localFile = url.startsWith('file:')
  if (localFile) mkdirSync(dirname(resolve(root, url.slice(5))), { recursive: true })
  const client = openClient({ url, authToken: env.DATABASE_AUTH_TOKEN })
  await tuneLocalFile(client, url, settings.sqliteSynchronous)
  await migrate(client)
  const checkpointer = localFile && settings.backgroundCheckpoint ? startCheckpointer(url) : null
  if (checkpointer) await client.execute(`PRAGMA wal_autocheckpoint = ${SERVING_AUTOCHECKPOINT_PAGES}`)
  const db = wrapDb(client)
  const port = settings.port
  // The demo's logins are described once the address is known (PORT=0 picks a free port).
  let describe: ((origin: string) => string) | null = null
  if (settings.seedDemo && (await isEmpty(db))) {
    const accounts = await seedDemo(db, env.DEMO_PASSWORD)
    const content = settings.demoBudget ? await seedModules(modules, db, config) : null
    describe = (origin) => [describeLogins(accounts, origin), content?.(origin)].filter(Boolean).join('\n')
  }
  const services = createServices(db, config, {
    mail: driverFromEnv(env, 'MAIL'),
    sms: driverFromEnv(env, 'SMS'),
    post: nodePost(),
  })
  const app = createApp({
    config,
    services: () => services,
    assets: staticAssets(env.WEB_DIST ?? join(root, 'web', 'dist')),
    modules,
    compress: true,
  })
  const server: ServerType = await new Promise((done) => {
    const s = serve({ fetch: app.fetch, port, hostname: settings.host }, () => done(s))
  })
  const purge = setInterval(
    (retention) => purgeExpired(db, Date.now(), retention).catch((e) => console.error('purge', e)),
    60 * 60 * 1000,
    retentionFromEnv(env),
  )
  purge.unref()
  const phases = setInterval(() => void tickModules(modules, { services, config }), 60 * 1000)
  phases.unref()
  await tickModules(modules, { services, config })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  if (!env.APP_URL?.trim()) config.appUrl = `http://localhost:${actualPort}`
  let closing: Promise<void> | null = null
  /**
   * Stops accepting requests and lets those in flight finish, then ends the checkpointing thread (which closes its own
   * connection first) and copies the whole write-ahead log into the database file (`wal_checkpoint(TRUNCATE)`) before
   * closing: recent ballots must not live only in the -wal file when the process is gone, as a copy or backup of the
   * .db file alone would miss them.
   */
  const close = () =>
    (closing ??= (async () => {
      clearInterval(purge)
      clearInterval(phases)
      await new Promise<void>((done) => server.close(() => done()))
      await checkpointer?.stop()
      if (localFile)
        await client.execute('PRAGMA wal_checkpoint(TRUNCATE)').catch((e) => console.error('checkpoint on close', e))
      client.close()
    })())
  return { url: `http://localhost:${actualPort}`, port: actualPort, logins: describe?.(config.appUrl) ?? null, close }
}
