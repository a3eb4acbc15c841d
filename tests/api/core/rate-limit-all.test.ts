import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedRateLimiter } from '../../../worker/core/http/rate-limit'
import { testApp, type TestApp } from '../../support/api'

let t: TestApp
beforeAll(async () => {
  t = await testApp()
})
afterAll(() => t.close())

describe('stored rate limiter, several keys in one statement (limitAll)', () => {
  it('counts every key, answers each in the order given, and shares the counters of limit()', async () => {
    let now = 2_000_000
    const limiter = storedRateLimiter(t.db, () => now)
    const address = { limit: 3, periodSeconds: 3600 }
    const email = { limit: 1, periodSeconds: 3600 }
    const uses = [
      { key: 'all-ip', rule: address },
      { key: 'all-mail', rule: email },
    ]
    expect((await limiter.limitAll!(uses)).map((r) => r.success)).toEqual([true, true])
    // the e-mail's limit refuses, the address is still counted
    const second = await limiter.limitAll!(uses)
    expect(second.map((r) => r.success)).toEqual([true, false])
    expect(second[1]!.retryAfter).toBeGreaterThan(0)
    expect((await limiter.limit('all-ip', address)).success).toBe(true)
    expect((await limiter.limitAll!(uses)).map((r) => r.success)).toEqual([false, false])
    expect(await limiter.limitAll!([])).toEqual([])
    now += 3_600_000
    expect((await limiter.limitAll!(uses)).map((r) => r.success)).toEqual([true, true])
  })

  it('allows exactly the limit when many requests arrive at once', async () => {
    const limiter = storedRateLimiter(t.db, () => 9_500_000)
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.limitAll!([
          { key: 'all-race', rule: { limit: 5, periodSeconds: 3600 } },
          { key: `all-own-${i}`, rule: { limit: 1, periodSeconds: 3600 } },
        ]),
      ),
    )
    expect(results.filter((r) => r[0]!.success)).toHaveLength(5)
    expect(results.every((r) => r[1]!.success)).toBe(true)
  })
})
