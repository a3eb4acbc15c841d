import { and, eq, inArray, lt, or } from 'drizzle-orm'
import { auditLog } from '../audit/schema'
import type { Db } from '../db/client'
import { organizations, organizationTenants } from './tables'
import { tenantsOf } from './queries'
import { auditFacts } from './views'

const DAY = 24 * 60 * 60 * 1000

/**
 * How long the directory keeps an entry, and with it the contact address and the representative's name (the only
 * personal data it holds; the audit log keeps only public facts, see `auditFacts`):
 * - an unconfirmed registration: until a week after its link expired — nobody confirmed the address, so it is
 *   nobody's;
 * - a refused entry: 90 days after the refusal — time to read the reason and register again with correct details;
 * - any other entry: 3 years (the term of an RDPP) after its representative last showed up — confirmed the address or
 *   used their key (`representativeOf` counts every use); an organisation that still exists uses its link at least
 *   that often, and registers again otherwise;
 * - and at once when the representative withdraws it (`withdrawOrganization`).
 */
export const ORGANIZATION_RETENTION = {
  unconfirmedDaysAfterExpiry: 7,
  refusedDays: 90,
  inactiveDays: 3 * 365,
} as const

/**
 * Deletes the entries whose time is up (`ORGANIZATION_RETENTION`), with their JSTs; each deletion of a listed or
 * refused entry leaves an `org.erase` row in the log of each of its JSTs. Runs with the platform's housekeeping
 * (`purgeExpired`, hourly on Node and from the Worker's cron). Returns how many entries were deleted.
 */
export async function purgeOrganizations(db: Db, now = Date.now()): Promise<number> {
  const r = ORGANIZATION_RETENTION
  const due = await db
    .select()
    .from(organizations)
    .where(
      or(
        and(
          eq(organizations.status, 'unconfirmed'),
          lt(organizations.confirmExpiresAt, new Date(now - r.unconfirmedDaysAfterExpiry * DAY)),
        ),
        and(eq(organizations.status, 'refused'), lt(organizations.decidedAt, new Date(now - r.refusedDays * DAY))),
        and(
          inArray(organizations.status, ['pending', 'verified']),
          lt(organizations.lastActiveAt, new Date(now - r.inactiveDays * DAY)),
        ),
      ),
    )
    .limit(500)
  if (!due.length) return 0
  const tenants = await tenantsOf(
    db,
    due.map((o) => o.id),
  )
  for (const o of due) {
    const audit =
      o.status === 'unconfirmed'
        ? []
        : (tenants.get(o.id) ?? []).map((t) =>
            db.insert(auditLog).values({
              tenantId: t.id,
              actorId: null,
              action: 'org.erase',
              entity: 'organization',
              entityId: o.id,
              before: auditFacts(o),
              after: { reason: o.status === 'refused' ? 'refused' : 'inactive' },
              requestId: 'housekeeping',
              at: new Date(now),
            }),
          )
    await db.batch([
      db.delete(organizationTenants).where(eq(organizationTenants.organizationId, o.id)),
      db.delete(organizations).where(eq(organizations.id, o.id)),
      ...audit,
    ])
  }
  return due.length
}
