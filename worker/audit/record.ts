import type { Context } from 'hono'
import type { AppEnv } from '../http/context'
import { auditLog } from './schema'

export interface AuditEntry {
  tenantId: string | null
  action: string
  entity: string
  entityId?: string | null
  before?: unknown
  after?: unknown
}

/**
 * Builds (does not run) the insert of one audit row with the request's actor, id and address, so a handler can put
 * it in the same `db.batch` as the change it describes: both land or neither does.
 */
export function auditInsert(c: Context<AppEnv>, entry: AuditEntry, actorId?: string | null) {
  return c
    .get('services')
    .db.insert(auditLog)
    .values({
      tenantId: entry.tenantId,
      actorId: actorId ?? c.get('user')?.id ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: c.get('requestId') ?? null,
      ip: clientIp(c),
      at: new Date(),
    })
}

/**
 * The caller's address. On Node it is the socket's peer unless `TRUST_PROXY=true` says a reverse proxy sets
 * `X-Forwarded-For` (otherwise anyone could dodge per-address limits by sending that header); on Workers it is
 * Cloudflare's own `CF-Connecting-IP`. Of `X-Forwarded-For` only the last entry counts: the proxy appends the
 * address it saw to whatever the client sent, so earlier entries are the client's own invention.
 */
export function clientIp(c: Context<AppEnv>): string {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
  if (!socket) return c.req.header('cf-connecting-ip') ?? 'unknown'
  if (c.get('config').trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim()
    if (forwarded) return forwarded
  }
  return socket.remoteAddress ?? 'unknown'
}
