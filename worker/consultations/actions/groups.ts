import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { commentKey, groupComments } from '../domain/grouping'
import type { Consultation } from '../queries'
import {
  answersOf,
  confirmedCommentByNumber,
  confirmedComments,
  excludedFromGrouping,
  GROUP_REMOVE_ACTION,
  groupByNumber,
  groupsOf,
  wasRemovedFrom,
  type WorkComment,
} from '../queries/answers'
import { commentGroups, comments } from '../tables'

/** Comment ids per UPDATE: well under SQLite's limit of bound values, and few statements for 10,000 comments. */
const CHUNK = 500

export const REPORTED = 'Raport z konsultacji jest już opublikowany: uwag i odpowiedzi nie można już zmieniać.'

/** Answers and groups change until the report is published; after that the record is closed. */
export function requireOpenForAnswers(consultation: Consultation): void {
  if (consultation.status === 'reported') throw new ApiError(409, REPORTED)
  if (consultation.status === 'draft') throw notFound('Nie ma takich konsultacji.')
}

const isUnique = (e: unknown) => {
  for (let x: unknown = e, depth = 0; x && depth < 5; x = (x as { cause?: unknown }).cause, depth++)
    if (/UNIQUE constraint failed/i.test(String((x as { message?: unknown }).message ?? x))) return true
  return false
}

/** What a grouping did, and where the consultation's confirmed comments stand after it. */
export interface GroupingResult {
  /** Groups of the consultation after the grouping. */
  groups: number
  /** Confirmed comments in a group. */
  grouped: number
  /** Confirmed comments answered alone. */
  single: number
  /** Groups made by this grouping. */
  created: number
  /** Comments this grouping put in a group (new ones and ones joining an existing group). */
  added: number
}

/** Identical members and distinct wordings of a group's texts, as `ks_comment_groups` keeps them. */
function wordingCounts(texts: readonly string[]): { identical: number; variants: number } {
  const counts = new Map<string, number>()
  for (const t of texts) {
    const key = commentKey(t)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return { identical: Math.max(0, ...counts.values()), variants: counts.size }
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * Groups the consultation's confirmed comments (domain/grouping.ts) and keeps what staff already decided: existing
 * groups and their answers stay, a new comment like a group's joins that group (and so gets its answer), new clusters
 * of two or more ungrouped comments become new groups. Comments answered alone and comments staff took out of a group
 * are left alone. Every write is in one batch with its audit row, the comments' updates in chunks of `CHUNK` ids; an
 * UPDATE only touches comments still without a group, and new groups' numbers are unique, so two groupings at once
 * cannot both create a group: the later one's batch fails as a whole and it runs again on what the first wrote.
 */
export async function computeGroups(deps: Deps, consultation: Consultation): Promise<GroupingResult> {
  requireOpenForAnswers(consultation)
  for (let attempt = 0; ; attempt++) {
    try {
      return await computeOnce(deps, consultation)
    } catch (e) {
      if (!isUnique(e) || attempt >= 2) throw e
    }
  }
}

async function computeOnce(deps: Deps, consultation: Consultation): Promise<GroupingResult> {
  const { db } = deps
  const [all, existing, answered, excluded] = await Promise.all([
    confirmedComments(db, consultation.id),
    groupsOf(db, consultation.id),
    answersOf(db, consultation.id),
    excludedFromGrouping(db, consultation.id),
  ])
  const answeredAlone = new Set(answered.flatMap((a) => (a.commentId ? [a.commentId] : [])))
  const byId = new Map(all.map((c) => [c.id, c]))
  const groupById = new Map(existing.map((g) => [g.id, g]))
  const eligible = all.filter((c) => c.groupId !== null || (!excluded.has(c.id) && !answeredAlone.has(c.id)))

  const now = deps.now()
  let nextNumber = existing.reduce((n, g) => Math.max(n, g.number), 0) + 1
  const created: (typeof commentGroups.$inferInsert)[] = []
  /** Newcomers per group id (existing or created). */
  const joining = new Map<string, WorkComment[]>()
  for (const cluster of groupComments(eligible.map((c) => ({ id: c.id, text: c.text })))) {
    if (cluster.count < 2) continue
    const members = cluster.ids.map((id) => byId.get(id)!)
    const newcomers = members.filter((m) => m.groupId === null)
    if (!newcomers.length) continue
    const target = members
      .flatMap((m) => (m.groupId ? [groupById.get(m.groupId)!] : []))
      .sort((a, b) => a.number - b.number)[0]
    if (target) {
      joining.set(target.id, [...(joining.get(target.id) ?? []), ...newcomers])
      continue
    }
    const id = newId()
    created.push({
      id,
      tenantId: consultation.tenantId,
      consultationId: consultation.id,
      number: nextNumber++,
      representativeId: cluster.representative,
      size: newcomers.length,
      identical: cluster.identical,
      variants: cluster.variants,
      createdBy: deps.user?.id ?? null,
      createdAt: now,
    })
    joining.set(id, newcomers)
  }

  const added = [...joining.values()].reduce((n, m) => n + m.length, 0)
  if (added) {
    const statements: BatchItem<'sqlite'>[] = chunks(created, 50).map((rows) => db.insert(commentGroups).values(rows))
    for (const [groupId, newcomers] of joining)
      for (const ids of chunks(newcomers.map((m) => m.id)))
        statements.push(
          db
            .update(comments)
            .set({ groupId, updatedAt: now })
            .where(and(inArray(comments.id, ids), isNull(comments.groupId), eq(comments.status, 'confirmed'))),
        )
    for (const [groupId, newcomers] of joining) {
      const group = groupById.get(groupId)
      if (!group) continue
      const texts = [...all.filter((c) => c.groupId === groupId), ...newcomers].map((c) => c.text)
      statements.push(
        db
          .update(commentGroups)
          .set({
            size: sql`(SELECT count(*) FROM ${comments} WHERE ${comments.groupId} = ${groupId})`,
            ...wordingCounts(texts),
          })
          .where(eq(commentGroups.id, groupId)),
      )
    }
    statements.push(
      auditInsert(deps, {
        tenantId: consultation.tenantId,
        action: 'ks.group.compute',
        entity: 'ks_consultation',
        entityId: consultation.id,
        after: {
          created: created.map((g) => ({ number: g.number, size: g.size })),
          joined: [...joining].flatMap(([id, m]) => {
            const group = groupById.get(id)
            return group ? [{ number: group.number, added: m.length }] : []
          }),
        },
      }),
    )
    await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
  }
  const groupedNow = all.filter((c) => c.groupId !== null).length + added
  return {
    groups: existing.length + created.length,
    grouped: groupedNow,
    single: all.length - groupedNow,
    created: created.length,
    added,
  }
}

/** What taking a comment out of a group answers: the group's number and size after it. */
export interface RemovalResult {
  group: number
  comment: number
  size: number
}

/**
 * Takes comment `commentNumber` out of group `groupNumber`: it is then answered on its own, and later groupings leave
 * it alone (the audit row `ks.group.remove` is that record). A group keeps at least one comment (it has its answer);
 * when the representative leaves, the lowest-numbered member takes its place. Repeating the removal answers the same.
 */
export async function removeFromGroup(
  deps: Deps,
  consultation: Consultation,
  groupNumber: number,
  commentNumber: number,
): Promise<RemovalResult> {
  requireOpenForAnswers(consultation)
  const { db } = deps
  const group = await groupByNumber(db, consultation.id, groupNumber)
  if (!group) throw notFound('Nie ma takiej grupy uwag.')
  const comment = await confirmedCommentByNumber(db, consultation.id, commentNumber)
  if (!comment) throw notFound('Nie ma takiej uwagi.')
  const result = async (): Promise<RemovalResult> => ({
    group: group.number,
    comment: comment.number,
    size: (await groupByNumber(db, consultation.id, groupNumber))!.size,
  })
  if (comment.groupId === null && (await wasRemovedFrom(db, comment.id, group.number))) return result()
  if (comment.groupId !== group.id) throw notFound('Ta uwaga nie należy do tej grupy.')
  const lastOne = () =>
    new ApiError(
      409,
      'To ostatnia uwaga w tej grupie: grupa zostaje z nią i z odpowiedzią. Odpowiedz grupie albo dodaj do niej inne uwagi.',
    )
  const members = sql`(SELECT count(*) FROM ${comments} WHERE ${comments.groupId} = ${group.id})`
  const now = deps.now()
  await guardedBatch(
    db,
    [
      db
        .update(comments)
        .set({ groupId: null, updatedAt: now })
        .where(and(eq(comments.id, comment.id), eq(comments.groupId, group.id), sql`${members} > 1`)),
      requireChanged(db),
      db
        .update(commentGroups)
        .set({
          size: members,
          representativeId: sql`CASE WHEN ${commentGroups.representativeId} = ${comment.id} THEN (SELECT ${comments.id} FROM ${comments} WHERE ${comments.groupId} = ${group.id} ORDER BY ${comments.number} LIMIT 1) ELSE ${commentGroups.representativeId} END`,
        })
        .where(eq(commentGroups.id, group.id)),
      auditInsert(deps, {
        tenantId: consultation.tenantId,
        action: GROUP_REMOVE_ACTION,
        entity: 'ks_comment',
        entityId: comment.id,
        before: { group: group.number },
        after: { group: null, comment: comment.number },
      }),
    ],
    async () => {
      const now = await confirmedCommentByNumber(db, consultation.id, commentNumber)
      return now?.groupId === null ? new AlreadyRemoved() : lastOne()
    },
  ).catch((e) => {
    if (!(e instanceof AlreadyRemoved)) throw e
  })
  return result()
}

/** A removal that lost a race to the same removal: answered as if it had done it. */
class AlreadyRemoved extends Error {}
