/**
 * One entry point for every rule: `tally(election, { rule, ties, seed, … })`.
 *
 * Without `rule` the file's META `rule` is used — the recount should answer "did the city apply its own rule?".
 */
import { equalShares, type EqualSharesOptions } from './equal-shares'
import { greedy } from './greedy'
import { computeScores } from './scores'
import type { Outcome, RuleName, RuleOptions, TallyInput } from './types'
import { RULE_NAMES } from './types'

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
  if (r === '') throw new Error('META has no rule; choose one with --rule / w META brak reguły; wybierz ją opcją --rule')
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

/** Runs the chosen (or META) rule. Pure apart from `onProgress` callbacks. */
export function tally(input: TallyInput, options: TallyOptions = {}): Outcome {
  const rule = options.rule ?? ruleFromMeta(input)
  const scores = computeScores(input)
  if (isEqualSharesRule(rule)) {
    return equalShares(input, { ...options, rule: rule as EqualSharesOptions['rule'] }, scores)
  }
  return greedy(input, { ...options, rule: rule as 'greedy' }, scores)
}
