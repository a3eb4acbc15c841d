import { sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { timestamp } from '../../core/db/columns'
import { consultations } from './consultations'

/**
 * The consultation's report, generated (never typed): `content` is the frozen snapshot taken when it was published
 * (the HTML page, the PDF and the CSV are all rendered from it, so they always agree and later edits of comments or
 * answers cannot change a published record). One per consultation; publishing sets the consultation's status to
 * `reported` in the same batch.
 */
export const reports = sqliteTable('ks_reports', {
  consultationId: text('consultation_id')
    .primaryKey()
    .references(() => consultations.id),
  tenantId: text('tenant_id').notNull(),
  content: text('content', { mode: 'json' }).notNull(),
  publishedBy: text('published_by').notNull(),
  publishedAt: timestamp('published_at').notNull(),
})
