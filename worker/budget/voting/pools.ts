import { searchProjects } from '../queries'
import type { editionFromPath, Ctx } from '../shared'
import type { BallotPool } from './ballot'

/** Pools with the projects on the ballot (accepted ones), in number order, for checking a card against the rules. */
export async function ballotPoolsFor(c: Ctx, e: Awaited<ReturnType<typeof editionFromPath>>): Promise<BallotPool[]> {
  const accepted = await searchProjects(c.get('services').db, e.edition.id, {}, ['accepted'])
  return e.pools.map((pool) => ({
    id: pool.id,
    name: pool.name,
    kind: pool.kind as BallotPool['kind'],
    amount: pool.amount,
    projects: accepted.filter((p) => p.poolId === pool.id).map((p) => ({ id: p.id, cost: p.revisedCost ?? p.cost })),
  }))
}
