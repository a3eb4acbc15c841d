import { and, eq } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Db } from '../db/client'
import { files } from './schema'

export interface StoredFileMeta {
  id: string
  /** The module the file belongs to (`budget`); it reads only its own files. */
  module: string
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
  remove(module: string, tenantId: string, id: string): BatchItem<'sqlite'>
  read(
    module: string,
    tenantId: string,
    ownerId: string,
    id: string,
  ): Promise<(StoredFileMeta & { bytes: Uint8Array }) | undefined>
  list(module: string, tenantId: string, ownerId: string): Promise<StoredFileMeta[]>
}

/** Files as BLOBs in the `files` table. */
export function databaseFileStore(db: Db): FileStore {
  const columns = {
    id: files.id,
    module: files.module,
    tenantId: files.tenantId,
    ownerId: files.ownerId,
    kind: files.kind,
    name: files.name,
    mime: files.mime,
    size: files.size,
    createdAt: files.createdAt,
  }
  const owned = (module: string, tenantId: string, ownerId: string) =>
    and(eq(files.module, module), eq(files.tenantId, tenantId), eq(files.ownerId, ownerId))
  return {
    insert: (m, bytes) => db.insert(files).values({ ...m, data: bytes as never }),
    remove: (module, tenantId, id) =>
      db.delete(files).where(and(eq(files.module, module), eq(files.tenantId, tenantId), eq(files.id, id))),
    async read(module, tenantId, ownerId, id) {
      const [row] = await db
        .select({ ...columns, data: files.data })
        .from(files)
        .where(and(owned(module, tenantId, ownerId), eq(files.id, id)))
      if (!row) return undefined
      const { data, ...meta } = row
      return { ...meta, bytes: new Uint8Array(data as unknown as ArrayBuffer) }
    },
    list: (module, tenantId, ownerId) =>
      db
        .select(columns)
        .from(files)
        .where(owned(module, tenantId, ownerId))
        .orderBy(files.createdAt),
  }
}
