import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import { memberships, users } from '../../core/auth/schema'
import type { Db } from '../../core/db/client'
import { submittedStatuses } from '../domain/statuses'
import { supportCounts, type Project } from './index'
import { appeals, assessments, projects } from '../tables'

/** What staff see in the panel's list: every project but drafts, which belong to their authors until submitted. */
const staffStatuses = submittedStatuses

/** Roles that can be assigned a project to assess. */
const assessorRoles = ['weryfikator', 'koordynator'] as const

/**
 * An edition's submitted projects by number, with their electronic supporters and which of them have an appeal
 * (decided or not), for the panel's list (`staffListItem`).
 */
export async function staffProjects(db: Db, tenantId: string, editionId: string) {
  const rows = await db
    .select()
    .from(projects)
    .where(and(eq(projects.editionId, editionId), inArray(projects.status, [...staffStatuses])))
    .orderBy(asc(projects.number))
  const ids = rows.map((r) => r.id)
  const counts = await supportCounts(db, ids)
  const appealed = await db
    .select({ projectId: appeals.projectId })
    .from(appeals)
    .where(and(inArray(appeals.projectId, ids.length ? ids : ['']), eq(appeals.tenantId, tenantId)))
  return { rows, counts, appealed: new Set(appealed.map((a) => a.projectId)) }
}

/** The JST's active weryfikatorzy and koordynatorzy: whom a project can be assigned to. */
export async function assessmentTeam(db: Db, tenantId: string) {
  return db
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, tenantId),
        eq(memberships.active, true),
        inArray(memberships.role, [...assessorRoles]),
      ),
    )
}

/** Whether `userId` is an active weryfikator or koordynator of the JST, so a project may be assigned to them. */
export async function isAssessor(db: Db, tenantId: string, userId: string): Promise<boolean> {
  const member = await db.query.memberships.findFirst({
    where: and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId), eq(memberships.active, true)),
  })
  return !!member && (assessorRoles as readonly string[]).includes(member.role)
}

/** An edition's appeals in the order they were filed, each with its project's number, title and status. */
export async function editionAppeals(db: Db, editionId: string) {
  return db
    .select({
      appeal: appeals,
      project: { id: projects.id, number: projects.number, title: projects.title, status: projects.status },
    })
    .from(appeals)
    .innerJoin(projects, eq(projects.id, appeals.projectId))
    .where(eq(projects.editionId, editionId))
    .orderBy(asc(appeals.filedAt))
}

/** An appeal of the JST with its project, if that project belongs to the edition. */
export async function findAppeal(db: Db, tenantId: string, editionId: string, appealId: string) {
  const appeal = await db.query.appeals.findFirst({
    where: and(eq(appeals.id, appealId), eq(appeals.tenantId, tenantId)),
  })
  const project: Project | undefined = appeal
    ? await db.query.projects.findFirst({
        where: and(eq(projects.id, appeal.projectId), eq(projects.editionId, editionId)),
      })
    : undefined
  return appeal && project ? { appeal, project } : undefined
}

/** The project's latest assessment: an appeal is against it, and a rejected appeal restores its negative result. */
export async function lastAssessment(db: Db, projectId: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(eq(assessments.projectId, projectId))
    .orderBy(desc(assessments.decidedAt))
  return row
}

/** A project as stored now, after a write. */
export async function reloadProject(db: Db, projectId: string): Promise<Project> {
  return (await db.query.projects.findFirst({ where: eq(projects.id, projectId) }))!
}
