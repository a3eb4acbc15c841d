import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { createClient as createHttpClient } from '@libsql/client/web'
import { and, eq, isNull, sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/libsql'
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { tuneLocalFile } from '../../worker/core/db/client'
import { guardedBatch, isGuardRefusal, requireChanged } from '../../worker/core/db/guard'
import { migrate } from '../../worker/core/db/migrate'
import { startHranaServer, type HranaServer } from '../support/hrana-server'

/**
 * `requireChanged` / `guardedBatch` (worker/core/db/guard.ts) on a real libSQL file, through both clients the app uses:
 * the native one (Node, one shared connection) and the HTTP one (Workers, one client per request) via the test Hrana
 * server. The guard table comes from the app's own migrations.
 */
const questions = sqliteTable('q', { id: text('id').primaryKey(), answer: text('answer') })
const events = sqliteTable('ev', {
  id: integer('id').primaryKey(),
  questionId: text('question_id').notNull(),
  note: text('note').notNull(),
})

const dir = resolve('tmp', `write-guard-${process.pid}-${Math.random().toString(36).slice(2)}`)
const clients: Client[] = []
let server: HranaServer | undefined

beforeAll(() => mkdirSync(dir, { recursive: true }))
afterEach(() => {
  for (const c of clients.splice(0)) c.close()
})
afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function localFile(name: string) {
  const url = `file:${resolve(dir, `${name}.db`)}`
  const client = createClient({ url })
  clients.push(client)
  await tuneLocalFile(client, url)
  await migrate(client)
  await client.batch(
    [
      'CREATE TABLE q (id TEXT PRIMARY KEY, answer TEXT)',
      'CREATE TABLE ev (id INTEGER PRIMARY KEY, question_id TEXT NOT NULL, note TEXT NOT NULL)',
      "INSERT INTO q (id) VALUES ('q1'), ('q2')",
    ],
    'write',
  )
  return client
}

/** One answer: the guarded UPDATE, the guard, then the history row that must exist only if the UPDATE happened. */
function answer(client: Client, id: string, text: string) {
  const db = drizzle(client)
  return guardedBatch(
    db,
    [
      db
        .update(questions)
        .set({ answer: text })
        .where(and(eq(questions.id, id), isNull(questions.answer))),
      requireChanged(db),
      db.insert(events).values({ questionId: id, note: text }),
    ],
    () => new Error(`taken: ${text}`),
  )
}

async function state(client: Client) {
  const db = drizzle(client)
  return {
    questions: await db.select().from(questions).orderBy(questions.id),
    events: await db.select().from(events).orderBy(events.id),
  }
}

describe('guardedBatch on a local libSQL file', () => {
  it('keeps the whole batch when the guarded UPDATE changed its row', async () => {
    const client = await localFile('ok')
    await answer(client, 'q1', 'pierwsza')
    expect(await state(client)).toEqual({
      questions: [
        { id: 'q1', answer: 'pierwsza' },
        { id: 'q2', answer: null },
      ],
      events: [{ id: 1, questionId: 'q1', note: 'pierwsza' }],
    })
  })

  it('rolls back everything, also statements before the guard, and throws the conflict instead', async () => {
    const client = await localFile('refused')
    await answer(client, 'q1', 'pierwsza')
    const db = drizzle(client)
    const second = guardedBatch(
      db,
      [
        db.insert(events).values({ questionId: 'q2', note: 'przed' }),
        db
          .update(questions)
          .set({ answer: 'druga' })
          .where(and(eq(questions.id, 'q1'), isNull(questions.answer))),
        requireChanged(db),
        db.insert(events).values({ questionId: 'q1', note: 'druga' }),
      ],
      () => new Error('taken'),
    )
    await expect(second).rejects.toThrow('taken')
    expect(await state(client)).toEqual({
      questions: [
        { id: 'q1', answer: 'pierwsza' },
        { id: 'q2', answer: null },
      ],
      events: [{ id: 1, questionId: 'q1', note: 'pierwsza' }],
    })
    expect(Number((await client.execute('SELECT count(*) AS n FROM db_write_guards')).rows[0]!.n)).toBe(0)
  })

  it('lets exactly one of many concurrent answers win on the shared connection', async () => {
    const client = await localFile('race')
    for (let round = 0; round < 5; round++) {
      const id = `r${round}`
      await client.execute({ sql: 'INSERT INTO q (id) VALUES (?)', args: [id] })
      const outcomes = await Promise.allSettled(['a', 'b', 'c', 'd'].map((x) => answer(client, id, `${x}${round}`)))
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
      for (const o of outcomes) if (o.status === 'rejected') expect(String(o.reason)).toMatch(/taken: /)
      const rows = (await state(client)).events.filter((e) => e.questionId === id)
      expect(rows).toHaveLength(1)
      expect((await state(client)).questions.find((q) => q.id === id)!.answer).toBe(rows[0]!.note)
    }
  })

  it('checks the exact count given, and passes other errors through untouched', async () => {
    const client = await localFile('count')
    const db = drizzle(client)
    // Both rows change: a guard expecting 2 lets the batch through, one expecting 1 refuses it.
    await guardedBatch(
      db,
      [db.update(questions).set({ answer: sql`'x'` }), requireChanged(db, 2)],
      () => new Error('never'),
    )
    await expect(
      guardedBatch(db, [db.update(questions).set({ answer: 'y' }), requireChanged(db)], () => new Error('refused')),
    ).rejects.toThrow('refused')
    const failure = await guardedBatch(
      db,
      [db.insert(questions).values({ id: 'q1' }), requireChanged(db)],
      () => new Error('refused'),
    ).catch((e: unknown) => e)
    expect(isGuardRefusal(failure)).toBe(false)
    expect(String((failure as { cause?: unknown }).cause ?? failure)).toMatch(/UNIQUE constraint failed/)
    expect((await state(client)).questions.map((q) => q.answer)).toEqual(['x', 'x'])
  })
})

describe('guardedBatch over libSQL HTTP (as on Workers)', () => {
  it('lets exactly one of several clients win, each with its own connection, and rolls the others back', async () => {
    const file = resolve(dir, 'http.db')
    const setup = await localFile('http')
    setup.close()
    server = await startHranaServer({ file })
    for (let round = 0; round < 5; round++) {
      const id = `h${round}`
      const admin = createHttpClient({ url: server.url })
      clients.push(admin)
      await admin.execute({ sql: 'INSERT INTO q (id) VALUES (?)', args: [id] })
      // A client per request, as the Worker has.
      const requests = ['a', 'b', 'c'].map(() => createHttpClient({ url: server!.url }))
      clients.push(...requests)
      const outcomes = await Promise.allSettled(requests.map((c, i) => answer(c, id, `${i}-${round}`)))
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
      for (const o of outcomes) if (o.status === 'rejected') expect(String(o.reason)).toMatch(/taken: /)
      const { events: all, questions: qs } = await state(admin)
      const rows = all.filter((e) => e.questionId === id)
      expect(rows).toHaveLength(1)
      expect(qs.find((q) => q.id === id)!.answer).toBe(rows[0]!.note)
    }
  })
})
