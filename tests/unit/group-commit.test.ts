import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { createClient, type Client, type InStatement } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import { newId, newSequentialId } from '../../worker/core/ids'
import { ballotStatements, type BallotWrite } from '../../worker/budget/actions/cast'
import { tuneLocalFile } from '../../worker/core/db/client'
import { groupCommit } from '../../worker/core/db/group-commit'
import { migrate } from '../../worker/core/db/migrate'

const files: string[] = []
const clients: Client[] = []

async function database(): Promise<Client> {
  mkdirSync(resolve('tmp'), { recursive: true })
  const file = resolve('tmp', `group-commit-${process.pid}-${Math.random().toString(36).slice(2)}.db`)
  files.push(file)
  const client = createClient({ url: `file:${file}` })
  clients.push(client)
  await tuneLocalFile(client, `file:${file}`)
  return client
}

afterEach(() => {
  for (const c of clients.splice(0)) c.close()
  for (const f of files.splice(0)) for (const suffix of ['', '-wal', '-shm']) rmSync(f + suffix, { force: true })
})

/** Counts the transactions a client runs, to see that concurrent writes shared them. */
function counting(client: Client): { client: Client; batches: number[] } {
  const batches: number[] = []
  const batch = client.batch.bind(client)
  return {
    batches,
    client: Object.assign(Object.create(client), {
      batch: (stmts: InStatement[], mode: 'write') => (batches.push(stmts.length), batch(stmts, mode)),
    }),
  }
}

describe('groupCommit', () => {
  it('commits writes that arrive together in one transaction, each caller answered after the commit', async () => {
    const db = await database()
    await db.execute('CREATE TABLE t (n INTEGER NOT NULL)')
    const { client, batches } = counting(db)
    const writer = groupCommit<number>(client, (items) =>
      items.map((n) => ({ sql: 'INSERT INTO t (n) VALUES (?)', args: [n] })),
    )
    await Promise.all(Array.from({ length: 20 }, (_, n) => writer.submit(n)))
    expect(Number((await db.execute('SELECT count(*) AS c FROM t')).rows[0]!.c)).toBe(20)
    expect(batches.length).toBeLessThan(20)
    expect(batches.reduce((s, n) => s + n, 0)).toBe(20)
  })

  it('fails only the caller whose own write fails; the rest of its group is committed', async () => {
    const db = await database()
    await db.execute('CREATE TABLE t (n INTEGER NOT NULL CHECK (n >= 0))')
    const writer = groupCommit<number>(db, (items) =>
      items.map((n) => ({ sql: 'INSERT INTO t (n) VALUES (?)', args: [n] })),
    )
    const outcomes = await Promise.allSettled([1, 2, -1, 3].map((n) => writer.submit(n)))
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled'])
    expect((await db.execute('SELECT n FROM t ORDER BY n')).rows.map((r) => Number(r.n))).toEqual([1, 2, 3])
  })

  it('passes any other failure (a lost connection, maybe after the commit) to the whole group without retrying', async () => {
    let calls = 0
    const broken = {
      batch: async () => (
        calls++,
        Promise.reject(Object.assign(new Error('fetch failed'), { code: 'HRANA_WEBSOCKET_ERROR' }))
      ),
    } as unknown as Client
    const writer = groupCommit<number>(broken, (items) => items.map((n) => ({ sql: 'SELECT ?', args: [n] })))
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => writer.submit(n)))
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(calls).toBe(1)
  })
})

describe('ballotStatements', () => {
  async function votingDb() {
    const db = await database()
    await migrate(db)
    // Only the ballot tables matter here; the edition and tenant rows they point to are left out.
    await db.execute('PRAGMA foreign_keys = OFF')
    const tenant = newId()
    const edition = newId()
    return { db, tenant, edition }
  }

  const ballot = (tenant: string, edition: string, person: string, voidAll = false, register = true): BallotWrite => ({
    id: newSequentialId(),
    tenantId: tenant,
    editionId: edition,
    channel: 'online',
    personKey: person,
    receipt: newId().slice(0, 10),
    ageBand: null,
    sex: null,
    castAt: Date.now(),
    status: register ? 'valid' : 'invalid',
    statusReason: register ? null : 'karta niepodpisana',
    register,
    voidAll,
    choices: [{ poolId: 'p', projectId: `x-${person}`, points: 1 }],
    identity: ['Anna', 'Nowak', 'Polna 1', null, null],
    sessionTokenHash: null,
    contactKey: null,
    perContact: 1,
  })

  const statuses = async (db: Client) =>
    (await db.execute('SELECT person_key, status FROM bo_ballots ORDER BY rowid')).rows.map(
      (r) => `${r.person_key}:${r.status}`,
    )

  it('keep-first: in one group, the second ballot of a person is a duplicate and the first stays valid', async () => {
    const { db, tenant, edition } = await votingDb()
    await db.batch(
      ballotStatements([
        ballot(tenant, edition, 'A'),
        ballot(tenant, edition, 'B'),
        ballot(tenant, edition, 'A'),
        ballot(tenant, edition, 'C', false, false),
      ]),
      'write',
    )
    expect(await statuses(db)).toEqual(['A:valid', 'B:valid', 'A:duplicate', 'C:invalid'])
    expect(
      (await db.execute('SELECT person_key, ballots FROM bo_voters ORDER BY person_key')).rows.map(
        (r) => `${r.person_key}:${r.ballots}`,
      ),
    ).toEqual(['A:2', 'B:1'])
    expect(Number((await db.execute('SELECT count(*) AS c FROM bo_ballot_choices')).rows[0]!.c)).toBe(4)
  })

  it('void-all: a second ballot, in the same group or a later one, voids every ballot of that person', async () => {
    const { db, tenant, edition } = await votingDb()
    await db.batch(
      ballotStatements([
        ballot(tenant, edition, 'A', true),
        ballot(tenant, edition, 'A', true),
        ballot(tenant, edition, 'B', true),
      ]),
      'write',
    )
    await db.batch(ballotStatements([ballot(tenant, edition, 'B', true)]), 'write')
    expect(await statuses(db)).toEqual(['A:void', 'A:void', 'B:void', 'B:void'])
  })

  it('one voting session stores one ballot, even for ballots under different names sent together or later', async () => {
    const { db, tenant, edition } = await votingDb()
    await db.execute({
      sql: "INSERT INTO bo_vote_sessions (token_hash, tenant_id, edition_id, channel, order_seed, created_at, expires_at) VALUES ('S', ?, ?, 'email', 'x', 0, 9999999999999)",
      args: [tenant, edition],
    })
    const withSession = (person: string) => ({ ...ballot(tenant, edition, person), sessionTokenHash: 'S' })
    await db.batch(ballotStatements([withSession('A'), withSession('B')]), 'write')
    await db.batch(ballotStatements([withSession('C')]), 'write')
    // the repeats are answered with the first receipt (castBallot) and leave nothing behind
    expect(await statuses(db)).toEqual(['A:valid'])
    expect(
      (await db.execute('SELECT person_key FROM bo_voters ORDER BY person_key')).rows.map((r) => r.person_key),
    ).toEqual(['A'])
    for (const table of ['bo_ballot_choices', 'bo_ballot_identities'])
      expect(Number((await db.execute(`SELECT count(*) AS c FROM ${table}`)).rows[0]!.c)).toBe(1)
  })
})
