import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import type { Attendance } from '../domain/votes'
import { councilBodies, councilTerms } from './bodies'

/** A member's function in the body. */
export type MemberRole = 'przewodniczacy' | 'wiceprzewodniczacy' | 'sekretarz' | 'czlonek'

/** Why a mandate ended before (or at) the term's end; recorded with the day. */
export type MandateEnd =
  'koniec_kadencji' | 'rezygnacja' | 'odwolanie' | 'wiek' | 'opuszczenie_szkoly' | 'smierc' | 'inny'

/**
 * A member of a body in one term: seat category and whom the member represents (an organisation, a school, the
 * council), function, first and last day of the mandate, and why it ended. Members are not staff: they sign in with
 * the key of an e-mailed invitation (stored as SHA-256 in `keyHash`; `nextKeyHash` is a "send me a new link" key
 * that replaces it on first use, as for NGO representatives). Public: name, function, represents; never the e-mail.
 */
export const councilMembers = sqliteTable(
  'rd_members',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    termId: text('term_id').references(() => councilTerms.id),
    name: text('name').notNull(),
    email: text('email'),
    role: text('role').$type<MemberRole>().notNull(),
    seatCategory: text('seat_category').notNull(),
    represents: text('represents').notNull().default(''),
    candidateId: text('candidate_id'),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on'),
    endReason: text('end_reason').$type<MandateEnd>(),
    endNote: text('end_note'),
    keyHash: text('key_hash'),
    nextKeyHash: text('next_key_hash'),
    invitedAt: timestamp('invited_at'),
    lastActiveAt: timestamp('last_active_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [
    index('rd_members_body').on(t.bodyId),
    uniqueIndex('rd_members_key').on(t.keyHash),
    uniqueIndex('rd_members_next_key').on(t.nextKeyHash),
  ],
)

/** A meeting (posiedzenie) of a body: numbered, when and where, agenda, minutes (text and/or a file). */
export const councilMeetings = sqliteTable(
  'rd_meetings',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    number: integer('number').notNull(),
    startsAt: timestamp('starts_at').notNull(),
    place: text('place').notNull(),
    agenda: text('agenda').notNull(),
    minutes: text('minutes'),
    minutesFileId: text('minutes_file_id'),
    cancelledAt: timestamp('cancelled_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('rd_meetings_number').on(t.bodyId, t.number)],
)

/** A member's attendance at a meeting: present, excused or unexcused (the absences rule reads runs of the last). */
export const councilAttendance = sqliteTable(
  'rd_attendance',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    memberId: text('member_id')
      .notNull()
      .references(() => councilMembers.id),
    attendance: text('attendance').$type<Attendance>().notNull(),
    recordedAt: timestamp('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
)

/**
 * A post in a body's members' space: a discussion only its members (in office) read and write, general or on one
 * opinion request or resolution (`topic`: `ogolne`, `opinia:{id}`, `uchwala:{id}`).
 */
export const councilPosts = sqliteTable(
  'rd_posts',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    topic: text('topic').notNull(),
    memberId: text('member_id')
      .notNull()
      .references(() => councilMembers.id),
    text: text('text').notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('rd_posts_topic').on(t.bodyId, t.topic, t.createdAt)],
)
