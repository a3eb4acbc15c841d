import { and, eq, notExists, sql, type SQL } from 'drizzle-orm'
import type * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { forget } from '../../core/cache'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { findTenant } from '../../core/tenants/queries'
import { checkSubmissionForm } from '../domain/form-fields'
import { loadEdition, type EditionFull } from '../queries'
import { editionHasProjects, projectsOfEdition } from '../queries/editions'
import { checkEraseDate, type EditionInput } from '../domain/rules'
import { editions, phases, pools } from '../tables'
import type { editionUpdateSchema } from '../input'
import { checkEdition } from '../domain/statute'
import { publicEdition } from '../views/editions'

/** Problem type of a save made from an edition someone else has changed since it was loaded (the form reloads). */
export const EDITION_CHANGED = 'https://wspolnota.example/problems/edition-changed'

/** The 409 for a stale save of an edition's settings or calendar. */
export function editionChanged(): ApiError {
  return new ApiError(
    409,
    'Ktoś inny zmienił tę edycję w międzyczasie, więc Twoich zmian nie zapisano. Wczytaj edycję ponownie (odśwież stronę), sprawdź aktualne ustawienia i wprowadź swoje zmiany jeszcze raz.',
    { type: EDITION_CHANGED },
  )
}

/**
 * The first two statements of a batch that saves an edition: the UPDATE that raises its version (with `set`), only if
 * it is still `version` (and `also` holds), and the guard that rolls back the rest of the batch otherwise. Run the
 * batch with `guardedBatch` (worker/core/db/guard.ts); its conflict is usually `editionChanged()`.
 */
export function bumpVersion(
  deps: Pick<Deps, 'db'>,
  editionId: string,
  version: number,
  set: Partial<typeof editions.$inferInsert>,
  also?: SQL,
) {
  const { db } = deps
  return [
    db
      .update(editions)
      .set({ ...set, version: sql`${editions.version} + 1` })
      .where(and(eq(editions.id, editionId), eq(editions.version, version), also)),
    requireChanged(db),
  ] as const
}

/**
 * Forgets this server's memo of an edition after a save: gates and public pages read the memo, and would otherwise
 * show the old settings or dates for a moment.
 */
export function forgetEdition(tenant: Pick<TenantRef, 'slug'>, year: number): void {
  forget(`edition:${tenant.slug}:${year}`)
}

const LOCKED =
  'Zgłaszanie projektów już się rozpoczęło — zmiana zasad edycji wymaga zmiany uchwały i nie jest możliwa w systemie. Terminy faz można przesunąć osobno: zmianą harmonogramu z podanym powodem.'

/** The inserts of an edition's pools and calendar. */
function poolAndPhaseRows(deps: Pick<Deps, 'db'>, tenantId: string, editionId: string, input: EditionInput) {
  const { db } = deps
  return [
    ...input.pools.map((p, position) =>
      db.insert(pools).values({ id: newId(), tenantId, editionId, position, ...p, areas: p.areas }),
    ),
    ...input.phases.map((p) =>
      db
        .insert(phases)
        .values({ editionId, tenantId, phase: p.phase, startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt) }),
    ),
  ]
}

/** The statute's checks for the JST's kind, the submission form's and the erasure date's; the first error is a 400. */
async function validated(deps: Pick<Deps, 'db'>, tenant: Pick<TenantRef, 'slug'>, input: EditionInput) {
  const row = await findTenant(deps.db, tenant.slug)
  const errors = [
    ...checkEdition(input, row!.kind),
    ...checkSubmissionForm(input.rules.submission),
    ...checkEraseDate(input.rules, input.phases),
  ]
  if (errors.length) throw new ApiError(400, errors[0]!.detail, { errors })
}

/** The edition's own columns as the organiser sets them, the same on creation and on a change. */
function editionColumns(body: EditionInput) {
  return {
    title: body.title,
    resolutionNumber: body.resolutionNumber,
    resolutionDate: body.resolutionDate,
    resolutionPublication: body.resolutionPublication ?? null,
    expendituresLastReport: body.expendituresLastReport ?? null,
    rules: body.rules,
  }
}

/**
 * Creates an edition of `tenant` after the statutory and form checks, with its audit entry in the same batch. The
 * route's handler and the demo seed (worker/budget/demo/seed.ts) both call it, so a demo edition passes exactly the
 * checks staff face. `now` stamps the record (the seed replays a past edition at its own dates).
 */
export async function createEdition(
  deps: Deps,
  tenant: TenantRef,
  body: EditionInput,
  now = deps.now(),
): Promise<EditionFull> {
  await validated(deps, tenant, body)
  const { db } = deps
  const editionId = newId()
  try {
    await db.batch([
      db.insert(editions).values({
        id: editionId,
        tenantId: tenant.id,
        year: body.year,
        ...editionColumns(body),
        createdAt: now,
        updatedAt: now,
      }),
      ...poolAndPhaseRows(deps, tenant.id, editionId, body),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'bo.edition.create',
        entity: 'bo_edition',
        entityId: editionId,
        after: body,
      }),
    ] as never)
  } catch (e) {
    if (/UNIQUE constraint failed/i.test(String((e as { cause?: unknown }).cause ?? '') + String(e)))
      throw new ApiError(409, `Edycja na rok ${body.year} już istnieje.`, {
        errors: [{ field: 'year', detail: 'Edycja na ten rok już istnieje.' }],
      })
    throw e
  }
  return (await loadEdition(db, tenant.id, body.year))!
}

/**
 * Replaces an edition's settings, pools and calendar, allowed only before submission opens and while no project has
 * been saved (afterwards the rules are the council's resolution, and only dates may move: `changeCalendar`). The save
 * must come from the stored `version`; both conditions are checked again at write time, so another organiser's save
 * or a first draft landing meanwhile rolls the whole batch back.
 */
export async function updateEdition(
  deps: Deps,
  tenant: TenantRef,
  current: EditionFull,
  { version, ...body }: v.InferOutput<typeof editionUpdateSchema>,
  now = deps.now(),
): Promise<EditionFull> {
  const { db } = deps
  const started = current.phases.find((p) => p.phase === 'submission')!.startsAt <= now
  if (started || (await editionHasProjects(db, current.edition.id))) throw new ApiError(409, LOCKED)
  if (body.year !== current.edition.year)
    throw new ApiError(400, 'Nie można zmienić roku edycji.', {
      errors: [{ field: 'year', detail: 'Nie można zmienić roku edycji.' }],
    })
  if (version !== current.edition.version) throw editionChanged()
  await validated(deps, tenant, body)
  await guardedBatch(
    db,
    [
      ...bumpVersion(
        deps,
        current.edition.id,
        version,
        {
          ...editionColumns(body),
          updatedAt: now,
        },
        notExists(projectsOfEdition(db, current.edition.id)),
      ),
      db.delete(pools).where(eq(pools.editionId, current.edition.id)),
      db.delete(phases).where(eq(phases.editionId, current.edition.id)),
      ...poolAndPhaseRows(deps, tenant.id, current.edition.id, body),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'bo.edition.update',
        entity: 'bo_edition',
        entityId: current.edition.id,
        before: publicEdition(current),
        after: body,
      }),
    ],
    async () =>
      (await db.query.editions.findFirst({ where: eq(editions.id, current.edition.id) }))?.version !== version
        ? editionChanged()
        : new ApiError(409, LOCKED),
  )
  forgetEdition(tenant, body.year)
  return (await loadEdition(db, tenant.id, body.year))!
}
