import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import type { TenantRef } from '../http/context'
import { normalizeText } from '../identity/person'
import { tenants } from '../tenants/schema'
import type { AreaKey } from './areas'
import { LISTED_STATUSES, type OrganizationStatus } from './rules'
import { organizations, organizationTenants } from './tables'

/** One row of the directory, as stored (with its personal data: never sent as it is, see ./views.ts). */
export type Organization = typeof organizations.$inferSelect

/** The platform JSTs an organisation acts in, by name. */
export type OrganizationTenant = TenantRef

export async function organizationById(db: Db, id: string): Promise<Organization | undefined> {
  return db.query.organizations.findFirst({ where: eq(organizations.id, id) })
}

/** A listed entry (pending or verified): what the public may see and contact. */
export async function listedOrganization(db: Db, id: string): Promise<Organization | undefined> {
  return db.query.organizations.findFirst({
    where: and(eq(organizations.id, id), inArray(organizations.status, [...LISTED_STATUSES])),
  })
}

export async function organizationByConfirmHash(db: Db, hash: string): Promise<Organization | undefined> {
  return db.query.organizations.findFirst({ where: eq(organizations.confirmTokenHash, hash) })
}

/** The entry a representative's key opens: its current key, or the new one waiting for its first use. */
export async function organizationByKeyHash(db: Db, hash: string): Promise<Organization | undefined> {
  return db.query.organizations.findFirst({
    where: or(eq(organizations.representativeKeyHash, hash), eq(organizations.representativeNextKeyHash, hash)),
  })
}

/** The listed entry holding a register number, if any: one number is one organisation. */
export async function listedByRegister(
  db: Db,
  registerKey: string,
  registerNumber: string,
): Promise<Organization | undefined> {
  return db.query.organizations.findFirst({
    where: and(
      eq(organizations.registerKey, registerKey),
      eq(organizations.registerNumber, registerNumber),
      inArray(organizations.status, [...LISTED_STATUSES]),
    ),
  })
}

/** Confirmed entries under a contact address (for "send me my link again"): listed or refused, never unconfirmed. */
export async function organizationsOfEmail(db: Db, email: string): Promise<Organization[]> {
  return db
    .select()
    .from(organizations)
    .where(
      and(
        eq(organizations.contactEmail, email),
        inArray(organizations.status, ['pending', 'verified', 'refused'] satisfies OrganizationStatus[]),
      ),
    )
}

/** The JSTs of each organisation, by name; every id of `ids` has an entry. */
export async function tenantsOf(db: Db, ids: readonly string[]): Promise<Map<string, OrganizationTenant[]>> {
  const out = new Map<string, OrganizationTenant[]>(ids.map((id) => [id, []]))
  if (!ids.length) return out
  const rows = await db
    .select({
      organizationId: organizationTenants.organizationId,
      id: tenants.id,
      slug: tenants.slug,
      name: tenants.name,
    })
    .from(organizationTenants)
    .innerJoin(tenants, eq(tenants.id, organizationTenants.tenantId))
    .where(inArray(organizationTenants.organizationId, [...ids]))
    .orderBy(asc(tenants.name))
  for (const r of rows) out.get(r.organizationId)?.push({ id: r.id, slug: r.slug, name: r.name })
  return out
}

/** Whether the organisation acts in the JST: what lets that JST's staff see and decide on it. */
export async function actsIn(db: Db, organizationId: string, tenantId: string): Promise<boolean> {
  const row = await db
    .select({ one: sql<number>`1` })
    .from(organizationTenants)
    .where(and(eq(organizationTenants.organizationId, organizationId), eq(organizationTenants.tenantId, tenantId)))
    .get()
  return row !== undefined
}

/** The platform's JSTs named by these slugs (unknown slugs are left out: the caller names them). */
export async function tenantsBySlugs(db: Db, slugs: readonly string[]): Promise<TenantRef[]> {
  if (!slugs.length) return []
  return db
    .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
    .from(tenants)
    .where(inArray(tenants.slug, [...slugs]))
}

export interface DirectoryFilter {
  /** Only organisations acting in this JST. */
  tenantId?: string
  area?: AreaKey
  /** Words of the name or the register number, in any case, with or without Polish letters. */
  q?: string
  verifiedOnly?: boolean
  page: number
}

export const DIRECTORY_PAGE_SIZE = 50

/**
 * The public directory: listed entries (pending or verified) by the filters, in the order of their folded names, a
 * page at a time. The search folds the query as the names were folded (`normalizeText`), so "Łódź" finds "lodz" and
 * "ŁÓDŹ"; every word must appear.
 */
export async function directory(db: Db, filter: DirectoryFilter): Promise<{ items: Organization[]; total: number }> {
  const where: SQL[] = [
    filter.verifiedOnly ? eq(organizations.status, 'verified') : inArray(organizations.status, [...LISTED_STATUSES]),
  ]
  if (filter.tenantId)
    where.push(
      sql`EXISTS (SELECT 1 FROM ${organizationTenants} WHERE ${organizationTenants.organizationId} = ${organizations.id} AND ${organizationTenants.tenantId} = ${filter.tenantId})`,
    )
  if (filter.area)
    where.push(sql`EXISTS (SELECT 1 FROM json_each(${organizations.areas}) WHERE json_each.value = ${filter.area})`)
  // Folded text holds only letters, digits and spaces, so no word can carry LIKE's wildcards.
  for (const word of normalizeText(filter.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8))
    where.push(sql`${organizations.searchText} LIKE ${`%${word}%`}`)
  const condition = and(...where)
  const [items, [counted]] = await Promise.all([
    db
      .select()
      .from(organizations)
      .where(condition)
      .orderBy(asc(organizations.searchText), asc(organizations.id))
      .limit(DIRECTORY_PAGE_SIZE)
      .offset((filter.page - 1) * DIRECTORY_PAGE_SIZE),
    db.select({ n: count() }).from(organizations).where(condition),
  ])
  return { items, total: counted?.n ?? 0 }
}

/**
 * A JST's staff list: the confirmed entries acting in it (unconfirmed ones are nobody's yet), waiting ones first,
 * then by name; `status` narrows it.
 */
export async function staffList(db: Db, tenantId: string, status?: OrganizationStatus): Promise<Organization[]> {
  return db
    .select()
    .from(organizations)
    .where(
      and(
        status
          ? eq(organizations.status, status)
          : inArray(organizations.status, ['pending', 'verified', 'refused'] satisfies OrganizationStatus[]),
        sql`EXISTS (SELECT 1 FROM ${organizationTenants} WHERE ${organizationTenants.organizationId} = ${organizations.id} AND ${organizationTenants.tenantId} = ${tenantId})`,
      ),
    )
    .orderBy(
      sql`CASE ${organizations.status} WHEN 'pending' THEN 0 WHEN 'verified' THEN 1 ELSE 2 END`,
      asc(organizations.searchText),
    )
}
