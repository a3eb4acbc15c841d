/**
 * The greedy family — what almost every Polish city uses: rank projects by score and fund them from the top while
 * money lasts.
 *
 * - `greedy`: a project that no longer fits is skipped and the next ones are still considered.
 * - `greedy-no-skip`: stop at the first project that does not fit (Gdynia).
 * - `greedy-threshold`: like `greedy`; projects scoring below META `min_project_score_threshold` are not eligible.
 *   The threshold is applied whenever META has it, for every greedy variant — this is what the pabulib checker does
 *   and what reproduces the official `selected` columns (e.g. Gdynia Orłowo, threshold 50 votes).
 * - `greedy-exclusive` / option `exclusiveGroups`: groups of conflicting projects (e.g. two variants of the same
 *   park); once one of a group is funded, the others are `excluded-by-group`. Since projects are visited in ranking
 *   order, the funded one is the best-ranked of its group that fits.
 *
 * Score = number of voters (approval, choose-1, ordinal) or total points (cumulative, scoring), computed from the
 * ballots (`scores.ts`). Ties: `file-order` by default (see `ties.ts`).
 */
import type { Money } from './money'
import { assembleOutcome, conflictLists, emptyStates, resolveGroups, SENTINEL_COST, type ProjectState } from './outcome'
import { computeScores, type Scores } from './scores'
import { makeTieContext, rankByScore, type TieContext } from './ties'
import type { Outcome, RuleName, RuleOptions, TallyInput } from './types'

export interface GreedyOptions extends RuleOptions {
  /** Which greedy variant (default `greedy`). */
  rule?: Extract<RuleName, 'greedy' | 'greedy-no-skip' | 'greedy-threshold' | 'greedy-exclusive'>
}

/** The threshold in force: option, else META `min_project_score_threshold`, else 0. */
export function thresholdOf(input: TallyInput, options: RuleOptions): number {
  if (options.threshold !== undefined) return options.threshold
  const t = input.meta?.min_project_score_threshold
  return t !== undefined && t.trim() !== '' ? Number(t) : 0
}

export interface GreedyRun {
  winners: number[]
  states: ProjectState[]
}

/**
 * The greedy walk over a ranking. Pure; used by `greedy` and by the MES comparison step.
 */
export function greedyWalk(
  costs: readonly Money[],
  ids: readonly string[],
  ranking: readonly number[],
  budget: Money,
  opts: { noSkip: boolean; eligible?: (j: number) => boolean; conflicts?: number[][] },
): GreedyRun {
  const m = costs.length
  const states = emptyStates(m, 'does-not-fit')
  const winners: number[] = []
  let left = budget
  let stopped = false
  const excludedBy = new Int32Array(m).fill(-1)
  for (const j of ranking) {
    const s = states[j]
    if (opts.eligible && !opts.eligible(j)) {
      s.reason = 'below-threshold'
      continue
    }
    if (costs[j] === SENTINEL_COST) {
      s.reason = 'withdrawn'
      continue
    }
    if (stopped) {
      s.reason = 'stopped-no-skip'
      continue
    }
    if (excludedBy[j] >= 0) {
      s.reason = 'excluded-by-group'
      s.excludedBy = ids[excludedBy[j]]
      continue
    }
    s.moneyLeftBefore = left
    if (costs[j] <= left) {
      left -= costs[j]
      winners.push(j)
      s.selected = true
      s.reason = 'funded'
      s.order = winners.length
      if (opts.conflicts)
        for (const k of opts.conflicts[j]) if (excludedBy[k] < 0 && !states[k].selected) excludedBy[k] = j
    } else {
      s.reason = 'does-not-fit'
      if (opts.noSkip) stopped = true
    }
  }
  return { winners, states }
}

/** Greedy ranking of all projects by score with the tie policy of `ctx`. */
export function greedyRanking(ctx: TieContext, m: number, score: ArrayLike<number>): number[] {
  return rankByScore(
    ctx,
    Array.from({ length: m }, (_, i) => i),
    score,
  )
}

/**
 * Runs a greedy rule. `scores` may be passed when already computed (they depend only on the ballots).
 */
export function greedy(input: TallyInput, options: GreedyOptions = {}, scores: Scores = computeScores(input)): Outcome {
  const rule = options.rule ?? 'greedy'
  const ties = options.ties ?? 'file-order'
  const m = input.projects.length
  const ids = input.projects.map((p) => p.id)
  const costs = input.projects.map((p) => p.cost)
  const ctx = makeTieContext(ties, options.seed, ids, costs, scores.votes)
  const threshold = thresholdOf(input, options)
  const warnings = [...scores.warnings]
  if (
    rule === 'greedy-threshold' &&
    input.meta &&
    !('min_project_score_threshold' in input.meta) &&
    options.threshold === undefined
  ) {
    warnings.push('threshold-missing: greedy-threshold without META min_project_score_threshold; using 0')
  }
  const groups = resolveGroups(input, options.exclusiveGroups)
  if (rule === 'greedy-exclusive' && groups.length === 0) {
    warnings.push('exclusive-groups-missing: greedy-exclusive without exclusive groups behaves like greedy')
  }
  const ranking = greedyRanking(ctx, m, scores.score)
  const run = greedyWalk(costs, ids, ranking, input.budget, {
    noSkip: rule === 'greedy-no-skip',
    eligible: threshold > 0 ? (j) => scores.score[j] >= threshold : undefined,
    conflicts: groups.length ? conflictLists(m, groups) : undefined,
  })
  const out = assembleOutcome({
    input,
    rule,
    ties,
    seed: options.seed,
    scores,
    winners: run.winners,
    states: run.states,
    draws: ctx.draws,
    tiesResolved: ctx.tiesResolved,
    warnings,
  })
  out.threshold = threshold
  return out
}
