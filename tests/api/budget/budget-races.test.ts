import { and, eq, like } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { outbox } from '../../../worker/core/mail/schema'
import { assessments, calendarChanges, editions, projectEvents, projects } from '../../../worker/budget/tables'
import { DAY } from '../../support/editions'
import { asAuthor, draftBody, editionBody, json, pubOf, STAFF_BO } from './helpers'
import { Agent, demo, expectProblem, loggedIn, testApp, type TestApp } from '../../support/api'

/**
 * Requests that race: each pair (or more) is fired at once with Promise.all, several times. Exactly one of the
 * competing writes wins, with exactly one history event and audit entry; the others get a Polish 409 and leave
 * nothing behind (worker/core/db/guard.ts). Stale saves of an edition's settings or calendar — made from a version that
 * someone else has changed since — are refused the same way.
 */
let t: TestApp
let coordinator: Agent
let coordinator2: Agent

beforeAll(async () => {
  t = await testApp()
  coordinator = await loggedIn(t, demo.koordynator)
  // A second organiser (the JST's admin) in their own session, as in a second office.
  coordinator2 = await loggedIn(t, demo.admin)
})
afterAll(() => t.close())

const ROUNDS = 5
let authors = 0

/** A submitted project in the area pool (one supporter needed), with its author key. */
async function submitted(year: number, poolId: string) {
  const r = new Agent(t)
  const pub = pubOf(year)
  const created = await json(
    r.post(`${pub}/projects`, { ...draftBody(poolId), authorEmail: `wyscig.${++authors}@example.pl` }),
    201,
  )
  await json(
    r.post(`${pub}/projects/${created.project.id}/supports`, {
      name: 'Ola Zielińska',
      address: 'ul. Lipowa 3',
      residenceDeclared: true,
    }),
    201,
  )
  await json(asAuthor(r, created.token).post(`${pub}/projects/${created.project.id}/submit`), 200)
  return { id: created.project.id as string, author: asAuthor(r, created.token) }
}

/** The coordinator asks the author a question and returns its id. */
async function ask(
  year: number,
  project: { id: string; author: ReturnType<typeof asAuthor> },
  text: string,
): Promise<string> {
  await json(coordinator.post(`${STAFF_BO}/${year}/projects/${project.id}/questions`, { text }), 201)
  const view = await json(project.author.get(`${pubOf(year)}/projects/${project.id}/author`), 200)
  return view.project.questions.find((q: { text: string }) => q.text === text).id
}

const events = (projectId: string, kind: string) =>
  t.db
    .select()
    .from(projectEvents)
    .where(and(eq(projectEvents.projectId, projectId), eq(projectEvents.kind, kind)))
const audits = (entityId: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)))
const edition = async (year: number) => (await t.db.select().from(editions).where(eq(editions.year, year)))[0]!

/** Statuses of settled requests, sorted, and the problem bodies of the losers. */
async function outcome(responses: Response[]) {
  const statuses = responses.map((r) => r.status).sort()
  const problems = await Promise.all(responses.filter((r) => r.status === 409).map((r) => expectProblem(r, 409)))
  return { statuses, problems }
}

/** Runs `request` with `between` done exactly between its checks and its write (at the request's first batch). */
async function withWriteDelayedBy(between: () => Promise<void>, request: () => Promise<Response>): Promise<Response> {
  const batch = t.db.batch.bind(t.db)
  let pending: (() => Promise<void>) | null = between
  t.db.batch = (async (statements: Parameters<typeof batch>[0]) => {
    const run = pending
    pending = null
    if (run) await run()
    return batch(statements)
  }) as unknown as typeof t.db.batch
  try {
    return await request()
  } finally {
    t.db.batch = batch
  }
}

describe("two answers to one verifier's question sent at once", () => {
  const year = 2051
  let project: Awaited<ReturnType<typeof submitted>>

  beforeAll(async () => {
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)
    project = await submitted(year, created.pools.find((p: { code: string }) => p.code === 'PN').id)
  })

  it('keeps exactly one answer with one event, one audit entry and one e-mail; the other gets 409', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const qid = await ask(year, project, `Pytanie numer ${round}: czy teren należy do gminy?`)
      const mailsBefore = (
        await t.db
          .select()
          .from(outbox)
          .where(and(eq(outbox.to, demo.koordynator), like(outbox.subject, '%odpowiedź autora%')))
      ).length
      const answers = ['Tak, teren należy do gminy.', 'Tak — działka gminna nr 12/3.', 'Tak, potwierdzone w urzędzie.']
      const responses = await Promise.all(
        answers.map((answer) =>
          project.author.post(`${pubOf(year)}/projects/${project.id}/questions/${qid}/answer`, { answer }),
        ),
      )
      const { statuses, problems } = await outcome(responses)
      expect(statuses).toEqual([200, 409, 409])
      for (const p of problems) expect(p.detail).toBe('Na to pytanie już odpowiedziano.')

      const view = await json(project.author.get(`${pubOf(year)}/projects/${project.id}/author`), 200)
      const stored = view.project.questions.find((q: { id: string }) => q.id === qid)
      expect(answers).toContain(stored.answer)
      expect(await events(project.id, 'answered')).toHaveLength(round + 1)
      const entries = (await audits(project.id, 'bo.question.answer')).filter(
        (a) => (a.after as { questionId: string }).questionId === qid,
      )
      expect(entries).toHaveLength(1)
      expect((entries[0]!.after as { answer: string }).answer).toBe(stored.answer)
      const mails = await t.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.to, demo.koordynator), like(outbox.subject, '%odpowiedź autora%')))
      expect(mails).toHaveLength(mailsBefore + 1)
    }
  })
})

describe("the author's correction racing the verifier's decision", () => {
  const year = 2052
  let poolId: string

  beforeAll(async () => {
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)
    poolId = created.pools.find((p: { code: string }) => p.code === 'PN').id
  })

  const rejection = {
    stage: 'formal',
    criteria: [{ key: 'formal', passed: false, justification: 'Brak zgody zarządcy terenu.' }],
    justification: 'Wniosek niekompletny: brak zgody zarządcy terenu.',
  }
  const CORRECTION_TOO_LATE =
    'Poprawek nie zapisano: w międzyczasie zmienił się stan projektu (weryfikator wydał ocenę albo pytanie zostało zamknięte), więc nie można go już zmieniać. Odśwież stronę projektu, aby zobaczyć jego aktualny stan.'
  const seen = new Set<number>()

  it('never changes the content after a decision: a late correction is refused whole (409), an earlier one precedes the decision', async () => {
    for (let round = 0; round < ROUNDS * 2; round++) {
      const project = await submitted(year, poolId)
      await ask(year, project, 'Proszę doprecyzować lokalizację ławek.')
      const title = `Zielony skwer — poprawiony ${round}`
      const correct = () => project.author.patch(`${pubOf(year)}/projects/${project.id}`, { title })
      const decide = () => coordinator.post(`${STAFF_BO}/${year}/projects/${project.id}/assessments`, rejection)
      // Either request may be sent first; each order is raced a few times.
      const [correction, decision] =
        round % 2 ? await Promise.all([correct(), decide()]) : (await Promise.all([decide(), correct()])).reverse()
      seen.add(correction!.status)
      expect(decision.status).toBe(201)
      const [stored] = await t.db.select().from(projects).where(eq(projects.id, project.id))
      expect(stored!.status).toBe('formal_rejected')
      const history = await t.db
        .select()
        .from(projectEvents)
        .where(eq(projectEvents.projectId, project.id))
        .orderBy(projectEvents.id)
      const kinds = history.map((h) => h.kind)
      if (correction.status === 200) {
        // The correction came first, while the project was still open to it; the decision was made after it.
        expect(stored!.title).toBe(title)
        expect(kinds.filter((k) => k === 'corrected')).toHaveLength(1)
        expect(kinds.indexOf('corrected')).toBeLessThan(kinds.indexOf('assessment-formal'))
        expect(await audits(project.id, 'bo.project.correct')).toHaveLength(1)
      } else {
        const problem = await expectProblem(correction, 409)
        expect(problem.detail).toBe(CORRECTION_TOO_LATE)
        expect(stored!.title).toBe('Zielony skwer przy szkole')
        expect(kinds).not.toContain('corrected')
        expect(await audits(project.id, 'bo.project.correct')).toHaveLength(0)
      }
    }
  })

  it('refuses a correction whose checks passed before the decision but whose write comes after it, leaving no event or audit entry', async () => {
    const project = await submitted(year, poolId)
    await ask(year, project, 'Proszę doprecyzować lokalizację ławek.')
    // The decision is made exactly between the correction's checks and its write.
    const decide = async () =>
      void (await json(coordinator.post(`${STAFF_BO}/${year}/projects/${project.id}/assessments`, rejection), 201))
    const problem = await expectProblem(
      await withWriteDelayedBy(decide, () =>
        project.author.patch(`${pubOf(year)}/projects/${project.id}`, { title: 'Poprawiony tytuł po decyzji' }),
      ),
      409,
    )
    expect(problem.detail).toBe(CORRECTION_TOO_LATE)
    const [stored] = await t.db.select().from(projects).where(eq(projects.id, project.id))
    expect(stored).toMatchObject({ status: 'formal_rejected', title: 'Zielony skwer przy szkole' })
    expect(await events(project.id, 'corrected')).toHaveLength(0)
    expect(await audits(project.id, 'bo.project.correct')).toHaveLength(0)
  })

  it('refuses a correction once the decision is in, even though the question is still open', async () => {
    const project = await submitted(year, poolId)
    await ask(year, project, 'Proszę doprecyzować kosztorys.')
    await json(
      coordinator.post(`${STAFF_BO}/${year}/projects/${project.id}/assessments`, {
        stage: 'formal',
        criteria: [{ key: 'formal', passed: false, justification: 'Brak kosztorysu projektu.' }],
        justification: 'Wniosek niekompletny: brak kosztorysu.',
      }),
      201,
    )
    await expectProblem(
      await project.author.patch(`${pubOf(year)}/projects/${project.id}`, { title: 'Za późno poprawiony tytuł' }),
      409,
    )
    expect((await t.db.select().from(projects).where(eq(projects.id, project.id)))[0]!.title).toBe(
      'Zielony skwer przy szkole',
    )
    expect(await events(project.id, 'corrected')).toHaveLength(0)
  })

  it('keeps one of two decisions sent at once: one assessment, one event, one audit entry', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const project = await submitted(year, poolId)
      const body = (passed: boolean) => ({
        stage: 'formal',
        criteria: [{ key: 'formal', passed, ...(passed ? {} : { justification: 'Brak wymaganych załączników.' }) }],
        justification: passed ? 'Wniosek kompletny i złożony w terminie.' : 'Wniosek niekompletny: brak załączników.',
      })
      const { statuses, problems } = await outcome(
        await Promise.all([
          coordinator.post(`${STAFF_BO}/${year}/projects/${project.id}/assessments`, body(true)),
          coordinator2.post(`${STAFF_BO}/${year}/projects/${project.id}/assessments`, body(false)),
        ]),
      )
      expect(statuses).toEqual([201, 409])
      expect(problems[0]!.detail).toMatch(
        /^(Oceny nie zapisano: w międzyczasie zmienił się stan projektu|Ocenę formalną wystawia się projektom zgłoszonym)/,
      )
      expect(await t.db.select().from(assessments).where(eq(assessments.projectId, project.id))).toHaveLength(1)
      expect(await events(project.id, 'assessment-formal')).toHaveLength(1)
      expect(await audits(project.id, 'bo.assessment.formal')).toHaveLength(1)
    }
  })
})

describe("a withdrawal or a verifier's question racing a decision", () => {
  const year = 2056
  let poolId: string
  const rejection = {
    stage: 'formal',
    criteria: [{ key: 'formal', passed: false, justification: 'Brak zgody zarządcy terenu.' }],
    justification: 'Wniosek niekompletny: brak zgody zarządcy terenu.',
  }

  beforeAll(async () => {
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)
    poolId = created.pools.find((p: { code: string }) => p.code === 'PN').id
  })

  it("refuses a withdrawal whose write comes after a decision: the project keeps the decision, no 'withdrawn' event", async () => {
    const project = await submitted(year, poolId)
    const decide = async () =>
      void (await json(coordinator.post(`${STAFF_BO}/${year}/projects/${project.id}/assessments`, rejection), 201))
    const problem = await expectProblem(
      await withWriteDelayedBy(decide, () => project.author.post(`${pubOf(year)}/projects/${project.id}/withdraw`)),
      409,
    )
    expect(problem.detail).toMatch(/^Projektu nie wycofano: w międzyczasie zmienił się jego stan/)
    expect((await t.db.select().from(projects).where(eq(projects.id, project.id)))[0]!.status).toBe('formal_rejected')
    expect(await events(project.id, 'withdrawn')).toHaveLength(0)
  })

  it('refuses a question whose write comes after a decision: no question, event, audit entry or e-mail', async () => {
    const project = await submitted(year, poolId)
    const author = (await t.db.select().from(projects).where(eq(projects.id, project.id)))[0]!.authorEmail
    const mailsBefore = (await t.db.select().from(outbox).where(eq(outbox.to, author))).length
    const decide = async () =>
      void (await json(coordinator2.post(`${STAFF_BO}/${year}/projects/${project.id}/assessments`, rejection), 201))
    const problem = await expectProblem(
      await withWriteDelayedBy(decide, () =>
        coordinator.post(`${STAFF_BO}/${year}/projects/${project.id}/questions`, {
          text: 'Proszę doprecyzować kosztorys.',
        }),
      ),
      409,
    )
    expect(problem.detail).toMatch(/^Pytania nie wysłano: w międzyczasie zmienił się stan projektu/)
    expect(await events(project.id, 'question')).toHaveLength(0)
    expect(await audits(project.id, 'bo.question')).toHaveLength(0)
    const view = await json(project.author.get(`${pubOf(year)}/projects/${project.id}/author`), 200)
    expect(view.project.questions).toHaveLength(0)
    // Only the decision's e-mail went to the author.
    expect((await t.db.select().from(outbox).where(eq(outbox.to, author))).length).toBe(mailsBefore + 1)
  })
})

describe('two organisers saving the settings of an edition at once', () => {
  const year = 2053
  const body = editionBody(year, {}, 5)

  beforeAll(async () => {
    await json(coordinator.post(`${STAFF_BO}/editions`, body), 201)
  })

  it('keeps exactly one save; the other gets 409 saying someone else changed the edition', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const loaded = await json(coordinator.get(`${STAFF_BO}/editions/${year}`), 200)
      expect(loaded.version).toBe(round + 1)
      const auditsBefore = (await audits((await edition(year)).id, 'bo.edition.update')).length
      const titles = [`Budżet ${year} — wersja A${round}`, `Budżet ${year} — wersja B${round}`]
      const responses = await Promise.all([
        coordinator.request('PUT', `${STAFF_BO}/editions/${year}`, {
          ...body,
          title: titles[0],
          version: loaded.version,
        }),
        coordinator2.request('PUT', `${STAFF_BO}/editions/${year}`, {
          ...body,
          title: titles[1],
          version: loaded.version,
        }),
      ])
      const { statuses, problems } = await outcome(responses)
      expect(statuses).toEqual([200, 409])
      expect(problems[0]!.detail).toMatch(
        /^Ktoś inny zmienił tę edycję w międzyczasie, więc Twoich zmian nie zapisano\. Wczytaj edycję ponownie/,
      )
      expect((problems[0] as { type?: string }).type).toBe('https://wspolnota.example/problems/edition-changed')
      const stored = await edition(year)
      expect(stored.version).toBe(round + 2)
      expect(titles).toContain(stored.title)
      expect(await audits(stored.id, 'bo.edition.update')).toHaveLength(auditsBefore + 1)
      // Pools and phases were replaced once, not twice (nor deleted by the loser).
      const pub = await json(new Agent(t).get(pubOf(year)), 200)
      expect(pub.pools.map((p: { code: string }) => p.code)).toEqual(body.pools.map((p) => p.code))
      expect(pub.phases).toHaveLength(body.phases.length)
    }
  })

  it('refuses a save from a version loaded before someone else saved, changing nothing', async () => {
    const stale = await json(coordinator.get(`${STAFF_BO}/editions/${year}`), 200)
    await json(
      coordinator2.request('PUT', `${STAFF_BO}/editions/${year}`, {
        ...body,
        title: 'Zapisane przez drugą osobę',
        version: stale.version,
      }),
      200,
    )
    const before = await edition(year)
    const problem = await expectProblem(
      await coordinator.request('PUT', `${STAFF_BO}/editions/${year}`, {
        ...body,
        title: 'Zapis ze starej wersji',
        version: stale.version,
      }),
      409,
    )
    expect(problem.detail).toMatch(/Ktoś inny zmienił tę edycję w międzyczasie/)
    expect(await edition(year)).toEqual(before)
    // Without a version, the save is refused as a field error.
    const missing = await expectProblem(await coordinator.request('PUT', `${STAFF_BO}/editions/${year}`, body), 400)
    expect(missing.errors).toEqual([{ field: 'version', detail: 'To pole jest wymagane.' }])
  })

  it('shows the version only to organisers', async () => {
    await expectProblem(await (await loggedIn(t, demo.weryfikator)).get(`${STAFF_BO}/editions/${year}`), 403)
    expect((await json(new Agent(t).get(pubOf(year)), 200)).version).toBeUndefined()
  })
})

describe('two organisers changing the dates of a running edition at once', () => {
  const year = 2054
  type Phase = { phase: string; startsAt: string; endsAt: string }
  const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString()
  /** The later phases moved by `days` (voting and results only, so every round is a valid change). */
  const moved = (phases: Phase[], days: number) =>
    phases.map((p) =>
      p.phase === 'results'
        ? { ...p, startsAt: shift(p.startsAt, days), endsAt: shift(p.endsAt, days) }
        : p.phase === 'voting'
          ? { ...p, endsAt: shift(p.endsAt, days) }
          : p,
    )

  beforeAll(async () => {
    await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)
  })

  it('keeps exactly one change with one public notice and one audit entry; the other gets 409', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const loaded = await json(coordinator.get(`${STAFF_BO}/editions/${year}`), 200)
      const id = (await edition(year)).id
      const noticesBefore = (await t.db.select().from(calendarChanges).where(eq(calendarChanges.editionId, id))).length
      const auditsBefore = (await audits(id, 'bo.edition.calendar')).length
      const responses = await Promise.all([
        coordinator.request('PATCH', `${STAFF_BO}/editions/${year}/calendar`, {
          version: loaded.version,
          phases: moved(loaded.phases, 1),
          reason: `Pierwsza zmiana terminów, runda ${round}.`,
        }),
        coordinator2.request('PATCH', `${STAFF_BO}/editions/${year}/calendar`, {
          version: loaded.version,
          phases: moved(loaded.phases, 2),
          reason: `Druga zmiana terminów, runda ${round}.`,
        }),
      ])
      const { statuses, problems } = await outcome(responses)
      expect(statuses).toEqual([200, 409])
      expect(problems[0]!.detail).toMatch(/^Ktoś inny zmienił tę edycję w międzyczasie/)
      const winner = responses.findIndex((r) => r.status === 200)
      const pub = await json(new Agent(t).get(pubOf(year)), 200)
      expect(pub.phases).toEqual(moved(loaded.phases, winner + 1))
      expect(await t.db.select().from(calendarChanges).where(eq(calendarChanges.editionId, id))).toHaveLength(
        noticesBefore + 1,
      )
      expect(await audits(id, 'bo.edition.calendar')).toHaveLength(auditsBefore + 1)
      expect((await edition(year)).version).toBe(loaded.version + 1)
    }
  })

  it('refuses a change from a stale version (409), changing nothing', async () => {
    const loaded = await json(coordinator.get(`${STAFF_BO}/editions/${year}`), 200)
    await json(
      coordinator2.request('PATCH', `${STAFF_BO}/editions/${year}/calendar`, {
        version: loaded.version,
        phases: moved(loaded.phases, 1),
        reason: 'Zmiana zapisana przez drugą osobę.',
      }),
      200,
    )
    const before = { edition: await edition(year), phases: (await json(new Agent(t).get(pubOf(year)), 200)).phases }
    const problem = await expectProblem(
      await coordinator.request('PATCH', `${STAFF_BO}/editions/${year}/calendar`, {
        version: loaded.version,
        phases: moved(loaded.phases, 3),
        reason: 'Zmiana ze starej wersji edycji.',
      }),
      409,
    )
    expect(problem.detail).toMatch(/Ktoś inny zmienił tę edycję w międzyczasie/)
    expect({ edition: await edition(year), phases: (await json(new Agent(t).get(pubOf(year)), 200)).phases }).toEqual(
      before,
    )
  })
})
