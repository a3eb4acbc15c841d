import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { meetings, meetingSignups } from '../tables'

export type Meeting = typeof meetings.$inferSelect
export type MeetingSignup = typeof meetingSignups.$inferSelect

/** Every meeting of a consultation (cancelled ones too: residents should see that a date was called off), by time. */
export async function meetingsOf(db: Db, consultationId: string): Promise<Meeting[]> {
  return db
    .select()
    .from(meetings)
    .where(eq(meetings.consultationId, consultationId))
    .orderBy(asc(meetings.startsAt), asc(meetings.number))
}

/** One meeting of a consultation by its number. */
export async function findMeeting(db: Db, consultationId: string, number: number): Promise<Meeting | undefined> {
  if (!Number.isSafeInteger(number)) return undefined
  return db.query.meetings.findFirst({
    where: and(eq(meetings.consultationId, consultationId), eq(meetings.number, number)),
  })
}

export async function meetingById(db: Db, id: string): Promise<Meeting | undefined> {
  return db.query.meetings.findFirst({ where: eq(meetings.id, id) })
}

/** The sign-ups of a meeting, cancelled ones included (staff see who withdrew), in the order they came. */
export async function signupsOf(db: Db, meetingId: string): Promise<MeetingSignup[]> {
  return db
    .select()
    .from(meetingSignups)
    .where(eq(meetingSignups.meetingId, meetingId))
    .orderBy(asc(meetingSignups.createdAt), asc(meetingSignups.id))
}

/** A sign-up by the hash of its cancellation secret. */
export async function signupByToken(db: Db, tokenHash: string): Promise<MeetingSignup | undefined> {
  return db.query.meetingSignups.findFirst({ where: eq(meetingSignups.cancelTokenHash, tokenHash) })
}

/** A meeting's sign-up by the keyed hash of the address, whether active or cancelled. */
export async function signupByEmailKey(db: Db, meetingId: string, emailKey: string) {
  return db.query.meetingSignups.findFirst({
    where: and(eq(meetingSignups.meetingId, meetingId), eq(meetingSignups.emailKey, emailKey)),
  })
}

/** The active sign-ups of a meeting that still have an address (to tell them it is cancelled or moved). */
export async function reachableSignups(db: Db, meetingId: string): Promise<MeetingSignup[]> {
  return db
    .select()
    .from(meetingSignups)
    .where(
      and(eq(meetingSignups.meetingId, meetingId), isNull(meetingSignups.cancelledAt), isNotNull(meetingSignups.email)),
    )
}

/** One meeting in the report: when, how, how many signed up and came, whether its minutes are published. */
export interface MeetingSummaryItem {
  number: number
  title: string
  mode: 'online' | 'onsite'
  startsAt: string
  endsAt: string
  /** The address of an on-site meeting; null for one online (its link is not for the public record). */
  place: string | null
  signedUp: number
  attendance: number | null
  minutes: boolean
  cancelled: boolean
}

/**
 * The consultation's meetings for the report (helper of `report`): each meeting, and the totals of meetings held
 * (not cancelled, already begun) and of the attendance recorded at them.
 */
export async function meetingsSummary(
  db: Db,
  consultationId: string,
  now = new Date(),
): Promise<{ held: number; attendance: number; withMinutes: number; items: MeetingSummaryItem[] }> {
  const rows = await meetingsOf(db, consultationId)
  const held = rows.filter((m) => !m.cancelledAt && m.startsAt <= now)
  return {
    held: held.length,
    attendance: held.reduce((n, m) => n + (m.attendance ?? 0), 0),
    withMinutes: held.filter((m) => m.minutesFileId).length,
    items: rows.map((m) => ({
      number: m.number,
      title: m.title,
      mode: m.mode,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      place: m.mode === 'onsite' ? m.place : null,
      signedUp: m.signedUp,
      attendance: m.attendance,
      minutes: m.minutesFileId !== null,
      cancelled: m.cancelledAt !== null,
    })),
  }
}

/** The next free meeting number of a consultation. */
export async function nextMeetingNumber(db: Db, consultationId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${meetings.number})` })
    .from(meetings)
    .where(eq(meetings.consultationId, consultationId))
  return (row?.max ?? 0) + 1
}
