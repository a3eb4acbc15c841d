import { eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import { loginThrottle } from './schema'

/** Failures are counted over this window; a quiet quarter of an hour forgives earlier typos. */
export const WINDOW_MS = 15 * 60 * 1000
const MAX_LOCK_MS = 60 * 60 * 1000
const FIRST_LOCK_MS = 60_000

export interface ThrottleKey {
  key: string
  /** Attempts allowed before the first lockout: few per account and address, more per address (a shared office NAT). */
  threshold: number
}

/** One counted attempt: its number in the window and the lock it started (null below the threshold). */
export interface Attempt {
  failures: number
  lockedUntil: Date | null
}

/**
 * How long a key stays locked after its n-th failure: nothing below the threshold, then one minute doubling with
 * every further failure up to an hour, so guessing gets slower and slower while a person who mistyped waits little.
 */
export function lockoutMs(failures: number, threshold: number): number {
  if (failures < threshold) return 0
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - threshold))
}

/** `lockoutMs` in SQL, so the lock is set by the same statement that counts the attempt. */
function lockSql(n: SQL, threshold: number, now: number): SQL {
  return sql`CASE WHEN ${n} >= ${threshold} THEN ${now} + min(${MAX_LOCK_MS}, ${FIRST_LOCK_MS} << min(${n} - ${threshold}, 12)) ELSE NULL END`
}

/**
 * Counts an attempt against `key` BEFORE the password is checked, in one atomic upsert, and returns it — or null when
 * the key is locked, and then nothing is counted and the password must not be checked at all.
 *
 * Checking first and counting afterwards let 30 guesses sent at once all pass the "not locked yet" check and all be
 * verified, though the limit was 5. Here the attempt that reaches the threshold takes the lock itself (it is still
 * checked, and a success lifts the lock again), and the upsert's `WHERE` makes every attempt made under a lock change
 * nothing and return no row. Attempts refused under a lock are not counted, so they do not lengthen the next one.
 */
export async function takeAttempt(db: Db, { key, threshold }: ThrottleKey, now = Date.now()): Promise<Attempt | null> {
  const stale = sql`${loginThrottle.windowStart} < ${now - WINDOW_MS}`
  const next = sql`(CASE WHEN ${stale} THEN 1 ELSE ${loginThrottle.failures} + 1 END)`
  const first = lockoutMs(1, threshold)
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStart: new Date(now), lockedUntil: first ? new Date(now + first) : null })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: next,
        windowStart: sql`CASE WHEN ${stale} THEN ${now} ELSE ${loginThrottle.windowStart} END`,
        lockedUntil: lockSql(next, threshold, now),
      },
      setWhere: sql`${loginThrottle.lockedUntil} IS NULL OR ${loginThrottle.lockedUntil} <= ${now}`,
    })
    .returning({ failures: loginThrottle.failures, lockedUntil: loginThrottle.lockedUntil })
  return row ?? null
}

/**
 * Takes back an attempt that turned out not to be a failure (the password was right, or another key refused it), so
 * that a busy office behind one address does not use up its allowance by logging in. A lock that this attempt started
 * is lifted with it; a lock that another, failed attempt started stays.
 */
export async function refundAttempt(db: Db, key: string, attempt: Attempt): Promise<void> {
  const ownLock = attempt.lockedUntil ? sql`${loginThrottle.lockedUntil} = ${attempt.lockedUntil.getTime()}` : sql`0`
  await db
    .update(loginThrottle)
    .set({
      failures: sql`max(${loginThrottle.failures} - 1, 0)`,
      lockedUntil: sql`CASE WHEN ${ownLock} THEN NULL ELSE ${loginThrottle.lockedUntil} END`,
    })
    .where(eq(loginThrottle.key, key))
}

/** Seconds until every given key is unlocked, or 0 when none is locked. */
export async function lockedFor(db: Db, keys: ThrottleKey[], now = Date.now()): Promise<number> {
  const rows = await db
    .select()
    .from(loginThrottle)
    .where(
      inArray(
        loginThrottle.key,
        keys.map((k) => k.key),
      ),
    )
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0))
  return until > now ? Math.ceil((until - now) / 1000) : 0
}

/** Seconds of the lock an attempt started, or 0. */
export function lockOf(attempt: Attempt, now = Date.now()): number {
  const until = attempt.lockedUntil?.getTime() ?? 0
  return until > now ? Math.ceil((until - now) / 1000) : 0
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key))
}
