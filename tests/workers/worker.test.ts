import { createClient, type Client } from '@libsql/client'
import { createScheduledController } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../worker/core/auth/password'
import { hashToken, newId, newToken } from '../../worker/core/ids'
import { migrations } from '../../worker/core/db/migrations.generated'
import worker, { type WorkerEnv } from '../../worker/index'

/**
 * The deployed Worker build inside workerd: requests go through `worker/index.ts` exactly as on Cloudflare, and the
 * app reaches its database as on Turso — libSQL over HTTP (Hrana) — here served by the test Hrana server in Node over
 * a real libSQL file that starts empty (tests/workers/global-setup.ts). Tests run in order and share that database.
 */
const ORIGIN = 'http://wspolnota.test'
const OPERATOR = { email: 'operator@workers.test', password: 'Haslo-operatora-2026' }
const workerEnv = env as unknown as WorkerEnv

/** A request to the Worker's default export; writes carry a same-origin `Origin`, as a browser would send. */
async function call(
  method: string,
  path: string,
  options: { body?: unknown; raw?: string; cookie?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {}
  if (options.cookie) headers.Cookie = options.cookie
  if (method !== 'GET') headers.Origin = ORIGIN
  let body: string | undefined
  if (options.raw !== undefined || options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = options.raw ?? JSON.stringify(options.body)
  }
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body }))
}

/** The same HTTP client the Worker uses, for arranging and checking rows behind the API's back. */
let db: Client

beforeAll(() => {
  db = createClient({ url: workerEnv.DATABASE_URL })
})

afterAll(() => db?.close())

describe('Worker build in workerd, libSQL over HTTP', () => {
  it('reports a healthy database after applying the bundled migrations itself', async () => {
    const res = await call('GET', '/api/v1/health')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { status: string; database: { status: string } }
    expect(body.status).toBe('ok')
    expect(body.database.status).toBe('ok')
    const applied = await db.execute('SELECT tag FROM _migrations ORDER BY tag')
    expect(applied.rows.map((r) => r.tag)).toEqual(migrations.map((m) => m.tag))
  })

  it('serves the OpenAPI document', async () => {
    const res = await call('GET', '/api/openapi.json')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { openapi: string }).openapi).toBe('3.1.0')
  })

  it('seeds no demo JST on a fresh database (only `npm start` on Node does)', async () => {
    const res = await call('GET', '/api/v1/jst')
    expect(res.status).toBe(200)
    const { items } = (await res.json()) as { items: { slug: string }[] }
    expect(items.map((i) => i.slug)).not.toContain('gmina-przykladowa')
  })

  it('answers a wrong password with 401 problem+json', async () => {
    const res = await call('POST', '/api/v1/auth/login', {
      body: { email: 'nikt@workers.test', password: 'zle-haslo-123' },
    })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(((await res.json()) as { status: number }).status).toBe(401)
  })

  it('answers a malformed JSON body with 400 problem+json', async () => {
    const res = await call('POST', '/api/v1/auth/login', { raw: '{"email": ' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })
})

describe('operator journey through db.batch writes', () => {
  let cookie = ''

  beforeAll(async () => {
    await call('GET', '/api/v1/health') // the Worker migrates on its first request
    await db.execute({
      sql: 'INSERT INTO users (id, email, name, password_hash, is_operator, active, created_at) VALUES (?, ?, ?, ?, 1, 1, ?)',
      args: [newId(), OPERATOR.email, 'Operator Testowy', await hashPassword(OPERATOR.password), Date.now()],
    })
  })

  it('logs the operator in and sets the session cookie', async () => {
    const res = await call('POST', '/api/v1/auth/login', { body: OPERATOR })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { user: { isOperator: boolean } }).user.isOperator).toBe(true)
    const set = res.headers.getSetCookie().find((c) => c.startsWith('wspolnota_session='))
    expect(set).toBeDefined()
    cookie = set!.split(';')[0]!
    const me = await call('GET', '/api/v1/auth/me', { cookie })
    expect(me.status).toBe(200)
  })

  it('creates a JST (tenant row and audit row in one batch) and reads it back', async () => {
    const jst = {
      name: 'Gmina Testowa',
      slug: 'gmina-testowa',
      teryt: '0201011',
      kind: 'gmina-miejska',
      population: 12000,
      contactEmail: 'urzad@gmina-testowa.example',
    }
    const created = await call('POST', '/api/v1/admin/jst', { body: jst, cookie })
    expect(created.status).toBe(201)

    const read = await call('GET', `/api/v1/jst/${jst.slug}`)
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({
      slug: jst.slug,
      name: jst.name,
      teryt: jst.teryt,
      population: 12000,
      processes: [],
    })
    expect(((await (await call('GET', '/api/v1/jst')).json()) as { items: unknown[] }).items).toContainEqual({
      slug: jst.slug,
      name: jst.name,
      kind: jst.kind,
    })

    const audit = await db.execute({
      sql: "SELECT count(*) AS n FROM audit_log WHERE action = 'tenant.create' AND entity_id = (SELECT id FROM tenants WHERE slug = ?)",
      args: [jst.slug],
    })
    expect(audit.rows[0]!.n).toBe(1)

    // The UNIQUE violation travels back over Hrana with SQLite's text, which the app turns into 409.
    const again = await call('POST', '/api/v1/admin/jst', { body: { ...jst, name: 'Inna Gmina' }, cookie })
    expect(again.status).toBe(409)
    expect((await db.execute("SELECT count(*) AS n FROM audit_log WHERE action = 'tenant.create'")).rows[0]!.n).toBe(1)
  })

  it('runs the cron handler, which purges expired sessions and keeps live ones', async () => {
    const user = (await db.execute({ sql: 'SELECT id FROM users WHERE email = ?', args: [OPERATOR.email] })).rows[0]!
      .id as string
    const [expired, live] = [await hashToken(newToken()), await hashToken(newToken())]
    const now = Date.now()
    await db.batch(
      [
        {
          sql: 'INSERT INTO sessions (id, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
          args: [expired, user, now - 2 * 86_400_000, now - 86_400_000, now - 86_400_000],
        },
        {
          sql: 'INSERT INTO sessions (id, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
          args: [live, user, now, now + 3_600_000, now],
        },
      ],
      'write',
    )

    // What the cron trigger calls: the default export's `scheduled` handler (the very module instance `exports` serves).
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '17 * * * *' }), workerEnv)

    const left = await db.execute({ sql: 'SELECT id FROM sessions WHERE id IN (?, ?)', args: [expired, live] })
    expect(left.rows.map((r) => r.id)).toEqual([live])
  })
})
