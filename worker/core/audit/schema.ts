import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { timestamp } from '../db/columns'

/**
 * Append-only record of staff actions. A trigger in the migrations refuses UPDATE and DELETE, so not even a bug in
 * the application can rewrite history.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: text('tenant_id'),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    requestId: text('request_id'),
    ip: text('ip'),
    at: timestamp('at').notNull(),
  },
  (t) => [index('audit_tenant').on(t.tenantId, t.id)],
)
