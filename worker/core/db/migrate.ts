import type { Client } from '@libsql/client'
import type { Migration } from './bundle'
import { migrations as bundled } from './migrations.generated'

/**
 * Applies the migrations that this database has not seen yet, each in one write batch (a transaction) together with
 * its bookkeeping row, so a crash or a concurrent instance never leaves half a migration behind.
 */
export async function migrate(client: Client, migrations: Migration[] = bundled): Promise<string[]> {
  await client.execute(
    'CREATE TABLE IF NOT EXISTS _migrations (tag TEXT PRIMARY KEY NOT NULL, applied_at INTEGER NOT NULL)',
  )
  const applied = new Set((await client.execute('SELECT tag FROM _migrations')).rows.map((r) => String(r.tag)))
  const done: string[] = []
  for (const m of migrations) {
    if (applied.has(m.tag)) continue
    try {
      await client.batch(
        [
          ...m.statements,
          { sql: 'INSERT INTO _migrations (tag, applied_at) VALUES (?, ?)', args: [m.tag, Date.now()] },
        ],
        'write',
      )
      done.push(m.tag)
    } catch (error) {
      const again = await client.execute({ sql: 'SELECT 1 FROM _migrations WHERE tag = ?', args: [m.tag] })
      if (again.rows.length === 0) throw error
    }
  }
  return done
}
