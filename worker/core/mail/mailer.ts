import type { Db } from '../db/client'
import { newId } from '../ids'
import type { AppConfig } from '../http/context'
import { outbox } from './schema'
import { personKey } from '../identity/person'

/**
 * What a message is for, kept in the outbox instead of its text: enough for staff and the audit to see that a reset
 * link or a voting code went out, without the link or the code.
 */
export type MessageKind =
  | 'password-reset'
  | 'invitation'
  | 'vote-code'
  | 'author-key'
  | 'author-notice'
  | 'coauthor-confirmation'
  | 'staff-notice'
  | 'calendar-change'
  | 'organization-confirmation'
  | 'organization-key'
  | 'organization-notice'
  | 'organization-contact'
  | 'member-key'
  | 'other'

export interface EmailMessage {
  tenantId?: string | null
  /** What the message is for: kept in the outbox where its text is not. */
  kind: MessageKind
  to: string
  subject: string
  text: string
  /**
   * Where a reply goes, when not to the platform: a message a resident writes to an organisation through its contact
   * form is answered straight to the resident, while the organisation's own address stays unknown to them.
   */
  replyTo?: string
}

export interface SmsMessage {
  tenantId?: string | null
  kind: MessageKind
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

/** How a message reaches the provider's API: `fetch`, or Node's own client on the Node server (./node-post.ts). */
export type Post = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status'>>

/**
 * What the outbox keeps of each message. Messages carry secrets (reset and invitation links, author keys, voting
 * codes), so outside development the row holds only a keyed hash of the recipient, the kind, time, status and error:
 * a copy of the database (a backup, a leaked dump) then opens nobody's account or ballot. The defaults keep nothing.
 */
export interface OutboxOptions {
  /** Development only: address, subject and text stay readable for `/dev/outbox` and the tests. */
  keepBodies?: boolean
  /** Secret of the recipient hash (HMAC), so one address's messages can be found without storing the address. */
  recipientKey?: string
  post?: Post
}

/** The outbox settings of a configuration: bodies only in development, recipients hashed with the identity pepper. */
export function outboxOptions(config: Pick<AppConfig, 'appEnv' | 'identityPepper'>): OutboxOptions {
  return { keepBodies: config.appEnv === 'development', recipientKey: config.identityPepper }
}

/** Keyed hash of a normalised address or phone number; the same key as other identity hashes, its own domain. */
export function recipientHash(key: string, to: string): Promise<string> {
  return personKey(key, ['outbox', to.trim().toLowerCase()])
}

type Status = 'stored' | 'sent' | 'failed'

async function record(
  db: Db,
  channel: 'email' | 'sms',
  driver: MessageDriver,
  options: OutboxOptions,
  m: { tenantId?: string | null; kind?: MessageKind; to: string; subject?: string; text: string },
  status: Status,
  error?: string,
) {
  const keep = options.keepBodies === true
  await db.insert(outbox).values({
    id: newId(),
    tenantId: m.tenantId ?? null,
    channel,
    kind: m.kind ?? 'other',
    // A voting code's recipient is not kept even hashed: with the time of the code it would point at the ballot cast minutes later.
    recipientHash:
      options.recipientKey && m.kind !== 'vote-code' ? await recipientHash(options.recipientKey, m.to) : null,
    to: keep ? m.to : null,
    subject: keep ? (m.subject ?? null) : null,
    text: keep ? m.text : null,
    driver: driver.kind,
    status,
    error: error ?? null,
    createdAt: new Date(),
  })
}

async function deliver(
  driver: MessageDriver,
  payload: Record<string, unknown>,
  post: Post,
): Promise<string | undefined> {
  if (driver.kind === 'outbox') return undefined
  try {
    const res = await post(driver.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${driver.apiKey}` },
      body: JSON.stringify({ from: driver.from, ...payload }),
    })
    return res.ok ? undefined : `HTTP ${res.status}`
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).slice(0, 500)
  }
}

const statusOf = (driver: MessageDriver, error: string | undefined): Status =>
  driver.kind === 'outbox' ? 'stored' : error ? 'failed' : 'sent'

/**
 * E-mail through the configured driver. A failed HTTP delivery is recorded with its error instead of failing the
 * request that caused it: the person can ask for the message again, and staff can see what went wrong.
 */
export function createMailer(db: Db, driver: MessageDriver, options: OutboxOptions = {}): Mailer {
  const post = options.post ?? fetch
  return {
    async send(m) {
      const payload = { to: m.to, subject: m.subject, text: m.text, ...(m.replyTo ? { replyTo: m.replyTo } : {}) }
      const error = await deliver(driver, payload, post)
      await record(db, 'email', driver, options, m, statusOf(driver, error), error)
    },
  }
}

export function createSmsSender(db: Db, driver: MessageDriver, options: OutboxOptions = {}): SmsSender {
  const post = options.post ?? fetch
  return {
    async send(m) {
      const error = await deliver(driver, { to: m.to, text: m.text }, post)
      await record(db, 'sms', driver, options, m, statusOf(driver, error), error)
    },
  }
}

const warned = new Set<string>()

/**
 * Reads driver settings from env: `MAIL_DRIVER=http` with `MAIL_API_URL`, `MAIL_API_KEY`, `MAIL_FROM` (likewise `SMS_*`).
 * Outside development the `outbox` driver delivers nothing and keeps no text, so every message is lost: said once
 * per process (per isolate on Workers) on the console, where whoever deploys without MAIL_DRIVER will look.
 */
export function driverFromEnv(
  env: Record<string, string | undefined>,
  prefix: 'MAIL' | 'SMS',
  warn: (message: string) => void = console.warn,
): MessageDriver {
  const kind = env[`${prefix}_DRIVER`]?.trim().toLowerCase() || 'outbox'
  if (kind !== 'outbox' && kind !== 'http')
    throw new Error(`${prefix}_DRIVER: nieznana wartość „${env[`${prefix}_DRIVER`]}” (dozwolone: outbox, http).`)
  if (kind === 'outbox') {
    if (env.APP_ENV?.trim().toLowerCase() !== 'development' && !warned.has(prefix)) {
      warned.add(prefix)
      warn(
        `Uwaga: ${prefix}_DRIVER nie jest ustawione na http — ${prefix === 'MAIL' ? 'e-maile' : 'SMS-y'} nie są wysyłane, a poza trybem deweloperskim ich treść nie jest też zapisywana (skrzynka outbox przechowuje tylko skrót adresata, rodzaj i status). Ustaw ${prefix}_DRIVER=http, ${prefix}_API_URL i ${prefix}_API_KEY.`,
      )
    }
    return { kind: 'outbox' }
  }
  const url = env[`${prefix}_API_URL`]
  const apiKey = env[`${prefix}_API_KEY`]
  if (!url || !apiKey) throw new Error(`${prefix}_DRIVER=http wymaga ${prefix}_API_URL i ${prefix}_API_KEY`)
  return { kind: 'http', url, apiKey, from: env[`${prefix}_FROM`] ?? 'Wspólnota <no-reply@localhost>' }
}
