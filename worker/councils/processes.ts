import { and, eq, gte, isNull, lte } from 'drizzle-orm'
import type { Db } from '../core/db/client'
import type { ProcessSource } from '../core/tenants/processes'
import { dayOf } from './domain/dates'
import { councilApplications, councilBodies, councilCalls } from './tables'

/**
 * What of the councils a JST's home page lists as running: petitions for a council collecting signatures (confirmed
 * ones: an unconfirmed petition has its deletion date set), and calls
 * for candidates open today (Warsaw day), each with its public page.
 */
export const councilProcesses: ProcessSource = async (db: Db, tenant, now) => {
  const today = dayOf(now)
  const [petitions, calls] = await Promise.all([
    db
      .select({ id: councilApplications.id, number: councilApplications.number, title: councilApplications.title })
      .from(councilApplications)
      .where(
        and(
          eq(councilApplications.tenantId, tenant.id),
          eq(councilApplications.status, 'zbieranie'),
          isNull(councilApplications.eraseAfter),
        ),
      ),
    db
      .select({ id: councilCalls.id, number: councilCalls.number, title: councilCalls.title, body: councilBodies.slug })
      .from(councilCalls)
      .innerJoin(councilBodies, eq(councilBodies.id, councilCalls.bodyId))
      .where(
        and(
          eq(councilCalls.tenantId, tenant.id),
          eq(councilCalls.status, 'otwarty'),
          lte(councilCalls.opensOn, today),
          gte(councilCalls.deadline, today),
        ),
      ),
  ])
  return [
    ...petitions.map((p) => ({
      module: 'councils',
      id: p.id,
      title: p.title,
      status: 'zbieranie podpisów',
      url: `/${tenant.slug}/rady/wnioski/${p.number}`,
    })),
    ...calls.map((c) => ({
      module: 'councils',
      id: c.id,
      title: c.title,
      status: 'nabór kandydatów',
      url: `/${tenant.slug}/rady/nabory/${c.number}`,
    })),
  ]
}
