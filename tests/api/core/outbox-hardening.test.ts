import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { configFromEnv } from '../../../worker/core/config'
import { purgeExpired, retentionFromEnv } from '../../../worker/core/db/maintenance'
import { storedRateLimiter } from '../../../worker/core/http/rate-limit'
import {
  createMailer,
  createSmsSender,
  driverFromEnv,
  outboxOptions,
  recipientHash,
} from '../../../worker/core/mail/mailer'
import { outbox } from '../../../worker/core/mail/schema'
import { databaseFileStore } from '../../../worker/core/files/store'
import { ORIGIN, demo, testApp, type TestApp } from '../../support/api'

/**
 * Outside development the outbox is a delivery record, not a copy of the messages: reset and invitation links,
 * author keys and voting codes never reach the database, and the records themselves are purged after the retention.
 */
const PRODUCTION = { APP_ENV: 'production', IDENTITY_PEPPER: 'pieprz-testowy-outbox', APP_URL: ORIGIN }

let t: TestApp
beforeAll(async () => {
  t = await testApp()
})
afterAll(() => t.close())

/** Every value of every outbox row, as text, to search for secrets whatever the column. */
async function outboxText(): Promise<string> {
  return JSON.stringify(await t.db.select().from(outbox))
}

describe('outbox outside development', () => {
  it('warns once at start that the outbox driver delivers nothing and keeps no text outside development', () => {
    const warnings: string[] = []
    const warn = (m: string) => warnings.push(m)
    expect(driverFromEnv({ APP_ENV: 'production' }, 'MAIL', warn)).toEqual({ kind: 'outbox' })
    expect(driverFromEnv({ APP_ENV: 'production' }, 'MAIL', warn)).toEqual({ kind: 'outbox' })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/MAIL_DRIVER/)
    driverFromEnv({ APP_ENV: 'development' }, 'SMS', warn)
    driverFromEnv(
      { APP_ENV: 'production', SMS_DRIVER: 'http', SMS_API_URL: 'https://sms.example', SMS_API_KEY: 'k' },
      'SMS',
      warn,
    )
    expect(warnings).toHaveLength(1)
    expect(() => driverFromEnv({ MAIL_DRIVER: 'smtp' }, 'MAIL', warn)).toThrow(/MAIL_DRIVER/)
  })

  it('a password reset in production stores no token, link, address or text in any outbox column (http driver)', async () => {
    const config = configFromEnv(PRODUCTION)
    const delivered: string[] = []
    const post = async (_url: string, init: RequestInit) => (delivered.push(String(init.body)), new Response('{}'))
    const driver = { kind: 'http' as const, url: 'https://mail.example/send', apiKey: 'k', from: 'BO <bo@example.pl>' }
    const services = {
      db: t.db,
      mailer: createMailer(t.db, driver, { ...outboxOptions(config), post }),
      sms: createSmsSender(t.db, driver, { ...outboxOptions(config), post }),
      rateLimiter: storedRateLimiter(t.db),
      files: databaseFileStore(t.db),
    }
    const app = createApp({ config, services: () => services })
    const res = await app.request(`${ORIGIN}/api/v1/auth/password-reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ email: demo.admin }),
    })
    expect(res.status).toBe(202)
    expect(delivered).toHaveLength(1)
    const text = (JSON.parse(delivered[0]!) as { text: string }).text
    const token = text.match(/reset-hasla\/(\S+)/)![1]!
    expect(token.length).toBeGreaterThan(20)
    const stored = await outboxText()
    expect(stored).not.toContain(token)
    expect(stored).not.toContain('reset-hasla')
    expect(stored).not.toContain(demo.admin)
    const [row] = await t.db.select().from(outbox)
    expect(row).toMatchObject({
      channel: 'email',
      status: 'sent',
      to: null,
      subject: null,
      text: null,
      recipientHash: await recipientHash(config.identityPepper, demo.admin),
    })
  })

  it('the outbox driver in production keeps neither the voting code nor the phone number of an SMS', async () => {
    const config = configFromEnv(PRODUCTION)
    const sms = createSmsSender(t.db, { kind: 'outbox' }, outboxOptions(config))
    await sms.send({ to: '+48600100200', kind: 'vote-code', text: 'Twój kod do głosowania: 482913.' })
    const stored = await outboxText()
    expect(stored).not.toContain('482913')
    expect(stored).not.toContain('600100200')
    // Not even a hash of the number: with the time of the code it would point at the ballot cast minutes later.
    expect((await t.db.select().from(outbox)).find((r) => r.kind === 'vote-code')).toMatchObject({
      channel: 'sms',
      status: 'stored',
      text: null,
      to: null,
      recipientHash: null,
    })
  })

  it('keeps whole messages in development, where /dev/outbox and the tests read them', async () => {
    const mailer = createMailer(t.db, { kind: 'outbox' }, outboxOptions(configFromEnv({ APP_ENV: 'development' })))
    await mailer.send({ kind: 'other', to: 'dev@example.pl', subject: 'Temat', text: 'Link: http://localhost/x' })
    const row = (await t.db.select().from(outbox)).find((r) => r.to === 'dev@example.pl')
    expect(row).toMatchObject({ subject: 'Temat', text: 'Link: http://localhost/x', kind: 'other' })
  })
})

describe('outbox retention', () => {
  it('purges outbox rows older than the retention (30 days unless OUTBOX_RETENTION_DAYS says otherwise) and keeps newer ones', async () => {
    const day = 86_400_000
    const now = Date.now() + 1000 * day
    const row = (id: string, ageDays: number, status: string) => ({
      id,
      channel: 'email',
      kind: 'password-reset',
      recipientHash: 'h',
      driver: 'http',
      status,
      createdAt: new Date(now - ageDays * day),
    })
    await t.db
      .insert(outbox)
      .values([
        row('stary-wyslany', 31, 'sent'),
        row('stary-nieudany', 40, 'failed'),
        row('nowy-wyslany', 29, 'sent'),
        row('tydzien', 8, 'sent'),
      ])
    await purgeExpired(t.db, now)
    const ids = () =>
      t.db
        .select({ id: outbox.id })
        .from(outbox)
        .then((rows) =>
          rows
            .map((r) => r.id)
            .filter((id) => ['stary-wyslany', 'stary-nieudany', 'nowy-wyslany', 'tydzien'].includes(id))
            .sort(),
        )
    expect(await ids()).toEqual(['nowy-wyslany', 'tydzien'])
    await purgeExpired(t.db, now, retentionFromEnv({ OUTBOX_RETENTION_DAYS: '7' }))
    expect(await ids()).toEqual([])
  })

  it('refuses an OUTBOX_RETENTION_DAYS that is not a whole number of days', () => {
    expect(retentionFromEnv({})).toEqual({ outboxRetentionDays: 30 })
    for (const bad of ['0', '-3', '1.5', 'trzydzieści'])
      expect(() => retentionFromEnv({ OUTBOX_RETENTION_DAYS: bad })).toThrow(/OUTBOX_RETENTION_DAYS/)
  })
})
