import { describe, expect, it } from 'vitest'
import { checkBallot, type BallotPool, type BallotRules } from '../../worker/budget/domain/ballot'
import { isValidPesel, peselBirthDate } from '../../worker/core/identity/pesel'

describe('PESEL', () => {
  it('accepts valid numbers and reads the birth date with its century', () => {
    expect(isValidPesel('44051401359')).toBe(true)
    expect(peselBirthDate('44051401359')).toEqual({ year: 1944, month: 5, day: 14 })
    expect(isValidPesel('02270803624')).toBe(true)
    expect(peselBirthDate('02270803624')).toEqual({ year: 2002, month: 7, day: 8 })
  })

  it('refuses a wrong checksum, a wrong length and a date that does not exist', () => {
    expect(isValidPesel('44051401358')).toBe(false)
    expect(isValidPesel('4405140135')).toBe(false)
    expect(isValidPesel('44023101353')).toBe(false)
  })
})

const pools: BallotPool[] = [
  {
    id: 'OG',
    name: 'Ogólnomiejska',
    kind: 'jst',
    amount: 1000,
    projects: [
      { id: 'a', cost: 600 },
      { id: 'b', cost: 500 },
      { id: 'c', cost: 300 },
    ],
  },
  { id: 'N', name: 'Północ', kind: 'area', amount: 500, projects: [{ id: 'n1', cost: 200 }] },
  { id: 'S', name: 'Południe', kind: 'area', amount: 500, projects: [{ id: 's1', cost: 200 }] },
]
const approval: BallotRules = {
  format: 'approval',
  points: [],
  minProjects: 1,
  maxProjects: 2,
  areaPools: 'any-one-area',
}

describe('ballot rules', () => {
  it('approval: min and max per pool, one area only, only listed projects', () => {
    expect(checkBallot(pools, approval, { OG: { a: 1, b: 1 }, N: { n1: 1 } })).toEqual([])
    expect(checkBallot(pools, approval, { OG: { a: 1, b: 1, c: 1 } })[0]!.detail).toMatch(/najwyżej 2/)
    expect(checkBallot(pools, approval, { N: { n1: 1 }, S: { s1: 1 } })[0]!.detail).toMatch(/tylko jednego obszaru/)
    expect(checkBallot(pools, { ...approval, areaPools: 'all-areas' }, { N: { n1: 1 }, S: { s1: 1 } })).toEqual([])
    expect(checkBallot(pools, approval, { OG: { n1: 1 } })[0]!.field).toBe('choices.OG')
    expect(checkBallot(pools, approval, {})[0]!.detail).toBe('Wybierz co najmniej jeden projekt.')
    expect(checkBallot(pools, approval, { OG: { a: 2 } })[0]!.detail).toMatch(/bez punktów/)
  })

  it('points 3-2-1 (Kraków): each value at most once', () => {
    const points: BallotRules = {
      format: 'points',
      points: [3, 2, 1],
      minProjects: 3,
      maxProjects: 3,
      areaPools: 'any-one-area',
    }
    expect(checkBallot(pools, points, { OG: { a: 3, b: 2, c: 1 } })).toEqual([])
    expect(checkBallot(pools, points, { OG: { a: 3, b: 3, c: 1 } })[0]!.detail).toMatch(/3, 2, 1/)
    expect(checkBallot(pools, points, { OG: { a: 3, b: 2 } })[0]!.detail).toMatch(/co najmniej 3/)
  })

  it('knapsack: the chosen projects must fit in the pool', () => {
    const knapsack: BallotRules = {
      format: 'knapsack',
      points: [],
      minProjects: 1,
      maxProjects: null,
      areaPools: 'any-one-area',
    }
    expect(checkBallot(pools, knapsack, { OG: { a: 1, c: 1 } })).toEqual([])
    expect(checkBallot(pools, knapsack, { OG: { a: 1, b: 1 } })[0]!.detail).toMatch(
      /kosztują 11 zł, a pula wynosi 10 zł/,
    )
  })
})
