import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../worker/core/ids'
import { conflicts, questions } from '../../../worker/budget/tables'
import { results } from '../../../worker/budget/tables/voting'
import { asAuthor, draftBody, editionBody, json, pubOf, STAFF_BO } from './helpers'
import {
  Agent,
  demo,
  expectProblem,
  lastMail,
  loggedIn,
  newTenant,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'

/**
 * What the staff panel and the author's page need beyond part 1: editing an edition before submission opens, the
 * configurable submission form (choice fields, required attachments), conflict groups (list, delete) and the
 * author's correction while a verifier's question is open.
 */
let t: TestApp
let coordinator: Agent

beforeAll(async () => {
  t = await testApp()
  coordinator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

let authors = 0

/** A submitted project in the area pool (one supporter needed), with its author key. */
async function submitted(year: number, poolId: string, title: string, extra: Record<string, unknown> = {}) {
  const r = new Agent(t)
  const pub = pubOf(year)
  const created = await json(
    r.post(`${pub}/projects`, { ...draftBody(poolId), authorEmail: `autor.${++authors}@example.pl`, title, ...extra }),
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
  return { id: created.project.id as string, token: created.token as string }
}

describe('editing an edition (PUT)', () => {
  it('changes pools, calendar and rules before submission opens, keeping the year, with field errors', async () => {
    const body = editionBody(2031, {}, 5)
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, body), 201)
    expect(created.version).toBe(1)
    const changed = { ...structuredClone(body), version: created.version as number }
    changed.pools[0]!.amount = 120_000_000
    changed.phases[0]!.endsAt = new Date(Date.parse(body.phases[0]!.endsAt) - 86_400_000).toISOString()
    changed.rules.submission.formFields.push({
      key: 'zgoda_wlasciciela',
      label: 'Zgoda właściciela terenu',
      type: 'choice',
      required: true,
      options: ['tak', 'nie dotyczy'],
    } as never)
    const saved = await json(coordinator.request('PUT', `${STAFF_BO}/editions/2031`, changed), 200)
    expect(saved.pools[0].amount).toBe(120_000_000)
    expect(saved.phases[0].endsAt).toBe(changed.phases[0]!.endsAt)
    expect(saved.rules.submission.formFields[1]).toMatchObject({
      key: 'zgoda_wlasciciela',
      type: 'choice',
      options: ['tak', 'nie dotyczy'],
    })
    expect(saved.version).toBe(2)
    changed.version = saved.version

    const wrongYear = await expectProblem(
      await coordinator.request('PUT', `${STAFF_BO}/editions/2031`, { ...changed, year: 2032 }),
      400,
    )
    expect(wrongYear.errors![0]!.field).toBe('year')
    const tooMany = structuredClone(changed)
    tooMany.pools[1]!.requiredSupporters = 50
    const problem = await expectProblem(await coordinator.request('PUT', `${STAFF_BO}/editions/2031`, tooMany), 400)
    expect(problem.errors!.map((e) => e.field)).toContain('pools.1.requiredSupporters')
    const verifier = await loggedIn(t, demo.weryfikator)
    await expectProblem(await verifier.request('PUT', `${STAFF_BO}/editions/2031`, changed), 403)
    const log = await json(
      (await loggedIn(t, demo.admin)).get('/api/v1/jst/gmina-przykladowa/staff/audit?limit=10'),
      200,
    )
    expect(log.items.map((e: { action: string }) => e.action)).toContain('bo.edition.update')
  })

  it('refuses any change once submission has opened', async () => {
    const body = editionBody(2032)
    await json(coordinator.post(`${STAFF_BO}/editions`, body), 201)
    const problem = await expectProblem(
      await coordinator.request('PUT', `${STAFF_BO}/editions/2032`, {
        ...body,
        title: 'Inny tytuł edycji',
        version: 1,
      }),
      409,
    )
    expect(problem.detail).toMatch(/Zgłaszanie projektów już się rozpoczęło/)
  })
})

describe('the configurable submission form', () => {
  const withForm = (year: number, submission: Record<string, unknown>) => {
    const body = editionBody(year)
    return { ...body, rules: { ...body.rules, submission: { ...body.rules.submission, ...submission } } }
  }

  it('refuses choice fields without two different options, options on other fields, duplicate keys and file limits that contradict', async () => {
    const problem = await expectProblem(
      await coordinator.post(
        `${STAFF_BO}/editions`,
        withForm(2033, {
          formFields: [
            { key: 'dzielnica', label: 'Dzielnica', type: 'choice', required: true, options: ['Północ'] },
            { key: 'dzielnica', label: 'Dzielnica raz jeszcze', type: 'text', required: false, options: ['x'] },
          ],
          attachments: { maxFiles: 1, minFiles: 2, maxBytes: 1024 * 1024, types: ['application/pdf'] },
        }),
      ),
      400,
    )
    expect(problem.errors!.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'rules.submission.formFields.0.options',
        'rules.submission.formFields.1.key',
        'rules.submission.formFields.1.options',
        'rules.submission.attachments.minFiles',
      ]),
    )
    expect(problem.errors!.find((e) => e.field === 'rules.submission.formFields.0.options')!.detail).toMatch(
      /co najmniej dwóch opcji/,
    )
    const badType = await expectProblem(
      await coordinator.post(
        `${STAFF_BO}/editions`,
        withForm(2033, { formFields: [{ key: 'pole', label: 'Pole', type: 'radio', required: false }] }),
      ),
      400,
    )
    expect(badType.errors![0]!.field).toBe('rules.submission.formFields.0.type')
  })

  it('accepts only listed choices, and lists a missing required choice and required attachments before submission', async () => {
    const e = await json(
      coordinator.post(
        `${STAFF_BO}/editions`,
        withForm(2034, {
          formFields: [
            { key: 'dzielnica', label: 'Dzielnica', type: 'choice', required: true, options: ['Północ', 'Południe'] },
          ],
          attachments: { maxFiles: 3, minFiles: 1, maxBytes: 1024 * 1024, types: ['application/pdf'] },
        }),
      ),
      201,
    )
    const pub = pubOf(2034)
    const r = new Agent(t)
    const bad = await expectProblem(
      await r.post(`${pub}/projects`, { ...draftBody(e.pools[1].id), extra: { dzielnica: 'Zachód' } }),
      400,
    )
    expect(bad.errors![0]).toEqual({ field: 'extra.dzielnica', detail: 'Wybierz jedną z opcji pola „Dzielnica”.' })
    const created = await json(r.post(`${pub}/projects`, { ...draftBody(e.pools[1].id), extra: {} }), 201)
    const author = asAuthor(r, created.token)
    const view = await json(author.get(`${pub}/projects/${created.project.id}/author`), 200)
    expect(view.missing).toEqual(
      expect.arrayContaining([
        { field: 'extra.dzielnica', detail: 'Wypełnij pole: Dzielnica.' },
        { field: 'file', detail: expect.stringMatching(/co najmniej 1/) },
      ]),
    )
    const saved = await json(
      author.patch(`${pub}/projects/${created.project.id}`, { extra: { dzielnica: 'Południe' } }),
      200,
    )
    expect(saved.missing.map((m: { field: string }) => m.field)).not.toContain('extra.dzielnica')
  })
})

describe('conflict groups', () => {
  let pools: { id: string }[]
  let a: string
  let b: string
  let c: string
  const base = `${STAFF_BO}/2035/conflicts`

  beforeAll(async () => {
    pools = (await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(2035)), 201)).pools
    a = (await submitted(2035, pools[1]!.id, 'Plac zabaw A')).id
    b = (await submitted(2035, pools[1]!.id, 'Plac zabaw B')).id
    c = (await submitted(2035, pools[1]!.id, 'Siłownia plenerowa')).id
  })

  it('lists groups with their projects to assessors of the JST, filtered by project', async () => {
    const { id } = await json(
      coordinator.post(base, { projectIds: [a, b], reason: 'Ta sama działka przy ul. Lipowej.' }),
      201,
    )
    await json(coordinator.post(base, { projectIds: [b, c], reason: 'Wspólny budżet na teren rekreacyjny.' }), 201)
    const verifier = await loggedIn(t, demo.weryfikator)
    const all = await json(verifier.get(base), 200)
    expect(all.items).toHaveLength(2)
    expect(all.items[0]).toMatchObject({
      id,
      reason: 'Ta sama działka przy ul. Lipowej.',
      projects: [
        { id: a, title: 'Plac zabaw A', status: 'submitted' },
        { id: b, title: 'Plac zabaw B' },
      ],
    })
    expect(typeof all.items[0].projects[0].number).toBe('number')
    const ofC = await json(verifier.get(`${base}?project=${c}`), 200)
    expect(ofC.items.map((g: { reason: string }) => g.reason)).toEqual(['Wspólny budżet na teren rekreacyjny.'])
    // A verifier reads the groups but records and removes none: that is for the organisers.
    await expectProblem(
      await verifier.post(base, { projectIds: [a, c], reason: 'Weryfikator nie może tego zapisać.' }),
      403,
    )
    await expectProblem(await verifier.request('DELETE', `${base}/${id}`), 403)
    const moderator = await loggedIn(t, demo.moderator)
    await expectProblem(await moderator.get(base), 403)
    await expectProblem(await new Agent(t).get(base), 401)
    const doc = await json(new Agent(t).get('/api/openapi.json'), 200)
    expect(doc.paths['/api/v1/jst/{slug}/staff/bo/{year}/conflicts'].get['x-access']).toMatchObject({
      kind: 'tenant',
      roles: ['admin', 'koordynator', 'weryfikator'],
    })
  })

  it('refuses the same project twice, and projects of another edition', async () => {
    const twice = await expectProblem(
      await coordinator.post(base, { projectIds: [a, a], reason: 'Pomyłka w zapisie.' }),
      400,
    )
    expect(twice.errors![0]).toEqual({ field: 'projectIds', detail: 'Każdy projekt wskaż tylko raz.' })
    const foreign = await expectProblem(
      await coordinator.post(base, { projectIds: [a, 'nie-ma-takiego'], reason: 'Pomyłka w zapisie.' }),
      400,
    )
    expect(foreign.errors![0]!.field).toBe('projectIds')
  })

  it("refuses another JST's staff: they neither see nor delete this JST's groups", async () => {
    const { agent: other } = await staffOfAnotherJst(t, 'koordynator')
    await expectProblem(await other.get(base), 403)
    const [group] = (await json(coordinator.get(base), 200)).items
    await expectProblem(await other.request('DELETE', `${base}/${group.id}`), 403)
    // Through its own JST's path the group does not exist either.
    await expectProblem(
      await other.request('DELETE', `/api/v1/jst/${newTenant.slug}/staff/bo/2035/conflicts/${group.id}`),
      404,
    )
    expect((await json(coordinator.get(base), 200)).items).toHaveLength(2)
  })

  it('lets organisers (not verifiers) delete a mistaken group, with an audit entry, until results are published', async () => {
    const [first, second] = (await json(coordinator.get(base), 200)).items
    const verifier = await loggedIn(t, demo.weryfikator)
    await expectProblem(await verifier.request('DELETE', `${base}/${first.id}`), 403)
    const res = await coordinator.request('DELETE', `${base}/${first.id}`)
    expect(res.status).toBe(204)
    await expectProblem(await coordinator.request('DELETE', `${base}/${first.id}`), 404)
    expect((await json(coordinator.get(base), 200)).items.map((g: { id: string }) => g.id)).toEqual([second.id])
    const page = await json(new Agent(t).get(`${pubOf(2035)}/projects/${a}`), 200)
    expect(page.conflicts).toEqual([])
    const log = await json(
      (await loggedIn(t, demo.admin)).get('/api/v1/jst/gmina-przykladowa/staff/audit?limit=10'),
      200,
    )
    const entry = log.items.find((e: { action: string }) => e.action === 'bo.conflict.delete')
    expect(entry).toBeDefined()
    expect(entry.entityId).toBe(first.id)

    const edition = await t.db.query.editions.findFirst({ where: (e, { eq: eqq }) => eqq(e.year, 2035) })
    await t.db.insert(results).values({
      editionId: edition!.id,
      tenantId: edition!.tenantId,
      data: {},
      computedBy: 'test',
      computedAt: new Date(),
      publishedBy: 'test',
      publishedAt: new Date(),
    })
    const late = await expectProblem(await coordinator.request('DELETE', `${base}/${second.id}`), 409)
    expect(late.detail).toMatch(/opublikowane/)
    await expectProblem(await coordinator.post(base, { projectIds: [a, c], reason: 'Po publikacji wyników.' }), 409)
  })
})

describe('conflict groups: only projects that take part, named on the public project page', () => {
  const year = 2037
  const pub = pubOf(year)
  const base = `${STAFF_BO}/${year}/conflicts`
  let a: string
  let b: string
  let c: string
  let draft: string
  let withdrawn: string

  beforeAll(async () => {
    const pools = (await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)).pools
    a = (await submitted(year, pools[1]!.id, 'Boisko przy szkole')).id
    b = (await submitted(year, pools[1]!.id, 'Ogród deszczowy przy szkole')).id
    c = (await submitted(year, pools[1]!.id, 'Parking rowerowy przy szkole')).id
    const r = new Agent(t)
    draft = (
      await json(
        r.post(`${pub}/projects`, {
          ...draftBody(pools[1]!.id),
          authorEmail: `autor.${++authors}@example.pl`,
          title: 'Tajny szkic autora',
        }),
        201,
      )
    ).project.id
    const gone = await submitted(year, pools[1]!.id, 'Wycofana fontanna')
    await json(asAuthor(new Agent(t), gone.token).post(`${pub}/projects/${gone.id}/withdraw`), 200)
    withdrawn = gone.id
  })

  it('refuses drafts and withdrawn projects with a 409 naming them next to the field, and records nothing', async () => {
    const withDraft = await expectProblem(
      await coordinator.post(base, { projectIds: [a, draft], reason: 'Ta sama działka przy szkole.' }),
      409,
    )
    expect(withDraft.detail).toBe('Szkice i projekty wycofane nie mogą należeć do grupy projektów wykluczających się.')
    expect(withDraft.errors).toEqual([
      { field: 'projectIds', detail: expect.stringContaining('„Tajny szkic autora” (szkic)') },
    ])
    const withWithdrawn = await expectProblem(
      await coordinator.post(base, { projectIds: [withdrawn, a, draft], reason: 'Ta sama działka przy szkole.' }),
      409,
    )
    expect(withWithdrawn.errors![0]!.field).toBe('projectIds')
    expect(withWithdrawn.errors![0]!.detail).toMatch(
      /^Usuń z grupy: nr \d+ „Wycofana fontanna” \(wycofany\), „Tajny szkic autora” \(szkic\)\./,
    )
    expect((await json(coordinator.get(base), 200)).items).toEqual([])
    const doc = await json(new Agent(t).get('/api/openapi.json'), 200)
    expect(doc.paths['/api/v1/jst/{slug}/staff/bo/{year}/conflicts'].post.responses['409'].description).toMatch(
      /szkic lub projekt wycofany/,
    )
  })

  it('names the other public projects of each group with number, title and status — never a draft', async () => {
    await json(coordinator.post(base, { projectIds: [a, b], reason: 'Ta sama działka przy szkole.' }), 201)
    // Groups recorded before drafts were refused may still hold one: it must not show through.
    const edition = await t.db.query.editions.findFirst({ where: (e, { eq: eqq }) => eqq(e.year, year) })
    await t.db.insert(conflicts).values([
      {
        id: newId(),
        tenantId: edition!.tenantId,
        editionId: edition!.id,
        projectIds: [a, draft],
        reason: 'Grupa ze szkicem.',
        createdAt: new Date(Date.now() + 1000),
      },
      {
        id: newId(),
        tenantId: edition!.tenantId,
        editionId: edition!.id,
        projectIds: [c, draft, a],
        reason: 'Wspólne wejście na teren szkoły.',
        createdAt: new Date(Date.now() + 2000),
      },
    ])
    const numbers = new Map(
      (await json(new Agent(t).get(`${pub}/projects`), 200)).items.map((p: { id: string; number: number }) => [
        p.id,
        p.number,
      ]),
    )
    const page = await json(new Agent(t).get(`${pub}/projects/${a}`), 200)
    expect(page.conflicts).toEqual([
      {
        reason: 'Ta sama działka przy szkole.',
        projects: [{ id: b, number: numbers.get(b), title: 'Ogród deszczowy przy szkole', status: 'submitted' }],
      },
      {
        reason: 'Wspólne wejście na teren szkoły.',
        projects: [{ id: c, number: numbers.get(c), title: 'Parking rowerowy przy szkole', status: 'submitted' }],
      },
    ])
    const text = JSON.stringify(page)
    expect(text).not.toContain(draft)
    expect(text).not.toContain('Tajny szkic autora')
    expect(text).not.toContain('Grupa ze szkicem.')
    // The other side of each group names this project.
    const ofC = await json(new Agent(t).get(`${pub}/projects/${c}`), 200)
    expect(ofC.conflicts).toEqual([
      {
        reason: 'Wspólne wejście na teren szkoły.',
        projects: [{ id: a, number: numbers.get(a), title: 'Boisko przy szkole', status: 'submitted' }],
      },
    ])
    // A draft's own page stays closed to the public.
    await expectProblem(await new Agent(t).get(`${pub}/projects/${draft}`), 404)
  })

  it('lists attachments without implementation photos, which belong to the implementation page', async () => {
    const edition = await t.db.query.editions.findFirst({ where: (e, { eq: eqq }) => eqq(e.year, year) })
    const documentId = newId()
    const photoId = newId()
    await t.db.run(
      sql`INSERT INTO files (id, module, tenant_id, owner_id, kind, name, mime, size, data, created_at) VALUES (${documentId}, 'budget', ${edition!.tenantId}, ${b}, 'document', 'mapka.pdf', 'application/pdf', 8, ${Buffer.from('%PDF-1.4')}, ${Date.now()})`,
    )
    await t.db.run(
      sql`INSERT INTO files (id, module, tenant_id, owner_id, kind, name, mime, size, data, created_at) VALUES (${photoId}, 'budget', ${edition!.tenantId}, ${b}, 'implementation-photo', 'budowa.png', 'image/png', 8, ${Buffer.from('\x89PNG\r\n\x1a\n', 'binary')}, ${Date.now()})`,
    )
    const page = await json(new Agent(t).get(`${pub}/projects/${b}`), 200)
    expect(page.attachments).toEqual([
      { id: documentId, kind: 'document', name: 'mapka.pdf', mime: 'application/pdf', size: 8 },
    ])
    expect(JSON.stringify(page)).not.toContain(photoId)
  })
})

describe("the author's correction while a verifier's question is open", () => {
  let pools: { id: string }[]
  let project: { id: string; token: string }
  const pub = pubOf(2036)

  beforeAll(async () => {
    pools = (await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(2036)), 201)).pools
    project = await submitted(2036, pools[1]!.id, 'Ławki przy stawie')
  })

  it('refuses corrections without an open question', async () => {
    const problem = await expectProblem(
      await asAuthor(new Agent(t), project.token).patch(`${pub}/projects/${project.id}`, {
        title: 'Ławki i kosze przy stawie',
      }),
      409,
    )
    expect(problem.detail).toMatch(/chyba że weryfikator poprosi o poprawki/)
  })

  it('saves corrections (not the pool) while the question is open, audits them, e-mails the answer to the asker, then closes', async () => {
    await json(
      coordinator.post(`${STAFF_BO}/2036/projects/${project.id}/questions`, {
        text: 'Proszę doprecyzować koszt ławek.',
      }),
      201,
    )
    const author = asAuthor(new Agent(t), project.token)
    const view = await json(author.get(`${pub}/projects/${project.id}/author`), 200)
    const question = view.project.questions[0]
    expect(question.answer).toBeNull()
    await expectProblem(await author.patch(`${pub}/projects/${project.id}`, { poolId: pools[0]!.id }), 409)
    const corrected = await json(
      author.patch(`${pub}/projects/${project.id}`, {
        title: 'Ławki i kosze przy stawie',
        costItems: [{ name: 'Ławki (6 szt.)', amount: 1_900_000 }],
      }),
      200,
    )
    expect(corrected.project.title).toBe('Ławki i kosze przy stawie')
    expect(corrected.project.cost).toBe(1_900_000)
    expect(corrected.project.history.map((h: { kind: string }) => h.kind)).toContain('corrected')
    await json(
      author.post(`${pub}/projects/${project.id}/questions/${question.id}/answer`, {
        answer: 'Koszt ławek poprawiłam według oferty z marca.',
      }),
      200,
    )
    const mail = await lastMail(coordinator, demo.koordynator)
    expect(mail.subject).toMatch(/odpowiedź autora/)
    expect(mail.text).toContain('Koszt ławek poprawiłam według oferty z marca.')
    expect(mail.text).toContain(`/panel/gmina-przykladowa/bo/2036/projekty/${project.id}`)
    const log = await json(
      (await loggedIn(t, demo.admin)).get('/api/v1/jst/gmina-przykladowa/staff/audit?limit=10'),
      200,
    )
    const correct = log.items.find((e: { action: string }) => e.action === 'bo.project.correct')
    expect(correct.before.title).toBe('Ławki przy stawie')
    expect(correct.after.title).toBe('Ławki i kosze przy stawie')
    expect(log.items.map((e: { action: string }) => e.action)).toContain('bo.question.answer')
    const closed = await expectProblem(
      await author.patch(`${pub}/projects/${project.id}`, { title: 'Jeszcze inny tytuł' }),
      409,
    )
    expect(closed.detail).toMatch(/nie można już zmieniać/)
    await expectProblem(
      await author.post(`${pub}/projects/${project.id}/questions/${question.id}/answer`, {
        answer: 'Druga odpowiedź.',
      }),
      409,
    )
  })

  it('closes the correction at the deadline', async () => {
    await json(
      coordinator.post(`${STAFF_BO}/2036/projects/${project.id}/questions`, { text: 'Proszę dołączyć mapkę.' }),
      201,
    )
    const author = asAuthor(new Agent(t), project.token)
    const open = (await json(author.get(`${pub}/projects/${project.id}/author`), 200)).project.questions.find(
      (q: { answer: string | null }) => !q.answer,
    )
    await t.db
      .update(questions)
      .set({ deadline: new Date(Date.now() - 1000) })
      .where(eq(questions.id, open.id))
    await expectProblem(await author.patch(`${pub}/projects/${project.id}`, { title: 'Po terminie' }), 409)
    const late = await expectProblem(
      await author.post(`${pub}/projects/${project.id}/questions/${open.id}/answer`, { answer: 'Za późno.' }),
      409,
    )
    expect(late.detail).toBe('Termin na odpowiedź minął.')
  })
})
