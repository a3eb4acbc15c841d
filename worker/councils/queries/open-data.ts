import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import {
  councilAttendance,
  councilBodies,
  councilCalls,
  councilElections,
  councilInquiries,
  councilMeetings,
  councilMembers,
  councilOpinionRequests,
  councilResolutions,
  councilStatutes,
  councilTerms,
  councilVotes,
} from '../tables'

/*
 * The reads behind the councils' open data. Every SELECT names its columns: a member's e-mail, key hashes and the
 * candidates' personal data (birth dates, addresses) are never read here, so no later change of a view can leak them.
 * Bodies being set up or abolished keep their records; resolutions count once a vote closed (adopted or not), since a
 * body's named votes are public either way; a vote still open, or withdrawn, is not published.
 */

const bodyRef = { id: councilBodies.id, slug: councilBodies.slug, name: councilBodies.name, kind: councilBodies.kind }

export function openBodies(db: Db, tenantId: string) {
  return db
    .select({ ...bodyRef, description: councilBodies.description, status: councilBodies.status })
    .from(councilBodies)
    .where(eq(councilBodies.tenantId, tenantId))
    .orderBy(asc(councilBodies.name))
}

export function openTerms(db: Db, tenantId: string) {
  return db
    .select({
      bodyId: councilTerms.bodyId,
      number: councilTerms.number,
      startsOn: councilTerms.startsOn,
      endsOn: councilTerms.endsOn,
    })
    .from(councilTerms)
    .where(eq(councilTerms.tenantId, tenantId))
    .orderBy(asc(councilTerms.number))
}

export function openStatutes(db: Db, tenantId: string) {
  return db
    .select({
      bodyId: councilStatutes.bodyId,
      version: councilStatutes.version,
      statute: councilStatutes.statute,
      applies: councilStatutes.applies,
    })
    .from(councilStatutes)
    .where(eq(councilStatutes.tenantId, tenantId))
    .orderBy(asc(councilStatutes.version))
}

/** Members with what is public of them: name, function, seat, whom they represent, the mandate's days and end. */
export function openMembers(db: Db, tenantId: string) {
  return db
    .select({
      id: councilMembers.id,
      bodyId: councilMembers.bodyId,
      termId: councilMembers.termId,
      name: councilMembers.name,
      role: councilMembers.role,
      seatCategory: councilMembers.seatCategory,
      represents: councilMembers.represents,
      startsOn: councilMembers.startsOn,
      endsOn: councilMembers.endsOn,
      endReason: councilMembers.endReason,
    })
    .from(councilMembers)
    .where(eq(councilMembers.tenantId, tenantId))
    .orderBy(asc(councilMembers.name), asc(councilMembers.startsOn))
}

export function openMeetings(db: Db, tenantId: string) {
  return db
    .select({
      id: councilMeetings.id,
      bodyId: councilMeetings.bodyId,
      number: councilMeetings.number,
      startsAt: councilMeetings.startsAt,
      place: councilMeetings.place,
      agenda: councilMeetings.agenda,
      minutes: councilMeetings.minutes,
      cancelledAt: councilMeetings.cancelledAt,
    })
    .from(councilMeetings)
    .where(eq(councilMeetings.tenantId, tenantId))
    .orderBy(asc(councilMeetings.startsAt), asc(councilMeetings.number))
}

export function openAttendance(db: Db, tenantId: string) {
  return db
    .select({
      meetingId: councilAttendance.meetingId,
      memberId: councilAttendance.memberId,
      attendance: councilAttendance.attendance,
    })
    .from(councilAttendance)
    .innerJoin(councilMeetings, eq(councilMeetings.id, councilAttendance.meetingId))
    .where(eq(councilMeetings.tenantId, tenantId))
}

/** Resolutions whose vote closed: adopted, rejected, or without a quorum. */
export const CLOSED_RESOLUTIONS = ['przyjeta', 'odrzucona', 'brak_kworum'] as const

export function openResolutions(db: Db, tenantId: string) {
  return db
    .select({
      id: councilResolutions.id,
      bodyId: councilResolutions.bodyId,
      kind: councilResolutions.kind,
      title: councilResolutions.title,
      text: councilResolutions.text,
      status: councilResolutions.status,
      number: councilResolutions.number,
      openedAt: councilResolutions.openedAt,
      closedAt: councilResolutions.closedAt,
      tally: councilResolutions.tally,
      adoptedOn: councilResolutions.adoptedOn,
      meetingId: councilResolutions.meetingId,
    })
    .from(councilResolutions)
    .where(and(eq(councilResolutions.tenantId, tenantId), inArray(councilResolutions.status, [...CLOSED_RESOLUTIONS])))
    .orderBy(asc(councilResolutions.closedAt), asc(councilResolutions.openedAt))
}

export function openVotes(db: Db, tenantId: string) {
  return db
    .select({
      resolutionId: councilVotes.resolutionId,
      memberId: councilVotes.memberId,
      option: councilVotes.option,
    })
    .from(councilVotes)
    .innerJoin(councilResolutions, eq(councilResolutions.id, councilVotes.resolutionId))
    .where(and(eq(councilResolutions.tenantId, tenantId), inArray(councilResolutions.status, [...CLOSED_RESOLUTIONS])))
}

export function openOpinionRequests(db: Db, tenantId: string) {
  return db
    .select({
      bodyId: councilOpinionRequests.bodyId,
      number: councilOpinionRequests.number,
      subject: councilOpinionRequests.subject,
      title: councilOpinionRequests.title,
      description: councilOpinionRequests.description,
      deliveredAt: councilOpinionRequests.deliveredAt,
      dueOn: councilOpinionRequests.dueOn,
      status: councilOpinionRequests.status,
      closedAt: councilOpinionRequests.closedAt,
      resolutionId: councilOpinionRequests.resolutionId,
      consultationId: councilOpinionRequests.consultationId,
    })
    .from(councilOpinionRequests)
    .where(eq(councilOpinionRequests.tenantId, tenantId))
    .orderBy(asc(councilOpinionRequests.deliveredAt), asc(councilOpinionRequests.number))
}

export function openInquiries(db: Db, tenantId: string) {
  return db
    .select()
    .from(councilInquiries)
    .where(eq(councilInquiries.tenantId, tenantId))
    .orderBy(asc(councilInquiries.deliveredAt), asc(councilInquiries.number))
}

/** An adopted resolution of a body by its number ("3/2026"), for its PDF. */
export async function adoptedResolution(db: Db, bodyId: string, number: string) {
  const [row] = await db
    .select({
      id: councilResolutions.id,
      kind: councilResolutions.kind,
      title: councilResolutions.title,
      text: councilResolutions.text,
      number: councilResolutions.number,
      adoptedOn: councilResolutions.adoptedOn,
      tally: councilResolutions.tally,
    })
    .from(councilResolutions)
    .where(
      and(
        eq(councilResolutions.bodyId, bodyId),
        eq(councilResolutions.number, number),
        eq(councilResolutions.status, 'przyjeta'),
      ),
    )
    .limit(1)
  return row
}

/** The named votes of one resolution, with the members' names (public: a body's votes are named). */
export function namedVotes(db: Db, resolutionId: string) {
  return db
    .select({ memberId: councilVotes.memberId, name: councilMembers.name, option: councilVotes.option })
    .from(councilVotes)
    .innerJoin(councilMembers, eq(councilMembers.id, councilVotes.memberId))
    .where(eq(councilVotes.resolutionId, resolutionId))
    .orderBy(asc(councilMembers.name))
}

/** Elections whose results are published: the call, the days, who voted and the count (never a ballot or a key). */
export function openElections(db: Db, tenantId: string) {
  return db
    .select({
      bodyId: councilElections.bodyId,
      call: councilCalls.number,
      seatCategory: councilCalls.seatCategory,
      votingFrom: councilElections.votingFrom,
      votingTo: councilElections.votingTo,
      votesPerBallot: councilElections.votesPerBallot,
      electorate: councilElections.electorate,
      results: councilElections.results,
      lots: councilElections.lots,
      publishedAt: councilElections.publishedAt,
    })
    .from(councilElections)
    .innerJoin(councilCalls, eq(councilCalls.id, councilElections.callId))
    .where(and(eq(councilElections.tenantId, tenantId), isNotNull(councilElections.publishedAt)))
    .orderBy(asc(councilCalls.number))
}
