import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import type { DraftDocument } from '../domain/document'
import { answers, commentGroups, comments, documents, documentVersions, meetings } from '../tables'

/*
 * The reads behind the open data. Every SELECT names its columns: the author's name, address and e-mail, the receipt
 * and the confirmation secrets are never read here, so no later change of a view can leak them by accident.
 */

/** Confirmed comments and meetings held, per consultation of a JST, for the list of consultations. */
export async function countsOf(db: Db, tenantId: string) {
  const commentRows = await db
    .select({ id: comments.consultationId, n: sql<number>`count(*)` })
    .from(comments)
    .where(and(eq(comments.tenantId, tenantId), eq(comments.status, 'confirmed')))
    .groupBy(comments.consultationId)
  const meetingRows = await db
    .select({ id: meetings.consultationId, n: sql<number>`count(*)` })
    .from(meetings)
    .where(and(eq(meetings.tenantId, tenantId), sql`${meetings.cancelledAt} IS NULL`))
    .groupBy(meetings.consultationId)
  return {
    comments: new Map(commentRows.map((r) => [r.id, Number(r.n)])),
    meetings: new Map(meetingRows.map((r) => [r.id, Number(r.n)])),
  }
}

/** A confirmed comment as open data may show it: no person's name, address or e-mail is selected. */
export interface OpenCommentRow {
  id: string
  number: number
  documentVersion: number | null
  paragraphId: string | null
  quotedPassage: string
  proposal: string
  text: string
  authorKind: 'resident' | 'organization'
  organizationName: string | null
  organizationRegister: string | null
  channel: string
  receivedOn: string | null
  createdAt: Date
  hidden: boolean
  hiddenReason: string | null
  groupNumber: number | null
}

/** The confirmed comments of a consultation (withdrawn and unconfirmed ones never count), by number. */
export async function openComments(db: Db, consultationId: string): Promise<OpenCommentRow[]> {
  const rows = await db
    .select({
      id: comments.id,
      number: comments.number,
      documentVersion: comments.documentVersion,
      paragraphId: comments.paragraphId,
      quotedPassage: comments.quotedPassage,
      proposal: comments.proposal,
      text: comments.text,
      authorKind: comments.authorKind,
      organizationName: comments.organizationName,
      organizationRegister: comments.organizationRegister,
      channel: comments.channel,
      receivedOn: comments.receivedOn,
      createdAt: comments.createdAt,
      hiddenAt: comments.hiddenAt,
      hiddenReason: comments.hiddenReason,
      groupNumber: commentGroups.number,
    })
    .from(comments)
    .leftJoin(commentGroups, eq(commentGroups.id, comments.groupId))
    .where(and(eq(comments.consultationId, consultationId), eq(comments.status, 'confirmed')))
    .orderBy(asc(comments.number))
  return rows.map(({ hiddenAt, ...r }) => ({ ...r, hidden: hiddenAt !== null }))
}

/** An approved answer with what it answers: one comment's number, or a group's number and its members' numbers. */
export interface OpenAnswerRow {
  kind: string | null
  justification: string
  updatedAt: Date
  commentNumber: number | null
  groupNumber: number | null
  members: number[]
}

/** The approved answers of a consultation (drafts and proposals stay the office's work in progress). */
export async function openAnswers(db: Db, consultationId: string): Promise<OpenAnswerRow[]> {
  const rows = await db
    .select({
      kind: answers.kind,
      justification: answers.justification,
      updatedAt: answers.updatedAt,
      commentId: answers.commentId,
      groupId: answers.groupId,
    })
    .from(answers)
    .where(and(eq(answers.consultationId, consultationId), eq(answers.status, 'approved')))
  const groupIds = rows.flatMap((r) => (r.groupId ? [r.groupId] : []))
  const commentIds = rows.flatMap((r) => (r.commentId ? [r.commentId] : []))
  const groups = groupIds.length
    ? await db
        .select({ id: commentGroups.id, number: commentGroups.number })
        .from(commentGroups)
        .where(inArray(commentGroups.id, groupIds))
    : []
  const members = groupIds.length
    ? await db
        .select({ groupId: comments.groupId, number: comments.number })
        .from(comments)
        .where(and(inArray(comments.groupId, groupIds), eq(comments.status, 'confirmed')))
        .orderBy(asc(comments.number))
    : []
  const numbers = commentIds.length
    ? await db
        .select({ id: comments.id, number: comments.number })
        .from(comments)
        .where(and(inArray(comments.id, commentIds), eq(comments.status, 'confirmed')))
    : []
  const groupNumber = new Map(groups.map((g) => [g.id, g.number]))
  const commentNumber = new Map(numbers.map((c) => [c.id, c.number]))
  return rows
    .map((r) => ({
      kind: r.kind,
      justification: r.justification,
      updatedAt: r.updatedAt,
      commentNumber: r.commentId ? (commentNumber.get(r.commentId) ?? null) : null,
      groupNumber: r.groupId ? (groupNumber.get(r.groupId) ?? null) : null,
      members: r.groupId ? members.filter((m) => m.groupId === r.groupId).map((m) => m.number) : [],
    }))
    .filter((r) => r.commentNumber !== null || r.groupNumber !== null)
    .sort((a, b) => (a.commentNumber ?? a.members[0] ?? 0) - (b.commentNumber ?? b.members[0] ?? 0))
}

/** Every version of a consultation's draft with its structure, oldest first. */
export async function allVersions(db: Db, consultationId: string) {
  const rows = await db
    .select({
      version: documentVersions.version,
      sourceKind: documentVersions.sourceKind,
      structure: documentVersions.structure,
      createdAt: documentVersions.createdAt,
    })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(eq(documents.consultationId, consultationId))
    .orderBy(asc(documentVersions.version))
  return rows as (Omit<(typeof rows)[number], 'structure'> & { structure: DraftDocument })[]
}
