import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { statuteForDate, type Statute, type StatuteVersion } from '../domain/statute'
import { councilBodies, councilCalls, councilCandidates, councilMembers, councilSupport, councilTerms } from '../tables'
import { inOfficeWhere } from './in-office'

export type CouncilCall = typeof councilCalls.$inferSelect
export type CouncilCandidate = typeof councilCandidates.$inferSelect
export type CouncilSupport = typeof councilSupport.$inferSelect
export type CouncilTerm = typeof councilTerms.$inferSelect

/**
 * The statute a call is run under: the one governing the first day of the term it fills (a version adopted "from
 * the next term" reaches it), or, before that, the one governing the call's opening day.
 */
export function statuteOfCall(
  versions: readonly StatuteVersion[],
  call: Pick<CouncilCall, 'termStart' | 'opensOn'>,
): Statute | null {
  return (
    statuteForDate(versions, call.termStart, call.termStart)?.statute ??
    statuteForDate(versions, call.opensOn, call.termStart)?.statute ??
    null
  )
}

/** The body's term that contains `day` (the newest when terms overlap), or undefined. */
export async function termContaining(db: Db, bodyId: string, day: string): Promise<CouncilTerm | undefined> {
  const [row] = await db
    .select()
    .from(councilTerms)
    .where(and(eq(councilTerms.bodyId, bodyId), lte(councilTerms.startsOn, day), gte(councilTerms.endsOn, day)))
    .orderBy(desc(councilTerms.number))
    .limit(1)
  return row
}

export async function termById(db: Db, id: string): Promise<CouncilTerm | undefined> {
  const [row] = await db.select().from(councilTerms).where(eq(councilTerms.id, id)).limit(1)
  return row
}

/** The calls of a body, newest first. */
export async function callsOfBody(db: Db, bodyId: string): Promise<CouncilCall[]> {
  return db.select().from(councilCalls).where(eq(councilCalls.bodyId, bodyId)).orderBy(desc(councilCalls.number))
}

/** The call `number` of the JST with its body, or undefined. */
export async function callByNumber(db: Db, tenantId: string, number: number) {
  const [row] = await db
    .select({ call: councilCalls, body: councilBodies })
    .from(councilCalls)
    .innerJoin(councilBodies, eq(councilBodies.id, councilCalls.bodyId))
    .where(and(eq(councilCalls.tenantId, tenantId), eq(councilCalls.number, number)))
    .limit(1)
  return row
}

/** The next free call number of the JST (calls are numbered per JST, as the public address names only the number). */
export async function nextCallNumber(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${councilCalls.number})` })
    .from(councilCalls)
    .where(eq(councilCalls.tenantId, tenantId))
  return (row?.max ?? 0) + 1
}

/** The candidacies of calls, in the order they came. */
export async function candidatesOfCalls(db: Db, callIds: readonly string[]): Promise<CouncilCandidate[]> {
  if (!callIds.length) return []
  return db
    .select()
    .from(councilCandidates)
    .where(inArray(councilCandidates.callId, [...callIds]))
    .orderBy(asc(councilCandidates.createdAt), asc(councilCandidates.id))
}

/** A candidacy of the JST by id, with its call and body. */
export async function candidateById(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select({ candidate: councilCandidates, call: councilCalls, body: councilBodies })
    .from(councilCandidates)
    .innerJoin(councilCalls, eq(councilCalls.id, councilCandidates.callId))
    .innerJoin(councilBodies, eq(councilBodies.id, councilCalls.bodyId))
    .where(and(eq(councilCandidates.tenantId, tenantId), eq(councilCandidates.id, id)))
    .limit(1)
  return row
}

/** A candidacy of the JST by the hash of its candidate's key or of its guardian's token. */
export async function candidateByHash(db: Db, tenantId: string, which: 'key' | 'guardian', hash: string) {
  const column = which === 'key' ? councilCandidates.keyHash : councilCandidates.guardianTokenHash
  const [row] = await db
    .select({ candidate: councilCandidates, call: councilCalls, body: councilBodies })
    .from(councilCandidates)
    .innerJoin(councilCalls, eq(councilCalls.id, councilCandidates.callId))
    .innerJoin(councilBodies, eq(councilBodies.id, councilCalls.bodyId))
    .where(and(eq(councilCandidates.tenantId, tenantId), eq(column, hash)))
    .limit(1)
  return row
}

/** The signatures on the support lists of calls. */
export async function supportOfCalls(db: Db, callIds: readonly string[]): Promise<CouncilSupport[]> {
  if (!callIds.length) return []
  return db
    .select()
    .from(councilSupport)
    .where(inArray(councilSupport.callId, [...callIds]))
}

/** Members of the body in office on `day` in a seat category (their number limits an appointment). */
export async function membersInCategory(db: Db, bodyId: string, seatCategory: string, day: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(councilMembers)
    .where(and(eq(councilMembers.bodyId, bodyId), eq(councilMembers.seatCategory, seatCategory), inOfficeWhere(day)))
  return row?.n ?? 0
}

/** Open calls whose last day has passed (the tick closes them). */
export async function callsPastDeadline(db: Db, today: string): Promise<CouncilCall[]> {
  return db
    .select()
    .from(councilCalls)
    .where(and(eq(councilCalls.status, 'otwarty'), sql`${councilCalls.deadline} < ${today}`))
}

/** Candidacies whose personal data is due for erasure (erasing clears `eraseAfter`, so each is taken once). */
export async function candidatesToErase(db: Db, now: Date): Promise<CouncilCandidate[]> {
  return db.select().from(councilCandidates).where(lte(councilCandidates.eraseAfter, now)).limit(500)
}
