import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { ballotChoices, ballots, paperCards, results } from '../tables/voting'

/*
 * What the count and the results pages read. SELECT only; storing and publishing are in actions/results.ts.
 */

/** The stored computation of an edition's results (published or not), or undefined before the first one. */
export async function findResults(db: Db, editionId: string) {
  return db.query.results.findFirst({ where: eq(results.editionId, editionId) })
}

/** The valid ballots of an edition: the ones counted, with the receipts their published digests come from. */
export async function validBallots(db: Db, editionId: string): Promise<{ id: string; receipt: string }[]> {
  return db
    .select({ id: ballots.id, receipt: ballots.receipt })
    .from(ballots)
    .where(and(eq(ballots.editionId, editionId), eq(ballots.status, 'valid')))
}

/** Every choice of the valid ballots of an edition. */
export async function validChoices(db: Db, editionId: string) {
  return db
    .select({
      ballotId: ballotChoices.ballotId,
      poolId: ballotChoices.poolId,
      projectId: ballotChoices.projectId,
      points: ballotChoices.points,
    })
    .from(ballotChoices)
    .innerJoin(ballots, eq(ballots.id, ballotChoices.ballotId))
    .where(and(eq(ballots.editionId, editionId), eq(ballots.status, 'valid')))
}

/** What the statistics count of every ballot of an edition (nothing that names a voter). */
export async function ballotFacts(db: Db, editionId: string) {
  return db
    .select({ channel: ballots.channel, status: ballots.status, ageBand: ballots.ageBand, sex: ballots.sex })
    .from(ballots)
    .where(eq(ballots.editionId, editionId))
}

/** The JST's population, the turnout's denominator (null if the JST is gone). */
export async function tenantPopulation(db: Db, tenantId: string): Promise<number | null> {
  const tenant = await db.query.tenants.findFirst({ where: (t, { eq: eqq }) => eqq(t.id, tenantId) })
  return tenant ? tenant.population : null
}

/** Paper cards still waiting for their second person (or being confirmed): the count must wait for them. */
export async function undecidedPaperCards(db: Db, editionId: string): Promise<number> {
  const pending = await db
    .select({ id: paperCards.id })
    .from(paperCards)
    .where(and(eq(paperCards.editionId, editionId), inArray(paperCards.status, ['pending', 'confirming'])))
  return pending.length
}

/** The ballot of an edition stored under a receipt, as the public receipt check finds it. */
export async function ballotOfEditionReceipt(db: Db, editionId: string, receipt: string) {
  return db.query.ballots.findFirst({
    where: and(eq(ballots.editionId, editionId), eq(ballots.receipt, receipt)),
  })
}
