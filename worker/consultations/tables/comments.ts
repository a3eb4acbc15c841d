import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import { consultations } from './consultations'

/** How a comment reached the office: typed on the platform, or keyed in by staff from paper, e-mail or a meeting. */
export type CommentChannel = 'online' | 'paper' | 'email' | 'meeting'
/** `unconfirmed` (sent online, its e-mail link not used yet: it does not count) → `confirmed` → `withdrawn`. */
export type CommentStatus = 'unconfirmed' | 'confirmed' | 'withdrawn'
/** Who speaks: a resident in their own name, or a person on behalf of an NGO. */
export type CommentAuthorKind = 'resident' | 'organization'

/**
 * A comment (uwaga) on a consultation's draft: on one paragraph of the version it was made on (`paragraphId`, with the
 * passage quoted and the wording proposed) or general (`paragraphId` null); always with its justification (`text`).
 *
 * `number` is the consultation's running number of the comment, public (the report lists "uwaga nr 17"); the
 * **receipt** is the author's secret to correct or withdraw it until the end, kept only as its SHA-256
 * (`receiptHash`), the same for comments typed online and keyed in by staff. An online comment counts once its
 * e-mail link is used (`confirmTokenHash`, SHA-256 too); staff-keyed ones are confirmed when keyed in.
 *
 * Personal data (the author's name, address and e-mail) is erased on `eraseAfter` (set when the report is published:
 * the public record keeps the organisation's name, a resident is anonymised). Moderation hides a comment from the
 * public with a stated reason (`hiddenReason`); nothing is ever deleted, and a hidden comment is still answered.
 * `groupId` is the group of identical and near-identical comments it was put in (`ks_comment_groups`).
 */
export const comments = sqliteTable(
  'ks_comments',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    number: integer('number').notNull(),
    receiptHash: text('receipt_hash').notNull(),
    documentVersion: integer('document_version'),
    paragraphId: text('paragraph_id'),
    quotedPassage: text('quoted_passage').notNull().default(''),
    proposal: text('proposal').notNull().default(''),
    /** The justification, or the whole of a general comment. */
    text: text('text').notNull(),
    /** Answers to the consultation's survey questions, by question id (domain/survey.ts). */
    surveyAnswers: text('survey_answers', { mode: 'json' }).$type<Record<string, unknown>>(),
    authorKind: text('author_kind').$type<CommentAuthorKind>().notNull(),
    authorName: text('author_name'),
    authorAddress: text('author_address'),
    authorEmail: text('author_email'),
    /** The NGO from the directory (null when its name and register number were typed in). */
    organizationId: text('organization_id'),
    organizationName: text('organization_name'),
    organizationRegister: text('organization_register'),
    channel: text('channel').$type<CommentChannel>().notNull(),
    meetingId: text('meeting_id'),
    /** The staff member who keyed it in (paper, e-mail, meeting). */
    enteredBy: text('entered_by'),
    /** The date on the letter or e-mail, or of the meeting (Warsaw day), for comments keyed in by staff. */
    receivedOn: text('received_on'),
    status: text('status').$type<CommentStatus>().notNull(),
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: timestamp('confirm_expires_at'),
    confirmedAt: timestamp('confirmed_at'),
    withdrawnAt: timestamp('withdrawn_at'),
    hiddenAt: timestamp('hidden_at'),
    hiddenBy: text('hidden_by'),
    hiddenReason: text('hidden_reason'),
    groupId: text('group_id'),
    lang: text('lang').$type<'pl' | 'en'>().notNull(),
    /** Raised by every correction; a correction from an older revision is refused (409). */
    revision: integer('revision').notNull().default(1),
    eraseAfter: timestamp('erase_after'),
    erasedAt: timestamp('erased_at'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('ks_comments_number').on(t.consultationId, t.number),
    uniqueIndex('ks_comments_receipt').on(t.receiptHash),
    uniqueIndex('ks_comments_confirm_token').on(t.confirmTokenHash),
    index('ks_comments_consultation_status').on(t.consultationId, t.status),
    index('ks_comments_group').on(t.groupId),
    index('ks_comments_erase').on(t.eraseAfter),
  ],
)

/** Every earlier wording of a corrected comment (the record of what was said, and when). */
export const commentRevisions = sqliteTable(
  'ks_comment_revisions',
  {
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id),
    revision: integer('revision').notNull(),
    tenantId: text('tenant_id').notNull(),
    paragraphId: text('paragraph_id'),
    quotedPassage: text('quoted_passage').notNull(),
    proposal: text('proposal').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.revision] })],
)

/**
 * Identical and near-identical comments (domain/grouping.ts), answered once. `representativeId` is the comment shown
 * for the group; `size` how many comments it holds when grouped. A comment's `groupId` points here; a comment left
 * alone has no group and is answered on its own.
 */
export const commentGroups = sqliteTable(
  'ks_comment_groups',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    number: integer('number').notNull(),
    representativeId: text('representative_id').notNull(),
    size: integer('size').notNull(),
    identical: integer('identical').notNull(),
    variants: integer('variants').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('ks_comment_groups_number').on(t.consultationId, t.number)],
)
