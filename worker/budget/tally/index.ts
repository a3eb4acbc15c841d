/**
 * Participatory-budget result computation (Pabulib files, greedy and Method of Equal Shares rules).
 *
 * Pure TypeScript without platform APIs: the same code runs in Node (CLI, server), Cloudflare Workers and a browser
 * Web Worker (the public recount page). See docs/tally.md for the rules, tie policies and semantics.
 */
export type {
  VoteType,
  Profile,
  PbProject,
  PbElection,
  VoterTable,
  TallyInput,
  RuleName,
  TiePolicy,
  Reason,
  ProjectOutcome,
  DrawEntry,
  ComparisonResult,
  Outcome,
  ProgressEvent,
  RuleOptions,
} from './types'
export { VOTE_TYPES, RULE_NAMES, TIE_POLICIES } from './types'
export { PabulibError, isPabulibError, type PabulibErrorCode } from './errors'
export {
  parsePabulib,
  parsePabulibStream,
  writePabulib,
  PabulibReader,
  type ParseOptions,
  type WriteOptions,
} from './pabulib'
export { parseMoney, formatMoney, formatMoneyPl, moneyToNumber, type Money } from './money'
export { computeScores, type Scores } from './scores'
export { greedy, thresholdOf, type GreedyOptions } from './greedy'
export { equalShares, compareByApprovedWinners, type EqualSharesOptions } from './equal-shares'
export { MesPrepared, runMes } from './mes-engine'
export { tally, ruleFromMeta, tiesFromMeta, isRuleName, isEqualSharesRule, type TallyOptions } from './tally'
export { SeededRandom, hashSeed } from './prng'
export { outcomeToJSON, explainProject, type OutcomeJSON } from './explain'
