import { and, eq, or } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { hashToken } from '../../core/ids'
import { councilMembers } from '../tables'
import { inOfficeOn } from './in-office'

export type CouncilMember = typeof councilMembers.$inferSelect

/**
 * The member whose invitation key is `key` and whose mandate is running on `today` (a Warsaw day), or null. A key
 * from "send me a new link" (`nextKeyHash`) works too and its first use makes it the only one, so a stranger asking
 * for links cannot lock the member out (the old link keeps working until then).
 */
export async function memberByKey(db: Db, key: string, today: string): Promise<CouncilMember | null> {
  const hash = await hashToken(key)
  const [found] = await db
    .select()
    .from(councilMembers)
    .where(or(eq(councilMembers.keyHash, hash), eq(councilMembers.nextKeyHash, hash)))
    .limit(1)
  if (!found || !inOfficeOn(found, today)) return null
  if (found.keyHash === hash) return found
  await db
    .update(councilMembers)
    .set({ keyHash: hash, nextKeyHash: null })
    .where(and(eq(councilMembers.id, found.id), eq(councilMembers.nextKeyHash, hash)))
  return { ...found, keyHash: hash, nextKeyHash: null }
}
