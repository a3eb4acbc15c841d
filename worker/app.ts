import { Hono, type Context, type ExecutionContext } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { sql } from 'drizzle-orm'
import * as v from 'valibot'
import { accessControl } from './core/auth/access'
import { authRoutes } from './core/auth/routes'
import { sizeLimit } from './core/http/body'
import type { AppConfig, AppEnv, Services } from './core/http/context'
import { cacheRules } from './core/http/caching'
import { compressAnswers } from './core/http/compress'
import { csrfGuard } from './core/http/csrf'
import { endpoint, type AnySpec, type Api } from './core/http/endpoint'
import type { WspolnotaModule } from './core/module'
import { modules as platformModules } from './modules'
import { openApiDocument } from './core/http/openapi'
import { inlineStylesPolicy, type InProcessApi } from './core/http/ssr'
import { ApiError, problem } from './core/http/problem'
import { usePolishMessages } from './core/http/valibot-pl'
import { addMessages } from './core/i18n'
import { latestMessages, outboxPage } from './core/mail/outbox'
import { outboxRoutes } from './core/mail/routes'
import { organizationRoutes } from './core/organizations/routes'
import { staffRoutes } from './core/staff/routes'
import { tenantRoutes } from './core/tenants/routes'

usePolishMessages()

/**
 * Uploads (multipart files, register CSV extracts) carry their own limits (per edition, per photo); this only caps
 * what is read at all. Every other body gets the JSON limit.
 */
const UPLOAD_LIMIT_BYTES = 21 * 1024 * 1024

export interface AppOptions {
  config: AppConfig
  /** Builds (Workers) or hands out (Node) the database, mailer and rate limiter for one request. */
  services: (c: Context<AppEnv>) => Services | Promise<Services>
  /**
   * Serves the built web app for any path the API does not own; the SPA handles its own 404 page. `api` asks this
   * app's own API in process, for a page rendered on the server (worker/core/http/ssr.ts).
   */
  assets?: (c: Context<AppEnv>, api: InProcessApi) => Response | Promise<Response>
  /** The platform's modules (`worker/modules.ts`); a test adds its own to show the contract holds. */
  modules?: readonly WspolnotaModule[]
  /**
   * Gzip API answers of 1 KiB or more for clients that accept it. The Node server turns it on; Workers leave it off,
   * since Cloudflare compresses every answer on its way out and a second pass would only cost CPU time.
   */
  compress?: boolean
}

/**
 * Content-Security-Policy without 'unsafe-inline' anywhere: the SPA is plain bundled files, so an injected script
 * or style has nowhere to run.
 */
const csp = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'https:'],
  workerSrc: ["'self'", 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
}

const healthSchema = v.object({
  status: v.picklist(['ok', 'degraded']),
  version: v.string(),
  database: v.object({ status: v.picklist(['ok', 'error']), latencyMs: v.number() }),
})

/** The one Hono app both runtimes serve: API under `/api/v1`, its OpenAPI document, and the web app. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const { config } = options
  const modules = options.modules ?? platformModules
  // Each module's English texts, so its refusals follow the request's Accept-Language like the core's.
  for (const m of modules) if (m.messages) addMessages('en', m.messages.en)

  app.use('*', requestId())
  // Around the policy's middleware: adds the hashes of a server-rendered page's own stylesheets and start script to
  // its policy.
  app.use('*', inlineStylesPolicy())
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: csp,
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOriginEmbedderPolicy: false,
    }),
  )
  app.use('*', async (c, next) => {
    c.set('config', config)
    c.set('user', null)
    return next()
  })
  // Outside the API's cache rules, so an ETag is taken from the plain bytes and stays the same for every encoding.
  if (options.compress) app.use('/api/*', compressAnswers())

  app.onError((err, c) => {
    if (err instanceof ApiError) return problem(c, err)
    if (err instanceof HTTPException)
      return problem(
        c,
        new ApiError(
          err.status as 400,
          err.status === 413 ? 'Żądanie jest zbyt duże.' : err.message || 'Niepoprawne żądanie.',
        ),
      )
    console.error(`[${c.get('requestId')}]`, err)
    return problem(
      c,
      new ApiError(
        500,
        'Wystąpił nieoczekiwany błąd. Spróbuj ponownie; jeśli błąd się powtarza, podaj obsłudze identyfikator żądania.',
      ),
    )
  })

  const api = new Hono<AppEnv>()
  const registry: AnySpec[] = []
  api.use('*', cacheRules(registry, '/api/v1'))
  const jsonLimit = sizeLimit(config.bodyLimitBytes)
  const fileLimit = sizeLimit(UPLOAD_LIMIT_BYTES)
  api.use('*', (c, next) =>
    /^(multipart\/form-data|text\/csv|text\/plain)/i.test(c.req.header('content-type') ?? '')
      ? fileLimit(c, next)
      : jsonLimit(c, next),
  )
  api.use('*', csrfGuard())
  api.use('*', async (c, next) => {
    c.set('services', await options.services(c))
    return next()
  })

  const registered: Api = { app: api, access: accessControl, registry }
  endpoint(
    registered,
    {
      method: 'get',
      path: '/health',
      summary: 'Stan aplikacji i bazy danych',
      tags: ['System'],
      access: { kind: 'public' },
      responses: {
        200: { description: 'Działa', schema: healthSchema },
        503: { description: 'Baza danych nie odpowiada', schema: healthSchema },
      },
    },
    async (c) => {
      const started = performance.now()
      let ok = true
      try {
        await c.get('services').db.run(sql`select 1`)
      } catch (e) {
        console.error('health: database', e)
        ok = false
      }
      const latencyMs = Math.round((performance.now() - started) * 100) / 100
      // A health check describes this moment: a monitor must never be answered from a cache.
      c.header('Cache-Control', 'no-store')
      return c.json(
        {
          status: ok ? 'ok' : 'degraded',
          version: config.version,
          database: { status: ok ? 'ok' : 'error', latencyMs },
        },
        ok ? 200 : 503,
      )
    },
  )
  tenantRoutes(
    registered,
    modules.flatMap((m) => (m.processes ? [m.processes] : [])),
  )
  authRoutes(registered)
  staffRoutes(registered)
  organizationRoutes(registered)
  for (const m of modules) m.routes(registered)
  outboxRoutes(registered)
  api.notFound((c) => problem(c, new ApiError(404, 'Nie ma takiego adresu w API.')))

  app.route('/api/v1', api)
  const document = openApiDocument(registered.registry, config.version)
  app.get('/api/openapi.json', (c) => c.json(document))
  app.all('/api/*', (c) => problem(c, new ApiError(404, 'Nie ma takiego adresu w API.')))

  app.get('/dev/outbox', async (c, next) => {
    if (config.appEnv !== 'development') return next()
    return c.html(outboxPage(await latestMessages((await options.services(c)).db)))
  })

  // A page rendered on the server takes its data from the API's own handlers, as an anonymous visitor in Polish (the
  // language it is rendered in): the same route, access check and view as the browser's request, without the network.
  const inProcess =
    (c: Context<AppEnv>): InProcessApi =>
    (path) => {
      let ctx: ExecutionContext | undefined
      try {
        ctx = c.executionCtx
      } catch {
        ctx = undefined
      }
      const request = new Request(new URL(`/api/v1${path}`, c.req.url), {
        headers: { Accept: 'application/json', 'Accept-Language': 'pl' },
      })
      return Promise.resolve(app.fetch(request, c.env, ctx))
    }
  app.all('*', async (c) => (options.assets ? options.assets(c, inProcess(c)) : c.text('Nie znaleziono', 404)))
  return app
}
