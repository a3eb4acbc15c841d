import { and, eq, inArray, isNull } from 'drizzle-orm'
import * as v from 'valibot'
import { auditLog } from '../../audit/schema'
import type { Db } from '../../db/client'
import { warsawDate } from '../calendar'
import { editionRulesSchema } from '../rules'
import { editions } from '../schema'
import { ballotIdentities, ballots } from './schema'

/**
 * Empties the identity data of every ballot of editions whose erase date has come (RODO: data kept no longer than
 * needed). Ballots keep their person key, so the one-person-one-ballot check still holds. Runs with the scheduler.
 */
export async function eraseIdentities(db: Db, now = new Date()): Promise<number> {
  const today = warsawDate(now).date
  let erased = 0
  for (const e of await db.select().from(editions)) {
    const due = v.parse(editionRulesSchema, e.rules).voting.identityEraseOn
    if (!due || due > today) continue
    const ids = (await db.select({ id: ballots.id }).from(ballots).where(eq(ballots.editionId, e.id))).map((b) => b.id)
    if (ids.length === 0) continue
    const done = await db
      .update(ballotIdentities)
      .set({ firstName: null, lastName: null, address: null, pesel: null, guardianName: null, erasedAt: now })
      .where(and(inArray(ballotIdentities.ballotId, ids), isNull(ballotIdentities.erasedAt)))
      .returning({ id: ballotIdentities.ballotId })
    if (done.length) {
      erased += done.length
      await db.insert(auditLog).values({ tenantId: e.tenantId, actorId: null, action: 'bo.identities.erase', entity: 'bo_edition', entityId: e.id, after: { ballots: done.length, due }, at: now })
    }
  }
  return erased
}
