import { and, eq } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { councilBodies } from '../tables'

export type CouncilBody = typeof councilBodies.$inferSelect

/** The body `slug` of the JST, or undefined. */
export async function findBody(db: Db, tenantId: string, slug: string): Promise<CouncilBody | undefined> {
  const [row] = await db
    .select()
    .from(councilBodies)
    .where(and(eq(councilBodies.tenantId, tenantId), eq(councilBodies.slug, slug)))
    .limit(1)
  return row
}
