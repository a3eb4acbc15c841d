import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import type { OpinionSubject } from '../domain/bodies'
import type { Tally, VoteOption } from '../domain/votes'
import { councilBodies } from './bodies'
import { councilMeetings, councilMembers } from './members'

/**
 * `oczekuje`: the body's time runs; `wydana`: its resolution with the opinion was adopted (`resolutionId`);
 * `rezygnacja`: the deadline passed without one where the law reads silence as waiving the right (RDPP, upp
 * art. 41i), recorded by the scheduled work; `termin_minal`: passed without one elsewhere; `wycofany`: withdrawn.
 */
export type OpinionRequestStatus = 'oczekuje' | 'wydana' | 'rezygnacja' | 'termin_minal' | 'wycofany'

/**
 * A draft sent to a body for its opinion: a consultation's draft document (`consultationId`, and the consultation's
 * advisory-opinion record `advisoryOpinionId`, so the consultation's report includes the opinion), or an uploaded
 * draft resolution (`draftFileId`). Delivery starts the clock; `dueOn` is the last day that counts
 * (domain/deadlines.ts). `youthOffer`: offered automatically to the youth council because the draft concerns young
 * people.
 */
export const councilOpinionRequests = sqliteTable(
  'rd_opinion_requests',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    number: integer('number').notNull(),
    subject: text('subject').$type<OpinionSubject>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    consultationId: text('consultation_id'),
    advisoryOpinionId: text('advisory_opinion_id'),
    draftFileId: text('draft_file_id'),
    deliveredAt: timestamp('delivered_at').notNull(),
    days: integer('days'),
    dueOn: text('due_on'),
    status: text('status').$type<OpinionRequestStatus>().notNull(),
    resolutionId: text('resolution_id'),
    closedAt: timestamp('closed_at'),
    youthOffer: integer('youth_offer', { mode: 'boolean' }).notNull().default(false),
    reminderSentAt: timestamp('reminder_sent_at'),
    createdAt: timestamp('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    uniqueIndex('rd_opinion_requests_number').on(t.bodyId, t.number),
    index('rd_opinion_requests_due').on(t.status, t.dueOn),
    uniqueIndex('rd_opinion_requests_consultation').on(t.bodyId, t.consultationId),
  ],
)

/** What a resolution is: an opinion on a request, an inquiry or request to the executive, anything else. */
export type ResolutionKind = 'opinia' | 'wniosek' | 'inna'

/** `glosowanie` while members vote; then the outcome of the tally (domain/votes.ts), or `wycofana` before any. */
export type ResolutionStatus = 'glosowanie' | 'przyjeta' | 'odrzucona' | 'brak_kworum' | 'wycofana'

/**
 * A draft resolution (uchwała) of a body put to a recorded vote: each member votes for themselves in the members'
 * space (or the chair records the votes taken at a meeting, `meetingId`); closing counts them by the statute's quorum
 * and majority, and the tally is kept as counted. Numbered per body and year once adopted ("3/2026"). Published
 * (with named votes) when adopted; `pdfFileId` is the BIP-ready PDF.
 */
export const councilResolutions = sqliteTable(
  'rd_resolutions',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    kind: text('kind').$type<ResolutionKind>().notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    requestId: text('request_id'),
    meetingId: text('meeting_id').references(() => councilMeetings.id),
    status: text('status').$type<ResolutionStatus>().notNull(),
    /** "3/2026": the adopted resolutions' own numbering, per body and year. */
    number: text('number'),
    openedAt: timestamp('opened_at').notNull(),
    closesAt: timestamp('closes_at'),
    closedAt: timestamp('closed_at'),
    tally: text('tally', { mode: 'json' }).$type<Tally>(),
    adoptedOn: text('adopted_on'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [
    index('rd_resolutions_body').on(t.bodyId, t.status),
    uniqueIndex('rd_resolutions_number').on(t.bodyId, t.number),
  ],
)

/** A member's named vote on a resolution: one per member (the primary key), changeable while the vote is open. */
export const councilVotes = sqliteTable(
  'rd_votes',
  {
    resolutionId: text('resolution_id')
      .notNull()
      .references(() => councilResolutions.id),
    memberId: text('member_id')
      .notNull()
      .references(() => councilMembers.id),
    option: text('option').$type<VoteOption>().notNull(),
    castAt: timestamp('cast_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.resolutionId, t.memberId] })],
)

/**
 * A body's inquiry or request to the executive (rada seniorów: usg art. 5c ust. 3a), adopted as its resolution:
 * delivered, answered in writing within 30 days (`dueOn`, the last day that counts), reminded before and marked
 * overdue after by the scheduled work, published with its answer.
 */
export const councilInquiries = sqliteTable(
  'rd_inquiries',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    number: integer('number').notNull(),
    resolutionId: text('resolution_id').references(() => councilResolutions.id),
    title: text('title').notNull(),
    text: text('text').notNull(),
    deliveredAt: timestamp('delivered_at').notNull(),
    dueOn: text('due_on'),
    answer: text('answer'),
    answerFileId: text('answer_file_id'),
    answeredAt: timestamp('answered_at'),
    answeredBy: text('answered_by'),
    reminderSentAt: timestamp('reminder_sent_at'),
    overdueAt: timestamp('overdue_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('rd_inquiries_number').on(t.bodyId, t.number), index('rd_inquiries_due').on(t.dueOn)],
)
