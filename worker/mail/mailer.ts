import type { Db } from '../db/client'
import { newId } from '../auth/tokens'
import { outbox } from './schema'

export interface EmailMessage {
  tenantId?: string | null
  to: string
  subject: string
  text: string
}

export interface SmsMessage {
  tenantId?: string | null
  to: string
  text: string
}

/** Sends e-mail. Every message is also recorded in the outbox table, whichever driver carries it. */
export interface Mailer {
  send(message: EmailMessage): Promise<void>
}

/** Sends SMS (voting codes); same drivers and same outbox as e-mail. */
export interface SmsSender {
  send(message: SmsMessage): Promise<void>
}

/** Where outgoing messages go: stored only (`outbox`, for development and demos) or an HTTP API. */
export type MessageDriver = { kind: 'outbox' } | { kind: 'http'; url: string; apiKey: string; from: string }

type Post = (url: string, init: RequestInit) => Promise<Response>

async function record(db: Db, channel: 'email' | 'sms', driver: MessageDriver, m: { tenantId?: string | null; to: string; subject?: string; text: string }, status: string, error?: string) {
  await db.insert(outbox).values({
    id: newId(),
    tenantId: m.tenantId ?? null,
    channel,
    to: m.to,
    subject: m.subject ?? null,
    text: m.text,
    driver: driver.kind,
    status,
    error: error ?? null,
    createdAt: new Date(),
  })
}

async function deliver(driver: MessageDriver, payload: Record<string, unknown>, post: Post): Promise<string | undefined> {
  if (driver.kind === 'outbox') return undefined
  try {
    const res = await post(driver.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${driver.apiKey}` },
      body: JSON.stringify({ from: driver.from, ...payload }),
    })
    return res.ok ? undefined : `HTTP ${res.status}`
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
}

/**
 * E-mail through the configured driver. A failed HTTP delivery is recorded with its error instead of failing the
 * request that caused it: the person can ask for the message again, and staff can see what went wrong.
 */
export function createMailer(db: Db, driver: MessageDriver, post: Post = fetch): Mailer {
  return {
    async send(m) {
      const error = await deliver(driver, { to: m.to, subject: m.subject, text: m.text }, post)
      await record(db, 'email', driver, m, driver.kind === 'outbox' ? 'stored' : error ? 'failed' : 'sent', error)
    },
  }
}

export function createSmsSender(db: Db, driver: MessageDriver, post: Post = fetch): SmsSender {
  return {
    async send(m) {
      const error = await deliver(driver, { to: m.to, text: m.text }, post)
      await record(db, 'sms', driver, m, driver.kind === 'outbox' ? 'stored' : error ? 'failed' : 'sent', error)
    },
  }
}

/** Reads driver settings from env: `MAIL_DRIVER=http` with `MAIL_API_URL`, `MAIL_API_KEY`, `MAIL_FROM` (likewise `SMS_*`). */
export function driverFromEnv(env: Record<string, string | undefined>, prefix: 'MAIL' | 'SMS'): MessageDriver {
  if (env[`${prefix}_DRIVER`] !== 'http') return { kind: 'outbox' }
  const url = env[`${prefix}_API_URL`]
  const apiKey = env[`${prefix}_API_KEY`]
  if (!url || !apiKey) throw new Error(`${prefix}_DRIVER=http wymaga ${prefix}_API_URL i ${prefix}_API_KEY`)
  return { kind: 'http', url, apiKey, from: env[`${prefix}_FROM`] ?? 'Wspólnota <no-reply@localhost>' }
}
