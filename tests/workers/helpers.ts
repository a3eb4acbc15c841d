import type { Client } from '@libsql/client'
import { env, exports } from 'cloudflare:workers'
import { hashPassword } from '../../worker/core/auth/password'
import { newId } from '../../worker/core/ids'
import type { WorkerEnv } from '../../worker/index'

/**
 * What the budget and voting tests on the Worker build share: a JSON client for the Worker's fetch handler and a JST
 * with a logged-in coordinator. The Worker build seeds no demo JST, so each test file writes its own one (under its
 * own slug, the files share one database) straight into libSQL.
 */
export const ORIGIN = 'http://wspolnota.test'
export const workerEnv = env as unknown as WorkerEnv

/** A JSON request to the Worker's default export; writes carry a same-origin `Origin`, as a browser would send. */
export async function call(
  method: string,
  path: string,
  options: { body?: unknown; cookie?: string; token?: string } = {},
) {
  const headers: Record<string, string> = {}
  if (options.cookie) headers.Cookie = options.cookie
  if (options.token) headers.Authorization = `Bearer ${options.token}`
  if (method !== 'GET') headers.Origin = ORIGIN
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
  )
  return { status: res.status, body: (await res.json()) as any, headers: res.headers }
}

/**
 * A JST (`gmina-wiejska`, 24 500 residents) with one active coordinator, and that coordinator's session cookie. The
 * first request (health) runs the migrations, so the tables exist before the rows are written.
 */
export async function coordinatorJst(
  db: Client,
  tenant: { slug: string; name: string; teryt: string; contactEmail: string },
  coordinator: { email: string; password: string },
): Promise<{ tenantId: string; cookie: string }> {
  await call('GET', '/api/v1/health')
  const tenantId = newId()
  const userId = newId()
  const now = Date.now()
  await db.batch(
    [
      {
        sql: "INSERT INTO tenants (id, slug, name, teryt, kind, population, contact_email, a11y_published_on, a11y_updated_on, created_at, updated_at) VALUES (?, ?, ?, ?, 'gmina-wiejska', 24500, ?, '2026-01-01', '2026-01-01', ?, ?)",
        args: [tenantId, tenant.slug, tenant.name, tenant.teryt, tenant.contactEmail, now, now],
      },
      {
        sql: "INSERT INTO users (id, email, name, password_hash, is_operator, active, created_at) VALUES (?, ?, 'Koordynator BO', ?, 0, 1, ?)",
        args: [userId, coordinator.email, await hashPassword(coordinator.password), now],
      },
      {
        sql: "INSERT INTO memberships (tenant_id, user_id, role, active, created_at) VALUES (?, ?, 'koordynator', 1, ?)",
        args: [tenantId, userId, now],
      },
    ],
    'write',
  )
  const login = await exports.default.fetch(
    new Request(`${ORIGIN}/api/v1/auth/login`, {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify(coordinator),
    }),
  )
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('wspolnota_session='))!
    .split(';')[0]!
  return { tenantId, cookie }
}
