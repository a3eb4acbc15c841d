import { createClient, type Client } from '@libsql/client'
import { createScheduledController } from 'cloudflare:test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import worker from '../../worker/index'
import { draftBody, editionBody } from '../api/budget/helpers'
import { call, coordinatorJst, workerEnv } from './helpers'

/**
 * Budżet obywatelski on the Worker build: a resident submits a project through the Worker (libSQL over HTTP), and
 * the cron trigger moves the edition to its next phase.
 */
const SLUG = 'gmina-budzetowa'
const COORDINATOR = { email: 'koordynator@budzet.test', password: 'Haslo-koordynatora-2026' }

let db: Client
let cookie = ''

beforeAll(async () => {
  db = createClient({ url: workerEnv.DATABASE_URL })
  ;({ cookie } = await coordinatorJst(
    db,
    { slug: SLUG, name: 'Gmina Budżetowa', teryt: '0201021', contactEmail: 'urzad@budzet.test' },
    COORDINATOR,
  ))
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
    const support = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects/${project.id}/supports`, {
      body: { name: 'Jan Łęcki', address: 'ul. Długa 5', residenceDeclared: true },
    })
    expect(support.status).toBe(201)
    const twice = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects/${project.id}/supports`, {
      body: { name: 'jan lecki', address: 'Dluga 5', residenceDeclared: true },
    })
    expect(twice.status).toBe(409)
    const submitted = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects/${project.id}/submit`, { token })
    expect(submitted.status).toBe(200)
    expect(submitted.body.project).toMatchObject({ status: 'submitted', number: 1, supporters: 1 })
    const list = await call('GET', `/api/v1/jst/${SLUG}/bo/2027/projects`)
    expect(list.body.items.map((p: { title: string }) => p.title)).toEqual(['Zielony skwer przy szkole'])
  })

  it('moves the edition to its next phase from the cron trigger', async () => {
    const edition = (
      await db.execute({
        sql: 'SELECT e.id FROM bo_editions e JOIN tenants t ON t.id = e.tenant_id WHERE t.slug = ?',
        args: [SLUG],
      })
    ).rows[0]!.id as string
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '* * * * *' }), workerEnv)
    expect(
      (await db.execute({ sql: 'SELECT announced_phase FROM bo_editions WHERE id = ?', args: [edition] })).rows[0]!
        .announced_phase,
    ).toBe('submission')
    const now = Date.now()
    await db.execute({
      sql: "UPDATE bo_phases SET starts_at = ?, ends_at = ? WHERE edition_id = ? AND phase = 'submission'",
      args: [now - 2 * 86_400_000, now - 1000, edition],
    })
    await db.execute({
      sql: "UPDATE bo_phases SET starts_at = ? WHERE edition_id = ? AND phase = 'assessment'",
      args: [now - 1000, edition],
    })
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '* * * * *' }), workerEnv)
    expect(
      (await db.execute({ sql: 'SELECT announced_phase FROM bo_editions WHERE id = ?', args: [edition] })).rows[0]!
        .announced_phase,
    ).toBe('assessment')
    const audit = await db.execute({
      sql: "SELECT after FROM audit_log WHERE action = 'bo.phase' AND entity_id = ? ORDER BY id",
      args: [edition],
    })
    expect(audit.rows.map((r) => JSON.parse(String(r.after)).phase)).toEqual(['submission', 'assessment'])
    const late = await call('POST', `/api/v1/jst/${SLUG}/bo/2027/projects`, { body: draftBody(pools[1]!.id) })
    expect(late.status).toBe(409)
  })
})
