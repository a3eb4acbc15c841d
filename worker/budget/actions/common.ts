import { ApiError } from '../../core/http/problem'
import type { Deps } from '../../core/deps'
import { phaseAt, type PhaseName } from '../domain/phases'
import type { EditionFull, Project } from '../queries'
import { projectEvents } from '../tables'

export function requirePhase(edition: EditionFull, phase: PhaseName, message: string, now = new Date()): void {
  const current = phaseAt(edition.phases, now)
  if (current !== phase) throw new ApiError(409, message, { type: 'https://wspolnota.example/problems/phase-closed' })
}

/**
 * A row of the project's public history, to be put in the same batch as the change it describes. `at` is the moment
 * of the change: now for requests; the demo seed (demo/seed.ts) replays a past edition at its own dates.
 */
export function eventInsert(
  deps: Pick<Deps, 'db'>,
  project: Pick<Project, 'id' | 'tenantId'>,
  kind: string,
  status: string | null,
  note?: string | null,
  at = new Date(),
) {
  return deps.db
    .insert(projectEvents)
    .values({ tenantId: project.tenantId, projectId: project.id, kind, status, note: note ?? null, at })
}
