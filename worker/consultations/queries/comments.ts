import { and, asc, eq, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '../../core/db/client'
import type { DraftDocument } from '../domain/document'
import type { Consultation } from './index'
import { tenants } from '../../core/tenants/schema'
import { answers, commentGroups, comments, consultations, documents, documentVersions, meetings } from '../tables'
import type { CommentChannel, CommentStatus } from '../tables/comments'

export type CommentRow = typeof comments.$inferSelect

/** A comment with what the lists show beside it: its group's number and its answer (its own, or its group's). */
export type CommentWithAnswer = CommentRow & {
  groupNumber: number | null
  answer: { status: string; kind: string | null; justification: string } | null
}

/** What the comment actions read of their consultation: its dates, status, audience and survey, not its 40 columns. */
export type CommentConsultation = Pick<
  Consultation,
  | 'id'
  | 'tenantId'
  | 'number'
  | 'title'
  | 'status'
  | 'startDate'
  | 'endDate'
  | 'startsAt'
  | 'endsAt'
  | 'audience'
  | 'survey'
>

/** The JST of an author's request and the consultation it names, if it has one of that number. */
export interface CommentPlaceRow {
  tenant: { id: string; slug: string; name: string }
  consultation: CommentConsultation | undefined
}

const commentPlacePrepared = new WeakMap<object, { execute(p: { s: string; n: number }): Promise<PlaceRow[]> }>()

type PlaceRow = { tenantId: string; tenantSlug: string; tenantName: string } & {
  [K in keyof CommentConsultation]: CommentConsultation[K] | null
}

/**
 * The JST by its slug and its consultation by number (any status: the caller refuses a draft), in one statement
 * prepared once per client, with only the columns the comment actions read: every comment sent and every confirmation
 * names both, and libSQL reads a statement's column list anew on each run, which for the consultation's whole
 * 40-column row cost more than the rest of the lookup. `undefined` when there is no such JST.
 */
export async function commentPlace(db: Db, slug: string, number: number): Promise<CommentPlaceRow | undefined> {
  let q = commentPlacePrepared.get(db)
  if (!q) {
    const k = consultations
    q = db
      .select({
        tenantId: tenants.id,
        tenantSlug: tenants.slug,
        tenantName: tenants.name,
        id: k.id,
        tenantIdOfConsultation: k.tenantId,
        number: k.number,
        title: k.title,
        status: k.status,
        startDate: k.startDate,
        endDate: k.endDate,
        startsAt: k.startsAt,
        endsAt: k.endsAt,
        audience: k.audience,
        survey: k.survey,
      })
      .from(tenants)
      .leftJoin(k, and(eq(k.tenantId, tenants.id), eq(k.number, sql.placeholder('n'))))
      .where(eq(tenants.slug, sql.placeholder('s')))
      .limit(1)
      .prepare() as never
    commentPlacePrepared.set(db, q!)
  }
  const [row] = (await q!.execute({ s: slug, n: Number.isSafeInteger(number) ? number : -1 })) as (PlaceRow & {
    tenantIdOfConsultation: string | null
  })[]
  if (!row) return undefined
  const tenant = { id: row.tenantId, slug: row.tenantSlug, name: row.tenantName }
  if (row.id === null) return { tenant, consultation: undefined }
  return {
    tenant,
    consultation: {
      id: row.id,
      tenantId: row.tenantIdOfConsultation!,
      number: row.number!,
      title: row.title!,
      status: row.status!,
      startDate: row.startDate!,
      endDate: row.endDate!,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      audience: row.audience!,
      survey: row.survey ?? [],
    },
  }
}

/** A comment of the consultation by its public number. */
export async function commentByNumber(db: Db, consultationId: string, number: number): Promise<CommentRow | undefined> {
  if (!Number.isSafeInteger(number)) return undefined
  return db.query.comments.findFirst({
    where: and(eq(comments.consultationId, consultationId), eq(comments.number, number)),
  })
}

/** A comment of the consultation by the SHA-256 of its receipt (the receipt itself is never stored). */
export async function commentByReceipt(db: Db, consultationId: string, hash: string): Promise<CommentRow | undefined> {
  return db.query.comments.findFirst({
    where: and(eq(comments.consultationId, consultationId), eq(comments.receiptHash, hash)),
  })
}

/** A comment of the consultation by the SHA-256 of its confirmation token. */
export async function commentByConfirmToken(
  db: Db,
  consultationId: string,
  hash: string,
): Promise<CommentRow | undefined> {
  return db.query.comments.findFirst({
    where: and(eq(comments.consultationId, consultationId), eq(comments.confirmTokenHash, hash)),
  })
}

export interface CommentFilters {
  /** One comment by its id (the author's and the moderator's views). */
  id?: string
  status?: CommentStatus
  channel?: CommentChannel
  /** A paragraph id, or `general` for comments on the whole draft. */
  paragraph?: string
  /** Only confirmed comments (public lists, counts). */
  confirmedOnly?: boolean
}

const ownAnswer = alias(answers, 'own_answer')
const groupAnswer = alias(answers, 'group_answer')

/**
 * The consultation's comments in number order, with their group's number and their answer: a comment's own, or (in a
 * group) the group's, which is every member's answer.
 */
export async function commentsOf(
  db: Db,
  consultationId: string,
  filters: CommentFilters = {},
): Promise<CommentWithAnswer[]> {
  const where: SQL[] = [eq(comments.consultationId, consultationId)]
  if (filters.id) where.push(eq(comments.id, filters.id))
  if (filters.confirmedOnly) where.push(eq(comments.status, 'confirmed'))
  if (filters.status) where.push(eq(comments.status, filters.status))
  if (filters.channel) where.push(eq(comments.channel, filters.channel))
  if (filters.paragraph === 'general') where.push(sql`${comments.paragraphId} IS NULL`)
  else if (filters.paragraph) where.push(eq(comments.paragraphId, filters.paragraph))
  const rows = await db
    .select({
      comment: comments,
      groupNumber: commentGroups.number,
      own: { status: ownAnswer.status, kind: ownAnswer.kind, justification: ownAnswer.justification },
      group: { status: groupAnswer.status, kind: groupAnswer.kind, justification: groupAnswer.justification },
    })
    .from(comments)
    .leftJoin(commentGroups, eq(commentGroups.id, comments.groupId))
    .leftJoin(ownAnswer, eq(ownAnswer.commentId, comments.id))
    .leftJoin(groupAnswer, eq(groupAnswer.groupId, comments.groupId))
    .where(and(...where))
    .orderBy(asc(comments.number))
  return rows.map((r) => ({
    ...r.comment,
    groupNumber: r.groupNumber ?? null,
    answer: r.group?.status ? r.group : r.own?.status ? r.own : null,
  }))
}

/** How many comments of the consultation count: confirmed ones (withdrawn and unconfirmed never do). */
export async function countedComments(db: Db, consultationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(comments)
    .where(and(eq(comments.consultationId, consultationId), eq(comments.status, 'confirmed')))
  return Number(row?.n ?? 0)
}

/** How many comments of the consultation are in each status (the staff list's summary). */
export async function commentCounts(db: Db, consultationId: string): Promise<Record<CommentStatus, number>> {
  const rows = await db
    .select({ status: comments.status, n: sql<number>`count(*)` })
    .from(comments)
    .where(eq(comments.consultationId, consultationId))
    .groupBy(comments.status)
  const counts: Record<CommentStatus, number> = { unconfirmed: 0, confirmed: 0, withdrawn: 0 }
  for (const r of rows) counts[r.status] = Number(r.n)
  return counts
}

/** The draft's versions as parsed, by number, and which is current: what placing comments on it needs. */
export interface DraftVersions {
  current: number | null
  byVersion: Map<number, DraftDocument>
}

/** Every version of the consultation's draft (a consultation has a handful), to place comments across them. */
export async function draftVersions(db: Db, consultationId: string): Promise<DraftVersions> {
  const doc = await db.query.documents.findFirst({ where: eq(documents.consultationId, consultationId) })
  if (!doc) return { current: null, byVersion: new Map() }
  const rows = await db
    .select({ version: documentVersions.version, structure: documentVersions.structure })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, doc.id))
  return { current: doc.currentVersion, byVersion: new Map(rows.map((r) => [r.version, r.structure as DraftDocument])) }
}

/** The draft's current version, or null without a draft: one indexed read for every comment sent. */
export async function currentDraftVersion(db: Db, consultationId: string): Promise<number | null> {
  const { rows } = await db.$client.execute({
    sql: 'SELECT current_version FROM ks_documents WHERE consultation_id = ?',
    args: [consultationId],
  })
  return rows[0] ? Number(rows[0].current_version) : null
}

const paragraphsOfVersion = new Map<string, ReadonlySet<string>>()
const CACHED_VERSIONS = 256

/**
 * The paragraph ids of one version of the consultation's draft, or null when it has no such version. A version is
 * kept for ever as it was made, so its ids are read and parsed once per process (or isolate), not for every comment
 * placed on it; the few most recent versions are kept.
 */
export async function draftParagraphIds(
  db: Db,
  consultationId: string,
  version: number,
): Promise<ReadonlySet<string> | null> {
  const key = `${consultationId}:${version}`
  const cached = paragraphsOfVersion.get(key)
  if (cached) return cached
  const { rows } = await db.$client.execute({
    sql: 'SELECT v.structure FROM ks_document_versions v JOIN ks_documents d ON d.id = v.document_id WHERE d.consultation_id = ? AND v.version = ?',
    args: [consultationId, version],
  })
  if (!rows[0]) return null
  const structure = JSON.parse(String(rows[0].structure)) as DraftDocument
  const ids: ReadonlySet<string> = new Set(structure.sections.flatMap((s) => s.paragraphs.map((p) => p.id)))
  if (paragraphsOfVersion.size >= CACHED_VERSIONS) paragraphsOfVersion.delete(paragraphsOfVersion.keys().next().value!)
  paragraphsOfVersion.set(key, ids)
  return ids
}

/** What confirming a comment needs to know of it, found by the SHA-256 of its confirmation token. */
export interface CommentToConfirm {
  id: string
  number: number
  status: CommentStatus
  confirmExpiresAt: Date | null
}

/**
 * The comment of the consultation a confirmation token opens (by its SHA-256), read with one indexed statement: every
 * e-mailed link comes here once, so it costs no more than it must.
 */
export async function commentToConfirm(
  db: Db,
  consultationId: string,
  hash: string,
): Promise<CommentToConfirm | undefined> {
  const { rows } = await db.$client.execute({
    sql: 'SELECT id, number, status, confirm_expires_at FROM ks_comments WHERE confirm_token_hash = ? AND consultation_id = ?',
    args: [hash, consultationId],
  })
  const r = rows[0]
  if (!r) return undefined
  return {
    id: String(r.id),
    number: Number(r.number),
    status: String(r.status) as CommentStatus,
    confirmExpiresAt: r.confirm_expires_at === null ? null : new Date(Number(r.confirm_expires_at)),
  }
}

/** A comment's number and status by its id, as just written (one indexed read after a commit). */
export async function commentState(db: Db, id: string): Promise<{ number: number; status: CommentStatus } | undefined> {
  const { rows } = await db.$client.execute({ sql: 'SELECT number, status FROM ks_comments WHERE id = ?', args: [id] })
  const r = rows[0]
  return r ? { number: Number(r.number), status: String(r.status) as CommentStatus } : undefined
}

/** An exact duplicate keyed in by the same staff member within `since` (a double click, a form sent twice). */
export async function recentDuplicate(
  db: Db,
  consultationId: string,
  c: { text: string; authorName: string | null; channel: CommentChannel; enteredBy: string | null; since: Date },
): Promise<CommentRow | undefined> {
  return db.query.comments.findFirst({
    where: and(
      eq(comments.consultationId, consultationId),
      eq(comments.text, c.text),
      eq(comments.channel, c.channel),
      c.authorName === null ? sql`${comments.authorName} IS NULL` : eq(comments.authorName, c.authorName),
      c.enteredBy === null ? sql`${comments.enteredBy} IS NULL` : eq(comments.enteredBy, c.enteredBy),
      sql`${comments.createdAt} >= ${c.since.getTime()}`,
    ),
  })
}

/** Whether `meetingId` is a meeting of the consultation (a remark keyed in from a meeting names it). */
export async function meetingOfConsultation(db: Db, consultationId: string, meetingId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.consultationId, consultationId)))
    .limit(1)
  return row !== undefined
}
