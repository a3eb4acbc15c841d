import { inArray, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { loginThrottle } from './schema'

/** Failures are counted over this window; a quiet quarter of an hour forgives earlier typos. */
export const WINDOW_MS = 15 * 60 * 1000
const MAX_LOCK_MS = 60 * 60 * 1000

export interface ThrottleKey {
  key: string
  /** Failures allowed before the first lockout: few per account, more per address (a shared office NAT). */
  threshold: number
}

/**
 * How long a key stays locked after its n-th failure: nothing below the threshold, then one minute doubling with
 * every further failure up to an hour, so guessing gets slower and slower while a person who mistyped waits little.
 */
export function lockoutMs(failures: number, threshold: number): number {
  if (failures < threshold) return 0
  return Math.min(MAX_LOCK_MS, 60_000 * 2 ** (failures - threshold))
}

/** Seconds until every given key is unlocked, or 0 when none is locked. */
export async function lockedFor(db: Db, keys: ThrottleKey[], now = Date.now()): Promise<number> {
  const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys.map((k) => k.key)))
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0))
  return until > now ? Math.ceil((until - now) / 1000) : 0
}

/** Counts one failure against each key (in one batch) and returns how long the caller is now locked out. */
export async function recordFailure(db: Db, keys: ThrottleKey[], now = Date.now()): Promise<number> {
  const windowStart = now - WINDOW_MS
  const results = await db.batch(
    keys.map(({ key }) =>
      db
        .insert(loginThrottle)
        .values({ key, failures: 1, windowStart: new Date(now), lockedUntil: null })
        .onConflictDoUpdate({
          target: loginThrottle.key,
          set: {
            failures: sql`CASE WHEN ${loginThrottle.windowStart} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
            windowStart: sql`CASE WHEN ${loginThrottle.windowStart} < ${windowStart} THEN ${now} ELSE ${loginThrottle.windowStart} END`,
          },
        })
        .returning({ key: loginThrottle.key, failures: loginThrottle.failures }),
    ) as never,
  ) as { key: string; failures: number }[][]
  let longest = 0
  const locks = []
  for (const [row] of results) {
    if (!row) continue
    const threshold = keys.find((k) => k.key === row.key)!.threshold
    const ms = lockoutMs(row.failures, threshold)
    if (ms > 0) {
      locks.push(db.update(loginThrottle).set({ lockedUntil: new Date(now + ms) }).where(sql`${loginThrottle.key} = ${row.key}`))
      longest = Math.max(longest, ms)
    }
  }
  if (locks.length) await db.batch(locks as never)
  return Math.ceil(longest / 1000)
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(sql`${loginThrottle.key} = ${key}`)
}
