import { and, eq, inArray } from 'drizzle-orm'
import type { Deps } from '../../core/deps'
import type { Db } from '../../core/db/client'
import { notFound } from '../../core/http/problem'
import {
  BUDGET_FILES,
  decisionsOf,
  editionConflicts,
  editionHasWinners,
  implementationStages,
  implementationStagesOf,
  publicStatuses,
  searchProjects,
  supportCounts,
  type EditionFull,
  type Project,
} from './index'
import { projects } from '../tables'

/** What the public figures of projects need besides the rows: electronic supporters and winners' stages. */
export interface PublicFigures {
  counts: Map<string, number>
  stages: Map<string, string>
}

/** Supporters and implementation stages of `rows` (see `publicListItems`, worker/budget/views/public.ts). */
export async function publicFigures(db: Db, rows: Pick<Project, 'id'>[]): Promise<PublicFigures> {
  const ids = rows.map((r) => r.id)
  const [counts, stages] = await Promise.all([supportCounts(db, ids), implementationStagesOf(db, ids)])
  return { counts, stages }
}

/** The statuses the list can be filtered by in this edition: the implementation stages too once it has winners. */
export async function listStatuses(db: Db, editionId: string): Promise<string[]> {
  return (await editionHasWinners(db, editionId)) ? [...publicStatuses, ...implementationStages] : [...publicStatuses]
}

/** The projects admitted to the vote, their public figures, and how many appeals are still pending. */
export async function finalListData(db: Db, editionId: string) {
  const accepted = await searchProjects(db, editionId, {}, ['accepted'])
  const pending = await searchProjects(db, editionId, {}, ['appealed'])
  return { accepted, figures: await publicFigures(db, accepted), pendingAppeals: pending.length }
}

export type FinalListData = Awaited<ReturnType<typeof finalListData>>

/**
 * The groups of mutually exclusive projects holding `projectId`, each with the other projects by number and title so
 * the page can link to them. Only projects the public may see are named (never a draft: its title and very existence
 * belong to its author until it is submitted); a group whose other projects are all hidden says nothing anyone could
 * follow, and is left out rather than hint at a project nobody may open.
 */
export async function publicConflicts(db: Db, editionId: string, projectId: string) {
  const groups = (await editionConflicts(db, editionId)).filter((g) => (g.projectIds as string[]).includes(projectId))
  const others = [...new Set(groups.flatMap((g) => g.projectIds as string[]))].filter((id) => id !== projectId)
  const visible = others.length
    ? await db
        .select({ id: projects.id, number: projects.number, title: projects.title, status: projects.status })
        .from(projects)
        .where(
          and(
            eq(projects.editionId, editionId),
            inArray(projects.id, others),
            inArray(projects.status, [...publicStatuses]),
          ),
        )
    : []
  const byId = new Map(visible.map((x) => [x.id, x]))
  return groups
    .map((g) => ({
      reason: g.reason,
      projects: (g.projectIds as string[]).flatMap((id) => (id !== projectId && byId.has(id) ? [byId.get(id)!] : [])),
    }))
    .filter((g) => g.projects.length > 0)
}

export type PublicConflict = Awaited<ReturnType<typeof publicConflicts>>[number]

/** Everything the projects CSV of an edition reports: the public projects, supporters, decisions, winners' stages. */
export async function projectsCsvData(db: Db, e: EditionFull) {
  const rows = await searchProjects(db, e.edition.id, {})
  const ids = rows.map((r) => r.id)
  const counts = await supportCounts(db, ids)
  const [decisions, stages] = await Promise.all([decisionsOf(db, ids), implementationStagesOf(db, ids)])
  return { rows, counts, decisions, stages }
}

export type ProjectsCsvData = Awaited<ReturnType<typeof projectsCsvData>>

/** A file of the project from the file store, or a Polish 404. Who may open it is the route's to check. */
export async function projectFile(deps: Pick<Deps, 'files'>, p: Project, fileId: string) {
  const file = await deps.files.read(BUDGET_FILES, p.tenantId, p.id, fileId)
  if (!file) throw notFound('Nie ma takiego załącznika.')
  return file
}
