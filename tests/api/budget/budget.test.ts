import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { advancePhases } from '../../../worker/budget/scheduler'
import { editions, phases, pools, projects } from '../../../worker/budget/tables'
import { tenants } from '../../../worker/core/tenants/schema'
import { asAuthor, draftBody, editionBody, json } from './helpers'
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

let t: TestApp
let coordinator: Agent
let edition: { pools: { id: string; code: string }[] }
const staff = '/api/v1/jst/gmina-przykladowa/staff/bo'
const pub = '/api/v1/jst/gmina-przykladowa/bo/2027'

beforeAll(async () => {
  t = await testApp()
  coordinator = await loggedIn(t, demo.koordynator)
  edition = await json(coordinator.post(`${staff}/editions`, editionBody(2027)), 201)
})
afterAll(() => t.close())

async function countRows(table: typeof pools | typeof editions) {
  const [row] = await t.db.select({ n: sql<number>`count(*)` }).from(table)
  return Number(row!.n)
}

describe('edition set-up against the statute', () => {
  it('publishes the calendar, pools and the 0.1% computation', async () => {
    const e = await json(new Agent(t).get(pub), 200)
    expect(e.currentPhase).toBe('submission')
    expect(e.submissionOpen).toBe(true)
    expect(e.pools[1]).toMatchObject({
      code: 'PN',
      areas: ['Osiedle Północ', 'Sołectwo Lipki'],
      maxSupportersAllowed: 3,
    })
    expect(e.resolution.number).toBe('XII/123/2026')
  })

  it('refuses a supporter requirement above 0.1% of the pool area residents, saving nothing', async () => {
    const before = await countRows(pools)
    const body = editionBody(2028)
    body.pools[1]!.requiredSupporters = 4
    const problem = await expectProblem(await coordinator.post(`${staff}/editions`, body), 400)
    expect(problem.errors).toContainEqual({
      field: 'pools.1.requiredSupporters',
      detail: 'Wymagana liczba podpisów (4) przekracza 0,1% mieszkańców obszaru puli: 0,1% × 3200 = 3.',
    })
    expect(await countRows(pools)).toBe(before)
  })

  it('refuses an edition below 0.5% of expenditures in a city with powiat rights, showing the computation', async () => {
    const operator = await loggedIn(t, demo.operator)
    await json(operator.patch('/api/v1/admin/jst/gmina-przykladowa', { kind: 'miasto-na-prawach-powiatu' }), 200)
    try {
      const missing = await expectProblem(await coordinator.post(`${staff}/editions`, editionBody(2029)), 400)
      expect(missing.errors!.map((e) => e.field)).toContain('expendituresLastReport')
      const low = await expectProblem(
        await coordinator.post(`${staff}/editions`, editionBody(2029, { expendituresLastReport: 50_000_000_000 })),
        400,
      )
      expect(low.errors!.map((e) => ({ ...e, detail: e.detail.replace(/\u00a0/g, ' ') }))).toContainEqual({
        field: 'pools',
        detail:
          'Suma pul (1 300 000 zł) jest mniejsza niż 0,5% wydatków z ostatniego sprawozdania: 0,5% × 500 000 000 zł = 2 500 000 zł.',
      })
      const ok = await json(
        coordinator.post(`${staff}/editions`, editionBody(2029, { expendituresLastReport: 26_000_000_000 })),
        201,
      )
      expect(ok.minimumTotal).toBe(130_000_000)
    } finally {
      await json(operator.patch('/api/v1/admin/jst/gmina-przykladowa', { kind: 'gmina-miejsko-wiejska' }), 200)
    }
  })

  it('does not let the appeal procedure be switched off, nor overlapping phases, nor a second edition for a year', async () => {
    const noAppeal = editionBody(2030)
    noAppeal.rules.appeal.days = 0
    const p1 = await expectProblem(await coordinator.post(`${staff}/editions`, noAppeal), 400)
    expect(p1.errors!.some((e) => e.field === 'rules.appeal.days' && /nie można wyłączyć/.test(e.detail))).toBe(true)
    const overlap = editionBody(2030)
    overlap.phases[1]!.startsAt = overlap.phases[0]!.startsAt
    await expectProblem(await coordinator.post(`${staff}/editions`, overlap), 400)
    const before = await countRows(pools)
    await expectProblem(await coordinator.post(`${staff}/editions`, editionBody(2027)), 409)
    expect(await countRows(pools)).toBe(before)
  })

  it('lets only organisers set up editions', async () => {
    for (const email of [demo.weryfikator, demo.moderator])
      await expectProblem(await (await loggedIn(t, email)).post(`${staff}/editions`, editionBody(2031)), 403)
    await expectProblem(await new Agent(t).post(`${staff}/editions`, editionBody(2031)), 401)
  })
})

describe('submission, support and withdrawal', () => {
  let token: string
  let projectId: string
  const resident = new Agent({} as TestApp)

  it('saves a draft, e-mails the author a link, and lists what is missing', async () => {
    const r = new Agent(t)
    const created = await json(r.post(`${pub}/projects`, { ...draftBody(edition.pools[0]!.id), costItems: [] }), 201)
    token = created.token
    projectId = created.project.id
    expect(created.project.status).toBe('draft')
    const mail = await lastMail(coordinator, 'anna.kowalska@example.pl')
    expect(mail.text).toContain(`/projekty/${projectId}/edycja#klucz=${token}`)
    const author = asAuthor(r, token)
    const view = await json(author.get(`${pub}/projects/${projectId}/author`), 200)
    expect(view.missing.map((m: { field: string }) => m.field)).toEqual(
      expect.arrayContaining(['costItems', 'supporters']),
    )
    const saved = await json(author.patch(`${pub}/projects/${projectId}`, { costItems: draftBody('').costItems }), 200)
    expect(saved.project.cost).toBe(5_800_000)
    await expectProblem(await new Agent(t).get(`${pub}/projects/${projectId}/author`), 401)
    await expectProblem(await asAuthor(new Agent(t), 'x'.repeat(43)).get(`${pub}/projects/${projectId}/author`), 403)
    await expectProblem(await new Agent(t).get(`${pub}/projects/${projectId}`), 404)
  })

  it('refuses an incomplete submission with the missing fields, changing nothing', async () => {
    const problem = await expectProblem(
      await asAuthor(new Agent(t), token).post(`${pub}/projects/${projectId}/submit`),
      400,
    )
    expect(problem.errors!.map((e) => e.field)).toContain('supporters')
    const [row] = await t.db.select().from(projects).where(eq(projects.id, projectId))
    expect(row!.status).toBe('draft')
    expect(row!.number).toBeNull()
  })

  it('counts one support per person, whatever the spelling', async () => {
    const r = new Agent(t)
    await json(
      r.post(`${pub}/projects/${projectId}/supports`, {
        name: 'Jan Łęcki',
        address: 'ul. Długa 5, Przykładowo',
        residenceDeclared: true,
      }),
      201,
    )
    const twice = await expectProblem(
      await r.post(`${pub}/projects/${projectId}/supports`, {
        name: 'JAN  LECKI',
        address: 'Dluga 5 Przykladowo',
        residenceDeclared: true,
      }),
      409,
    )
    expect(twice.detail).toMatch(/już poparła/)
    await expectProblem(
      await r.post(`${pub}/projects/${projectId}/supports`, {
        name: 'Ewa Nowak',
        address: 'ul. Krótka 2',
        residenceDeclared: false,
      }),
      400,
    )
    const second = await json(
      r.post(`${pub}/projects/${projectId}/supports`, {
        name: 'Ewa Nowak',
        address: 'ul. Krótka 2',
        residenceDeclared: true,
      }),
      201,
    )
    expect(second.supporters).toBe(2)
  })

  it('requires co-authors to confirm by link before submission', async () => {
    const author = asAuthor(new Agent(t), token)
    await json(
      author.post(`${pub}/projects/${projectId}/coauthors`, { name: 'Piotr Wiśniewski', email: 'piotr@example.pl' }),
      201,
    )
    const waiting = await expectProblem(await author.post(`${pub}/projects/${projectId}/submit`), 400)
    expect(waiting.errors!.map((e) => e.field)).toEqual(['coauthors'])
    const mail = await lastMail(coordinator, 'piotr@example.pl')
    const key = mail.text.match(/#klucz=(\S+)/)![1]
    await json(new Agent(t).post('/api/v1/jst/gmina-przykladowa/bo/coauthors/confirm', { token: key }), 200)
    const submitted = await json(author.post(`${pub}/projects/${projectId}/submit`), 200)
    expect(submitted.project).toMatchObject({ status: 'submitted', number: 1 })
    await expectProblem(await author.post(`${pub}/projects/${projectId}/submit`), 409)
  })

  it('refuses submitting and supporting after the deadline', async () => {
    const r = new Agent(t)
    const late = await json(r.post(`${pub}/projects`, draftBody(edition.pools[1]!.id)), 201)
    const e = await t.db.query.editions.findFirst({ where: eq(editions.year, 2027) })
    await t.db
      .update(phases)
      .set({ endsAt: new Date(Date.now() - 1000) })
      .where(sql`${phases.editionId} = ${e!.id} AND ${phases.phase} = 'submission'`)
    try {
      const p = await expectProblem(
        await asAuthor(r, late.token).post(`${pub}/projects/${late.project.id}/submit`),
        409,
      )
      expect(p.detail).toMatch(/Nabór projektów jest zamknięty/)
      await expectProblem(
        await r.post(`${pub}/projects/${late.project.id}/supports`, {
          name: 'Adam Mały',
          address: 'ul. Polna 1',
          residenceDeclared: true,
        }),
        409,
      )
      await expectProblem(await r.post(`${pub}/projects`, draftBody(edition.pools[1]!.id)), 409)
      const [row] = await t.db.select().from(projects).where(eq(projects.id, late.project.id))
      expect(row!.status).toBe('draft')
    } finally {
      await t.db
        .update(phases)
        .set({ endsAt: new Date(Date.now() + 10 * 86_400_000) })
        .where(sql`${phases.editionId} = ${e!.id} AND ${phases.phase} = 'submission'`)
    }
  })

  it('checks uploaded files against the edition limits and their real content', async () => {
    const r = new Agent(t)
    const draft = await json(r.post(`${pub}/projects`, draftBody(edition.pools[1]!.id)), 201)
    const upload = (name: string, type: string, bytes: Uint8Array, kind = 'document') => {
      const form = new FormData()
      form.append('file', new File([bytes as BlobPart], name, { type }))
      form.append('kind', kind)
      return t.app.request(`http://localhost${pub}/projects/${draft.project.id}/attachments`, {
        method: 'POST',
        body: form,
        headers: { Authorization: `Bearer ${draft.token}`, Origin: 'http://localhost' },
      })
    }
    const pdf = new TextEncoder().encode('%PDF-1.4\n% test\n')
    const ok = await json(upload('mapa.pdf', 'application/pdf', pdf), 201)
    expect(ok.project.attachments).toHaveLength(1)
    await expectProblem(await upload('wirus.pdf', 'application/pdf', new TextEncoder().encode('<html><script>')), 400)
    await expectProblem(await upload('notatka.txt', 'text/plain', new TextEncoder().encode('hello')), 400)
    await expectProblem(await upload('duzy.pdf', 'application/pdf', new Uint8Array(6 * 1024 * 1024).fill(37)), 413)
  })

  void resident
})

describe('assessment and appeals', () => {
  let projectId: string
  let token: string
  let verifierId: string

  beforeAll(async () => {
    const r = new Agent(t)
    const created = await json(
      r.post(`${pub}/projects`, {
        ...draftBody(edition.pools[1]!.id),
        authorEmail: 'odwolanie@example.pl',
        title: 'Plac zabaw na Północy',
      }),
      201,
    )
    projectId = created.project.id
    token = created.token
    await json(
      r.post(`${pub}/projects/${projectId}/supports`, {
        name: 'Ola Zielińska',
        address: 'ul. Lipowa 3',
        residenceDeclared: true,
      }),
      201,
    )
    await json(asAuthor(r, token).post(`${pub}/projects/${projectId}/submit`), 200)
    const list = await json(coordinator.get(`${staff}/2027/projects`), 200)
    verifierId = list.verifiers.find((v: { role: string }) => v.role === 'weryfikator').id
  })

  it('refuses to assign a verifier of another JST', async () => {
    const { agent: otherVerifier, userId } = await staffOfAnotherJst(t, 'weryfikator')
    const problem = await expectProblem(
      await coordinator.post(`${staff}/2027/projects/${projectId}/assign`, { verifierId: userId }),
      400,
    )
    expect(problem.detail).toMatch(/nie jest weryfikatorem/)
    await expectProblem(
      await otherVerifier.request('POST', `${staff}/2027/projects/${projectId}/assessments`, {
        stage: 'formal',
        criteria: [{ key: 'formal', passed: true }],
        justification: 'Wszystko w porządku.',
      }),
      403,
    )
  })

  it('lets only the assigned verifier assess, with a reason for every failed criterion', async () => {
    const verifier = await loggedIn(t, demo.weryfikator)
    await expectProblem(
      await verifier.post(`${staff}/2027/projects/${projectId}/assessments`, {
        stage: 'formal',
        criteria: [{ key: 'formal', passed: true }],
        justification: 'Wszystko w porządku.',
      }),
      403,
    )
    await json(coordinator.post(`${staff}/2027/projects/${projectId}/assign`, { verifierId }), 200)
    const unexplained = await expectProblem(
      await verifier.post(`${staff}/2027/projects/${projectId}/assessments`, {
        stage: 'formal',
        criteria: [{ key: 'ownership', passed: false }],
        justification: 'Projekt odrzucony.',
      }),
      400,
    )
    expect(unexplained.errors![0]!.field).toBe('criteria')
    const rejected = await json(
      verifier.post(`${staff}/2027/projects/${projectId}/assessments`, {
        stage: 'formal',
        criteria: [
          { key: 'formal', passed: true },
          { key: 'ownership', passed: false, justification: 'Działka nr 12/3 nie należy do gminy.' },
        ],
        justification: 'Projekt zlokalizowano na terenie, do którego gmina nie ma tytułu prawnego.',
      }),
      201,
    )
    expect(rejected.project.status).toBe('formal_rejected')
    expect(Date.parse(rejected.project.appealDeadline)).toBeGreaterThan(Date.now() + 6 * 86_400_000)
    const mail = await lastMail(coordinator, 'odwolanie@example.pl')
    expect(mail.text).toMatch(/Możesz się odwołać do/)
    const page = await json(new Agent(t).get(`${pub}/projects/${projectId}`), 200)
    expect(page.assessments[0].criteria[1].justification).toBe('Działka nr 12/3 nie należy do gminy.')
  })

  it('refuses an appeal after its deadline, then accepts one in time and puts the project on the final list', async () => {
    const author = asAuthor(new Agent(t), token)
    const [row] = await t.db.select().from(projects).where(eq(projects.id, projectId))
    await t.db
      .update(projects)
      .set({ appealDeadline: new Date(Date.now() - 1000) })
      .where(eq(projects.id, projectId))
    const late = await expectProblem(
      await author.post(`${pub}/projects/${projectId}/appeals`, {
        text: 'Gmina jest właścicielem działki od 2019 roku, w załączeniu wypis.',
      }),
      409,
    )
    expect(late.detail).toMatch(/Termin na odwołanie minął/)
    await t.db.update(projects).set({ appealDeadline: row!.appealDeadline }).where(eq(projects.id, projectId))
    await expectProblem(await author.post(`${pub}/projects/${projectId}/appeals`, { text: 'Za krótko' }), 400)
    await json(
      author.post(`${pub}/projects/${projectId}/appeals`, {
        text: 'Gmina jest właścicielem działki od 2019 roku, w załączeniu wypis.',
      }),
      201,
    )
    const appeals = await json(coordinator.get(`${staff}/2027/appeals`), 200)
    const appeal = appeals.items.find((a: { project: { id: string } }) => a.project.id === projectId)
    const verifier = await loggedIn(t, demo.weryfikator)
    await expectProblem(
      await verifier.post(`${staff}/2027/appeals/${appeal.id}/decision`, {
        accepted: true,
        reason: 'Wypis z księgi wieczystej potwierdza tytuł.',
      }),
      403,
    )
    const decided = await json(
      coordinator.post(`${staff}/2027/appeals/${appeal.id}/decision`, {
        accepted: true,
        reason: 'Wypis z księgi wieczystej potwierdza tytuł gminy.',
      }),
      200,
    )
    expect(decided.status).toBe('accepted')
    await expectProblem(
      await coordinator.post(`${staff}/2027/appeals/${appeal.id}/decision`, {
        accepted: false,
        reason: 'Zmiana zdania po fakcie.',
      }),
      409,
    )
    const list = await json(new Agent(t).get(`${pub}/final-list`), 200)
    expect(
      list.pools.find((p: { code: string }) => p.code === 'PN').projects.map((p: { id: string }) => p.id),
    ).toContain(projectId)
    const log = await json(
      (await loggedIn(t, demo.admin)).get('/api/v1/jst/gmina-przykladowa/staff/audit?limit=20'),
      200,
    )
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['bo.appeal.decide', 'bo.assessment.formal', 'bo.project.assign']),
    )
  })
})

describe('public list and open data', () => {
  it('filters, searches without caring about Polish letters, and hides drafts', async () => {
    const r = new Agent(t)
    const all = await json(r.get(`${pub}/projects`), 200)
    expect(all.items.every((p: { status: string }) => p.status !== 'draft')).toBe(true)
    const found = await json(r.get(`${pub}/projects?q=${encodeURIComponent('ZIELONY skwer')}`), 200)
    expect(found.items.map((p: { title: string }) => p.title)).toEqual(['Zielony skwer przy szkole'])
    const northern = await json(r.get(`${pub}/projects?q=polnocy`), 200)
    expect(northern.items.map((p: { title: string }) => p.title)).toEqual(['Plac zabaw na Północy'])
    const accepted = await json(r.get(`${pub}/projects?status=accepted&pool=${edition.pools[1]!.id}`), 200)
    expect(accepted.items).toHaveLength(1)
    await expectProblem(await r.get(`${pub}/projects?status=zly`), 400)
    expect(JSON.stringify(all)).not.toContain('anna.kowalska@example.pl')
  })

  it('exports projects with assessment results as CSV and the ballot list as .pb PROJECTS', async () => {
    const bytes = new Uint8Array(await (await new Agent(t).get(`${pub}/projects.csv`)).arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv.split('\r\n')[0]).toBe(
      'numer;tytul;pula;kategoria;lokalizacja;koszt_zl;koszt_po_weryfikacji_zl;poparcie;status;ocena_formalna;ocena_merytoryczna;uzasadnienie;odwolanie',
    )
    expect(csv).toContain('Plac zabaw na Północy')
    expect(csv).toContain('dopuszczony do głosowania')
    const pb = await (await new Agent(t).get(`${pub}/ballot.pb`)).text()
    expect(pb).toMatch(/^META\nkey;value\n/)
    expect(pb).toContain('PROJECTS\nproject_id;cost;name;category;pool\n')
    expect(pb).toMatch(/\n2;58000;Plac zabaw na Północy;zieleń;PN\n/)
  })
})

describe('the phase calendar moves on its own', () => {
  it('announces phase changes and records them in the audit log', async () => {
    const [e] = await t.db.select().from(editions).where(eq(editions.year, 2027))
    await t.db.update(editions).set({ announcedPhase: null }).where(eq(editions.id, e!.id))
    const changes = await advancePhases(t.db)
    expect(changes).toContainEqual({ editionId: e!.id, from: null, to: 'submission' })
    const later = await advancePhases(t.db, new Date(Date.now() + 15 * 86_400_000))
    expect(later).toContainEqual({ editionId: e!.id, from: 'submission', to: 'assessment' })
    expect(await advancePhases(t.db, new Date(Date.now() + 15 * 86_400_000))).toEqual([])
    const [tenant] = await t.db.select().from(tenants).where(eq(tenants.slug, 'gmina-przykladowa'))
    const rows = await t.db.run(
      sql`SELECT count(*) AS n FROM audit_log WHERE action = 'bo.phase' AND tenant_id = ${tenant!.id}`,
    )
    expect(Number(rows.rows[0]!.n)).toBeGreaterThanOrEqual(2)
  })
})

describe('the JST home page lists the running edition', () => {
  it('shows the edition as an active process with its phase', async () => {
    const home = await json(new Agent(t).get('/api/v1/jst/gmina-przykladowa'), 200)
    expect(home.processes).toContainEqual(
      expect.objectContaining({
        module: 'budget',
        title: 'Budżet obywatelski 2027',
        status: 'zgłaszanie projektów',
        url: '/gmina-przykladowa/bo/2027',
      }),
    )
  })
})

describe('support page and scanned lists', () => {
  it('shows supporters a draft project they are asked to support, and flags a second support by its type', async () => {
    const r = new Agent(t)
    const draft = await json(
      r.post(`${pub}/projects`, {
        ...draftBody(edition.pools[1]!.id),
        authorEmail: 'skan@example.pl',
        title: 'Ławki na skwerze',
      }),
      201,
    )
    const info = await json(r.get(`${pub}/projects/${draft.project.id}/support-info`), 200)
    expect(info).toMatchObject({
      title: 'Ławki na skwerze',
      status: 'draft',
      supportOpen: true,
      supporters: 0,
      pool: { code: 'PN', requiredSupporters: 1 },
    })
    await json(
      r.post(`${pub}/projects/${draft.project.id}/supports`, {
        name: 'Olga Tokarczuk',
        address: 'ul. Lipowa 1',
        residenceDeclared: true,
      }),
      201,
    )
    const again = await expectProblem(
      await r.post(`${pub}/projects/${draft.project.id}/supports`, {
        name: 'Olga Tokarczuk',
        address: 'ul. Lipowa 1',
        residenceDeclared: true,
      }),
      409,
    )
    expect((again as { type?: string }).type).toBe('https://wspolnota.example/problems/already-supported')
  })

  it('lets the author and the JST staff who check it — nobody else — open a scanned support list', async () => {
    const r = new Agent(t)
    const draft = await json(
      r.post(`${pub}/projects`, { ...draftBody(edition.pools[1]!.id), authorEmail: 'lista@example.pl' }),
      201,
    )
    const form = new FormData()
    form.append(
      'file',
      new File([new TextEncoder().encode('%PDF-1.4 lista') as BlobPart], 'lista.pdf', { type: 'application/pdf' }),
    )
    form.append('kind', 'support-list')
    form.append('paperSupporters', '3')
    const up = await json(
      t.app.request(`http://localhost${pub}/projects/${draft.project.id}/attachments`, {
        method: 'POST',
        body: form,
        headers: { Authorization: `Bearer ${draft.token}`, Origin: 'http://localhost' },
      }),
      201,
    )
    const file = `${pub}/projects/${draft.project.id}/attachments/${up.project.attachments[0].id}`
    expect((await asAuthor(new Agent(t), draft.token).get(file)).status).toBe(200)
    expect((await (await loggedIn(t, demo.weryfikator)).get(file)).status).toBe(200)
    await expectProblem(await new Agent(t).get(file), 401)
    await expectProblem(await (await loggedIn(t, demo.moderator)).get(file), 401)
  })
})
