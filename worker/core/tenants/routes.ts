import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import * as v from 'valibot'
import { auditInsert } from '../audit/record'
import { newId } from '../ids'
import type { Api } from '../http/endpoint'
import { endpoint } from '../http/endpoint'
import { ApiError, notFound } from '../http/problem'
import type { AppEnv } from '../http/context'
import type { ProcessSource } from './processes'
import { blanksToNull, findTenant, listTenants, publicTenant, type Tenant } from './queries'
import { tenants } from './schema'
import {
  createTenantSchema,
  tenantHomeSchema,
  tenantListSchema,
  tenantPublicSchema,
  updateProfileSchema,
  updateTenantSchema,
} from './schemas'
import { depsOf } from '../deps'

const today = () => new Date().toISOString().slice(0, 10)

function isUniqueViolation(e: unknown): boolean {
  const text = String((e as { cause?: unknown })?.cause ?? '') + String(e)
  return /UNIQUE constraint failed/i.test(text)
}

/** Public JST pages and the operator's and admins' management of JST details. */
export function tenantRoutes(api: Api, processSources: ProcessSource[] = []): void {
  endpoint(
    api,
    {
      method: 'get',
      path: '/jst',
      summary: 'Lista jednostek samorządu na platformie',
      tags: ['JST'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista', schema: tenantListSchema } },
    },
    async (c) => {
      const items = (await listTenants(c.get('services').db)).map((t) => ({ slug: t.slug, name: t.name, kind: t.kind }))
      return c.json({ items })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug',
      summary: 'Strona główna JST z aktywnymi procesami',
      tags: ['JST'],
      access: { kind: 'public' },
      responses: { 200: { description: 'JST', schema: tenantHomeSchema } },
    },
    async (c) => {
      const { db } = c.get('services')
      const tenant = await findTenant(db, c.req.param('slug')!)
      if (!tenant) throw notFound('Nie ma takiej jednostki samorządu.')
      const now = new Date()
      const processes = (await Promise.all(processSources.map((source) => source(db, tenant, now)))).flat()
      return c.json({ ...publicTenant(tenant), processes })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/admin/jst',
      summary: 'Wszystkie JST (operator)',
      tags: ['Operator'],
      access: { kind: 'operator' },
      responses: { 200: { description: 'Lista', schema: v.object({ items: v.array(tenantPublicSchema) }) } },
    },
    async (c) => {
      return c.json({ items: (await listTenants(c.get('services').db)).map(publicTenant) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/admin/jst',
      summary: 'Utworzenie JST (operator)',
      tags: ['Operator'],
      access: { kind: 'operator' },
      body: createTenantSchema,
      responses: { 201: { description: 'Utworzono', schema: tenantPublicSchema } },
    },
    async (c, { body }) => {
      const { db } = c.get('services')
      const now = new Date()
      const b = blanksToNull(body)
      const row: Tenant = {
        id: newId(),
        slug: b.slug,
        name: b.name,
        teryt: b.teryt,
        kind: b.kind,
        population: b.population,
        bipUrl: b.bipUrl ?? null,
        contactEmail: b.contactEmail,
        contactPhone: b.contactPhone ?? null,
        address: b.address ?? null,
        iodName: b.iodName ?? null,
        iodEmail: b.iodEmail ?? null,
        logoUrl: b.logoUrl ?? null,
        a11yPublishedOn: b.a11yPublishedOn ?? today(),
        a11yUpdatedOn: b.a11yUpdatedOn ?? today(),
        createdAt: now,
        updatedAt: now,
      }
      try {
        await db.batch([
          db.insert(tenants).values(row),
          auditInsert(depsOf(c), {
            tenantId: row.id,
            action: 'tenant.create',
            entity: 'tenant',
            entityId: row.id,
            after: publicTenant(row),
          }),
        ])
      } catch (e) {
        if (isUniqueViolation(e))
          throw new ApiError(409, 'JST o takim adresie już istnieje.', {
            errors: [{ field: 'slug', detail: 'Ten adres jest już zajęty.' }],
          })
        throw e
      }
      return c.json(publicTenant(row), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: '/admin/jst/:slug',
      summary: 'Zmiana danych JST (operator)',
      tags: ['Operator'],
      access: { kind: 'operator' },
      body: updateTenantSchema,
      responses: { 200: { description: 'Zmieniono', schema: tenantPublicSchema } },
    },
    async (c, { body }) => {
      return c.json(await updateTenant(c, c.req.param('slug')!, body))
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: '/jst/:slug/staff/profile',
      summary: 'Zmiana publicznych danych własnej JST',
      tags: ['Panel JST'],
      access: { kind: 'tenant', roles: ['admin'] },
      body: updateProfileSchema,
      responses: { 200: { description: 'Zmieniono', schema: tenantPublicSchema } },
    },
    async (c, { body }) => {
      return c.json(await updateTenant(c, c.get('tenant').slug, body))
    },
  )
}

async function updateTenant(c: Context<AppEnv>, slug: string, changes: Record<string, unknown>) {
  const { db } = c.get('services')
  const before = await findTenant(db, slug)
  if (!before) throw notFound('Nie ma takiej jednostki samorządu.')
  const after = { ...before, ...blanksToNull(changes), updatedAt: new Date() }
  await db.batch([
    db.update(tenants).set(after).where(eq(tenants.id, before.id)),
    auditInsert(depsOf(c), {
      tenantId: before.id,
      action: 'tenant.update',
      entity: 'tenant',
      entityId: before.id,
      before: publicTenant(before),
      after: publicTenant(after),
    }),
  ])
  return publicTenant(after)
}
