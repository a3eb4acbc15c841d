import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../worker/core/ids'
import { editions } from '../../../worker/budget/tables'
import { paperCards } from '../../../worker/budget/tables/voting'
import { asAuthor, draftBody, editionBody, json, pubOf, STAFF_BO } from './helpers'
import {
  Agent,
  demo,
  expectProblem,
  loggedIn,
  newTenant,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'

/**
 * The official's side of the panel: the work overview ("Czeka na Ciebie") counts what waits for the person asking,
 * by role, in the running editions of their own JST only, with the next phase changes; and staff who assess
 * projects open the scanned paper support lists through their own route — nobody else does.
 */
let t: TestApp
let coordinator: Agent
let verifier: Agent
let verifierId: string
let coordinatorId: string
/** The admin of another JST (`newTenant`), for the refusals. */
let otherAdmin: Agent
const YEAR = 2041
const pub = pubOf(YEAR)
const staff = `${STAFF_BO}/${YEAR}`
const OVERVIEW = `${STAFF_BO}/overview`

interface Item {
  kind: string
  count: number
  projects: { id: string; number: number | null; title: string }[]
}
interface Overview {
  role: string
  editions: {
    year: number
    title: string
    phase: string | null
    phaseEndsAt: string | null
    next: { phase: string; startsAt: string } | null
    items: Item[]
  }[]
}

const projects: Record<string, { id: string; token: string }> = {}
let scanId: string
let documentId: string
let edition: { pools: { id: string }[]; phases: { phase: string; startsAt: string; endsAt: string }[] }

function upload(id: string, token: string, name: string, kind: string, extra: Record<string, string> = {}) {
  const form = new FormData()
  form.append(
    'file',
    new File([new TextEncoder().encode(`%PDF-1.4 ${name}`) as BlobPart], name, { type: 'application/pdf' }),
  )
  form.append('kind', kind)
  for (const [k, v] of Object.entries(extra)) form.append(k, v)
  return t.app.request(`http://localhost${pub}/projects/${id}/attachments`, {
    method: 'POST',
    body: form,
    headers: { Authorization: `Bearer ${token}`, Origin: 'http://localhost' },
  })
}

/** A project submitted by its author in the area pool (one supporter needed there). */
async function submitted(key: string, title: string, withScan = false) {
  const r = new Agent(t)
  const created = await json(
    r.post(`${pub}/projects`, { ...draftBody(edition.pools[1]!.id), authorEmail: `${key}@example.pl`, title }),
    201,
  )
  const id = created.project.id as string
  if (withScan) {
    const doc = await json(upload(id, created.token, 'mapa.pdf', 'document'), 201)
    documentId = doc.project.attachments.find((a: { kind: string }) => a.kind === 'document').id
    const up = await json(
      upload(id, created.token, 'lista-poparcia.pdf', 'support-list', { paperSupporters: '2' }),
      201,
    )
    scanId = up.project.attachments.find((a: { kind: string }) => a.kind === 'support-list').id
  }
  await json(
    r.post(`${pub}/projects/${id}/supports`, {
      name: 'Ola Zielińska',
      address: `ul. Lipowa ${key.length}`,
      residenceDeclared: true,
    }),
    201,
  )
  await json(asAuthor(r, created.token).post(`${pub}/projects/${id}/submit`), 200)
  projects[key] = { id, token: created.token }
}

async function overview(agent: Agent): Promise<Overview> {
  const res = await agent.get(OVERVIEW)
  expect(res.headers.get('cache-control')).toBe('no-store')
  return json<Overview>(res, 200)
}

/** The counts of one edition's items, by kind. */
async function counts(agent: Agent, year = YEAR): Promise<Record<string, number>> {
  const e = (await overview(agent)).editions.find((x) => x.year === year)
  expect(e, `edition ${year} in the overview`).toBeDefined()
  return Object.fromEntries(e!.items.map((i) => [i.kind, i.count]))
}

beforeAll(async () => {
  t = await testApp()
  coordinator = await loggedIn(t, demo.koordynator)
  verifier = await loggedIn(t, demo.weryfikator)
  edition = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(YEAR)), 201)
  await submitted('skwer', 'Zielony skwer przy szkole', true)
  await submitted('lawki', 'Ławki na rynku')
  await submitted('rowery', 'Stojaki na rowery')
  const list = await json(coordinator.get(`${staff}/projects`), 200)
  verifierId = list.verifiers.find((v: { role: string }) => v.role === 'weryfikator').id
  coordinatorId = (await json(coordinator.get('/api/v1/auth/me'), 200)).user.id
  ;({ agent: otherAdmin } = await staffOfAnotherJst(t, 'admin'))
})
afterAll(() => t.close())

describe('the work overview ("Czeka na Ciebie")', () => {
  it('counts per role what waits for the person, and names the next phase change', async () => {
    const o = await overview(coordinator)
    expect(o.role).toBe('koordynator')
    const e = o.editions.find((x) => x.year === YEAR)!
    const submission = edition.phases.find((p) => p.phase === 'submission')!
    const assessment = edition.phases.find((p) => p.phase === 'assessment')!
    expect(e).toMatchObject({
      title: `Budżet obywatelski ${YEAR}`,
      phase: 'submission',
      phaseEndsAt: new Date(submission.endsAt).toISOString(),
      next: { phase: 'assessment', startsAt: new Date(assessment.startsAt).toISOString() },
    })
    // Organisers: projects without a verifier, and appeals to decide; a weryfikator has neither.
    expect(await counts(coordinator)).toEqual({
      unassigned: 3,
      toAssess: 0,
      openQuestions: 0,
      answers: 0,
      appeals: 0,
      paperCards: 0,
    })
    expect(await counts(verifier)).toEqual({ toAssess: 0, openQuestions: 0, answers: 0, paperCards: 0 })

    for (const key of ['skwer', 'lawki'])
      await json(coordinator.post(`${staff}/projects/${projects[key]!.id}/assign`, { verifierId }), 200)
    await json(coordinator.post(`${staff}/projects/${projects.rowery!.id}/assign`, { verifierId: coordinatorId }), 200)
    expect(await counts(coordinator)).toMatchObject({ unassigned: 0, toAssess: 1 })
    expect(await counts(verifier)).toMatchObject({ toAssess: 2 })

    // A question waits for the author's answer; then the answer waits to be read, until the project is assessed.
    await json(
      verifier.post(`${staff}/projects/${projects.skwer!.id}/questions`, { text: 'Czy teren jest własnością gminy?' }),
      201,
    )
    const asked = (await overview(verifier)).editions
      .find((x) => x.year === YEAR)!
      .items.find((i) => i.kind === 'openQuestions')!
    expect(asked.count).toBe(1)
    expect(asked.projects).toEqual([
      { id: projects.skwer!.id, number: expect.any(Number), title: 'Zielony skwer przy szkole' },
    ])
    expect(await counts(coordinator)).toMatchObject({ openQuestions: 1 })
    const view = await json(
      asAuthor(new Agent(t), projects.skwer!.token).get(`${pub}/projects/${projects.skwer!.id}/author`),
      200,
    )
    await json(
      asAuthor(new Agent(t), projects.skwer!.token).post(
        `${pub}/projects/${projects.skwer!.id}/questions/${view.project.questions[0].id}/answer`,
        { answer: 'Tak, działka 12/3 należy do gminy.' },
      ),
      200,
    )
    expect(await counts(verifier)).toMatchObject({ openQuestions: 0, answers: 1 })
    expect(await counts(coordinator)).toMatchObject({ openQuestions: 0, answers: 1 })
    await json(
      verifier.post(`${staff}/projects/${projects.skwer!.id}/assessments`, {
        stage: 'formal',
        criteria: [{ key: 'formal', passed: true }],
        justification: 'Wniosek kompletny i złożony w terminie.',
      }),
      201,
    )
    expect(await counts(verifier)).toMatchObject({ toAssess: 2, answers: 0 })

    // A negative assessment and the author's appeal: an appeal for organisers to decide.
    await json(
      verifier.post(`${staff}/projects/${projects.lawki!.id}/assessments`, {
        stage: 'formal',
        criteria: [{ key: 'formal', passed: false, justification: 'Brak zgody zarządcy terenu.' }],
        justification: 'Wniosek niekompletny: brak zgody zarządcy.',
      }),
      201,
    )
    await json(
      asAuthor(new Agent(t), projects.lawki!.token).post(`${pub}/projects/${projects.lawki!.id}/appeals`, {
        text: 'Zgoda zarządcy terenu została dołączona do wniosku jako załącznik.',
      }),
      201,
    )
    expect(await counts(coordinator)).toMatchObject({ appeals: 1, toAssess: 1 })
    expect(await counts(verifier)).toMatchObject({ toAssess: 1 })

    // A paper card waits for a second person: not for the one who keyed it in.
    const [row] = await t.db.select().from(editions).where(eq(editions.year, YEAR))
    await t.db.insert(paperCards).values({
      id: newId(),
      tenantId: row!.tenantId,
      editionId: row!.id,
      cardNumber: 'P-001',
      data: {
        choices: {},
        identity: { firstName: 'Jan', lastName: 'Nowak', address: 'ul. Polna 1', residenceDeclared: true },
      },
      flags: {},
      status: 'pending',
      enteredBy: coordinatorId,
      enteredAt: new Date(),
    })
    expect(await counts(coordinator)).toMatchObject({ paperCards: 0 })
    expect(await counts(verifier)).toMatchObject({ paperCards: 1 })
  })

  it("lists only the person's own JST, and refuses other JSTs and roles that do not assess", async () => {
    const theirs = await json<Overview>(otherAdmin.get(`/api/v1/jst/${newTenant.slug}/staff/bo/overview`), 200)
    expect(theirs.editions).toEqual([])
    await expectProblem(await otherAdmin.get(OVERVIEW), 403)
    await expectProblem(await coordinator.get(`/api/v1/jst/${newTenant.slug}/staff/bo/overview`), 403)
    await expectProblem(await (await loggedIn(t, demo.moderator)).get(OVERVIEW), 403)
    await expectProblem(await (await loggedIn(t, demo.operator)).get(OVERVIEW), 403)
    await expectProblem(await new Agent(t).get(OVERVIEW), 401)
  })
})

describe('scanned paper support lists in the panel', () => {
  const lists = (id: string) => `${staff}/projects/${id}/support-lists`

  it('lists and serves the scans to staff who assess, and only the scans', async () => {
    const admin = await loggedIn(t, demo.admin)
    for (const agent of [verifier, coordinator, admin]) {
      const res = await agent.get(lists(projects.skwer!.id))
      expect(res.headers.get('cache-control')).toBe('no-store')
      const body = await json(res, 200)
      expect(body.items).toEqual([
        {
          id: scanId,
          name: 'lista-poparcia.pdf',
          mime: 'application/pdf',
          size: expect.any(Number),
          createdAt: expect.any(String),
        },
      ])
    }
    expect((await json(verifier.get(lists(projects.lawki!.id)), 200)).items).toEqual([])
    const file = await verifier.get(`${lists(projects.skwer!.id)}/${scanId}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''lista-poparcia\.pdf$/)
    expect(file.headers.get('cache-control')).toBe('no-store')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await file.text()).toBe('%PDF-1.4 lista-poparcia.pdf')
    // Another kind of file, or a scan of another project, is not served here.
    await expectProblem(await verifier.get(`${lists(projects.skwer!.id)}/${documentId}`), 404)
    await expectProblem(await verifier.get(`${lists(projects.lawki!.id)}/${scanId}`), 404)
  })

  it('refuses everyone else: no session, the author key alone, a moderator, staff of another JST; drafts are not listed', async () => {
    const list = lists(projects.skwer!.id)
    const file = `${list}/${scanId}`
    for (const path of [list, file]) {
      await expectProblem(await new Agent(t).get(path), 401)
      await expectProblem(await asAuthor(new Agent(t), projects.skwer!.token).get(path), 401)
      await expectProblem(await (await loggedIn(t, demo.moderator)).get(path), 403)
    }
    await expectProblem(await otherAdmin.get(file), 403)
    await expectProblem(
      await otherAdmin.get(
        `/api/v1/jst/${newTenant.slug}/staff/bo/${YEAR}/projects/${projects.skwer!.id}/support-lists/${scanId}`,
      ),
      404,
    )
    const draft = await json(
      new Agent(t).post(`${pub}/projects`, { ...draftBody(edition.pools[1]!.id), authorEmail: 'szkic@example.pl' }),
      201,
    )
    await json(upload(draft.project.id, draft.token, 'lista.pdf', 'support-list', { paperSupporters: '1' }), 201)
    await expectProblem(await verifier.get(lists(draft.project.id)), 404)
  })
})
