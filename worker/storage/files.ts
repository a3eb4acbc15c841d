import { and, eq } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { attachments } from '../budget/schema'
import type { Db } from '../db/client'

export interface StoredFileMeta {
  id: string
  tenantId: string
  ownerId: string
  kind: string
  name: string
  mime: string
  size: number
  createdAt: Date
}

/**
 * Where uploaded files live. The database driver keeps them next to the data (one backup, one transaction);
 * an object-storage driver (R2, S3) can implement the same four calls when files grow large.
 * `insert` and `remove` return statements for the caller's `db.batch`, so a file and the change that needs it land
 * together.
 */
export interface FileStore {
  insert(meta: StoredFileMeta, bytes: Uint8Array): BatchItem<'sqlite'>
  remove(tenantId: string, id: string): BatchItem<'sqlite'>
  read(tenantId: string, ownerId: string, id: string): Promise<(StoredFileMeta & { bytes: Uint8Array }) | undefined>
  list(tenantId: string, ownerId: string): Promise<StoredFileMeta[]>
}

/** Files as BLOBs in the `bo_attachments` table. */
export function databaseFileStore(db: Db): FileStore {
  const meta = (r: typeof attachments.$inferSelect): StoredFileMeta => ({
    id: r.id,
    tenantId: r.tenantId,
    ownerId: r.projectId,
    kind: r.kind,
    name: r.name,
    mime: r.mime,
    size: r.size,
    createdAt: r.createdAt,
  })
  return {
    insert: (m, bytes) =>
      db.insert(attachments).values({
        id: m.id,
        tenantId: m.tenantId,
        projectId: m.ownerId,
        kind: m.kind,
        name: m.name,
        mime: m.mime,
        size: m.size,
        data: bytes as never,
        createdAt: m.createdAt,
      }),
    remove: (tenantId, id) =>
      db.delete(attachments).where(and(eq(attachments.tenantId, tenantId), eq(attachments.id, id))),
    async read(tenantId, ownerId, id) {
      const row = await db.query.attachments.findFirst({
        where: and(eq(attachments.tenantId, tenantId), eq(attachments.projectId, ownerId), eq(attachments.id, id)),
      })
      return row ? { ...meta(row), bytes: new Uint8Array(row.data as unknown as ArrayBuffer) } : undefined
    },
    async list(tenantId, ownerId) {
      const rows = await db
        .select({
          id: attachments.id,
          tenantId: attachments.tenantId,
          projectId: attachments.projectId,
          kind: attachments.kind,
          name: attachments.name,
          mime: attachments.mime,
          size: attachments.size,
          createdAt: attachments.createdAt,
        })
        .from(attachments)
        .where(and(eq(attachments.tenantId, tenantId), eq(attachments.projectId, ownerId)))
      return rows.map((r) => meta({ ...r, data: null as never }))
    },
  }
}
