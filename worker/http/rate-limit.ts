import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rateLimits } from './schema'

/**
 * Counts requests per key. On Workers the platform's rate-limit binding answers; on Node (or without a binding)
 * counters are stored in the database so that limits hold across restarts and across instances sharing it.
 */
export interface RateLimiter {
  limit(key: string, rule: RateRule): Promise<{ success: boolean; retryAfter: number }>
}

export interface RateRule {
  limit: number
  periodSeconds: number
}

/** Fixed-window counters in the `rate_limits` table, one upsert per call. */
export function storedRateLimiter(db: Db, now: () => number = Date.now): RateLimiter {
  return {
    async limit(key, rule) {
      const periodMs = rule.periodSeconds * 1000
      const window = Math.floor(now() / periodMs) * periodMs
      const [row] = await db
        .insert(rateLimits)
        .values({ key, windowStart: window, count: 1 })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`CASE WHEN ${rateLimits.windowStart} = ${window} THEN ${rateLimits.count} + 1 ELSE 1 END`,
            windowStart: window,
          },
        })
        .returning({ count: rateLimits.count })
      const retryAfter = Math.max(1, Math.ceil((window + periodMs - now()) / 1000))
      return { success: (row?.count ?? 1) <= rule.limit, retryAfter }
    },
  }
}

/** The Workers rate-limit binding's shape (`[[ratelimits]]` in wrangler.toml). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

/** Uses the Workers binding, whose limit and period are set in wrangler.toml rather than per call. */
export function bindingRateLimiter(binding: RateLimitBinding): RateLimiter {
  return {
    async limit(key, rule) {
      const { success } = await binding.limit({ key })
      return { success, retryAfter: rule.periodSeconds }
    },
  }
}
