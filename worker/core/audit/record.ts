import type { Context } from 'hono'
import type { AppEnv } from '../http/context'
import { auditLog } from './schema'
import { clientIp } from '../http/request'

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
