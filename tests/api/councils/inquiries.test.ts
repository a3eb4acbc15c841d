import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { endOfWarsawDay } from '../../../worker/core/time/polish-calendar'
import { councilTick } from '../../../worker/councils/tick'
import { addDays, dayOf, deadlineInDays } from '../../../worker/councils/domain/dates'
import { councilInquiries } from '../../../worker/councils/tables'
import { Agent, demo, expectProblem, loggedIn, staffOfAnotherJst, testApp, type TestApp } from '../../support/api'
import { memberNames, seedBody, seedMembers, type SeededBody, type SeededMember } from '../../support/councils'
import { outboxMessages, seedResolution } from './inquiries-helpers'

let t: TestApp
let admin: Agent
let seniors: SeededBody
let members: SeededMember[]
const staffApi = (body: string) => `/api/v1/jst/gmina-przykladowa/staff/rady/${body}/zapytania`

beforeAll(async () => {
  t = await testApp()
  admin = await loggedIn(t, demo.admin)
  seniors = await seedBody(t, 'rada_seniorow', { slug: 'rada-seniorow-z' })
  members = await seedMembers(t, seniors, memberNames(6))
})
afterAll(() => t.close())

/** An instant on Warsaw day `day` at about 10:00. */
const on = (day: string) => new Date(endOfWarsawDay(addDays(day, -1)).getTime() + 10 * 3_600_000)

async function register(body: string, input: Record<string, unknown>) {
  const res = await admin.post(staffApi(body), input)
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()) as { number: number; dueOn: string | null; state: string; daysLeft: number | null }
}

describe('an inquiry of a rada seniorów (usg art. 5c ust. 3a)', () => {
  it('tracks the 30-day answer deadline, reminds the office once and marks it overdue once', async () => {
    const today = dayOf(new Date())
    const created = await register(seniors.slug, {
      title: 'Dostępność przystanków dla osób starszych',
      text: 'Rada prosi o informację, kiedy przystanki zostaną dostosowane.',
      deliveredOn: today,
    })
    const due = deadlineInDays(today, 30).lastDay
    expect(created.dueOn).toBe(due)
    expect(created.state).toBe('oczekuje')
    expect(created.daysLeft).toBeGreaterThanOrEqual(30)

    const before = (await outboxMessages(t)).length
    await councilTick(t.tick(on(addDays(due, -8))))
    expect((await outboxMessages(t)).length).toBe(before)

    await Promise.all([councilTick(t.tick(on(addDays(due, -7)))), councilTick(t.tick(on(addDays(due, -7))))])
    await councilTick(t.tick(on(addDays(due, -3))))
    const reminders = (await outboxMessages(t)).filter((m) => m.subject.includes(`zapytanie nr ${created.number} do`))
    expect(reminders.map((m) => m.to).sort()).toEqual([demo.admin, demo.koordynator].sort())
    expect(reminders[0]!.text).toContain(`/panel/gmina-przykladowa/rady/${seniors.slug}/zapytania`)

    // the last day still counts; the next day it is overdue
    await councilTick(t.tick(on(due)))
    let [row] = await t.db.select().from(councilInquiries).where(eq(councilInquiries.dueOn, due))
    expect(row!.overdueAt).toBeNull()
    const after = new Date(endOfWarsawDay(due).getTime() + 60_000)
    await Promise.all([councilTick(t.tick(after)), councilTick(t.tick(after))])
    await councilTick(t.tick(new Date(after.getTime() + 86_400_000)))
    ;[row] = await t.db.select().from(councilInquiries).where(eq(councilInquiries.id, row!.id))
    expect(row!.overdueAt?.getTime()).toBe(after.getTime())
    const late = (await outboxMessages(t)).filter((m) => m.subject.includes('w terminie'))
    expect(late.map((m) => m.to).sort()).toEqual(members.map((m) => m.email).sort())
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'rd.inquiry.overdue'))
    expect(audits).toHaveLength(1)

    const list = await (await admin.get(staffApi(seniors.slug))).json()
    expect(list.lawDays).toBe(30)
    expect(list.items.find((i: { number: number }) => i.number === created.number)).toMatchObject({
      dueOn: due,
      answeredAt: null,
    })
  })

  it('takes the answer once: two answers at once give one 200 and one 409, with who and when', async () => {
    const created = await register(seniors.slug, {
      title: 'Karta seniora',
      text: 'Rada wnosi o wprowadzenie karty seniora.',
      deliveredOn: addDays(dayOf(new Date()), -2),
    })
    const url = `${staffApi(seniors.slug)}/${created.number}/odpowiedz`
    const koordynator = await loggedIn(t, demo.koordynator)
    const [a, b] = await Promise.all([
      admin.post(url, { answer: 'Karta seniora zostanie wprowadzona w 2027 r.' }),
      koordynator.post(url, { answer: 'Inna odpowiedź.' }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const winner = (await (a.status === 200 ? a : b).json()) as Record<string, unknown>
    expect(winner.state).toBe('odpowiedziano')
    expect(winner.answeredBy).toBeTruthy()
    expect(winner.answeredAt).toBeTruthy()
    await expectProblem(await admin.post(url, { answer: 'Jeszcze raz' }), 409)
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'rd.inquiry.answer'))
    expect(audits).toHaveLength(1)
    expect(a.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses an empty answer, a file that is not a PDF, and keeps a PDF answer public with the inquiry', async () => {
    const created = await register(seniors.slug, {
      title: 'Ławki w parku',
      text: 'Rada wnosi o ustawienie ławek.',
      deliveredOn: dayOf(new Date()),
    })
    const url = `${staffApi(seniors.slug)}/${created.number}/odpowiedz`
    const empty = await expectProblem(await admin.post(url, { answer: '  ' }), 400)
    expect(empty.errors?.[0]?.field).toBe('answer')
    const notPdf = new FormData()
    notPdf.set('file', new File(['<html>nie PDF</html>'], 'odpowiedz.pdf', { type: 'application/pdf' }))
    await expectProblem(
      await t.app.request(`http://localhost${url}`, {
        method: 'POST',
        body: notPdf,
        headers: { Cookie: admin.cookie, Origin: 'http://localhost' },
      }),
      400,
    )
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
    const form = new FormData()
    form.set('answer', 'W załączeniu pismo wójta.')
    form.set('file', new File([pdf], 'pismo.pdf', { type: 'application/pdf' }))
    const res = await t.app.request(`http://localhost${url}`, {
      method: 'POST',
      body: form,
      headers: { Cookie: admin.cookie, Origin: 'http://localhost' },
    })
    expect(res.status, await res.clone().text()).toBe(200)
    expect((await res.json()).answerFile).toBe(true)
    const file = await new Agent(t).get(
      `/api/v1/jst/gmina-przykladowa/rady/${seniors.slug}/zapytania/${created.number}/odpowiedz.pdf`,
    )
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf)
  })

  it('links a paper inquiry to the body’s resolution by its number, once; an unknown number is refused', async () => {
    await seedResolution(t, seniors, members, {
      kind: 'wniosek',
      title: 'Wniosek o remont chodników',
      number: '7/2026',
      adoptedOn: dayOf(new Date()),
      votes: ['za', 'za', 'za', 'za', 'przeciw', 'wstrzymuje_sie'],
    })
    const input = {
      title: 'Remont chodników',
      text: 'Rada wnosi o remont chodników.',
      deliveredOn: dayOf(new Date()),
      resolutionNumber: '7/2026',
    }
    const created = await register(seniors.slug, input)
    expect((created as unknown as { resolution: { number: string } }).resolution.number).toBe('7/2026')
    await expectProblem(await admin.post(staffApi(seniors.slug), input), 409)
    const unknown = await expectProblem(
      await admin.post(staffApi(seniors.slug), { ...input, resolutionNumber: '99/2026' }),
      400,
    )
    expect(unknown.errors?.[0]?.field).toBe('resolutionNumber')
    await expectProblem(
      await admin.post(staffApi(seniors.slug), { ...input, resolutionNumber: undefined, deliveredOn: '2999-01-01' }),
      400,
    )
  })

  it('creates the inquiry with the adoption of a wniosek (the opinions’ batch), numbered next in the body', async () => {
    const before = (await (await admin.get(staffApi(seniors.slug))).json()).items.length
    await seedResolution(
      t,
      seniors,
      members,
      {
        kind: 'wniosek',
        title: 'Wniosek o dodatkowe kursy autobusu',
        number: '8/2026',
        adoptedOn: dayOf(new Date()),
        votes: ['za', 'za', 'za', 'za', 'za'],
      },
      true,
    )
    const { items } = await (await admin.get(staffApi(seniors.slug))).json()
    expect(items).toHaveLength(before + 1)
    expect(items[0]).toMatchObject({
      number: before + 1,
      title: 'Wniosek o dodatkowe kursy autobusu',
      resolution: { number: '8/2026' },
      dueOn: deadlineInDays(dayOf(new Date()), 30).lastDay,
    })
    const open = await (await admin.get('/api/v1/jst/gmina-przykladowa/staff/rady/zapytania')).json()
    expect(open.items.some((i: { body: { slug: string } }) => i.body.slug === seniors.slug)).toBe(true)
    expect(open.items.every((i: { answeredAt: string | null }) => i.answeredAt === null)).toBe(true)
  })
})

describe('inquiries of other bodies', () => {
  it('run on the days recorded, or on none (no reminder, never overdue)', async () => {
    const rdpp = await seedBody(t, 'rdpp')
    const today = dayOf(new Date())
    const timed = await register(rdpp.slug, {
      title: 'Pytanie o dotacje',
      text: 'Treść.',
      deliveredOn: today,
      days: 14,
    })
    expect(timed.dueOn).toBe(deadlineInDays(today, 14).lastDay)
    const open = await register(rdpp.slug, { title: 'Pytanie bez terminu', text: 'Treść.', deliveredOn: today })
    expect(open.dueOn).toBeNull()
    expect(open.state).toBe('bez_terminu')
    await councilTick(t.tick(on(addDays(today, 400))))
    const [row] = await t.db.select().from(councilInquiries).where(eq(councilInquiries.title, 'Pytanie bez terminu'))
    expect(row!.overdueAt).toBeNull()
    expect(row!.reminderSentAt).toBeNull()
  })
})

describe('who may', () => {
  it('refuses other JSTs’ staff, roles without councils, and no session', async () => {
    const other = await staffOfAnotherJst(t, 'admin')
    const body = { title: 'Przejęte', text: 'Przejęte.', deliveredOn: dayOf(new Date()) }
    expect([403, 404]).toContain((await other.agent.get(staffApi(seniors.slug))).status)
    expect([403, 404]).toContain((await other.agent.post(staffApi(seniors.slug), body)).status)
    expect([403, 404]).toContain(
      (await other.agent.post(`${staffApi(seniors.slug)}/1/odpowiedz`, { answer: 'x' })).status,
    )
    // their own JST has no such body
    await expectProblem(await other.agent.get(`/api/v1/jst/gmina-inna/staff/rady/${seniors.slug}/zapytania`), 404)
    for (const email of [demo.weryfikator, demo.moderator])
      await expectProblem(await (await loggedIn(t, email)).post(staffApi(seniors.slug), body), 403)
    await expectProblem(await new Agent(t).get(staffApi(seniors.slug)), 401)
    await expectProblem(await members[0]!.agent.post(staffApi(seniors.slug), body), 401)
  })
})
