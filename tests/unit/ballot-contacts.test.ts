import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import { newId, newSequentialId } from '../../worker/core/ids'
import { ballotStatements, type BallotWrite } from '../../worker/budget/actions/cast'
import { migrate } from '../../worker/core/db/migrate'

/**
 * The per-contact count of `ballotStatements` (bo_vote_contacts): ballots of one e-mail or phone beyond the edition's
 * `ballotsPerContact` follow the duplicate policy, with the same statuses whether the ballots share one transaction
 * (group commit) or are stored one by one.
 */
const files: string[] = []
const clients: Client[] = []

async function votingDb(): Promise<Client> {
  mkdirSync(resolve('tmp'), { recursive: true })
  const file = resolve('tmp', `ballot-contacts-${process.pid}-${Math.random().toString(36).slice(2)}.db`)
  files.push(file)
  const db = createClient({ url: `file:${file}` })
  clients.push(db)
  await migrate(db)
  // Only the ballot tables matter here; the edition and tenant rows they point to are left out.
  await db.execute('PRAGMA foreign_keys = OFF')
  return db
}

afterEach(() => {
  for (const c of clients.splice(0)) c.close()
  for (const f of files.splice(0)) for (const suffix of ['', '-wal', '-shm']) rmSync(f + suffix, { force: true })
})

const edition = newId()
const ballot = (person: string, contactKey: string | null, perContact = 1, voidAll = false): BallotWrite => ({
  id: newSequentialId(),
  tenantId: 't',
  editionId: edition,
  channel: contactKey ? 'online' : 'paper',
  personKey: person,
  receipt: newId().slice(0, 10),
  ageBand: null,
  sex: null,
  castAt: Date.now(),
  status: 'valid',
  statusReason: null,
  register: true,
  voidAll,
  choices: [{ poolId: 'p', projectId: `x-${person}`, points: 1 }],
  identity: ['Anna', person, 'Polna 1', null, null],
  sessionTokenHash: null,
  contactKey,
  perContact,
})

const statuses = async (db: Client) =>
  (await db.execute('SELECT person_key, status FROM bo_ballots ORDER BY rowid')).rows.map(
    (r) => `${r.person_key}:${r.status}`,
  )

describe('ballots per e-mail or phone', () => {
  it('keep-first: beyond the allowance a ballot is a duplicate, in one group or one by one alike', async () => {
    const items = () => [
      ballot('A', 'X', 2),
      ballot('E', 'Y', 2),
      ballot('B', 'X', 2),
      ballot('P', null, 2),
      ballot('C', 'X', 2),
      ballot('D', 'X', 2),
    ]
    const expected = ['A:valid', 'E:valid', 'B:valid', 'P:valid', 'C:duplicate', 'D:duplicate']
    const grouped = await votingDb()
    await grouped.batch(ballotStatements(items()), 'write')
    expect(await statuses(grouped)).toEqual(expected)
    const single = await votingDb()
    for (const b of items()) await single.batch(ballotStatements([b]), 'write')
    expect(await statuses(single)).toEqual(expected)
    await grouped.batch(ballotStatements([ballot('F', 'X', 2), ballot('G', 'Y', 2)]), 'write')
    expect((await statuses(grouped)).slice(-2)).toEqual(['F:duplicate', 'G:valid'])
    expect(
      (await grouped.execute('SELECT contact_key, ballots FROM bo_vote_contacts ORDER BY contact_key')).rows.map(
        (r) => `${r.contact_key}:${r.ballots}`,
      ),
    ).toEqual(['X:5', 'Y:2'])
    const reasons = (
      await grouped.execute("SELECT DISTINCT status_reason FROM bo_ballots WHERE status = 'duplicate'")
    ).rows.map((r) => r.status_reason)
    expect(reasons).toEqual(['Kolejna karta z tego samego adresu e-mail lub numeru telefonu.'])
    expect(
      (await grouped.execute("SELECT count(*) AS n FROM bo_ballot_identities WHERE contact_key = 'X'")).rows[0]!.n,
    ).toBe(5)
  })

  it('void-all: one ballot too many voids every ballot of that contact, now and later', async () => {
    const db = await votingDb()
    await db.batch(
      ballotStatements([ballot('A', 'X', 1, true), ballot('B', 'Y', 1, true), ballot('C', 'X', 1, true)]),
      'write',
    )
    expect(await statuses(db)).toEqual(['A:void', 'B:valid', 'C:void'])
    await db.batch(ballotStatements([ballot('D', 'X', 1, true)]), 'write')
    expect(await statuses(db)).toEqual(['A:void', 'B:valid', 'C:void', 'D:void'])
  })

  it('a ballot that loses its session to an earlier one is neither stored nor counted', async () => {
    const db = await votingDb()
    await db.execute({
      sql: "INSERT INTO bo_vote_sessions (token_hash, tenant_id, edition_id, channel, order_seed, contact_key, created_at, expires_at) VALUES ('S', 't', ?, 'email', 'x', 'X', 0, 9999999999999)",
      args: [edition],
    })
    const inSession = (person: string) => ({ ...ballot(person, 'X'), sessionTokenHash: 'S' })
    await db.batch(ballotStatements([inSession('A'), inSession('A')]), 'write')
    await db.batch(ballotStatements([inSession('A')]), 'write')
    expect(await statuses(db)).toEqual(['A:valid'])
    expect((await db.execute('SELECT ballots FROM bo_vote_contacts')).rows.map((r) => r.ballots)).toEqual([1])
  })
})
