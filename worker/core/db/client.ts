import { createClient, type Client } from '@libsql/client'
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql'
import * as schema from '../../schema'

export type Db = LibSQLDatabase<typeof schema> & { $client: Client }

/** Where the database lives: a local file (`file:./data/wspolnota.db`) or a remote libSQL server such as Turso. */
export interface DatabaseConfig {
  url: string
  authToken?: string
}

/**
 * Opens a libSQL client. The same import resolves to the native build on Node and to the HTTP build on Workers,
 * so the only difference between runtimes is the URL.
 */
export function openClient(config: DatabaseConfig): Client {
  return createClient({ url: config.url, authToken: config.authToken || undefined })
}

/**
 * Settings that make a local file safe for many concurrent requests; remote servers manage their own. `synchronous`
 * is read in any letter case (`full` is FULL); the server checks the setting's value on start (worker/core/config.ts).
 */
export async function tuneLocalFile(
  client: Client,
  url: string,
  synchronous: string | undefined = undefined,
): Promise<void> {
  if (!url.startsWith('file:')) return
  await client.execute('PRAGMA journal_mode = WAL')
  // WAL with synchronous=NORMAL: a commit survives a crash of the app (the WAL is written before the answer) and the
  // file can never be corrupted; only an OS crash or power cut can lose the last commits. FULL fsyncs every commit.
  await client.execute(`PRAGMA synchronous = ${synchronous?.trim().toUpperCase() === 'FULL' ? 'FULL' : 'NORMAL'}`)
  await client.execute('PRAGMA busy_timeout = 5000')
  await client.execute('PRAGMA foreign_keys = ON')
  // Erased personal data (voters' identities, sessions) is overwritten with zeros rather than left in free pages.
  await client.execute('PRAGMA secure_delete = ON')
}

export function wrapDb(client: Client): Db {
  return drizzle(client, { schema })
}
