import { and, eq, sql } from 'drizzle-orm'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { editionRulesSchema } from '../../../worker/budget/domain/rules'
import { editions, projects } from '../../../worker/budget/tables'
import { parsePabulib, tally } from '../../../worker/budget/tally'
import { ballotIdentities, ballots, paperCards, results } from '../../../worker/budget/tables/voting'
import { votingPhases } from '../../support/editions'
import { editionBody, json } from './helpers'
import { Agent, demo, expectProblem, loggedIn, testApp, type TestApp } from '../../support/api'

/**
 * Findings of the outside review about paper cards, the count, receipts and the CSV exports: a card confirmed twice
 * at once, a tie-break seed drawn anew at every recomputation, receipts that let a voter prove what they voted, live
 * spreadsheet formulas in the CSV exports, and PESEL numbers shown to every clerk.
 */
let t: TestApp
let koordynator: Agent
let admin: Agent
let weryfikator: Agent
const jst = '/api/v1/jst/gmina-przykladowa'
const pubOf = (year: number) => `${jst}/bo/${year}`
const staffOf = (year: number) => `${jst}/staff/bo/${year}`
const FORMULA = '=HYPERLINK("http://x","y")'

interface Setup {
  year: number
  editionId: string
  pools: { id: string; code: string }[]
  projectIds: string[]
}

/** An edition in its voting phase with four accepted projects (three in the whole-JST pool, one titled as a formula). */
async function votingEdition(year: number, voting: Record<string, unknown> = {}): Promise<Setup> {
  const base = editionBody(year)
  const body = {
    ...base,
    rules: {
      ...base.rules,
      ballot: { format: 'approval', minProjects: 1, maxProjects: 2, areaPools: 'any-one-area' },
      voting: { duplicatePolicy: 'keep-first', ...voting },
    },
    phases: votingPhases(),
  }
  const edition = await json(koordynator.post(`${jst}/staff/bo/editions`, body), 201)
  const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
  const pools = edition.pools as { id: string; code: string }[]
  const titles = [FORMULA, 'Park kieszonkowy', '@SUM(1+1)', 'Plac zabaw']
  const projectIds: string[] = []
  const now = new Date()
  for (const [i, title] of titles.entries()) {
    const id = newId()
    projectIds.push(id)
    const pool = i < 3 ? pools[0]! : pools[1]!
    await t.db.insert(projects).values({
      id,
      tenantId: e!.tenantId,
      editionId: e!.id,
      poolId: pool.id,
      number: i + 1,
      status: 'accepted',
      title,
      costItems: [],
      cost: 10_000_000,
      extra: {},
      authorName: 'Autor Testowy',
      authorEmail: `autor${year}.${i}@example.pl`,
      authorTokenHash: await hashToken(newToken()),
      authorResidenceDeclared: true,
      createdAt: now,
      updatedAt: now,
    })
  }
  return { year, editionId: e!.id, pools, projectIds }
}

/**
 * One ballot on paper (keyed in by the weryfikator, confirmed by the koordynator) for a person of its own; returns the
 * ballot's receipt. Paper cards keep these tests on the count itself, apart from the e-mail codes of online voting.
 */
async function vote(s: Setup, cardNumber: string, who: string, chosen: number[]): Promise<string> {
  const body = {
    cardNumber,
    choices: { [s.pools[0]!.id]: Object.fromEntries(chosen.map((i) => [s.projectIds[i]!, 1])) },
    identity: {
      firstName: who,
      lastName: 'Głosująca',
      address: `ul. Testowa ${cardNumber}, Przykładowo`,
      residenceDeclared: true,
    },
    flags: {},
  }
  const entered = await json(weryfikator.post(`${staffOf(s.year)}/paper-cards`, body), 201)
  expect(
    (await json(koordynator.post(`${staffOf(s.year)}/paper-cards/${entered.id}/confirm`, {}), 200)).ballotStatus,
  ).toBe('valid')
  const [row] = await t.db
    .select({ receipt: ballots.receipt })
    .from(paperCards)
    .innerJoin(ballots, eq(ballots.id, paperCards.ballotId))
    .where(eq(paperCards.id, entered.id))
  return row!.receipt
}

async function endVoting(s: Setup) {
  await t.db.run(
    sql`UPDATE bo_phases SET ends_at = ${Date.now() - 1000} WHERE edition_id = ${s.editionId} AND phase = 'voting'`,
  )
  await t.db.run(
    sql`UPDATE bo_phases SET starts_at = ${Date.now() - 1000} WHERE edition_id = ${s.editionId} AND phase = 'results'`,
  )
}

const card = (s: Setup, n: string, firstName: string, extra: Record<string, unknown> = {}) => ({
  cardNumber: n,
  choices: { [s.pools[0]!.id]: { [s.projectIds[1]!]: 1 } },
  identity: {
    firstName,
    lastName: 'Papierowa',
    address: `ul. Kartkowa ${n}, Przykładowo`,
    residenceDeclared: true,
    ...extra,
  },
  flags: {},
})

const audits = (entityId: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)))

beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
  admin = await loggedIn(t, demo.admin)
  weryfikator = await loggedIn(t, demo.weryfikator)
})
afterAll(() => t.close())

describe('paper cards', () => {
  let s: Setup
  beforeAll(async () => {
    s = await votingEdition(2061)
  })

  it('a card confirmed several times at once becomes exactly one ballot: one confirmation wins, the others get 409', async () => {
    for (const [round, confirmations] of [2, 3, 4].entries()) {
      const name = `Wyścig${round}`
      const entered = await json(weryfikator.post(`${staffOf(s.year)}/paper-cards`, card(s, `W-${round}`, name)), 201)
      const clerks = [koordynator, admin, koordynator, admin].slice(0, confirmations)
      const answers = await Promise.all(
        clerks.map((clerk) => clerk.post(`${staffOf(s.year)}/paper-cards/${entered.id}/confirm`, {})),
      )
      const statuses = answers.map((a) => a.status).sort()
      expect(statuses, `round ${round}`).toEqual([200, ...Array(confirmations - 1).fill(409)])
      for (const loser of answers.filter((a) => a.status === 409))
        expect((await expectProblem(loser, 409)).detail).toMatch(/rozpatrzon|potwierdza/)
      const cast = await t.db
        .select({ id: ballots.id })
        .from(ballots)
        .innerJoin(ballotIdentities, eq(ballotIdentities.ballotId, ballots.id))
        .where(eq(ballotIdentities.firstName, name))
      expect(cast, `round ${round}`).toHaveLength(1)
      const [stored] = await t.db.select().from(paperCards).where(eq(paperCards.id, entered.id))
      expect(stored).toMatchObject({ status: 'confirmed', ballotId: cast[0]!.id })
      expect(await audits(entered.id, 'bo.paper-card.confirm')).toHaveLength(1)
    }
  })

  it('a card whose ballot could not be stored waits for confirmation again', async () => {
    const entered = await json(weryfikator.post(`${staffOf(s.year)}/paper-cards`, card(s, 'AWARIA-1', 'Awaria')), 201)
    await t.db.run(
      sql.raw(
        `CREATE TRIGGER test_awaria BEFORE INSERT ON bo_ballot_identities WHEN NEW.first_name = 'Awaria' BEGIN SELECT RAISE(ABORT, 'awaria dysku'); END`,
      ),
    )
    try {
      expect(
        (await koordynator.post(`${staffOf(s.year)}/paper-cards/${entered.id}/confirm`, {})).status,
      ).toBeGreaterThanOrEqual(500)
    } finally {
      await t.db.run(sql.raw('DROP TRIGGER test_awaria'))
    }
    const [back] = await t.db.select().from(paperCards).where(eq(paperCards.id, entered.id))
    expect(back).toMatchObject({ status: 'pending', decidedBy: null, ballotId: null })
    expect((await json(admin.post(`${staffOf(s.year)}/paper-cards/${entered.id}/confirm`, {}), 200)).ballotStatus).toBe(
      'valid',
    )
    expect(
      await t.db
        .select({ id: ballotIdentities.ballotId })
        .from(ballotIdentities)
        .where(eq(ballotIdentities.firstName, 'Awaria')),
    ).toHaveLength(1)
  })

  it('shows PESEL only to admins and coordinators, and no personal answer may be cached', async () => {
    const pesel = '44051401359'
    await json(weryfikator.post(`${staffOf(s.year)}/paper-cards`, card(s, 'PESEL-1', 'Peselowa', { pesel })), 201)
    const seen = async (agent: Agent) => {
      const res = await agent.get(`${staffOf(s.year)}/paper-cards`)
      expect(res.status).toBe(200)
      const text = await res.text()
      const item = (
        JSON.parse(text).items as { cardNumber: string; data: { identity: Record<string, unknown> } }[]
      ).find((c) => c.cardNumber === 'PESEL-1')!
      return { text, identity: item.data.identity, cache: res.headers.get('cache-control') ?? '' }
    }
    const clerk = await seen(weryfikator)
    expect(clerk.text).not.toContain(pesel)
    expect(clerk.identity).not.toHaveProperty('pesel')
    expect(clerk.identity).toMatchObject({ firstName: 'Peselowa', lastName: 'Papierowa' })
    expect((await seen(koordynator)).identity.pesel).toBe(pesel)
    expect((await seen(admin)).identity.pesel).toBe(pesel)
    expect(clerk.cache).toMatch(/no-store/)
    const list = await koordynator.get(`${staffOf(s.year)}/ballots`)
    expect(list.status).toBe(200)
    expect(list.headers.get('cache-control') ?? '').toMatch(/no-store/)
  })
})

describe('the tie-break seed', () => {
  let s: Setup
  beforeAll(async () => {
    s = await votingEdition(2062)
    await vote(s, 'Z-1', 'Anna', [0, 1])
    await vote(s, 'Z-2', 'Beata', [0, 1])
    await endVoting(s)
  })

  it('is drawn once: a recomputation repeats it and the results, and the audit shows when it was drawn', async () => {
    const first = await json(koordynator.post(`${staffOf(s.year)}/results`, {}), 201)
    const [stored1] = await t.db.select().from(results).where(eq(results.editionId, s.editionId))
    const second = await json(admin.post(`${staffOf(s.year)}/results`, {}), 201)
    const [stored2] = await t.db.select().from(results).where(eq(results.editionId, s.editionId))
    expect(first.seed).toMatch(/^[0-9a-zA-Z_-]{8,}$/)
    expect(second.seed).toBe(first.seed)
    expect(second.pools).toEqual(first.pools)
    expect((stored2!.data as { pools: { file: string }[] }).pools.map((p) => p.file)).toEqual(
      (stored1!.data as { pools: { file: string }[] }).pools.map((p) => p.file),
    )
    const drawn = await audits(s.editionId, 'bo.results.seed')
    expect(drawn).toHaveLength(1)
    expect(drawn[0]!.after).toMatchObject({ seed: first.seed })
    const view = await json(koordynator.get(`${staffOf(s.year)}/results`), 200)
    expect(view.seed).toBe(first.seed)
    expect(view.seedDrawnAt).toBe((drawn[0]!.after as { drawnAt: string }).drawnAt)
    expect(new Date(view.seedDrawnAt).toISOString()).toBe(view.seedDrawnAt)
    expect(await audits(s.editionId, 'bo.results.compute')).toHaveLength(2)
  })

  it('two first computations at once draw one seed between them', async () => {
    const other = await votingEdition(2065)
    await vote(other, 'Z-3', 'Celina', [0, 1])
    await endVoting(other)
    const answers = await Promise.all([
      koordynator.post(`${staffOf(other.year)}/results`, {}),
      admin.post(`${staffOf(other.year)}/results`, {}),
    ])
    const seeds = new Set<string>()
    for (const a of answers) {
      if (a.status === 409) await expectProblem(a, 409)
      else seeds.add((await json(a, 201)).seed)
    }
    expect(seeds.size).toBe(1)
    expect(await audits(other.editionId, 'bo.results.seed')).toHaveLength(1)
    const [stored] = await t.db.select().from(results).where(eq(results.editionId, other.editionId))
    expect((stored!.data as { seed: string }).seed).toBe([...seeds][0])
  })
})

describe('receipts and ballot secrecy', () => {
  let inclusion: Setup
  let content: Setup
  const receiptsOf: Record<string, string[]> = {}

  beforeAll(async () => {
    inclusion = await votingEdition(2063)
    content = await votingEdition(2064, { receipts: 'inclusion-and-content' })
    for (const s of [inclusion, content]) {
      receiptsOf[s.year] = [
        await vote(s, 'T-1', 'Dorota', [0]),
        await vote(s, 'T-2', 'Ewa', [1, 2]),
        await vote(s, 'T-3', 'Fryderyka', [0, 2]),
      ]
      await endVoting(s)
      await json(koordynator.post(`${staffOf(s.year)}/results`, {}), 201)
      await json(admin.post(`${staffOf(s.year)}/results/publish`, {}), 200)
    }
  })

  it('old stored rules without the setting read as the default: inclusion only', () => {
    const rules = v.parse(editionRulesSchema, editionBody(2000).rules)
    expect(rules.voting.receipts).toBe('inclusion')
    expect(
      v.parse(editionRulesSchema, { ...editionBody(2000).rules, voting: { receipts: 'inclusion-and-content' } }).voting
        .receipts,
    ).toBe('inclusion-and-content')
    expect(
      v.safeParse(editionRulesSchema, { ...editionBody(2000).rules, voting: { receipts: 'wszystko' } }).success,
    ).toBe(false)
  })

  it('by default a voter can check their ballot was counted but cannot show what it said', async () => {
    const pub = pubOf(inclusion.year)
    const published = await json(new Agent(t).get(`${pub}/results`), 200)
    const og = published.pools.find((p: { code: string }) => p.code === 'OG')
    const file = await (await new Agent(t).get(`${pub}/results/OG.pb`)).text()
    expect(tally(parsePabulib(file)).selected).toEqual(og.outcome.selected)
    const voterIds = file
      .split('VOTES')[1]!
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(';')[0]!)
    expect(voterIds).toHaveLength(3)
    const listed = await new Agent(t).get(`${pub}/results/receipts.txt`)
    expect(listed.status).toBe(200)
    const counted = (await listed.text()).split('\n').filter((l) => l && !l.startsWith('#'))
    expect(counted).toHaveLength(3)
    for (const receipt of receiptsOf[inclusion.year]!) {
      const check = await json(new Agent(t).get(`${pub}/receipt/${receipt}`), 200)
      expect(check).toMatchObject({ recorded: true, published: true, counted: true, status: 'valid' })
      expect(check).not.toHaveProperty('voterId')
      expect(check).not.toHaveProperty('pools')
      expect(counted).toContain(check.digest)
      // Nothing the receipt leads to appears among the vote lines.
      const oldId = (await hashToken(`wspolnota-receipt:${receipt}`)).slice(0, 16)
      expect(file).not.toContain(oldId)
      expect(voterIds).not.toContain(check.digest)
    }
  })

  it('with inclusion-and-content the receipt leads to the ballot’s line, as before', async () => {
    const pub = pubOf(content.year)
    const file = await (await new Agent(t).get(`${pub}/results/OG.pb`)).text()
    const check = await json(new Agent(t).get(`${pub}/receipt/${receiptsOf[content.year]![1]}`), 200)
    expect(check).toMatchObject({ recorded: true, published: true, counted: true, pools: ['OG'] })
    expect(file).toContain(`\n${check.voterId};`)
  })

  it('neutralises spreadsheet formulas in every CSV export, and keeps the .pb verbatim', async () => {
    const pub = pubOf(inclusion.year)
    const neutral = `"'=HYPERLINK(""http://x"",""y"")"`
    const projectsCsv = await new Agent(t).get(`${pub}/projects.csv`)
    expect(projectsCsv.headers.get('content-type')).toMatch(/^text\/csv/)
    const projectsText = await projectsCsv.text()
    expect(projectsText).toContain(neutral)
    expect(projectsText).toContain(`;'@SUM(1+1);`)
    const resultsText = await (await new Agent(t).get(`${pub}/results/csv`)).text()
    expect(resultsText).toContain(neutral)
    expect(resultsText).toContain(`;'@SUM(1+1);`)
    for (const text of [projectsText, resultsText]) {
      for (const line of text.replace(/^\uFEFF/, '').split('\r\n')) expect(line).not.toMatch(/(^|;)"?[=+@\t\r-]/)
    }
    const file = await (await new Agent(t).get(`${pub}/results/OG.pb`)).text()
    const names = parsePabulib(file).projects.map((p) => p.fields.name)
    expect(names).toContain(FORMULA)
    expect(names).toContain('@SUM(1+1)')
  })

  it('one CSV helper: quoting, and a cell that a spreadsheet would run as a formula starts with an apostrophe', async () => {
    const { csvCell, csvRow } = await import('../../../worker/core/http/csv')
    expect(csvCell('zwykły tekst')).toBe('zwykły tekst')
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('powiedział "tak"')).toBe('"powiedział ""tak"""')
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`)
    expect(csvCell('\tx')).toBe(`'\tx`)
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell(-12.5)).toBe('-12.5')
    expect(csvRow(['=1', 2, 'x'])).toBe(`'=1;2;x`)
  })
})
