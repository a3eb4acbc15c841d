import { and, asc, desc, eq, lte, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { statuteForDate, type Statute, type StatuteVersion } from '../domain/statute'
import type { Attendance } from '../domain/votes'
import {
  councilAttendance,
  councilMeetings,
  councilMembers,
  councilOpinionRequests,
  councilPosts,
  councilResolutions,
  councilStatutes,
  councilTerms,
} from '../tables'
import { inOfficeWhere } from './in-office'
import type { CouncilMember } from './member-key'

export type CouncilMeeting = typeof councilMeetings.$inferSelect
export type CouncilTerm = typeof councilTerms.$inferSelect

/** Every statute version of a body, oldest first. */
export async function statuteVersionsOf(db: Db, bodyId: string): Promise<StatuteVersion[]> {
  const rows = await db
    .select({ version: councilStatutes.version, statute: councilStatutes.statute, applies: councilStatutes.applies })
    .from(councilStatutes)
    .where(eq(councilStatutes.bodyId, bodyId))
    .orderBy(asc(councilStatutes.version))
  return rows
}

/** The term running on `day`, else the latest one that began before it (or null before the first term). */
export async function termOn(db: Db, bodyId: string, day: string): Promise<CouncilTerm | null> {
  const [row] = await db
    .select()
    .from(councilTerms)
    .where(and(eq(councilTerms.bodyId, bodyId), lte(councilTerms.startsOn, day)))
    .orderBy(desc(councilTerms.startsOn))
    .limit(1)
  return row ?? null
}

/** The statute that governs the body on `day` (the running term keeps a version adopted "from the next term" out). */
export async function statuteOn(db: Db, bodyId: string, day: string): Promise<Statute | null> {
  const [versions, term] = await Promise.all([statuteVersionsOf(db, bodyId), termOn(db, bodyId, day)])
  return statuteForDate(versions, day, term?.startsOn ?? null)?.statute ?? null
}

/** Every member of the body, in office and former, ordered by function then name. */
export async function membersOfBody(db: Db, bodyId: string): Promise<CouncilMember[]> {
  return db
    .select()
    .from(councilMembers)
    .where(eq(councilMembers.bodyId, bodyId))
    .orderBy(
      sql`CASE ${councilMembers.role} WHEN 'przewodniczacy' THEN 0 WHEN 'wiceprzewodniczacy' THEN 1 WHEN 'sekretarz' THEN 2 ELSE 3 END`,
      asc(councilMembers.name),
    )
}

export { inOfficeOn } from './in-office'

/** The member `id` of the body, or undefined. */
export async function memberOfBody(db: Db, bodyId: string, id: string): Promise<CouncilMember | undefined> {
  const [row] = await db
    .select()
    .from(councilMembers)
    .where(and(eq(councilMembers.bodyId, bodyId), eq(councilMembers.id, id)))
    .limit(1)
  return row
}

/** The members of the body in office on `day` with this e-mail (one person may sit in a body once). */
export async function membersByEmail(db: Db, bodyId: string, email: string, day: string): Promise<CouncilMember[]> {
  return db
    .select()
    .from(councilMembers)
    .where(and(eq(councilMembers.bodyId, bodyId), eq(councilMembers.email, email), inOfficeWhere(day)))
}

/** The body's meetings, by number. */
export async function meetingsOfBody(db: Db, bodyId: string): Promise<CouncilMeeting[]> {
  return db
    .select()
    .from(councilMeetings)
    .where(eq(councilMeetings.bodyId, bodyId))
    .orderBy(asc(councilMeetings.number))
}

/** The meeting `number` of the body, or undefined. */
export async function meetingByNumber(db: Db, bodyId: string, number: number): Promise<CouncilMeeting | undefined> {
  const [row] = await db
    .select()
    .from(councilMeetings)
    .where(and(eq(councilMeetings.bodyId, bodyId), eq(councilMeetings.number, number)))
    .limit(1)
  return row
}

/** The next meeting number of the body. */
export async function nextMeetingNumber(db: Db, bodyId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${councilMeetings.number})` })
    .from(councilMeetings)
    .where(eq(councilMeetings.bodyId, bodyId))
  return (row?.max ?? 0) + 1
}

/** Attendance recorded at the body's meetings: meeting id → member id → attendance. */
export async function attendanceOfBody(db: Db, bodyId: string): Promise<Map<string, Record<string, Attendance>>> {
  const rows = await db
    .select({
      meetingId: councilAttendance.meetingId,
      memberId: councilAttendance.memberId,
      a: councilAttendance.attendance,
    })
    .from(councilAttendance)
    .innerJoin(councilMeetings, eq(councilMeetings.id, councilAttendance.meetingId))
    .where(eq(councilMeetings.bodyId, bodyId))
  const out = new Map<string, Record<string, Attendance>>()
  for (const r of rows) out.set(r.meetingId, { ...out.get(r.meetingId), [r.memberId]: r.a })
  return out
}

/** Posts of one topic of the body's members' space, oldest first, with their authors' names. */
export async function postsOf(db: Db, bodyId: string, topic: string, limit = 500) {
  const rows = await db
    .select({
      id: councilPosts.id,
      text: councilPosts.text,
      createdAt: councilPosts.createdAt,
      memberId: councilPosts.memberId,
      author: councilMembers.name,
      role: councilMembers.role,
    })
    .from(councilPosts)
    .innerJoin(councilMembers, eq(councilMembers.id, councilPosts.memberId))
    .where(and(eq(councilPosts.bodyId, bodyId), eq(councilPosts.topic, topic)))
    .orderBy(desc(councilPosts.createdAt), desc(councilPosts.id))
    .limit(limit)
  return rows.reverse()
}
export type PostRow = Awaited<ReturnType<typeof postsOf>>[number]

/** Posts per topic of the body's members' space. */
export async function postCounts(db: Db, bodyId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ topic: councilPosts.topic, n: sql<number>`count(*)` })
    .from(councilPosts)
    .where(eq(councilPosts.bodyId, bodyId))
    .groupBy(councilPosts.topic)
  return new Map(rows.map((r) => [r.topic, r.n]))
}

/** What the members discuss besides the general topic: opinion requests awaiting the body's opinion, open votes. */
export async function openMatters(db: Db, bodyId: string) {
  const [opinions, resolutions] = await Promise.all([
    db
      .select({
        id: councilOpinionRequests.id,
        number: councilOpinionRequests.number,
        title: councilOpinionRequests.title,
        dueOn: councilOpinionRequests.dueOn,
      })
      .from(councilOpinionRequests)
      .where(and(eq(councilOpinionRequests.bodyId, bodyId), eq(councilOpinionRequests.status, 'oczekuje')))
      .orderBy(asc(councilOpinionRequests.number)),
    db
      .select({ id: councilResolutions.id, title: councilResolutions.title, closesAt: councilResolutions.closesAt })
      .from(councilResolutions)
      .where(and(eq(councilResolutions.bodyId, bodyId), eq(councilResolutions.status, 'glosowanie')))
      .orderBy(asc(councilResolutions.openedAt)),
  ])
  return { opinions, resolutions }
}

/** Whether `topic` names an opinion request or a resolution of this body (the general topic always exists). */
export async function topicExists(db: Db, bodyId: string, topic: string): Promise<boolean> {
  if (topic === 'ogolne') return true
  const [kind, id] = topic.split(':') as [string, string]
  const table = kind === 'opinia' ? councilOpinionRequests : councilResolutions
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.bodyId, bodyId), eq(table.id, id)))
    .limit(1)
  return !!row
}
