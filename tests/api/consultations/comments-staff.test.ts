import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseCommentPersonalData } from '../../../worker/consultations/actions/comments-staff'
import { answers, commentGroups, comments } from '../../../worker/consultations/tables'
import {
  Agent,
  demo,
  expectProblem,
  lastMail,
  loggedIn,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'
import { json } from '../budget/helpers'
import {
  auditCount,
  commentBody,
  confirmationOf,
  confirmedComment,
  openConsultation,
  paragraphsOf,
  pubC,
  resident,
  setDates,
  staffC,
} from './comments-helpers'
import { STAFF_KS, today } from './helpers'

let t: TestApp
let koordynator: Agent
let moderator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
  moderator = await loggedIn(t, demo.moderator)
})
afterAll(() => t.close())

const paperBody = (extra: Record<string, unknown> = {}) => ({
  text: 'Wnoszę o wydłużenie okresu nasadzeń do końca listopada.',
  authorKind: 'resident',
  authorName: 'Jan Nowak',
  authorAddress: 'ul. Polna 3, Przykładowo',
  channel: 'paper',
  receivedOn: today(),
  ...extra,
})

interface StaffList {
  items: {
    number: number
    status: string
    channel: string
    authorName: string | null
    email: string | null
    hidden: boolean
    hiddenReason: string | null
    receivedOn: string | null
    paragraphId: string | null
  }[]
  counts: Record<string, number>
}

describe('keying in comments received on paper, by e-mail or at a meeting', () => {
  it('confirms them at once with a receipt that opens them, within the postmark rule', async () => {
    const n = await openConsultation(t, koordynator)
    const outside = await expectProblem(await moderator.post(staffC(n), paperBody({ receivedOn: '2020-01-01' })), 400)
    expect(outside.errors?.map((e) => e.field)).toEqual(['receivedOn'])
    const future = await expectProblem(await moderator.post(staffC(n), paperBody({ receivedOn: '2099-01-01' })), 400)
    expect(future.errors?.map((e) => e.field)).toEqual(['receivedOn'])
    const noMeeting = await expectProblem(
      await moderator.post(staffC(n), paperBody({ channel: 'meeting', meetingId: 'nie-ma' })),
      400,
    )
    expect(noMeeting.errors?.map((e) => e.field)).toEqual(['meetingId'])

    const res = await moderator.post(staffC(n), paperBody({ email: 'jan.nowak@example.com' }))
    expect(res.headers.get('cache-control')).toBe('no-store')
    const keyed = await json<{ number: number; receipt: string }>(res, 201)
    expect(keyed.receipt).toMatch(/^KS-/)
    const mail = await lastMail(koordynator, 'jan.nowak@example.com')
    expect(mail.text).toContain(keyed.receipt)

    const list = await json<{ count: number; items: { number: number; channel: string }[] }>(
      new Agent(t).get(pubC(n)),
      200,
    )
    expect(list.count).toBe(1)
    expect(list.items[0]).toMatchObject({ number: keyed.number, channel: 'paper' })
    const mine = await json<{ status: string; receivedOn?: string }>(
      resident(t).post(`${pubC(n)}/mine`, { receipt: keyed.receipt }),
      200,
    )
    expect(mine.status).toBe('confirmed')

    // the same letter keyed in twice within a minute is refused; after the end a letter dated in time still counts
    const twice = await expectProblem(
      await moderator.post(staffC(n), paperBody({ email: 'jan.nowak@example.com' })),
      409,
    )
    expect(twice.detail).toContain(`nr ${keyed.number}`)
    await setDates(t, n, -10, -1)
    const late = await moderator.post(
      staffC(n),
      paperBody({ text: 'List z datą ostatniego dnia.', receivedOn: (await current(n)).endDate }),
    )
    expect(late.status).toBe(201)
    expect(await auditCount(t, 'ks.comment.intake')).toBeGreaterThanOrEqual(2)
  })

  it('refuses an organisation without a register number here too', async () => {
    const n = await openConsultation(t, koordynator)
    const refused = await expectProblem(
      await moderator.post(staffC(n), paperBody({ authorKind: 'organization', organizationName: 'Klub Sportowy' })),
      400,
    )
    expect(refused.errors?.map((e) => e.field)).toEqual(['organizationRegister'])
  })

  it('lists every comment with personal data and filters by status, channel and paragraph', async () => {
    const n = await openConsultation(t, koordynator)
    const [first] = await paragraphsOf(t, n)
    const who = resident(t)
    const online = await confirmedComment(t, who, n, { paragraphId: first!.id })
    await json(who.post(pubC(n), commentBody()), 201) // unconfirmed
    await json(moderator.post(staffC(n), paperBody({ channel: 'email' })), 201)
    const all = await json<StaffList>(moderator.get(staffC(n)), 200)
    expect(all.counts).toEqual({ unconfirmed: 1, confirmed: 2, withdrawn: 0 })
    expect(all.items.find((c) => c.number === online.number)).toMatchObject({
      authorName: online.body.authorName,
      email: online.body.email,
      status: 'confirmed',
      channel: 'online',
    })
    expect((await json<StaffList>(moderator.get(`${staffC(n)}?status=unconfirmed`), 200)).items).toHaveLength(1)
    expect((await json<StaffList>(moderator.get(`${staffC(n)}?channel=email`), 200)).items[0]?.channel).toBe('email')
    const onFirst = await json<StaffList>(moderator.get(`${staffC(n)}?paragraph=${first!.id}`), 200)
    expect(onFirst.items.map((c) => c.number)).toEqual([online.number])
    expect((await json<StaffList>(moderator.get(`${staffC(n)}?paragraph=general`), 200)).items).toHaveLength(2)
    await expectProblem(await moderator.get(`${staffC(n)}?status=nieznany`), 400)
  })
})

describe('moderation', () => {
  it('hides a comment from the public with a reason, and shows it again; both audited once', async () => {
    const n = await openConsultation(t, koordynator)
    const { number, body } = await confirmedComment(t, resident(t), n)
    await expectProblem(await moderator.post(`${staffC(n)}/${number}/hide`, { reason: 'x' }), 400)
    const [a, b] = await Promise.all([
      moderator.post(`${staffC(n)}/${number}/hide`, { reason: 'Wulgaryzmy w treści uwagi' }),
      koordynator.post(`${staffC(n)}/${number}/hide`, { reason: 'Wulgaryzmy w treści uwagi' }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    const list = await json<{ count: number; items: unknown[] }>(new Agent(t).get(pubC(n)), 200)
    expect(list.count).toBe(1)
    expect(list.items).toEqual([{ number, hidden: true, hiddenReason: 'Wulgaryzmy w treści uwagi' }])
    expect(JSON.stringify(list)).not.toContain(body.text)
    const row = (await t.db.select().from(comments).where(eq(comments.authorEmail, body.email)))[0]!
    expect(await auditCount(t, 'ks.comment.hide', row.id)).toBe(1)

    const shown = await json<{ hidden: boolean }>(moderator.post(`${staffC(n)}/${number}/unhide`), 200)
    expect(shown.hidden).toBe(false)
    expect(await json(moderator.post(`${staffC(n)}/${number}/unhide`), 200)).toMatchObject({ hidden: false })
    expect(await auditCount(t, 'ks.comment.unhide', row.id)).toBe(1)
    const again = await json<{ items: { hidden: boolean; text?: string }[] }>(new Agent(t).get(pubC(n)), 200)
    expect(again.items[0]).toMatchObject({ hidden: false, text: body.text })
    await expectProblem(await moderator.post(`${staffC(n)}/999/hide`, { reason: 'Brak takiej uwagi' }), 404)
  })
})

describe('answers and groups in the lists', () => {
  it("shows a comment's group number, and its answer publicly only once approved (its own or its group's)", async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const alone = await confirmedComment(t, who, n)
    const grouped = await confirmedComment(t, who, n)
    const rowOf = async (email: string) =>
      (await t.db.select().from(comments).where(eq(comments.authorEmail, email)))[0]!
    const a = await rowOf(alone.body.email)
    const g = await rowOf(grouped.body.email)
    const now = new Date()
    const answer = (extra: Record<string, unknown>) => ({
      id: `answer-${Math.random()}`,
      tenantId: a.tenantId,
      consultationId: a.consultationId,
      justification: 'Uwaga zasadna, projekt zostanie zmieniony.',
      preparedBy: 'x',
      history: [],
      createdAt: now,
      updatedAt: now,
      ...extra,
    })
    await t.db.insert(answers).values(answer({ commentId: a.id, status: 'draft', kind: 'accepted' }) as never)
    await t.db.insert(commentGroups).values({
      id: 'group-1',
      tenantId: g.tenantId,
      consultationId: g.consultationId,
      number: 7,
      representativeId: g.id,
      size: 1,
      identical: 1,
      variants: 0,
      createdAt: now,
    })
    await t.db.update(comments).set({ groupId: 'group-1' }).where(eq(comments.id, g.id))
    await t.db
      .insert(answers)
      .values(answer({ groupId: 'group-1', status: 'approved', kind: 'partly_accepted' }) as never)

    const list = await json<{ items: { number: number; groupNumber: number | null; answer: unknown }[] }>(
      new Agent(t).get(pubC(n)),
      200,
    )
    expect(list.items.find((c) => c.number === alone.number)).toMatchObject({ groupNumber: null, answer: null })
    expect(list.items.find((c) => c.number === grouped.number)).toMatchObject({
      groupNumber: 7,
      answer: { kind: 'partly_accepted', justification: 'Uwaga zasadna, projekt zostanie zmieniony.' },
    })
    const staff = await json<{ items: { number: number; answerStatus: string | null }[] }>(
      moderator.get(staffC(n)),
      200,
    )
    expect(staff.items.map((c) => c.answerStatus)).toEqual(['draft', 'approved'])
    const mine = await json<{ answer: unknown }>(resident(t).post(`${pubC(n)}/mine`, { receipt: grouped.receipt }), 200)
    expect(mine.answer).toMatchObject({ kind: 'partly_accepted' })
  })
})

describe('authorisation', () => {
  it('refuses residents, the weryfikator and staff of another JST on the staff routes, and moderators the survey', async () => {
    const n = await openConsultation(t, koordynator)
    const { number } = await confirmedComment(t, resident(t), n)
    const anonymous = new Agent(t)
    await expectProblem(await anonymous.get(staffC(n)), 401)
    await expectProblem(await anonymous.post(staffC(n), paperBody()), 401)
    await expectProblem(await anonymous.post(`${staffC(n)}/${number}/hide`, { reason: 'Próba ukrycia' }), 401)
    const weryfikator = await loggedIn(t, demo.weryfikator)
    await expectProblem(await weryfikator.get(staffC(n)), 403)
    await expectProblem(await weryfikator.post(`${staffC(n)}/${number}/hide`, { reason: 'Próba ukrycia' }), 403)
    await expectProblem(await moderator.request('PUT', `${STAFF_KS}/${n}/survey`, { questions: [] }), 403)

    const { agent: otherModerator } = await staffOfAnotherJst(t, 'moderator')
    for (const [method, path, body] of [
      ['GET', staffC(n), undefined],
      ['POST', staffC(n), paperBody()],
      ['POST', `${staffC(n)}/${number}/hide`, { reason: 'Próba ukrycia' }],
      ['POST', `${staffC(n)}/${number}/unhide`, {}],
    ] as const) {
      const res = await otherModerator.request(method, path, body)
      expect([403, 404], `${method} ${path}`).toContain(res.status)
    }
    const list = await json<{ items: { hidden: boolean }[]; count: number }>(new Agent(t).get(pubC(n)), 200)
    expect(list).toMatchObject({ count: 1, items: [{ hidden: false }] })
  })
})

describe('races', () => {
  it('two confirmations at once: one change, one audit row, the same answer', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const body = commentBody()
    await json(who.post(pubC(n), body), 201)
    const { token } = await confirmationOf(t, body.email)
    const answers = await Promise.all([
      who.post(`${pubC(n)}/confirm`, { token }),
      who.post(`${pubC(n)}/confirm`, { token }),
    ])
    expect(await Promise.all(answers.map((r) => json(r, 200)))).toEqual([
      { number: 1, status: 'confirmed' },
      { number: 1, status: 'confirmed' },
    ])
    const row = (await t.db.select().from(comments).where(eq(comments.authorEmail, body.email)))[0]!
    expect(await auditCount(t, 'ks.comment.confirm', row.id)).toBe(1)
  })

  it('two corrections from the same revision at once: one is kept, the other is a 409', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const { receipt, body } = await confirmedComment(t, who, n)
    const results = await Promise.all([
      who.patch(`${pubC(n)}/mine`, { receipt, revision: 1, text: 'Pierwsza poprawka.' }),
      who.patch(`${pubC(n)}/mine`, { receipt, revision: 1, text: 'Druga poprawka.' }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const row = (await t.db.select().from(comments).where(eq(comments.authorEmail, body.email)))[0]!
    expect(row.revision).toBe(2)
    expect(['Pierwsza poprawka.', 'Druga poprawka.']).toContain(row.text)
    expect(await auditCount(t, 'ks.comment.correct', row.id)).toBe(1)
  })

  it('two withdrawals at once: both answer the withdrawn comment, one audit row', async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const { receipt, body } = await confirmedComment(t, who, n)
    const results = await Promise.all([
      who.post(`${pubC(n)}/mine/withdraw`, { receipt }),
      who.post(`${pubC(n)}/mine/withdraw`, { receipt }),
    ])
    for (const r of results) expect((await json<{ status: string }>(r, 200)).status).toBe('withdrawn')
    const row = (await t.db.select().from(comments).where(eq(comments.authorEmail, body.email)))[0]!
    expect(await auditCount(t, 'ks.comment.withdraw', row.id)).toBe(1)
  })

  it('two staff intakes with the same Idempotency-Key: one comment, the same number and receipt', async () => {
    const n = await openConsultation(t, koordynator)
    const headers = { 'Idempotency-Key': 'e0b7c2a4-0d5e-4a55-9f0b-3a9c7a1f2d11' }
    const body = paperBody({ text: 'Uwaga z listu poleconego.' })
    const results = await Promise.all([
      moderator.request('POST', staffC(n), body, headers),
      moderator.request('POST', staffC(n), body, headers),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 201])
    const [a, b] = await Promise.all(results.map((r) => r.json() as Promise<{ number: number; receipt: string }>))
    expect(a).toEqual(b)
    const again = await json<{ number: number; receipt: string }>(
      moderator.request('POST', staffC(n), body, headers),
      200,
    )
    expect(again).toEqual(a)
    const stored = await t.db.select().from(comments).where(eq(comments.text, 'Uwaga z listu poleconego.'))
    expect(stored).toHaveLength(1)
    const other = await expectProblem(
      await moderator.request('POST', staffC(n), paperBody({ text: 'Zupełnie inna uwaga.' }), headers),
      409,
    )
    expect(other.detail).toMatch(/Idempotency-Key/)
    // a second, different comment keyed in at once gets its own number
    const pair = await Promise.all([
      moderator.post(staffC(n), paperBody({ text: 'Uwaga A z tej samej chwili.' })),
      moderator.post(staffC(n), paperBody({ text: 'Uwaga B z tej samej chwili.' })),
    ])
    const numbers = await Promise.all(pair.map((r) => json<{ number: number }>(r, 201)))
    expect(new Set(numbers.map((x) => x.number)).size).toBe(2)
  })
})

describe('erasure of personal data', () => {
  it("clears the author's name, address and e-mail once eraseAfter has come, and of unconfirmed comments a week after the end", async () => {
    const n = await openConsultation(t, koordynator)
    const who = resident(t)
    const kept = await confirmedComment(t, who, n)
    const due = await confirmedComment(t, who, n, {
      authorKind: 'organization',
      organizationName: 'Fundacja Zielona',
      organizationRegister: 'KRS 0000999999',
    })
    const unconfirmed = commentBody()
    await json(who.post(pubC(n), unconfirmed), 201)
    const now = new Date()
    await t.db
      .update(comments)
      .set({ eraseAfter: new Date(now.getTime() - 1000) })
      .where(eq(comments.authorEmail, due.body.email))
    expect(await eraseCommentPersonalData(t.db, now)).toBe(1)
    const rowOf = async (text: string, name: string) =>
      (await t.db.select().from(comments).where(eq(comments.text, text))).find(
        (c) => c.authorName === name || c.authorName === null,
      )
    const erased = (await t.db.select().from(comments).where(eq(comments.organizationName, 'Fundacja Zielona')))[0]!
    expect(erased).toMatchObject({ authorName: null, authorAddress: null, authorEmail: null, text: due.body.text })
    expect(erased.erasedAt).not.toBeNull()
    expect((await rowOf(kept.body.text, kept.body.authorName))?.authorName).not.toBeNull()
    const list = await json<{ items: { number: number; author: string }[] }>(new Agent(t).get(pubC(n)), 200)
    expect(list.items.find((c) => c.number === due.number)?.author).toBe('Fundacja Zielona')

    // the unconfirmed one: kept for a week after the end, then erased
    await setDates(t, n, -20, -3)
    expect(await eraseCommentPersonalData(t.db, new Date())).toBe(0)
    await setDates(t, n, -20, -8)
    expect(await eraseCommentPersonalData(t.db, new Date())).toBe(1)
    const gone = (await t.db.select().from(comments).where(eq(comments.status, 'unconfirmed'))).filter(
      (c) => c.consultationId === erased.consultationId,
    )
    expect(gone).toEqual([expect.objectContaining({ authorName: null, authorEmail: null })])
    expect(await eraseCommentPersonalData(t.db, new Date())).toBe(0)
  })
})

async function current(n: number) {
  return json<{ endDate: string }>(koordynator.get(`${STAFF_KS}/${n}`), 200)
}
