import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../db/columns'

/**
 * Every uploaded file of every module, next to the data it belongs to (one backup, one transaction): `module` and
 * `owner_id` say whose it is (`budget` and a project id for attachments, support-list scans and implementation
 * photos), so a module lists and serves only its own files and core knows no module's tables.
 */
export const files = sqliteTable(
  'files',
  {
    id: id(),
    module: text('module').notNull(),
    tenantId: text('tenant_id').notNull(),
    ownerId: text('owner_id').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('files_owner').on(t.module, t.ownerId)],
)
