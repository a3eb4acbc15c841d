/**
 * A small, test-only libSQL server: Hrana protocol version 2 over HTTP with JSON bodies (`POST /v2/pipeline`), the
 * dialect `@libsql/client`'s HTTP client (the build used on Workers) speaks by default. It stands in for Turso in the
 * workerd tests, so the Worker talks to a REAL libSQL file through the same client code as in production.
 *
 * Semantics follow the Hrana 2 spec (tursodatabase/libsql `docs/HRANA_2_SPEC.md`, plus `get_autocommit` and the
 * `is_autocommit` batch condition from Hrana 3):
 * - Every stream is its own SQLite connection (via the `libsql` package), so a transaction opened by one stream
 *   (an interactive `client.transaction()`, or a batch with `BEGIN … COMMIT`/`ROLLBACK` steps) is invisible to the
 *   others and ends when the stream does.
 * - A pipeline request without `baton` opens a stream; each response hands out a fresh single-use baton (or `null`
 *   once the stream is closed). Streams idle for longer than `streamIdleMs` are closed, rolling back whatever they
 *   left open.
 * - Requests in a pipeline run in order; a failing request yields `{type:'error'}` in its slot and the rest still run.
 * - SQLite errors keep SQLite's own text and extended code (`SQLITE_CONSTRAINT_UNIQUE`: "UNIQUE constraint failed:
 *   …"), which the app relies on to detect conflicts.
 * - Node must never block: connections use `busy_timeout = 0`, and a statement that meets `SQLITE_BUSY` (another
 *   stream holds the write lock across HTTP requests) is retried asynchronously until `busyTimeoutMs` passes.
 *
 * Not implemented (unused by `@libsql/client` with protocol 2): cursors and the v3 endpoints. `GET /v3-protobuf` and
 * `GET /v3` answer 404 so a client that probes for v3 falls back to v2. Known differences from sqld: an `execute` whose
 * SQL holds several statements runs only the first (sqld refuses it), and mixing positional and named args is refused.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Database from 'libsql'

export interface HranaServerOptions {
  /** Path of the libSQL/SQLite database file (created if missing). */
  file: string
  /** TCP port; 0 or omitted picks a free one. */
  port?: number
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string
  /** When set, every request must carry `Authorization: Bearer <authToken>`. */
  authToken?: string
  /** Idle time after which an open stream (and its transaction) is dropped; default 10 s. */
  streamIdleMs?: number
  /** How long a statement waits for another stream's write lock before failing with `SQLITE_BUSY`; default 5 s. */
  busyTimeoutMs?: number
  /** `PRAGMA foreign_keys` on every connection, as the app's Node runtime sets it; default true. */
  foreignKeys?: boolean
}

export interface HranaServer {
  /** Base URL to give `createClient({ url })`, e.g. `http://127.0.0.1:43210`. */
  url: string
  close(): Promise<void>
}

type Conn = InstanceType<typeof Database>

/** Hrana wire types (JSON encoding). */
type Value =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string }
interface Stmt {
  sql?: string | null
  sql_id?: number | null
  args?: Value[]
  named_args?: { name: string; value: Value }[]
  want_rows?: boolean
}
type BatchCond =
  | { type: 'ok' | 'error'; step: number }
  | { type: 'not'; cond: BatchCond }
  | { type: 'and' | 'or'; conds: BatchCond[] }
  | { type: 'is_autocommit' }
interface StmtResult {
  cols: { name: string | null; decltype: string | null }[]
  rows: Value[][]
  affected_row_count: number
  last_insert_rowid: string | null
}
interface ProtoError {
  message: string
  code?: string
}
type StreamRequest =
  | { type: 'close' }
  | { type: 'execute'; stmt: Stmt }
  | { type: 'batch'; batch: { steps: { condition?: BatchCond | null; stmt: Stmt }[] } }
  | { type: 'sequence' | 'describe'; sql?: string | null; sql_id?: number | null }
  | { type: 'store_sql'; sql_id: number; sql: string }
  | { type: 'close_sql'; sql_id: number }
  | { type: 'get_autocommit' }

/** One Hrana stream: a dedicated connection plus the SQL texts stored on it with `store_sql`. */
interface Stream {
  db: Conn
  sqls: Map<number, string>
  closed: boolean
  timer?: NodeJS.Timeout
}

/** An error reported to the client as `{ message, code }`. */
class HranaError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Starts the server; resolves once it listens. */
export async function startHranaServer(options: HranaServerOptions): Promise<HranaServer> {
  const { file, authToken, streamIdleMs = 10_000, busyTimeoutMs = 5_000, foreignKeys = true } = options
  const streams = new Map<string, Stream>() // by current baton
  const open = new Set<Stream>()

  // WAL lets readers on other streams proceed while one stream writes; it is a property of the file, set once.
  const first = new Database(file)
  first.exec('PRAGMA journal_mode = WAL')
  first.close()

  function connect(): Conn {
    const db = new Database(file)
    db.exec(`PRAGMA busy_timeout = 0; PRAGMA foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)
    return db
  }

  function openStream(): Stream {
    const stream: Stream = { db: connect(), sqls: new Map(), closed: false }
    open.add(stream)
    return stream
  }

  function closeStream(stream: Stream) {
    if (stream.closed) return
    stream.closed = true
    open.delete(stream)
    clearTimeout(stream.timer)
    // Roll back explicitly: a connection closed while JS still holds its statements may linger until GC.
    if (stream.db.inTransaction) {
      try {
        stream.db.exec('ROLLBACK')
      } catch {}
    }
    stream.db.close()
  }

  /** Hands out a new single-use baton for the stream and (re)arms its idle timer. */
  function issueBaton(stream: Stream): string {
    const baton = randomBytes(18).toString('base64url')
    streams.set(baton, stream)
    stream.timer = setTimeout(() => {
      streams.delete(baton)
      closeStream(stream)
    }, streamIdleMs)
    stream.timer.unref()
    return baton
  }

  /** The SQL of a statement, given inline or by a `store_sql` id. */
  function sqlOf(stream: Stream, s: { sql?: string | null; sql_id?: number | null }): string {
    if (typeof s.sql === 'string') return s.sql
    if (typeof s.sql_id === 'number') {
      const sql = stream.sqls.get(s.sql_id)
      if (sql === undefined) throw new HranaError(`SQL text with id ${s.sql_id} was not stored`, 'SQL_NOT_FOUND')
      return sql
    }
    throw new HranaError('Statement has neither "sql" nor "sql_id"', 'HRANA_PROTO_ERROR')
  }

  /**
   * Runs `fn`; while it fails with plain SQLITE_BUSY (another stream holds the write lock across HTTP requests), retries
   * after a pause that lets the holder's next request through. Retrying is safe: every request runs synchronously, so
   * a lock held by someone else was held before `fn` started and `fn` stopped at its first write.
   */
  async function retryBusy<T>(stream: Stream, fn: () => T, canRetry = () => true): Promise<T> {
    const deadline = Date.now() + busyTimeoutMs
    for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
      try {
        return fn()
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_BUSY' || !canRetry()) throw e
        if (Date.now() > deadline) {
          // A statement stopped by SQLITE_BUSY stays half-run (libsql has no reset()) and would keep this connection's
          // implicit transaction open; outside an explicit transaction the connection is simply replaced.
          if (!stream.db.inTransaction) {
            stream.db.close()
            stream.db = connect()
          }
          throw e
        }
      }
      await sleep(wait)
      if (stream.closed) throw new HranaError('Stream was closed while waiting for a lock', 'STREAM_CLOSED')
    }
  }

  async function execute(stream: Stream, stmt: Stmt): Promise<StmtResult> {
    const sql = sqlOf(stream, stmt)
    const positional = (stmt.args ?? []).map(fromValue)
    const named = stmt.named_args ?? []
    if (positional.length > 0 && named.length > 0)
      throw new HranaError('Mixing positional and named arguments is not supported by this test server', 'ARGS_INVALID')
    // libsql binds `{ name }` to `:name`, `@name` and `$name` alike, so the prefix is dropped as @libsql/client does locally.
    const params =
      named.length > 0
        ? Object.fromEntries(named.map((a) => [a.name.replace(/^[:@$]/, ''), fromValue(a.value)]))
        : positional
    const { db } = stream
    const counters = db.prepare('SELECT changes(), last_insert_rowid(), total_changes()').raw(true).safeIntegers(true)
    const prepared = db.prepare(sql).safeIntegers(true)
    const reader = prepared.reader
    const cols = reader
      ? prepared
          .raw(true)
          .columns()
          .map((c) => ({ name: c.name, decltype: c.type }))
      : []
    const before = (counters.get() as bigint[])[2]
    // The same statement is retried: running it again resets it, which ends what the busy attempt left open.
    const raw = await retryBusy(stream, () =>
      reader ? (prepared.all(params) as unknown[][]) : (prepared.run(params), []),
    )
    const [changes, lastRowid, after] = counters.get() as bigint[]
    return {
      cols,
      rows: stmt.want_rows === false ? [] : raw.map((r) => r.map(toValue)),
      // changes() keeps the count of the last INSERT/UPDATE/DELETE, so it only counts if this statement changed rows.
      affected_row_count: after !== before ? Number(changes) : 0,
      last_insert_rowid: String(lastRowid),
    }
  }

  async function batch(stream: Stream, steps: { condition?: BatchCond | null; stmt: Stmt }[]) {
    const outcome: ('ok' | 'error' | undefined)[] = [] // undefined: skipped (or not reached yet)
    const step_results: (StmtResult | null)[] = []
    const step_errors: (ProtoError | null)[] = []
    const holds = (c: BatchCond): boolean => {
      switch (c.type) {
        case 'ok':
        case 'error':
          return outcome[c.step] === c.type
        case 'not':
          return !holds(c.cond)
        case 'and':
          return c.conds.every(holds)
        case 'or':
          return c.conds.some(holds)
        case 'is_autocommit':
          return !stream.db.inTransaction
        default:
          throw new HranaError(`Unknown batch condition ${JSON.stringify(c)}`, 'HRANA_PROTO_ERROR')
      }
    }
    for (const [i, step] of steps.entries()) {
      if (step.condition && !holds(step.condition)) {
        step_results.push(null)
        step_errors.push(null)
        continue
      }
      try {
        step_results.push(await execute(stream, step.stmt))
        step_errors.push(null)
        outcome[i] = 'ok'
      } catch (e) {
        step_results.push(null)
        step_errors.push(toProtoError(e))
        outcome[i] = 'error'
      }
    }
    return { step_results, step_errors }
  }

  /** `describe`: columns from the prepared statement, parameters and read-only-ness from its `EXPLAIN` program. */
  function describe(stream: Stream, sql: string) {
    const prepared = stream.db.prepare(sql)
    const cols = prepared.reader ? prepared.columns().map((c) => ({ name: c.name, decltype: c.type })) : []
    const isExplain = /^\s*explain\b/i.test(sql)
    const program = isExplain ? [] : (stream.db.prepare(`EXPLAIN ${sql}`).raw(true).all() as unknown[][])
    const params: { name: string | null }[] = []
    for (const [, opcode, index, , , p4] of program) {
      if (opcode !== 'Variable') continue
      while (params.length < Number(index)) params.push({ name: null })
      if (typeof p4 === 'string' && /^[:@$]/.test(p4)) params[Number(index) - 1] = { name: p4 }
    }
    const writes = program.some(([, opcode, , p2]) => opcode === 'Transaction' && p2 !== 0)
    return { params, cols, is_explain: isExplain, is_readonly: !writes }
  }

  async function handle(stream: Stream, req: StreamRequest): Promise<Record<string, unknown>> {
    switch (req.type) {
      case 'close':
        closeStream(stream)
        return { type: 'close' }
      case 'execute':
        return { type: 'execute', result: await execute(stream, req.stmt) }
      case 'batch':
        return { type: 'batch', result: await batch(stream, req.batch.steps) }
      case 'sequence': {
        const sql = sqlOf(stream, req)
        const inTransaction = stream.db.inTransaction
        await retryBusy(
          stream,
          () => stream.db.exec(sql),
          () => stream.db.inTransaction === inTransaction,
        )
        return { type: 'sequence' }
      }
      case 'describe':
        return { type: 'describe', result: describe(stream, sqlOf(stream, req)) }
      case 'store_sql':
        stream.sqls.set(req.sql_id, req.sql)
        return { type: 'store_sql' }
      case 'close_sql':
        stream.sqls.delete(req.sql_id)
        return { type: 'close_sql' }
      case 'get_autocommit':
        return { type: 'get_autocommit', is_autocommit: !stream.db.inTransaction }
      default:
        throw new HranaError(
          `Unknown request type ${JSON.stringify((req as { type?: unknown }).type)}`,
          'HRANA_PROTO_ERROR',
        )
    }
  }

  /** `POST /v2/pipeline`: runs the requests on the baton's stream (or a new one) and returns the next baton. */
  async function pipeline(body: { baton?: string | null; requests?: StreamRequest[] }) {
    if (!Array.isArray(body?.requests))
      throw new HranaError('Body must be {"baton", "requests": [...]}', 'HRANA_PROTO_ERROR')
    let stream: Stream
    if (body.baton == null) {
      stream = openStream()
    } else {
      const found = streams.get(body.baton)
      if (!found || found.closed) throw new HranaError('Stream expired or baton already used', 'STREAM_EXPIRED')
      streams.delete(body.baton)
      clearTimeout(found.timer)
      stream = found
    }
    const results: ({ type: 'ok'; response: unknown } | { type: 'error'; error: ProtoError })[] = []
    for (const req of body.requests) {
      try {
        if (stream.closed) throw new HranaError('Stream is closed', 'STREAM_CLOSED')
        results.push({ type: 'ok', response: await handle(stream, req) })
      } catch (e) {
        results.push({ type: 'error', error: toProtoError(e) })
      }
    }
    return { baton: stream.closed ? null : issueBaton(stream), base_url: null, results }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e) => send(res, 500, toProtoError(e)))
  })

  async function route(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '')
    if (authToken !== undefined && req.headers.authorization !== `Bearer ${authToken}`) {
      return send(res, 401, { message: 'Missing or wrong bearer token', code: 'UNAUTHORIZED' })
    }
    if (req.method === 'GET' && (path === '' || path === '/health')) return send(res, 200, { status: 'ok' })
    if (req.method === 'GET' && path === '/v2') return send(res, 200, { version: 2 })
    if (req.method === 'POST' && path === '/v2/pipeline') {
      let body: Parameters<typeof pipeline>[0]
      try {
        body = JSON.parse(await readBody(req))
      } catch {
        return send(res, 400, { message: 'Body is not valid JSON', code: 'HRANA_PROTO_ERROR' })
      }
      try {
        return send(res, 200, await pipeline(body))
      } catch (e) {
        return send(res, 400, toProtoError(e))
      }
    }
    // Includes GET /v3 and /v3-protobuf: 404 tells a probing client to fall back to v2.
    return send(res, 404, { message: `Not found: ${req.method} ${path}`, code: 'NOT_FOUND' })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const { address, port } = server.address() as AddressInfo

  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    async close() {
      for (const stream of [...open]) closeStream(stream)
      streams.clear()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Responses use exactly `application/json`: the client only parses error bodies with that content type. */
function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function toProtoError(e: unknown): ProtoError {
  const { message, code } = e as { message?: string; code?: unknown }
  return { message: message ?? String(e), code: typeof code === 'string' ? code : 'UNKNOWN' }
}

/** Hrana value → what libsql binds: integers as BigInt (exact to 64 bits), blobs as Buffers. */
function fromValue(v: Value): unknown {
  switch (v?.type) {
    case 'null':
      return null
    case 'integer':
      return BigInt(v.value)
    case 'float':
      return Number(v.value)
    case 'text':
      return v.value
    case 'blob':
      return Buffer.from(v.base64, 'base64')
    default:
      throw new HranaError(`Unknown value ${JSON.stringify(v)}`, 'HRANA_PROTO_ERROR')
  }
}

/** SQLite value (read with safeIntegers, so INTEGER → bigint and REAL → number) → Hrana value. */
function toValue(v: unknown): Value {
  if (v === null || v === undefined) return { type: 'null' }
  if (typeof v === 'bigint') return { type: 'integer', value: v.toString() }
  if (typeof v === 'number') return { type: 'float', value: v }
  if (typeof v === 'string') return { type: 'text', value: v }
  if (v instanceof Uint8Array) return { type: 'blob', base64: Buffer.from(v).toString('base64') }
  throw new HranaError(`Unsupported SQLite value ${String(v)}`, 'INTERNAL_ERROR')
}
