import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffMeeting } from '../../../worker/consultations/views/meetings'
import { demo, expectProblem, loggedIn, type Agent, type TestApp, testApp } from '../../support/api'
import { json } from '../budget/helpers'
import { inDays, STAFF_KS } from './helpers'
import { meetingBody, openConsultation } from './meetings-helpers'

/*
 * Remarks made at a meeting, keyed in as comments: the staff comments page lists the consultation's meetings (for the
 * moderator too, who keys comments in) with their ids, and a comment keyed in with `channel: 'meeting'` names one.
 */

let t: TestApp
let koordynator: Agent
let moderator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
  moderator = await loggedIn(t, demo.moderator)
})
afterAll(() => t.close())

const remark = (extra: Record<string, unknown>) => ({
  channel: 'meeting',
  receivedOn: inDays(0),
  text: 'Na spotkaniu zgłoszono: więcej ławek przy nowych nasadzeniach.',
  authorKind: 'resident',
  authorName: 'Jan Kowalski',
  authorAddress: 'ul. Polna 3, Przykładowo',
  ...extra,
})

describe('remarks made at a meeting', () => {
  it('lets a moderator read the meetings and key in a remark naming one, shown in the staff list', async () => {
    const c = await openConsultation(t, koordynator)
    const made = await json<StaffMeeting>(koordynator.post(`${STAFF_KS}/${c.number}/meetings`, meetingBody()), 201)
    const list = await moderator.get(`${STAFF_KS}/${c.number}/meetings`)
    expect(list.headers.get('Cache-Control')).toBe('no-store')
    const { items } = await json<{ items: StaffMeeting[] }>(Promise.resolve(list), 200)
    expect(items.map((m) => [m.number, m.id, m.title])).toEqual([[made.number, made.id, 'Spotkanie w sprawie zieleni']])

    const saved = await json<{ number: number }>(
      moderator.post(`${STAFF_KS}/${c.number}/comments`, remark({ meetingId: made.id })),
      201,
    )
    const staff = await json<{ items: { number: number; channel: string; meetingId: string | null }[] }>(
      moderator.get(`${STAFF_KS}/${c.number}/comments?channel=meeting`),
      200,
    )
    expect(staff.items).toEqual([
      expect.objectContaining({ number: saved.number, channel: 'meeting', meetingId: made.id }),
    ])
  })

  it('refuses a meeting of another consultation, or named with another channel, as field errors', async () => {
    const c = await openConsultation(t, koordynator)
    const other = await openConsultation(t, koordynator)
    const theirs = await json<StaffMeeting>(
      koordynator.post(`${STAFF_KS}/${other.number}/meetings`, meetingBody()),
      201,
    )
    const foreign = await expectProblem(
      await moderator.post(`${STAFF_KS}/${c.number}/comments`, remark({ meetingId: theirs.id })),
      400,
    )
    expect(foreign.errors?.[0]?.field).toBe('meetingId')
    const paper = await expectProblem(
      await moderator.post(
        `${STAFF_KS}/${other.number}/comments`,
        remark({ channel: 'paper', meetingId: theirs.id, text: 'List w sprawie ławek przy nasadzeniach.' }),
      ),
      400,
    )
    expect(paper.errors?.[0]?.field).toBe('meetingId')
  })

  it('still keeps planning meetings and their sign-ups to organisers', async () => {
    const c = await openConsultation(t, koordynator)
    await expectProblem(await moderator.post(`${STAFF_KS}/${c.number}/meetings`, meetingBody()), 403)
    await json(koordynator.post(`${STAFF_KS}/${c.number}/meetings`, meetingBody()), 201)
    await expectProblem(await moderator.get(`${STAFF_KS}/${c.number}/meetings/1/signups`), 403)
    await expectProblem(await (await loggedIn(t, demo.weryfikator)).get(`${STAFF_KS}/${c.number}/meetings`), 403)
  })
})
