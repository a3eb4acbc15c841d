import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Fixed-window request counters for the stored rate limiter (Node, or Workers without a rate-limit binding). */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
})
