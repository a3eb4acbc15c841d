import { describe, expect, it } from 'vitest'
import type { ElectionConstituency } from './elections'
import { applyLot, countElection, electionWinners, lotRefusal, type CountedBallot } from './elections-count'

const school = (key: string, seats: number): ElectionConstituency => ({
  key,
  name: `Szkoła ${key}`,
  seats,
  kind: 'szkola',
})
const whole = (seats: number): ElectionConstituency => ({ key: '', name: 'przedstawiciele', seats, kind: 'cala' })

/** `n` ballots in `constituency` marking `choices`. */
const ballots = (n: number, constituency: string, ...choices: string[]): CountedBallot[] =>
  Array.from({ length: n }, () => ({ constituency, choices }))

describe('countElection', () => {
  it('one seat: the most votes wins; every candidate is listed, 0 votes included, by votes then name', () => {
    const [r] = countElection(
      [school('sp1', 1)],
      [
        { id: 'a', name: 'Zofia Zając', constituency: 'sp1' },
        { id: 'b', name: 'Adam Nowak', constituency: 'sp1' },
        { id: 'c', name: 'Łucja Łęcka', constituency: 'sp1' },
        { id: 'd', name: 'Ewa Ćwik', constituency: 'sp1' },
      ],
      [...ballots(5, 'sp1', 'a'), ...ballots(2, 'sp1', 'b'), ...ballots(2, 'sp1', 'c')],
    )
    expect(r).toEqual({
      constituency: 'sp1',
      seats: 1,
      ballots: 9,
      candidates: [
        { id: 'a', name: 'Zofia Zając', votes: 5 },
        { id: 'b', name: 'Adam Nowak', votes: 2 },
        { id: 'c', name: 'Łucja Łęcka', votes: 2 },
        { id: 'd', name: 'Ewa Ćwik', votes: 0 },
      ],
      elected: ['a'],
      tie: null,
    })
  })

  it('orders equal votes by Polish collation (Ł after L, Ś after S), not by code points', () => {
    const [r] = countElection(
      [school('sp1', 3)],
      [
        { id: 'z', name: 'Żaneta', constituency: 'sp1' },
        { id: 's', name: 'Świętosław', constituency: 'sp1' },
        { id: 't', name: 'Tomasz', constituency: 'sp1' },
        { id: 'l', name: 'Łukasz', constituency: 'sp1' },
        { id: 'm', name: 'Marek', constituency: 'sp1' },
      ],
      [],
    )
    expect(r!.candidates.map((c) => c.name)).toEqual(['Łukasz', 'Marek', 'Świętosław', 'Tomasz', 'Żaneta'])
  })

  it('several seats: those strictly above the first without a seat are elected', () => {
    const [r] = countElection(
      [school('lo', 3)],
      ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id.toUpperCase(), constituency: 'lo' })),
      [...ballots(4, 'lo', 'a', 'b'), ...ballots(3, 'lo', 'c', 'd'), ...ballots(1, 'lo', 'c', 'e')],
    )
    expect(r!.candidates.map((c) => [c.id, c.votes])).toEqual([
      ['a', 4],
      ['b', 4],
      ['c', 4],
      ['d', 3],
      ['e', 1],
    ])
    expect(r).toMatchObject({ ballots: 8, elected: ['a', 'b', 'c'], tie: null })
  })

  it('a tie across the last seat: the elected are above it, the tie names every candidate at that count and the seats left', () => {
    const [r] = countElection(
      [school('sp2', 3)],
      ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id, constituency: 'sp2' })),
      [
        ...ballots(5, 'sp2', 'a'),
        ...ballots(3, 'sp2', 'b'),
        ...ballots(3, 'sp2', 'c'),
        ...ballots(3, 'sp2', 'd'),
        ...ballots(1, 'sp2', 'e'),
      ],
    )
    expect(r).toMatchObject({ elected: ['a'], tie: { candidateIds: ['b', 'c', 'd'], seats: 2 } })
  })

  it('a tie for the only seat at the top leaves nobody elected until the lot', () => {
    const [r] = countElection(
      [whole(1)],
      [
        { id: 'a', name: 'Anna', constituency: null },
        { id: 'b', name: 'Barbara', constituency: null },
      ],
      [...ballots(2, '', 'a'), ...ballots(2, '', 'b')],
    )
    expect(r).toMatchObject({ elected: [], tie: { candidateIds: ['a', 'b'], seats: 1 } })
  })

  it('a tie below the last seat is no tie', () => {
    const [r] = countElection(
      [school('sp1', 1)],
      ['a', 'b', 'c'].map((id) => ({ id, name: id, constituency: 'sp1' })),
      [...ballots(3, 'sp1', 'a'), ...ballots(1, 'sp1', 'b'), ...ballots(1, 'sp1', 'c')],
    )
    expect(r).toMatchObject({ elected: ['a'], tie: null })
  })

  it('nobody is elected with 0 votes, and zeros sharing the last seats are not drawn', () => {
    const [r] = countElection(
      [school('sp1', 3)],
      ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id, constituency: 'sp1' })),
      ballots(2, 'sp1', 'a'),
    )
    expect(r).toMatchObject({ ballots: 2, elected: ['a'], tie: null })
    const [none] = countElection([school('sp1', 2)], [{ id: 'a', name: 'a', constituency: 'sp1' }], [])
    expect(none).toMatchObject({ ballots: 0, candidates: [{ id: 'a', votes: 0 }], elected: [], tie: null })
  })

  it('fewer candidates than seats: all with votes are elected, no tie even when they are equal', () => {
    const [r] = countElection(
      [school('lo', 6)],
      ['a', 'b', 'c'].map((id) => ({ id, name: id, constituency: 'lo' })),
      [...ballots(2, 'lo', 'a', 'b'), ...ballots(1, 'lo')],
    )
    expect(r).toMatchObject({ ballots: 3, elected: ['a', 'b'], tie: null })
  })

  it('as many candidates as seats: all with votes elected', () => {
    const [r] = countElection(
      [school('sp1', 2)],
      ['a', 'b'].map((id) => ({ id, name: id, constituency: 'sp1' })),
      [...ballots(1, 'sp1', 'a'), ...ballots(1, 'sp1', 'b')],
    )
    expect(r).toMatchObject({ elected: ['a', 'b'], tie: null })
  })

  it('counts each constituency on its own ballots and candidates; marks for another constituency or twice count once or not at all', () => {
    const results = countElection(
      [school('sp1', 1), school('sp2', 1)],
      [
        { id: 'a', name: 'a', constituency: 'sp1' },
        { id: 'b', name: 'b', constituency: 'sp1' },
        { id: 'x', name: 'x', constituency: 'sp2' },
      ],
      [
        ...ballots(2, 'sp1', 'a', 'a'),
        ...ballots(1, 'sp1', 'b', 'x'),
        ...ballots(1, 'sp2', 'x'),
        ...ballots(3, 'sp2', 'a'),
        ...ballots(4, 'inna', 'b'),
      ],
    )
    expect(results.map((r) => [r.constituency, r.ballots, r.candidates.map((c) => [c.id, c.votes])])).toEqual([
      [
        'sp1',
        3,
        [
          ['a', 2],
          ['b', 1],
        ],
      ],
      ['sp2', 4, [['x', 1]]],
    ])
    expect(results.map((r) => r.elected)).toEqual([['a'], ['x']])
  })

  it("the whole JST ('') lists every candidate of the call, whatever their constituency field says", () => {
    const [r] = countElection(
      [whole(2)],
      [
        { id: 'a', name: 'a', constituency: null },
        { id: 'b', name: 'b', constituency: 'stary-klucz' },
        { id: 'c', name: 'c', constituency: null },
      ],
      [...ballots(3, '', 'b'), ...ballots(2, '', 'a', 'c'), ...ballots(1, '', 'c')],
    )
    expect(r).toMatchObject({ constituency: '', ballots: 6, elected: ['b', 'c'], tie: null })
  })
})

describe('the lot', () => {
  const tied = () =>
    countElection(
      [school('sp2', 3)],
      ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id, constituency: 'sp2' })),
      [...ballots(5, 'sp2', 'a'), ...ballots(3, 'sp2', 'b'), ...ballots(3, 'sp2', 'c'), ...ballots(3, 'sp2', 'd')],
    )[0]!

  it('moves the drawn candidates into the elected, in the order of the list, and clears the tie', () => {
    const r = tied()
    expect(r.tie).toEqual({ candidateIds: ['b', 'c', 'd'], seats: 2 })
    const after = applyLot(r, { elected: ['d', 'b'] })
    expect(after).toMatchObject({ elected: ['a', 'b', 'd'], tie: null })
    expect(after.candidates).toEqual(r.candidates)
    expect(r.tie).not.toBeNull()
  })

  it('refuses a draw that does not settle the tie, with a reason', () => {
    const r = tied()
    expect(lotRefusal(r, ['b'])).toMatch(/o 2 miejscach/)
    expect(lotRefusal(r, ['b', 'c', 'd'])).toMatch(/o 2 miejscach/)
    expect(lotRefusal(r, ['b', 'b'])).toMatch(/tylko raz/)
    expect(lotRefusal(r, ['a', 'b'])).toMatch(/równą liczbę głosów/)
    expect(lotRefusal(r, ['b', 'c'])).toBeNull()
    expect(() => applyLot(r, { elected: ['a', 'b'] })).toThrow(/równą liczbę głosów/)
    expect(lotRefusal({ tie: null }, ['b'])).toMatch(/nie ma remisu/)
    expect(lotRefusal({ tie: { candidateIds: ['a', 'b'], seats: 1 } }, [])).toMatch(/wskaż jednego kandydata/)
  })

  it('winners exist only once every constituency is settled', () => {
    const open = [
      tied(),
      ...countElection([school('sp1', 1)], [{ id: 'e', name: 'e', constituency: 'sp1' }], ballots(1, 'sp1', 'e')),
    ]
    expect(electionWinners(null)).toBeNull()
    expect(electionWinners(open)).toBeNull()
    expect(electionWinners([applyLot(open[0]!, { elected: ['c', 'b'] }), open[1]!])).toEqual(['a', 'b', 'c', 'e'])
  })
})
