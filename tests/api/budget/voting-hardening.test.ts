import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { editionRulesSchema } from '../../../worker/budget/domain/rules'
import { editions, projects } from '../../../worker/budget/tables'
import { ballots, voteContacts } from '../../../worker/budget/tables/voting'
import { voteCodes } from '../../../worker/core/voting/schema'
import * as v from 'valibot'
import { votingPhases } from '../../support/editions'
import { editionBody, json, STAFF_BO } from './helpers'
import { Agent, demo, expectProblem, loggedIn, testApp, type TestApp } from '../../support/api'

/**
 * The online casting path under attack or bad luck: one e-mail address casting ballots under invented names, the
 * same ballot sent twice (a double click, a retry after a lost answer), wrong voting codes guessed in parallel or
 * typed from someone else's computer to lock a voter out. Every scenario here failed before its fix.
 */
let t: TestApp
let poolId: string
let projectIds: string[]
let editionId: string
const year = 2031
const pub = `/api/v1/jst/gmina-przykladowa/bo/${year}`
const ROUNDS = 3

beforeAll(async () => {
  // Many voters share the test's one address ("unknown"): the per-address cap on code requests is raised here.
  t = await testApp({ VOTE_CODES_PER_HOUR: '10000' })
  const coordinator = await loggedIn(t, demo.koordynator)
  const body = { ...editionBody(year), phases: votingPhases() }
  body.rules = {
    ...body.rules,
    ballot: { format: 'approval', minProjects: 1, maxProjects: 2, areaPools: 'any-one-area' },
  }
  const edition = await json(coordinator.post(`${STAFF_BO}/editions`, body), 201)
  poolId = edition.pools[0].id
  const [e] = await t.db.select().from(editions).where(eq(editions.year, year))
  editionId = e!.id
  projectIds = []
  const now = new Date()
  for (let i = 0; i < 3; i++) {
    const id = newId()
    projectIds.push(id)
    await t.db.insert(projects).values({
      id,
      tenantId: e!.tenantId,
      editionId: e!.id,
      poolId,
      number: i + 1,
      status: 'accepted',
      title: `Projekt ${i + 1}`,
      costItems: [],
      cost: 1_000_000,
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

const usedCodes = new Set<string>()

/** Requests a code for `email` (from `ip`) and returns it, read from the development outbox. */
async function requestCode(email: string, ip = '192.0.2.1'): Promise<string> {
  const r = new Agent(t)
  const res = await r.request(
    'POST',
    `${pub}/vote/code`,
    { channel: 'email', address: email },
    { 'CF-Connecting-IP': ip },
  )
  if (res.status !== 202) throw new Error(`code for ${email}: ${res.status} ${await res.text()}`)
  const { items } = await json<{ items: { to: string; text: string }[] }>(r.get('/api/v1/dev/outbox'), 200)
  const code = items
    .filter((m) => m.to === email)
    .map((m) => m.text.match(/\b(\d{6})\b/)![1]!)
    .find((c) => !usedCodes.has(c))
  if (!code) throw new Error(`no new code for ${email}`)
  usedCodes.add(code)
  return code
}

const enterCode = (email: string, code: string, ip = '192.0.2.1') =>
  new Agent(t).request(
    'POST',
    `${pub}/vote/session`,
    { channel: 'email', address: email, code },
    { 'CF-Connecting-IP': ip },
  )

/** A voting session opened with a fresh code for `email`. */
async function openSession(email: string) {
  const { token } = await json(enterCode(email, await requestCode(email)), 201)
  const r = new Agent(t)
  const h = { Authorization: `Bearer ${token}` }
  return {
    get: (path: string) => r.request('GET', `${pub}/vote${path}`, undefined, h),
    cast: (identity: Record<string, unknown>) =>
      r.request('POST', `${pub}/vote/cast`, { choices: { [poolId]: { [projectIds[0]!]: 1 } }, identity }, h),
  }
}

const who = (firstName: string, lastName: string) => ({
  firstName,
  lastName,
  address: `ul. ${lastName} 1, Przykładowo`,
  residenceDeclared: true,
  adult: true,
})

/** Statuses (and reasons) of the ballots whose declared surname starts with `prefix`. */
async function ballotsOf(prefix: string) {
  const rows = await t.db
    .select()
    .from(ballots)
    .where(sql`${ballots.id} IN (SELECT ballot_id FROM bo_ballot_identities WHERE last_name LIKE ${`${prefix}%`})`)
  return rows.map((r) => ({ receipt: r.receipt, status: r.status, reason: r.statusReason }))
}

/** Runs `fn` with the edition's voting rules changed by `voting`, then puts them back. */
async function withVoting(voting: Record<string, unknown>, fn: () => Promise<void>) {
  const [e] = await t.db.select().from(editions).where(eq(editions.id, editionId))
  const rules = e!.rules as Record<string, any>
  await t.db
    .update(editions)
    .set({ rules: { ...rules, voting: { ...rules.voting, ...voting } } })
    .where(eq(editions.id, editionId))
  try {
    await fn()
  } finally {
    await t.db.update(editions).set({ rules }).where(eq(editions.id, editionId))
  }
}

describe('one e-mail address or phone number, one ballot (or as many as the edition allows)', () => {
  it('counts one valid ballot for three codes to one address cast under three invented names', async () => {
    const receipts: string[] = []
    for (const [i, name] of ['Adam', 'Beata', 'Cezary'].entries()) {
      const s = await openSession('jeden-adres@example.pl')
      receipts.push((await json(s.cast(who(name, `Wymyślony${i}`)), 201)).receipt)
    }
    const rows = await ballotsOf('Wymyślony')
    expect(rows.map((r) => r.status).sort()).toEqual(['duplicate', 'duplicate', 'valid'])
    expect(rows.find((r) => r.status === 'valid')!.receipt).toBe(receipts[0])
    for (const r of rows.filter((r) => r.status === 'duplicate'))
      expect(r.reason).toMatch(/adresu e-mail lub numeru telefonu/)
    const [contact] = await t.db.select().from(voteContacts).where(eq(voteContacts.editionId, editionId))
    expect(contact!.ballots).toBe(3)
  })

  it('allows as many valid ballots per address as rules.voting.ballotsPerContact', async () => {
    await withVoting({ ballotsPerContact: 2 }, async () => {
      for (const [i, name] of ['Dorota', 'Edward', 'Felicja'].entries())
        await json((await openSession('domownicy@example.pl')).cast(who(name, `Domownik${i}`)), 201)
    })
    expect((await ballotsOf('Domownik')).map((r) => r.status).sort()).toEqual(['duplicate', 'valid', 'valid'])
  })

  it('holds when ballots of one address are cast at once from several sessions', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      for (const allowed of [1, 2]) {
        await withVoting({ ballotsPerContact: allowed }, async () => {
          const email = `wyscig-${round}-${allowed}@example.pl`
          const sessions = []
          for (let i = 0; i < 3; i++) sessions.push(await openSession(email))
          const answers = await Promise.all(
            sessions.map((s, i) => s.cast(who(`Osoba${i}`, `Wyścig${round}x${allowed}n${i}`))),
          )
          expect(answers.map((a) => a.status)).toEqual([201, 201, 201])
          const rows = await ballotsOf(`Wyścig${round}x${allowed}n`)
          expect(rows).toHaveLength(3)
          expect(rows.filter((r) => r.status === 'valid')).toHaveLength(allowed)
          expect(rows.filter((r) => r.status === 'duplicate')).toHaveLength(3 - allowed)
        })
      }
    }
  })

  it('voids every ballot of an address that casts too many under the void-all policy', async () => {
    await withVoting({ duplicatePolicy: 'void-all' }, async () => {
      for (const [i, name] of ['Grzegorz', 'Halina'].entries())
        await json((await openSession('unieważnij@example.pl')).cast(who(name, `Nieważny${i}`)), 201)
    })
    expect((await ballotsOf('Nieważny')).map((r) => r.status)).toEqual(['void', 'void'])
  })

  it('validates the setting, and reads editions stored without it as 1', async () => {
    const coordinator = await loggedIn(t, demo.koordynator)
    const body = { ...editionBody(year + 1), phases: votingPhases() }
    body.rules = { ...body.rules, voting: { ballotsPerContact: 0 } } as typeof body.rules
    const refused = await expectProblem(await coordinator.post(`${STAFF_BO}/editions`, body), 400)
    expect(refused.errors!.map((e) => e.field)).toContain('rules.voting.ballotsPerContact')
    expect(refused.detail).toMatch(/co najmniej 1/)
    const [e] = await t.db.select().from(editions).where(eq(editions.id, editionId))
    const { ballotsPerContact, ...old } = (e!.rules as { voting: Record<string, unknown> }).voting
    expect(ballotsPerContact).toBe(1)
    expect(v.parse(editionRulesSchema, { ...(e!.rules as object), voting: old }).voting.ballotsPerContact).toBe(1)
  })
})

describe('casting twice from one session', () => {
  it('answers identical casts sent at once with one receipt and stores one ballot', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const s = await openSession(`podwojny-klik-${round}@example.pl`)
      const answers = await Promise.all(
        Array.from({ length: [2, 3, 5][round]! }, () => s.cast(who('Ignacy', `Dwuklik${round}`))).map((p) =>
          p.then((r) => json(r)),
        ),
      )
      expect(new Set(answers.map((a) => a.receipt)).size).toBe(1)
      expect(answers[0].receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
      const rows = await ballotsOf(`Dwuklik${round}`)
      expect(rows).toEqual([{ receipt: answers[0].receipt, status: 'valid', reason: null }])
    }
  })

  it('answers the same cast sent through two server instances at once with one receipt', async () => {
    const other = await testApp({}, t.file)
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const email = `dwa-serwery-${round}@example.pl`
        const { token } = await json(enterCode(email, await requestCode(email)), 201)
        const body = { choices: { [poolId]: { [projectIds[1]!]: 1 } }, identity: who('Kamil', `Dwuserwerowy${round}`) }
        const h = { Authorization: `Bearer ${token}` }
        const answers = await Promise.all([
          new Agent(t).request('POST', `${pub}/vote/cast`, body, h),
          new Agent(other).request('POST', `${pub}/vote/cast`, body, h),
        ])
        expect(answers.map((a) => a.status).sort()).toEqual([200, 201])
        const receipts = await Promise.all(answers.map((a) => a.json()))
        expect(receipts[0].receipt).toBe(receipts[1].receipt)
        expect(await ballotsOf(`Dwuserwerowy${round}`)).toEqual([
          { receipt: receipts[0].receipt, status: 'valid', reason: null },
        ])
      }
    } finally {
      other.close()
    }
  })

  it('gives a later repeat (a retry after a lost answer) the first receipt, not a refusal', async () => {
    const s = await openSession('ponowienie@example.pl')
    const first = await s.cast(who('Jadwiga', 'Ponowna'))
    expect(first.status).toBe(201)
    const { receipt } = await first.json()
    const again = await s.cast(who('Jadwiga', 'Ponowna'))
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ receipt, repeated: true })
    expect((await json(s.get('/ballot'), 200)).cast).toBe(true)
    expect(await ballotsOf('Ponowna')).toEqual([{ receipt, status: 'valid', reason: null }])
  })
})

describe('voting codes: guessing and lockouts', () => {
  const latestCode = async () =>
    (
      await t.db
        .select()
        .from(voteCodes)
        .orderBy(sql`${voteCodes.createdAt} DESC`)
        .limit(1)
    )[0]!
  const wrongOf = (code: string, i = 1) => String((Number(code) + i) % 1_000_000).padStart(6, '0')
  const audits = (action: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, editionId)))

  it('compares at most five guesses of one code, however many arrive at once from one address', async () => {
    const email = 'zgadywanie-1@example.pl'
    const code = await requestCode(email, '198.51.100.1')
    const issued = await latestCode()
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => enterCode(email, wrongOf(code, i + 1), '198.51.100.1')),
    )
    expect(answers.every((a) => a.status === 400 || a.status === 429)).toBe(true)
    expect(answers.filter((a) => a.status === 400).length).toBeLessThanOrEqual(4)
    expect((await t.db.select().from(voteCodes).where(eq(voteCodes.id, issued.id)))[0]!.attempts).toBeLessThanOrEqual(5)
    await expectProblem(await enterCode(email, code, '198.51.100.1'), 429)
  })

  it('compares at most five guesses of one code sent at once from thirty addresses', async () => {
    const email = 'zgadywanie-2@example.pl'
    const code = await requestCode(email, '198.51.100.2')
    const issued = await latestCode()
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => enterCode(email, wrongOf(code, i + 1), `203.0.113.${i + 1}`)),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(400))
    expect((await t.db.select().from(voteCodes).where(eq(voteCodes.id, issued.id)))[0]!.attempts).toBe(5)
    expect((await audits('bo.vote.code-refused')).filter((a) => (a.ip ?? '').startsWith('203.0.113.'))).toHaveLength(30)
    // the code is spent: even the right one no longer opens a session
    await expectProblem(await enterCode(email, code, '198.51.100.2'), 400)
  })

  it('does not let wrong codes from another address lock the voter out', async () => {
    const email = 'ofiara@example.pl'
    const code = await requestCode(email, '198.51.100.3')
    for (let i = 1; i <= 4; i++) await expectProblem(await enterCode(email, wrongOf(code, i), '203.0.113.200'), 400)
    await expectProblem(await enterCode(email, wrongOf(code, 5), '203.0.113.200'), 429)
    await expectProblem(await enterCode(email, code, '203.0.113.200'), 429)
    // the attacker spent that code; the voter asks for a new one from their own address and votes
    const fresh = await requestCode(email, '198.51.100.3')
    expect((await enterCode(email, fresh, '198.51.100.3')).status).toBe(201)
  })

  it('writes refused codes and lockouts to the audit log, without the code', async () => {
    const email = 'dziennik@example.pl'
    const code = await requestCode(email, '198.51.100.4')
    const before = {
      refused: (await audits('bo.vote.code-refused')).length,
      locked: (await audits('bo.vote.code-locked')).length,
    }
    const wrong = wrongOf(code)
    for (let i = 0; i < 4; i++) await expectProblem(await enterCode(email, wrong, '198.51.100.4'), 400)
    await expectProblem(await enterCode(email, wrong, '198.51.100.4'), 429)
    const refused = await audits('bo.vote.code-refused')
    const locked = await audits('bo.vote.code-locked')
    expect(refused.length - before.refused).toBe(5)
    expect(locked.length - before.locked).toBe(1)
    for (const row of [...refused, ...locked]) {
      expect(row).toMatchObject({ entity: 'bo_edition', entityId: editionId })
      expect(JSON.stringify(row)).not.toContain(wrong)
      expect(JSON.stringify(row)).not.toContain(email)
    }
    expect(locked.at(-1)!.ip).toBe('198.51.100.4')
  })
})

describe('a second ballot of the same e-mail or phone is told so at the moment of casting', () => {
  it('names the earlier ballot and which one counts, only to the holder of that contact', async () => {
    const first = await json((await openSession('drugi-raz@example.pl')).cast(who('Irena', 'Powtórna')), 201)
    expect(first.alreadyVoted).toBeUndefined()
    const second = await json((await openSession('drugi-raz@example.pl')).cast(who('Irena', 'Powtórna')), 201)
    expect(second.receipt).not.toBe(first.receipt)
    expect(second.alreadyVoted.policy).toBe('keep-first')
    const [earlier] = await t.db.select().from(ballots).where(eq(ballots.receipt, first.receipt))
    expect(second.alreadyVoted.firstCastAt).toBe(earlier!.castAt.toISOString())
    // The same declared person through another e-mail address: a duplicate, but nothing tells this sender about it.
    const stranger = await json((await openSession('ktos-inny@example.pl')).cast(who('Irena', 'Powtórna')), 201)
    expect(stranger.alreadyVoted).toBeUndefined()
    expect((await ballotsOf('Powtórna')).map((r) => r.status).sort()).toEqual(['duplicate', 'duplicate', 'valid'])
  })

  it('says that no ballot counts under the void-all policy', async () => {
    await withVoting({ duplicatePolicy: 'void-all' }, async () => {
      await json((await openSession('wszystkie-niewazne@example.pl')).cast(who('Jan', 'Podwójny')), 201)
      const second = await json((await openSession('wszystkie-niewazne@example.pl')).cast(who('Jan', 'Podwójny')), 201)
      expect(second.alreadyVoted.policy).toBe('void-all')
    })
  })
})
