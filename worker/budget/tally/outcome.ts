/**
 * Helpers shared by the rules to assemble an `Outcome`.
 */
import type { Money } from './money'
import type { DrawEntry, Outcome, ProjectOutcome, Reason, RuleName, TallyInput, TiePolicy } from './types'
import type { Scores } from './scores'

/** Pabulib marks projects withdrawn after the vote with this cost (in currency units). */
export const SENTINEL_COST: Money = 999_999_999n * 100n

export interface ProjectState {
  selected: boolean
  order: number | null
  reason: Reason
  moneyLeftBefore?: Money
  excludedBy?: string
  payment?: number
  paymentExact?: string
  supportersPaidAll?: number
  supportersMoney?: number
}

export function emptyStates(m: number, reason: Reason): ProjectState[] {
  return Array.from({ length: m }, () => ({ selected: false, order: null, reason }))
}

export function assembleOutcome(args: {
  input: TallyInput
  rule: RuleName
  ties: TiePolicy
  seed?: string
  scores: Scores
  winners: readonly number[]
  states: readonly ProjectState[]
  draws: DrawEntry[]
  tiesResolved: DrawEntry[]
  warnings: string[]
}): Outcome {
  const { input, scores, winners, states } = args
  let spent = 0n
  for (const w of winners) spent += input.projects[w].cost
  const projects: ProjectOutcome[] = input.projects.map((p, j) => {
    const s = states[j]
    const po: ProjectOutcome = {
      id: p.id,
      cost: p.cost,
      score: scores.score[j],
      votes: scores.votes[j],
      selected: s.selected,
      order: s.order,
      reason: s.reason,
    }
    const name = p.fields?.name
    if (name !== undefined) po.name = name
    if (scores.publishedVotes[j] !== undefined) po.publishedVotes = scores.publishedVotes[j]
    if (scores.publishedScore[j] !== undefined) po.publishedScore = scores.publishedScore[j]
    for (const k of [
      'moneyLeftBefore',
      'excludedBy',
      'payment',
      'paymentExact',
      'supportersPaidAll',
      'supportersMoney',
    ] as const) {
      if (s[k] !== undefined) (po as unknown as Record<string, unknown>)[k] = s[k]
    }
    return po
  })
  const out: Outcome = {
    rule: args.rule,
    ties: args.ties,
    budget: input.budget,
    spent,
    left: input.budget - spent,
    currency: (input.meta?.currency ?? 'PLN').trim() || 'PLN',
    selected: winners.map((w) => input.projects[w].id),
    projects,
    draws: args.draws,
    tiesResolved: args.tiesResolved,
    warnings: args.warnings,
  }
  if (args.seed !== undefined && args.ties === 'seeded-draw') out.seed = args.seed
  return out
}

/** Resolves exclusive groups given as project ids into index lists; unknown ids are an error. */
export function resolveGroups(input: TallyInput, groups: readonly (readonly string[])[] | undefined): number[][] {
  if (!groups || groups.length === 0) return []
  const index = new Map(input.projects.map((p, i) => [p.id, i]))
  return groups.map((g) =>
    g.map((id) => {
      const i = index.get(id)
      if (i === undefined)
        throw new Error(
          `exclusive group names unknown project "${id}" / grupa wykluczająca wskazuje nieznany projekt „${id}”`,
        )
      return i
    }),
  )
}

/** For each project, the other projects it conflicts with. */
export function conflictLists(m: number, groups: number[][]): number[][] {
  const out: number[][] = Array.from({ length: m }, () => [])
  for (const g of groups) for (const a of g) for (const b of g) if (a !== b && !out[a].includes(b)) out[a].push(b)
  return out
}
