import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/**
 * What the checkpointing thread runs: its own connection to the file, a passive checkpoint on every tick. Asked to
 * stop, it waits for a checkpoint in progress and closes its connection before it ends, so the serving connection is
 * then the file's last one and its final checkpoint can copy the whole log.
 */
const source = `
const { parentPort, workerData } = require('node:worker_threads')
const { createClient } = require(workerData.client)
const client = createClient({ url: workerData.url })
let timer = null
let busy = false
let running = Promise.resolve()
const tick = () => {
  if (busy) return
  busy = true
  running = client.execute('PRAGMA wal_checkpoint(PASSIVE)').then(() => undefined, (error) => parentPort.postMessage(String(error))).finally(() => { busy = false })
}
const started = client.execute('PRAGMA busy_timeout = 5000').then(() => { timer = setInterval(tick, workerData.everyMs) })
parentPort.on('message', async () => {
  await started.catch(() => undefined)
  clearInterval(timer)
  await running
  client.close()
  parentPort.postMessage({ stopped: true })
})
`

/** Pages the serving connection lets the WAL reach before it checkpoints by itself (a safety net; about 32 MB). */
export const SERVING_AUTOCHECKPOINT_PAGES = 8000

/**
 * Copies the write-ahead log back into a local database file from a thread of its own (Node only).
 *
 * SQLite normally checkpoints on the connection that commits, every 1,000 pages: that copy and its fsync run on the
 * event loop, so every few hundred ballots all requests in flight wait for the disk. Here a second connection in a
 * worker thread runs passive checkpoints, which never block writers, and the serving connection only checkpoints
 * itself once the log reaches `SERVING_AUTOCHECKPOINT_PAGES` (then almost everything is already copied).
 */
export function startCheckpointer(url: string, everyMs = 250): { stop(): Promise<void> } {
  const worker = new Worker(source, {
    eval: true,
    workerData: { url, everyMs, client: createRequire(import.meta.url).resolve('@libsql/client') },
  })
  worker.unref()
  let stopped: (() => void) | null = null
  worker.on('message', (message) =>
    typeof message === 'object' && message?.stopped ? stopped?.() : console.error('checkpoint:', message),
  )
  worker.on('error', (error) => console.error('checkpoint thread:', error))
  let stopping: Promise<void> | null = null
  return {
    /** Ends the thread once it has closed its connection (a thread that does not answer is ended after 10 s). */
    stop: () =>
      (stopping ??= new Promise<void>((done) => {
        let finished = false
        const finish = () => {
          if (finished) return
          finished = true
          clearTimeout(force)
          void worker
            .terminate()
            .catch(() => undefined)
            .then(() => done())
        }
        const force = setTimeout(finish, 10_000)
        stopped = finish
        worker.once('exit', finish)
        worker.postMessage('stop')
      })),
  }
}
