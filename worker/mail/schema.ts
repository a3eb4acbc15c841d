import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../db/columns'

/** Every outgoing e-mail and SMS, whichever driver delivered it: the `outbox` driver stops here. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: id(),
    tenantId: text('tenant_id'),
    channel: text('channel').notNull(),
    to: text('to').notNull(),
    subject: text('subject'),
    text: text('text').notNull(),
    driver: text('driver').notNull(),
    status: text('status').notNull(),
    error: text('error'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('outbox_created').on(t.createdAt)],
)
