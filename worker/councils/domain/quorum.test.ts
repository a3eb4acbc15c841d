import { describe, expect, it } from 'vitest'
import { rdppStatute } from './fixtures'
import { liveQuorum } from './quorum'
import { tallyResolution } from './votes'

describe('the live quorum of a meeting', () => {
  it('needs half of the RDPP’s twelve seats, however many are in office', () => {
    const statute = rdppStatute()
    const five = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`m${i}`, 'obecny' as const]))
    expect(liveQuorum(statute, 8, { ...five, x: 'nieobecny', y: 'usprawiedliwiony' })).toEqual({
      present: 5,
      excused: 1,
      absent: 1,
      needed: 6,
      reached: false,
    })
    expect(liveQuorum(statute, 8, { ...five, m5: 'obecny' }).reached).toBe(true)
  })

  it('counts members in office when the statute says so, as the tally does', () => {
    const statute = rdppStatute({ quorum: { numerator: 2, denominator: 3, base: 'w_kadencji' } })
    const members = Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, name: '', inOffice: true, chair: false }))
    const tally = tallyResolution(statute, members, [])
    expect(liveQuorum(statute, 10, {}).needed).toBe(tally.quorum)
    expect(liveQuorum(statute, 10, {}).needed).toBe(7)
  })
})
