import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import type { PhaseName, PhaseWindow } from '../domain/phases'
import { normalizeText } from '../../core/identity/person'
import * as v from 'valibot'
import { editionRulesSchema, type EditionRules } from '../domain/rules'
import type { PhaseMove } from '../domain/calendar-change'
import {
  appeals,
  assessments,
  calendarChanges,
  coauthors,
  conflicts,
  editions,
  phases,
  pools,
  projectEvents,
  projects,
  questions,
  supports,
} from '../tables'
import { implementation } from '../tables/voting'
import { implementationStatuses, type ImplementationStatus } from '../domain/implementation'
import { isProjectStatus, submittedStatuses, type ProjectStatus } from '../domain/statuses'
import { files } from '../../core/files/schema'

/** The `module` of the budget's files (attachments, support-list scans, implementation photos) in the file store. */
export const BUDGET_FILES = 'budget'

export type Edition = typeof editions.$inferSelect
export type Pool = typeof pools.$inferSelect
export type Project = typeof projects.$inferSelect

export interface EditionFull {
  edition: Edition
  rules: EditionRules
  pools: Pool[]
  phases: PhaseWindow[]
}

/** An edition of one JST by budget year, with its pools and calendar. */
export async function loadEdition(db: Db, tenantId: string, year: number): Promise<EditionFull | undefined> {
  const edition = await db.query.editions.findFirst({
    where: and(eq(editions.tenantId, tenantId), eq(editions.year, year)),
  })
  if (!edition) return undefined
  const [poolRows, phaseRows] = await Promise.all([
    db.select().from(pools).where(eq(pools.editionId, edition.id)).orderBy(asc(pools.position)),
    db.select().from(phases).where(eq(phases.editionId, edition.id)).orderBy(asc(phases.startsAt)),
  ])
  return {
    edition,
    rules: v.parse(editionRulesSchema, edition.rules) as EditionRules,
    pools: poolRows,
    phases: phaseRows.map((p) => ({ phase: p.phase as PhaseName, startsAt: p.startsAt, endsAt: p.endsAt })),
  }
}

export async function listEditions(db: Db, tenantId: string) {
  return db.select().from(editions).where(eq(editions.tenantId, tenantId)).orderBy(desc(editions.year))
}

export async function findProject(
  db: Db,
  tenantId: string,
  editionId: string,
  projectId: string,
): Promise<Project | undefined> {
  return db.query.projects.findFirst({
    where: and(eq(projects.tenantId, tenantId), eq(projects.editionId, editionId), eq(projects.id, projectId)),
  })
}

export async function supportCounts(db: Db, projectIds: string[]): Promise<Map<string, number>> {
  if (projectIds.length === 0) return new Map()
  const rows = await db
    .select({ projectId: supports.projectId, n: sql<number>`count(*)` })
    .from(supports)
    .where(inArray(supports.projectId, projectIds))
    .groupBy(supports.projectId)
  return new Map(rows.map((r) => [r.projectId, Number(r.n)]))
}

export interface ProjectFilter {
  pool?: string
  category?: string
  status?: string
  q?: string
}

/** Statuses the public may see: everything but drafts. */
export const publicStatuses = submittedStatuses

/**
 * Stages of a winner's implementation (worker/budget/voting/implementation.ts). Residents filter by them like by a
 * status: a winner is no longer "admitted to the vote" but "selected", "being implemented" or "implemented".
 */
export const implementationStages = implementationStatuses

/**
 * Public project list with filters; the text search folds case and Polish letters on both sides. A status filter by
 * an implementation stage picks the winners at that stage; `accepted` then means the projects on the ballot that did
 * not win (a winner is shown by its stage, so listing it under "admitted to the vote" too would count it twice).
 */
export async function searchProjects(
  db: Db,
  editionId: string,
  filter: ProjectFilter,
  statuses: readonly ProjectStatus[] = publicStatuses,
) {
  const conditions = [eq(projects.editionId, editionId), inArray(projects.status, [...statuses])]
  if (filter.pool) conditions.push(eq(projects.poolId, filter.pool))
  if (filter.category) conditions.push(eq(projects.category, filter.category))
  const winners = (stage?: ImplementationStatus) =>
    db
      .select({ id: implementation.projectId })
      .from(implementation)
      .where(
        stage
          ? and(eq(implementation.editionId, editionId), eq(implementation.status, stage))
          : eq(implementation.editionId, editionId),
      )
  if (filter.status && (implementationStages as readonly string[]).includes(filter.status))
    conditions.push(inArray(projects.id, winners(filter.status as ImplementationStatus)))
  else if (filter.status && isProjectStatus(filter.status)) conditions.push(eq(projects.status, filter.status))
  else if (filter.status) conditions.push(sql`0`)
  if (filter.status === 'accepted') conditions.push(notInArray(projects.id, winners()))
  const rows = await db
    .select()
    .from(projects)
    .where(and(...conditions))
    .orderBy(asc(projects.number), asc(projects.createdAt))
  if (!filter.q) return rows
  const words = normalizeText(filter.q).split(' ').filter(Boolean)
  return rows.filter((p) => {
    const hay = normalizeText(
      `${p.number ?? ''} ${p.title} ${p.summary} ${p.description} ${p.address} ${p.category ?? ''}`,
    )
    return words.every((w) => hay.includes(w))
  })
}

/** Implementation stage of each winner among `projectIds` (rows exist only once the results are published). */
export async function implementationStagesOf(db: Db, projectIds: string[]): Promise<Map<string, string>> {
  if (projectIds.length === 0) return new Map()
  const rows = await db
    .select({ projectId: implementation.projectId, status: implementation.status })
    .from(implementation)
    .where(inArray(implementation.projectId, projectIds))
  return new Map(rows.map((r) => [r.projectId, r.status]))
}

/** Whether an edition's results are published with winners (their implementation rows are written at publication). */
export async function editionHasWinners(db: Db, editionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: implementation.projectId })
    .from(implementation)
    .where(eq(implementation.editionId, editionId))
    .limit(1)
  return row !== undefined
}

export async function projectHistory(db: Db, projectId: string) {
  return db.select().from(projectEvents).where(eq(projectEvents.projectId, projectId)).orderBy(asc(projectEvents.id))
}

export async function projectDetails(db: Db, projectId: string) {
  const [assessmentRows, appealRows, questionRows, coauthorRows, attachmentRows, history] = await Promise.all([
    db.select().from(assessments).where(eq(assessments.projectId, projectId)).orderBy(asc(assessments.decidedAt)),
    db.select().from(appeals).where(eq(appeals.projectId, projectId)).orderBy(asc(appeals.filedAt)),
    db.select().from(questions).where(eq(questions.projectId, projectId)).orderBy(asc(questions.askedAt)),
    db.select().from(coauthors).where(eq(coauthors.projectId, projectId)),
    db
      .select({
        id: files.id,
        kind: files.kind,
        name: files.name,
        mime: files.mime,
        size: files.size,
        createdAt: files.createdAt,
      })
      .from(files)
      .where(and(eq(files.module, BUDGET_FILES), eq(files.ownerId, projectId)))
      .orderBy(asc(files.createdAt)),
    projectHistory(db, projectId),
  ])
  return {
    assessments: assessmentRows,
    appeals: appealRows,
    questions: questionRows,
    coauthors: coauthorRows,
    attachments: attachmentRows,
    history,
  }
}

export async function editionConflicts(db: Db, editionId: string) {
  return db.select().from(conflicts).where(eq(conflicts.editionId, editionId)).orderBy(asc(conflicts.createdAt))
}

/** Projects submitted by one author (by normalised e-mail) in an edition, for the per-author limit. */
export async function countByAuthor(db: Db, editionId: string, email: string): Promise<number> {
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(
        eq(projects.editionId, editionId),
        eq(projects.authorEmail, email),
        inArray(projects.status, ['submitted', 'formal_rejected', 'merit', 'merit_rejected', 'appealed', 'accepted']),
      ),
    )
  return rows.length
}

/** Assessments and appeals of many projects in two queries, in decision order, for exports of a whole edition. */
export async function decisionsOf(db: Db, projectIds: string[]) {
  if (projectIds.length === 0) return { assessments: [], appeals: [] }
  const [assessmentRows, appealRows] = await Promise.all([
    db.select().from(assessments).where(inArray(assessments.projectId, projectIds)).orderBy(asc(assessments.decidedAt)),
    db.select().from(appeals).where(inArray(appeals.projectId, projectIds)).orderBy(asc(appeals.filedAt)),
  ])
  return { assessments: assessmentRows, appeals: appealRows }
}

/** The public notices of an edition's calendar changes, newest first: when, why and which dates moved. */
export async function calendarChangesOf(
  db: Db,
  editionId: string,
): Promise<{ at: string; reason: string; changes: PhaseMove[] }[]> {
  const rows = await db
    .select()
    .from(calendarChanges)
    .where(eq(calendarChanges.editionId, editionId))
    .orderBy(desc(calendarChanges.changedAt))
  return rows.map((r) => ({ at: r.changedAt.toISOString(), reason: r.reason, changes: r.changes as PhaseMove[] }))
}

/**
 * The latest appeal deadline of projects whose authors may still appeal (rejected, no appeal yet): a change of the
 * calendar may not end the appeals phase before it.
 */
export async function latestOpenAppealDeadline(db: Db, editionId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<number | null>`max(${projects.appealDeadline})` })
    .from(projects)
    .where(
      and(
        eq(projects.editionId, editionId),
        inArray(projects.status, ['formal_rejected', 'merit_rejected']),
        sql`not exists (select 1 from ${appeals} where ${appeals.projectId} = ${projects.id})`,
      ),
    )
  return row?.at == null ? null : new Date(Number(row.at))
}
