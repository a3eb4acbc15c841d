import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/client'
import type { TenantRef } from '../http/context'
import { tenants } from './schema'

export type Tenant = typeof tenants.$inferSelect

export async function findTenantRef(db: Db, slug: string): Promise<TenantRef | undefined> {
  return db.query.tenants.findFirst({ columns: { id: true, slug: true, name: true }, where: eq(tenants.slug, slug) })
}

export async function findTenant(db: Db, slug: string): Promise<Tenant | undefined> {
  return db.query.tenants.findFirst({ where: eq(tenants.slug, slug) })
}

export async function listTenants(db: Db): Promise<Tenant[]> {
  return db.select().from(tenants).orderBy(asc(tenants.name))
}

/** The public face of a tenant: everything but internal ids and timestamps. */
export function publicTenant(t: Tenant) {
  return {
    slug: t.slug,
    name: t.name,
    kind: t.kind,
    teryt: t.teryt,
    population: t.population,
    bipUrl: t.bipUrl,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
    address: t.address,
    iodName: t.iodName,
    iodEmail: t.iodEmail,
    logoUrl: t.logoUrl,
    a11yPublishedOn: t.a11yPublishedOn,
    a11yUpdatedOn: t.a11yUpdatedOn,
  }
}

/** Empty strings from forms mean "no value". */
export function blanksToNull<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, val]) => [k, val === '' ? null : val])) as T
}
