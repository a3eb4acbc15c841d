import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { voterKeyOf } from '../../../worker/core/voting/codes'
import { configFromEnv } from '../../../worker/core/config'
import { modules } from '../../../worker/modules'
import { addDays, addMonths, dayOf } from '../../../worker/councils/domain/dates'
import { endOfWarsawDay } from '../../../worker/core/time/polish-calendar'
import { electorWho } from '../../../worker/councils/domain/elections-vote'
import { councilElections, councilElectors } from '../../../worker/councils/tables'
import {
  Agent,
  demo,
  expectProblem,
  loggedIn,
  ORIGIN,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'
import { seedBody, type SeededBody } from '../../support/councils'
import { json } from './candidates-helpers'
import {
  callWithCandidates,
  castBallots,
  electionPath,
  pastVoting,
  setVotingDays,
  votingDays,
  type StaffElection,
} from './elections-helpers'

let t: TestApp
let staff: Agent
let youth: SeededBody
let seniors: SeededBody
let rdpp: SeededBody

beforeAll(async () => {
  t = await testApp()
  staff = await loggedIn(t, demo.koordynator)
  youth = await seedBody(t, 'mlodziezowa_rada', { slug: 'mrg-wybory' })
  seniors = await seedBody(t, 'rada_seniorow', { slug: 'seniorzy-wybory' })
  rdpp = await seedBody(t, 'rdpp', { slug: 'rdpp-wybory' })
})
afterAll(() => t.close())

const create = (body: SeededBody, number: number, input: Record<string, unknown>) =>
  staff.post(electionPath(body, number), input)

/** The same keyed hash the server stores (the test app runs with the development pepper). */
const config = configFromEnv({ APP_ENV: 'development', APP_URL: ORIGIN }, modules)
const electorKey = (electionId: string, name: string, birthDate: string) =>
  voterKeyOf({ config }, { processId: electionId }, electorWho(name, birthDate))

const auditRows = (action: string, entityId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))

describe('announcing an election', () => {
  it('is refused for seats the statute does not fill by election (409, Polish)', async () => {
    const call = await callWithCandidates(t, staff, rdpp, 'ngo', [{ name: 'Jan Organizacyjny' }])
    const problem = await expectProblem(
      await create(rdpp, call.number, { ...votingDays(), electorate: 'deklaracja' }),
      409,
    )
    expect(problem.detail).toMatch(/nie są obsadzane w wyborach/)
    // the panel may ask any call: none is 404
    await expectProblem(await staff.get(electionPath(rdpp, call.number)), 404)
    await expectProblem(await staff.get(electionPath(rdpp, 99999)), 404)
  })

  it('is refused before the list of candidates is published, and 404 is the answer before one exists', async () => {
    const call = await callWithCandidates(t, staff, youth, 'radni', [{ name: 'Ola Sp1', constituency: 'sp1' }], {
      publish: false,
    })
    const problem = await expectProblem(await create(youth, call.number, { ...votingDays(), electorate: 'spis' }), 409)
    expect(problem.detail).toBe('Najpierw opublikuj listę kandydatów: wybory ogłasza się po jej publikacji.')
    const none = await expectProblem(await staff.get(electionPath(youth, call.number)), 404)
    expect(none.detail).toBe('Wybory nie zostały jeszcze ogłoszone.')
  })

  it('refuses days in the past, out of order or longer than 60 days, too many marks and bad input, naming the field', async () => {
    const call = await callWithCandidates(t, staff, youth, 'radni', [{ name: 'Ela Lo', constituency: 'lo' }])
    const today = dayOf(new Date())
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ votingFrom: addDays(today, -1), votingTo: addDays(today, 3) }, 'votingFrom', /przed dniem dzisiejszym/],
      [{ votingFrom: addDays(today, 3), votingTo: addDays(today, 2) }, 'votingTo', /nie może być wcześniejszy/],
      [{ votingFrom: today, votingTo: addDays(today, 60) }, 'votingTo', /najwyżej 60 dni/],
      [{ ...votingDays(), votesPerBallot: 7 }, 'votesPerBallot', /największy okręg \(6\)/],
      [{ ...votingDays(), votesPerBallot: 0 }, 'votesPerBallot', /co najmniej 1 głos/],
      [{ ...votingDays(), votingFrom: '2027-02-30' }, 'votingFrom', /RRRR-MM-DD/],
      [{ ...votingDays(), electorate: 'wszyscy' }, 'electorate', /kto głosuje/],
      [{ ...votingDays(), voterMinAge: 19, voterMaxAge: 13 }, 'voterMaxAge', /Najniższy wiek/],
    ]
    for (const [over, field, detail] of cases) {
      const problem = await expectProblem(await create(youth, call.number, { electorate: 'spis', ...over }), 400)
      expect(
        problem.errors?.map((e) => e.field),
        JSON.stringify(over),
      ).toContain(field)
      expect(problem.errors?.find((e) => e.field === field)?.detail).toMatch(detail)
    }
    // exactly 60 days is allowed
    await json(create(youth, call.number, { electorate: 'spis', votingFrom: today, votingTo: addDays(today, 59) }), 201)
  })

  it("creates the election with the statute's ages, shows the ballot per constituency, and refuses a second", async () => {
    const call = await callWithCandidates(t, staff, youth, 'radni', [
      { name: 'Zenon Sp1', constituency: 'sp1' },
      { name: 'Adam Sp1', constituency: 'sp1' },
      { name: 'Odrzucony Sp1', constituency: 'sp1', status: 'odrzucony' },
      { name: 'Basia Sp2', constituency: 'sp2' },
    ])
    const res = await create(youth, call.number, { ...votingDays(2, 5), votesPerBallot: 2, electorate: 'spis' })
    expect(res.headers.get('cache-control')).toBe('no-store')
    const e = await json<StaffElection>(res, 201)
    expect(e).toMatchObject({
      callNumber: call.number,
      seatCategory: 'radni',
      votesPerBallot: 2,
      electorate: 'spis',
      voterMinAge: null,
      voterMaxAge: 18,
      phase: 'zapowiedziane',
      electors: 0,
      ballots: 0,
      results: null,
      lots: [],
      winners: [],
      countedAt: null,
      publishedAt: null,
    })
    expect(e.constituencies.map((o) => [o.key, o.seats, o.candidates.map((c) => c.name)])).toEqual([
      ['sp1', 5, ['Adam Sp1', 'Zenon Sp1']],
      ['sp2', 4, ['Basia Sp2']],
      ['lo', 6, []],
    ])
    expect(await json<StaffElection>(staff.get(electionPath(youth, call.number)), 200)).toEqual(e)
    expect(await auditRows('rd.election.create', e.id)).toHaveLength(1)

    const second = await expectProblem(await create(youth, call.number, { ...votingDays(), electorate: 'spis' }), 409)
    expect(second.detail).toBe('Wybory w tym naborze są już ogłoszone.')
  })

  it('two announcements at once store one election; the other is told it exists', async () => {
    const call = await callWithCandidates(t, staff, seniors, 'seniorzy', [{ name: 'Halina Seniorka' }])
    const answers = await Promise.all(
      [1, 2].map(() => create(seniors, call.number, { ...votingDays(), electorate: 'deklaracja' })),
    )
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409])
    await expectProblem(
      answers.find((r) => r.status === 409)!,
      409,
    )
    const created = await json<StaffElection>(
      answers.find((r) => r.status === 201)!,
      201,
    )
    // a rada seniorów: the electorate's age from its supporters' rule (60), no upper age; the whole JST elects
    expect(created).toMatchObject({ voterMinAge: 60, voterMaxAge: null })
    expect(created.constituencies).toEqual([
      {
        key: '',
        name: 'przedstawiciele osób starszych',
        seats: 5,
        candidates: [{ id: call.ids['Halina Seniorka'], name: 'Halina Seniorka', organizationName: null }],
      },
    ])
    const rows = await t.db.select().from(councilElections).where(eq(councilElections.callId, call.callId))
    expect(rows).toHaveLength(1)
    // the vote's personal data has an erase date from the start: six months after the last voting day (publication
    // brings it forward to three months after the results)
    expect(rows[0]!.eraseAfter).toEqual(endOfWarsawDay(addMonths(created.votingTo, 6)))
    expect(rows[0]!.erasedAt).toBeNull()
  })

  it('answers in English when asked', async () => {
    const call = await callWithCandidates(t, staff, rdpp, 'wojt', [{ name: 'Urzędnik Wójta' }])
    const res = await staff.request(
      'POST',
      electionPath(rdpp, call.number),
      { ...votingDays(), electorate: 'deklaracja' },
      { 'Accept-Language': 'en' },
    )
    const problem = await expectProblem(res, 409)
    expect(problem.detail).toBe(
      'The seats of the category “przedstawiciele Wójta” are not filled by election: the statute has them nominated or appointed.',
    )
  })
})

describe('the list of electors', () => {
  it('stores only keyed hashes per constituency, reports rejected lines by number, and replaces the list', async () => {
    const call = await callWithCandidates(t, staff, youth, 'radni', [{ name: 'Kandydat Spisu', constituency: 'sp1' }])
    const e = await json<StaffElection>(create(youth, call.number, { ...votingDays(), electorate: 'spis' }), 201)
    const text = [
      'Imię i nazwisko;Data urodzenia;Okręg', // 1: a header is rejected, not loaded
      'Anna Kowalska;2011-03-04;sp1', // 2
      '  Łukasz   Żółć ; 2010-12-31 ; SP1 ;', // 3: spaces, case, a trailing separator
      '', // 4: empty lines are skipped
      'Piotr Nowak;2012-01-15;Liceum Ogólnokształcące', // 5: the constituency by its name
      'Maria Wiśniewska;2011-02-30;sp2', // 6: no such day
      'Jan Zieliński;2011-05-05;gimnazjum', // 7: unknown constituency
      'Madonna;2011-05-05;sp2', // 8: one word is not a name
      'Anna  KOWALSKA;2011-03-04;sp2', // 9: the same person again
      'Ewa Przyszła;2099-01-01;sp2', // 10: born in the future
      'Tomasz Bez Okręgu;2011-01-01', // 11: several constituencies: the column is needed
      'Kasia Mała;2013-06-06;sp2;dodatkowa kolumna', // 12: too many columns
      'Kasia Mała;2013-06-06;sp2', // 13
    ].join('\r\n')
    const res = await staff.request('PUT', `${electionPath(youth, call.number)}/spis`, { text })
    expect(res.headers.get('cache-control')).toBe('no-store')
    const loaded = await json<{ electors: number; perConstituency: Record<string, number>; rejectedLines: number[] }>(
      res,
      200,
    )
    expect(loaded).toEqual({
      electors: 4,
      perConstituency: { sp1: 2, sp2: 1, lo: 1 },
      rejectedLines: [1, 6, 7, 8, 9, 10, 11, 12],
    })
    const rows = await t.db.select().from(councilElectors).where(eq(councilElectors.electionId, e.id))
    expect(rows).toHaveLength(4)
    expect(JSON.stringify(rows)).not.toMatch(/Kowalska|kowalska|2011-03-04|Żółć|zolc/)
    const annaKey = await electorKey(e.id, 'Anna Kowalska', '2011-03-04')
    const anna = rows.find((r) => r.personKey === annaKey)
    expect(anna?.constituency).toBe('sp1')
    // the voter types first and last name apart: the same key
    const lukasz = await electorKey(e.id, 'Łukasz Żółć', '2010-12-31')
    expect(await electorKey(e.id, 'lukasz zolc', '2010-12-31')).toBe(lukasz)
    expect(rows.some((r) => r.personKey === lukasz)).toBe(true)
    expect((await json<StaffElection>(staff.get(electionPath(youth, call.number)), 200)).electors).toBe(4)
    expect(await auditRows('rd.election.electors', e.id)).toHaveLength(1)

    const replaced = await json<{ electors: number; rejectedLines: number[] }>(
      staff.request('PUT', `${electionPath(youth, call.number)}/spis`, { text: 'Nowy Uczeń;2012-02-02;sp2\n' }),
      200,
    )
    expect(replaced).toMatchObject({ electors: 1, rejectedLines: [] })
    expect(await t.db.select().from(councilElectors).where(eq(councilElectors.electionId, e.id))).toHaveLength(1)
  })

  it('takes lines without the constituency when the election has one, and refuses a declaration election', async () => {
    const declared = await callWithCandidates(t, staff, seniors, 'seniorzy', [{ name: 'Senior Deklaracji' }])
    await json(create(seniors, declared.number, { ...votingDays(), electorate: 'deklaracja' }), 201)
    const refused = await expectProblem(
      await staff.request('PUT', `${electionPath(seniors, declared.number)}/spis`, { text: 'Jan Kowal;1950-01-01' }),
      409,
    )
    expect(refused.detail).toMatch(/spisu wyborców się nie wczytuje/)

    const listed = await callWithCandidates(t, staff, seniors, 'seniorzy', [{ name: 'Senior Spisu' }])
    await json(create(seniors, listed.number, { ...votingDays(), electorate: 'spis' }), 201)
    const loaded = await json<{ electors: number; perConstituency: Record<string, number>; rejectedLines: number[] }>(
      staff.request('PUT', `${electionPath(seniors, listed.number)}/spis`, {
        text: 'Jan Kowal;1950-01-01\nZofia Kowal;1952-02-02;\nAdam Inny;1951-01-01;sp1',
      }),
      200,
    )
    expect(loaded).toEqual({ electors: 2, perConstituency: { '': 2 }, rejectedLines: [3] })
  })

  it('cannot be changed from the first voting day, and the text is checked', async () => {
    const call = await callWithCandidates(t, staff, youth, 'radni', [{ name: 'Kandydat Terminu', constituency: 'lo' }])
    const e = await json<StaffElection>(create(youth, call.number, { ...votingDays(), electorate: 'spis' }), 201)
    const bad = await expectProblem(
      await staff.request('PUT', `${electionPath(youth, call.number)}/spis`, { text: 42 }),
      400,
    )
    expect(bad.errors?.[0]).toMatchObject({ field: 'text' })
    const today = dayOf(new Date())
    await setVotingDays(t, e.id, today, addDays(today, 3))
    const late = await expectProblem(
      await staff.request('PUT', `${electionPath(youth, call.number)}/spis`, { text: 'Ala Kot;2011-01-01;lo' }),
      409,
    )
    expect(late.detail).toMatch(/^Spis wyborców można zmieniać tylko przed pierwszym dniem głosowania \(.+\)\.$/)
  })
})

describe('count, lot and publication', () => {
  let call: Awaited<ReturnType<typeof callWithCandidates>>
  let e: StaffElection
  const path = () => electionPath(youth, call.number)

  beforeAll(async () => {
    call = await callWithCandidates(t, staff, youth, 'radni', [
      ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((n) => ({ name: `Kandydat ${n}`, constituency: 'sp1' })),
      { name: 'Kandydat B1', constituency: 'sp2' },
      { name: 'Kandydat B2', constituency: 'sp2' },
      { name: 'Kandydat C1', constituency: 'lo' },
      { name: 'Kandydat Wycofany', constituency: 'sp1', status: 'wycofany' },
    ])
    e = await json<StaffElection>(
      create(youth, call.number, { ...votingDays(0, 3), votesPerBallot: 2, electorate: 'deklaracja' }),
      201,
    )
  })
  const id = (n: string) => call.ids[`Kandydat ${n}`]!

  it('refuses to count while voting runs, and a lot or publication before the count', async () => {
    const running = await json<StaffElection>(staff.get(path()), 200)
    expect(running.phase).toBe('trwa')
    const early = await expectProblem(await staff.post(`${path()}/liczenie`), 409)
    expect(early.detail).toMatch(/^Głosy liczy się po ostatnim dniu głosowania \(.+\)\.$/)
    await expectProblem(await staff.post(`${path()}/publikacja`), 409)
    await expectProblem(
      await staff.post(`${path()}/losowanie`, { constituency: 'sp1', elected: [id('A5')], note: 'Losowanie' }),
      409,
    )
  })

  it('counts the ballots after the last day: elected, a tie at the last seat, zeros never elected', async () => {
    // sp1 (5 seats): A1 5, A2 4, A3 4, A4 3, A5 2, A6 2 → A1–A4 elected, A5 and A6 tied for the last seat
    await castBallots(t, youth, e.id, 'sp1', [id('A1'), id('A2')], 4)
    await castBallots(t, youth, e.id, 'sp1', [id('A1'), id('A3')])
    await castBallots(t, youth, e.id, 'sp1', [id('A3'), id('A4')], 3)
    await castBallots(t, youth, e.id, 'sp1', [id('A5'), id('A6')], 2)
    await castBallots(t, youth, e.id, 'sp1', [id('Wycofany')])
    // sp2 (4 seats, 2 candidates): B1 1, B2 0 → B1 elected, no tie
    await castBallots(t, youth, e.id, 'sp2', [id('B1')])
    expect((await json<StaffElection>(staff.get(path()), 200)).ballots).toBe(12)

    await setVotingDays(t, e.id, ...pastVoting())
    const counted = await json<StaffElection>(staff.post(`${path()}/liczenie`), 200)
    expect(counted.phase).toBe('policzone')
    expect(counted.countedAt).not.toBeNull()
    const [sp1, sp2, lo] = counted.results!
    expect(sp1).toMatchObject({
      constituency: 'sp1',
      seats: 5,
      ballots: 11,
      elected: [id('A1'), id('A2'), id('A3'), id('A4')],
      tie: { candidateIds: [id('A5'), id('A6')], seats: 1 },
    })
    expect(sp1!.candidates.map((c) => [c.name, c.votes])).toEqual([
      ['Kandydat A1', 5],
      ['Kandydat A2', 4],
      ['Kandydat A3', 4],
      ['Kandydat A4', 3],
      ['Kandydat A5', 2],
      ['Kandydat A6', 2],
    ])
    expect(sp2).toMatchObject({ ballots: 1, elected: [id('B1')], tie: null })
    expect(lo).toMatchObject({ ballots: 0, candidates: [{ name: 'Kandydat C1', votes: 0 }], elected: [], tie: null })
    expect(counted.winners).toEqual([])

    // a repeat (and two at once) answers the stored count
    const again = await Promise.all([staff.post(`${path()}/liczenie`), staff.post(`${path()}/liczenie`)])
    for (const r of again) expect(await json<StaffElection>(r, 200)).toMatchObject({ countedAt: counted.countedAt })
    expect(await auditRows('rd.election.count', e.id)).toHaveLength(1)
  })

  it('refuses publication while a tie is left, naming the constituency', async () => {
    const problem = await expectProblem(await staff.post(`${path()}/publikacja`), 409)
    expect(problem.detail).toBe('Najpierw rozstrzygnij remis losowaniem: Szkoła Podstawowa nr 1.')
  })

  it('refuses a lot outside the tie, of the wrong size, or where there is no tie', async () => {
    const note = 'Losowała komisja: karteczki w urnie'
    const cases: [Record<string, unknown>, number, string, RegExp][] = [
      [{ constituency: 'sp1', elected: [id('A1')], note }, 400, 'elected', /równą liczbę głosów/],
      [{ constituency: 'sp1', elected: [id('A5'), id('A6')], note }, 400, 'elected', /o 1 miejscu/],
      [{ constituency: 'sp1', elected: [id('A5'), id('A5')], note }, 400, 'elected', /tylko raz/],
      [{ constituency: 'xx', elected: [id('A5')], note }, 400, 'constituency', /nie ma takiego okręgu/i],
      [{ constituency: 'sp1', elected: [id('A5')], note: '' }, 400, 'note', /kto i jak/],
      [{ constituency: 'sp1', elected: [], note }, 400, 'elected', /co najmniej jednego/],
    ]
    for (const [input, status, field, detail] of cases) {
      const problem = await expectProblem(await staff.post(`${path()}/losowanie`, input), status)
      expect(problem.errors?.find((x) => x.field === field)?.detail, JSON.stringify(input)).toMatch(detail)
    }
    const noTie = await expectProblem(
      await staff.post(`${path()}/losowanie`, { constituency: 'sp2', elected: [id('B2')], note }),
      409,
    )
    expect(noTie.detail).toBe('W tym okręgu nie ma remisu do rozstrzygnięcia losowaniem.')
  })

  it('two lots sent at once record one; the other is told there is no tie left', async () => {
    const answers = await Promise.all([
      staff.post(`${path()}/losowanie`, { constituency: 'sp1', elected: [id('A5')], note: 'Pierwsze losowanie' }),
      staff.post(`${path()}/losowanie`, { constituency: 'sp1', elected: [id('A6')], note: 'Drugie losowanie' }),
    ])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const won = await json<StaffElection>(
      answers.find((r) => r.status === 200)!,
      200,
    )
    const lost = await expectProblem(
      answers.find((r) => r.status === 409)!,
      409,
    )
    expect(lost.detail).toBe('W tym okręgu nie ma remisu do rozstrzygnięcia losowaniem.')
    expect(won.lots).toHaveLength(1)
    const drawn = won.lots[0]!
    expect(drawn).toMatchObject({ constituency: 'sp1', candidateIds: [id('A5'), id('A6')] })
    expect(drawn.drawnBy).not.toBe('')
    const sp1 = won.results!.find((r) => r.constituency === 'sp1')!
    expect(sp1.tie).toBeNull()
    expect(sp1.elected).toHaveLength(5)
    expect(sp1.elected).toContain(drawn.elected[0])
    expect(won.winners).toEqual([...sp1.elected, id('B1')])
    const stored = await json<StaffElection>(staff.get(path()), 200)
    expect(stored.lots).toEqual(won.lots)
    expect(await auditRows('rd.election.lot', e.id)).toHaveLength(1)
  })

  it('publishes once no tie is left; a repeat keeps the first moment; the winners are appointed through the call', async () => {
    const openData = `/api/v1/jst/gmina-przykladowa/rady/dane/wybory`
    const published_ = async () =>
      ((await (await new Agent(t).get(`${openData}.json`)).json()) as { items: any[] }).items.find(
        (x) => x.body === youth.slug && x.call === call.number,
      )
    expect(await published_()).toBeUndefined()
    const published = await json<StaffElection>(staff.post(`${path()}/publikacja`), 200)
    // open data: the count per constituency with the elected marked and the lot's note, never who drew or a ballot
    const item = await published_()
    expect(item.constituencies.map((c: any) => c.constituency)).toEqual(published.results!.map((r) => r.constituency))
    const elected = item.constituencies.flatMap((c: any) => c.candidates.filter((x: any) => x.elected))
    expect(elected).toHaveLength(published.winners.length)
    expect(item.lots).toEqual(
      published.lots.map((l) => ({ constituency: l.constituency, drawnAt: l.drawnAt, note: l.note })),
    )
    expect(JSON.stringify(item)).not.toMatch(/drawnBy|personKey|contactKey|receipt/)
    const csv = await (await new Agent(t).get(`${openData}.csv`)).text()
    expect(csv.split('\r\n')[0]).toContain('kandydat;głosy;wybrany;losowanie w okręgu')
    expect(
      csv.split('\r\n').filter((l) => l.startsWith(`${youth.slug};${call.number};`) && l.includes(';tak;')),
    ).not.toHaveLength(0)
    expect(published.phase).toBe('ogloszone')
    expect(published.publishedAt).not.toBeNull()
    const [row] = await t.db.select().from(councilElections).where(eq(councilElections.id, e.id))
    expect(row!.eraseAfter!.getTime()).toBeGreaterThan(Date.now() + 80 * 24 * 3600 * 1000)
    const again = await json<StaffElection>(staff.post(`${path()}/publikacja`), 200)
    expect(again.publishedAt).toBe(published.publishedAt)
    expect(await auditRows('rd.election.publish', e.id)).toHaveLength(1)
    const after = await expectProblem(
      await staff.post(`${path()}/losowanie`, { constituency: 'sp1', elected: [id('A5')], note: 'Za późno' }),
      409,
    )
    expect(after.detail).toMatch(/już ogłoszone/)

    const appointed = await json<{ members: { name: string }[] }>(
      staff.post(`/api/v1/jst/gmina-przykladowa/staff/rady/${youth.slug}/nabory/${call.number}/powolanie`, {
        candidateIds: published.winners,
        startsOn: '2026-12-01',
      }),
      200,
    )
    expect(appointed.members).toHaveLength(6)
  })
})

describe('counting at the same moment', () => {
  it('two first counts sent at once store one count and both answer it', async () => {
    const call = await callWithCandidates(t, staff, seniors, 'seniorzy', [
      { name: 'Irena Liczona' },
      { name: 'Jerzy Liczony' },
    ])
    const e = await json<StaffElection>(
      create(seniors, call.number, { ...votingDays(), electorate: 'deklaracja' }),
      201,
    )
    await castBallots(t, seniors, e.id, '', [call.ids['Irena Liczona']!], 2)
    await castBallots(t, seniors, e.id, '', [call.ids['Jerzy Liczony']!])
    await setVotingDays(t, e.id, ...pastVoting())
    const path = electionPath(seniors, call.number)
    const answers = await Promise.all([staff.post(`${path}/liczenie`), staff.post(`${path}/liczenie`)])
    const [a, b] = await Promise.all(answers.map((r) => json<StaffElection>(r, 200)))
    expect(a!.countedAt).toBe(b!.countedAt)
    expect(a!.results).toEqual([
      {
        constituency: '',
        seats: 5,
        ballots: 3,
        candidates: [
          { id: call.ids['Irena Liczona'], name: 'Irena Liczona', votes: 2 },
          { id: call.ids['Jerzy Liczony'], name: 'Jerzy Liczony', votes: 1 },
        ],
        elected: [call.ids['Irena Liczona'], call.ids['Jerzy Liczony']],
        tie: null,
      },
    ])
    expect(a!.winners).toEqual(a!.results![0]!.elected)
    expect(await auditRows('rd.election.count', e.id)).toHaveLength(1)
  })
})

describe('who may run an election', () => {
  it('only the admin and the coordinator of the JST: weryfikator and moderator 403, another JST 403/404, anonymous 401', async () => {
    const call = await callWithCandidates(t, staff, seniors, 'seniorzy', [{ name: 'Senior Dostępu' }])
    await json(create(seniors, call.number, { ...votingDays(), electorate: 'deklaracja' }), 201)
    const path = electionPath(seniors, call.number)
    const requests: [string, string, unknown][] = [
      ['GET', path, undefined],
      ['POST', path, { ...votingDays(), electorate: 'deklaracja' }],
      ['PUT', `${path}/spis`, { text: 'Jan Kowal;1950-01-01' }],
      ['POST', `${path}/liczenie`, {}],
      ['POST', `${path}/losowanie`, { constituency: '', elected: ['x'], note: 'x' }],
      ['POST', `${path}/publikacja`, {}],
    ]
    const admin = await loggedIn(t, demo.admin)
    expect((await admin.get(path)).status).toBe(200)
    const other = await staffOfAnotherJst(t, 'admin')
    for (const who of [demo.weryfikator, demo.moderator]) {
      const agent = await loggedIn(t, who)
      for (const [method, p, body] of requests) await expectProblem(await agent.request(method, p, body), 403)
    }
    for (const [method, p, body] of requests) {
      expect([403, 404]).toContain((await other.agent.request(method, p, body)).status)
      await expectProblem(await new Agent(t).request(method, p, body), 401)
    }
  })
})
