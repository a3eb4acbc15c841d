import { describe, expect, it } from 'vitest'
import { forget, memo } from '../../worker/core/cache'

describe('short-lived memo', () => {
  it('serves the same value within its lifetime, nothing when turned off, and forgets on request', async () => {
    let loads = 0
    const load = async () => ++loads
    expect(await memo('k', 60_000, load)).toBe(1)
    expect(await memo('k', 60_000, load)).toBe(1)
    forget('k')
    expect(await memo('k', 60_000, load)).toBe(2)
    expect(await memo('k', 0, load)).toBe(3)
  })

  it('does not keep a failed load', async () => {
    await expect(memo('bad', 60_000, async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down')
    expect(await memo('bad', 60_000, async () => 'ok')).toBe('ok')
  })
})
