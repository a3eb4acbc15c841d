import type { Deps } from '../deps'
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
export function auditInsert(
  deps: Pick<Deps, 'db' | 'user' | 'requestId' | 'ip' | 'now'>,
  entry: AuditEntry,
  actorId?: string | null,
) {
  return deps.db.insert(auditLog).values({
    tenantId: entry.tenantId,
    actorId: actorId ?? deps.user?.id ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: deps.requestId,
    ip: deps.ip,
    at: deps.now(),
  })
}
