import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { tenants } from '../../core/tenants/schema'
import { councilBodies, councilMembers, councilOpinionRequests, councilResolutions, councilVotes } from '../tables'
import { inOfficeWhere } from './in-office'

/*
 * What opinion requests and resolutions read: a body's requests, one request or resolution, the named votes, the
 * members in office on a day (the statute governing it is `statuteOn` in ./members.ts), and the youth councils.
 */

export type OpinionRequestRow = typeof councilOpinionRequests.$inferSelect
export type ResolutionRow = typeof councilResolutions.$inferSelect

/** A body's opinion requests, newest first. */
export async function requestsOfBody(db: Db, bodyId: string): Promise<OpinionRequestRow[]> {
  return db
    .select()
    .from(councilOpinionRequests)
    .where(eq(councilOpinionRequests.bodyId, bodyId))
    .orderBy(desc(councilOpinionRequests.number))
}

/** The body's request `number`, or undefined. */
export async function requestByNumber(db: Db, bodyId: string, number: number): Promise<OpinionRequestRow | undefined> {
  if (!Number.isSafeInteger(number)) return undefined
  const [row] = await db
    .select()
    .from(councilOpinionRequests)
    .where(and(eq(councilOpinionRequests.bodyId, bodyId), eq(councilOpinionRequests.number, number)))
    .limit(1)
  return row
}

/** The request asking `bodyId` about the consultation `consultationId` (at most one: a unique index). */
export async function requestForConsultation(
  db: Db,
  bodyId: string,
  consultationId: string,
): Promise<OpinionRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(councilOpinionRequests)
    .where(and(eq(councilOpinionRequests.bodyId, bodyId), eq(councilOpinionRequests.consultationId, consultationId)))
    .limit(1)
  return row
}

export async function requestById(db: Db, id: string): Promise<OpinionRequestRow | undefined> {
  const [row] = await db.select().from(councilOpinionRequests).where(eq(councilOpinionRequests.id, id)).limit(1)
  return row
}

/** The body's resolution `id`, or undefined (another body's resolution is not found here). */
export async function resolutionOfBody(db: Db, bodyId: string, id: string): Promise<ResolutionRow | undefined> {
  const [row] = await db
    .select()
    .from(councilResolutions)
    .where(and(eq(councilResolutions.bodyId, bodyId), eq(councilResolutions.id, id)))
    .limit(1)
  return row
}

/** The resolutions proposed on a request (the open vote and any earlier ones), newest first. */
export async function resolutionsOfRequest(db: Db, requestId: string): Promise<ResolutionRow[]> {
  return db
    .select()
    .from(councilResolutions)
    .where(eq(councilResolutions.requestId, requestId))
    .orderBy(desc(councilResolutions.createdAt))
}

/** A body's resolutions, newest first (for the members' list and the staff's). */
export async function resolutionsOfBody(db: Db, bodyId: string): Promise<ResolutionRow[]> {
  return db
    .select()
    .from(councilResolutions)
    .where(eq(councilResolutions.bodyId, bodyId))
    .orderBy(desc(councilResolutions.createdAt))
}

/** The resolutions by id (the adopted opinions of a list of requests). */
export async function resolutionsByIds(db: Db, ids: string[]): Promise<ResolutionRow[]> {
  if (!ids.length) return []
  return db.select().from(councilResolutions).where(inArray(councilResolutions.id, ids))
}

/** A resolution's named votes with the members' names, in the order of the names. */
export async function votesOf(db: Db, resolutionId: string) {
  return db
    .select({
      memberId: councilVotes.memberId,
      name: councilMembers.name,
      option: councilVotes.option,
      castAt: councilVotes.castAt,
    })
    .from(councilVotes)
    .innerJoin(councilMembers, eq(councilMembers.id, councilVotes.memberId))
    .where(eq(councilVotes.resolutionId, resolutionId))
    .orderBy(asc(councilMembers.name))
}

/** The members of a body holding a mandate on `day` (inclusive days; an open end runs on). */
export async function membersInOffice(db: Db, bodyId: string, day: string) {
  return db
    .select()
    .from(councilMembers)
    .where(and(eq(councilMembers.bodyId, bodyId), inOfficeWhere(day)))
    .orderBy(asc(councilMembers.name))
}

/** The body by id with its JST (slug, name, contact address), for the scheduled work's messages. */
export async function bodyWithTenant(db: Db, bodyId: string) {
  const [row] = await db
    .select({
      body: councilBodies,
      tenant: { id: tenants.id, slug: tenants.slug, name: tenants.name, contactEmail: tenants.contactEmail },
    })
    .from(councilBodies)
    .innerJoin(tenants, eq(tenants.id, councilBodies.tenantId))
    .where(eq(councilBodies.id, bodyId))
    .limit(1)
  return row
}

/** The working youth councils of a JST (offered drafts that concern young people). */
export async function workingYouthCouncils(db: Db, tenantId: string) {
  return db
    .select()
    .from(councilBodies)
    .where(
      and(
        eq(councilBodies.tenantId, tenantId),
        eq(councilBodies.kind, 'mlodziezowa_rada'),
        eq(councilBodies.status, 'dziala'),
      ),
    )
}
