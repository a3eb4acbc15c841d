import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import type { AnswerEvent, AnswerKind, AnswerStatus } from '../domain/answers'
import { consultations } from './consultations'

/**
 * The office's answer (rozstrzygnięcie) to one comment (`commentId`) or to a group of them (`groupId`, exactly one of
 * the two set): its kind, justification and status under domain/answers.ts, and its whole history as the JSON of
 * `AnswerEvent`s (a step appends). `version` is raised by every step, so two staff members acting at once get one
 * step and a 409. A group's answer is every member's answer (the report prints it at each).
 */
export const answers = sqliteTable(
  'ks_answers',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    commentId: text('comment_id'),
    groupId: text('group_id'),
    status: text('status').$type<AnswerStatus>().notNull(),
    kind: text('kind').$type<AnswerKind>(),
    justification: text('justification').notNull().default(''),
    preparedBy: text('prepared_by').notNull(),
    approvedBy: text('approved_by'),
    history: text('history', { mode: 'json' }).$type<AnswerEvent[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('ks_answers_comment').on(t.commentId),
    uniqueIndex('ks_answers_group').on(t.groupId),
    index('ks_answers_consultation_status').on(t.consultationId, t.status),
  ],
)
