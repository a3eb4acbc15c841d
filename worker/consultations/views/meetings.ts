import type { Meeting, MeetingSignup } from '../queries/meetings'

/*
 * The JSON shapes of meetings (the web imports their types). The public view never carries an online meeting's join
 * link (it goes to those signed up, in their confirmation e-mail), nor anything about who signed up; the staff view
 * adds the link, the version to send back and the sign-ups' count; a sign-up's view is for staff only.
 */

/** Whether sign-up is open at `now`: not cancelled, not begun, a place left. */
export function signupOpen(m: Meeting, now: Date): boolean {
  return !m.cancelledAt && now < m.startsAt && (m.capacity === null || m.signedUp < m.capacity)
}

/** A meeting as residents see it. */
export function publicMeeting(m: Meeting, now: Date) {
  return {
    number: m.number,
    mode: m.mode,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    /** The address of an on-site meeting; null online (the link is e-mailed to those signed up). */
    address: m.mode === 'onsite' ? m.place : null,
    accessibility: m.accessibility,
    capacity: m.capacity,
    placesLeft: m.capacity === null ? null : Math.max(0, m.capacity - m.signedUp),
    cancelled: m.cancelledAt !== null,
    past: now >= m.startsAt,
    signupOpen: signupOpen(m, now),
    attendance: m.attendance,
    minutes: m.minutesFileId !== null,
  }
}

/**
 * A meeting in the staff panel: the join link, the sign-ups' count and the version a change sends back, and its id,
 * which a remark made at the meeting and keyed in as a comment names (`meetingId` of the staff comment intake).
 */
export function staffMeeting(m: Meeting, now: Date) {
  return {
    id: m.id,
    ...publicMeeting(m, now),
    place: m.place,
    signedUp: m.signedUp,
    version: m.version,
    updatedAt: m.updatedAt.toISOString(),
  }
}

/** A person signed up, for staff (attendance list, needs to prepare for); erased rows have no name or address. */
export function signupView(s: MeetingSignup) {
  return {
    id: s.id,
    name: s.name,
    email: s.email,
    needs: s.needs,
    attended: s.attended,
    cancelled: s.cancelledAt !== null,
    erased: s.email === null,
    createdAt: s.createdAt.toISOString(),
  }
}

/** What the resident is told after signing up (the address they gave, to check for a typo). */
export function signupReceipt(m: Meeting, email: string) {
  return { meeting: m.number, email, status: 'signed_up' as const }
}

export type PublicMeeting = ReturnType<typeof publicMeeting>
export type StaffMeeting = ReturnType<typeof staffMeeting>
export type SignupView = ReturnType<typeof signupView>
