import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { tenants } from '../../core/tenants/schema'
import {
  councilAttendance,
  councilBodies,
  councilInquiries,
  councilMeetings,
  councilMembers,
  councilOpinionRequests,
  councilResolutions,
  councilStatutes,
  councilTerms,
  councilVotes,
} from '../tables'
import { inOfficeWhere } from './in-office'

/*
 * Reads of the councils' bodies: their statute versions and terms, the staff list with its counts, and what a body's
 * public page aggregates from the other parts' tables (members, meetings, resolutions, opinions, inquiries).
 */

export type StatuteRow = typeof councilStatutes.$inferSelect
export type TermRow = typeof councilTerms.$inferSelect

/** The JST's kind (its level decides which bodies exist and what they are called). */
export async function tenantKindOf(db: Db, tenantId: string): Promise<string> {
  const [row] = await db.select({ kind: tenants.kind }).from(tenants).where(eq(tenants.id, tenantId))
  return row?.kind ?? 'gmina-wiejska'
}

/** Every statute version of a body, oldest first. */
export function statuteRows(db: Db, bodyId: string): Promise<StatuteRow[]> {
  return db
    .select()
    .from(councilStatutes)
    .where(eq(councilStatutes.bodyId, bodyId))
    .orderBy(asc(councilStatutes.version))
}

/** Every term of a body, first first. */
export function termRows(db: Db, bodyId: string): Promise<TermRow[]> {
  return db.select().from(councilTerms).where(eq(councilTerms.bodyId, bodyId)).orderBy(asc(councilTerms.number))
}

/** The JST's bodies, by name. */
export function bodiesOf(db: Db, tenantId: string) {
  return db.select().from(councilBodies).where(eq(councilBodies.tenantId, tenantId)).orderBy(asc(councilBodies.name))
}

/** Members in office on `day` per body of the JST. */
export async function membersInOfficeCounts(db: Db, tenantId: string, day: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ bodyId: councilMembers.bodyId, n: sql<number>`count(*)` })
    .from(councilMembers)
    .where(and(eq(councilMembers.tenantId, tenantId), inOfficeWhere(day)))
    .groupBy(councilMembers.bodyId)
  return new Map(rows.map((r) => [r.bodyId, Number(r.n)]))
}

/** Opinion requests still awaiting the body's opinion, per body of the JST. */
export async function openRequestCounts(db: Db, tenantId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ bodyId: councilOpinionRequests.bodyId, n: sql<number>`count(*)` })
    .from(councilOpinionRequests)
    .where(and(eq(councilOpinionRequests.tenantId, tenantId), eq(councilOpinionRequests.status, 'oczekuje')))
    .groupBy(councilOpinionRequests.bodyId)
  return new Map(rows.map((r) => [r.bodyId, Number(r.n)]))
}

const roleOrder = sql`case ${councilMembers.role} when 'przewodniczacy' then 0 when 'wiceprzewodniczacy' then 1 when 'sekretarz' then 2 else 3 end`

/** A body's members in office on `day`, chair first, then by name: the public columns only. */
export function publicMembers(db: Db, bodyId: string, day: string) {
  return db
    .select({
      id: councilMembers.id,
      name: councilMembers.name,
      role: councilMembers.role,
      represents: councilMembers.represents,
      seatCategory: councilMembers.seatCategory,
    })
    .from(councilMembers)
    .where(and(eq(councilMembers.bodyId, bodyId), inOfficeWhere(day)))
    .orderBy(roleOrder, asc(councilMembers.name))
}

/** A body's meetings that were not cancelled, newest first, with their attendance counted. */
export async function publicMeetings(db: Db, bodyId: string) {
  const meetings = await db
    .select({
      id: councilMeetings.id,
      number: councilMeetings.number,
      startsAt: councilMeetings.startsAt,
      place: councilMeetings.place,
      agenda: councilMeetings.agenda,
      minutes: councilMeetings.minutes,
    })
    .from(councilMeetings)
    .where(and(eq(councilMeetings.bodyId, bodyId), isNull(councilMeetings.cancelledAt)))
    .orderBy(desc(councilMeetings.number))
  const ids = meetings.map((m) => m.id)
  const counts = ids.length
    ? await db
        .select({
          meetingId: councilAttendance.meetingId,
          attendance: councilAttendance.attendance,
          n: sql<number>`count(*)`,
        })
        .from(councilAttendance)
        .where(inArray(councilAttendance.meetingId, ids))
        .groupBy(councilAttendance.meetingId, councilAttendance.attendance)
    : []
  return meetings.map(({ id, ...m }) => {
    const of = (a: string) => Number(counts.find((c) => c.meetingId === id && c.attendance === a)?.n ?? 0)
    return { ...m, attendance: { present: of('obecny'), excused: of('usprawiedliwiony'), absent: of('nieobecny') } }
  })
}

/** A body's adopted resolutions, newest first, each with every member's named vote. */
export async function adoptedResolutions(db: Db, bodyId: string) {
  const resolutions = await db
    .select({
      id: councilResolutions.id,
      number: councilResolutions.number,
      title: councilResolutions.title,
      text: councilResolutions.text,
      kind: councilResolutions.kind,
      adoptedOn: councilResolutions.adoptedOn,
      tally: councilResolutions.tally,
    })
    .from(councilResolutions)
    .where(and(eq(councilResolutions.bodyId, bodyId), eq(councilResolutions.status, 'przyjeta')))
    .orderBy(desc(councilResolutions.adoptedOn), desc(councilResolutions.openedAt))
  const ids = resolutions.map((r) => r.id)
  const votes = ids.length
    ? await db
        .select({ resolutionId: councilVotes.resolutionId, member: councilMembers.name, option: councilVotes.option })
        .from(councilVotes)
        .innerJoin(councilMembers, eq(councilMembers.id, councilVotes.memberId))
        .where(inArray(councilVotes.resolutionId, ids))
        .orderBy(asc(councilMembers.name))
    : []
  return resolutions.map((r) => ({
    ...r,
    votes: votes.filter((v) => v.resolutionId === r.id).map(({ member, option }) => ({ member, option })),
  }))
}

/** A body's opinion requests, newest first. */
export function opinionRequestsOf(db: Db, bodyId: string) {
  return db
    .select({
      number: councilOpinionRequests.number,
      title: councilOpinionRequests.title,
      subject: councilOpinionRequests.subject,
      deliveredAt: councilOpinionRequests.deliveredAt,
      dueOn: councilOpinionRequests.dueOn,
      status: councilOpinionRequests.status,
      resolutionId: councilOpinionRequests.resolutionId,
    })
    .from(councilOpinionRequests)
    .where(eq(councilOpinionRequests.bodyId, bodyId))
    .orderBy(desc(councilOpinionRequests.number))
}

/** A body's inquiries to the executive, newest first. */
export function inquiriesOf(db: Db, bodyId: string) {
  return db
    .select({
      number: councilInquiries.number,
      title: councilInquiries.title,
      deliveredAt: councilInquiries.deliveredAt,
      dueOn: councilInquiries.dueOn,
      answeredAt: councilInquiries.answeredAt,
      answer: councilInquiries.answer,
    })
    .from(councilInquiries)
    .where(eq(councilInquiries.bodyId, bodyId))
    .orderBy(desc(councilInquiries.number))
}
