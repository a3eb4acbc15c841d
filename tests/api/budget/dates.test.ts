import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endOfWarsawDay, warsawDate } from '../../../worker/core/time/polish-calendar'
import { projects } from '../../../worker/budget/tables'
import { asAuthor, draftBody, editionBody, json, pubOf, STAFF_BO } from './helpers'
import { Agent, demo, expectProblem, lastMail, loggedIn, type TestApp, testApp } from '../../support/api'
import { polishDay } from '../../support/polish-dates'

/**
 * Deadlines in the server's words (e-mails and problem texts) as their last day that counts, in Warsaw time:
 * "do 8 stycznia 2027 włącznie", never the midnight after it ("9.01.2027, 00:00:00").
 */
let t: TestApp
const year = 2027
const pub = pubOf(year)

beforeAll(async () => {
  t = await testApp()
})
afterAll(() => t.close())

/** The last Warsaw day before an exclusive end at midnight, in Polish: "8 stycznia 2027". */
const lastDay = (end: Date) => polishDay(warsawDate(new Date(end.getTime() - 1)).date)

describe('deadlines in e-mails and problems', () => {
  it('names the last day of the appeal and answer deadlines, "włącznie"', async () => {
    const coordinator = await loggedIn(t, demo.koordynator)
    const edition = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)
    const r = new Agent(t)
    const created = await json(
      r.post(`${pub}/projects`, { ...draftBody(edition.pools[1].id), authorEmail: 'terminy@example.pl' }),
      201,
    )
    const id = created.project.id as string
    await json(
      r.post(`${pub}/projects/${id}/supports`, {
        name: 'Ola Zielińska',
        address: 'ul. Lipowa 3',
        residenceDeclared: true,
      }),
      201,
    )
    await json(asAuthor(r, created.token).post(`${pub}/projects/${id}/submit`), 200)
    const list = await json(coordinator.get(`${STAFF_BO}/${year}/projects`), 200)
    const verifierId = list.verifiers.find((v: { role: string }) => v.role === 'weryfikator').id
    await json(coordinator.post(`${STAFF_BO}/${year}/projects/${id}/assign`, { verifierId }), 200)
    const verifier = await loggedIn(t, demo.weryfikator)

    const asked = await json(
      verifier.post(`${STAFF_BO}/${year}/projects/${id}/questions`, { text: 'Proszę doprecyzować lokalizację ławek.' }),
      201,
    )
    const question = await lastMail(coordinator, 'terminy@example.pl')
    expect(question.text).toContain(`Odpowiedz do ${lastDay(new Date(asked.deadline))} włącznie na stronie projektu`)

    const rejected = await json(
      verifier.post(`${STAFF_BO}/${year}/projects/${id}/assessments`, {
        stage: 'formal',
        criteria: [
          { key: 'formal', passed: true },
          { key: 'ownership', passed: false, justification: 'Działka nie należy do gminy.' },
        ],
        justification: 'Brak tytułu prawnego do terenu.',
      }),
      201,
    )
    const deadline = new Date(rejected.project.appealDeadline)
    const decision = await lastMail(coordinator, 'terminy@example.pl')
    expect(decision.text).toContain(`Możesz się odwołać do ${lastDay(deadline)} włącznie — na stronie projektu`)

    // A deadline that passed at midnight three days ago.
    const passed = endOfWarsawDay(warsawDate(new Date(Date.now() - 4 * 86_400_000)).date)
    await t.db.update(projects).set({ appealDeadline: passed }).where(eq(projects.id, id))
    const late = await expectProblem(
      await asAuthor(new Agent(t), created.token).post(`${pub}/projects/${id}/appeals`, {
        text: 'Gmina jest właścicielem działki od 2019 roku, w załączeniu wypis.',
      }),
      409,
    )
    expect(late.detail).toBe(`Termin na odwołanie minął (można było się odwołać do ${lastDay(passed)} włącznie).`)
  })
})
