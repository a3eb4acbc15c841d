import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedRateLimiter } from '../../../worker/core/http/rate-limit'
import { createMailer, createSmsSender, driverFromEnv } from '../../../worker/core/mail/mailer'
import { latestMessages } from '../../../worker/core/mail/outbox'
import { testApp, type TestApp } from '../../support/api'

let t: TestApp
beforeAll(async () => {
  t = await testApp()
})
afterAll(() => t.close())

describe('outgoing messages', () => {
  it('reads the driver from the environment and refuses an incomplete http configuration', () => {
    expect(driverFromEnv({}, 'MAIL', () => {})).toEqual({ kind: 'outbox' })
    expect(
      driverFromEnv({ SMS_DRIVER: 'http', SMS_API_URL: 'https://sms.example/send', SMS_API_KEY: 'k' }, 'SMS'),
    ).toMatchObject({ kind: 'http', url: 'https://sms.example/send', apiKey: 'k' })
    expect(() => driverFromEnv({ MAIL_DRIVER: 'http' }, 'MAIL')).toThrow(/MAIL_API_URL/)
  })

  it('posts e-mail to the HTTP API with the key, and records it as sent', async () => {
    const calls: { url: string; init: RequestInit }[] = []
    const mailer = createMailer(
      t.db,
      { kind: 'http', url: 'https://mail.example/send', apiKey: 'sekret', from: 'BO <bo@gmina.example>' },
      {
        keepBodies: true,
        post: async (url, init) => {
          calls.push({ url, init })
          return new Response('{}', { status: 200 })
        },
      },
    )
    await mailer.send({ kind: 'other', to: 'jan@example.pl', subject: 'Temat', text: 'Treść' })
    expect(calls).toHaveLength(1)
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer sekret')
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      from: 'BO <bo@gmina.example>',
      to: 'jan@example.pl',
      subject: 'Temat',
      text: 'Treść',
    })
    expect((await latestMessages(t.db, 1))[0]).toMatchObject({ to: 'jan@example.pl', status: 'sent', channel: 'email' })
  })

  it('records a failed delivery with its error instead of failing the request that caused it', async () => {
    const sms = createSmsSender(
      t.db,
      { kind: 'http', url: 'https://sms.example/send', apiKey: 'k', from: 'Gmina' },
      { keepBodies: true, post: async () => new Response('nope', { status: 502 }) },
    )
    await sms.send({ kind: 'vote-code', to: '+48600100200', text: 'Kod: 123456' })
    expect((await latestMessages(t.db, 1))[0]).toMatchObject({ to: '+48600100200', status: 'failed', channel: 'sms' })
  })
})

describe('stored rate limiter', () => {
  it('counts per key within a fixed window and starts again in the next one', async () => {
    let now = 1_000_000
    const limiter = storedRateLimiter(t.db, () => now)
    const rule = { limit: 2, periodSeconds: 60 }
    expect((await limiter.limit('k', rule)).success).toBe(true)
    expect((await limiter.limit('k', rule)).success).toBe(true)
    const third = await limiter.limit('k', rule)
    expect(third.success).toBe(false)
    expect(third.retryAfter).toBeGreaterThan(0)
    expect((await limiter.limit('other', rule)).success).toBe(true)
    now += 60_000
    expect((await limiter.limit('k', rule)).success).toBe(true)
  })

  it('keeps each rule its own window when two rules share a key', async () => {
    let now = 5_000_000
    const limiter = storedRateLimiter(t.db, () => now)
    const hourly = { limit: 3, periodSeconds: 3600 }
    const perMinute = { limit: 100, periodSeconds: 60 }
    for (let i = 0; i < 3; i++) expect((await limiter.limit('shared', hourly)).success).toBe(true)
    await limiter.limit('shared', perMinute)
    now += 61_000
    await limiter.limit('shared', perMinute)
    expect((await limiter.limit('shared', hourly)).success).toBe(false)
  })

  it('allows exactly the limit when many requests arrive at once (one atomic upsert per request)', async () => {
    const limiter = storedRateLimiter(t.db, () => 9_000_000)
    const results = await Promise.all(
      Array.from({ length: 20 }, () => limiter.limit('race', { limit: 5, periodSeconds: 3600 })),
    )
    expect(results.filter((r) => r.success)).toHaveLength(5)
  })
})
