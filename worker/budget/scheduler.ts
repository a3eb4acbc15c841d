import { eq } from 'drizzle-orm'
import { auditLog } from '../core/audit/schema'
import type { Db } from '../core/db/client'
import { phaseAt, type PhaseName } from './domain/phases'
import { editions, phases } from './tables'
import { eraseIdentities } from './actions/erasure'

/**
 * Moves every edition to the phase its calendar says, recording each change in the audit log. Gates never wait for
 * this (they read the calendar directly); it makes the change visible and datable. Also erases the personal data that is due
 * (voters', supporters', voting sessions and codes: `eraseIdentities`, once a day per edition). Runs from the
 * Worker's cron trigger and every minute on Node. Returns the phase changes made.
 */
export async function advancePhases(
  db: Db,
  now = new Date(),
): Promise<{ editionId: string; from: string | null; to: PhaseName | null }[]> {
  const all = await db.select().from(editions)
  const windows = await db.select().from(phases)
  const changes = []
  for (const e of all) {
    const current = phaseAt(
      windows
        .filter((w) => w.editionId === e.id)
        .map((w) => ({ phase: w.phase as PhaseName, startsAt: w.startsAt, endsAt: w.endsAt })),
      now,
    )
    if (current === e.announcedPhase) continue
    await db.batch([
      db.update(editions).set({ announcedPhase: current }).where(eq(editions.id, e.id)),
      db.insert(auditLog).values({
        tenantId: e.tenantId,
        actorId: null,
        action: 'bo.phase',
        entity: 'bo_edition',
        entityId: e.id,
        before: { phase: e.announcedPhase },
        after: { phase: current },
        at: now,
      }),
    ])
    changes.push({ editionId: e.id, from: e.announcedPhase, to: current })
  }
  await eraseIdentities(db, now)
  return changes
}
