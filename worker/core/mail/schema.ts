import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../db/columns'

/**
 * Every outgoing e-mail and SMS, whichever driver delivered it: the `outbox` driver stops here. Address, subject and
 * text are kept only in development (worker/core/mail/mailer.ts `outboxOptions`); elsewhere a row is a delivery record —
 * keyed recipient hash, kind, status, error — and `purgeExpired` deletes it after the retention period.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: id(),
    tenantId: text('tenant_id'),
    channel: text('channel').notNull(),
    kind: text('kind').notNull().default('other'),
    recipientHash: text('recipient_hash'),
    to: text('to'),
    subject: text('subject'),
    text: text('text'),
    driver: text('driver').notNull(),
    status: text('status').notNull(),
    error: text('error'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('outbox_created').on(t.createdAt)],
)
