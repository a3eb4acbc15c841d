import { eq } from 'drizzle-orm'
import { Context } from 'hono'
import { loadUser } from '../../core/auth/session'
import { users } from '../../core/auth/schema'
import type { Db } from '../../core/db/client'
import type { AppConfig, AppEnv, Role, Services, TenantRef } from '../../core/http/context'
import { storedRateLimiter } from '../../core/http/rate-limit'
import { createMailer, createSmsSender } from '../../core/mail/mailer'
import { databaseFileStore } from '../../core/files/store'

/**
 * The request context the demo seed acts in. The budget module's actions take Hono's context (services, settings,
 * the signed-in user, the JST), because that is how requests reach them; the seed builds the same context without a
 * request, so it calls the very functions the routes call instead of writing rows of its own. A context carries the
 * request id `demo-seed`, which marks every audit entry the seed causes.
 */
export type SeedContext = Context<AppEnv>

/** Services over `db` as `npm start` builds them, with e-mail and SMS kept in the outbox (the seed sends none). */
export function seedServices(db: Db): Services {
  return {
    db,
    mailer: createMailer(db, { kind: 'outbox' }),
    sms: createSmsSender(db, { kind: 'outbox' }),
    rateLimiter: storedRateLimiter(db),
    files: databaseFileStore(db),
  }
}

/**
 * A context acting for `email` (a staff account of the JST, signed in with `role`), or for a resident without an
 * account when `email` is null, as the public routes see them.
 */
export async function seedContext(
  services: Services,
  config: AppConfig,
  tenant: TenantRef,
  email: string | null,
  role?: Role,
): Promise<SeedContext> {
  const c = new Context<AppEnv>(new Request('http://localhost/'))
  c.set('services', services)
  c.set('config', config)
  c.set('tenant', tenant)
  c.set('requestId', 'demo-seed')
  c.set('sessionId', null)
  c.set('user', null)
  if (email) {
    const row = await services.db.query.users.findFirst({ where: eq(users.email, email) })
    const user = row ? await loadUser(services.db, row.id) : null
    const membership = user?.memberships.find((m) => m.tenantId === tenant.id && (!role || m.role === role))
    if (!user || !membership) throw new Error(`Demo: brak konta ${email} z rolą ${role ?? 'w JST'} w ${tenant.slug}.`)
    c.set('user', user)
    c.set('role', membership.role)
  }
  return c
}
