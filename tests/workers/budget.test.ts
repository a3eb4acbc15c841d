import { createClient, type Client } from '@libsql/client'
import { createScheduledController } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../worker/auth/password'
import { newId } from '../../worker/auth/tokens'
import worker, { type WorkerEnv } from '../../worker/index'
import { draftBody, editionBody } from '../api/budget-helpers'

/**
 * Budżet obywatelski on the Worker build: a resident submits a project through the Worker (libSQL over HTTP), and
 * the cron trigger moves the edition to its next phase.
 */
const ORIGIN = 'http://wspolnota.test'
const workerEnv = env as unknown as WorkerEnv
const SLUG = 'gmina-budzetowa'
const COORDINATOR = { email: 'koordynator@budzet.test', password: 'Haslo-koordynatora-2026' }

async function call(method: string, path: string, options: { body?: unknown; cookie?: string; token?: string } = {}) {
  const headers: Record<string, string> = {}
  if (options.cookie) headers.Cookie = options.cookie
  if (options.token) headers.Authorization = `Bearer ${options.token}`
  if (method !== 'GET') headers.Origin = ORIGIN
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await exports.default.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }))
  return { status: res.status, body: (await res.json()) as any, headers: res.headers }
}

let db: Client
let cookie = ''

beforeAll(async () => {
  db = createClient({ url: workerEnv.DATABASE_URL })
  await call('GET', '/api/v1/health')
  const tenantId = newId()
  const userId = newId()
  const now = Date.now()
  await db.batch(
    [
      { sql: "INSERT INTO tenants (id, slug, name, teryt, kind, population, contact_email, a11y_published_on, a11y_updated_on, created_at, updated_at) VALUES (?, ?, 'Gmina Budżetowa', '0201021', 'gmina-wiejska', 24500, 'urzad@budzet.test', '2026-01-01', '2026-01-01', ?, ?)", args: [tenantId, SLUG, now, now] },
      { sql: "INSERT INTO users (id, email, name, password_hash, is_operator, active, created_at) VALUES (?, ?, 'Koordynator BO', ?, 0, 1, ?)", args: [userId, COORDINATOR.email, await hashPassword(COORDINATOR.password), now] },
      { sql: "INSERT INTO memberships (tenant_id, user_id, role, active, created_at) VALUES (?, ?, 'koordynator', 1, ?)", args: [tenantId, userId, now] },
    ],
    'write',
  )
  const login = await exports.default.fetch(new Request(`${ORIGIN}/api/v1/auth/login`, { method: 'POST', headers: { Origin: ORIGIN, 'Content-Type': 'application/json' }, body: JSON.stringify(COORDINATOR) }))
  cookie = login.headers.getSetCookie().find((c) => c.startsWith('wspolnota_session='))!.split(';')[0]!
})

afterAll(() => db?.close())

describe('budżet obywatelski on Workers', () => {
  let pools: { id: string }[]

  it('sets up an edition and lets a resident submit a project with support', async () => {
    const edition = await call('POST', `/api/v1/jst/${SLUG}/staff/bo/editions`, { body: editionBody(2027), cookie })
    expect(edition.status).toBe(201)
    pools = edition.body.pools
    const draft = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects`, { body: draftBody(pools[1]!.id) })
    expect(draft.status).toBe(201)
    const { token, project } = draft.body
    const support = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects/${project.id}/supports`, { body: { name: 'Jan Łęcki', address: 'ul. Długa 5', residenceDeclared: true } })
    expect(support.status).toBe(201)
    const twice = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects/${project.id}/supports`, { body: { name: 'jan lecki', address: 'Dluga 5', residenceDeclared: true } })
    expect(twice.status).toBe(409)
    const submitted = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects/${project.id}/submit`, { token })
    expect(submitted.status).toBe(200)
    expect(submitted.body.project).toMatchObject({ status: 'submitted', number: 1, supporters: 1 })
    const list = await call('GET', `/api/v1/jst/${SLUG}/bo/2027/projects`)
    expect(list.body.items.map((p: { title: string }) => p.title)).toEqual(['Zielony skwer przy szkole'])
  })

  it('moves the edition to its next phase from the cron trigger', async () => {
    const edition = (await db.execute({ sql: 'SELECT e.id FROM bo_editions e JOIN tenants t ON t.id = e.tenant_id WHERE t.slug = ?', args: [SLUG] })).rows[0]!.id as string
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '* * * * *' }), workerEnv)
    expect((await db.execute({ sql: 'SELECT announced_phase FROM bo_editions WHERE id = ?', args: [edition] })).rows[0]!.announced_phase).toBe('submission')
    const now = Date.now()
    await db.execute({ sql: "UPDATE bo_phases SET starts_at = ?, ends_at = ? WHERE edition_id = ? AND phase = 'submission'", args: [now - 2 * 86_400_000, now - 1000, edition] })
    await db.execute({ sql: "UPDATE bo_phases SET starts_at = ? WHERE edition_id = ? AND phase = 'assessment'", args: [now - 1000, edition] })
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '* * * * *' }), workerEnv)
    expect((await db.execute({ sql: 'SELECT announced_phase FROM bo_editions WHERE id = ?', args: [edition] })).rows[0]!.announced_phase).toBe('assessment')
    const audit = await db.execute({ sql: "SELECT after FROM audit_log WHERE action = 'bo.phase' AND entity_id = ? ORDER BY id", args: [edition] })
    expect(audit.rows.map((r) => JSON.parse(String(r.after)).phase)).toEqual(['submission', 'assessment'])
    const late = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects`, { body: draftBody(pools[1]!.id) })
    expect(late.status).toBe(409)
  })
})
