import type { Deps } from '../../core/deps'
import type { EditionFull, Project } from '../queries'
import type { appeals } from '../tables'
import { paperSupportersCounted } from '../domain/submission'
import { authorView } from './projects'

/**
 * One row of the panel's project list: what staff sort and assign by, with the author's contact (staff write to
 * them) and the supporters that count (electronic and verified paper ones).
 */
export function staffListItem(e: EditionFull, p: Project, electronicSupporters: number, hasAppeal: boolean) {
  return {
    id: p.id,
    number: p.number,
    title: p.title,
    status: p.status,
    pool: e.pools.find((x) => x.id === p.poolId)?.name ?? null,
    cost: p.cost,
    revisedCost: p.revisedCost,
    supporters: electronicSupporters + paperSupportersCounted(p),
    verifierId: p.verifierId,
    authorName: p.authorName,
    authorEmail: p.authorEmail,
    appealDeadline: p.appealDeadline?.toISOString() ?? null,
    hasAppeal,
  }
}

export type StaffListItem = ReturnType<typeof staffListItem>

/** The panel's list from `staffProjects` (worker/budget/queries/assessment.ts). */
export function staffList(
  e: EditionFull,
  data: { rows: Project[]; counts: Map<string, number>; appealed: Set<string> },
): StaffListItem[] {
  return data.rows.map((p) => staffListItem(e, p, data.counts.get(p.id) ?? 0, data.appealed.has(p.id)))
}

/** A project in the panel: what its author sees, plus the verifier it is assigned to. */
export async function staffProjectView(deps: Deps, e: EditionFull & { tenant: { slug: string } }, p: Project) {
  return { ...(await authorView(deps, e, p)), verifierId: p.verifierId }
}

/** A project as the panel loads it (`GET …/staff/bo/{year}/projects/{id}`). */
export type StaffProjectView = Awaited<ReturnType<typeof staffProjectView>>

/** One appeal in the panel's list, with its project. */
export function appealItem({
  appeal,
  project,
}: {
  appeal: typeof appeals.$inferSelect
  project: Pick<Project, 'id' | 'number' | 'title' | 'status'>
}) {
  return {
    id: appeal.id,
    text: appeal.text,
    filedAt: appeal.filedAt.toISOString(),
    decision: appeal.decision,
    reason: appeal.reason,
    decidedAt: appeal.decidedAt?.toISOString() ?? null,
    project,
  }
}

export type AppealItem = ReturnType<typeof appealItem>
