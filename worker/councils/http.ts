import type { Context } from 'hono'
import type { AppEnv } from '../core/http/context'
import { ApiError, notFound } from '../core/http/problem'
import { dayOf } from './domain/dates'
import { findTenantRef } from '../core/tenants/queries'
import { findBody, type CouncilBody } from './queries/bodies-ref'
import { memberByKey, type CouncilMember } from './queries/member-key'

/*
 * The councils' HTTP helpers: what route handlers read from a request (the JST, the body, the member holding the key)
 * before they call an action. The only file of the module besides its route files that knows Hono.
 */

export type Ctx = Context<AppEnv>

const tenantsOfRequests = new WeakMap<object, { id: string; slug: string; name: string }>()

/** The JST named by `:slug` (set by the access check on staff routes, looked up on others), or a Polish 404. */
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

/** The body `:body` of the JST in the path, or a Polish 404. */
export async function bodyFromPath(c: Ctx): Promise<CouncilBody> {
  const tenant = await tenantFromPath(c)
  const slug = c.req.param('body') ?? ''
  const body = /^[a-z0-9-]{1,80}$/.test(slug) ? await findBody(c.get('services').db, tenant.id, slug) : undefined
  if (!body) throw notFound('Nie ma takiej rady.')
  return body
}

/**
 * The member of the body in the path who holds the request's key (`Authorization: Bearer`, read by the access check)
 * with a running mandate. An unknown or expired key is 401 (open the newest link); a member of another body is 403,
 * so a member of one body can neither read nor act in another's space.
 */
export async function memberFromRequest(c: Ctx, body: CouncilBody): Promise<CouncilMember> {
  const key = c.get('accessKey')
  const member = key ? await memberByKey(c.get('services').db, key, dayOf(new Date())) : null
  if (!member) throw new ApiError(401, 'Ten link członka rady jest nieważny lub mandat wygasł. Poproś o nowy link.')
  if (member.bodyId !== body.id)
    throw new ApiError(403, 'Jesteś członkiem innej rady: tu nie możesz czytać ani działać.')
  return member
}
