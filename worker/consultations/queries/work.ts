import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { answers, commentGroups, comments, consultations, reports } from '../tables'

/**
 * The confirmed comments of the consultation of the outer row, as a correlated subquery. Written with the tables'
 * names: drizzle leaves columns unqualified in a single-table select, which inside the subquery would name its own.
 */
const confirmedCount = sql<number>`(select count(*) from "ks_comments" cm where cm."consultation_id" = "ks_consultations"."id" and cm."status" = 'confirmed')`

/** A consultation open now: its last day and the confirmed comments so far (what moderators keep an eye on). */
export interface OpenWork {
  number: number
  title: string
  endDate: string
  comments: number
}

/** A consultation whose comments (or groups of them) wait for an answer to be written, or for its approval. */
export interface AnswerWork {
  number: number
  title: string
  /** Comments and groups with no answer yet, or a draft one. */
  toAnswer: number
  /** Answers proposed that this person may approve (under two-person review: not their own). */
  toApprove: number
}

/** An ended consultation without its report: the last day the report may be published (`reportDueDate`). */
export interface ReportWork {
  number: number
  title: string
  endDate: string
  reportDueDate: string | null
}

/** What waits in a JST's consultations for one staff member: `answers` and `reports` only for organisers. */
export interface ConsultationWork {
  open: OpenWork[]
  answers: AnswerWork[]
  reports: ReportWork[]
}

/** Consultations open at `now` (published, started, not ended), ending first, with confirmed comments counted. */
async function openNow(db: Db, tenantId: string, now: Date): Promise<OpenWork[]> {
  const rows = await db
    .select({
      number: consultations.number,
      title: consultations.title,
      endDate: consultations.endDate,
      comments: confirmedCount,
    })
    .from(consultations)
    .where(
      and(
        eq(consultations.tenantId, tenantId),
        eq(consultations.status, 'published'),
        lte(consultations.startsAt, now),
        gt(consultations.endsAt, now),
      ),
    )
    .orderBy(asc(consultations.endsAt), asc(consultations.number))
  return rows.map((r) => ({ ...r, comments: Number(r.comments) }))
}

/**
 * Per consultation not yet reported, the answer targets (each group, and each confirmed comment outside a group: the
 * same units the answers page and the report use) with no answer or a draft one, and those proposed for approval
 * that `userId` may approve. One statement: the targets are a UNION ALL of the two kinds, each joined to its answer.
 */
async function answerWork(db: Db, tenantId: string, userId: string): Promise<AnswerWork[]> {
  const targets = sql`(
    select ${comments.consultationId} as consultation_id, ${comments.id} as comment_id, null as group_id
      from ${comments}
      where ${comments.tenantId} = ${tenantId} and ${comments.status} = 'confirmed' and ${comments.groupId} is null
    union all
    select ${commentGroups.consultationId}, null, ${commentGroups.id}
      from ${commentGroups}
      where ${commentGroups.tenantId} = ${tenantId}
  )`
  const rows = await db.all<{ number: number; title: string; to_answer: number; to_approve: number }>(sql`
    select k.number as number, k.title as title,
      sum(case when coalesce(ac.status, ag.status) is null or coalesce(ac.status, ag.status) = 'draft'
        then 1 else 0 end) as to_answer,
      sum(case when coalesce(ac.status, ag.status) = 'proposed'
        and (k.answer_review = 'single' or coalesce(ac.prepared_by, ag.prepared_by) <> ${userId})
        then 1 else 0 end) as to_approve
    from ${targets} t
    join ${consultations} k on k.id = t.consultation_id and k.status = 'published'
    left join ${answers} ac on ac.comment_id = t.comment_id
    left join ${answers} ag on ag.group_id = t.group_id
    group by k.id
    order by k.number`)
  return rows
    .map((r) => ({
      number: Number(r.number),
      title: r.title,
      toAnswer: Number(r.to_answer),
      toApprove: Number(r.to_approve),
    }))
    .filter((r) => r.toAnswer > 0 || r.toApprove > 0)
}

/** Ended consultations (published, past their last day) with no report yet, the nearest deadline first. */
async function reportsDue(db: Db, tenantId: string, now: Date): Promise<ReportWork[]> {
  return db
    .select({
      number: consultations.number,
      title: consultations.title,
      endDate: consultations.endDate,
      reportDueDate: consultations.reportDueDate,
    })
    .from(consultations)
    .leftJoin(reports, eq(reports.consultationId, consultations.id))
    .where(
      and(
        eq(consultations.tenantId, tenantId),
        eq(consultations.status, 'published'),
        lte(consultations.endsAt, now),
        isNull(reports.consultationId),
      ),
    )
    .orderBy(sql`${consultations.reportDueDate} is null`, asc(consultations.reportDueDate), asc(consultations.number))
}

/**
 * The consultations' part of the panel's start page, for one staff member: the consultations open now (where comments
 * arrive and may need moderating) for everyone who moderates; for organisers also the answers waiting to be written
 * or approved and the reports due. One query per kind, run together.
 */
export async function consultationWork(
  db: Db,
  tenantId: string,
  userId: string,
  organiser: boolean,
  now: Date,
): Promise<ConsultationWork> {
  const [open, waiting, due] = await Promise.all([
    openNow(db, tenantId, now),
    organiser ? answerWork(db, tenantId, userId) : Promise.resolve([]),
    organiser ? reportsDue(db, tenantId, now) : Promise.resolve([]),
  ])
  return { open, answers: waiting, reports: due }
}
