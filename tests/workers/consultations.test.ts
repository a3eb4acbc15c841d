import { createClient, type Client } from '@libsql/client'
import { createScheduledController } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import worker from '../../worker/index'
import { addDays } from '../../worker/consultations/domain/presets'
import { warsawDate } from '../../worker/core/time/polish-calendar'
import { call, coordinatorJst, ORIGIN, workerEnv } from './helpers'

/**
 * Konsultacje on the Worker build: a resident's comment confirmed from its e-mailed link, the organiser's answer, the
 * cron trigger closing the ended consultation and reminding of the report's deadline (once each), and the report
 * published with the comment and its answer.
 */
const SLUG = 'gmina-konsultacyjna'
const COORDINATOR = { email: 'koordynator@konsultacje.test', password: 'Haslo-koordynatora-2026' }
const RESIDENT = 'mieszkanka@konsultacje.test'

let db: Client
let cookie = ''
let number = 0
let id = ''

const day = (n: number) => addDays(warsawDate(new Date()).date, n)
const staff = () => `/api/v1/jst/${SLUG}/staff/konsultacje/${number}`
const pub = () => `/api/v1/jst/${SLUG}/konsultacje/${number}`
const scheduled = () =>
  worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '* * * * *' }), workerEnv)

/** Rows of the outbox to `to` (development keeps bodies). */
async function mailTo(to: string) {
  const rows = await db.execute({
    sql: 'SELECT subject, text FROM outbox WHERE "to" = ? ORDER BY created_at',
    args: [to],
  })
  return rows.rows.map((r) => ({ subject: String(r.subject), text: String(r.text) }))
}

/** Moves the consultation's days (from today) and its report deadline, as the API tests do. */
async function setDays(start: number, end: number, due: number) {
  const startsAt = Date.parse(`${day(start)}T00:00:00+01:00`)
  const endsAt = Date.parse(`${day(end + 1)}T00:00:00+01:00`)
  await db.execute({
    sql: 'UPDATE ks_consultations SET start_date = ?, end_date = ?, starts_at = ?, ends_at = ?, report_due_date = ? WHERE id = ?',
    args: [day(start), day(end), startsAt, endsAt, day(due), id],
  })
}

beforeAll(async () => {
  db = createClient({ url: workerEnv.DATABASE_URL })
  ;({ cookie } = await coordinatorJst(
    db,
    { slug: SLUG, name: 'Gmina Konsultacyjna', teryt: '0201031', contactEmail: 'urzad@konsultacje.test' },
    COORDINATOR,
  ))
})

afterAll(() => db?.close())

describe('konsultacje on Workers', () => {
  it('takes a confirmed comment on a published consultation', async () => {
    const created = await call('POST', `/api/v1/jst/${SLUG}/staff/konsultacje`, {
      cookie,
      body: {
        preset: 'inne',
        title: 'Konsultacje projektu uchwały o zieleni',
        subject: 'Projekt uchwały o ochronie zieleni',
        purpose: 'Poznanie opinii mieszkańców',
        startDate: day(3),
        endDate: day(16),
        participants: 'Mieszkańcy gminy',
        area: 'Cała gmina',
        forms: ['written'],
        responsibleUnit: 'Wydział Ochrony Środowiska',
        resultsForm: 'Raport na platformie',
        audience: 'residents',
      },
    })
    expect(created.status).toBe(201)
    number = created.body.number
    const doc = await call('POST', `${staff()}/document`, {
      cookie,
      body: { format: 'markdown', source: '§ 1. Drzewa podlegają ochronie.\n\n§ 2. Wycinka wymaga zgody.' },
    })
    expect(doc.status).toBe(201)
    const published = await call('POST', `${staff()}/publish`, { cookie, body: { version: created.body.version } })
    expect(published.status).toBe(200)
    id = String(
      (
        await db.execute({
          // Numbers are per JST, and other files' JSTs share this database: the JST is part of the key.
          sql: 'SELECT k.id FROM ks_consultations k JOIN tenants t ON t.id = k.tenant_id WHERE t.slug = ? AND k.number = ? AND k.status = ?',
          args: [SLUG, number, 'published'],
        })
      ).rows.find(Boolean)!.id,
    )
    await setDays(-3, 5, 35)

    const sent = await call('POST', `${pub()}/comments`, {
      body: {
        text: 'Proszę dopisać ochronę krzewów w pasach drogowych.',
        authorKind: 'resident',
        authorName: 'Anna Mieszkanka',
        authorAddress: 'ul. Lipowa 1, Konsultacyjna',
        email: RESIDENT,
        privacyAccepted: true,
      },
    })
    expect(sent.status).toBe(201)
    const link = (await mailTo(RESIDENT)).map((m) => m.text.match(/#t=([^\s]+)/)?.[1]).find(Boolean)!
    const confirmed = await call('POST', `${pub()}/comments/confirm`, { body: { token: link } })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.status).toBe('confirmed')
  })

  it('closes the ended consultation and reminds of the report from the cron trigger, once each', async () => {
    await setDays(-14, -1, 3)
    await scheduled()
    await scheduled()
    const row = (
      await db.execute({
        sql: 'SELECT closed_at, report_reminder_sent_at FROM ks_consultations WHERE id = ?',
        args: [id],
      })
    ).rows[0]!
    expect(row.closed_at).not.toBeNull()
    expect(row.report_reminder_sent_at).not.toBeNull()
    const audit = await db.execute({
      sql: "SELECT after FROM audit_log WHERE action = 'ks.consultation.close' AND entity_id = ?",
      args: [id],
    })
    expect(audit.rows.map((r) => JSON.parse(String(r.after)))).toEqual([{ confirmed: 1, lapsed: 0 }])
    const mails = await mailTo(COORDINATOR.email)
    expect(mails.filter((m) => m.subject.includes(`konsultacje nr ${number} zakończone`))).toHaveLength(1)
    expect(mails.filter((m) => m.subject.includes(`termin raportu z konsultacji nr ${number}`))).toHaveLength(1)
  })

  it('publishes the report with the comment and its answer', async () => {
    const refused = await call('POST', `${staff()}/report/publish`, { cookie, body: {} })
    expect(refused.status).toBe(409)
    expect(refused.body.errors).toEqual([{ field: 'comments', detail: 'Uwagi bez zatwierdzonej odpowiedzi: nr 1.' }])
    const justification = 'Ochronę krzewów dopiszemy w § 1 projektu.'
    const saved = await call('POST', `${staff()}/answers`, {
      cookie,
      body: { target: { comment: 1 }, action: 'save', kind: 'accepted', justification },
    })
    expect(saved.status).toBeLessThan(300)
    const approved = await call('POST', `${staff()}/answers`, {
      cookie,
      body: { target: { comment: 1 }, action: 'approve', version: saved.body.answer.version },
    })
    expect(approved.status).toBeLessThan(300)
    const report = await call('POST', `${staff()}/report/publish`, { cookie, body: {} })
    expect(report.status).toBe(200)
    const read = await call('GET', `${pub()}/report`)
    expect(read.body.items).toEqual([
      expect.objectContaining({
        number: 1,
        author: 'Mieszkaniec',
        text: 'Proszę dopisać ochronę krzewów w pasach drogowych.',
        answer: expect.objectContaining({ kind: 'accepted', justification }),
      }),
    ])
    const pdf = await exports.default.fetch(new Request(`${ORIGIN}${pub()}/report.pdf`))
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
    await expect.poll(async () => (await mailTo(RESIDENT)).filter((m) => m.text.includes('/raport')).length).toBe(1)
  })
})
