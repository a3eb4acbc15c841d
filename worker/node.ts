import { startNodeServer } from './node-server'

/** `npm start` / `npm run serve`: the embedded default on Node. */
const server = await startNodeServer()
if (server.logins) console.log(`\n${server.logins}\n`)
console.log(`Wspólnota działa: ${server.url}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close().then(() => process.exit(0)))
