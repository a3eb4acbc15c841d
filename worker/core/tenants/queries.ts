import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import type { TenantRef } from '../http/context'
import { tenants } from './schema'

export type Tenant = typeof tenants.$inferSelect

const tenantRefPrepared = new WeakMap<object, { execute(p: { s: string }): Promise<TenantRef | undefined> }>()

/** A JST's id, slug and name by its slug: read on every public request, so prepared once per database client. */
export async function findTenantRef(db: Db, slug: string): Promise<TenantRef | undefined> {
  let q = tenantRefPrepared.get(db)
  if (!q) {
    q = db.query.tenants
      .findFirst({ columns: { id: true, slug: true, name: true }, where: eq(tenants.slug, sql.placeholder('s')) })
      .prepare() as never
    tenantRefPrepared.set(db, q!)
  }
  return q!.execute({ s: slug })
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
