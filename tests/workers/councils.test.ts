import { createClient, type Client } from '@libsql/client'
import { createScheduledController } from 'cloudflare:test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import worker from '../../worker/index'
import { addDays, deadlineInDays } from '../../worker/councils/domain/dates'
import { rdppStatute } from '../../worker/councils/domain/fixtures'
import { hashToken, newId, newToken } from '../../worker/core/ids'
import { warsawDate } from '../../worker/core/time/polish-calendar'
import { call, coordinatorJst, workerEnv } from './helpers'

/**
 * Rady on the Worker build: staff ask an RDPP for its opinion on a consultation's programme of cooperation, members
 * read it with their keys, and when the 14 days pass with no opinion the cron trigger records the waiver
 * ("rezygnacja") by itself, once, e-mailing the coordinator once, and the consultation's list of advisory bodies keeps
 * "no opinion" with the last day.
 */
const SLUG = 'gmina-rad'
const BODY = 'rdpp-rad'
const COORDINATOR = { email: 'koordynator@rady.test', password: 'Haslo-koordynatora-2026' }

let db: Client
let cookie = ''
let tenantId = ''
let bodyId = ''
const keys: string[] = []

const day = (n: number) => addDays(warsawDate(new Date()).date, n)
const scheduled = () =>
  worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '* * * * *' }), workerEnv)

/** The RDPP with statute version 1, a running term and three members with keys, written straight into libSQL. */
async function seedRdpp() {
  bodyId = newId()
  const termId = newId()
  const now = Date.now()
  const statute = { ...rdppStatute(), validFrom: day(-400) }
  const statements = [
    {
      sql: "INSERT INTO rd_bodies (id, tenant_id, kind, slug, name, description, email, status, created_at) VALUES (?, ?, 'rdpp', ?, 'Rada Działalności Pożytku Publicznego', '', 'rdpp@rady.test', 'dziala', ?)",
      args: [bodyId, tenantId, BODY, now],
    },
    {
      sql: "INSERT INTO rd_statutes (id, tenant_id, body_id, version, statute, applies, valid_from, created_at) VALUES (?, ?, ?, 1, ?, 'od_razu', ?, ?)",
      args: [newId(), tenantId, bodyId, JSON.stringify(statute), statute.validFrom, now],
    },
    {
      sql: 'INSERT INTO rd_terms (id, tenant_id, body_id, number, starts_on, ends_on, created_at) VALUES (?, ?, ?, 1, ?, ?, ?)',
      args: [termId, tenantId, bodyId, day(-400), day(700), now],
    },
  ]
  for (const [i, name] of ['Anna Przewodnicząca', 'Bogdan Członek', 'Celina Członkini'].entries()) {
    const key = newToken()
    keys.push(key)
    statements.push({
      sql: 'INSERT INTO rd_members (id, tenant_id, body_id, term_id, name, email, role, seat_category, represents, starts_on, ends_on, key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      args: [
        newId(),
        tenantId,
        bodyId,
        termId,
        name,
        `czlonek-${i}@rady.test`,
        i === 0 ? 'przewodniczacy' : 'czlonek',
        'ngo',
        '',
        day(-400),
        day(700),
        await hashToken(key),
        now,
      ],
    })
  }
  await db.batch(statements as never, 'write')
}

async function mailTo(to: string) {
  const rows = await db.execute({
    sql: 'SELECT subject, text FROM outbox WHERE "to" = ? ORDER BY created_at',
    args: [to],
  })
  return rows.rows.map((r) => ({ subject: String(r.subject), text: String(r.text) }))
}

beforeAll(async () => {
  db = createClient({ url: workerEnv.DATABASE_URL })
  ;({ cookie, tenantId } = await coordinatorJst(
    db,
    { slug: SLUG, name: 'Gmina Radna', teryt: '0201051', contactEmail: 'urzad@rady.test' },
    COORDINATOR,
  ))
  await seedRdpp()
})

afterAll(() => db?.close())

describe('rady on Workers', () => {
  let number = 0
  let consultation = 0

  it('asks the RDPP for its opinion on a consultation’s programme; members read the draft with their keys', async () => {
    const created = await call('POST', `/api/v1/jst/${SLUG}/staff/konsultacje`, {
      cookie,
      body: {
        preset: 'inne',
        title: 'Program współpracy z organizacjami',
        subject: 'Projekt programu współpracy',
        purpose: 'Poznanie opinii organizacji',
        startDate: day(3),
        endDate: day(16),
        participants: 'Organizacje pozarządowe',
        area: 'Cała gmina',
        forms: ['written'],
        responsibleUnit: 'Referat Współpracy',
        resultsForm: 'Raport na platformie',
        audience: 'residents',
      },
    })
    expect(created.status).toBe(201)
    consultation = created.body.number
    const staff = `/api/v1/jst/${SLUG}/staff/konsultacje/${consultation}`
    expect(
      (
        await call('POST', `${staff}/document`, {
          cookie,
          body: { format: 'markdown', source: '§ 1. Program określa formy współpracy.' },
        })
      ).status,
    ).toBe(201)
    expect((await call('POST', `${staff}/publish`, { cookie, body: { version: created.body.version } })).status).toBe(
      200,
    )
    const asked = await call('POST', `/api/v1/jst/${SLUG}/staff/rady/${BODY}/opinie`, {
      cookie,
      body: { subject: 'program_wspolpracy', title: 'Projekt programu współpracy', consultationNumber: consultation },
    })
    expect(asked.status).toBe(201)
    expect(asked.body).toMatchObject({ status: 'oczekuje', days: 14, dueOn: deadlineInDays(day(0), 14).lastDay })
    number = asked.body.number
    const read = await call('GET', `/api/v1/jst/${SLUG}/rady/${BODY}/czlonek/opinie/${number}`, { token: keys[1] })
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body.draft)).toContain('Program określa formy współpracy.')
    expect(read.headers.get('cache-control')).toBe('no-store')
    expect((await call('GET', `/api/v1/jst/${SLUG}/rady/${BODY}/czlonek/opinie`)).status).toBe(401)
  })

  it('records the waiver from the cron trigger once the 14 days have passed, without anyone acting', async () => {
    const delivered = new Date(Date.now() - 20 * 86_400_000)
    const dueOn = deadlineInDays(warsawDate(delivered).date, 14).lastDay
    await db.execute({
      sql: 'UPDATE rd_opinion_requests SET delivered_at = ?, due_on = ? WHERE body_id = ? AND number = ?',
      args: [delivered.getTime(), dueOn, bodyId, number],
    })
    await scheduled()
    await scheduled()
    const rows = await db.execute({
      sql: 'SELECT status, closed_at, advisory_opinion_id FROM rd_opinion_requests WHERE body_id = ? AND number = ?',
      args: [bodyId, number],
    })
    expect(rows.rows[0]).toMatchObject({ status: 'rezygnacja' })
    expect(rows.rows[0]!.closed_at).not.toBeNull()
    const audits = await db.execute({
      sql: "SELECT count(*) AS n FROM audit_log WHERE action = 'rd.opinion.waiver' AND tenant_id = ?",
      args: [tenantId],
    })
    expect(Number(audits.rows[0]!.n)).toBe(1)
    const notices = (await mailTo(COORDINATOR.email)).filter((m) => m.subject.includes('brak opinii'))
    expect(notices).toHaveLength(1)
    expect(notices[0]!.text).toContain('rezygnację z prawa do wyrażenia opinii')
    const advisory = await db.execute({
      sql: 'SELECT opinion, received_at, due_on FROM ks_advisory_opinions WHERE id = ?',
      args: [String(rows.rows[0]!.advisory_opinion_id)],
    })
    expect(advisory.rows[0]).toMatchObject({ opinion: null, received_at: null, due_on: dueOn })
    const view = await call('GET', `/api/v1/jst/${SLUG}/rady/${BODY}/czlonek/opinie`, { token: keys[0] })
    expect(view.body.items[0]).toMatchObject({ number, status: 'rezygnacja', state: 'rezygnacja' })
  })
})
