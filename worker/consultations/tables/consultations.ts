import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import { tenants } from '../../core/tenants/schema'

/**
 * A consultation of one JST, as its opening act (zarządzenie) describes it: the six things the act names (subject and
 * purpose; first and last day; who may take part and the area; the forms; the responsible unit; how and by when the
 * results are reported), its legal basis, audience and areas of public tasks. `preset` is the kind whose statutory
 * rules `checkLaunch` applies on publishing. Dates are Warsaw days (`YYYY-MM-DD`) as staff type them; `startsAt` and
 * `endsAt` are the instants they mean, set on publishing, so lists and the feed compare instants, not strings.
 *
 * Status: `draft` (staff only) → `published` (public; whether it is upcoming, open or ended is read from the dates,
 * so no scheduler has to flip it) → `reported` (the report is published, `ks_reports`). `number` is the JST's own
 * running number, the consultation's address (`/{slug}/konsultacje/{number}`).
 */
export const consultations = sqliteTable(
  'ks_consultations',
  {
    id: id(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    number: integer('number').notNull(),
    preset: text('preset').notNull(),
    title: text('title').notNull(),
    subject: text('subject').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    participants: text('participants').notNull().default(''),
    area: text('area').notNull().default(''),
    /** Keys of `consultationFormKeys` (domain/presets.ts). */
    forms: text('forms', { mode: 'json' }).$type<string[]>().notNull(),
    responsibleUnit: text('responsible_unit').notNull().default(''),
    resultsForm: text('results_form').notNull().default(''),
    /** The last day for the results; null = the preset's default after the end (`reportDueOn`). */
    reportDueDate: text('report_due_date'),
    legalBasis: text('legal_basis').notNull(),
    /** The council's resolution on the rules of consultations (uchwała w sprawie zasad i trybu konsultacji). */
    councilResolution: text('council_resolution'),
    /** The executive's order opening this consultation (number and date), once issued. */
    orderNumber: text('order_number'),
    orderDate: text('order_date'),
    audience: text('audience').notNull(),
    /** Keys of the areas of public tasks (worker/core/organizations/areas.ts). */
    publicTaskAreas: text('public_task_areas', { mode: 'json' }).$type<string[]>().notNull(),
    programmeYear: integer('programme_year'),
    /** Confirmed comments are public (moderation aside) unless the opening act says they are not. */
    commentsPublic: integer('comments_public', { mode: 'boolean' }).notNull().default(true),
    /** Answers' review (domain/answers.ts `AnswerSettings.review`): `single` or `two_person`. */
    answerReview: text('answer_review').$type<'single' | 'two_person'>().notNull().default('single'),
    /** Optional survey questions asked with a comment (domain/survey.ts `SurveyQuestion[]`); empty = none. */
    survey: text('survey', { mode: 'json' }).$type<unknown[]>().notNull().default([]),
    status: text('status').notNull().default('draft'),
    /** The advice `checkLaunch` gave when it was published, so a repeated publish answers exactly as the first did. */
    launchWarnings: text('launch_warnings', { mode: 'json' }).$type<{ field: string; detail: string }[]>(),
    startsAt: timestamp('starts_at'),
    endsAt: timestamp('ends_at'),
    /** Raised by every save; a save or publish from an older version is refused (409). */
    version: integer('version').notNull().default(1),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    publishedAt: timestamp('published_at'),
    /** Set by the scheduled work once the last day is over: unconfirmed comments lapse, staff are told. */
    closedAt: timestamp('closed_at'),
    /** When the report's deadline reminder went to the organisers (once). */
    reportReminderSentAt: timestamp('report_reminder_sent_at'),
  },
  (t) => [
    uniqueIndex('ks_consultations_tenant_number').on(t.tenantId, t.number),
    index('ks_consultations_tenant_status').on(t.tenantId, t.status),
  ],
)

/**
 * The consulted draft of a consultation (one per consultation for now): `currentVersion` is the newest of its
 * versions, raised by a guarded UPDATE with each new one, so two uploads at once make one version and a 409.
 */
export const documents = sqliteTable(
  'ks_documents',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    currentVersion: integer('current_version').notNull(),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('ks_documents_consultation').on(t.consultationId)],
)

/**
 * One version of a draft, kept for ever: comments are made on a paragraph of a version. `structure` is the
 * `DraftDocument` of `parseDocument` (first) or `nextVersion` (later: ids carried on); `source` the text it was read
 * from (Markdown, pasted text, or the text converted from a `.docx`, whose original is in the file store as `fileId`).
 */
export const documentVersions = sqliteTable(
  'ks_document_versions',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    version: integer('version').notNull(),
    tenantId: text('tenant_id').notNull(),
    sourceKind: text('source_kind').notNull(),
    source: text('source').notNull(),
    structure: text('structure', { mode: 'json' }).notNull(),
    fileId: text('file_id'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.version] })],
)
