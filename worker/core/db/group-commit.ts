import type { Client, InStatement, ResultSet } from '@libsql/client'

/**
 * Group commit: writes that arrive while the event loop is busy are committed together, in one transaction.
 *
 * SQLite commits one transaction at a time and each commit costs far more than the rows in it (the WAL frames, the
 * page images of every index touched). On the Node server all requests share one connection, so a burst of ballots
 * from many residents can share one commit: callers still wait for a real commit of their own rows before they
 * answer, and each caller's rows are the same statements it would run alone. If SQLite refuses a statement of the
 * shared transaction, every caller's statements are run again on their own, so one bad write fails only its own
 * caller; any other failure is passed to every caller of the group.
 *
 * On Workers the client is created per request, so every group has one member and this is a plain `batch`.
 */
export interface GroupCommit<T, R = void> {
  /** Resolves once `item`'s statements are committed; rejects with the error of its own transaction. */
  submit(item: T): Promise<R>
}

interface Pending<T, R> {
  item: T
  done: (result: R) => void
  fail: (error: unknown) => void
}

/** A statement SQLite refused (a constraint, a type or syntax error): nothing of the transaction was kept. */
function refusedStatement(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '')
  return /^SQLITE_(CONSTRAINT|MISMATCH|ERROR|RANGE|TOOBIG)/.test(code)
}

/** Largest number of callers in one transaction; keeps statements well under SQLite's bound-parameter limit. */
const MAX_GROUP = 64

const defer: (fn: () => void) => void =
  typeof setImmediate === 'function' ? (fn) => void setImmediate(fn) : (fn) => void setTimeout(fn, 0)

/**
 * `statements(items)` turns one or more items into the statements of one transaction; it must give the same effect
 * as running each item's statements alone, one after another, in the order given.
 */
export function groupCommit<T>(client: Client, statements: (items: T[]) => InStatement[]): GroupCommit<T> {
  return writer<T, void>(client, statements, () => undefined)
}

/**
 * `groupCommit` of items that are each a list of statements, run one after another as given, answering each caller
 * the results of its own statements (an `INSERT … RETURNING` gives its caller what it stored without a second read).
 */
export function statementsCommit(client: Client): GroupCommit<InStatement[], ResultSet[]> {
  return writer<InStatement[], ResultSet[]>(
    client,
    (items) => items.flat(),
    (items, results, index) => {
      let from = 0
      for (let i = 0; i < index; i++) from += items[i]!.length
      return results.slice(from, from + items[index]!.length)
    },
  )
}

function writer<T, R>(
  client: Client,
  statements: (items: T[]) => InStatement[],
  answer: (items: T[], results: ResultSet[], index: number) => R,
): GroupCommit<T, R> {
  let queue: Pending<T, R>[] = []
  let scheduled = false
  let running = false

  async function run(group: Pending<T, R>[]): Promise<void> {
    try {
      const items = group.map((p) => p.item)
      const results = await client.batch(statements(items), 'write')
      group.forEach((p, i) => p.done(answer(items, results, i)))
    } catch (error) {
      // Only a refused statement is worth retrying alone. Anything else (a lost connection to a remote database)
      // may have happened after the commit, so a retry could store a ballot twice: the callers get the error.
      if (group.length === 1 || !refusedStatement(error)) {
        for (const p of group) p.fail(error)
        return
      }
      for (const p of group) {
        try {
          p.done(answer([p.item], await client.batch(statements([p.item]), 'write'), 0))
        } catch (own) {
          p.fail(own)
        }
      }
    }
  }

  async function flush(): Promise<void> {
    scheduled = false
    if (running) return
    running = true
    try {
      while (queue.length) {
        const group = queue.slice(0, MAX_GROUP)
        queue = queue.slice(group.length)
        await run(group)
      }
    } finally {
      running = false
    }
  }

  return {
    submit(item) {
      return new Promise<R>((done, fail) => {
        queue.push({ item, done, fail })
        if (!scheduled && !running) {
          scheduled = true
          defer(() => void flush())
        }
      })
    },
  }
}

const writers = new WeakMap<Client, Map<string, GroupCommit<never, unknown>>>()

/** The one group-commit writer of `name` for this client (one per process on Node, one per request on Workers). */
export function sharedGroupCommit<T>(
  client: Client,
  name: string,
  statements: (items: T[]) => InStatement[],
): GroupCommit<T> {
  return shared(client, name, () => groupCommit(client, statements))
}

/** The one `statementsCommit` writer of `name` for this client. */
export function sharedStatementsCommit(client: Client, name: string): GroupCommit<InStatement[], ResultSet[]> {
  return shared(client, name, () => statementsCommit(client))
}

function shared<T, R>(client: Client, name: string, make: () => GroupCommit<T, R>): GroupCommit<T, R> {
  let byName = writers.get(client)
  if (!byName) writers.set(client, (byName = new Map()))
  let found = byName.get(name) as GroupCommit<T, R> | undefined
  if (!found) byName.set(name, (found = make()) as unknown as GroupCommit<never, unknown>)
  return found
}
