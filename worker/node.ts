import { startNodeServer } from './node-server'

/** `npm start` / `npm run serve`: the embedded default on Node. */
const server = await startNodeServer()
if (server.logins) console.log(`\n${server.logins}\n`)
console.log(`Wspólnota działa: ${server.url}`)
// A clean stop (systemd, Docker, Ctrl+C) goes through close(): requests in flight finish and the write-ahead log is
// copied into the database file before the process ends.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () =>
    server.close().then(
      () => process.exit(0),
      (error) => (console.error('Zatrzymanie serwera:', error), process.exit(1)),
    ),
  )
}
