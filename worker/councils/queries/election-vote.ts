import { and, eq, gt, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { councilElectionBallots, councilElectionSessions, councilElectors } from '../tables'

/*
 * What the voters' side of an election reads: a voting session by its token's hash
 * (with the receipt of its ballot), an elector on the list by keyed hash, and the ballots cast so far by one contact.
 */

/** A live voting session of the election, with the receipt of the ballot it cast (null before). */
export interface ElectionSession {
  tokenHash: string
  contactKey: string
  ballotId: string | null
  receipt: string | null
}

/** The session of `tokenHash` in the election while it lasts, or undefined. */
export async function electionSession(
  db: Db,
  electionId: string,
  tokenHash: string,
  now: Date,
): Promise<ElectionSession | undefined> {
  const [row] = await db
    .select({
      tokenHash: councilElectionSessions.tokenHash,
      contactKey: councilElectionSessions.contactKey,
      ballotId: councilElectionSessions.ballotId,
      receipt: councilElectionBallots.receipt,
    })
    .from(councilElectionSessions)
    .leftJoin(councilElectionBallots, eq(councilElectionBallots.id, councilElectionSessions.ballotId))
    .where(
      and(
        eq(councilElectionSessions.tokenHash, tokenHash),
        eq(councilElectionSessions.electionId, electionId),
        gt(councilElectionSessions.expiresAt, now),
      ),
    )
    .limit(1)
  return row
}

/** The constituency of the elector with `personKey` on the election's list, or undefined when not on it. */
export async function electorConstituency(db: Db, electionId: string, personKey: string): Promise<string | undefined> {
  const [row] = await db
    .select({ constituency: councilElectors.constituency })
    .from(councilElectors)
    .where(and(eq(councilElectors.electionId, electionId), eq(councilElectors.personKey, personKey)))
    .limit(1)
  return row?.constituency
}

/** How many ballots the e-mail of `contactKey` has cast in the election. */
export async function ballotsOfContact(db: Db, electionId: string, contactKey: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(councilElectionBallots)
    .where(and(eq(councilElectionBallots.electionId, electionId), eq(councilElectionBallots.contactKey, contactKey)))
  return Number(row?.n ?? 0)
}
