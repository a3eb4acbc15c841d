import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { editions, projects } from '../../../worker/budget/tables'
import { ballotIdentities, ballots, voters } from '../../../worker/budget/tables/voting'
import { votingPhases } from '../../support/editions'
import { editionBody, json } from './helpers'
import { Agent, demo, expectProblem, lastMail, loggedIn, testApp, type TestApp } from '../../support/api'

const day = 86_400_000
let t: TestApp
let pools: { id: string; code: string }[]
let projectIds: string[]
const year = 2028
const pub = `/api/v1/jst/gmina-przykladowa/bo/${year}`

/** An edition in its voting phase: earlier phases in the past, voting now. */
function votingEdition(overrides: Record<string, unknown> = {}) {
  return { ...editionBody(year, overrides), phases: votingPhases() }
}

beforeAll(async () => {
  t = await testApp()
  const coordinator = await loggedIn(t, demo.koordynator)
  const edition = await json(
    coordinator.post(
      '/api/v1/jst/gmina-przykladowa/staff/bo/editions',
      votingEdition({
        rules: {
          ...editionBody(year).rules,
          ballot: { format: 'approval', minProjects: 1, maxProjects: 2, areaPools: 'any-one-area' },
          voting: { duplicatePolicy: 'keep-first', receipts: 'inclusion-and-content' },
        },
      }),
    ),
    201,
  )
  pools = edition.pools
  const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
  projectIds = []
  const now = new Date()
  for (const [i, pool] of [pools[0]!, pools[0]!, pools[0]!, pools[1]!, pools[1]!].entries()) {
    const id = newId()
    projectIds.push(id)
    await t.db.insert(projects).values({
      id,
      tenantId: e!.tenantId,
      editionId: e!.id,
      poolId: pool.id,
      number: i + 1,
      status: 'accepted',
      title: `Projekt ${i + 1}`,
      costItems: [],
      cost: 1_000_000 * (i + 1),
      extra: {},
      authorName: 'Autor Testowy',
      authorEmail: `autor${i}@example.pl`,
      authorTokenHash: await hashToken(newToken()),
      authorResidenceDeclared: true,
      createdAt: now,
      updatedAt: now,
    })
  }
})
afterAll(() => t.close())

async function openSession(email: string) {
  const r = new Agent(t)
  expect((await r.post(`${pub}/vote/code`, { channel: 'email', address: email })).status).toBe(202)
  const code = (await lastMail(r, email)).text.match(/\b(\d{6})\b/)![1]
  const { token } = await json(r.post(`${pub}/vote/session`, { channel: 'email', address: email, code }), 201)
  const h = { Authorization: `Bearer ${token}` }
  return {
    token,
    get: (path: string) => r.request('GET', `${pub}/vote${path}`, undefined, h),
    put: (path: string, body: unknown) => r.request('PUT', `${pub}/vote${path}`, body, h),
    post: (path: string, body: unknown) => r.request('POST', `${pub}/vote${path}`, body, h),
  }
}

const person = {
  firstName: 'Maria',
  lastName: 'Wójcik',
  address: 'ul. Lipowa 7, Przykładowo',
  residenceDeclared: true,
  adult: true,
  ageBand: '35-44',
  sex: 'k',
}

describe('voting with a one-time code', () => {
  it('opens a ballot with a code, keeps a draft, and casts one ballot for a receipt', async () => {
    const s = await openSession('maria@example.pl')
    const ballot = await json(s.get('/ballot'), 200)
    expect(ballot.pools.map((p: { projects: unknown[] }) => p.projects.length)).toEqual([3, 2])
    expect(ballot.rules).toMatchObject({ format: 'approval', maxProjects: 2, askPesel: false })
    await json(s.put('/draft', { choices: { [pools[0]!.id]: { [projectIds[0]!]: 1 } } }), 200)
    expect((await json(s.get('/ballot'), 200)).draft.choices[pools[0]!.id]).toEqual({ [projectIds[0]!]: 1 })
    const cast = await json(
      s.post('/cast', { choices: { [pools[0]!.id]: { [projectIds[0]!]: 1, [projectIds[1]!]: 1 } }, identity: person }),
      201,
    )
    expect(cast.receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
    // a repeat from the same session stores nothing and gets the first receipt back (tests/api/voting-hardening.test.ts)
    expect(
      await json(s.post('/cast', { choices: { [pools[0]!.id]: { [projectIds[0]!]: 1 } }, identity: person }), 200),
    ).toEqual({ receipt: cast.receipt, repeated: true })
    const [row] = await t.db.select().from(ballots).where(eq(ballots.receipt, cast.receipt))
    expect(row).toMatchObject({ status: 'valid', channel: 'online', ageBand: '35-44' })
    const [identity] = await t.db.select().from(ballotIdentities).where(eq(ballotIdentities.ballotId, row!.id))
    expect(identity).toMatchObject({ firstName: 'Maria', lastName: 'Wójcik' })
  })

  it('applies the ballot rules with Polish messages', async () => {
    const s = await openSession('reguly@example.pl')
    const tooMany = await expectProblem(
      await s.post('/cast', {
        choices: { [pools[0]!.id]: { [projectIds[0]!]: 1, [projectIds[1]!]: 1, [projectIds[2]!]: 1 } },
        identity: person,
      }),
      400,
    )
    expect(tooMany.detail).toMatch(/najwyżej 2/)
    const wrongPool = await expectProblem(
      await s.post('/cast', { choices: { [pools[0]!.id]: { [projectIds[3]!]: 1 } }, identity: person }),
      400,
    )
    expect(wrongPool.errors![0]!.field).toBe(`choices.${pools[0]!.id}`)
    await expectProblem(await s.post('/cast', { choices: {}, identity: person }), 400)
    const minor = await expectProblem(
      await s.post('/cast', {
        choices: { [pools[1]!.id]: { [projectIds[3]!]: 1 } },
        identity: { ...person, adult: false },
      }),
      400,
    )
    expect(minor.errors!.map((e) => e.field)).toContain('identity.guardianName')
    await json(
      s.post('/cast', {
        choices: { [pools[1]!.id]: { [projectIds[3]!]: 1 } },
        identity: { ...person, firstName: 'Zosia', adult: false, guardianName: 'Anna Wójcik', guardianDeclared: true },
      }),
      201,
    )
  })

  it('never produces two valid ballots for one person — same channel, concurrently from several connections', async () => {
    const sessions = await Promise.all(Array.from({ length: 6 }, (_, i) => openSession(`rownolegle${i}@example.pl`)))
    const same = { ...person, firstName: 'Tomasz', lastName: 'Kamiński', address: 'ul. Polna 3' }
    const results = await Promise.all(
      sessions.map((s, i) =>
        s.post('/cast', {
          choices: { [pools[0]!.id]: { [projectIds[i % 3]!]: 1 } },
          identity: i % 2 ? { ...same, firstName: 'TOMASZ', address: 'Polna 3' } : same,
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201])
    const rows = await t.db
      .select()
      .from(ballots)
      .where(sql`${ballots.id} IN (SELECT ballot_id FROM bo_ballot_identities WHERE last_name = 'Kamiński')`)
    expect(rows).toHaveLength(6)
    expect(rows.filter((r) => r.status === 'valid')).toHaveLength(1)
    expect(rows.filter((r) => r.status === 'duplicate')).toHaveLength(5)
    const [voter] = await t.db.select().from(voters).where(eq(voters.personKey, rows[0]!.personKey))
    expect(voter!.ballots).toBe(6)
  })

  it('holds across separate database connections (two server instances on one file)', async () => {
    const other = await testApp({}, t.file)
    try {
      const viaOther = async (email: string) => {
        const r = new Agent(other)
        await r.post(`${pub}/vote/code`, { channel: 'email', address: email })
        const code = (await lastMail(r, email)).text.match(/\b(\d{6})\b/)![1]
        const { token } = await json(r.post(`${pub}/vote/session`, { channel: 'email', address: email, code }), 201)
        return (body: unknown) => r.request('POST', `${pub}/vote/cast`, body, { Authorization: `Bearer ${token}` })
      }
      const castHere = await openSession('dwa-serwery-1@example.pl')
      const castThere = await viaOther('dwa-serwery-2@example.pl')
      const who = { ...person, firstName: 'Ewa', lastName: 'Dwuserwerowa', address: 'ul. Wspólna 2' }
      const body = { choices: { [pools[0]!.id]: { [projectIds[0]!]: 1 } }, identity: who }
      const [a, b] = await Promise.all([castHere.post('/cast', body), castThere(body)])
      expect([a.status, b.status]).toEqual([201, 201])
      const rows = await t.db
        .select()
        .from(ballots)
        .where(sql`${ballots.id} IN (SELECT ballot_id FROM bo_ballot_identities WHERE last_name = 'Dwuserwerowa')`)
      expect(rows.map((r) => r.status).sort()).toEqual(['duplicate', 'valid'])
    } finally {
      other.close()
    }
  })

  it('does not reveal whether someone has voted: a duplicate gets the same kind of answer', async () => {
    const s = await openSession('ciekawski@example.pl')
    const res = await s.post('/cast', { choices: { [pools[1]!.id]: { [projectIds[4]!]: 1 } }, identity: person })
    expect(res.status).toBe(201)
    expect((await res.json()).receipt).toMatch(/^[0-9A-Z]{10}$/)
  })

  it('locks out guessing: after five wrong codes even the right one is refused for a while', async () => {
    const r = new Agent(t)
    await r.post(`${pub}/vote/code`, { channel: 'email', address: 'zgadywacz@example.pl' })
    const code = (await lastMail(r, 'zgadywacz@example.pl')).text.match(/\b(\d{6})\b/)![1]!
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    for (let i = 0; i < 4; i++)
      await expectProblem(
        await r.post(`${pub}/vote/session`, { channel: 'email', address: 'zgadywacz@example.pl', code: wrong }),
        400,
      )
    const locked = await r.post(`${pub}/vote/session`, {
      channel: 'email',
      address: 'zgadywacz@example.pl',
      code: wrong,
    })
    await expectProblem(locked, 429)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(60)
    await expectProblem(
      await r.post(`${pub}/vote/session`, { channel: 'email', address: 'zgadywacz@example.pl', code }),
      429,
    )
    await expectProblem(await r.post(`${pub}/vote/code`, { channel: 'email', address: 'zgadywacz@example.pl' }), 429)
    await expectProblem(
      await r.post(`${pub}/vote/session`, { channel: 'email', address: 'zgadywacz@example.pl', code: '12345' }),
      400,
    )
  })

  it('refuses a session without a valid token, SMS where the edition offers only e-mail, and voting outside its phase', async () => {
    const r = new Agent(t)
    await expectProblem(await r.get(`${pub}/vote/ballot`), 401)
    await expectProblem(
      await r.request('GET', `${pub}/vote/ballot`, undefined, {
        Authorization: 'Bearer nieprawidlowy-token-0000000000000',
      }),
      401,
    )
    await expectProblem(await r.post(`${pub}/vote/code`, { channel: 'sms', address: '600 100 200' }), 400)
    await expectProblem(
      await r.post('/api/v1/jst/gmina-przykladowa/bo/2099/vote/code', { channel: 'email', address: 'x@example.pl' }),
      404,
    )
    const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
    await t.db.run(
      sql`UPDATE bo_phases SET ends_at = ${Date.now() - 1000} WHERE edition_id = ${e!.id} AND phase = 'voting'`,
    )
    try {
      await expectProblem(await r.post(`${pub}/vote/code`, { channel: 'email', address: 'spozniony@example.pl' }), 409)
    } finally {
      await t.db.run(
        sql`UPDATE bo_phases SET ends_at = ${Date.now() + 10 * day} WHERE edition_id = ${e!.id} AND phase = 'voting'`,
      )
    }
  })
})

describe('void-all policy (as in Jaworzno)', () => {
  it('voids both ballots of a person who votes twice', async () => {
    const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
    const rules = { ...(e!.rules as Record<string, unknown>), voting: { duplicatePolicy: 'void-all' } }
    await t.db.update(editions).set({ rules }).where(eq(editions.id, e!.id))
    try {
      const twice = { ...person, firstName: 'Jerzy', lastName: 'Dwakroć', address: 'ul. Krzywa 1' }
      const a = await openSession('jerzy1@example.pl')
      const b = await openSession('jerzy2@example.pl')
      const first = await json(
        a.post('/cast', { choices: { [pools[0]!.id]: { [projectIds[0]!]: 1 } }, identity: twice }),
        201,
      )
      const second = await json(
        b.post('/cast', { choices: { [pools[0]!.id]: { [projectIds[1]!]: 1 } }, identity: twice }),
        201,
      )
      const rows = await t.db
        .select()
        .from(ballots)
        .where(and(sql`${ballots.receipt} IN (${first.receipt}, ${second.receipt})`))
      expect(rows.map((r) => r.status).sort()).toEqual(['void', 'void'])
    } finally {
      await t.db.update(editions).set({ rules: e!.rules }).where(eq(editions.id, e!.id))
    }
  })
})

describe('paper cards, the count and its publication', () => {
  const card = (
    n: string,
    who: Record<string, unknown>,
    choices: Record<string, Record<string, number>>,
    flags = {},
  ) => ({ cardNumber: n, choices, identity: { ...person, ...who }, flags })
  let weryfikator: Agent
  let koordynator: Agent
  const staff = `/api/v1/jst/gmina-przykladowa/staff/bo/${year}`

  beforeAll(async () => {
    weryfikator = await loggedIn(t, demo.weryfikator)
    koordynator = await loggedIn(t, demo.koordynator)
  })

  it('needs a second person to confirm a card, and applies the same one-person check across channels', async () => {
    const entered = await json(
      weryfikator.post(`${staff}/paper-cards`, card('P-001', {}, { [pools[0]!.id]: { [projectIds[2]!]: 1 } })),
      201,
    )
    await expectProblem(await weryfikator.post(`${staff}/paper-cards/${entered.id}/confirm`, {}), 403)
    const confirmed = await json(koordynator.post(`${staff}/paper-cards/${entered.id}/confirm`, {}), 200)
    // Maria Wójcik already voted online: her paper card is a duplicate and does not count
    expect(confirmed.ballotStatus).toBe('duplicate')
    const fresh = await json(
      weryfikator.post(
        `${staff}/paper-cards`,
        card(
          'P-002',
          { firstName: 'Halina', lastName: 'Papierowa', address: 'ul. Stara 9' },
          { [pools[0]!.id]: { [projectIds[2]!]: 1 } },
        ),
      ),
      201,
    )
    expect((await json(koordynator.post(`${staff}/paper-cards/${fresh.id}/confirm`, {}), 200)).ballotStatus).toBe(
      'valid',
    )
    const unsigned = await json(
      weryfikator.post(
        `${staff}/paper-cards`,
        card(
          'P-003',
          { firstName: 'Bez', lastName: 'Podpisu', address: 'ul. Nowa 1' },
          { [pools[0]!.id]: { [projectIds[2]!]: 1 } },
          { unsigned: true },
        ),
      ),
      201,
    )
    const invalid = await json(koordynator.post(`${staff}/paper-cards/${unsigned.id}/confirm`, {}), 200)
    expect(invalid).toMatchObject({ ballotStatus: 'invalid', reasons: ['karta niepodpisana'] })
    await expectProblem(await koordynator.post(`${staff}/paper-cards/${unsigned.id}/confirm`, {}), 409)
    await expectProblem(
      await (await loggedIn(t, demo.moderator)).post(`${staff}/paper-cards`, card('P-004', {}, {})),
      403,
    )
  })

  it('keeps every count hidden before publication, on every route and export', async () => {
    const r = new Agent(t)
    await expectProblem(await koordynator.post(`${staff}/results`, {}), 409) // voting still open
    const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
    await t.db.run(
      sql`UPDATE bo_phases SET ends_at = ${Date.now() - 1000} WHERE edition_id = ${e!.id} AND phase = 'voting'`,
    )
    await t.db.run(
      sql`UPDATE bo_phases SET starts_at = ${Date.now() - 1000} WHERE edition_id = ${e!.id} AND phase = 'results'`,
    )
    const pending = await json(
      weryfikator.post(
        `${staff}/paper-cards`,
        card(
          'P-005',
          { firstName: 'Późna', lastName: 'Karta', address: 'ul. Wolna 4' },
          { [pools[1]!.id]: { [projectIds[4]!]: 1 } },
        ),
      ),
      201,
    )
    await expectProblem(await koordynator.post(`${staff}/results`, {}), 409) // a card waits
    await json(
      koordynator.post(`${staff}/paper-cards/${pending.id}/reject`, { reason: 'Błąd przy wprowadzaniu.' }),
      200,
    )
    const computed = await json(koordynator.post(`${staff}/results`, {}), 201)
    expect(computed.published).toBe(false)
    for (const path of [`${pub}/results`, `${pub}/results/csv`, `${pub}/results/OG.pb`, `${pub}/implementation`])
      await expectProblem(await r.get(path), 404)
    const everything = [
      await (await r.get(`${pub}/projects`)).text(),
      await (await r.get(`${pub}/final-list`)).text(),
      await (await r.get(`${pub}/projects.csv`)).text(),
      await (await r.get(`${pub}/ballot.pb`)).text(),
      await (await r.get('/api/v1/jst/gmina-przykladowa')).text(),
    ]
    for (const text of everything) expect(text).not.toMatch(/"votes"|"score"|glosy/)
    const receipt = (await t.db.select().from(ballots).where(eq(ballots.status, 'valid')))[0]!.receipt
    expect(await json(r.get(`${pub}/receipt/${receipt}`), 200)).toEqual({ recorded: true, published: false })
    await expectProblem(await koordynator.post(`${staff}/results/publish`, {}), 403)
  })

  it('publishes results that anyone can recompute from the published .pb, and a voter finds their ballot', async () => {
    const admin = await loggedIn(t, demo.admin)
    await json(admin.post(`${staff}/results/publish`, {}), 200)
    await expectProblem(await koordynator.post(`${staff}/results`, {}), 409)
    const published = await json(new Agent(t).get(`${pub}/results`), 200)
    const og = published.pools.find((p: { code: string }) => p.code === 'OG')
    expect(og.outcome.selected.length).toBeGreaterThan(0)
    expect(published.stats.byChannel.paper).toBe('<10')
    expect(published.stats.byStatus).toMatchObject({
      valid: expect.any(Number),
      duplicate: expect.any(Number),
      invalid: 1,
    })
    const file = await (await new Agent(t).get(`${pub}/results/OG.pb`)).text()
    const { parsePabulib, tally } = await import('../../../worker/budget/tally')
    const recount = tally(parsePabulib(file))
    expect(recount.selected).toEqual(og.outcome.selected)
    expect(file).not.toMatch(/Wójcik|Maria|Lipowa/)
    const valid = (
      await t.db
        .select()
        .from(ballots)
        .where(and(eq(ballots.status, 'valid'), eq(ballots.channel, 'paper')))
    )[0]!
    const check = await json(new Agent(t).get(`${pub}/receipt/${valid.receipt.toLowerCase()}`), 200)
    expect(check).toMatchObject({ recorded: true, published: true, counted: true, pools: ['OG'] })
    expect(file).toContain(`\n${check.voterId};`)
    const dup = (await t.db.select().from(ballots).where(eq(ballots.status, 'duplicate')))[0]!
    expect(await json(new Agent(t).get(`${pub}/receipt/${dup.receipt}`), 200)).toMatchObject({
      counted: false,
      status: 'duplicate',
      pools: [],
    })
    await expectProblem(await new Agent(t).get(`${pub}/receipt/zly-kod`), 400)
    const csv = await (await new Agent(t).get(`${pub}/results/csv`)).text()
    expect(csv.split('\r\n')[0]).toBe('pula;projekt;tytul;koszt_zl;glosy;wybrany;wyjasnienie')
  })
})

describe('implementation of the winners', () => {
  const staff = `/api/v1/jst/gmina-przykladowa/staff/bo/${year}/implementation`

  it('tracks each winner with its scope as voted, statuses with reasons, notes and photos', async () => {
    const list = await json(new Agent(t).get(`${pub}/implementation`), 200)
    expect(list.items.length).toBeGreaterThan(0)
    const first = list.items[0]
    expect(first).toMatchObject({
      status: 'selected',
      statusLabel: 'wybrany do realizacji',
      scope: { title: expect.stringMatching(/^Projekt /), cost: expect.any(Number) },
    })
    const koordynator = await loggedIn(t, demo.koordynator)
    await expectProblem(
      await (await loggedIn(t, demo.weryfikator)).patch(`${staff}/${first.projectId}`, { status: 'in_progress' }),
      403,
    )
    const noReason = await expectProblem(
      await koordynator.patch(`${staff}/${first.projectId}`, { status: 'abandoned' }),
      400,
    )
    expect(noReason.errors![0]!.field).toBe('reason')
    await json(koordynator.patch(`${staff}/${first.projectId}`, { status: 'in_progress' }), 200)
    await json(koordynator.post(`${staff}/${first.projectId}/notes`, { text: 'Podpisano umowę z wykonawcą.' }), 201)
    const form = new FormData()
    form.append('text', 'Trwają prace ziemne.')
    form.append(
      'photo',
      new File(
        [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) as BlobPart],
        'budowa.png',
        { type: 'image/png' },
      ),
    )
    const withPhoto = await json(
      t.app.request(`http://localhost${staff}/${first.projectId}/notes`, {
        method: 'POST',
        body: form,
        headers: { Cookie: koordynator.cookie, Origin: 'http://localhost' },
      }),
      201,
    )
    expect(withPhoto.photoId).toBeTruthy()
    const photo = await new Agent(t).get(`${pub}/projects/${first.projectId}/attachments/${withPhoto.photoId}`)
    expect(photo.headers.get('content-type')).toBe('image/png')
    await expectProblem(await koordynator.patch(`${staff}/nie-ma`, { status: 'done' }), 404)
    const after = (await json(new Agent(t).get(`${pub}/implementation`), 200)).items.find(
      (i: { projectId: string }) => i.projectId === first.projectId,
    )
    expect(after).toMatchObject({ status: 'in_progress', statusLabel: 'w realizacji', scope: first.scope })
    expect(after.notes.map((n: { text: string }) => n.text)).toEqual([
      'Podpisano umowę z wykonawcą.',
      'Trwają prace ziemne.',
    ])
  })
})

describe('identity data: staff only, erased on time, duplicates still caught', () => {
  const staff = `/api/v1/jst/gmina-przykladowa/staff/bo/${year}`

  it('shows voters\u2019 identity only to admins and coordinators', async () => {
    const list = await json((await loggedIn(t, demo.koordynator)).get(`${staff}/ballots?status=valid&limit=5`), 200)
    expect(list.items[0].identity).toMatchObject({ firstName: expect.any(String), lastName: expect.any(String) })
    for (const email of [demo.weryfikator, demo.moderator])
      await expectProblem(await (await loggedIn(t, email)).get(`${staff}/ballots`), 403)
    await expectProblem(await new Agent(t).get(`${staff}/ballots`), 401)
  })

  it('erases identity data at the configured date, and a second ballot of the same person is still a duplicate', async () => {
    const { eraseIdentities } = await import('../../../worker/budget/actions/erasure')
    const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
    const rules = e!.rules as Record<string, any>
    await t.db
      .update(editions)
      .set({ rules: { ...rules, voting: { ...rules.voting, identityEraseOn: '2020-01-01' } } })
      .where(eq(editions.id, e!.id))
    const erased = await eraseIdentities(t.db)
    expect(erased).toBeGreaterThan(5)
    const left = await t.db.run(
      sql`SELECT count(*) AS n FROM bo_ballot_identities WHERE first_name IS NOT NULL OR last_name IS NOT NULL OR address IS NOT NULL`,
    )
    expect(Number(left.rows[0]!.n)).toBe(0)
    const raw = await t.db.run(
      sql`SELECT count(*) AS n FROM bo_ballot_identities WHERE first_name = 'Maria' OR address LIKE '%Lipowa%'`,
    )
    expect(Number(raw.rows[0]!.n)).toBe(0)
    expect(await eraseIdentities(t.db)).toBe(0)
    // voting reopened for the check: Maria Wójcik again → duplicate, thanks to the kept person key
    await t.db.run(
      sql`UPDATE bo_phases SET ends_at = ${Date.now() + day} WHERE edition_id = ${e!.id} AND phase = 'voting'`,
    )
    await t.db.run(
      sql`UPDATE bo_phases SET starts_at = ${Date.now() + day} WHERE edition_id = ${e!.id} AND phase = 'results'`,
    )
    const s = await openSession('maria-znowu@example.pl')
    const again = await json(
      s.post('/cast', { choices: { [pools[1]!.id]: { [projectIds[3]!]: 1 } }, identity: person }),
      201,
    )
    const [row] = await t.db.select().from(ballots).where(eq(ballots.receipt, again.receipt))
    expect(row!.status).toBe('duplicate')
  })
})

describe('drafts and staff lists', () => {
  it('saves an incomplete identity in the draft', async () => {
    const s = await openSession('szkic@example.pl')
    expect((await s.put('/draft', { choices: {}, identity: { address: 'ul', firstName: '' } })).status).toBe(200)
  })

  it('lists paper cards with who entered them and what became of the ballot', async () => {
    const list = await json(
      (await loggedIn(t, demo.koordynator)).get(`/api/v1/jst/gmina-przykladowa/staff/bo/${year}/paper-cards`),
      200,
    )
    const unsigned = list.items.find((c: { cardNumber: string }) => c.cardNumber === 'P-003')
    expect(unsigned).toMatchObject({
      status: 'confirmed',
      ballotStatus: 'invalid',
      reasons: ['karta niepodpisana'],
      enteredByName: expect.stringMatching(/Weryfikator/),
    })
  })
})
