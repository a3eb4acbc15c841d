/**
 * Turns the SQL files that drizzle-kit writes into `migrations/` into one TypeScript module, so that the Worker (which
 * has no file system) and Node apply exactly the same statements. `npm run db:generate` runs it after drizzle-kit;
 * a test fails if the bundle is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { bundleMigrations } from '../worker/core/db/bundle'

const root = fileURLToPath(new URL('..', import.meta.url))
const target = `${root}worker/core/db/migrations.generated.ts`
writeFileSync(
  target,
  bundleMigrations(`${root}migrations`, (p) => readFileSync(p, 'utf8')),
)
console.log(`zapisano ${target}`)
