import { describe, expect, it } from 'vitest'
import { greedy, parsePabulib, tally, type Outcome, type PbElection } from '../../worker/budget/tally/index'

/** Builds a .pb file: projects [id, cost], ballots as "id,id" strings (or [ids, points] for cumulative). */
function pb(opts: {
  budget: string
  projects: [string, string][]
  ballots: (string | [string, string])[]
  voteType?: string
  meta?: Record<string, string>
}): PbElection {
  const lines = ['META', 'key;value', `budget;${opts.budget}`, `vote_type;${opts.voteType ?? 'approval'}`]
  for (const [k, v] of Object.entries(opts.meta ?? {})) lines.push(`${k};${v}`)
  lines.push('PROJECTS', 'project_id;cost', ...opts.projects.map(([id, c]) => `${id};${c}`))
  const points = opts.voteType === 'cumulative' || opts.voteType === 'scoring'
  lines.push('VOTES', points ? 'voter_id;vote;points' : 'voter_id;vote')
  opts.ballots.forEach((b, i) => lines.push(typeof b === 'string' ? `${i + 1};${b}` : `${i + 1};${b[0]};${b[1]}`))
  return parsePabulib(lines.join('\n'))
}

function reasons(o: Outcome): Record<string, string> {
  return Object.fromEntries(o.projects.map((p) => [p.id, p.reason]))
}

/** Repeats a ballot k times. */
const times = (k: number, ballot: string) => Array.from({ length: k }, () => ballot)

/*
 * Budget 100. Votes (file order): b 5 (cost 50), a 5 (60), c 4 (40), d 0 (0, free), e 6 (150 > whole budget),
 * f 1 (10), g 1 (5). Two empty ballots.
 *
 * Ranking by votes: e(6) | b,a (5, tie) | c(4) | f,g (1, tie) | d(0).
 * file-order:       e no-fit; b 50 → 50 left; a 60 no-fit; c 40 → 10; f 10 → 0; g no-fit; d free → funded.
 * cost-then-votes:  same but g (5) before f (10): g → 5 left; f 10 no-fit.
 * lexicographic:    a before b: a 60 → 40; b no-fit; c 40 → 0; f, g no-fit; d funded.
 */
const G1 = () =>
  pb({
    budget: '100',
    projects: [
      ['b', '50'],
      ['a', '60'],
      ['c', '40'],
      ['d', '0'],
      ['e', '150'],
      ['f', '10'],
      ['g', '5'],
    ],
    ballots: [...times(4, 'e,a,b,c'), 'e,a,b,f', 'e,g', '', ''],
  })

describe('greedy on a hand-made instance', () => {
  it('scores are votes and empty ballots count as voters', () => {
    const o = greedy(G1())
    const score = Object.fromEntries(o.projects.map((p) => [p.id, p.score]))
    expect(score).toEqual({ b: 5, a: 5, c: 4, d: 0, e: 6, f: 1, g: 1 })
  })

  it('file-order ties (default): skips what does not fit, funds the free project', () => {
    const o = greedy(G1())
    expect(o.selected).toEqual(['b', 'c', 'f', 'd'])
    expect(o.spent).toBe(10000n)
    expect(o.left).toBe(0n)
    expect(reasons(o)).toEqual({
      b: 'funded',
      a: 'does-not-fit',
      c: 'funded',
      d: 'funded',
      e: 'does-not-fit',
      f: 'funded',
      g: 'does-not-fit',
    })
    const e = o.projects.find((p) => p.id === 'e')!
    expect(e.moneyLeftBefore).toBe(10000n) // the project costing more than the whole budget
    expect(o.tiesResolved.map((t) => t.result)).toEqual([
      ['b', 'a'],
      ['f', 'g'],
    ])
    expect(o.draws).toEqual([])
  })

  it('cost-then-votes ties', () => {
    const o = greedy(G1(), { ties: 'cost-then-votes' })
    expect(o.selected).toEqual(['b', 'c', 'g', 'd'])
    expect(o.spent).toBe(9500n)
  })

  it('lexicographic ties', () => {
    const o = greedy(G1(), { ties: 'lexicographic' })
    expect(o.selected).toEqual(['a', 'c', 'd'])
    expect(reasons(o).b).toBe('does-not-fit')
  })

  it('seeded draw: repeatable from the seed, every tie logged', () => {
    const o1 = greedy(G1(), { ties: 'seeded-draw', seed: 'Rada Gminy 2024-05-01' })
    const o2 = greedy(G1(), { ties: 'seeded-draw', seed: 'Rada Gminy 2024-05-01' })
    expect(o1).toEqual(o2)
    expect(o1.seed).toBe('Rada Gminy 2024-05-01')
    expect(o1.draws).toHaveLength(2)
    expect(o1.draws[0].tied).toEqual(['b', 'a'])
    expect([...o1.draws[0].result].sort()).toEqual(['a', 'b'])
    expect([...o1.draws[1].result].sort()).toEqual(['f', 'g'])
    // The draw decides: if a won the first draw, a is funded, otherwise b.
    expect(o1.selected[0]).toBe(o1.draws[0].result[0])
    // Different seeds eventually give both orders.
    const firsts = new Set<string>()
    for (let i = 0; i < 20; i++) firsts.add(greedy(G1(), { ties: 'seeded-draw', seed: `s${i}` }).draws[0].result[0])
    expect(firsts).toEqual(new Set(['a', 'b']))
    expect(() => greedy(G1(), { ties: 'seeded-draw' })).toThrow(/seed/)
  })

  it('threshold: projects below it are not eligible', () => {
    const o = greedy(G1(), { threshold: 5 })
    expect(o.selected).toEqual(['b'])
    expect(reasons(o)).toMatchObject({
      a: 'does-not-fit',
      c: 'below-threshold',
      d: 'below-threshold',
      f: 'below-threshold',
    })
    expect(o.threshold).toBe(5)
  })

  it('exclusive groups: once b is funded, c is excluded', () => {
    const o = greedy(G1(), { exclusiveGroups: [['b', 'c']] })
    expect(o.selected).toEqual(['b', 'f', 'g', 'd'])
    const c = o.projects.find((p) => p.id === 'c')!
    expect(c.reason).toBe('excluded-by-group')
    expect(c.excludedBy).toBe('b')
    expect(() => greedy(G1(), { exclusiveGroups: [['b', 'zz']] })).toThrow(/zz/)
    expect(greedy(G1(), { rule: 'greedy-exclusive' }).warnings.join()).toMatch(/exclusive-groups-missing/)
  })

  it('greedy-no-skip stops at a project costing more than the whole budget (checker semantics)', () => {
    const o = greedy(G1(), { rule: 'greedy-no-skip' })
    expect(o.selected).toEqual([])
    expect(reasons(o).e).toBe('does-not-fit')
    expect(reasons(o).b).toBe('stopped-no-skip')
  })
})

describe('greedy variants', () => {
  // Budget 100: p1 60 (5 votes), p2 50 (4), p3 30 (3), p4 10 (1).
  const E = () =>
    pb({
      budget: '100',
      projects: [
        ['p1', '60'],
        ['p2', '50'],
        ['p3', '30'],
        ['p4', '10'],
      ],
      ballots: ['p1,p2,p3,p4', 'p1,p2,p3', 'p1,p2,p3', 'p1,p2', 'p1'],
    })

  it('greedy skips p2 and continues; no-skip stops at p2', () => {
    expect(greedy(E()).selected).toEqual(['p1', 'p3', 'p4'])
    const ns = greedy(E(), { rule: 'greedy-no-skip' })
    expect(ns.selected).toEqual(['p1'])
    expect(reasons(ns)).toEqual({ p1: 'funded', p2: 'does-not-fit', p3: 'stopped-no-skip', p4: 'stopped-no-skip' })
  })

  it('META threshold applies to greedy too (as the checker), greedy-threshold warns when missing', () => {
    const withT = pb({
      budget: '100',
      projects: [
        ['p1', '60'],
        ['p2', '50'],
        ['p3', '30'],
      ],
      ballots: ['p1,p2,p3', 'p1,p2,p3', 'p1,p2', 'p1'],
      meta: { rule: 'greedy', min_project_score_threshold: '3' },
    })
    const o = tally(withT)
    expect(o.rule).toBe('greedy')
    expect(o.selected).toEqual(['p1'])
    expect(reasons(o).p3).toBe('below-threshold')
    const noT = pb({ budget: '100', projects: [['p1', '60']], ballots: ['p1'], meta: { rule: 'greedy-threshold' } })
    expect(tally(noT).warnings.join()).toMatch(/threshold-missing/)
  })

  it('cumulative: ranks by points, not by number of voters', () => {
    // x: 3 voters × 1 point = 3; y: 1 voter × 5 points = 5. Budget fits one.
    const c = pb({
      budget: '10',
      voteType: 'cumulative',
      projects: [
        ['x', '10'],
        ['y', '10'],
      ],
      ballots: [
        ['x', '1'],
        ['x', '1'],
        ['x,y', '1,5'],
      ],
    })
    const o = greedy(c)
    expect(o.selected).toEqual(['y'])
    expect(o.projects.map((p) => [p.id, p.score, p.votes])).toEqual([
      ['x', 3, 3],
      ['y', 5, 1],
    ])
  })

  it('choose-1 behaves like approval; decimal budgets are exact', () => {
    const c = pb({
      budget: '100.10',
      voteType: 'choose-1',
      projects: [
        ['a', '50.05'],
        ['b', '50.05'],
        ['c', '0.01'],
      ],
      ballots: ['a', 'a', 'b', 'c'],
    })
    const o = greedy(c)
    expect(o.selected).toEqual(['a', 'b'])
    expect(o.spent).toBe(10010n)
    expect(o.left).toBe(0n)
    expect(reasons(o).c).toBe('does-not-fit')
  })

  it('warns when published votes differ from the ballots', () => {
    const e = parsePabulib(
      'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost;votes\na;5;3\nVOTES\nvoter_id;vote\n1;a\n',
    )
    const o = greedy(e)
    expect(o.warnings.join()).toMatch(/votes-mismatch: project a published votes 3, ballots give 1/)
    expect(o.projects[0].publishedVotes).toBe(3)
    expect(o.projects[0].votes).toBe(1)
  })

  it('without ballots, the published figures are used', () => {
    const e = parsePabulib(
      'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost;votes\na;6;3\nb;6;7\nVOTES\nvoter_id;vote\n',
    )
    expect(greedy(e).selected).toEqual(['b'])
  })
})
