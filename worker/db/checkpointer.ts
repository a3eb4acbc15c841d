import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** What the checkpointing thread runs: its own connection to the file, a passive checkpoint on every tick. */
const source = `
const { parentPort, workerData } = require('node:worker_threads')
const { createClient } = require(workerData.client)
const client = createClient({ url: workerData.url })
let busy = false
const tick = async () => {
  if (busy) return
  busy = true
  try {
    await client.execute('PRAGMA wal_checkpoint(PASSIVE)')
  } catch (error) {
    parentPort.postMessage(String(error))
  } finally {
    busy = false
  }
}
client.execute('PRAGMA busy_timeout = 5000').then(() => setInterval(tick, workerData.everyMs))
parentPort.on('message', () => { client.close(); process.exit(0) })
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
  const worker = new Worker(source, { eval: true, workerData: { url, everyMs, client: createRequire(import.meta.url).resolve('@libsql/client') } })
  worker.unref()
  worker.on('message', (message) => console.error('checkpoint:', message))
  worker.on('error', (error) => console.error('checkpoint thread:', error))
  return {
    stop: async () => {
      worker.postMessage('stop')
      await worker.terminate().catch(() => undefined)
    },
  }
}
