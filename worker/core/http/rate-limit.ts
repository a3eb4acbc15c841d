import { sql } from 'drizzle-orm'
import type { Context } from 'hono'
import type { Db } from '../db/client'
import type { AppEnv } from './context'
import { ApiError } from './problem'
import { rateLimits } from './schema'
import { clientIp } from './request'

/**
 * Counts requests per key and rule. Both runtimes use counters stored in the database, so that each rule keeps its
 * own limit and window (the Workers rate-limit binding fixes one limit and period per binding in wrangler.toml) and
 * limits hold across restarts, isolates and instances sharing the database.
 */
export interface RateLimiter {
  limit(key: string, rule: RateRule): Promise<{ success: boolean; retryAfter: number }>
}

export interface RateRule {
  limit: number
  periodSeconds: number
}

/**
 * Fixed-window counters in the `rate_limits` table: one `INSERT … ON CONFLICT DO UPDATE … RETURNING` per call, a
 * single statement, so concurrent requests (several Node instances, Worker isolates over Turso) each get their own
 * count and no two can both be the last one allowed. The period is part of the stored key, so two rules sharing a
 * key never reset each other's window.
 */
export function storedRateLimiter(db: Db, now: () => number = Date.now): RateLimiter {
  const upsert = db
    .insert(rateLimits)
    .values({ key: sql.placeholder('key'), windowStart: sql.placeholder('window'), count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = ${sql.placeholder('window')} THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart: sql`${sql.placeholder('window')}`,
      },
    })
    .returning({ count: rateLimits.count })
    .prepare()
  return {
    async limit(key, rule) {
      const periodMs = rule.periodSeconds * 1000
      const at = now()
      const window = Math.floor(at / periodMs) * periodMs
      const [row] = await upsert.all({ key: `${key}@${rule.periodSeconds}`, window })
      const retryAfter = Math.max(1, Math.ceil((window + periodMs - at) / 1000))
      return { success: (row?.count ?? 1) <= rule.limit, retryAfter }
    },
  }
}

/** Uploads one network address may send per hour (a school or library computer serves many authors). */
export const UPLOADS_PER_HOUR_PER_ADDRESS = 60
/** Uploads per hour into one project (or by one staff member): an author adds a handful of files, not dozens. */
export const UPLOADS_PER_HOUR_PER_OWNER = 30

/**
 * Counts an upload against the client's address and against what it is uploaded into (`owner`: a project, a staff
 * member), before its body is read: each upload costs a body read, a content check and a BLOB write, so a script
 * must not be able to send them without end.
 */
export async function limitUploads(c: Context<AppEnv>, owner: string): Promise<void> {
  const { rateLimiter } = c.get('services')
  for (const [key, limit] of [
    [`upload-ip:${clientIp(c)}`, c.get('config').uploadsPerHourPerAddress],
    [`upload-owner:${owner}`, UPLOADS_PER_HOUR_PER_OWNER],
  ] as const) {
    const { success, retryAfter } = await rateLimiter.limit(key, { limit, periodSeconds: 3600 })
    if (!success)
      throw new ApiError(429, `Zbyt wiele przesłanych plików. Spróbuj ponownie za ${Math.ceil(retryAfter / 60)} min.`, {
        headers: { 'Retry-After': String(retryAfter) },
      })
  }
}
