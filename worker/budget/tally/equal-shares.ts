/**
 * The Method of Equal Shares rules (cost utilities, approval view of the ballots), as Pabulib names them:
 *
 * - `equalshares`: one MES run with per-voter budget B/n.
 * - `equalshares/add1`: the "Add1" completion with the **pabulib checker / equalshares.net semantics**: first B/n,
 *   then floor(B/n)+1, +2, … currency units per voter; an outcome is accepted while its total cost is ≤ B; the
 *   last accepted outcome is kept. There is **no exhaustive stop** (pabutools' `voter_budget_increment=1` stops as
 *   soon as an outcome is exhaustive, which does not reproduce Wieliczka 2023). Binary search would be wrong: the
 *   cost of the outcome is not monotone in the per-voter budget.
 * - `…-comparison`: then compare with greedy-by-votes (skip what does not fit, no threshold); each voter prefers the
 *   outcome with more of the projects they approved; switch to greedy only if strictly more voters prefer it.
 *
 * Ties: `cost-then-votes` by default (the checker: lower cost, then more votes; then file order).
 * Zero-cost projects: with cost utilities they give no utility, so MES itself never picks them (as in pabutools and
 * the checker); being free, those with supporters are funded after the MES rounds.
 * The add1 loop stops as well when every eligible project is funded (nothing more can change; the checker would loop
 * forever there) and after `maxAdd1Steps` steps (a warning is added).
 */
import { greedyRanking, greedyWalk } from './greedy'
import type { Money } from './money'
import { MesPrepared, runMes, type MesRunResult } from './mes-engine'
import { assembleOutcome, conflictLists, emptyStates, resolveGroups, SENTINEL_COST, type ProjectState } from './outcome'
import * as Q from './rational'
import { computeScores, type Scores } from './scores'
import { makeTieContext, pickTied } from './ties'
import type { ComparisonResult, Outcome, RuleName, RuleOptions, TallyInput, TiePolicy } from './types'

export interface EqualSharesOptions extends RuleOptions {
  rule?: Extract<
    RuleName,
    'equalshares' | 'equalshares-comparison' | 'equalshares/add1' | 'equalshares/add1-comparison'
  >
  /** Tie policy of the greedy outcome in the comparison step (default `file-order`, as the checker). */
  comparisonTies?: TiePolicy
  /** Reuse prepared data (benchmarks, repeated calls). */
  prepared?: MesPrepared
  /**
   * Also give each funded project's payment as an exact fraction (`paymentExact`). Off by default: decisions are
   * always exact, but after many rounds these fractions can have hundreds of digits and cost more to print than
   * the whole computation.
   */
  exactPayments?: boolean
}

const DEFAULT_MAX_ADD1_STEPS = 200_000

export function equalShares(
  input: TallyInput,
  options: EqualSharesOptions = {},
  scores: Scores = computeScores(input),
): Outcome {
  const rule = options.rule ?? 'equalshares'
  const add1 = rule === 'equalshares/add1' || rule === 'equalshares/add1-comparison'
  const comparison = rule === 'equalshares-comparison' || rule === 'equalshares/add1-comparison'
  const ties = options.ties ?? 'cost-then-votes'
  const m = input.projects.length
  const ids = input.projects.map((p) => p.id)
  const costs = input.projects.map((p) => p.cost)
  const P = options.prepared ?? new MesPrepared(input.profile, costs)
  const n = input.profile.numVoters
  const B = input.budget
  const warnings = [...scores.warnings]
  const groups = resolveGroups(input, options.exclusiveGroups)
  const conflicts = groups.length ? conflictLists(m, groups) : undefined
  const eligible = (j: number) => P.costN[j] > 0 && P.votes[j] > 0 && costs[j] !== SENTINEL_COST

  // Each run starts its tie context afresh, so a seeded draw of the kept run can be repeated on its own.
  const runWith = (b: Q.Rat, abortAbove?: Money) => {
    const ctx = makeTieContext(ties, options.seed, ids, costs, scores.votes)
    const result = runMes(P, b, {
      exactOnly: options.exactOnly,
      abortAbove,
      eligible,
      conflicts,
      pickTied: (tied, round) => pickTied(ctx, tied, { kind: 'mes', round }),
    })
    return { result, ctx }
  }

  let perVoter: Q.Rat = n > 0 ? Q.rat(B, BigInt(n)) : Q.ZERO
  let kept = runWith(perVoter)
  let steps = 0
  if (add1 && n > 0 && !kept.result.aborted) {
    const maxSteps = options.maxAdd1Steps ?? DEFAULT_MAX_ADD1_STEPS
    const eligibleCount = countEligible(m, eligible)
    let units = B / (100n * BigInt(n)) // floor(B/n) in currency units
    for (;;) {
      if (fundedOrExcluded(kept.result) >= eligibleCount) break
      if (steps >= maxSteps) {
        warnings.push(`add1-step-limit: stopped after ${maxSteps} steps`)
        break
      }
      units += 1n
      steps++
      const b = Q.rat(units * 100n)
      options.onProgress?.({ phase: 'add1', step: steps, perVoterBudget: Number(units) })
      const next = runWith(b, B)
      if (next.result.aborted || next.result.spent > B) break
      kept = next
      perVoter = b
    }
  }

  let { winners, states } = mesStates(P, kept.result, ids, eligible, costs, options.exactPayments === true)
  let tiesResolved = kept.ctx.tiesResolved
  let draws = kept.ctx.draws
  let comparisonResult: ComparisonResult | undefined
  if (comparison) {
    options.onProgress?.({ phase: 'comparison' })
    const cctx = makeTieContext(options.comparisonTies ?? 'file-order', options.seed, ids, costs, scores.votes)
    const ranking = greedyRanking(cctx, m, P.votes)
    const g = greedyWalk(costs, ids, ranking, B, { noSkip: false, conflicts })
    const { prefersMes, prefersGreedy } = compareByApprovedWinners(P, winners, g.winners)
    const chosen = prefersGreedy > prefersMes ? 'greedy' : 'mes'
    comparisonResult = {
      prefersMes,
      prefersGreedy,
      chosen,
      mesSelected: winners.map((w) => ids[w]),
      greedySelected: g.winners.map((w) => ids[w]),
    }
    if (chosen === 'greedy') {
      winners = g.winners
      states = g.states
      tiesResolved = cctx.tiesResolved
      draws = cctx.draws
    }
  }
  const out = assembleOutcome({
    input,
    rule,
    ties,
    seed: options.seed,
    scores,
    winners,
    states,
    draws,
    tiesResolved,
    warnings,
  })
  const pvUnits = Q.divInt(perVoter, 100)
  out.perVoterBudget = Q.toNumber(pvUnits)
  out.perVoterBudgetExact = Q.toFractionString(pvUnits)
  if (add1) out.add1Steps = steps
  if (comparisonResult) out.comparison = comparisonResult
  options.onProgress?.({ phase: 'done', fraction: 1 })
  return out
}

function countEligible(m: number, eligible: (j: number) => boolean): number {
  let c = 0
  for (let j = 0; j < m; j++) if (eligible(j)) c++
  return c
}

function fundedOrExcluded(r: MesRunResult): number {
  let c = r.winners.length
  for (let j = 0; j < r.excludedBy.length; j++) if (r.excludedBy[j] >= 0 && !r.winners.includes(j)) c++
  return c
}

/** Turns a MES run into per-project states (order, reasons, payments), funding free projects at the end. */
function mesStates(
  P: MesPrepared,
  r: MesRunResult,
  ids: readonly string[],
  eligible: (j: number) => boolean,
  costs: readonly Money[],
  exactPayments: boolean,
): { winners: number[]; states: ProjectState[] } {
  const m = ids.length
  const states = emptyStates(m, 'not-affordable-by-supporters')
  const winners = r.winners.slice()
  r.rounds.forEach((round, i) => {
    const s = states[round.project]
    s.selected = true
    s.order = i + 1
    s.reason = 'funded'
    s.payment = round.rhoF / 100
    if (exactPayments) s.paymentExact = Q.toFractionString(Q.divInt(r.rhoExact(i), 100))
    s.supportersPaidAll = round.paidAll
  })
  const funded = new Set(winners)
  // Free projects with supporters: nobody pays, fund them after the MES rounds (unless excluded by a group).
  for (let j = 0; j < m; j++) {
    if (costs[j] === 0n && P.votes[j] > 0 && r.excludedBy[j] < 0) {
      winners.push(j)
      funded.add(j)
      const s = states[j]
      s.selected = true
      s.order = winners.length
      s.reason = 'funded'
      s.payment = 0
      if (exactPayments) s.paymentExact = '0'
    }
  }
  for (let j = 0; j < m; j++) {
    if (funded.has(j)) continue
    const s = states[j]
    if (costs[j] === SENTINEL_COST) s.reason = 'withdrawn'
    else if (r.excludedBy[j] >= 0) {
      s.reason = 'excluded-by-group'
      s.excludedBy = ids[r.excludedBy[j]]
    } else if (P.votes[j] === 0) s.reason = 'no-support'
    else if (!eligible(j)) s.reason = 'no-support'
    else {
      s.reason = 'not-affordable-by-supporters'
      s.supportersMoney = Math.round(r.supportersMoney(j)) / 100
    }
  }
  return { winners, states }
}

/**
 * The comparison step: for every voter, count approved projects in each outcome; return how many voters have more
 * under MES and how many have more under greedy.
 */
export function compareByApprovedWinners(
  P: MesPrepared,
  mes: readonly number[],
  greedyWinners: readonly number[],
): { prefersMes: number; prefersGreedy: number } {
  const inMes = new Uint8Array(P.m)
  const inGreedy = new Uint8Array(P.m)
  for (const j of mes) inMes[j] = 1
  for (const j of greedyWinners) inGreedy[j] = 1
  let prefersMes = 0
  let prefersGreedy = 0
  for (let g = 0; g < P.numGroups; g++) {
    let a = 0
    let b = 0
    for (let k = P.offsets[g]; k < P.offsets[g + 1]; k++) {
      a += inMes[P.items[k]]
      b += inGreedy[P.items[k]]
    }
    if (a > b) prefersMes += P.weight[g]
    else if (b > a) prefersGreedy += P.weight[g]
  }
  return { prefersMes, prefersGreedy }
}
