import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../db/columns'

/**
 * One-time codes that open an account-free vote, for every module: a budget edition (`module` `bo`) or a council
 * election (`rd`), named by `process_id`. The address is kept only as a keyed hash, the code only as a keyed hash,
 * and wrong attempts are counted so a code cannot be guessed.
 */
export const voteCodes = sqliteTable(
  'vote_codes',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    module: text('module').notNull(),
    processId: text('process_id').notNull(),
    channel: text('channel').notNull(),
    addressKey: text('address_key').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    usedAt: timestamp('used_at'),
  },
  (t) => [index('vote_codes_address').on(t.processId, t.addressKey)],
)
