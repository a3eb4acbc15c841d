/**
 * Tie policies. A tie is policy, not an accident of sorting, so every rule takes one explicitly:
 *
 * - `file-order`: earlier in the PROJECTS section wins. The official Polish data follows it (e.g. Warszawa Bródno
 *   2019, where two projects with 253 votes are ordered by file position). Default for the greedy family.
 * - `cost-then-votes`: the cheaper project wins, then the one with more votes, then file order. The Equal Shares
 *   recommendation (equalshares.net) and the pabulib checker for MES. Default for the MES rules.
 * - `lexicographic`: the smaller project id (plain string order) wins — what pabutools does by default.
 * - `seeded-draw`: a public draw from a seed (`prng.ts`); every tie resolved is logged with the tied projects and
 *   the result, so anyone can repeat it.
 *
 * Every tie that influenced an order is also logged in `tiesResolved`, whatever the policy.
 */
import { SeededRandom } from './prng'
import type { DrawEntry, TiePolicy } from './types'

export interface TieContext {
  policy: TiePolicy
  ids: readonly string[]
  costs: readonly bigint[]
  votes: Float64Array
  rng: SeededRandom | null
  draws: DrawEntry[]
  tiesResolved: DrawEntry[]
}

export function makeTieContext(
  policy: TiePolicy,
  seed: string | undefined,
  ids: readonly string[],
  costs: readonly bigint[],
  votes: Float64Array,
): TieContext {
  if (policy === 'seeded-draw' && (seed === undefined || seed === '')) {
    throw new Error('seeded-draw needs a seed (--seed) / losowanie wymaga ziarna (--seed)')
  }
  return {
    policy,
    ids,
    costs,
    votes,
    rng: policy === 'seeded-draw' ? new SeededRandom(seed!) : null,
    draws: [],
    tiesResolved: [],
  }
}

/** Deterministic comparator for the non-random policies (negative = `a` first). */
export function tieCompare(ctx: TieContext, a: number, b: number): number {
  switch (ctx.policy) {
    case 'cost-then-votes': {
      const ca = ctx.costs[a]
      const cb = ctx.costs[b]
      if (ca !== cb) return ca < cb ? -1 : 1
      if (ctx.votes[a] !== ctx.votes[b]) return ctx.votes[b] - ctx.votes[a]
      return a - b
    }
    case 'lexicographic': {
      const ia = ctx.ids[a]
      const ib = ctx.ids[b]
      return ia < ib ? -1 : ia > ib ? 1 : a - b
    }
    default:
      return a - b
  }
}

/**
 * Orders a group of tied projects (given in any order). Returns a new array, logs the tie.
 */
export type TieWhere = DrawEntry['where']

export function describeWhere(where: TieWhere): string {
  return where.kind === 'mes' ? `MES round ${where.round}` : `score ${where.score}, positions ${where.from}-${where.to}`
}

export function orderTied(ctx: TieContext, tied: readonly number[], where: TieWhere): number[] {
  const inFileOrder = tied.slice().sort((a, b) => a - b)
  if (tied.length < 2) return inFileOrder
  let result: number[]
  if (ctx.policy === 'seeded-draw') {
    result = ctx.rng!.shuffle(inFileOrder)
  } else {
    result = inFileOrder.slice().sort((a, b) => tieCompare(ctx, a, b))
  }
  const entry: DrawEntry = {
    context: describeWhere(where),
    where,
    tied: inFileOrder.map((p) => ctx.ids[p]),
    result: result.map((p) => ctx.ids[p]),
  }
  ctx.tiesResolved.push(entry)
  if (ctx.policy === 'seeded-draw') ctx.draws.push(entry)
  return result
}

/**
 * Picks one winner among exactly tied projects (MES rounds). With `seeded-draw` one draw `nextInt(k)` over the tied
 * projects in file order.
 */
export function pickTied(ctx: TieContext, tied: readonly number[], where: TieWhere): number {
  const inFileOrder = tied.slice().sort((a, b) => a - b)
  if (inFileOrder.length === 1) return inFileOrder[0]
  let winner: number
  if (ctx.policy === 'seeded-draw') winner = inFileOrder[ctx.rng!.nextInt(inFileOrder.length)]
  else winner = inFileOrder.reduce((best, p) => (tieCompare(ctx, p, best) < 0 ? p : best))
  const entry: DrawEntry = {
    context: describeWhere(where),
    where,
    tied: inFileOrder.map((p) => ctx.ids[p]),
    result: [ctx.ids[winner]],
  }
  ctx.tiesResolved.push(entry)
  if (ctx.policy === 'seeded-draw') ctx.draws.push(entry)
  return winner
}

/**
 * Full ranking by a numeric score (descending) with ties resolved by the policy. Groups of equal scores are
 * resolved from the highest score down, so a seeded draw consumes random numbers in a documented order.
 */
export function rankByScore(ctx: TieContext, indices: readonly number[], score: ArrayLike<number>): number[] {
  const sorted = indices.slice().sort((a, b) => score[b] - score[a] || a - b)
  const out: number[] = []
  let i = 0
  while (i < sorted.length) {
    let j = i + 1
    while (j < sorted.length && score[sorted[j]] === score[sorted[i]]) j++
    if (j - i === 1) out.push(sorted[i])
    else
      out.push(...orderTied(ctx, sorted.slice(i, j), { kind: 'greedy', score: score[sorted[i]], from: i + 1, to: j }))
    i = j
  }
  return out
}
