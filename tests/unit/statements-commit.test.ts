import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { createClient, type Client, type InStatement, type ResultSet } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import { tuneLocalFile } from '../../worker/core/db/client'
import { statementsCommit } from '../../worker/core/db/group-commit'

const files: string[] = []
const clients: Client[] = []

async function database(): Promise<Client> {
  mkdirSync(resolve('tmp'), { recursive: true })
  const file = resolve('tmp', `statements-commit-${process.pid}-${Math.random().toString(36).slice(2)}.db`)
  files.push(file)
  const client = createClient({ url: `file:${file}` })
  clients.push(client)
  await tuneLocalFile(client, `file:${file}`)
  await client.execute('CREATE TABLE t (n INTEGER NOT NULL CHECK (n >= 0), label TEXT NOT NULL)')
  return client
}

afterEach(() => {
  for (const c of clients.splice(0)) c.close()
  for (const f of files.splice(0)) for (const suffix of ['', '-wal', '-shm']) rmSync(f + suffix, { force: true })
})

/** A caller's statements: two rows, the second answering what it stored. */
const item = (n: number): InStatement[] => [
  { sql: 'INSERT INTO t (n, label) VALUES (?, ?)', args: [n, 'first'] },
  { sql: 'INSERT INTO t (n, label) VALUES (?, ?) RETURNING n, label', args: [n, 'second'] },
]

describe('statementsCommit', () => {
  it('answers each caller of a shared transaction the results of its own statements', async () => {
    const db = await database()
    let batches = 0
    const batch = db.batch.bind(db)
    const client = Object.assign(Object.create(db), {
      batch: (stmts: InStatement[], mode: 'write') => (batches++, batch(stmts, mode)),
    }) as Client
    const writer = statementsCommit(client)
    const answers = await Promise.all(Array.from({ length: 10 }, (_, n) => writer.submit(item(n))))
    expect(batches).toBeLessThan(10)
    answers.forEach((results, n) => {
      expect(results).toHaveLength(2)
      expect(results[1]!.rows.map((r) => [Number(r.n), r.label])).toEqual([[n, 'second']])
    })
    expect(Number((await db.execute('SELECT count(*) AS c FROM t')).rows[0]!.c)).toBe(20)
  })

  it('answers the others their own results when one caller is refused and the rest are run alone', async () => {
    const db = await database()
    const writer = statementsCommit(db)
    const outcomes = await Promise.allSettled([3, -1, 5].map((n) => writer.submit(item(n))))
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const rows = (o: PromiseSettledResult<ResultSet[]>) =>
      o.status === 'fulfilled' ? o.value[1]!.rows.map((r) => Number(r.n)) : null
    expect(outcomes.map(rows)).toEqual([[3], null, [5]])
    expect(Number((await db.execute('SELECT count(*) AS c FROM t')).rows[0]!.c)).toBe(4)
  })
})
