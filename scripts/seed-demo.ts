/**
 * `npm run seed:demo`: creates the demo JST "Gmina Przykładowa" with one account per role (or gives the existing
 * demo accounts new passwords) on the configured database, and prints the logins once. When the demo JST has no
 * budget edition yet, it also gets the demo participatory budget `npm start` creates on a fresh database
 * (worker/demo/budget.ts) — so running this before the first `npm start` leaves nothing out, and running it again
 * never duplicates or touches editions. `DEMO_BUDGET=false` skips the budget (e.g. on a production database).
 */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mkdirSync } from 'node:fs'
import { configFromEnv, nodeSettingsFromEnv } from '../worker/core/config'
import { openClient, tuneLocalFile, wrapDb } from '../worker/core/db/client'
import { migrate } from '../worker/core/db/migrate'
import { seedModules } from '../worker/core/module'
import { describeLogins, seedDemo } from '../worker/demo/seed'
import { modules } from '../worker/modules'

const root = fileURLToPath(new URL('..', import.meta.url))
// The settings `npm start` gives the server (development unless APP_ENV says otherwise), so supporters and voters
// are keyed with the same identity pepper the server will use, and the printed links use its address.
const config = configFromEnv({ ...process.env, APP_ENV: process.env.APP_ENV || 'development' }, modules)
const settings = nodeSettingsFromEnv(process.env)
const url = process.env.DATABASE_URL || `file:${join(root, 'data', 'wspolnota.db')}`
if (url.startsWith('file:')) mkdirSync(dirname(resolve(root, url.slice(5))), { recursive: true })
const client = openClient({ url, authToken: process.env.DATABASE_AUTH_TOKEN })
await tuneLocalFile(client, url, settings.sqliteSynchronous)
await migrate(client)
const db = wrapDb(client)
const origin = config.appUrl
const logins = await seedDemo(db, process.env.DEMO_PASSWORD)
console.log(describeLogins(logins, origin))
if (settings.demoBudget) {
  // Each module adds its demo content once (the budget: only while the demo JST has no edition yet).
  const content = (await seedModules(modules, db, config))(origin)
  console.log(content || 'Moduły: JST demonstracyjna ma już dane demonstracyjne — bez zmian.')
}
client.close()
