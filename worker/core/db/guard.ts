import { sql } from 'drizzle-orm'
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch'
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'

/*
 * Conditional writes inside one `db.batch`.
 *
 * A handler checks the state it read (the question is unanswered, the edition is at the version the form loaded)
 * and then writes the change with its history event and audit entry in one batch. Between the check and the batch
 * another request may write first: the change's own UPDATE is guarded by a WHERE clause and then changes no row,
 * but the event and the audit entry in the same batch would still be written — twice, for two answers sent at once.
 *
 * Interactive transactions (`db.transaction`) are not an option: on a local file the libSQL client continues on a
 * fresh connection without our PRAGMAs (busy_timeout, foreign_keys; worker/core/db/client.ts), and on Workers every
 * request has its own HTTP client. A batch, however, runs as one transaction on both, so the batch itself must
 * refuse: right after the guarded UPDATE comes `requireChanged(db)`, an INSERT into `db_write_guards` that selects
 * a row only when SQLite's `changes()` (rows changed by the statement just before, on this connection) is not the
 * expected count. That row breaks a NOT NULL constraint, the statement fails, and the whole batch is rolled back —
 * the UPDATE, the event, the audit entry and anything else in it. `guardedBatch` runs such a batch and turns that
 * failure into the caller's 409; the table never holds a row.
 *
 * Both runtimes run a batch's statements in order on one connection with nothing in between (the native client
 * synchronously, Hrana as one pipeline of conditional steps), so `changes()` always refers to the guarded UPDATE.
 */

/** Never holds a row: an insert into it is how a batch refuses to continue (see `requireChanged`). */
export const writeGuards = sqliteTable('db_write_guards', {
  refused: integer('refused').notNull(),
})

/** What SQLite says when a guard refuses; the table's name makes it unmistakable for any other constraint. */
const REFUSAL = /NOT NULL constraint failed: db_write_guards\.refused/

// Only the query builders are used here, so any drizzle libSQL database fits (with or without the app's schema).
type AnyDb = LibSQLDatabase<Record<string, unknown>>

/**
 * A statement for `db.batch`, placed right after a guarded UPDATE or DELETE: it makes the whole batch fail (and roll
 * back) unless that statement changed exactly `rows` rows. Run the batch with `guardedBatch` to get a 409 instead of
 * the SQLite error.
 */
export function requireChanged(db: AnyDb, rows = 1) {
  return db.insert(writeGuards).select(sql`SELECT NULL WHERE changes() <> ${rows}`)
}

/** Whether `error` (or its cause, as drizzle wraps driver errors) is a guard's refusal rather than a real failure. */
export function isGuardRefusal(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (REFUSAL.test(String((e as { message?: unknown }).message ?? e))) return true
  }
  return false
}

/**
 * Runs `db.batch(statements)`, in which one or more `requireChanged` guards follow guarded writes. When a guard
 * refuses, nothing of the batch is kept and the error from `conflict()` is thrown instead (typically an `ApiError`
 * 409 in Polish; it may look at the database again to say what changed). Any other error is passed on.
 */
export async function guardedBatch<T extends [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]>(
  db: AnyDb,
  statements: T,
  conflict: () => Error | Promise<Error>,
): Promise<BatchResponse<T>> {
  try {
    return await db.batch(statements)
  } catch (error) {
    if (isGuardRefusal(error)) throw await conflict()
    throw error
  }
}
