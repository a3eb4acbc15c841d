import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { newId } from '../../../worker/core/ids'
import { voterKeyOf } from '../../../worker/core/voting/codes'
import { addDays, dayOf } from '../../../worker/councils/domain/dates'
import { electorWho } from '../../../worker/councils/domain/elections-vote'
import { electionsTick } from '../../../worker/councils/actions/elections-tick'
import {
  councilElectionBallots,
  councilElections,
  councilElectionSessions,
  councilElectors,
  type Electorate,
} from '../../../worker/councils/tables'
import { demo, expectProblem, lastMail, loggedIn, testApp, type Agent, type TestApp } from '../../support/api'
import { seedBody, type SeededBody } from '../../support/councils'
import { bornYearsBefore, json, PUB, resident, staffOf } from './candidates-helpers'
import { callWithCandidates, setVotingDays } from './elections-helpers'

/*
 * The residents' side of a council's election: the public page, a code by e-mail, the session it opens, the ballot
 * and the cast. Elections are written straight to the database (the staff's side has its own tests), running today
 * unless a test moves their days.
 */

let t: TestApp
let staff: Agent
let seniors: SeededBody
let youth: SeededBody
const today = dayOf(new Date())

beforeAll(async () => {
  t = await testApp()
  staff = await loggedIn(t, demo.koordynator)
  seniors = await seedBody(t, 'rada_seniorow', { slug: 'seniorzy-wybory' })
  youth = await seedBody(t, 'mlodziezowa_rada', { slug: 'mrg-wybory' })
})
afterAll(() => t.close())

interface Election {
  id: string
  number: number
  ids: Record<string, string>
  path: string
}

async function election(
  body: SeededBody,
  seatCategory: string,
  candidates: { name: string; constituency?: string | null }[],
  settings: {
    votesPerBallot?: number
    electorate?: Electorate
    voterMinAge?: number | null
    voterMaxAge?: number | null
    votingFrom?: string
    votingTo?: string
    publishedAt?: Date | null
  } = {},
): Promise<Election> {
  const call = await callWithCandidates(t, staff, body, seatCategory, candidates)
  const id = newId()
  await t.db.insert(councilElections).values({
    id,
    tenantId: body.tenantId,
    bodyId: body.id,
    callId: call.callId,
    votingFrom: settings.votingFrom ?? addDays(today, -1),
    votingTo: settings.votingTo ?? addDays(today, 5),
    votesPerBallot: settings.votesPerBallot ?? 1,
    electorate: settings.electorate ?? 'deklaracja',
    voterMinAge: settings.voterMinAge ?? null,
    voterMaxAge: settings.voterMaxAge ?? null,
    publishedAt: settings.publishedAt ?? null,
    createdAt: new Date(),
  })
  return { id, number: call.number, ids: call.ids, path: `${PUB}/nabory/${call.number}/wybory` }
}

let mails = 0
const address = (who = 'wyborca') => `${who}${++mails}-${Date.now() % 100000}@example.pl`

/** A resident's browser asking for a code, reading it from the outbox and opening a session with it. */
async function openSession(e: Election, email = address(), ip?: string) {
  const r = resident(t, ip)
  const asked = await json<{ status: string; expiresInMinutes: number }>(
    r.post(`${e.path}/kod`, { address: email }),
    202,
  )
  expect(asked).toEqual({ status: 'accepted', expiresInMinutes: 15 })
  const mail = await lastMail(staff, email)
  const code = /\b(\d{6})\b/.exec(mail.text)![1]!
  const { token } = await json<{ token: string; expiresAt: string }>(
    r.post(`${e.path}/sesja`, { address: email, code }),
    201,
  )
  const h = { Authorization: `Bearer ${token}` }
  return {
    token,
    email,
    mail,
    card: () => t.app.request(`http://localhost${e.path}/karta`, { headers: h }),
    cast: (ballot: Record<string, unknown>) => r.post(`${e.path}/glos`, ballot, h),
  }
}

const voter = (over: Record<string, unknown> = {}) => ({
  firstName: 'Maria',
  lastName: 'Wójcik',
  birthDate: bornYearsBefore(today, 70),
  constituency: '',
  choices: [] as string[],
  eligibilityDeclared: true,
  ...over,
})

describe('the public page of an election', () => {
  it('shows the days, rules and candidates without personal data, results only once published', async () => {
    const e = await election(seniors, 'seniorzy', [{ name: 'Zofia Zielińska' }, { name: 'Adam Nowak' }], {
      votesPerBallot: 2,
      voterMinAge: 60,
    })
    const page = await json<Record<string, unknown>>(t.app.request(`http://localhost${e.path}`), 200)
    expect(page).toMatchObject({
      body: { slug: seniors.slug, kind: 'rada_seniorow' },
      callNumber: e.number,
      seatCategory: { key: 'seniorzy' },
      votesPerBallot: 2,
      electorate: 'deklaracja',
      voterMinAge: 60,
      phase: 'trwa',
      results: null,
      lots: [],
    })
    const [only] = page.constituencies as { key: string; candidates: Record<string, unknown>[] }[]
    expect(only!.key).toBe('')
    expect(only!.candidates.map((c) => c.name)).toEqual(['Adam Nowak', 'Zofia Zielińska'])
    expect(Object.keys(only!.candidates[0]!).sort()).toEqual(['id', 'name', 'organizationName', 'statement'])

    await t.db
      .update(councilElections)
      .set({
        countedAt: new Date(),
        publishedAt: new Date(),
        results: [],
        lots: [
          {
            constituency: '',
            candidateIds: [],
            elected: [],
            drawnBy: 'Jan Urzędnik',
            drawnAt: new Date().toISOString(),
            note: 'losowanie',
          },
        ],
      })
      .where(eq(councilElections.id, e.id))
    const published = await json<{ phase: string; results: unknown; lots: Record<string, unknown>[] }>(
      t.app.request(`http://localhost${e.path}`),
      200,
    )
    expect(published.phase).toBe('ogloszone')
    expect(published.results).toEqual([])
    expect(published.lots[0]).toMatchObject({ note: 'losowanie' })
    expect(published.lots[0]).not.toHaveProperty('drawnBy')
  })

  it('answers 404 in Polish for a call without an election', async () => {
    const call = await callWithCandidates(t, staff, seniors, 'seniorzy', [{ name: 'Ewa Bez Wyborów' }])
    const problem = await expectProblem(await t.app.request(`http://localhost${PUB}/nabory/${call.number}/wybory`), 404)
    expect(problem.detail).toBe('Wybory nie zostały jeszcze ogłoszone.')
  })
})

describe('the JST home page', () => {
  it('lists an election while its voting runs, and no longer once it is counted', async () => {
    const e = await election(seniors, 'seniorzy', [{ name: 'Teresa Widoczna' }])
    const later = await election(seniors, 'seniorzy', [{ name: 'Ryszard Później' }], {
      votingFrom: addDays(today, 2),
      votingTo: addDays(today, 4),
    })
    const processes = async () =>
      (
        (await (await resident(t).get('/api/v1/jst/gmina-przykladowa')).json()) as {
          processes: { module: string; status: string; url: string }[]
        }
      ).processes.filter((p) => p.module === 'councils' && p.status === 'głosowanie')
    const url = (x: Election) => `/gmina-przykladowa/rady/nabory/${x.number}/wybory`
    expect((await processes()).map((p) => p.url)).toContain(url(e))
    expect((await processes()).map((p) => p.url)).not.toContain(url(later))
    await t.db.update(councilElections).set({ countedAt: new Date() }).where(eq(councilElections.id, e.id))
    expect((await processes()).map((p) => p.url)).not.toContain(url(e))
  })
})

describe('voting with an e-mailed code', () => {
  let e: Election
  beforeAll(async () => {
    e = await election(
      seniors,
      'seniorzy',
      [{ name: 'Anna Kowalska' }, { name: 'Bogdan Lis' }, { name: 'Celina Maj' }],
      {
        votesPerBallot: 2,
        voterMinAge: 60,
      },
    )
  })

  it('code → session → card → cast → receipt; a repeat answers the first receipt and stores nothing', async () => {
    const s = await openSession(e)
    expect(s.mail.subject).toContain('Rada Seniorów')
    expect(s.mail.text).toMatch(/Twój kod do głosowania w wyborach do rady „Rada Seniorów”/)
    const card = await s.card()
    expect(card.headers.get('cache-control')).toBe('no-store')
    const before = (await card.json()) as { cast: boolean; receipt: string | null; constituencies: unknown[] }
    expect(before).toMatchObject({ cast: false, receipt: null, votesPerBallot: 2, voterMinAge: 60 })
    expect(before.constituencies).toHaveLength(1)

    const choices = [e.ids['Anna Kowalska']!, e.ids['Celina Maj']!]
    const res = await s.cast(voter({ choices }))
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { receipt } = await json<{ receipt: string }>(res, 201)
    expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
    expect(await json(s.cast(voter({ choices })), 200)).toEqual({ receipt, repeated: true })
    expect(await json(s.card(), 200)).toMatchObject({ cast: true, receipt })

    const rows = await t.db.select().from(councilElectionBallots).where(eq(councilElectionBallots.electionId, e.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ constituency: '', choices, receipt })
    const stored = JSON.stringify(rows)
    for (const secret of ['Maria', 'maria', 'Wójcik', 'wojcik', voter().birthDate, s.email])
      expect(stored).not.toContain(secret)
    expect(rows[0]!.personKey).toMatch(/^[0-9a-f]{64}$/)
    expect(rows[0]!.contactKey).toMatch(/^[0-9a-f]{64}$/)
    const [session] = await t.db
      .select()
      .from(councilElectionSessions)
      .where(eq(councilElectionSessions.ballotId, rows[0]!.id))
    expect(session!.tokenHash).not.toBe(s.token)

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.election.cast'), eq(auditLog.entityId, e.id)))
    expect(audits).toHaveLength(1)
    expect(audits[0]!.after).toEqual({ constituency: '' })
    expect(audits[0]!.actorId).toBeNull()
  })

  it('one session cannot cast a second ballot for another person', async () => {
    const s = await openSession(e)
    const choices = [e.ids['Bogdan Lis']!]
    const first = await json<{ receipt: string }>(
      s.cast(voter({ firstName: 'Jan', lastName: 'Pierwszy', choices })),
      201,
    )
    const second = await json(s.cast(voter({ firstName: 'Ewa', lastName: 'Druga', choices })), 200)
    expect(second).toEqual({ receipt: first.receipt, repeated: true })
    const rows = await t.db.select().from(councilElectionBallots).where(eq(councilElectionBallots.electionId, e.id))
    expect(rows.filter((r) => r.contactKey === rows.find((x) => x.receipt === first.receipt)!.contactKey)).toHaveLength(
      1,
    )
  })

  it('a double click (two casts at once from one session) stores one ballot and answers its receipt twice', async () => {
    const s = await openSession(e)
    const ballot = voter({ firstName: 'Dwa', lastName: 'Kliknięcia', choices: [e.ids['Celina Maj']!] })
    const answers = await Promise.all([s.cast(ballot), s.cast(ballot)])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201])
    const [a, b] = (await Promise.all(answers.map((r) => r.json()))) as { receipt: string }[]
    expect(a!.receipt).toBe(b!.receipt)
    const rows = await t.db.select().from(councilElectionBallots).where(eq(councilElectionBallots.receipt, a!.receipt))
    expect(rows).toHaveLength(1)
  })

  it('two casts at once for one person from two e-mails store one ballot', async () => {
    const [a, b] = [await openSession(e), await openSession(e)]
    const ballot = voter({ firstName: 'Roman', lastName: 'Równoległy', choices: [e.ids['Anna Kowalska']!] })
    const answers = await Promise.all([a.cast(ballot), b.cast({ ...ballot, lastName: 'RÓWNOLEGŁY ' })])
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409])
    const refused = answers.find((r) => r.status === 409)!
    expect((await expectProblem(refused, 409)).detail).toBe('Głos tej osoby w tych wyborach został już oddany.')
    const key = await voterKeyOf(
      { config: t.tick().config },
      { processId: e.id },
      electorWho('Roman Równoległy', ballot.birthDate),
    )
    const rows = await t.db
      .select()
      .from(councilElectionBallots)
      .where(and(eq(councilElectionBallots.electionId, e.id), eq(councilElectionBallots.personKey, key)))
    expect(rows).toHaveLength(1)
    // the refused session holds no ballot and can still cast for someone else
    const loser = answers[0]!.status === 409 ? a : b
    await json(loser.cast(voter({ firstName: 'Inna', lastName: 'Osoba', choices: [e.ids['Bogdan Lis']!] })), 201)
  })

  it('one e-mail casts at most three ballots (a household), the fourth is refused', async () => {
    const email = address('dom')
    for (const name of ['Pierwsza', 'Druga', 'Trzecia'])
      await json((await openSession(e, email)).cast(voter({ lastName: name, choices: [e.ids['Celina Maj']!] })), 201)
    const fourth = await openSession(e, email)
    const problem = await expectProblem(
      await fourth.cast(voter({ lastName: 'Czwarta', choices: [e.ids['Celina Maj']!] })),
      409,
    )
    expect(problem.detail).toMatch(/Z tego adresu e-mail oddano już 3 głosy/)
    expect(await json(fourth.card(), 200)).toMatchObject({ cast: false })
  })

  it('refuses a voter under 60 where the electorate starts at 60, naming the birth date', async () => {
    const s = await openSession(e)
    const problem = await expectProblem(
      await s.cast(voter({ birthDate: bornYearsBefore(addDays(today, 1), 60), choices: [e.ids['Bogdan Lis']!] })),
      400,
    )
    expect(problem.errors?.[0]).toEqual({
      field: 'birthDate',
      detail: 'W tych wyborach głosują osoby w wieku co najmniej 60 lat, a Ty masz 59.',
    })
    await json(s.cast(voter({ birthDate: bornYearsBefore(today, 60), choices: [e.ids['Bogdan Lis']!] })), 201)
  })

  it('refuses too many choices and an unknown candidate', async () => {
    const s = await openSession(e)
    const tooMany = await expectProblem(
      await s.cast(voter({ lastName: 'Za Dużo', choices: Object.values(e.ids) })),
      400,
    )
    expect(tooMany.errors?.[0]?.field).toBe('choices')
    const stranger = await expectProblem(await s.cast(voter({ lastName: 'Obca', choices: ['nie-ma-takiego'] })), 400)
    expect(stranger.errors?.[0]?.field).toBe('choices')
    expect(await json(s.card(), 200)).toMatchObject({ cast: false })
  })

  it('refuses the card and the cast without a token: 401 in Polish, not stored', async () => {
    const card = await t.app.request(`http://localhost${e.path}/karta`)
    const problem = await expectProblem(card, 401)
    expect(problem.detail).toMatch(/Najpierw wpisz kod z e-maila/)
    expect(card.headers.get('cache-control')).toBe('no-store')
    const bad = await t.app.request(`http://localhost${e.path}/karta`, {
      headers: { Authorization: 'Bearer zly-token' },
    })
    expect((await expectProblem(bad, 401)).detail).toMatch(/Sesja głosowania wygasła/)
    expect(bad.headers.get('cache-control')).toBe('no-store')
    await expectProblem(await resident(t).post(`${e.path}/glos`, voter({ choices: [e.ids['Bogdan Lis']!] })), 401)
  })

  it('a wrong code is 400 and too many lock the e-mail with 429 (the core counts them)', async () => {
    const r = resident(t)
    const email = address('zgaduje')
    await json(r.post(`${e.path}/kod`, { address: email }), 202)
    const wrong = await expectProblem(await r.post(`${e.path}/sesja`, { address: email, code: '000000' }), 400)
    expect(wrong.errors?.[0]?.field).toBe('code')
    let last = 400
    for (let i = 0; i < 6 && last === 400; i++)
      last = (await r.post(`${e.path}/sesja`, { address: email, code: '000000' })).status
    expect(last).toBe(429)
    const refusals = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.vote.code-refused'), eq(auditLog.entityId, e.id)))
    expect(refusals.length).toBeGreaterThan(0)
  })

  it('refuses a bad e-mail address next to its field', async () => {
    const problem = await expectProblem(await resident(t).post(`${e.path}/kod`, { address: 'nie-adres' }), 400)
    expect(problem.errors?.[0]?.field).toBe('address')
  })

  it('sends the code in the language of the page that asked for it', async () => {
    const email = address('english')
    await json(resident(t).post(`${e.path}/kod`, { address: email }, { 'Accept-Language': 'en' }), 202)
    const mail = await lastMail(staff, email)
    expect(mail.subject).toMatch(/voting code for the election to the council “Rada Seniorów”/)
    expect(mail.text).toMatch(/Your code for voting in the election to the council “Rada Seniorów” \(.+\): \d{6}\./)
  })

  it('answers malformed ballots and paths with Polish problems, never a 500', async () => {
    const s = await openSession(e)
    for (const body of [
      {},
      { ...voter(), choices: 'a' },
      { ...voter(), choices: Array.from({ length: 51 }, (_, i) => `k${i}`) },
      { ...voter(), birthDate: '1950-02-30' },
      { ...voter(), eligibilityDeclared: false, choices: [e.ids['Anna Kowalska']] },
      { ...voter(), constituency: 'x'.repeat(81) },
    ]) {
      const problem = await expectProblem(await s.cast(body), 400)
      expect(problem.errors?.length).toBeGreaterThan(0)
    }
    const unknown = await expectProblem(
      await s.cast(voter({ constituency: 'sp1', choices: [e.ids['Anna Kowalska']!] })),
      400,
    )
    expect(unknown.errors?.map((x) => x.field)).toContain('constituency')
    await expectProblem(await t.app.request(`http://localhost${PUB}/nabory/abc/wybory`), 404)
    await expectProblem(await t.app.request(`http://localhost${PUB}/nabory/99999/wybory/karta`), 404)
    expect(await json(s.card(), 200)).toMatchObject({ cast: false })
  })
})

describe('the voting days', () => {
  it('refuses a code before the first day (409) and a cast after the last (409)', async () => {
    const later = await election(seniors, 'seniorzy', [{ name: 'Halina Później' }], {
      votingFrom: addDays(today, 1),
      votingTo: addDays(today, 3),
    })
    const early = await expectProblem(await resident(t).post(`${later.path}/kod`, { address: address() }), 409)
    expect(early.detail).toMatch(/^Głosowanie nie trwa: głosować można od /)

    const e = await election(seniors, 'seniorzy', [{ name: 'Irena Wcześniej' }])
    const s = await openSession(e)
    await setVotingDays(t, e.id, addDays(today, -7), addDays(today, -1))
    await expectProblem(await s.cast(voter({ choices: [e.ids['Irena Wcześniej']!] })), 409)
    expect(await t.db.select().from(councilElectionBallots).where(eq(councilElectionBallots.electionId, e.id))).toEqual(
      [],
    )
  })
})

describe('a ballot against the count', () => {
  it('is not stored when the count comes between its checks and its write', async () => {
    const e = await election(seniors, 'seniorzy', [{ name: 'Jadwiga Policzona' }])
    const s = await openSession(e)
    // staff count between this voter's checks and the write (a trigger on the batch's first statement plays the
    // count): the ballot must not land after the count has read the ballots
    await t.db.run(
      sql.raw(`CREATE TRIGGER test_count_meanwhile AFTER UPDATE OF ballot_id ON rd_election_sessions
        BEGIN UPDATE rd_elections SET counted_at = 1 WHERE id = '${e.id}'; END`),
    )
    try {
      await expectProblem(await s.cast(voter({ choices: [e.ids['Jadwiga Policzona']!] })), 409)
    } finally {
      await t.db.run(sql.raw('DROP TRIGGER test_count_meanwhile'))
    }
    expect(await t.db.select().from(councilElectionBallots).where(eq(councilElectionBallots.electionId, e.id))).toEqual(
      [],
    )
  })
})

describe('the erasure of the vote\u2019s personal data', () => {
  it('drops electors, sessions, codes and the ballots\u2019 keys when due, keeps the choices, records it once', async () => {
    const e = await election(seniors, 'seniorzy', [{ name: 'Wanda Zostaje' }])
    const s = await openSession(e)
    await json(s.cast(voter({ choices: [e.ids['Wanda Zostaje']!] })), 201)
    await t.db.insert(councilElectors).values({ id: newId(), electionId: e.id, constituency: '', personKey: 'k' })
    const rows = async () => ({
      electors: (await t.db.select().from(councilElectors).where(eq(councilElectors.electionId, e.id))).length,
      sessions: (await t.db.select().from(councilElectionSessions).where(eq(councilElectionSessions.electionId, e.id)))
        .length,
      codes: Number(
        (await t.db.run(sql`SELECT count(*) AS n FROM vote_codes WHERE module = 'rd' AND process_id = ${e.id}`))
          .rows[0]!.n,
      ),
      ballots: (
        await t.db.select().from(councilElectionBallots).where(eq(councilElectionBallots.electionId, e.id))
      ).map((b) => [b.choices, b.personKey === null, b.contactKey === null]),
    })
    // not yet due: nothing goes
    await t.db
      .update(councilElections)
      .set({ eraseAfter: new Date(Date.now() + 86_400_000) })
      .where(eq(councilElections.id, e.id))
    await electionsTick(t.tick())
    expect(await rows()).toEqual({
      electors: 1,
      sessions: 1,
      codes: 1,
      ballots: [[[e.ids['Wanda Zostaje']], false, false]],
    })
    await t.db
      .update(councilElections)
      .set({ eraseAfter: new Date(Date.now() - 1000) })
      .where(eq(councilElections.id, e.id))
    await Promise.all([electionsTick(t.tick()), electionsTick(t.tick())])
    expect(await rows()).toEqual({
      electors: 0,
      sessions: 0,
      codes: 0,
      ballots: [[[e.ids['Wanda Zostaje']], true, true]],
    })
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.election.erase'), eq(auditLog.entityId, e.id)))
    expect(audit).toHaveLength(1)
    const [row] = await t.db.select().from(councilElections).where(eq(councilElections.id, e.id))
    expect(row!.erasedAt).not.toBeNull()
  })
})

describe('an election of a list of electors in school constituencies', () => {
  let e: Election
  const pupil = { name: 'Ola Uczennica', birthDate: bornYearsBefore(today, 15) }
  beforeAll(async () => {
    e = await election(
      youth,
      'radni',
      [
        { name: 'Kacper Pierwszak', constituency: 'sp1' },
        { name: 'Lena Druga', constituency: 'sp1' },
        { name: 'Marek Dwójka', constituency: 'sp2' },
      ],
      { electorate: 'spis', votesPerBallot: 2, voterMinAge: 13, voterMaxAge: 18 },
    )
    const key = await voterKeyOf(
      { config: t.tick().config },
      { processId: e.id },
      electorWho(pupil.name, pupil.birthDate),
    )
    await t.db.insert(councilElectors).values({ id: newId(), electionId: e.id, constituency: 'sp1', personKey: key })
  })
  const ballot = (over: Record<string, unknown>) =>
    voter({ firstName: 'Ola', lastName: 'Uczennica', birthDate: pupil.birthDate, ...over })

  it('lists the constituencies with their own candidates', async () => {
    const page = await json<{ constituencies: { key: string; candidates: { name: string }[] }[] }>(
      t.app.request(`http://localhost${e.path}`),
      200,
    )
    expect(page.constituencies.map((c) => [c.key, c.candidates.map((x) => x.name)])).toEqual([
      ['sp1', ['Kacper Pierwszak', 'Lena Druga']],
      ['sp2', ['Marek Dwójka']],
      ['lo', []],
    ])
  })

  it('refuses a pupil voting in a constituency whose list she is not on, and one not on any list', async () => {
    const s = await openSession(e)
    const other = await expectProblem(
      await s.cast(ballot({ constituency: 'sp2', choices: [e.ids['Marek Dwójka']!] })),
      400,
    )
    expect(other.errors?.[0]).toEqual({
      field: 'lastName',
      detail:
        'Nie ma Cię w spisie wyborców okręgu Szkoła Podstawowa nr 2: sprawdź imię, nazwisko i datę urodzenia albo zapytaj szkołę/urząd.',
    })
    const stranger = await expectProblem(
      await s.cast(ballot({ firstName: 'Obcy', constituency: 'sp1', choices: [e.ids['Lena Druga']!] })),
      400,
    )
    expect(stranger.errors?.[0]?.field).toBe('lastName')
  })

  it('refuses a candidate of another constituency', async () => {
    const s = await openSession(e)
    const problem = await expectProblem(
      await s.cast(ballot({ constituency: 'sp1', choices: [e.ids['Kacper Pierwszak']!, e.ids['Marek Dwójka']!] })),
      400,
    )
    expect(problem.errors?.[0]).toEqual({
      field: 'choices',
      detail: 'Zaznaczyć można tylko kandydatów z okręgu Szkoła Podstawowa nr 1.',
    })
  })

  it('meets the list staff upload (the same key from the same name and birth date)', async () => {
    const uploaded = await election(youth, 'radni', [{ name: 'Piotr Wgrany', constituency: 'lo' }], {
      electorate: 'spis',
      votingFrom: addDays(today, 1),
      votingTo: addDays(today, 3),
    })
    const born = bornYearsBefore(today, 17)
    await json(
      staff.request('PUT', `${staffOf(youth.slug)}/nabory/${uploaded.number}/wybory/spis`, {
        text: `Zuzanna Łąkowska;${born};lo\n`,
      }),
      200,
    )
    await setVotingDays(t, uploaded.id, today, addDays(today, 3))
    const s = await openSession(uploaded)
    await json(
      s.cast(
        voter({
          firstName: 'Zuzanna',
          lastName: 'Lakowska',
          birthDate: born,
          constituency: 'lo',
          choices: [uploaded.ids['Piotr Wgrany']!],
        }),
      ),
      201,
    )
  })

  it('accepts the pupil on the list of her constituency (her name written differently)', async () => {
    const s = await openSession(e)
    const { receipt } = await json<{ receipt: string }>(
      s.cast(
        ballot({
          firstName: ' OLA ',
          lastName: 'uczennica',
          constituency: 'sp1',
          choices: [e.ids['Kacper Pierwszak']!, e.ids['Lena Druga']!],
        }),
      ),
      201,
    )
    const [row] = await t.db.select().from(councilElectionBallots).where(eq(councilElectionBallots.receipt, receipt))
    expect(row).toMatchObject({ constituency: 'sp1' })
  })
})
