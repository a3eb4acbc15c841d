import type { Context } from 'hono'
import type { AppEnv } from '../core/http/context'
import { notFound } from '../core/http/problem'
import { findTenantRef } from '../core/tenants/queries'
import { findConsultation, type Consultation } from './queries'

/*
 * The consultations' HTTP helpers: what route handlers read from a request (the JST and consultation named in the
 * path) before they call an action. With `http.ts` in the budget, the only file of the module besides its route files
 * that knows Hono (tests/unit/layers.test.ts).
 */

export type Ctx = Context<AppEnv>

const NO_CONSULTATION = 'Nie ma takich konsultacji.'

const tenantsOfRequests = new WeakMap<object, { id: string; slug: string; name: string }>()

/**
 * The JST named by `:slug` (set by the access check on staff routes, looked up on public ones), or a Polish 404;
 * looked up once per request, however many helpers ask.
 */
export async function tenantFromPath(c: Ctx): Promise<{ id: string; slug: string; name: string }> {
  const known = tenantsOfRequests.get(c.req.raw)
  if (known) return known
  const tenant = c.get('tenant' as never)
    ? c.get('tenant')
    : await findTenantRef(c.get('services').db, c.req.param('slug') ?? '')
  if (!tenant) throw notFound('Nie ma takiej jednostki samorządu.')
  tenantsOfRequests.set(c.req.raw, tenant)
  return tenant
}

/**
 * The consultation `:number` of the JST in the path. `publicOnly` answers a draft as if it did not exist: drafts are
 * the office's until published.
 */
export async function consultationFromPath(c: Ctx, publicOnly: boolean): Promise<Consultation> {
  const tenant = await tenantFromPath(c)
  const raw = c.req.param('number') ?? ''
  const found = /^\d{1,9}$/.test(raw) ? await findConsultation(c.get('services').db, tenant.id, Number(raw)) : undefined
  if (!found || (publicOnly && found.status === 'draft')) throw notFound(NO_CONSULTATION)
  return found
}

/** A version number from the path (`:version`, `:from`, `:to`), or a Polish 404. */
export function versionParam(c: Ctx, name: string): number {
  const raw = c.req.param(name) ?? ''
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) throw notFound('Nie ma takiej wersji projektu.')
  return Number(raw)
}
