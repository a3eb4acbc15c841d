import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { editionBody, votingPhases } from '../support/editions'
import { exports } from 'cloudflare:workers'
import { call, coordinatorJst, ORIGIN, workerEnv } from './helpers'

/**
 * Rate limits on the Worker build keep each rule's own limit and window: 5 voting codes per hour for one address is
 * refused at the 6th, while the 30-per-minute rule of password resets lets a 6th request through. (The platform's
 * rate-limit binding, used before, applied its single 30-per-minute setting to every rule.)
 */
const SLUG = 'gmina-limitow'
const YEAR = 2031
const COORDINATOR = { email: 'koordynator@limity.test', password: 'Haslo-koordynatora-2026' }

let db: Client

beforeAll(async () => {
  db = createClient({ url: workerEnv.DATABASE_URL })
  const { cookie } = await coordinatorJst(
    db,
    { slug: SLUG, name: 'Gmina Limitów', teryt: '0201041', contactEmail: 'urzad@limity.test' },
    COORDINATOR,
  )
  const edition = await call('POST', `/api/v1/jst/${SLUG}/staff/bo/editions`, {
    cookie,
    body: { ...editionBody(YEAR), phases: votingPhases() },
  })
  expect(edition.status).toBe(201)
})

afterAll(() => db?.close())

describe('rate limits on Workers', () => {
  // The stored counters use fixed windows: the clock stands in the middle of the hour, so no window ends mid-test.
  const middleOfTheHour = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 1_800_000
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(middleOfTheHour)
  })
  afterAll(() => vi.useRealTimers())

  it('refuses the 6th voting code for one address within an hour (rule: 5 per hour)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await call('POST', `/api/v1/jst/${SLUG}/bo/${YEAR}/vote/code`, {
            body: { channel: 'email', address: 'limit@limity.test' },
          })
        ).status,
      )
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429])
    const windows = await db.execute("SELECT window_start FROM rate_limits WHERE key LIKE 'vote-code-addr:%@3600'")
    expect(windows.rows.map((r) => Number(r.window_start))).toContain(
      Math.floor(middleOfTheHour / 3_600_000) * 3_600_000,
    )
  })

  it('lets a 6th password-reset request through (rule: 30 per minute)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await call('POST', '/api/v1/auth/password-reset', { body: { email: `nikt${i}@limity.test` } })).status,
      )
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202])
  })
})

describe('bodies without Content-Length on Workers', () => {
  const streamed = (text: string) =>
    exports.default.fetch(
      new Request(`${ORIGIN}/api/v1/auth/login`, {
        method: 'POST',
        headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
        body: new Blob([text]).stream(),
        duplex: 'half',
      } as RequestInit),
    )

  it('reads a streamed JSON body within the limit and refuses one past it with 413 problem+json', async () => {
    const ok = await streamed(JSON.stringify({ email: 'nikt@limity.test', password: 'zle-haslo-123' }))
    expect(ok.status).toBe(401)
    const big = await streamed(JSON.stringify({ email: 'nikt@limity.test', password: 'x'.repeat(2 * 1024 * 1024) }))
    expect(big.status).toBe(413)
    expect(big.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })
})
