import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { conflicts, projects } from '../tables'
import { results } from '../tables/voting'

/** What a group of exclusive projects shows of each member, and what decides whether it may belong to one. */
export interface ConflictProjectRef {
  id: string
  number: number | null
  title: string
  status: string
}

/** The projects of the edition among `ids` (an id of another edition finds nothing). */
export async function projectRefs(db: Db, editionId: string, ids: string[]): Promise<ConflictProjectRef[]> {
  if (!ids.length) return []
  return db
    .select({ id: projects.id, number: projects.number, title: projects.title, status: projects.status })
    .from(projects)
    .where(and(eq(projects.editionId, editionId), inArray(projects.id, ids)))
}

/** One group of the edition (of the JST named in the path), by id. */
export async function conflictInEdition(db: Db, tenantId: string, editionId: string, id: string) {
  return db.query.conflicts.findFirst({
    where: and(eq(conflicts.id, id), eq(conflicts.editionId, editionId), eq(conflicts.tenantId, tenantId)),
  })
}

/** Whether the edition's results are published (part of the public record from then on). */
export async function resultsPublished(db: Db, editionId: string): Promise<boolean> {
  const row = await db.query.results.findFirst({ where: eq(results.editionId, editionId) })
  return !!row?.publishedAt
}
