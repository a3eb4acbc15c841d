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
  /**
   * One use counted against several keys at once, each by its own rule, answered in the order given: what `limit`
   * would answer for each, called one after another, except that every key is counted even when an earlier one
   * refuses. The stored limiter does it in one statement, so a request checked against its address and its e-mail
   * pays for one write, not two.
   */
  limitAll?(uses: readonly RateUse[]): Promise<{ success: boolean; retryAfter: number }[]>
}

export interface RateUse {
  key: string
  rule: RateRule
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
  const windowOf = (rule: RateRule, at: number) => {
    const periodMs = rule.periodSeconds * 1000
    const window = Math.floor(at / periodMs) * periodMs
    return { window, retryAfter: Math.max(1, Math.ceil((window + periodMs - at) / 1000)) }
  }
  const manySql = new Map<number, string>()
  return {
    async limit(key, rule) {
      const { window, retryAfter } = windowOf(rule, now())
      const [row] = await upsert.all({ key: `${key}@${rule.periodSeconds}`, window })
      return { success: (row?.count ?? 1) <= rule.limit, retryAfter }
    },
    async limitAll(uses) {
      if (!uses.length) return []
      const at = now()
      const windows = uses.map((u) => windowOf(u.rule, at))
      const keys = uses.map((u) => `${u.key}@${u.rule.periodSeconds}`)
      let text = manySql.get(uses.length)
      if (!text)
        manySql.set(
          uses.length,
          (text = `INSERT INTO "rate_limits" ("key", "window_start", "count") VALUES ${uses.map(() => '(?, ?, 1)').join(', ')} ON CONFLICT ("key") DO UPDATE SET "count" = CASE WHEN "window_start" = excluded."window_start" THEN "count" + 1 ELSE 1 END, "window_start" = excluded."window_start" RETURNING "key", "count"`),
        )
      const { rows } = await db.$client.execute({ sql: text, args: keys.flatMap((k, i) => [k, windows[i]!.window]) })
      const counts = new Map(rows.map((r) => [String(r.key), Number(r.count)]))
      return uses.map((u, i) => ({
        success: (counts.get(keys[i]!) ?? 1) <= u.rule.limit,
        retryAfter: windows[i]!.retryAfter,
      }))
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
