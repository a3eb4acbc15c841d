import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { personKey } from '../../../worker/core/identity/person'
import { editions, projects, supports } from '../../../worker/budget/tables'
import { eraseIdentities } from '../../../worker/budget/actions/erasure'
import { paperCards } from '../../../worker/budget/tables/voting'
import { configFromEnv } from '../../../worker/core/config'
import { purgeExpired } from '../../../worker/core/db/maintenance'
import { DAY, daysFromNow, votingPhases } from '../../support/editions'
import { editionBody, json, STAFF_BO } from './helpers'
import { Agent, demo, expectProblem, lastMail, loggedIn, testApp, type TestApp } from '../../support/api'

/**
 * RODO erasure at the edition's erase date: after it, nothing in the budget tables leads from a voter's e-mail or
 * phone (nor their name, address or PESEL) to their ballot, while every count stays as it was.
 */
let t: TestApp
let coordinator: Agent
const year = 2061
const pub = `/api/v1/jst/gmina-przykladowa/bo/${year}`
const staff = `${STAFF_BO}/${year}`
const pepper = configFromEnv({ APP_ENV: 'development' }).identityPepper
/** The first day on which the data may go: voting (votingPhases) ends 10 days from now. */
const eraseOn = warsawDate(new Date(Date.now() + 12 * DAY)).date
/** A scheduler run after the erase date. */
const later = new Date(Date.now() + 20 * DAY)
let editionId: string
let pools: { id: string }[]
const projectIds: string[] = []

const voter = { email: 'Glosujaca.Tajna@example.pl', phone: '600 700 800', phoneNormalised: '+48600700800' }
const online = {
  firstName: 'Marianna',
  lastName: 'Głosująca',
  address: 'ul. Sekretna 17, Przykładowo',
  pesel: '44051401359',
  residenceDeclared: true,
  adult: true,
  ageBand: '35-44',
  sex: 'k',
}
const bySms = {
  firstName: 'Teodor',
  lastName: 'Esemesowy',
  address: 'ul. Komórkowa 3, Przykładowo',
  pesel: '02070803628',
  residenceDeclared: true,
  adult: true,
}
const onPaper = {
  firstName: 'Aurelia',
  lastName: 'Papierowa',
  address: 'ul. Kartkowa 9, Przykładowo',
  pesel: '85010112345',
  residenceDeclared: true,
}
const waiting = {
  firstName: 'Bonifacy',
  lastName: 'Czekający',
  address: 'ul. Kolejkowa 2, Przykładowo',
  pesel: '90090515836',
  residenceDeclared: true,
}
const supporter = { name: 'Zenobia Popierająca', address: 'ul. Podpisowa 21, Przykładowo' }

/** The contact key exactly as the voting routes compute it (`addressKey` in worker/budget/voting/routes.ts). */
const contactKey = (channel: string, normalised: string) =>
  personKey(pepper, ['vote-address', editionId, channel, normalised])

async function session(channel: 'email' | 'sms', address: string, mailbox: string) {
  const r = new Agent(t)
  expect((await r.post(`${pub}/vote/code`, { channel, address })).status).toBe(202)
  const code = (await lastMail(r, mailbox)).text.match(/\b(\d{6})\b/)![1]
  const { token } = await json(r.post(`${pub}/vote/session`, { channel, address, code }), 201)
  const h = { Authorization: `Bearer ${token}` }
  return {
    put: (path: string, body: unknown) => r.request('PUT', `${pub}/vote${path}`, body, h),
    post: (path: string, body: unknown) => r.request('POST', `${pub}/vote${path}`, body, h),
  }
}

/** Every row of every budget table (and of the throttles, some keyed by contact), as text to search in. */
async function everyRow(): Promise<{ table: string; text: string }[]> {
  const tables = (
    await t.db.run(
      sql`SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'bo\_%' ESCAPE '\\' OR name IN ('vote_codes', 'rate_limits', 'login_throttle'))`,
    )
  ).rows.map((r) => String(r.name))
  expect(tables).toContain('vote_codes')
  const out: { table: string; text: string }[] = []
  for (const table of tables) {
    const { rows, columns } = await t.db.$client.execute(`SELECT * FROM "${table}"`)
    for (const row of rows)
      out.push({
        table,
        text: columns
          .map((c) => (typeof row[c] === 'string' || typeof row[c] === 'number' ? String(row[c]) : ''))
          .join('\u001f'),
      })
  }
  return out
}

/** Where any of `needles` still occurs, as "table: needle". */
async function traces(needles: string[]): Promise<string[]> {
  const rows = await everyRow()
  return needles.flatMap((n) =>
    rows.filter((r) => r.text.toLowerCase().includes(n.toLowerCase())).map((r) => `${r.table}: ${n}`),
  )
}

/** What the count and the public pages rest on: ballots by status and channel, choices per project, supporters. */
async function counts() {
  const ballots = (
    await t.db.run(
      sql`SELECT status, channel, count(*) AS n FROM bo_ballots WHERE edition_id = ${editionId} GROUP BY status, channel ORDER BY status, channel`,
    )
  ).rows.map((r) => ({ ...r }))
  const choices = (
    await t.db.run(
      sql`SELECT c.project_id, count(*) AS n FROM bo_ballot_choices c JOIN bo_ballots b ON b.id = c.ballot_id WHERE b.edition_id = ${editionId} AND b.status = 'valid' GROUP BY c.project_id ORDER BY c.project_id`,
    )
  ).rows.map((r) => ({ ...r }))
  const list = await json(new Agent(t).get(`${pub}/projects`), 200)
  return {
    ballots,
    choices,
    supporters: list.items.map((p: { id: string; supporters: number }) => [p.id, p.supporters]),
  }
}

const erasures = () =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'bo.identities.erase'), eq(auditLog.entityId, editionId)))

beforeAll(async () => {
  t = await testApp()
  coordinator = await loggedIn(t, demo.koordynator)
  const base = editionBody(year)
  const edition = await json(
    coordinator.post(`${STAFF_BO}/editions`, {
      ...base,
      phases: votingPhases(),
      rules: { ...base.rules, askPesel: true, voting: { channels: ['email', 'sms'], identityEraseOn: eraseOn } },
    }),
    201,
  )
  pools = edition.pools
  const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
  editionId = e!.id
  const now = new Date()
  for (const [i, pool] of [pools[0]!, pools[0]!, pools[1]!].entries()) {
    const id = newId()
    projectIds.push(id)
    await t.db.insert(projects).values({
      id,
      tenantId: e!.tenantId,
      editionId,
      poolId: pool.id,
      number: i + 1,
      status: 'accepted',
      title: `Projekt ${i + 1}`,
      costItems: [],
      cost: 1_000_000 * (i + 1),
      extra: {},
      authorName: 'Autor Testowy',
      authorEmail: `autor.erasure${i}@example.pl`,
      authorTokenHash: await hashToken(newToken()),
      authorResidenceDeclared: true,
      createdAt: now,
      updatedAt: now,
    })
    // Online support given during submission, as the support route stores it.
    await t.db.insert(supports).values({
      id: newId(),
      tenantId: e!.tenantId,
      projectId: id,
      personKey: await personKey(pepper, ['support', editionId, `${i}`, supporter.name]),
      name: `${supporter.name} ${i}`,
      address: supporter.address,
      createdAt: now,
    })
  }

  // An online ballot by e-mail (after one wrong code), one by SMS, a session left with a draft and a code never used.
  const r = new Agent(t)
  await r.post(`${pub}/vote/code`, { channel: 'email', address: voter.email })
  await expectProblem(
    await r.post(`${pub}/vote/session`, { channel: 'email', address: voter.email, code: '000000' }),
    400,
  )
  const byMail = await session('email', voter.email, voter.email.toLowerCase())
  await json(
    byMail.post('/cast', {
      choices: { [pools[0]!.id]: { [projectIds[0]!]: 1, [projectIds[1]!]: 1 } },
      identity: online,
    }),
    201,
  )
  const sms = await session('sms', voter.phone, voter.phoneNormalised)
  await json(sms.post('/cast', { choices: { [pools[1]!.id]: { [projectIds[2]!]: 1 } }, identity: bySms }), 201)
  const left = await session('email', 'porzucona.karta@example.pl', 'porzucona.karta@example.pl')
  await json(
    left.put('/draft', {
      choices: { [pools[0]!.id]: { [projectIds[1]!]: 1 } },
      identity: { firstName: 'Porzucona', lastName: 'Szkicowa', address: 'ul. Niedokończona 4' },
    }),
    200,
  )
  expect(
    (await new Agent(t).post(`${pub}/vote/code`, { channel: 'email', address: 'nieuzyty.kod@example.pl' })).status,
  ).toBe(202)

  // A paper card confirmed by a second person, and one still waiting for them.
  const weryfikator = await loggedIn(t, demo.weryfikator)
  const card = (cardNumber: string, identity: typeof onPaper) => ({
    cardNumber,
    choices: { [pools[0]!.id]: { [projectIds[0]!]: 1 } },
    identity,
    flags: {},
  })
  const entered = await json(weryfikator.post(`${staff}/paper-cards`, card('E-001', onPaper)), 201)
  expect((await json(coordinator.post(`${staff}/paper-cards/${entered.id}/confirm`, {}), 200)).ballotStatus).toBe(
    'valid',
  )
  await json(weryfikator.post(`${staff}/paper-cards`, card('E-002', waiting)), 201)
})
afterAll(() => t.close())

describe('erasure of personal data at the edition\u2019s erase date', () => {
  const keys = () => [contactKey('email', voter.email.toLowerCase()), contactKey('sms', voter.phoneNormalised)]
  const inClear = [
    voter.email,
    voter.phoneNormalised,
    '600700800',
    'porzucona.karta@example.pl',
    'nieuzyty.kod@example.pl',
  ]
  const people = [online, bySms, onPaper]
    .flatMap((p) => [p.lastName, p.address, p.pesel])
    .concat(['Szkicowa', 'Niedokończona', supporter.name, supporter.address])

  it('leaves no way from an e-mail or phone to a ballot\u2019s choices, and no voter or supporter data, while every count stays', async () => {
    const contacts = await Promise.all(keys())
    // Before: the contacts are there to be found (so the search below would find them).
    const before = await traces([...contacts, ...inClear, ...people])
    expect(before.some((x) => x.startsWith('vote_codes:'))).toBe(true)
    expect(before.some((x) => x.startsWith('bo_paper_cards:'))).toBe(true)
    expect(before.some((x) => x.startsWith('bo_supports:'))).toBe(true)
    const countsBefore = await counts()

    expect(await eraseIdentities(t.db, later)).toBe(3)
    // The hourly purge has long removed the throttles of the vote (some keyed by contact) by then.
    await purgeExpired(t.db, later.getTime())
    coordinator = await loggedIn(t, demo.koordynator)

    expect(
      await traces([...contacts, ...inClear, ...people]),
      JSON.stringify(await traces([...contacts, ...inClear, ...people])),
    ).toEqual([])
    // The join a curious administrator would try, by contact key, through every table that ever held it.
    for (const key of contacts) {
      const viaSessions = await t.db.run(
        sql`SELECT c.project_id FROM bo_vote_sessions s JOIN bo_ballot_choices c ON c.ballot_id = s.ballot_id WHERE s.contact_key = ${key}`,
      )
      const viaIdentities = await t.db.run(
        sql`SELECT c.project_id FROM bo_ballot_identities i JOIN bo_ballot_choices c ON c.ballot_id = i.ballot_id WHERE i.contact_key = ${key}`,
      )
      const viaCodes = await t.db.run(
        sql`SELECT s.ballot_id FROM vote_codes k JOIN bo_vote_sessions s ON s.edition_id = k.process_id WHERE k.address_key = ${key}`,
      )
      expect([...viaSessions.rows, ...viaIdentities.rows, ...viaCodes.rows]).toEqual([])
    }
    for (const [table, edition] of [
      ['bo_vote_sessions', 'edition_id'],
      ['vote_codes', "module = 'bo' AND process_id"],
      ['bo_vote_contacts', 'edition_id'],
    ]) {
      expect(
        Number(
          (
            await t.db.$client.execute({
              sql: `SELECT count(*) AS n FROM ${table} WHERE ${edition} = ?`,
              args: [editionId],
            })
          ).rows[0]!.n,
        ),
        table,
      ).toBe(0)
    }
    const cards = await t.db.select().from(paperCards).where(eq(paperCards.editionId, editionId))
    const confirmed = cards.find((c) => c.cardNumber === 'E-001')!
    expect(confirmed.data).toEqual({
      choices: { [pools[0]!.id]: { [projectIds[0]!]: 1 } },
      identity: { residenceDeclared: true },
    })
    expect(await counts()).toEqual(countsBefore)

    const list = await json(coordinator.get(`${staff}/ballots`), 200)
    expect(list.items).toHaveLength(3)
    for (const b of list.items) expect(b).toMatchObject({ identity: null, erasedAt: later.toISOString() })
  })

  it('keeps a card waiting for its second person until it is decided, then erases it on the next run', async () => {
    const pending = (
      await t.db
        .select()
        .from(paperCards)
        .where(and(eq(paperCards.editionId, editionId), eq(paperCards.cardNumber, 'E-002')))
    )[0]!
    expect((pending.data as { identity: { lastName: string } }).identity.lastName).toBe(waiting.lastName)
    await json(
      coordinator.post(`${staff}/paper-cards/${pending.id}/reject`, { reason: 'Błąd przy wprowadzaniu karty.' }),
      200,
    )
    expect(await eraseIdentities(t.db, new Date(later.getTime() + DAY))).toBe(0)
    expect(await traces([waiting.lastName, waiting.address, waiting.pesel])).toEqual([])
  })

  it('is idempotent: one audit entry per run that erased something, none for a run with nothing left', async () => {
    const runs = await erasures()
    expect(runs).toHaveLength(2)
    expect(runs[0]!.after).toMatchObject({
      due: eraseOn,
      ballots: 3,
      paperCards: 1,
      sessions: 3,
      codes: 5,
      supports: 3,
    })
    expect(runs[1]!.after).toMatchObject({ ballots: 0, paperCards: 1 })
    expect(await eraseIdentities(t.db, later)).toBe(0)
    expect(await eraseIdentities(t.db, new Date(later.getTime() + 5 * DAY))).toBe(0)
    expect(await erasures()).toHaveLength(2)
  })
})

describe('the erase date of an edition', () => {
  const lastVotingDay = (phases: { phase: string; endsAt: string }[]) =>
    warsawDate(new Date(Date.parse(phases.find((p) => p.phase === 'voting')!.endsAt) - 1)).date
  const withEraseOn = (y: number, date: string | null) => {
    const body = editionBody(y)
    return { ...body, rules: { ...body.rules, voting: { identityEraseOn: date } } }
  }

  it('refuses a date on or before the last day of voting, on the field, saving nothing', async () => {
    const body = editionBody(2064)
    const last = lastVotingDay(body.phases)
    for (const date of [warsawDate(new Date(Date.now() - DAY)).date, last]) {
      const problem = await expectProblem(await coordinator.post(`${STAFF_BO}/editions`, withEraseOn(2064, date)), 400)
      const error = problem.errors!.find((e) => e.field === 'rules.voting.identityEraseOn')
      expect(error?.detail).toMatch(/głosowani/)
      expect(error?.detail).toContain(date.split('-').reverse().join('.'))
    }
    expect(await t.db.select().from(editions).where(eq(editions.year, 2064))).toEqual([])
    // The calendar day after the last day of voting, whatever the hour at which voting ends.
    const dayAfter = new Date(Date.parse(`${last}T12:00:00Z`) + DAY).toISOString().slice(0, 10)
    expect(dayAfter > last).toBe(true)
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, withEraseOn(2064, dayAfter)), 201)
    expect(created.rules.voting.identityEraseOn).toBe(dayAfter)
  })

  it('refuses a change of the settings that would erase the data before the vote ends', async () => {
    const body = { ...editionBody(2065), phases: editionBody(2065, {}, 3).phases }
    const created = await json(coordinator.post(`${STAFF_BO}/editions`, body), 201)
    const early = warsawDate(new Date(daysFromNow(20))).date
    const problem = await expectProblem(
      await coordinator.request('PUT', `${STAFF_BO}/editions/2065`, {
        ...withEraseOn(2065, early),
        phases: body.phases,
        version: created.version,
      }),
      400,
    )
    expect(problem.errors!.map((e) => e.field)).toContain('rules.voting.identityEraseOn')
    const [stored] = await t.db.select().from(editions).where(eq(editions.year, 2065))
    expect((stored!.rules as { voting: { identityEraseOn: string | null } }).voting.identityEraseOn).toBeNull()
  })
})
