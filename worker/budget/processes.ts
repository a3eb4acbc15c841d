import { eq } from 'drizzle-orm'
import type { Db } from '../core/db/client'
import type { ProcessSource } from '../core/tenants/processes'
import { phaseAt, type PhaseName } from './domain/phases'
import { editions, phases } from './tables'
import { phaseLabels } from './domain/statute'

/** Budget editions whose calendar is running (any phase but before the first and after the last), for the JST home page. */
export const budgetProcesses: ProcessSource = async (db: Db, tenant, now) => {
  const rows = await db.select().from(editions).where(eq(editions.tenantId, tenant.id))
  if (rows.length === 0) return []
  const windows = await db.select().from(phases).where(eq(phases.tenantId, tenant.id))
  return rows.flatMap((e) => {
    const current = phaseAt(
      windows
        .filter((w) => w.editionId === e.id)
        .map((w) => ({ phase: w.phase as PhaseName, startsAt: w.startsAt, endsAt: w.endsAt })),
      now,
    )
    return current
      ? [
          {
            module: 'budget' as const,
            id: e.id,
            title: e.title,
            status: phaseLabels[current],
            url: `/${tenant.slug}/bo/${e.year}`,
          },
        ]
      : []
  })
}
