import type { MiddlewareHandler } from 'hono'
import type { Access } from '../http/endpoint'
import type { AppEnv, Role } from '../http/context'
import { ApiError, forbidden, notFound, unauthorized } from '../http/problem'
import { findTenantRef } from '../tenants/queries'
import { readSession } from './session'

/**
 * The server-side gate in front of every endpoint: it decides from the session and the `:slug` in the path, never
 * from anything the browser claims about itself.
 */
export function accessControl(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access.kind === 'public') return next()
    if (access.kind === 'development') {
      if (c.get('config').appEnv !== 'development') throw notFound()
      return next()
    }
    if (access.kind === 'key') {
      const key = bearerKey(c.req.header('authorization'))
      if (!key) throw new ApiError(401, 'Otwórz link z e-maila: ta strona wymaga klucza dostępu.')
      c.set('accessKey', key)
      return next()
    }
    const session = await readSession(c)
    if (!session) throw unauthorized()
    c.set('user', session.user)
    c.set('sessionId', session.sessionId)
    if (access.kind === 'user') return next()
    if (access.kind === 'operator') {
      if (!session.user.isOperator) throw forbidden('Tę operację może wykonać tylko operator platformy.')
      return next()
    }
    const tenant = await findTenantRef(c.get('services').db, c.req.param('slug') ?? '')
    if (!tenant) throw notFound('Nie ma takiej jednostki samorządu.')
    const membership = session.user.memberships.find((m) => m.tenantId === tenant.id)
    if (membership && access.roles.includes(membership.role)) {
      c.set('tenant', tenant)
      c.set('role', membership.role as Role)
      return next()
    }
    if (access.operator && session.user.isOperator) {
      c.set('tenant', tenant)
      c.set('role', 'operator')
      return next()
    }
    throw forbidden(
      membership
        ? 'Twoja rola w tej jednostce nie pozwala na tę operację.'
        : 'Nie należysz do zespołu tej jednostki samorządu.',
    )
  }
}

/** The key of `Authorization: Bearer <key>`, or null when the header is missing or malformed. */
export function bearerKey(header: string | undefined): string | null {
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '')
  return m ? m[1]! : null
}
