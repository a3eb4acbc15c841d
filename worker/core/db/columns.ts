import { integer, text } from 'drizzle-orm/sqlite-core'

/** Millisecond timestamps as integers: exact, sortable, and identical on every libSQL runtime. */
export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' })

/** Random text ids so that ids leak nothing about counts or order between tenants. */
export const id = () => text('id').primaryKey()
