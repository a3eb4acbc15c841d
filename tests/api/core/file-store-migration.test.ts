import { createHash } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openClient } from '../../../worker/core/db/client'
import { migrate } from '../../../worker/core/db/migrate'
import { migrations } from '../../../worker/core/db/migrations.generated'

/**
 * The generic file store (`files`, keyed by module and owner) replaced `bo_attachments`: a database from before the
 * change, with a project's attachments, its support-list scan and an implementation photo, migrates with every file
 * intact — the same count, ids, owners, kinds, names, types, sizes, dates and bytes.
 */
const path = resolve('tmp', `file-store-${process.pid}.db`)
afterAll(() => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
})

const digest = (bytes: ArrayBuffer | Uint8Array) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex')

describe('the file store migration', () => {
  it('carries every budget attachment and photo over, byte for byte', async () => {
    mkdirSync(resolve('tmp'), { recursive: true })
    const client = openClient({ url: `file:${path}` })
    const before = migrations.findIndex((m) => m.tag === '0015_file_store')
    expect(before).toBeGreaterThan(0)
    await migrate(client, migrations.slice(0, before))

    const now = Date.now()
    // Only the files matter here: their project, edition and JST rows are left out, with foreign keys off.
    await client.execute('PRAGMA foreign_keys = OFF')
    const files = [
      { id: 'f1', kind: 'document', name: 'opis.pdf', mime: 'application/pdf', bytes: Buffer.from('%PDF-1.4 opis') },
      {
        id: 'f2',
        kind: 'support-list',
        name: 'lista.pdf',
        mime: 'application/pdf',
        bytes: Buffer.from('%PDF-1.4 lista poparcia'),
      },
      {
        id: 'f3',
        kind: 'implementation-photo',
        name: 'ławki.png',
        mime: 'image/png',
        bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]),
      },
    ]
    for (const [i, f] of files.entries()) {
      await client.execute({
        sql: 'INSERT INTO bo_attachments (id, tenant_id, project_id, kind, name, mime, size, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        args: [f.id, 't1', 'pr1', f.kind, f.name, f.mime, f.bytes.length, f.bytes, now + i],
      })
    }

    expect(await migrate(client)).toEqual(migrations.slice(before).map((m) => m.tag))
    const { rows } = await client.execute(
      'SELECT id, module, tenant_id, owner_id, kind, name, mime, size, data, created_at FROM files ORDER BY created_at',
    )
    expect(rows.length).toBe(files.length)
    rows.forEach((row, i) => {
      const f = files[i]!
      expect({ ...row, data: digest(row.data as ArrayBuffer) }).toMatchObject({
        id: f.id,
        module: 'budget',
        tenant_id: 't1',
        owner_id: 'pr1',
        kind: f.kind,
        name: f.name,
        mime: f.mime,
        size: f.bytes.length,
        data: digest(f.bytes),
        created_at: now + i,
      })
    })
    const left = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'bo_attachments'")
    expect(left.rows).toEqual([])
    client.close()
  })
})
