import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { createClient, type Client } from '@libsql/client/web'
import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHranaServer, type HranaServer } from '../support/hrana-server'

/**
 * The test-only Hrana server, driven by the same HTTP client the Worker uses (`@libsql/client/web`), checked against
 * the libSQL file underneath it.
 */
const dir = resolve('tmp', `hrana-${process.pid}-${Math.random().toString(36).slice(2)}`)
const file = resolve(dir, 'db.sqlite')
let server: HranaServer
let client: Client

const removeFiles = (path: string) => ['', '-wal', '-shm'].forEach((s) => rmSync(path + s, { force: true }))

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  server = await startHranaServer({ file })
  client = createClient({ url: server.url, intMode: 'bigint' })
  await client.execute(
    'CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, qty INTEGER, price REAL, data BLOB)',
  )
})

afterAll(async () => {
  client?.close()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('Hrana v2 server over a libSQL file', () => {
  it('answers the version probes: v2 yes, v3 no (so clients fall back to v2)', async () => {
    expect((await fetch(`${server.url}/v2`)).status).toBe(200)
    expect((await fetch(`${server.url}/v3-protobuf`)).status).toBe(404)
    expect((await fetch(`${server.url}/v3`)).status).toBe(404)
  })

  it('executes statements with arguments of every type and returns them exactly', async () => {
    const big = 9_007_199_254_740_993n // 2^53 + 1: survives only as a decimal string
    const blob = new Uint8Array([0, 1, 2, 254, 255])
    const insert = await client.execute({
      sql: 'INSERT INTO items (name, qty, price, data) VALUES (?, ?, ?, ?)',
      args: ['zażółć "gęślą"', big, 2.5, blob],
    })
    expect(insert.rowsAffected).toBe(1)
    expect(insert.lastInsertRowid).toBe(1n)

    const rs = await client.execute({
      sql: 'SELECT id, name, qty, price, data, NULL AS missing FROM items WHERE id = ?',
      args: [1n],
    })
    expect(rs.columns).toEqual(['id', 'name', 'qty', 'price', 'data', 'missing'])
    expect(rs.columnTypes).toEqual(['INTEGER', 'TEXT', 'INTEGER', 'REAL', 'BLOB', ''])
    expect(rs.rowsAffected).toBe(0)
    const row = rs.rows[0]!
    expect(row.id).toBe(1n)
    expect(row.name).toBe('zażółć "gęślą"')
    expect(row.qty).toBe(big)
    expect(row.price).toBe(2.5)
    expect(new Uint8Array(row.data as ArrayBuffer)).toEqual(blob)
    expect(row.missing).toBeNull()

    const types = await client.execute({
      sql: 'SELECT typeof(?) AS a, typeof(?) AS b, typeof(?) AS c, typeof(?) AS d, typeof(?) AS e, typeof(?) AS f',
      args: [null, 1n, 1.5, 'a', new Uint8Array([1]), true],
    })
    expect(Object.values(types.rows[0]!)).toEqual(['null', 'integer', 'real', 'text', 'blob', 'integer'])
  })

  it('binds named arguments with any prefix', async () => {
    const rs = await client.execute({ sql: 'SELECT :a AS a, @b AS b, $c AS c', args: { a: 'x', b: 2n, c: null } })
    expect(rs.rows[0]).toMatchObject({ a: 'x', b: 2n, c: null })
  })

  it('reports SQLite errors with their own text and code', async () => {
    const error = await client
      .execute({ sql: 'INSERT INTO items (name) VALUES (?)', args: ['zażółć "gęślą"'] })
      .catch((e) => e)
    expect(String(error)).toMatch(/UNIQUE constraint failed: items\.name/)
    expect(error.code).toBe('SQLITE_CONSTRAINT_UNIQUE')
    await expect(client.execute('SELEC 1')).rejects.toThrow(/syntax error/)
  })

  it('runs a write batch atomically: one failing statement rolls back all of it', async () => {
    const ok = await client.batch(
      [
        { sql: 'INSERT INTO items (name, qty) VALUES (?, ?)', args: ['a', 1n] },
        { sql: 'INSERT INTO items (name, qty) VALUES (?, ?)', args: ['b', 2n] },
        "UPDATE items SET qty = qty + 10 WHERE name IN ('a', 'b')",
        { sql: 'SELECT name, qty FROM items WHERE name IN (?, ?) ORDER BY name', args: ['a', 'b'] },
      ],
      'write',
    )
    expect(ok.map((r) => r.rowsAffected)).toEqual([1, 1, 2, 0])
    expect(ok[3]!.rows.map((r) => [r.name, r.qty])).toEqual([
      ['a', 11n],
      ['b', 12n],
    ])

    const failed = await client
      .batch(
        [
          { sql: 'INSERT INTO items (name, qty) VALUES (?, ?)', args: ['c', 3n] },
          'UPDATE items SET qty = 0',
          { sql: 'INSERT INTO items (name) VALUES (?)', args: ['a'] },
        ],
        'write',
      )
      .catch((e) => e)
    expect(String(failed)).toMatch(/UNIQUE constraint failed/)
    const after = await client.execute("SELECT name, qty FROM items WHERE name IN ('a', 'b', 'c') ORDER BY name")
    expect(after.rows.map((r) => [r.name, r.qty])).toEqual([
      ['a', 11n],
      ['b', 12n],
    ])
  })

  it('keeps an interactive transaction on its own connection until rollback or commit', async () => {
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO items (name, qty) VALUES (?, ?)', args: ['tx-rolled-back', 1n] })
    expect((await tx.execute("SELECT count(*) AS n FROM items WHERE name = 'tx-rolled-back'")).rows[0]!.n).toBe(1n)
    // Another stream (a fresh connection) does not see the uncommitted row.
    expect((await client.execute("SELECT count(*) AS n FROM items WHERE name = 'tx-rolled-back'")).rows[0]!.n).toBe(0n)
    await tx.rollback()
    expect((await client.execute("SELECT count(*) AS n FROM items WHERE name = 'tx-rolled-back'")).rows[0]!.n).toBe(0n)

    const tx2 = await client.transaction('write')
    await tx2.batch([{ sql: 'INSERT INTO items (name, qty) VALUES (?, ?)', args: ['tx-committed', 7n] }])
    await tx2.commit()
    expect((await client.execute("SELECT qty FROM items WHERE name = 'tx-committed'")).rows[0]!.qty).toBe(7n)
  })

  it('lets a writer wait (without blocking the server) until another stream commits', async () => {
    const tx = await client.transaction('write')
    await tx.execute("INSERT INTO items (name) VALUES ('holder')")
    const waiting = client.execute("INSERT INTO items (name) VALUES ('waiter')")
    const waitingMany = client.executeMultiple("SELECT 1; INSERT INTO items (name) VALUES ('waiter-2');")
    await new Promise((r) => setTimeout(r, 100))
    await tx.commit()
    await Promise.all([waiting, waitingMany])
    expect(
      (await client.execute("SELECT count(*) AS n FROM items WHERE name IN ('holder', 'waiter', 'waiter-2')")).rows[0]!
        .n,
    ).toBe(3n)
    // Nothing was left holding the lock: an immediate write transaction starts at once.
    const next = await client.transaction('write')
    await next.rollback()
  })

  it('runs several statements with executeMultiple', async () => {
    await client.executeMultiple(`
      CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
      INSERT INTO notes (body) VALUES ('one');
      INSERT INTO notes (body) VALUES ('two; with a semicolon');
    `)
    const rs = await client.execute('SELECT body FROM notes ORDER BY id')
    expect(rs.rows.map((r) => r.body)).toEqual(['one', 'two; with a semicolon'])
  })

  it('has really written everything into the libSQL file', () => {
    const db = new Database(file)
    try {
      const names = (db.prepare('SELECT name FROM items ORDER BY name').all() as { name: string }[]).map((r) => r.name)
      expect(names).toEqual(['a', 'b', 'holder', 'tx-committed', 'waiter', 'waiter-2', 'zażółć "gęślą"'])
      const big = db.prepare('SELECT qty FROM items WHERE id = 1').safeIntegers(true).get() as { qty: bigint }
      expect(big.qty).toBe(9_007_199_254_740_993n)
      expect((db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBe(2)
    } finally {
      db.close()
    }
  })

  it('refuses a reused baton, and answers describe / store_sql / get_autocommit on the wire', async () => {
    const post = (body: unknown) =>
      fetch(`${server.url}/v2/pipeline`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const first = await (
      await post({
        requests: [
          { type: 'store_sql', sql_id: 1, sql: 'SELECT name FROM items WHERE id = ?' },
          { type: 'execute', stmt: { sql_id: 1, args: [{ type: 'integer', value: '2' }], want_rows: true } },
          { type: 'describe', sql: 'INSERT INTO items (name, qty) VALUES (:name, ?2)' },
          { type: 'execute', stmt: { sql: 'BEGIN' } },
          { type: 'get_autocommit' },
          { type: 'execute', stmt: { sql: 'NOT SQL' } },
          {
            type: 'batch',
            batch: {
              steps: [
                { stmt: { sql: 'SELECT 1' } },
                { condition: { type: 'is_autocommit' }, stmt: { sql: 'SELECT 2' } },
                { condition: { type: 'not', cond: { type: 'ok', step: 1 } }, stmt: { sql: 'SELECT 3' } },
              ],
            },
          },
        ],
      })
    ).json()
    expect(first.baton).toEqual(expect.any(String))
    const [stored, executed, described, , autocommit, failed, batch] = first.results
    expect(stored).toEqual({ type: 'ok', response: { type: 'store_sql' } })
    expect(executed.response.result.rows).toEqual([[{ type: 'text', value: 'a' }]])
    expect(described.response.result).toMatchObject({
      params: [{ name: ':name' }, { name: null }],
      cols: [],
      is_explain: false,
      is_readonly: false,
    })
    expect(autocommit.response).toEqual({ type: 'get_autocommit', is_autocommit: false })
    expect(failed).toMatchObject({ type: 'error', error: { code: 'SQLITE_ERROR' } })
    expect(batch.response.result.step_results.map((r: unknown) => (r === null ? null : 'ran'))).toEqual([
      'ran',
      null,
      'ran',
    ])

    const second = await post({
      baton: first.baton,
      requests: [{ type: 'execute', stmt: { sql: 'ROLLBACK' } }, { type: 'close' }],
    })
    expect(second.status).toBe(200)
    expect((await second.json()).baton).toBeNull()
    const reused = await post({ baton: first.baton, requests: [{ type: 'close' }] })
    expect(reused.status).toBe(400)
  })
})

describe('Hrana server options', () => {
  it('checks the bearer token when one is configured', async () => {
    const tokenFile = resolve(dir, 'token.sqlite')
    const s = await startHranaServer({ file: tokenFile, authToken: 'sekret' })
    try {
      await expect(createClient({ url: s.url, authToken: 'wrong' }).execute('SELECT 1')).rejects.toThrow()
      await expect(createClient({ url: s.url }).execute('SELECT 1')).rejects.toThrow()
      const ok = createClient({ url: s.url, authToken: 'sekret' })
      expect((await ok.execute('SELECT 1 AS one')).rows[0]!.one).toBe(1)
      ok.close()
    } finally {
      await s.close()
      removeFiles(tokenFile)
    }
  })

  it('expires idle streams and rolls back what they left open', async () => {
    const idleFile = resolve(dir, 'idle.sqlite')
    const s = await startHranaServer({ file: idleFile, streamIdleMs: 150 })
    const c = createClient({ url: s.url })
    try {
      await c.execute('CREATE TABLE t (x)')
      const tx = await c.transaction('write')
      await tx.execute('INSERT INTO t VALUES (1)')
      await new Promise((r) => setTimeout(r, 400))
      await expect(tx.execute('INSERT INTO t VALUES (2)')).rejects.toThrow()
      tx.close()
      expect((await c.execute('SELECT count(*) AS n FROM t')).rows[0]!.n).toBe(0)
    } finally {
      c.close()
      await s.close()
      removeFiles(idleFile)
    }
  })
})
