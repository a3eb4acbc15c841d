import type { Deps } from '../../core/deps'
import { editionConflicts, type EditionFull } from '../queries'
import { projectRefs } from '../queries/conflicts'

/**
 * The edition's groups of exclusive projects with the number, title and status of each member (in the order they
 * were recorded), optionally only the groups holding `project`: what the panel lists and the project page names.
 */
export async function conflictGroups(deps: Pick<Deps, 'db'>, e: EditionFull, project?: string) {
  const { db } = deps
  const rows = (await editionConflicts(db, e.edition.id)).filter(
    (g) => !project || (g.projectIds as string[]).includes(project),
  )
  const found = await projectRefs(db, e.edition.id, [...new Set(rows.flatMap((g) => g.projectIds as string[]))])
  const byId = new Map(found.map((p) => [p.id, p]))
  return rows.map((g) => ({
    id: g.id,
    reason: g.reason,
    createdAt: g.createdAt.toISOString(),
    projects: (g.projectIds as string[]).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
  }))
}

/** One group of exclusive projects as the panel lists it (`GET …/staff/bo/{year}/conflicts`). */
export type ConflictGroup = Awaited<ReturnType<typeof conflictGroups>>[number]
