import { eq } from 'drizzle-orm'
import { loadUser } from '../../core/auth/session'
import { users } from '../../core/auth/schema'
import type { Deps } from '../../core/deps'
import type { AppConfig, Role, Services, TenantRef } from '../../core/http/context'

/**
 * The dependencies the consultations demo seed acts with: the seed calls the very actions the routes call (no rows of
 * its own), as `email` (a staff account of the JST, signed in with `role`) or as someone without an account when
 * `email` is null. Every audit entry it causes carries the request id `demo-seed`. A copy of the budget's
 * (worker/budget/demo/context.ts) rather than an import, since a module reaches another only through its `index.ts`.
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
    // The demo JST is Polish: its staff and its organisations write in Polish.
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
