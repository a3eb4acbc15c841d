import type { InStatement } from '@libsql/client'
import { newSequentialId, randomBytes } from '../../core/ids'
import { sharedGroupCommit } from '../../core/db/group-commit'
import type { Deps } from '../../core/deps'
import { ApiError } from '../../core/http/problem'
import type { EditionFull } from '../queries'

type Edition = Pick<EditionFull, 'edition' | 'rules'> & { tenant: { id: string } }

export interface CastInput {
  channel: 'online' | 'paper'
  personKey: string
  choices: Record<string, Record<string, number>>
  identity: {
    firstName: string
    lastName: string
    address: string
    pesel?: string
    guardianName?: string
    ageBand?: string
    sex?: string
  }
  sessionTokenHash?: string
  /** Keyed hash of the e-mail or phone that opened the session (online ballots): at most `ballotsPerContact` of its ballots are valid. */
  contactKey?: string | null
  status?: string
  statusReason?: string | null
  /** False for a card invalid on its face (unsigned, unreadable): it does not take the person's one ballot. */
  register?: boolean
  /** When the ballot was cast: now for every route; the demo seed (worker/budget/demo/seed.ts) dates a past vote. */
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
  contactKey: string | null
  /** Valid ballots allowed per contact in this ballot's edition (`rules.voting.ballotsPerContact`). */
  perContact: number
}

const SECOND_BALLOT = 'Druga karta tej samej osoby.'
const ALL_VOID = 'Ta osoba oddała więcej niż jedną kartę — wszystkie jej karty są nieważne.'
const EXTRA_CONTACT = 'Kolejna karta z tego samego adresu e-mail lub numeru telefonu.'
const CONTACT_VOID =
  'Z tego adresu e-mail lub numeru telefonu oddano więcej kart, niż pozwala regulamin — wszystkie są nieważne.'

/** Receipt codes: 10 characters of Crockford's base32 (no I, L, O, U), easy to read out and type. */
function receiptCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  const bytes = randomBytes(10)
  return Array.from(bytes, (b) => alphabet[b & 31]).join('')
}

const rows = (count: number, width: number) =>
  Array.from({ length: count }, () => `(${Array(width).fill('?').join(', ')})`).join(', ')

/**
 * The statements that store `items` in one transaction, with the same effect as storing them one by one in order.
 * A ballot sent with a voting session is stored only if it claims the session (the first statement): a repeat of a
 * cast — a double click, a retry after a lost answer, from any server — stores nothing and is answered with the
 * session's first receipt (`castBallot`). `bo_voters` is then written with an upsert: the first ballot of a person
 * inserts the row, every later one only counts itself; each ballot reads the row to learn whether it is that first
 * ballot, so two ballots of one person — in one group or from two servers — never both become valid. Online ballots
 * are counted the same way per e-mail or phone (`bo_vote_contacts`): beyond `perContact`, a ballot is a duplicate
 * or voids them all, as for one person, however many names one address declares.
 */
export function ballotStatements(items: BallotWrite[]): InStatement[] {
  const out: InStatement[] = []
  const sessions = items.filter((b) => b.sessionTokenHash)
  if (sessions.length) {
    out.push({
      sql: `UPDATE bo_vote_sessions SET ballot_id = CASE token_hash ${sessions.map(() => 'WHEN ? THEN ?').join(' ')} END, draft = NULL WHERE token_hash IN (${sessions.map(() => '?').join(', ')}) AND ballot_id IS NULL`,
      args: [...sessions.flatMap((b) => [b.sessionTokenHash, b.id]), ...sessions.map((b) => b.sessionTokenHash)],
    })
  }
  // Rows of a ballot that lost its session's claim are not written; with no session in the group every ballot is.
  const stored = (idColumn: string) =>
    sessions.length ? ` WHERE EXISTS (SELECT 1 FROM bo_ballots b WHERE b.id = ${idColumn})` : ' WHERE 1'
  const counted = items.filter((b) => b.register)
  if (counted.length) {
    out.push({
      sql: `INSERT INTO bo_voters (edition_id, person_key, first_ballot_id) SELECT column1, column2, column3 FROM (VALUES ${rows(counted.length, 4)}) WHERE column4 IS NULL OR EXISTS (SELECT 1 FROM bo_vote_sessions s WHERE s.token_hash = column4 AND s.ballot_id = column3) ON CONFLICT (edition_id, person_key) DO UPDATE SET ballots = ballots + 1`,
      args: counted.flatMap((b) => [b.editionId, b.personKey, b.id, b.sessionTokenHash]),
    })
  }
  out.push({
    sql: `INSERT INTO bo_ballots (id, tenant_id, edition_id, channel, status, status_reason, person_key, receipt, age_band, sex, cast_at) SELECT ${Array.from({ length: 11 }, (_, i) => `column${i + 1}`).join(', ')} FROM (VALUES ${rows(items.length, 12)}) WHERE column12 IS NULL OR EXISTS (SELECT 1 FROM bo_vote_sessions s WHERE s.token_hash = column12 AND s.ballot_id = column1)`,
    args: items.flatMap((b) => [
      b.id,
      b.tenantId,
      b.editionId,
      b.channel,
      b.status,
      b.statusReason,
      b.personKey,
      b.receipt,
      b.ageBand,
      b.sex,
      b.castAt,
      b.sessionTokenHash,
    ]),
  })
  const notFirst =
    'NOT EXISTS (SELECT 1 FROM bo_voters v WHERE v.edition_id = bo_ballots.edition_id AND v.person_key = bo_ballots.person_key AND v.first_ballot_id = bo_ballots.id)'
  for (const voidAll of [false, true]) {
    const ids = counted.filter((b) => b.voidAll === voidAll).map((b) => b.id)
    if (ids.length)
      out.push({
        sql: `UPDATE bo_ballots SET status = ?, status_reason = ? WHERE id IN (${ids.map(() => '?').join(', ')}) AND ${notFirst}`,
        args: [voidAll ? 'void' : 'duplicate', SECOND_BALLOT, ...ids],
      })
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
    out.push({
      sql: `INSERT INTO bo_ballot_choices (ballot_id, pool_id, project_id, points) SELECT column1, column2, column3, column4 FROM (VALUES ${rows(chunk.length, 4)})${stored('column1')}`,
      args: chunk.flat(),
    })
  }
  out.push({
    sql: `INSERT INTO bo_ballot_identities (ballot_id, tenant_id, first_name, last_name, address, pesel, guardian_name, contact_key) SELECT ${Array.from({ length: 8 }, (_, i) => `column${i + 1}`).join(', ')} FROM (VALUES ${rows(items.length, 8)})${stored('column1')}`,
    args: items.flatMap((b) => [b.id, b.tenantId, ...b.identity, b.contactKey]),
  })
  out.push(...contactStatements(counted.filter((b) => b.contactKey)))
  return out
}

/**
 * The per-contact count of `ballotStatements`. All of a group's ballots are counted by one upsert; a ballot's place
 * among its contact's ballots is then the contact's new count less the ballots of the same contact stored after it
 * in the group (`pos`), which is what storing them one by one would have given.
 */
function contactStatements(items: BallotWrite[]): InStatement[] {
  if (!items.length) return []
  const out: InStatement[] = [
    {
      sql: `INSERT INTO bo_vote_contacts (edition_id, contact_key, ballots) SELECT column1, column2, 1 FROM (VALUES ${rows(items.length, 3)}) WHERE EXISTS (SELECT 1 FROM bo_ballots b WHERE b.id = column3) ON CONFLICT (edition_id, contact_key) DO UPDATE SET ballots = ballots + 1`,
      args: items.flatMap((b) => [b.editionId, b.contactKey, b.id]),
    },
  ]
  for (const voidAll of [false, true]) {
    const group = items.map((b, pos) => ({ b, pos })).filter(({ b }) => b.voidAll === voidAll)
    if (!group.length) continue
    out.push({
      sql: `WITH g(id, edition_id, contact_key, pos, allowed) AS (VALUES ${rows(group.length, 5)}) UPDATE bo_ballots SET status = ?, status_reason = ? WHERE status = 'valid' AND id IN (SELECT g.id FROM g WHERE (SELECT c.ballots FROM bo_vote_contacts c WHERE c.edition_id = g.edition_id AND c.contact_key = g.contact_key) - (SELECT count(*) FROM g AS later JOIN bo_ballots b ON b.id = later.id WHERE later.edition_id = g.edition_id AND later.contact_key = g.contact_key AND later.pos > g.pos) > g.allowed)`,
      args: [
        ...group.flatMap(({ b, pos }) => [b.id, b.editionId, b.contactKey, pos, b.perContact]),
        voidAll ? 'void' : 'duplicate',
        EXTRA_CONTACT,
      ],
    })
  }
  const voided = new Map(items.filter((b) => b.voidAll).map((b) => [`${b.editionId}:${b.contactKey}`, b]))
  for (const b of voided.values()) {
    out.push({
      sql: "UPDATE bo_ballots SET status = 'void', status_reason = ? WHERE edition_id = ? AND status <> 'void' AND id IN (SELECT ballot_id FROM bo_ballot_identities WHERE contact_key = ? AND EXISTS (SELECT 1 FROM bo_vote_contacts WHERE edition_id = ? AND contact_key = ? AND ballots > ?))",
      args: [CONTACT_VOID, b.editionId, b.contactKey, b.editionId, b.contactKey, b.perContact],
    })
  }
  return out
}

/**
 * Stores one ballot and answers with its receipt once it is committed. Whether it is the person's first ballot (and
 * within its contact's allowance) is decided inside the transaction (see `ballotStatements`): a later one is stored
 * as a duplicate (policy `keep-first`) or voids all of that person's ballots (`void-all`). The answer to the voter is
 * the same either way, so a ballot cannot be used to learn whether somebody else has voted. A ballot whose session
 * already holds one is not stored: the answer is that first ballot's receipt, marked `repeated`, so a retry never
 * loses a receipt nor makes a second ballot. Concurrent ballots share commits (`groupCommit`).
 */
export async function storeBallot(
  deps: Pick<Deps, 'db' | 'now'>,
  e: Edition,
  input: CastInput,
): Promise<{
  receipt: string
  repeated: boolean
  /** Whether the stored ballot is valid as it stands (null without a session: the caller reads the ballot itself). */
  counted: boolean | null
}> {
  const { db } = deps
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
    castAt: input.castAt?.getTime() ?? deps.now().getTime(),
    status: input.status ?? (input.register === false ? 'invalid' : 'valid'),
    statusReason: input.statusReason ?? null,
    register: input.register !== false,
    voidAll: e.rules.voting.duplicatePolicy === 'void-all',
    choices: Object.entries(input.choices).flatMap(([poolId, chosen]) =>
      Object.entries(chosen).map(([projectId, points]) => ({ poolId, projectId, points })),
    ),
    identity: [
      input.identity.firstName,
      input.identity.lastName,
      input.identity.address,
      input.identity.pesel || null,
      input.identity.guardianName || null,
    ],
    sessionTokenHash: input.sessionTokenHash ?? null,
    contactKey: input.contactKey ?? null,
    perContact: e.rules.voting.ballotsPerContact,
  })
  if (!input.sessionTokenHash) return { receipt, repeated: false, counted: null }
  const { rows } = await db.$client.execute({
    sql: 'SELECT receipt, status, id = ? AS own FROM bo_ballots WHERE id IN (?, (SELECT ballot_id FROM bo_vote_sessions WHERE token_hash = ?)) ORDER BY own DESC',
    args: [id, id, input.sessionTokenHash],
  })
  const first = rows[0]
  if (!first) throw new ApiError(401, 'Sesja głosowania wygasła. Poproś o nowy kod.')
  return { receipt: String(first.receipt), repeated: !Number(first.own), counted: first.status === 'valid' }
}

/** `storeBallot` for callers that only need the receipt (paper cards, the demo seed). */
export async function castBallot(deps: Pick<Deps, 'db' | 'now'>, e: Edition, input: CastInput): Promise<string> {
  return (await storeBallot(deps, e, input)).receipt
}
