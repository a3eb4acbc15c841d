import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm'
import { memberships, users } from '../../core/auth/schema'
import type { Db } from '../../core/db/client'
import { ballotIdentities, ballots, paperCards } from '../tables/voting'

/*
 * What voting reads: sessions and codes of the account-free vote, and the staff lists of ballots and paper cards.
 * SELECT only; the writes are in actions/voting.ts and actions/paper-cards.ts.
 */

/** A live voting session as its Bearer token's hash finds it, with the receipt of the ballot it cast if any. */
export interface VoteSession {
  tokenHash: string
  orderSeed: string
  ballotId: string | null
  receipt: string | null
  contactKey: string | null
  draft: unknown
}

/**
 * The session behind a token hash, unexpired at `now`, read with one narrow statement on the client (no query
 * builder): every ballot, draft and cast starts here, so it is the hottest read of a vote.
 */
export async function findVoteSession(
  db: Db,
  editionId: string,
  tokenHash: string,
  now: number,
): Promise<VoteSession | null> {
  const { rows } = await db.$client.execute({
    sql: 'SELECT s.order_seed, s.ballot_id, s.draft, s.contact_key, b.receipt FROM bo_vote_sessions s LEFT JOIN bo_ballots b ON b.id = s.ballot_id WHERE s.token_hash = ? AND s.edition_id = ? AND s.expires_at > ?',
    args: [tokenHash, editionId, now],
  })
  const row = rows[0]
  if (!row) return null
  const text = (x: unknown) => (x == null ? null : String(x))
  return {
    tokenHash,
    orderSeed: String(row.order_seed),
    ballotId: text(row.ballot_id),
    receipt: text(row.receipt),
    contactKey: text(row.contact_key),
    draft: row.draft == null ? null : JSON.parse(String(row.draft)),
  }
}

/**
 * When the contact's first other ballot of the edition was cast (epoch ms), if the ballot with `receipt` is a
 * duplicate or void; null otherwise. Names only a ballot of the same contact, never one found by a declared name.
 */
export async function earlierBallotOfContactAt(
  db: Db,
  editionId: string,
  receipt: string,
  contactKey: string,
): Promise<number | null> {
  const { rows } = await db.$client.execute({
    sql: "SELECT min(b.cast_at) AS first FROM bo_ballots own JOIN bo_ballot_identities i ON i.contact_key = ? JOIN bo_ballots b ON b.id = i.ballot_id AND b.edition_id = own.edition_id AND b.id <> own.id WHERE own.receipt = ? AND own.edition_id = ? AND own.status IN ('duplicate', 'void')",
    args: [contactKey, receipt, editionId],
  })
  const first = rows[0]?.first
  return first == null ? null : Number(first)
}

/** The ballot stored under a receipt (receipts are unique across editions). */
export async function ballotOfReceipt(db: Db, receipt: string) {
  const [ballot] = await db
    .select({ id: ballots.id, status: ballots.status })
    .from(ballots)
    .where(eq(ballots.receipt, receipt))
  return ballot
}

/** One page of an edition's ballots with the identities of their voters, oldest first. */
export async function ballotsPage(db: Db, editionId: string, page: { status?: string; limit: number; offset: number }) {
  return db
    .select({ ballot: ballots, identity: ballotIdentities })
    .from(ballots)
    .leftJoin(ballotIdentities, eq(ballotIdentities.ballotId, ballots.id))
    .where(and(eq(ballots.editionId, editionId), page.status ? eq(ballots.status, page.status) : undefined))
    .orderBy(asc(ballots.castAt))
    .limit(page.limit)
    .offset(page.offset)
}

/** Every ballot of an edition with the PESEL and name declared on it, for the check against a register extract. */
export async function declaredIdentities(db: Db, editionId: string) {
  return db
    .select({
      id: ballots.id,
      pesel: ballotIdentities.pesel,
      firstName: ballotIdentities.firstName,
      lastName: ballotIdentities.lastName,
      erasedAt: ballotIdentities.erasedAt,
    })
    .from(ballots)
    .innerJoin(ballotIdentities, eq(ballotIdentities.ballotId, ballots.id))
    .where(eq(ballots.editionId, editionId))
}

/** A paper card of this edition, or undefined. */
export async function findPaperCard(db: Db, editionId: string, cardId: string) {
  return db.query.paperCards.findFirst({
    where: and(eq(paperCards.id, cardId), eq(paperCards.editionId, editionId)),
  })
}

/** The edition's paper cards in the order they were keyed in, with the status of the ballot each became. */
export async function paperCardsOf(db: Db, editionId: string) {
  return db
    .select({ card: paperCards, ballotStatus: ballots.status, ballotReason: ballots.statusReason })
    .from(paperCards)
    .leftJoin(ballots, eq(ballots.id, paperCards.ballotId))
    .where(eq(paperCards.editionId, editionId))
    .orderBy(asc(paperCards.enteredAt))
}

/** Names of the JST's staff by user id: who keyed in and who decided each card. */
export async function staffNames(db: Db, tenantId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(memberships.tenantId, tenantId))
  return new Map(rows.map((u) => [u.id, u.name]))
}
