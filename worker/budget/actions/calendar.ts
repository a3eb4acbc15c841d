import { and, eq } from 'drizzle-orm'
import type * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { checkCalendarChange, type PhaseMove } from '../domain/calendar-change'
import { latestOpenAppealDeadline, loadEdition, type EditionFull } from '../queries'
import { calendarChanges, phases } from '../tables'
import type { calendarChangeSchema } from '../input'
import { bumpVersion, editionChanged, forgetEdition } from './editions'

/**
 * Changes the dates of a running edition: the one thing staff may change after submission opens. The rules are in
 * `calendar-change.ts`; `e` must be read fresh (not from the memo). A change made from an older `version` than the
 * stored one is refused (409: another organiser changed it meanwhile), before the checks and again at write time,
 * where the new dates, the raised version, the public notice and the audit entry are written together. Returns the
 * saved edition and what moved, for the authors' e-mails (`notifyCalendarChange`).
 */
export async function changeCalendar(
  deps: Deps,
  tenant: TenantRef,
  e: EditionFull,
  body: v.InferOutput<typeof calendarChangeSchema>,
  now = deps.now(),
): Promise<{ saved: EditionFull; moves: PhaseMove[] }> {
  const { db } = deps
  // Dates checked against a calendar someone else has just moved could undo their change.
  if (body.version !== e.edition.version) throw editionChanged()
  const check = checkCalendarChange(e.phases, body.phases, now, {
    latestAppealDeadline: await latestOpenAppealDeadline(db, e.edition.id),
    identityEraseOn: e.rules.voting.identityEraseOn ?? null,
  })
  if (check.errors.length)
    throw new ApiError(check.conflict ? 409 : 400, check.errors[0]!.detail, { errors: check.errors })
  const changeId = newId()
  const before = e.phases.map((p) => ({
    phase: p.phase,
    startsAt: p.startsAt.toISOString(),
    endsAt: p.endsAt.toISOString(),
  }))
  await guardedBatch(
    db,
    [
      ...bumpVersion(deps, e.edition.id, body.version, { updatedAt: now }),
      ...check.moves.map((m) =>
        db
          .update(phases)
          .set({ startsAt: new Date(m.after.startsAt), endsAt: new Date(m.after.endsAt) })
          .where(and(eq(phases.editionId, e.edition.id), eq(phases.phase, m.phase))),
      ),
      db.insert(calendarChanges).values({
        id: changeId,
        tenantId: tenant.id,
        editionId: e.edition.id,
        reason: body.reason,
        changes: check.moves,
        changedAt: now,
      }),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'bo.edition.calendar',
        entity: 'bo_edition',
        entityId: e.edition.id,
        before: { phases: before },
        after: { phases: body.phases, reason: body.reason, moves: check.moves, noticeId: changeId },
      }),
    ],
    editionChanged,
  )
  forgetEdition(tenant, e.edition.year)
  return { saved: (await loadEdition(db, tenant.id, e.edition.year))!, moves: check.moves }
}
