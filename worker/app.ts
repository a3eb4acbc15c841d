import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { sql } from 'drizzle-orm'
import * as v from 'valibot'
import { accessControl } from './core/auth/access'
import { authRoutes } from './core/auth/routes'
import { sizeLimit } from './core/http/body'
import type { AppConfig, AppEnv, Services } from './core/http/context'
import { csrfGuard } from './core/http/csrf'
import { endpoint, type Api } from './core/http/endpoint'
import type { WspolnotaModule } from './core/module'
import { modules as platformModules } from './modules'
import { openApiDocument } from './core/http/openapi'
import { ApiError, problem } from './core/http/problem'
import { usePolishMessages } from './core/http/valibot-pl'
import { latestMessages, outboxPage, outboxRoutes } from './core/mail/routes'
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
  /** Serves the built web app for any path the API does not own; the SPA handles its own 404 page. */
  assets?: (c: Context<AppEnv>) => Response | Promise<Response>
  /** The platform's modules (`worker/modules.ts`); a test adds its own to show the contract holds. */
  modules?: readonly WspolnotaModule[]
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

/**
 * API answers are personal (ballots, team lists, paper cards) or change by the minute, so no browser or proxy may keep
 * them unless the handler itself says otherwise (immutable photos set their own Cache-Control). Refusals too.
 */
const noStoreByDefault: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (c.res.headers.has('Cache-Control')) return
  try {
    c.res.headers.set('Cache-Control', 'no-store')
  } catch {
    // A response with immutable headers (passed through from fetch) is copied first.
    c.res = new Response(c.res.body, c.res)
    c.res.headers.set('Cache-Control', 'no-store')
  }
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

  app.use('*', requestId())
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
  api.use('*', noStoreByDefault)
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

  const registered: Api = { app: api, access: accessControl, registry: [] }
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

  app.all('*', async (c) => (options.assets ? options.assets(c) : c.text('Nie znaleziono', 404)))
  return app
}
