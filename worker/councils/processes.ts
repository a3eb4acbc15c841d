import { and, eq, gte, isNull, lte } from 'drizzle-orm'
import type { Db } from '../core/db/client'
import type { ProcessSource } from '../core/tenants/processes'
import { dayOf } from './domain/dates'
import { councilApplications, councilBodies, councilCalls, councilElections } from './tables'

/**
 * What of the councils a JST's home page lists as running: petitions for a council collecting signatures (confirmed
 * ones: an unconfirmed petition has its deletion date set), calls for candidates open today (Warsaw day), and
 * elections whose voting runs today (the first and the last day count, until staff count them), each with its public
 * page — where residents find the vote.
 */
export const councilProcesses: ProcessSource = async (db: Db, tenant, now) => {
  const today = dayOf(now)
  const [petitions, calls, elections] = await Promise.all([
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
    db
      .select({ id: councilElections.id, number: councilCalls.number, title: councilCalls.title })
      .from(councilElections)
      .innerJoin(councilCalls, eq(councilCalls.id, councilElections.callId))
      .where(
        and(
          eq(councilElections.tenantId, tenant.id),
          lte(councilElections.votingFrom, today),
          gte(councilElections.votingTo, today),
          isNull(councilElections.countedAt),
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
    ...elections.map((e) => ({
      module: 'councils',
      id: e.id,
      title: e.title,
      status: 'głosowanie',
      url: `/${tenant.slug}/rady/nabory/${e.number}/wybory`,
    })),
  ]
}
