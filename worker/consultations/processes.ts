import { and, eq, gt, lte } from 'drizzle-orm'
import type { Db } from '../core/db/client'
import type { ProcessSource } from '../core/tenants/processes'
import { consultations } from './tables'

/** Consultations open at `now` (published, between their first day and the end of the last), for the JST home page. */
export const consultationProcesses: ProcessSource = async (db: Db, tenant, now) => {
  const rows = await db
    .select({ id: consultations.id, number: consultations.number, title: consultations.title })
    .from(consultations)
    .where(
      and(
        eq(consultations.tenantId, tenant.id),
        eq(consultations.status, 'published'),
        lte(consultations.startsAt, now),
        gt(consultations.endsAt, now),
      ),
    )
  return rows.map((c) => ({
    module: 'consultations',
    id: c.id,
    title: c.title,
    status: 'trwają konsultacje',
    url: `/${tenant.slug}/konsultacje/${c.number}`,
  }))
}
