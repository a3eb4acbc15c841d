import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { endOfWarsawDay, warsawDate } from '../../../worker/core/time/polish-calendar'
import { outbox } from '../../../worker/core/mail/schema'
import { requestClock } from '../../../worker/councils/actions/opinions'
import { addDays, deadlineInDays } from '../../../worker/councils/domain/dates'
import { councilInquiries, councilOpinionRequests } from '../../../worker/councils/tables'
import { councilTick } from '../../../worker/councils/tick'
import { Agent, demo, expectProblem, loggedIn, ORIGIN, testApp, type TestApp } from '../../support/api'
import { memberNames, seedBody, seedMembers, type SeededBody, type SeededMember } from '../../support/councils'
import {
  json,
  pdfBytes,
  programmeConsultation,
  programmeDraft,
  PUB_RD,
  sendForm,
  STAFF_KS,
  STAFF_RD,
  type RequestAnswer,
  type ResolutionAnswer,
} from './opinions-helpers'

let t: TestApp
let staff: Agent

const today = () => warsawDate(new Date()).date
const inDays = (n: number) => addDays(today(), n)

beforeAll(async () => {
  t = await testApp()
  staff = await loggedIn(t, demo.koordynator)
}, 60_000)
afterAll(() => t.close())

/** A published programme of cooperation with a draft; its number and id. */
async function programme(extra: Record<string, unknown> = {}): Promise<number> {
  const year = Number(inDays(3).slice(0, 4)) + 1
  const c = await json<{ number: number; version: number }>(
    staff.post(STAFF_KS, programmeConsultation(inDays(3), inDays(12), year, extra)),
    201,
  )
  await json(staff.post(`${STAFF_KS}/${c.number}/document`, { format: 'markdown', source: programmeDraft }), 201)
  await json(staff.post(`${STAFF_KS}/${c.number}/publish`, { version: c.version }), 200)
  return c.number
}

let bodies = 0
/** A slug of letters and digits only (a seeded id may hold an underscore, which a body's slug may not). */
const slug = (kind: string) => `${kind}-op-${++bodies}`

/** An RDPP of 12 seats with `n` members in office (the first chairs). */
async function rdpp(n = 12): Promise<{ body: SeededBody; members: SeededMember[] }> {
  const body = await seedBody(t, 'rdpp', { slug: slug('rdpp') })
  return { body, members: await seedMembers(t, body, memberNames(n)) }
}

const requests = (b: SeededBody) => `${STAFF_RD}/${b.slug}/opinie`
const space = (b: SeededBody) => `${PUB_RD}/${b.slug}/czlonek`

/** Asks the body for its opinion on the programme `number`. */
function askOnProgramme(b: SeededBody, number: number, extra: Record<string, unknown> = {}) {
  return staff.post(requests(b), {
    subject: 'program_wspolpracy',
    title: 'Projekt programu współpracy na przyszły rok',
    consultationNumber: number,
    ...extra,
  })
}

/** `members[i]` vote `options[i]` on resolution `id`. */
async function vote(b: SeededBody, members: SeededMember[], id: string, options: string[]) {
  for (const [i, option] of options.entries())
    await json(members[i]!.agent.request('PUT', `${space(b)}/uchwaly/${id}/glos`, { option }), 200)
}

/** The consultation's advisory bodies as its staff report preview lists them. */
async function reportOpinions(number: number) {
  const report = await json<{
    draft: { opinions: { bodyName: string; received: boolean; opinion: string | null; dueOn: string | null }[] }
  }>(staff.get(`${STAFF_KS}/${number}/report`), 200)
  return report.draft.opinions
}

describe('the opinion clock', () => {
  it('gives the RDPP 14 days on the programme whatever the request says, moved off a weekend and holidays', () => {
    // Delivered on Friday 11 December 2026: 14 days end on Christmas Day, then Saturday (St Stephen's), Sunday.
    const clock = requestClock('rdpp', 'program_wspolpracy', 5, 30, new Date('2026-12-11T10:00:00Z'))
    expect(clock).toEqual({ days: 14, statutory: true, dueOn: '2026-12-28' })
    expect(requestClock('rdpp', 'projekt_uchwaly', 5, 30, new Date('2026-12-11T10:00:00Z'))).toEqual({
      days: 5,
      statutory: false,
      dueOn: '2026-12-16',
    })
    expect(requestClock('rdpp', 'inny', null, 21, new Date('2026-03-02T10:00:00Z'))?.dueOn).toBe('2026-03-23')
    expect(requestClock('rada_seniorow', 'inny', null, null, new Date())).toBeNull()
  })
})

describe('requests for an opinion', () => {
  it('records delivery and the last day, e-mails members a link without keys and lists the body on the consultation', async () => {
    const { body, members } = await rdpp(3)
    const number = await programme()
    const asked = await json<RequestAnswer>(askOnProgramme(body, number, { days: 3 }), 201)
    expect(asked).toMatchObject({ number: 1, status: 'oczekuje', state: 'oczekuje', statutory: true, days: 14 })
    expect(asked.silenceWaives).toBe(true)
    expect(asked.dueOn).toBe(deadlineInDays(today(), 14).lastDay)
    expect(asked.consultation).toEqual({ number, title: expect.stringContaining('Roczny program') })
    const mail = (await t.db.select().from(outbox).where(eq(outbox.to, members[1]!.email)))[0]!
    expect(mail.text).toContain(`${ORIGIN}/gmina-przykladowa/rady/${body.slug}/czlonek/opinie/1`)
    expect(mail.text).not.toContain('klucz')
    expect(mail.text).not.toContain(members[1]!.key)
    const [listed] = await reportOpinions(number)
    expect(listed).toMatchObject({ bodyName: 'Rada Działalności Pożytku Publicznego', received: false })
    expect(listed!.dueOn).toBe(asked.dueOn)
  })

  it('answers the first request when the same consultation is sent to the same body again, even at once', async () => {
    const { body } = await rdpp(1)
    const number = await programme()
    const [a, b] = await Promise.all([askOnProgramme(body, number), askOnProgramme(body, number)])
    expect([a.status, b.status].sort()).toEqual([200, 201])
    const again = await json<RequestAnswer>(askOnProgramme(body, number), 200)
    expect(again.number).toBe(1)
    const rows = await t.db.select().from(councilOpinionRequests).where(eq(councilOpinionRequests.bodyId, body.id))
    expect(rows).toHaveLength(1)
    expect(await reportOpinions(number)).toHaveLength(1)
  })

  it('takes an uploaded PDF draft with the days asked, which members download and others cannot', async () => {
    const { body, members } = await rdpp(1)
    const form = new FormData()
    form.set('subject', 'projekt_uchwaly')
    form.set('title', 'Projekt uchwały o dotacjach')
    form.set('days', '21')
    form.set('file', new File([pdfBytes()], 'projekt.pdf', { type: 'application/pdf' }))
    const asked = await json<RequestAnswer>(sendForm(staff, requests(body), form), 201)
    expect(asked).toMatchObject({ statutory: false, days: 21, hasDraftFile: true, consultation: null })
    const page = await json<{ draftFileUrl: string; draft: null }>(
      members[0]!.agent.get(`${space(body)}/opinie/${asked.number}`),
      200,
    )
    const file = await members[0]!.agent.get(page.draftFileUrl)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    await expectProblem(await new Agent(t).get(page.draftFileUrl), 401)
    const bad = new FormData()
    bad.set('subject', 'projekt_uchwaly')
    bad.set('title', 'Projekt uchwały o dotacjach')
    bad.set('days', '21')
    bad.set('file', new File(['<html>'], 'projekt.pdf', { type: 'application/pdf' }))
    expect((await expectProblem(await sendForm(staff, requests(body), bad), 400)).errors?.[0]?.field).toBe('file')
  })

  it('refuses a request without a draft or without any period, and one for an unknown consultation', async () => {
    const body = await seedBody(t, 'mlodziezowa_rada', { slug: slug('mrg') })
    await expectProblem(await staff.post(requests(body), { subject: 'inny', title: 'Sprawa bez projektu' }), 400)
    const number = await programme()
    const problem = await expectProblem(
      await staff.post(requests(body), { subject: 'inny', title: 'Sprawa bez terminu', consultationNumber: number }),
      400,
    )
    expect(problem.errors?.[0]?.field).toBe('days')
    await expectProblem(
      await staff.post(requests(body), { subject: 'inny', title: 'Nie ma takich', consultationNumber: 99999, days: 7 }),
      400,
    )
  })

  it('withdraws a waiting request (again: the same answer) and its open vote ends without effect', async () => {
    const { body, members } = await rdpp(2)
    const asked = await json<RequestAnswer>(askOnProgramme(body, await programme()), 201)
    const proposed = await json<ResolutionAnswer>(
      members[1]!.agent.post(`${space(body)}/opinie/${asked.number}/uchwala`, {
        title: 'Opinia o programie',
        text: 'Rada opiniuje projekt pozytywnie.',
      }),
      201,
    )
    const path = `${requests(body)}/${asked.number}/wycofanie`
    expect((await json<RequestAnswer>(staff.post(path), 200)).status).toBe('wycofany')
    expect((await json<RequestAnswer>(staff.post(path), 200)).status).toBe('wycofany')
    const after = await json<ResolutionAnswer>(members[0]!.agent.get(`${space(body)}/uchwaly/${proposed.id}`), 200)
    expect(after.status).toBe('wycofana')
    await expectProblem(await members[0]!.agent.get(`${space(body)}/opinie/${asked.number}`), 404)
  })
})

describe('resolutions adopted by named votes', () => {
  it('adopts the opinion with a quorum: numbered, the request given, the consultation’s report quoting it', async () => {
    const { body, members } = await rdpp(12)
    const number = await programme()
    const asked = await json<RequestAnswer>(askOnProgramme(body, number), 201)
    const page = await json<{ draft: { sections: { paragraphs: { text: string }[] }[] }; topic: string }>(
      members[3]!.agent.get(`${space(body)}/opinie/${asked.number}`),
      200,
    )
    expect(JSON.stringify(page.draft)).toContain('Priorytetem programu jest pomoc społeczna.')
    expect(page.topic).toMatch(/^opinia:/)
    const proposed = await json<ResolutionAnswer>(
      members[3]!.agent.post(`${space(body)}/opinie/${asked.number}/uchwala`, {
        title: 'Opinia RDPP o projekcie programu współpracy',
        text: 'Rada pozytywnie opiniuje projekt programu współpracy.',
      }),
      201,
    )
    expect(proposed).toMatchObject({ kind: 'opinia', status: 'glosowanie', canClose: false })
    await expectProblem(
      await members[4]!.agent.post(`${space(body)}/opinie/${asked.number}/uchwala`, {
        title: 'Druga propozycja opinii',
        text: 'Inna treść tej samej opinii.',
      }),
      409,
    )
    await vote(body, members, proposed.id, ['za', 'za', 'za', 'za', 'za', 'przeciw', 'wstrzymuje_sie'])
    const live = await json<ResolutionAnswer>(members[0]!.agent.get(`${space(body)}/uchwaly/${proposed.id}`), 200)
    expect(live.counts).toEqual({ za: 5, przeciw: 1, wstrzymuje_sie: 1 })
    expect(live.votes.find((v) => v.name === 'Członek 6')?.option).toBe('przeciw')
    expect(live).toMatchObject({ myVote: 'za', canClose: true })
    await expectProblem(await members[1]!.agent.post(`${space(body)}/uchwaly/${proposed.id}/zamkniecie`), 403)
    const closed = await json<ResolutionAnswer>(
      members[0]!.agent.post(`${space(body)}/uchwaly/${proposed.id}/zamkniecie`),
      200,
    )
    const year = today().slice(0, 4)
    expect(closed).toMatchObject({ status: 'przyjeta', number: `1/${year}`, adoptedOn: today() })
    expect(closed.tally).toMatchObject({ outcome: 'przyjeta', present: 7 })
    await expectProblem(
      await members[7]!.agent.request('PUT', `${space(body)}/uchwaly/${proposed.id}/glos`, { option: 'za' }),
      409,
    )
    const after = await json<RequestAnswer>(staff.get(`${requests(body)}/${asked.number}`), 200)
    expect(after).toMatchObject({ status: 'wydana', state: 'wydana' })
    expect(after.resolution).toMatchObject({ id: proposed.id, number: `1/${year}` })
    const [opinion] = await reportOpinions(number)
    expect(opinion).toMatchObject({ received: true })
    expect(opinion!.opinion).toContain(`Uchwała nr 1/${year}`)
    expect(opinion!.opinion).toContain('Rada pozytywnie opiniuje projekt programu współpracy.')
  })

  it('adopts nothing without a quorum: the request keeps waiting', async () => {
    const { body, members } = await rdpp(12)
    const asked = await json<RequestAnswer>(askOnProgramme(body, await programme()), 201)
    const proposed = await json<ResolutionAnswer>(
      members[0]!.agent.post(`${space(body)}/opinie/${asked.number}/uchwala`, {
        title: 'Opinia o programie',
        text: 'Rada opiniuje projekt pozytywnie.',
      }),
      201,
    )
    await vote(body, members, proposed.id, ['za', 'za', 'za', 'za', 'za'])
    const closed = await json<ResolutionAnswer>(
      members[0]!.agent.post(`${space(body)}/uchwaly/${proposed.id}/zamkniecie`),
      200,
    )
    expect(closed).toMatchObject({ status: 'brak_kworum', number: null })
    expect(closed.tally?.detail).toContain('Brak kworum')
    const after = await json<RequestAnswer>(staff.get(`${requests(body)}/${asked.number}`), 200)
    expect(after).toMatchObject({ status: 'oczekuje', resolution: null })
  })

  it('lets a member change the vote while open; a tie goes the chair’s way', async () => {
    const { body, members } = await rdpp(12)
    const proposed = await json<ResolutionAnswer>(
      members[2]!.agent.post(`${space(body)}/uchwaly`, {
        kind: 'inna',
        title: 'Stanowisko w sprawie regulaminu',
        text: 'Rada popiera projekt regulaminu.',
      }),
      201,
    )
    await vote(body, members, proposed.id, ['za', 'za', 'za', 'przeciw', 'przeciw', 'za'])
    const changed = await json<ResolutionAnswer>(
      members[5]!.agent.request('PUT', `${space(body)}/uchwaly/${proposed.id}/glos`, { option: 'przeciw' }),
      200,
    )
    expect(changed.counts).toEqual({ za: 3, przeciw: 3, wstrzymuje_sie: 0 })
    expect(changed.myVote).toBe('przeciw')
    const closed = await json<ResolutionAnswer>(
      members[0]!.agent.post(`${space(body)}/uchwaly/${proposed.id}/zamkniecie`),
      200,
    )
    expect(closed.status).toBe('przyjeta')
    expect(closed.tally).toMatchObject({ chairDecided: true, adopted: true })
  })

  it('opens the inquiry with its 30-day deadline when a seniors’ council adopts a wniosek', async () => {
    const body = await seedBody(t, 'rada_seniorow', { slug: slug('rs') })
    const members = await seedMembers(t, body, memberNames(9))
    const proposed = await json<ResolutionAnswer>(
      members[1]!.agent.post(`${space(body)}/uchwaly`, {
        kind: 'wniosek',
        title: 'Wniosek o ławki przy przychodni',
        text: 'Rada wnosi o ustawienie ławek przy przychodni.',
      }),
      201,
    )
    await vote(body, members, proposed.id, ['za', 'za', 'za', 'za', 'za', 'za'])
    const closed = await json<ResolutionAnswer>(
      staff.post(`${STAFF_RD}/${body.slug}/uchwaly/${proposed.id}/zamkniecie`),
      200,
    )
    expect(closed.status).toBe('przyjeta')
    const [inquiry] = await t.db.select().from(councilInquiries).where(eq(councilInquiries.bodyId, body.id))
    expect(inquiry).toMatchObject({ number: 1, resolutionId: proposed.id, title: 'Wniosek o ławki przy przychodni' })
    expect(inquiry!.dueOn).toBe(deadlineInDays(today(), 30).lastDay)
  })

  it('keeps one outcome when two closes arrive at once', async () => {
    const { body, members } = await rdpp(12)
    const proposed = await json<ResolutionAnswer>(
      members[0]!.agent.post(`${space(body)}/uchwaly`, {
        kind: 'inna',
        title: 'Stanowisko w sprawie budżetu',
        text: 'Rada popiera projekt budżetu.',
      }),
      201,
    )
    await vote(body, members, proposed.id, ['za', 'za', 'za', 'za', 'za', 'za'])
    const [a, b] = await Promise.all([
      members[0]!.agent.post(`${space(body)}/uchwaly/${proposed.id}/zamkniecie`),
      staff.post(`${STAFF_RD}/${body.slug}/uchwaly/${proposed.id}/zamkniecie`),
    ])
    const [ra, rb] = [await json<ResolutionAnswer>(a, 200), await json<ResolutionAnswer>(b, 200)]
    expect(ra.number).toBe(rb.number)
    expect(ra.status).toBe('przyjeta')
    const closes = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.resolution.close'), eq(auditLog.entityId, proposed.id)))
    expect(closes).toHaveLength(1)
  })

  it('refuses a member of another body (403) and a stranger without a key (401)', async () => {
    const { body, members } = await rdpp(2)
    const other = await rdpp(1)
    const proposed = await json<ResolutionAnswer>(
      members[0]!.agent.post(`${space(body)}/uchwaly`, {
        kind: 'inna',
        title: 'Stanowisko rady',
        text: 'Treść stanowiska.',
      }),
      201,
    )
    const outsider = other.members[0]!.agent
    await expectProblem(
      await outsider.request('PUT', `${space(body)}/uchwaly/${proposed.id}/glos`, { option: 'za' }),
      403,
    )
    await expectProblem(await outsider.get(`${space(body)}/uchwaly/${proposed.id}`), 403)
    await expectProblem(await outsider.get(`${space(other.body)}/uchwaly/${proposed.id}`), 404)
    await expectProblem(await new Agent(t).get(`${space(body)}/opinie`), 401)
    const live = await json<ResolutionAnswer>(members[0]!.agent.get(`${space(body)}/uchwaly/${proposed.id}`), 200)
    expect(live.votes).toEqual([])
  })
})

describe('the scheduled work', () => {
  it('records the waiver once at the deadline without anyone acting, closing the open vote and telling staff', async () => {
    const { body, members } = await rdpp(3)
    const number = await programme()
    const asked = await json<RequestAnswer>(askOnProgramme(body, number), 201)
    const proposed = await json<ResolutionAnswer>(
      members[0]!.agent.post(`${space(body)}/opinie/${asked.number}/uchwala`, {
        title: 'Opinia o programie',
        text: 'Rada opiniuje projekt pozytywnie.',
      }),
      201,
    )
    const staffMails = async () =>
      (await t.db.select().from(outbox).where(eq(outbox.to, demo.koordynator))).filter(
        (m) => m.subject?.includes('brak opinii') && m.text?.includes(`/rady/${body.slug}/opinie`),
      )
    const before = (await staffMails()).length
    await councilTick(t.tick(new Date(endOfWarsawDay(asked.dueOn!).getTime() - 60_000)))
    const [row] = await t.db.select().from(councilOpinionRequests).where(eq(councilOpinionRequests.bodyId, body.id))
    expect(row!.status).toBe('oczekuje')
    const after = new Date(endOfWarsawDay(asked.dueOn!).getTime() + 3_600_000)
    await councilTick(t.tick(after))
    await councilTick(t.tick(after))
    const [waived] = await t.db.select().from(councilOpinionRequests).where(eq(councilOpinionRequests.bodyId, body.id))
    expect(waived).toMatchObject({ status: 'rezygnacja' })
    const view = await json<RequestAnswer>(staff.get(`${requests(body)}/${asked.number}`), 200)
    expect(view).toMatchObject({ status: 'rezygnacja', state: 'rezygnacja' })
    const vote = await json<ResolutionAnswer>(members[1]!.agent.get(`${space(body)}/uchwaly/${proposed.id}`), 200)
    expect(vote.status).toBe('wycofana')
    expect((await staffMails()).length - before).toBe(1)
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.opinion.waiver'), eq(auditLog.entityId, waived!.id)))
    expect(audits).toHaveLength(1)
    const [listed] = await reportOpinions(number)
    expect(listed).toMatchObject({ received: false, opinion: null, dueOn: asked.dueOn })
  })

  it('marks a lapse (not a waiver) where the law does not read silence so, and reminds members once', async () => {
    const body = await seedBody(t, 'rada_seniorow', { slug: slug('rs') })
    const members = await seedMembers(t, body, memberNames(2))
    const form = new FormData()
    form.set('subject', 'inny')
    form.set('title', 'Projekt programu senioralnego')
    form.set('days', '7')
    form.set('file', new File([pdfBytes()], 'program.pdf', { type: 'application/pdf' }))
    const asked = await json<RequestAnswer>(sendForm(staff, requests(body), form), 201)
    const reminders = async () =>
      (await t.db.select().from(outbox).where(eq(outbox.to, members[1]!.email))).filter((m) =>
        m.subject?.includes('termin opinii'),
      )
    const near = new Date(endOfWarsawDay(addDays(asked.dueOn!, -2)).getTime() - 3_600_000)
    await councilTick(t.tick(near))
    await councilTick(t.tick(near))
    expect(await reminders()).toHaveLength(1)
    await councilTick(t.tick(new Date(endOfWarsawDay(asked.dueOn!).getTime() + 60_000)))
    const [row] = await t.db.select().from(councilOpinionRequests).where(eq(councilOpinionRequests.bodyId, body.id))
    expect(row!.status).toBe('termin_minal')
  })

  it('offers a published consultation that concerns young people to the youth council, once', async () => {
    const youth = await seedBody(t, 'mlodziezowa_rada', { slug: slug('mrg') })
    const number = await programme({
      title: 'Program współpracy — wypoczynek dzieci i młodzieży',
      publicTaskAreas: ['wypoczynek-dzieci'],
    })
    await councilTick(t.tick())
    await councilTick(t.tick())
    const rows = await t.db.select().from(councilOpinionRequests).where(eq(councilOpinionRequests.bodyId, youth.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ youthOffer: true, status: 'oczekuje', days: 14 })
    const listed = await json<{ items: RequestAnswer[] }>(staff.get(requests(youth)), 200)
    expect(listed.items[0]).toMatchObject({ youthOffer: true, consultation: { number } })
  })
})
