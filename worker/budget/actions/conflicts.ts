import { eq } from 'drizzle-orm'
import * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import type { EditionFull } from '../queries'
import { conflictInEdition, projectRefs, resultsPublished, type ConflictProjectRef } from '../queries/conflicts'
import { conflicts } from '../tables'
import type { conflictSchema } from '../input'
import { idParam } from '../input'

type EditionRef = EditionFull & { tenant: { id: string } }

/**
 * Exclusive groups feed the count (only the best project of a group can win). Once the results are published the
 * groups they were computed with are part of the public record; changing them then would make the published files
 * disagree with the edition.
 */
async function requireUnpublished(deps: Pick<Deps, 'db'>, e: EditionFull) {
  if (await resultsPublished(deps.db, e.edition.id))
    throw new ApiError(
      409,
      'Wyniki tej edycji są już opublikowane — grup projektów wykluczających się nie można już zmieniać.',
    )
}

const inactiveLabels: Record<string, string> = { draft: 'szkic', withdrawn: 'wycofany' }

/**
 * A group is recorded only of projects that take part: a draft is not yet a project of the edition (the public page
 * would have nothing to link to and the count nothing to compare), and a withdrawn project excludes nothing. Each
 * such project is named, in the order ticked, so the organiser knows which tick to remove.
 */
function refuseInactive(found: ConflictProjectRef[]) {
  const inactive = found.filter((p) => p.status in inactiveLabels)
  if (inactive.length === 0) return
  const names = inactive
    .map(
      (p) => `${p.number != null ? `nr ${p.number} ` : ''}„${p.title || 'bez tytułu'}” (${inactiveLabels[p.status]})`,
    )
    .join(', ')
  throw new ApiError(409, 'Szkice i projekty wycofane nie mogą należeć do grupy projektów wykluczających się.', {
    errors: [
      {
        field: 'projectIds',
        detail: `Usuń z grupy: ${names}. Grupę tworzą tylko zgłoszone projekty, które nie zostały wycofane.`,
      },
    ],
  })
}

/** Records a group of projects of the edition that exclude each other, with its audit entry; returns its id. */
export async function createConflict(
  deps: Deps,
  e: EditionRef,
  body: v.InferOutput<typeof conflictSchema>,
): Promise<string> {
  await requireUnpublished(deps, e)
  const { db } = deps
  const found = await projectRefs(db, e.edition.id, body.projectIds)
  if (found.length !== body.projectIds.length)
    throw new ApiError(400, 'Wszystkie projekty muszą należeć do tej edycji.', {
      errors: [{ field: 'projectIds', detail: 'Wskaż projekty z tej edycji.' }],
    })
  refuseInactive(body.projectIds.map((id) => found.find((p) => p.id === id)!))
  const id = newId()
  await db.batch([
    db.insert(conflicts).values({
      id,
      tenantId: e.tenant.id,
      editionId: e.edition.id,
      projectIds: body.projectIds,
      reason: body.reason,
      createdAt: deps.now(),
    }),
    auditInsert(deps, {
      tenantId: e.tenant.id,
      action: 'bo.conflict',
      entity: 'bo_conflict',
      entityId: id,
      after: body,
    }),
  ])
  return id
}

/** Removes a group recorded by mistake (`id` as it came in the path), while the results are unpublished. */
export async function deleteConflict(deps: Deps, e: EditionRef, id: string | undefined): Promise<void> {
  const parsed = v.safeParse(idParam, id)
  const { db } = deps
  const row = parsed.success ? await conflictInEdition(db, e.tenant.id, e.edition.id, parsed.output) : undefined
  if (!row) throw notFound('Nie ma takiej grupy projektów wykluczających się w tej edycji.')
  await requireUnpublished(deps, e)
  await db.batch([
    db.delete(conflicts).where(eq(conflicts.id, row.id)),
    auditInsert(deps, {
      tenantId: e.tenant.id,
      action: 'bo.conflict.delete',
      entity: 'bo_conflict',
      entityId: row.id,
      before: { projectIds: row.projectIds, reason: row.reason },
    }),
  ])
}
