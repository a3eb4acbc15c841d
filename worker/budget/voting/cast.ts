import type { InStatement } from '@libsql/client'
import { newSequentialId, randomBytes } from '../../auth/tokens'
import { sharedGroupCommit } from '../../db/group-commit'
import type { Ctx, editionFromPath } from '../shared'

type Edition = Awaited<ReturnType<typeof editionFromPath>>

export interface CastInput {
  channel: 'online' | 'paper'
  personKey: string
  choices: Record<string, Record<string, number>>
  identity: { firstName: string; lastName: string; address: string; pesel?: string; guardianName?: string; ageBand?: string; sex?: string }
  sessionTokenHash?: string
  status?: string
  statusReason?: string | null
  /** False for a card invalid on its face (unsigned, unreadable): it does not take the person's one ballot. */
  register?: boolean
  /** When the ballot was cast: now for every route; the demo seed (worker/demo/budget.ts) dates a past vote. */
  castAt?: Date
}

/** One ballot ready to be written: everything decided except whether it is the person's first. */
export interface BallotWrite {
  id: string
  tenantId: string
  editionId: string
  channel: string
  personKey: string
  receipt: string
  ageBand: string | null
  sex: string | null
  castAt: number
  /** Status if this is the person's first ballot (or the fixed status of a card that does not count as one). */
  status: string
  statusReason: string | null
  register: boolean
  voidAll: boolean
  choices: { poolId: string; projectId: string; points: number }[]
  identity: [firstName: string, lastName: string, address: string, pesel: string | null, guardianName: string | null]
  sessionTokenHash: string | null
}

const SECOND_BALLOT = 'Druga karta tej samej osoby.'
const SAME_SESSION = 'Druga karta z tej samej sesji głosowania.'
const ALL_VOID = 'Ta osoba oddała więcej niż jedną kartę — wszystkie jej karty są nieważne.'

/** Receipt codes: 10 characters of Crockford's base32 (no I, L, O, U), easy to read out and type. */
function receiptCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  const bytes = randomBytes(10)
  return Array.from(bytes, (b) => alphabet[b & 31]).join('')
}

const rows = (count: number, width: number) => Array.from({ length: count }, () => `(${Array(width).fill('?').join(', ')})`).join(', ')

/**
 * The statements that store `items` in one transaction, with the same effect as storing them one by one in order.
 * `bo_voters` is written first with an upsert: the first ballot of a person inserts the row, every later one only
 * counts itself; each ballot then reads the row to learn whether it is that first ballot, so two ballots of one
 * person — in one group or from two servers — never both become valid.
 */
export function ballotStatements(items: BallotWrite[]): InStatement[] {
  const out: InStatement[] = []
  const sessions = items.filter((b) => b.sessionTokenHash)
  // The session is claimed first: of two ballots sent with one voting session (even under different names), only the
  // one recorded in the session counts; the other is kept as a duplicate and takes nobody's one ballot.
  if (sessions.length) {
    out.push({
      sql: `UPDATE bo_vote_sessions SET ballot_id = CASE token_hash ${sessions.map(() => 'WHEN ? THEN ?').join(' ')} END, draft = NULL WHERE token_hash IN (${sessions.map(() => '?').join(', ')}) AND ballot_id IS NULL`,
      args: [...sessions.flatMap((b) => [b.sessionTokenHash, b.id]), ...sessions.map((b) => b.sessionTokenHash)],
    })
  }
  const counted = items.filter((b) => b.register)
  if (counted.length) {
    out.push({
      sql: `INSERT INTO bo_voters (edition_id, person_key, first_ballot_id) SELECT column1, column2, column3 FROM (VALUES ${rows(counted.length, 4)}) WHERE column4 IS NULL OR EXISTS (SELECT 1 FROM bo_vote_sessions s WHERE s.token_hash = column4 AND s.ballot_id = column3) ON CONFLICT (edition_id, person_key) DO UPDATE SET ballots = ballots + 1`,
      args: counted.flatMap((b) => [b.editionId, b.personKey, b.id, b.sessionTokenHash]),
    })
  }
  out.push({
    sql: `INSERT INTO bo_ballots (id, tenant_id, edition_id, channel, status, status_reason, person_key, receipt, age_band, sex, cast_at) VALUES ${rows(items.length, 11)}`,
    args: items.flatMap((b) => [b.id, b.tenantId, b.editionId, b.channel, b.status, b.statusReason, b.personKey, b.receipt, b.ageBand, b.sex, b.castAt]),
  })
  const notFirst = 'NOT EXISTS (SELECT 1 FROM bo_voters v WHERE v.edition_id = bo_ballots.edition_id AND v.person_key = bo_ballots.person_key AND v.first_ballot_id = bo_ballots.id)'
  for (const voidAll of [false, true]) {
    const ids = counted.filter((b) => b.voidAll === voidAll).map((b) => b.id)
    if (ids.length) out.push({ sql: `UPDATE bo_ballots SET status = ?, status_reason = ? WHERE id IN (${ids.map(() => '?').join(', ')}) AND ${notFirst}`, args: [voidAll ? 'void' : 'duplicate', SECOND_BALLOT, ...ids] })
  }
  for (const b of counted.filter((b) => b.voidAll)) {
    out.push({
      sql: "UPDATE bo_ballots SET status = 'void', status_reason = ? WHERE id = (SELECT first_ballot_id FROM bo_voters WHERE edition_id = ? AND person_key = ? AND ballots > 1) AND status <> 'void'",
      args: [ALL_VOID, b.editionId, b.personKey],
    })
  }
  const choices = items.flatMap((b) => b.choices.map((c) => [b.id, c.poolId, c.projectId, c.points]))
  for (let i = 0; i < choices.length; i += 500) {
    const chunk = choices.slice(i, i + 500)
    out.push({ sql: `INSERT INTO bo_ballot_choices (ballot_id, pool_id, project_id, points) VALUES ${rows(chunk.length, 4)}`, args: chunk.flat() })
  }
  out.push({
    sql: `INSERT INTO bo_ballot_identities (ballot_id, tenant_id, first_name, last_name, address, pesel, guardian_name) VALUES ${rows(items.length, 7)}`,
    args: items.flatMap((b) => [b.id, b.tenantId, ...b.identity]),
  })
  if (sessions.length) {
    out.push({
      sql: `UPDATE bo_ballots SET status = 'duplicate', status_reason = ? WHERE id IN (${sessions.map(() => '?').join(', ')}) AND NOT EXISTS (SELECT 1 FROM bo_vote_sessions s WHERE s.token_hash IN (${sessions.map(() => '?').join(', ')}) AND s.ballot_id = bo_ballots.id)`,
      args: [SAME_SESSION, ...sessions.map((b) => b.id), ...sessions.map((b) => b.sessionTokenHash)],
    })
  }
  return out
}

/**
 * Stores one ballot and answers with its receipt once it is committed. Whether it is the person's first ballot is
 * decided inside the transaction (see `ballotStatements`): a later one is stored as a duplicate (policy `keep-first`)
 * or voids all of that person's ballots (`void-all`). The answer to the voter is the same either way, so a ballot
 * cannot be used to learn whether somebody else has voted. Concurrent ballots share commits (`groupCommit`).
 */
export async function castBallot(c: Ctx, e: Edition, input: CastInput): Promise<string> {
  const { db } = c.get('services')
  const writer = sharedGroupCommit(db.$client, 'ballots', ballotStatements)
  const id = newSequentialId()
  const receipt = receiptCode()
  await writer.submit({
    id,
    tenantId: e.tenant.id,
    editionId: e.edition.id,
    channel: input.channel,
    personKey: input.personKey,
    receipt,
    ageBand: input.identity.ageBand ?? null,
    sex: input.identity.sex ?? null,
    castAt: input.castAt?.getTime() ?? Date.now(),
    status: input.status ?? (input.register === false ? 'invalid' : 'valid'),
    statusReason: input.statusReason ?? null,
    register: input.register !== false,
    voidAll: e.rules.voting.duplicatePolicy === 'void-all',
    choices: Object.entries(input.choices).flatMap(([poolId, chosen]) => Object.entries(chosen).map(([projectId, points]) => ({ poolId, projectId, points }))),
    identity: [input.identity.firstName, input.identity.lastName, input.identity.address, input.identity.pesel || null, input.identity.guardianName || null],
    sessionTokenHash: input.sessionTokenHash ?? null,
  })
  return receipt
}
