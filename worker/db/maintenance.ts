import { lt, sql } from 'drizzle-orm'
import { loginThrottle, passwordResets, sessions } from '../auth/schema'
import { rateLimits } from '../http/schema'
import type { Db } from './client'

/**
 * Deletes rows that only matter until they expire, so personal data (sessions, reset links) is not kept longer than
 * needed. Runs from the Worker's cron trigger and hourly on Node.
 */
export async function purgeExpired(db: Db, now = Date.now()): Promise<void> {
  const day = 24 * 60 * 60 * 1000
  await db.batch([
    db.delete(sessions).where(lt(sessions.expiresAt, new Date(now))),
    db.delete(passwordResets).where(lt(passwordResets.expiresAt, new Date(now - day))),
    db.delete(loginThrottle).where(sql`${loginThrottle.windowStart} < ${now - day} AND (${loginThrottle.lockedUntil} IS NULL OR ${loginThrottle.lockedUntil} < ${now})`),
    db.delete(rateLimits).where(lt(rateLimits.windowStart, now - day)),
  ])
}
