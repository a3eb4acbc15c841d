import { eq } from 'drizzle-orm'
import { loadUser } from './auth/session'
import { users } from './auth/schema'
import type { Deps } from './deps'
import type { AppConfig, Role, Services, TenantRef } from './http/context'

/**
 * The dependencies a module's demo seed acts with: a seed calls the very actions the routes call (no rows of its own),
 * as `email` (a staff account of the JST, signed in with `role`) or as a resident without an account when `email` is
 * null. Every audit entry it causes carries the request id `demo-seed`. In core, so every module's seed acts alike
 * without reaching into another module.
 */
export async function seedDeps(
  services: Services,
  config: AppConfig,
  tenant: TenantRef,
  email: string | null,
  role?: Role,
): Promise<Deps> {
  const deps: Deps = {
    ...services,
    config,
    user: null,
    role: null,
    requestId: 'demo-seed',
    ip: 'demo',
    // The demo JST is Polish: its residents, staff and organisations write in Polish.
    lang: 'pl',
    now: () => new Date(),
  }
  if (!email) return deps
  const row = await services.db.query.users.findFirst({ where: eq(users.email, email) })
  const user = row ? await loadUser(services.db, row.id) : null
  const membership = user?.memberships.find((m) => m.tenantId === tenant.id && (!role || m.role === role))
  if (!user || !membership) throw new Error(`Demo: brak konta ${email} z rolą ${role ?? 'w JST'} w ${tenant.slug}.`)
  return { ...deps, user, role: membership.role }
}
