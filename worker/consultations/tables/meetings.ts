import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import { consultations } from './consultations'

/**
 * A consultation meeting (spotkanie konsultacyjne), online or on site, with sign-up up to `capacity` (null: no
 * limit). After it: how many attended, and the minutes (a file of the core store). Remarks made there are comments
 * with `channel = 'meeting'` and this `meetingId`.
 */
export const meetings = sqliteTable(
  'ks_meetings',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    number: integer('number').notNull(),
    mode: text('mode').$type<'online' | 'onsite'>().notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at').notNull(),
    endsAt: timestamp('ends_at').notNull(),
    /** The address (on site) or the link to join (online; shown to those signed up). */
    place: text('place').notNull(),
    accessibility: text('accessibility').notNull().default(''),
    capacity: integer('capacity'),
    /** Sign-ups so far, raised by a guarded UPDATE (`signed_up < capacity`), so two last places are never both given. */
    signedUp: integer('signed_up').notNull().default(0),
    attendance: integer('attendance'),
    minutesFileId: text('minutes_file_id'),
    cancelledAt: timestamp('cancelled_at'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('ks_meetings_number').on(t.consultationId, t.number)],
)

/** A person signed up for a meeting: personal data, erased after the meeting (`eraseAfter`). */
export const meetingSignups = sqliteTable(
  'ks_meeting_signups',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    name: text('name'),
    email: text('email'),
    /** Folded e-mail, one sign-up per address and meeting. */
    emailKey: text('email_key').notNull(),
    needs: text('needs').notNull().default(''),
    /** SHA-256 of the secret of the cancellation link e-mailed with the confirmation. */
    cancelTokenHash: text('cancel_token_hash').notNull(),
    attended: integer('attended', { mode: 'boolean' }),
    lang: text('lang').$type<'pl' | 'en'>().notNull(),
    cancelledAt: timestamp('cancelled_at'),
    eraseAfter: timestamp('erase_after').notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('ks_meeting_signups_email').on(t.meetingId, t.emailKey),
    uniqueIndex('ks_meeting_signups_cancel').on(t.cancelTokenHash),
    index('ks_meeting_signups_erase').on(t.eraseAfter),
  ],
)
