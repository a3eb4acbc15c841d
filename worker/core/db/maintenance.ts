import { lt, sql } from 'drizzle-orm'
import { loginThrottle, passwordResets, sessions } from '../auth/schema'
import { rateLimits } from '../http/schema'
import { outbox } from '../mail/schema'
import { purgeOrganizations } from '../organizations/retention'
import type { Db } from './client'

/** How long the app keeps data that only matters for a while. */
export interface RetentionSettings {
  /** Days an outbox row (a delivery record; with its text only in development) is kept: `OUTBOX_RETENTION_DAYS`. */
  outboxRetentionDays: number
}

export const defaultRetention: RetentionSettings = { outboxRetentionDays: 30 }

/**
 * Reads `OUTBOX_RETENTION_DAYS` (whole days, at least 1; default 30). A value that is not such a number stops the start
 * rather than silently keeping messages for ever or deleting them at once.
 */
export function retentionFromEnv(env: Record<string, string | undefined>): RetentionSettings {
  const raw = env.OUTBOX_RETENTION_DAYS?.trim()
  if (!raw) return defaultRetention
  const days = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(days) || days < 1)
    throw new Error(
      `OUTBOX_RETENTION_DAYS: „${env.OUTBOX_RETENTION_DAYS}” nie jest liczbą dni (liczba całkowita, co najmniej 1).`,
    )
  return { outboxRetentionDays: days }
}

/**
 * Deletes rows that only matter until they expire, so personal data (sessions, reset links, the outbox's records of
 * who was sent what, the NGO directory's entries whose time is up — worker/core/organizations/retention.ts) is not kept
 * longer than needed. Runs from the Worker's cron trigger and hourly on Node.
 */
export async function purgeExpired(
  db: Db,
  now = Date.now(),
  retention: RetentionSettings = defaultRetention,
): Promise<void> {
  const day = 24 * 60 * 60 * 1000
  await db.batch([
    db.delete(sessions).where(lt(sessions.expiresAt, new Date(now))),
    db.delete(passwordResets).where(lt(passwordResets.expiresAt, new Date(now - day))),
    db
      .delete(loginThrottle)
      .where(
        sql`${loginThrottle.windowStart} < ${now - day} AND (${loginThrottle.lockedUntil} IS NULL OR ${loginThrottle.lockedUntil} < ${now})`,
      ),
    db.delete(rateLimits).where(lt(rateLimits.windowStart, now - day)),
    db.delete(outbox).where(lt(outbox.createdAt, new Date(now - retention.outboxRetentionDays * day))),
  ])
  await purgeOrganizations(db, now)
}
