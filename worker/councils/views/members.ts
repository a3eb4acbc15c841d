import type { LiveQuorum } from '../domain/quorum'
import type { Attendance } from '../domain/votes'
import type { CouncilBody } from '../queries/bodies-ref'
import type { CouncilMember } from '../queries/member-key'
import { inOfficeOn, type CouncilMeeting, type PostRow } from '../queries/members'
import type { MandateEnd, MemberRole } from '../tables'

/*
 * The JSON shapes of the councils' members, meetings and members' space. The web imports these types.
 */

/** A mandate's end reason in words, as the public page and the panel show it. */
export const mandateEndLabels: Record<MandateEnd, string> = {
  koniec_kadencji: 'koniec kadencji',
  rezygnacja: 'rezygnacja',
  odwolanie: 'odwołanie',
  wiek: 'przekroczenie wieku określonego w statucie',
  opuszczenie_szkoly: 'ukończenie lub opuszczenie szkoły',
  smierc: 'śmierć',
  inny: 'inna przyczyna',
}

export interface AbsenceFlagView {
  since: string
  meetings: number[]
}

/** A member as staff see them: with the e-mail, mandate days, the end's reason and the absences flag. */
export function staffMember(m: CouncilMember, today: string, flag: AbsenceFlagView | null) {
  return {
    id: m.id,
    name: m.name,
    email: m.email,
    role: m.role,
    seatCategory: m.seatCategory,
    represents: m.represents,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    endReason: m.endReason,
    endReasonText: m.endReason ? mandateEndLabels[m.endReason] : null,
    endNote: m.endNote,
    inOffice: inOfficeOn(m, today),
    invitedAt: m.invitedAt?.toISOString() ?? null,
    lastActiveAt: m.lastActiveAt?.toISOString() ?? null,
    absences: flag,
  }
}
export type StaffMemberView = ReturnType<typeof staffMember>

/** A fellow member as members see each other: name, function, whom they represent (never the e-mail). */
export const memberCard = (m: CouncilMember) => ({
  id: m.id,
  name: m.name,
  role: m.role as MemberRole,
  seatCategory: m.seatCategory,
  represents: m.represents,
})
export type MemberCardView = ReturnType<typeof memberCard>

/** A meeting as members and the public read it. */
export function meetingView(m: CouncilMeeting) {
  return {
    number: m.number,
    startsAt: m.startsAt.toISOString(),
    place: m.place,
    agenda: m.agenda,
    minutes: m.minutes,
    minutesFile: m.minutesFileId !== null,
    cancelled: m.cancelledAt !== null,
  }
}
export type MeetingView = ReturnType<typeof meetingView>

/** A meeting as staff manage it: with each member's attendance and the live quorum. */
export function staffMeeting(
  m: CouncilMeeting,
  attendance: Readonly<Record<string, Attendance>>,
  quorum: LiveQuorum | null,
) {
  return { ...meetingView(m), attendance, quorum }
}
export type StaffMeetingView = ReturnType<typeof staffMeeting>

/** A post in the members' space. */
export const postView = (p: PostRow, me: string) => ({
  id: p.id,
  author: p.author,
  role: p.role,
  text: p.text,
  createdAt: p.createdAt.toISOString(),
  mine: p.memberId === me,
})
export type PostView = ReturnType<typeof postView>

/** A topic of the members' space: the general discussion, an opinion request awaiting the opinion, an open vote. */
export type TopicView =
  | { topic: 'ogolne'; kind: 'ogolne'; title: string; posts: number }
  | { topic: string; kind: 'opinia'; number: number; title: string; dueOn: string | null; posts: number }
  | { topic: string; kind: 'uchwala'; id: string; title: string; closesAt: string | null; posts: number }

/** The members' space: who I am, the body, its members in office, meetings and topics. */
export interface MemberSpaceView {
  me: MemberCardView & { startsOn: string; endsOn: string | null }
  body: { slug: string; name: string; kind: CouncilBody['kind'] }
  members: MemberCardView[]
  meetings: MeetingView[]
  topics: TopicView[]
}
