import { describe, expect, it } from 'vitest'
import {
  equalShares,
  parsePabulib,
  SeededRandom,
  tally,
  type Outcome,
  type PbElection,
  type ProgressEvent,
} from '../../worker/budget/tally/index'
import * as Q from '../../worker/budget/tally/rational'

function pb(budget: string, projects: [string, string][], ballots: string[]): PbElection {
  const lines = ['META', 'key;value', `budget;${budget}`, 'vote_type;approval', 'PROJECTS', 'project_id;cost']
  for (const [id, c] of projects) lines.push(`${id};${c}`)
  lines.push('VOTES', 'voter_id;vote')
  ballots.forEach((b, i) => lines.push(`${i + 1};${b}`))
  return parsePabulib(lines.join('\n'))
}

const byId = (o: Outcome) => Object.fromEntries(o.projects.map((p) => [p.id, p]))
const times = (k: number, ballot: string) => Array.from({ length: k }, () => ballot)

/*
 * TIES: 10 voters, budget 100 (10 per voter). v1–v6 approve "2" (50), "10" (50), "x" (30); v7–v10 approve "c" (40).
 * Round 1: "2", "10", "x" all have ρ/cost = 1/6 (everybody can pay an equal share) — an exact three-way tie;
 * "c" has ρ = 10, ρ/cost = 1/4. After either 50-project, v1–v6 keep 10 − 50/6 = 5/3 each (10 together): nothing
 * else of theirs is affordable; "c" is then funded with ρ = 10. After "x" they keep 5 each (30): still not enough.
 */
const TIES = () =>
  pb(
    '100',
    [
      ['2', '50'],
      ['10', '50'],
      ['x', '30'],
      ['c', '40'],
    ],
    [...times(6, '2,10,x'), ...times(4, 'c')],
  )

describe('MES on hand-made instances', () => {
  it('file-order ties', () => {
    const o = equalShares(TIES(), { ties: 'file-order', exactPayments: true })
    expect(o.selected).toEqual(['2', 'c'])
    expect(o.spent).toBe(9000n)
    expect(o.perVoterBudget).toBe(10)
    const p = byId(o)
    expect(p['2'].paymentExact).toBe('25/3')
    expect(p['c'].paymentExact).toBe('10')
    expect(p['10'].reason).toBe('not-affordable-by-supporters')
    expect(p['10'].supportersMoney).toBe(10)
    expect(o.tiesResolved).toEqual([
      { context: 'MES round 1', where: { kind: 'mes', round: 1 }, tied: ['2', '10', 'x'], result: ['2'] },
    ])
  })

  it('lexicographic ties ("10" < "2" as text)', () => {
    expect(equalShares(TIES(), { ties: 'lexicographic' }).selected).toEqual(['10', 'c'])
  })

  it('cost-then-votes ties (the default for MES)', () => {
    const o = equalShares(TIES(), { exactPayments: true })
    expect(o.ties).toBe('cost-then-votes')
    expect(o.selected).toEqual(['x', 'c'])
    expect(o.spent).toBe(7000n)
    expect(byId(o).x.paymentExact).toBe('5')
  })

  it('seeded draw: repeatable, logged', () => {
    const a = equalShares(TIES(), { ties: 'seeded-draw', seed: 'losowanie-1' })
    const b = equalShares(TIES(), { ties: 'seeded-draw', seed: 'losowanie-1' })
    expect(a).toEqual(b)
    expect(a.draws).toHaveLength(1)
    expect(a.draws[0].tied).toEqual(['2', '10', 'x'])
    expect(a.selected[0]).toBe(a.draws[0].result[0])
    const winners = new Set<string>()
    for (let i = 0; i < 30; i++) winners.add(equalShares(TIES(), { ties: 'seeded-draw', seed: `${i}` }).selected[0])
    expect(winners).toEqual(new Set(['2', '10', 'x']))
  })

  it('add1 (checker semantics): 10, 11, 12, 13 fit; 14 funds a third project and exceeds the budget', () => {
    // file-order: at 14/voter v1–v6 keep 14 − 50/6 each… not enough for x (6 × 5.67 = 34 ≥ 30!) → 2, x, c = 120.
    const steps: ProgressEvent[] = []
    const f = equalShares(TIES(), { rule: 'equalshares/add1', ties: 'file-order', onProgress: (e) => steps.push(e) })
    expect(f.selected).toEqual(['2', 'c'])
    expect(f.perVoterBudget).toBe(13)
    expect(f.perVoterBudgetExact).toBe('13')
    expect(f.add1Steps).toBe(4)
    expect(steps.filter((s) => s.phase === 'add1').map((s) => s.perVoterBudget)).toEqual([11, 12, 13, 14])
    // cost-then-votes: x first; at 14 v1–v6 keep 9 each = 54 ≥ 50 → x, 2, c = 120 > 100.
    const d = equalShares(TIES(), { rule: 'equalshares/add1' })
    expect(d.selected).toEqual(['x', 'c'])
    expect(d.perVoterBudget).toBe(13)
  })

  it('comparison step switches to greedy only when strictly more voters prefer it', () => {
    // MES (file order) = {2, c}; greedy by votes = {2, 10}. v1–v6 have 2 approved winners under greedy vs 1:
    // 6 prefer greedy; v7–v10 have 1 vs 0: 4 prefer MES. 6 > 4 → greedy.
    const o = equalShares(TIES(), { rule: 'equalshares-comparison', ties: 'file-order' })
    expect(o.comparison).toEqual({
      prefersMes: 4,
      prefersGreedy: 6,
      chosen: 'greedy',
      mesSelected: ['2', 'c'],
      greedySelected: ['2', '10'],
    })
    expect(o.selected).toEqual(['2', '10'])
    expect(byId(o).c.reason).toBe('does-not-fit')
    // With 6 voters for c the majority prefers MES.
    const six = pb(
      '100',
      [
        ['2', '50'],
        ['10', '50'],
        ['x', '30'],
        ['c', '40'],
      ],
      [...times(6, '2,10,x'), ...times(6, 'c')],
    )
    const keep = equalShares(six, { rule: 'equalshares/add1-comparison', ties: 'file-order' })
    expect(keep.comparison?.chosen).toBe('mes')
    expect(keep.selected).toEqual(keep.comparison?.mesSelected)
  })

  /*
   * POOR: 5 voters (one empty ballot), budget 50 → 10 each.
   * v1: A,B,H   v2: A,C,H   v3: A,Z,H   v4: B,H   v5: (empty)
   * A 24, B 10, C 5, Z 0 (free), N 5 (no votes), H 100 (more than the whole budget).
   * Round 1: A ρ = 8 (ρ/cost 1/3), B ρ = 5 (1/2), C ρ = 5 (1); H unaffordable (40 < 100). A: v1–v3 keep 2.
   * Round 2: B: v1 has 2 < 10/2 → pays all 2; v4 pays ρ = 8 (ρ/cost 0.8). C: v2 has 2 < 5 → unaffordable.
   * Z is free and supported: funded after the MES rounds. Spent 34 of 50.
   */
  it('supporters with less than the equal share pay all they have; free, unsupported and too expensive projects', () => {
    const e = pb(
      '50',
      [
        ['A', '24'],
        ['B', '10'],
        ['C', '5'],
        ['Z', '0'],
        ['N', '5'],
        ['H', '100'],
      ],
      ['A,B,H', 'A,C,H', 'A,Z,H', 'B,H', ''],
    )
    const o = equalShares(e, { exactPayments: true })
    expect(o.selected).toEqual(['A', 'B', 'Z'])
    expect(o.spent).toBe(3400n)
    expect(o.left).toBe(1600n)
    expect(o.perVoterBudget).toBe(10)
    const p = byId(o)
    expect(p.A).toMatchObject({ order: 1, paymentExact: '8', supportersPaidAll: 0 })
    expect(p.B).toMatchObject({ order: 2, paymentExact: '8', supportersPaidAll: 1 })
    expect(p.Z).toMatchObject({ order: 3, reason: 'funded', payment: 0 })
    expect(p.C).toMatchObject({ reason: 'not-affordable-by-supporters', supportersMoney: 2 })
    expect(p.N.reason).toBe('no-support')
    expect(p.H).toMatchObject({ reason: 'not-affordable-by-supporters', supportersMoney: 6 })
  })

  it('exclusive groups apply to MES', () => {
    const o = equalShares(TIES(), { ties: 'file-order', exclusiveGroups: [['2', '10']] })
    expect(o.selected).toEqual(['2', 'c'])
    expect(byId(o)['10']).toMatchObject({ reason: 'excluded-by-group', excludedBy: '2' })
  })

  it('no voters: nothing funded, no crash', () => {
    const e = parsePabulib(
      'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n',
    )
    const o = tally(e, { rule: 'equalshares/add1' })
    expect(o.selected).toEqual([])
    expect(byId(o).a.reason).toBe('no-support')
  })

  it('add1 stops when every project is funded (the checker would loop for ever)', () => {
    const e = pb(
      '100',
      [
        ['a', '10'],
        ['b', '20'],
      ],
      ['a', 'b', 'a,b'],
    )
    const o = equalShares(e, { rule: 'equalshares/add1' })
    expect(o.selected.sort()).toEqual(['a', 'b'])
    expect(o.add1Steps).toBe(0)
  })

  it('cumulative ballots: MES uses the approval view (listed = supported)', () => {
    const e = parsePabulib(
      'META\nkey;value\nbudget;20\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;10\nb;10\nVOTES\nvoter_id;vote;points\n1;a;5\n2;a,b;1,4\n',
    )
    const o = equalShares(e, { exactPayments: true })
    expect(o.selected).toEqual(['a'])
    expect(byId(o).a.paymentExact).toBe('5')
  })
})

// ---------------------------------------------------------------------------------------------------------------
// A deliberately naive reference: the pabulib checker's algorithm transcribed, one voter at a time, exact rationals,
// no grouping, no lazy evaluation, no floats.

type Ties = 'cost-then-votes' | 'lexicographic' | 'file-order'

function naiveMes(costs: bigint[], approvers: number[][], n: number, b: Q.Rat, ids: string[], ties: Ties): number[] {
  const budget: Q.Rat[] = Array.from({ length: n }, () => b)
  let remaining = costs.map((_, j) => j).filter((j) => costs[j] > 0n && approvers[j].length > 0)
  const winners: number[] = []
  for (;;) {
    let best: Q.Rat | null = null
    let bestList: number[] = []
    let bestRho = new Map<number, Q.Rat>()
    const keep: number[] = []
    for (const j of remaining) {
      const c = Q.rat(costs[j])
      const money = approvers[j].reduce((s, i) => Q.add(s, budget[i]), Q.ZERO)
      if (Q.cmp(money, c) < 0) continue
      keep.push(j)
      const sorted = approvers[j].slice().sort((x, y) => Q.cmp(budget[x], budget[y]))
      let paid = Q.ZERO
      let k = sorted.length
      for (const i of sorted) {
        const rho = Q.divInt(Q.sub(c, paid), k)
        if (Q.cmp(rho, budget[i]) <= 0) {
          const aff = Q.div(rho, c)
          bestRho.set(j, rho)
          const s = best === null ? -1 : Q.cmp(aff, best)
          if (s < 0) {
            best = aff
            bestList = [j]
          } else if (s === 0) bestList.push(j)
          break
        }
        paid = Q.add(paid, budget[i])
        k--
      }
    }
    remaining = keep
    if (bestList.length === 0) return winners
    const key = (j: number): (number | string | bigint)[] =>
      ties === 'cost-then-votes' ? [costs[j], -approvers[j].length, j] : ties === 'lexicographic' ? [ids[j], j] : [j]
    bestList.sort((x, y) => {
      const a = key(x)
      const c = key(y)
      for (let t = 0; t < a.length; t++) if (a[t] !== c[t]) return a[t] < c[t] ? -1 : 1
      return 0
    })
    const w = bestList[0]
    winners.push(w)
    remaining = remaining.filter((j) => j !== w)
    const rho = bestRho.get(w)!
    for (const i of approvers[w]) budget[i] = Q.cmp(budget[i], rho) > 0 ? Q.sub(budget[i], rho) : Q.ZERO
    bestRho = new Map()
  }
}

function naiveAdd1(costs: bigint[], approvers: number[][], n: number, B: bigint, ids: string[], ties: Ties) {
  let winners = naiveMes(costs, approvers, n, Q.rat(B, n), ids, ties)
  let pv: Q.Rat = Q.rat(B, n)
  let units = B / BigInt(n)
  const all = costs.filter((c, j) => c > 0n && approvers[j].length > 0).length
  for (;;) {
    if (winners.length >= all) break
    units += 1n
    const next = naiveMes(costs, approvers, n, Q.rat(units), ids, ties)
    const cost = next.reduce((s, j) => s + costs[j], 0n)
    if (cost > B) break
    winners = next
    pv = Q.rat(units)
  }
  return { winners, pv }
}

describe('MES: the fast engine agrees with a naive exact reference on random instances', () => {
  const rng = new SeededRandom('mes-random-instances')
  const cases = 150
  it(`${cases} random instances (plain and add1, three tie policies, exact-only mode too)`, () => {
    for (let t = 0; t < cases; t++) {
      const m = 2 + rng.nextInt(6)
      const n = 1 + rng.nextInt(24)
      // Few distinct costs and small electorates make exact ties frequent.
      const costs = Array.from({ length: m }, () => BigInt([0, 10, 20, 30, 30, 45, 60, 90][rng.nextInt(8)]))
      const ids = Array.from({ length: m }, (_, j) => String((j * 7) % (m + 3)) + (j % 2 ? 'a' : ''))
      if (new Set(ids).size < m) ids.forEach((_, j) => (ids[j] = `p${j}`))
      const approvers: number[][] = Array.from({ length: m }, () => [])
      const ballots: string[] = []
      const density = 0.2 + rng.nextInt(6) / 10
      for (let i = 0; i < n; i++) {
        const chosen: string[] = []
        for (let j = 0; j < m; j++) {
          if (rng.nextInt(1000) < density * 1000) {
            approvers[j].push(i)
            chosen.push(ids[j])
          }
        }
        ballots.push(chosen.join(','))
      }
      const B = BigInt(30 + rng.nextInt(200))
      const e = pb(
        String(B),
        ids.map((id, j) => [id, String(costs[j])]),
        ballots,
      )
      for (const ties of ['cost-then-votes', 'lexicographic', 'file-order'] as const) {
        const label = `case ${t} ${ties}: B=${B} costs=${costs} ballots=${JSON.stringify(ballots)}`
        const plainRef = naiveMes(costs, approvers, n, Q.rat(B, n), ids, ties).map((j) => ids[j])
        // The reference ignores free projects (MES never picks them); ours funds them after the rounds.
        const paid = (o: Outcome) => o.selected.filter((id) => costs[ids.indexOf(id)] > 0n)
        const plain = equalShares(e, { ties })
        expect(paid(plain), label).toEqual(plainRef)
        const ref = naiveAdd1(costs, approvers, n, B, ids, ties)
        const fast = equalShares(e, { rule: 'equalshares/add1', ties })
        expect(paid(fast), label).toEqual(ref.winners.map((j) => ids[j]))
        expect(fast.perVoterBudgetExact, label).toBe(Q.toFractionString(ref.pv))
        if (t % 5 === 0) {
          const exact = equalShares(e, { rule: 'equalshares/add1', ties, exactOnly: true })
          expect(exact.selected, label).toEqual(fast.selected)
          expect(exact.perVoterBudgetExact, label).toBe(fast.perVoterBudgetExact)
        }
      }
    }
  })
})
