import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { Agent, demo, expectProblem, loggedIn, staffOfAnotherJst, type TestApp, testApp } from '../../support/api'
import { json } from '../budget/helpers'
import { consultations, reports } from '../../../worker/consultations/tables'
import { consultationBody, inDays, PUB_KS, STAFF_KS, today } from './helpers'
import { addComment, publishedConsultation } from './report-helpers'

let t: TestApp
let koordynator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

/** Creates a draft and returns it (number, version). */
async function draft(body: Record<string, unknown> = consultationBody()) {
  return json<{ number: number; version: number; status: string; [k: string]: unknown }>(
    koordynator.post(STAFF_KS, body),
    201,
  )
}

const publish = (c: { number: number; version: number }, agent = koordynator) =>
  agent.post(`${STAFF_KS}/${c.number}/publish`, { version: c.version })

describe('creating a consultation', () => {
  it('creates a draft with the preset’s defaults for what is left out', async () => {
    const c = await draft({ preset: 'rewitalizacja', title: 'Gminny program rewitalizacji 2027–2035' })
    expect(c).toMatchObject({
      status: 'draft',
      state: 'draft',
      version: 1,
      preset: 'rewitalizacja',
      audience: 'both',
      forms: ['written', 'meeting', 'study_walk'],
      legalBasis: 'art. 6 ustawy z dnia 9 października 2015 r. o rewitalizacji',
    })
    // 7 days' notice, 30 days long (both days counted)
    expect(c.startDate).toBe(inDays(7))
    expect(c.endDate).toBe(inDays(36))
  })

  it('numbers the JST’s consultations one after another', async () => {
    const a = await draft()
    const b = await draft()
    expect(b.number).toBe(a.number + 1)
  })

  it('refuses an unknown preset or form as field errors', async () => {
    const res = await expectProblem(
      await koordynator.post(STAFF_KS, { ...consultationBody(), preset: 'plebiscyt' }),
      400,
    )
    expect(res.errors?.[0]?.field).toBe('preset')
    const forms = await expectProblem(await koordynator.post(STAFF_KS, consultationBody({ forms: ['telepatia'] })), 400)
    expect(forms.errors?.[0]?.field).toBe('forms.0')
  })

  it('keeps drafts out of the public API', async () => {
    const c = await draft()
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${c.number}`), 404)
    const list = await json<{ items: { number: number }[] }>(new Agent(t).get(PUB_KS), 200)
    expect(list.items.map((i) => i.number)).not.toContain(c.number)
  })
})

describe('changing a draft', () => {
  it('saves the fields sent from the version loaded, and refuses a stale save (409)', async () => {
    const c = await draft()
    const saved = await json(
      koordynator.patch(`${STAFF_KS}/${c.number}`, { version: 1, title: 'Nowy tytuł konsultacji' }),
      200,
    )
    expect(saved).toMatchObject({ title: 'Nowy tytuł konsultacji', version: 2, area: 'Cała gmina' })
    const stale = await expectProblem(
      await koordynator.patch(`${STAFF_KS}/${c.number}`, { version: 1, title: 'Inny' }),
      409,
    )
    expect(stale.detail).toMatch(/zmienił te konsultacje/)
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.consultation.update'))
    expect(audit.length).toBeGreaterThanOrEqual(1)
  })

  it('refuses changes once published', async () => {
    const c = await draft()
    await json(publish(c), 200)
    await expectProblem(await koordynator.patch(`${STAFF_KS}/${c.number}`, { version: 2, title: 'Po ogłoszeniu' }), 409)
  })
})

describe('publishing under each preset’s rules', () => {
  it('publishes a valid consultation: public, upcoming, with its report date and an audit row', async () => {
    const c = await draft()
    const published = await json(publish(c), 200)
    expect(published).toMatchObject({ status: 'published', state: 'upcoming', version: 2, warnings: [] })
    expect(published.reportDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const pub = await json(new Agent(t).get(`${PUB_KS}/${c.number}`), 200)
    expect(pub).toMatchObject({ number: c.number, state: 'upcoming', document: null })
    expect(pub).not.toHaveProperty('version')
    const list = await json<{ items: { number: number }[] }>(new Agent(t).get(PUB_KS), 200)
    expect(list.items.map((i) => i.number)).toContain(c.number)
  })

  it('rewitalizacja: refuses 20 days, naming the 30-day rule of the statute', async () => {
    const { AREAS } = await import('../../../worker/core/organizations/areas')
    const c = await draft(
      consultationBody({
        preset: 'rewitalizacja',
        audience: 'both',
        publicTaskAreas: [AREAS[0]!.key],
        forms: ['written', 'meeting', 'study_walk'],
        startDate: inDays(10),
        endDate: inDays(29),
      }),
    )
    const refused = await expectProblem(await publish(c), 400)
    const end = refused.errors!.find((e) => e.field === 'endDate')!
    expect(end.detail).toMatch(/trwają 20 dni, a wymagane jest co najmniej 30 dni \(art\. 6 ustawy o rewitalizacji\)/)
    expect((await json(koordynator.get(`${STAFF_KS}/${c.number}`), 200)).status).toBe('draft')
  })

  it('rewitalizacja: refuses fewer than two active forms', async () => {
    const { AREAS } = await import('../../../worker/core/organizations/areas')
    const c = await draft(
      consultationBody({
        preset: 'rewitalizacja',
        audience: 'both',
        publicTaskAreas: [AREAS[0]!.key],
        forms: ['written', 'meeting'],
        startDate: inDays(10),
        endDate: inDays(45),
      }),
    )
    const refused = await expectProblem(await publish(c), 400)
    expect(refused.errors).toEqual([
      expect.objectContaining({
        field: 'forms',
        detail: expect.stringMatching(/co najmniej 2 formy aktywne.*art\. 6 ustawy o rewitalizacji.*wybrano: 1/),
      }),
    ])
  })

  it('strategia: refuses fewer than 35 days', async () => {
    const c = await draft(consultationBody({ preset: 'strategia', startDate: inDays(2), endDate: inDays(31) }))
    const refused = await expectProblem(await publish(c), 400)
    expect(refused.errors!.find((e) => e.field === 'endDate')!.detail).toMatch(
      /trwają 30 dni, a wymagane jest co najmniej 35 dni \(art\. 6 ust\. 3 ustawy o zasadach prowadzenia polityki rozwoju\)/,
    )
  })

  it('program współpracy: publishes with the timeline warning when 30 November cannot be met', async () => {
    const { AREAS } = await import('../../../worker/core/organizations/areas')
    const start = inDays(2)
    const c = await draft(
      consultationBody({
        preset: 'program_wspolpracy',
        audience: 'ngos',
        publicTaskAreas: [AREAS[0]!.key],
        startDate: start,
        endDate: inDays(8),
        // the programme for the year the consultation starts in: its 30 November has passed
        programmeYear: Number(start.slice(0, 4)),
      }),
    )
    const published = await json(publish(c), 200)
    expect(published.status).toBe('published')
    expect(published.warnings).toContainEqual(
      expect.objectContaining({ field: 'startDate', detail: expect.stringMatching(/art\. 5a ust\. 1 upp/) }),
    )
    // a repeated publish answers as the first did, warnings included, without a second audit row
    const publishes = async () =>
      (await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.consultation.publish'))).length
    const before = await publishes()
    expect(await json(publish(c), 200)).toEqual(published)
    expect(await publishes()).toBe(before)
  })

  it('program współpracy: refuses dates that miss 30 November while a start that fits is still ahead', async () => {
    const { AREAS } = await import('../../../worker/core/organizations/areas')
    // the programme for the year after next: its 30 November is a year away, so a fitting start exists; these dates
    // (the report's 30 days and the RDPP's 14 after an end in late November) do not fit
    const year = Number(today().slice(0, 4)) + 2
    const c = await draft(
      consultationBody({
        preset: 'program_wspolpracy',
        audience: 'ngos',
        publicTaskAreas: [AREAS[0]!.key],
        startDate: `${year - 1}-11-10`,
        endDate: `${year - 1}-11-20`,
        programmeYear: year,
      }),
    )
    const problem = await expectProblem(await publish(c), 400)
    expect(problem.errors).toContainEqual({
      field: 'startDate',
      detail: expect.stringMatching(
        /art\. 5a ust\. 1 upp\)\. Przy tej długości konsultacji i terminie raportu zacznij najpóźniej/,
      ),
    })
    expect((await json(koordynator.get(`${STAFF_KS}/${c.number}`), 200)).status).toBe('draft')
  })

  it('answers refusals in English when asked', async () => {
    const c = await draft(consultationBody({ preset: 'strategia', startDate: inDays(2), endDate: inDays(31) }))
    const res = await koordynator.request(
      'POST',
      `${STAFF_KS}/${c.number}/publish`,
      { version: c.version },
      { 'Accept-Language': 'en' },
    )
    const refused = await expectProblem(res, 400)
    expect(refused.errors!.find((e) => e.field === 'endDate')!.detail).toMatch(/lasts 30 days, and at least 35 days/)
  })
})

describe('a race on publishing', () => {
  it('two publishes at once: one effect, one audit row, both answered with the published consultation', async () => {
    const c = await draft()
    const before = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.consultation.publish'))).length
    const answers = await Promise.all([publish(c), publish(c), publish(c)])
    const bodies = await Promise.all(answers.map((r) => json(r, 200)))
    for (const b of bodies) expect(b).toMatchObject({ status: 'published', version: 2 })
    const after = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.consultation.publish'))).length
    expect(after - before).toBe(1)
  })

  it('a publish from an older version than stored is refused (409)', async () => {
    const c = await draft()
    await json(koordynator.patch(`${STAFF_KS}/${c.number}`, { version: 1, area: 'Osiedle Zielone' }), 200)
    await expectProblem(await publish(c), 409)
  })
})

describe('authorisation', () => {
  it('refuses the anonymous (401), the weryfikator and the moderator (403), and another JST’s admin (403/404)', async () => {
    const c = await draft()
    const anonymous = new Agent(t)
    await expectProblem(await anonymous.post(STAFF_KS, consultationBody()), 401)
    await expectProblem(await publish(c, anonymous), 401)
    for (const email of [demo.weryfikator, demo.moderator]) {
      const agent = await loggedIn(t, email)
      await expectProblem(await agent.post(STAFF_KS, consultationBody()), 403)
      await expectProblem(await publish(c, agent), 403)
      await expectProblem(await agent.get(`${STAFF_KS}/${c.number}`), 403)
    }
    const { agent: other } = await staffOfAnotherJst(t, 'admin')
    expect([403, 404]).toContain((await publish(c, other)).status)
    expect([403, 404]).toContain((await other.get(`${STAFF_KS}/${c.number}`)).status)
    // and the other JST's own list does not show the demo JST's consultations
    const theirs = await json<{ items: unknown[] }>(other.get('/api/v1/jst/gmina-inna/staff/konsultacje'), 200)
    expect(theirs.items).toEqual([])
    expect((await json(koordynator.get(`${STAFF_KS}/${c.number}`), 200)).status).toBe('draft')
  })

  it('lets the admin run consultations too', async () => {
    const admin = await loggedIn(t, demo.admin)
    const c = await json<{ number: number; version: number }>(admin.post(STAFF_KS, consultationBody()), 201)
    await json(publish(c, admin), 200)
  })
})

describe('the JST home page', () => {
  it('lists an open consultation among the running processes', async () => {
    const c = await draft(consultationBody({ startDate: inDays(0), endDate: inDays(10) }))
    await json(publish(c), 200)
    const home = await json<{ processes: { module: string; url: string }[] }>(
      new Agent(t).get('/api/v1/jst/gmina-przykladowa'),
      200,
    )
    expect(home.processes).toContainEqual(
      expect.objectContaining({ module: 'consultations', url: `/gmina-przykladowa/konsultacje/${c.number}` }),
    )
  })
})

describe('the JST’s public list', () => {
  it('gives each card its subject, the confirmed comments where they are public, and the report’s date', async () => {
    const open = await publishedConsultation(koordynator, t.db, { subject: 'Projekt uchwały o zieleni przyulicznej' })
    const quiet = await publishedConsultation(koordynator, t.db)
    const done = await publishedConsultation(koordynator, t.db)
    // Two confirmed (one hidden: it still counts), one unconfirmed and one withdrawn (they never count).
    await addComment(t.db, open, 1)
    await addComment(t.db, open, 2, { hiddenAt: new Date(), hiddenReason: 'Dane osobowe innych osób' })
    await addComment(t.db, open, 3, { status: 'unconfirmed', confirmedAt: null })
    await addComment(t.db, open, 4, { status: 'withdrawn' })
    await addComment(t.db, quiet, 1)
    await t.db.update(consultations).set({ commentsPublic: false }).where(eq(consultations.id, quiet.id))
    const publishedAt = new Date('2026-03-02T09:30:00Z')
    await t.db.insert(reports).values({
      consultationId: done.id,
      tenantId: done.tenantId,
      content: {},
      publishedBy: 'test',
      publishedAt,
    })
    await t.db.update(consultations).set({ status: 'reported' }).where(eq(consultations.id, done.id))

    type Card = { number: number; subject: string; comments: number | null; reportPublishedAt: string | null }
    const list = await json<{ items: Card[] }>(new Agent(t).get(PUB_KS), 200)
    const card = (n: number) => list.items.find((i) => i.number === n)
    expect(card(open.number)).toMatchObject({
      subject: 'Projekt uchwały o zieleni przyulicznej',
      comments: 2,
      reportPublishedAt: null,
    })
    expect(card(quiet.number)).toMatchObject({ comments: null, reportPublishedAt: null })
    expect(card(done.number)).toMatchObject({
      state: 'reported',
      comments: 0,
      reportPublishedAt: publishedAt.toISOString(),
    })
    // Newest first, drafts left out, as before.
    const numbers = list.items.map((i) => i.number)
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
  })
})
