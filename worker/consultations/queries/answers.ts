import { aliasedTable, and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { auditLog } from '../../core/audit/schema'
import { users } from '../../core/auth/schema'
import type { Db } from '../../core/db/client'
import type { Answer } from '../domain/answers'
import { answers, commentGroups, comments } from '../tables'

/*
 * What the answers' work reads: the confirmed comments (only they count), the groups of identical comments and the
 * answers, and — for the report and open data — each comment's effective answer: its group's when it is in one, else
 * its own.
 */

export type AnswerRow = typeof answers.$inferSelect
export type GroupRow = typeof commentGroups.$inferSelect

/** A comment as the answers' work list shows it to staff (personal data included: the list is staff-only). */
export interface WorkComment {
  id: string
  number: number
  groupId: string | null
  paragraphId: string | null
  documentVersion: number | null
  quotedPassage: string
  proposal: string
  text: string
  authorKind: string
  authorName: string | null
  organizationName: string | null
  channel: string
  hidden: boolean
}

/** The audit action that takes a comment out of its group: also the record that keeps it out of later groupings. */
export const GROUP_REMOVE_ACTION = 'ks.group.remove'

/** Every confirmed comment of a consultation, by number. */
export async function confirmedComments(db: Db, consultationId: string): Promise<WorkComment[]> {
  const rows = await db
    .select({
      id: comments.id,
      number: comments.number,
      groupId: comments.groupId,
      paragraphId: comments.paragraphId,
      documentVersion: comments.documentVersion,
      quotedPassage: comments.quotedPassage,
      proposal: comments.proposal,
      text: comments.text,
      authorKind: comments.authorKind,
      authorName: comments.authorName,
      organizationName: comments.organizationName,
      channel: comments.channel,
      hiddenAt: comments.hiddenAt,
    })
    .from(comments)
    .where(and(eq(comments.consultationId, consultationId), eq(comments.status, 'confirmed')))
    .orderBy(asc(comments.number))
  return rows.map(({ hiddenAt, ...r }) => ({ ...r, hidden: hiddenAt !== null }))
}

/** A confirmed comment of the consultation by its public number. */
export async function confirmedCommentByNumber(db: Db, consultationId: string, number: number) {
  if (!Number.isSafeInteger(number)) return undefined
  return db.query.comments.findFirst({
    where: and(
      eq(comments.consultationId, consultationId),
      eq(comments.number, number),
      eq(comments.status, 'confirmed'),
    ),
  })
}

/** The consultation's groups, by number. */
export async function groupsOf(db: Db, consultationId: string): Promise<GroupRow[]> {
  return db
    .select()
    .from(commentGroups)
    .where(eq(commentGroups.consultationId, consultationId))
    .orderBy(asc(commentGroups.number))
}

export async function groupByNumber(db: Db, consultationId: string, number: number): Promise<GroupRow | undefined> {
  if (!Number.isSafeInteger(number)) return undefined
  return db.query.commentGroups.findFirst({
    where: and(eq(commentGroups.consultationId, consultationId), eq(commentGroups.number, number)),
  })
}

/** Every answer of the consultation (to comments and to groups). */
export async function answersOf(db: Db, consultationId: string): Promise<AnswerRow[]> {
  return db.select().from(answers).where(eq(answers.consultationId, consultationId))
}

/** The answer given to a target: a comment on its own, or a group. */
export async function answerOfTarget(db: Db, target: { commentId: string } | { groupId: string }) {
  return db.query.answers.findFirst({
    where: 'commentId' in target ? eq(answers.commentId, target.commentId) : eq(answers.groupId, target.groupId),
  })
}

/** An answer row as the pure rules read it (domain/answers.ts). */
export function answerOfRow(row: AnswerRow): Answer {
  return {
    status: row.status,
    kind: row.kind,
    justification: row.justification,
    preparedBy: row.preparedBy,
    approvedBy: row.approvedBy,
    history: row.history,
  }
}

/**
 * The comments of the consultation staff took out of a group: never grouped again by a later grouping (the decision
 * is kept in the audit log, whose rows are never changed or deleted, so no extra column has to remember it).
 */
export async function excludedFromGrouping(db: Db, consultationId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ id: auditLog.entityId })
    .from(auditLog)
    .innerJoin(comments, eq(comments.id, auditLog.entityId))
    .where(
      and(
        eq(auditLog.action, GROUP_REMOVE_ACTION),
        eq(auditLog.entity, 'ks_comment'),
        eq(comments.consultationId, consultationId),
      ),
    )
  return new Set(rows.map((r) => r.id!))
}

/** Whether staff took comment `commentId` out of the group numbered `groupNumber` (its `ks.group.remove` row). */
export async function wasRemovedFrom(db: Db, commentId: string, groupNumber: number): Promise<boolean> {
  const rows = await db
    .select({ before: auditLog.before })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, GROUP_REMOVE_ACTION),
        eq(auditLog.entity, 'ks_comment'),
        eq(auditLog.entityId, commentId),
      ),
    )
  return rows.some((r) => (r.before as { group?: number } | null)?.group === groupNumber)
}

/** The names of staff members by id, for an answer's history ("prepared by …"). */
export async function staffNames(db: Db, ids: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return {}
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique))
  return Object.fromEntries(rows.map((r) => [r.id, r.name]))
}

/** A comment's answer as it counts: its group's when it is in a group, else its own; null when it has none. */
export interface EffectiveAnswer {
  commentId: string
  number: number
  groupId: string | null
  groupNumber: number | null
  answerId: string | null
  status: AnswerRow['status'] | null
  kind: AnswerRow['kind']
  justification: string | null
  approvedBy: string | null
  /** When the answer was last changed (its approval, for an approved one). */
  updatedAt: Date | null
}

const groupAnswers = aliasedTable(answers, 'group_answer')
const ownAnswers = aliasedTable(answers, 'own_answer')

function selectEffective(db: Db, where: SQL | undefined) {
  const pick = <T>(group: unknown, own: unknown) =>
    sql<T>`CASE WHEN ${comments.groupId} IS NOT NULL THEN ${group} ELSE ${own} END`
  return db
    .select({
      commentId: comments.id,
      number: comments.number,
      groupId: comments.groupId,
      groupNumber: commentGroups.number,
      answerId: pick<string | null>(groupAnswers.id, ownAnswers.id),
      status: pick<AnswerRow['status'] | null>(groupAnswers.status, ownAnswers.status),
      kind: pick<AnswerRow['kind']>(groupAnswers.kind, ownAnswers.kind),
      justification: pick<string | null>(groupAnswers.justification, ownAnswers.justification),
      approvedBy: pick<string | null>(groupAnswers.approvedBy, ownAnswers.approvedBy),
      updatedAt: pick<number | null>(groupAnswers.updatedAt, ownAnswers.updatedAt).mapWith((v: number | null) =>
        v == null ? null : new Date(Number(v)),
      ),
    })
    .from(comments)
    .leftJoin(commentGroups, eq(commentGroups.id, comments.groupId))
    .leftJoin(groupAnswers, eq(groupAnswers.groupId, comments.groupId))
    .leftJoin(ownAnswers, eq(ownAnswers.commentId, comments.id))
    .where(and(eq(comments.status, 'confirmed'), where))
    .orderBy(asc(comments.number))
}

/**
 * For the report and open data: every confirmed comment of a consultation with its effective answer, in one query
 * (a comment in a group takes the group's answer, one answered alone its own), by number. Draft and proposed answers
 * are included with their status: the report prints only `approved` ones and lists the rest as missing.
 */
export async function effectiveAnswers(db: Db, consultationId: string): Promise<EffectiveAnswer[]> {
  return selectEffective(db, eq(comments.consultationId, consultationId))
}

/** One comment's effective answer (see `effectiveAnswers`), or undefined for a comment that is not confirmed. */
export async function answerOfComment(db: Db, commentId: string): Promise<EffectiveAnswer | undefined> {
  return (await selectEffective(db, eq(comments.id, commentId)))[0]
}
