/**
 * One entry point for every rule: `tally(election, { rule, ties, seed, … })`.
 *
 * Without `rule` the file's META `rule` is used — the recount should answer "did the city apply its own rule?".
 */
import { equalShares, type EqualSharesOptions } from './equal-shares'
import { greedy } from './greedy'
import { computeScores } from './scores'
import type { Outcome, RuleName, RuleOptions, TallyInput } from './types'
import { RULE_NAMES, TIE_POLICIES, type TiePolicy } from './types'

export interface TallyOptions extends RuleOptions {
  rule?: RuleName
  comparisonTies?: EqualSharesOptions['comparisonTies']
  exactPayments?: boolean
}

/** Whether a text is a rule this library implements. */
export function isRuleName(s: string): s is RuleName {
  return (RULE_NAMES as readonly string[]).includes(s)
}

/** The rule named in META, validated. Throws with a bilingual message when missing or unsupported. */
export function ruleFromMeta(input: TallyInput): RuleName {
  const r = (input.meta?.rule ?? '').trim()
  if (r === '')
    throw new Error('META has no rule; choose one with --rule / w META brak reguły; wybierz ją opcją --rule')
  if (!isRuleName(r)) {
    throw new Error(
      `rule "${r}" is not supported (supported: ${RULE_NAMES.join(', ')}) / reguła „${r}” nie jest obsługiwana`,
    )
  }
  return r
}

export function isEqualSharesRule(rule: RuleName): boolean {
  return rule.startsWith('equalshares')
}

/**
 * The tie policy, seed and exclusive groups a file was counted with, from META `tie_policy`, `tie_seed` and
 * `exclusive_groups` (`1,2|5,7`; written by Wspólnota into its published results), so a recount without options
 * repeats the official count, seeded draws and conflicting projects included.
 */
export function tiesFromMeta(input: TallyInput): { ties?: TiePolicy; seed?: string; exclusiveGroups?: string[][] } {
  const policy = input.meta?.tie_policy?.trim()
  const seed = input.meta?.tie_seed?.trim()
  const groups = input.meta?.exclusive_groups?.trim()
  return {
    ...(policy && (TIE_POLICIES as readonly string[]).includes(policy) ? { ties: policy as TiePolicy } : {}),
    ...(seed ? { seed } : {}),
    ...(groups
      ? {
          exclusiveGroups: groups
            .split('|')
            .map((g) =>
              g
                .split(',')
                .map((id) => id.trim())
                .filter(Boolean),
            )
            .filter((g) => g.length > 1),
        }
      : {}),
  }
}

/** Runs the chosen (or META) rule, with the chosen (or META) tie policy. Pure apart from `onProgress` callbacks. */
export function tally(input: TallyInput, given: TallyOptions = {}): Outcome {
  const meta = tiesFromMeta(input)
  const options: TallyOptions = {
    ...given,
    ties: given.ties ?? meta.ties,
    seed: given.seed ?? (given.ties === undefined || given.ties === meta.ties ? meta.seed : undefined),
    exclusiveGroups: given.exclusiveGroups ?? meta.exclusiveGroups,
  }
  const rule = options.rule ?? ruleFromMeta(input)
  const scores = computeScores(input)
  if (isEqualSharesRule(rule)) {
    return equalShares(input, { ...options, rule: rule as EqualSharesOptions['rule'] }, scores)
  }
  return greedy(input, { ...options, rule: rule as 'greedy' }, scores)
}
