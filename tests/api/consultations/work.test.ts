import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { users } from '../../../worker/core/auth/schema'
import { answers, consultations, reports } from '../../../worker/consultations/tables'
import type { ConsultationWork } from '../../../worker/consultations/queries/work'
import { Agent, demo, expectProblem, loggedIn, staffOfAnotherJst, type TestApp, testApp } from '../../support/api'
import { json } from '../budget/helpers'
import { inDays, STAFF_KS } from './helpers'
import { addAnswer, addComment, addGroup, publishedConsultation, setDates, type Made } from './report-helpers'

/*
 * The consultations' part of the panel's start page (`GET …/staff/konsultacje/work`): what is open now, the answers
 * waiting to be written or approved, and the reports due, for organisers; only what is open for moderators.
 */

const WORK = `${STAFF_KS}/work`
type Work = ConsultationWork & { role: string; organiser: boolean }

let t: TestApp
let koordynator: Agent
let open: Made
let ended: Made
let reported: Made
let upcoming: Made

beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
  const [me] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, demo.koordynator))
  open = await publishedConsultation(koordynator, t.db, { title: 'Otwarte: zieleń przyuliczna' })
  await setDates(t.db, open, -3, 5)
  // 1: no answer; 2–3: a group with a proposed answer (by someone else); 4: a draft answer; 5: approved;
  // 6: proposed by the koordynator; 7 and 8 never count (unconfirmed, withdrawn).
  const ids = []
  for (let n = 1; n <= 6; n++) ids.push(await addComment(t.db, open, n))
  await addComment(t.db, open, 7, { status: 'unconfirmed', confirmedAt: null })
  await addComment(t.db, open, 8, { status: 'withdrawn' })
  const group = await addGroup(t.db, open, 1, [ids[1]!, ids[2]!])
  await addAnswer(t.db, open, { groupId: group }, 'accepted', 'Uwzględniono.', 'proposed')
  await addAnswer(t.db, open, { commentId: ids[3]! }, 'accepted', '', 'draft')
  await addAnswer(t.db, open, { commentId: ids[4]! }, 'rejected', 'Nie dotyczy projektu.')
  await addAnswer(t.db, open, { commentId: ids[5]! }, 'accepted', 'Uwzględniono.', 'proposed')
  await t.db.update(answers).set({ preparedBy: me!.id }).where(eq(answers.commentId, ids[5]!))
  await t.db.update(consultations).set({ answerReview: 'two_person' }).where(eq(consultations.id, open.id))

  ended = await publishedConsultation(koordynator, t.db, { title: 'Zakończone: bez raportu' })
  await setDates(t.db, ended, -20, -2, 28)
  reported = await publishedConsultation(koordynator, t.db, { title: 'Zakończone: z raportem' })
  await setDates(t.db, reported, -40, -30, 0)
  await t.db.insert(reports).values({
    consultationId: reported.id,
    tenantId: reported.tenantId,
    content: {},
    publishedBy: 'test',
    publishedAt: new Date(),
  })
  await t.db.update(consultations).set({ status: 'reported' }).where(eq(consultations.id, reported.id))
  upcoming = await publishedConsultation(koordynator, t.db, { title: 'Zapowiedziane' })
  await setDates(t.db, upcoming, 3, 20)
})
afterAll(() => t.close())

describe('the consultations’ work on the panel’s start page', () => {
  it('shows an organiser what is open, the answers waiting and the reports due with their last day', async () => {
    const res = await koordynator.get(WORK)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const work = await json<Work>(Promise.resolve(res), 200)
    expect(work.organiser).toBe(true)
    const numbers = (items: { number: number }[]) => items.map((i) => i.number)
    expect(numbers(work.open)).toContain(open.number)
    expect(numbers(work.open)).not.toContain(upcoming.number)
    expect(numbers(work.open)).not.toContain(ended.number)
    expect(work.open.find((i) => i.number === open.number)).toEqual({
      number: open.number,
      title: 'Otwarte: zieleń przyuliczna',
      endDate: inDays(5),
      comments: 6,
    })
    // Comment 1 and the draft answer of 4 wait to be written; the group's proposal waits for the koordynator's
    // approval, their own proposal (two-person review) does not.
    expect(work.answers.find((i) => i.number === open.number)).toEqual({
      number: open.number,
      title: 'Otwarte: zieleń przyuliczna',
      toAnswer: 2,
      toApprove: 1,
    })
    expect(numbers(work.answers)).not.toContain(reported.number)
    expect(work.reports.find((i) => i.number === ended.number)).toEqual({
      number: ended.number,
      title: 'Zakończone: bez raportu',
      endDate: inDays(-2),
      reportDueDate: inDays(28),
    })
    expect(numbers(work.reports)).not.toContain(reported.number)
    expect(numbers(work.reports)).not.toContain(open.number)
  })

  it('lets another organiser approve what the koordynator proposed', async () => {
    const admin = await loggedIn(t, demo.admin)
    const work = await json<Work>(admin.get(WORK), 200)
    expect(work.answers.find((i) => i.number === open.number)).toMatchObject({ toAnswer: 2, toApprove: 2 })
  })

  it('shows a moderator only what is open (answers and reports are the organisers’)', async () => {
    const moderator = await loggedIn(t, demo.moderator)
    const work = await json<Work>(moderator.get(WORK), 200)
    expect(work).toMatchObject({ role: 'moderator', organiser: false, answers: [], reports: [] })
    expect(work.open.map((i) => i.number)).toContain(open.number)
  })

  it('refuses the anonymous (401), the weryfikator (403) and another JST’s admin', async () => {
    await expectProblem(await new Agent(t).get(WORK), 401)
    await expectProblem(await (await loggedIn(t, demo.weryfikator)).get(WORK), 403)
    const { agent: other } = await staffOfAnotherJst(t, 'admin')
    expect([403, 404]).toContain((await other.get(WORK)).status)
    const theirs = await json<Work>(other.get('/api/v1/jst/gmina-inna/staff/konsultacje/work'), 200)
    expect(theirs).toMatchObject({ open: [], answers: [], reports: [] })
  })
})
