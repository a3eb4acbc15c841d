/**
 * `npm run seed:demo`: creates the demo JST "Gmina Przykładowa" with one account per role (or gives the existing
 * demo accounts new passwords) on the configured database, and prints the logins once.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mkdirSync } from 'node:fs'
import { openClient, tuneLocalFile, wrapDb } from '../worker/db/client'
import { migrate } from '../worker/db/migrate'
import { describeLogins, seedDemo } from '../worker/demo/seed'

const root = fileURLToPath(new URL('..', import.meta.url))
const url = process.env.DATABASE_URL || `file:${join(root, 'data', 'wspolnota.db')}`
if (url.startsWith('file:')) mkdirSync(join(root, 'data'), { recursive: true })
const client = openClient({ url, authToken: process.env.DATABASE_AUTH_TOKEN })
await tuneLocalFile(client, url)
await migrate(client)
const logins = await seedDemo(wrapDb(client), process.env.DEMO_PASSWORD)
console.log(describeLogins(logins, process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 8787}`))
client.close()
