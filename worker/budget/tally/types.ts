/**
 * Shared data types of the tally library.
 *
 * The reader produces a `PbElection`; every rule is a pure function of (projects, profile, budget, options) that
 * returns an `Outcome` explaining itself. Ballots are kept compact (`Profile`): identical ballots are grouped with
 * a multiplicity and stored in typed arrays, because the largest real files have 70k–130k voters but only a few
 * tens of thousands of *distinct* ballots, and rules never need to know which voter cast which ballot.
 */
import type { Money } from './money'

export type VoteType = 'approval' | 'choose-1' | 'cumulative' | 'scoring' | 'ordinal'
export const VOTE_TYPES: readonly VoteType[] = ['approval', 'choose-1', 'cumulative', 'scoring', 'ordinal']

/** Ballots grouped by identical content, in CSR (compressed sparse row) form. */
export interface Profile {
  /** Number of voters (= sum of multiplicities), including empty ballots. */
  numVoters: number
  /** Number of distinct ballots. */
  numGroups: number
  /** Items of group g are `items[offsets[g] .. offsets[g+1])`; length numGroups + 1. */
  offsets: Uint32Array
  /** Project indices (into `PbElection.projects`). Sorted for approval/cumulative/scoring; rank order for ordinal. */
  items: Uint32Array
  /** Points parallel to `items` (cumulative/scoring), otherwise null. */
  points: Float64Array | null
  /** How many voters cast each distinct ballot. */
  multiplicity: Uint32Array
}

export interface PbProject {
  /** The `project_id` text, e.g. `214`, `c12`, `L1/04/X`. */
  id: string
  /** Exact cost in minor units (grosze). */
  cost: Money
  /** Every column of the PROJECTS row as written in the file (including `project_id` and `cost`). */
  fields: Record<string, string>
}

/** The VOTES rows as written, column by column (`values[c][i]` = column c of voter i). */
export interface VoterTable {
  columns: string[]
  values: string[][]
}

export interface PbElection {
  /** META key/value pairs in file order. */
  meta: Record<string, string>
  voteType: VoteType
  /** Exact budget in minor units. */
  budget: Money
  projectColumns: string[]
  projects: PbProject[]
  voteColumns: string[]
  /** The raw voter rows (kept for writing the file back); null when parsed with `keepVoters: false`. */
  voters: VoterTable | null
  profile: Profile
}

/** The minimum a rule needs. `PbElection` satisfies it. */
export interface TallyInput {
  projects: ReadonlyArray<{ id: string; cost: Money; fields?: Record<string, string> }>
  profile: Profile
  budget: Money
  voteType: VoteType
  meta?: Record<string, string>
}

export type RuleName =
  | 'greedy'
  | 'greedy-no-skip'
  | 'greedy-threshold'
  | 'greedy-exclusive'
  | 'equalshares'
  | 'equalshares-comparison'
  | 'equalshares/add1'
  | 'equalshares/add1-comparison'

export const RULE_NAMES: readonly RuleName[] = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'greedy-exclusive',
  'equalshares',
  'equalshares-comparison',
  'equalshares/add1',
  'equalshares/add1-comparison',
]

export type TiePolicy = 'file-order' | 'cost-then-votes' | 'lexicographic' | 'seeded-draw'
export const TIE_POLICIES: readonly TiePolicy[] = ['file-order', 'cost-then-votes', 'lexicographic', 'seeded-draw']

/**
 * Why a project was or was not funded.
 * - `funded`
 * - `below-threshold`: score below META `min_project_score_threshold` (greedy family)
 * - `does-not-fit`: greedy reached it but the money left was less than its cost
 * - `stopped-no-skip`: greedy-no-skip had already stopped at an earlier project that did not fit
 * - `excluded-by-group`: a conflicting project of the same exclusive group was funded first
 * - `not-affordable-by-supporters`: MES — its supporters' remaining money is less than its cost
 * - `no-support`: nobody voted for it (MES cannot fund it: there is nobody to pay)
 * - `withdrawn`: cost is the Pabulib sentinel 999999999 (project withdrawn after the vote)
 */
export type Reason =
  | 'funded'
  | 'below-threshold'
  | 'does-not-fit'
  | 'stopped-no-skip'
  | 'excluded-by-group'
  | 'not-affordable-by-supporters'
  | 'no-support'
  | 'withdrawn'

export interface ProjectOutcome {
  id: string
  name?: string
  /** Cost in minor units. */
  cost: Money
  /** The score the rule ranks by: voters (approval/choose-1/ordinal) or points (cumulative/scoring). */
  score: number
  /** Number of voters who listed the project. */
  votes: number
  /** Figures published in the file's PROJECTS section, if present (for the consistency check). */
  publishedVotes?: number
  publishedScore?: number
  selected: boolean
  /** 1-based position in the order of funding, or null. */
  order: number | null
  reason: Reason
  /** Greedy: money left just before this project was considered (minor units). */
  moneyLeftBefore?: Money
  /** MES: the maximal per-supporter payment ρ (currency units, display only). */
  payment?: number
  /** MES with `exactPayments`: exact payment per supporter as a fraction of currency units, e.g. "315/2". */
  paymentExact?: string
  /** MES: supporters who paid less than ρ because they had less left (they paid everything they had). */
  supportersPaidAll?: number
  /** MES: for unfunded projects, the money its supporters had left at the end (currency units, display only). */
  supportersMoney?: number
  /** Exclusive group: the funded project that excluded this one. */
  excludedBy?: string
}

export interface DrawEntry {
  /** Where the tie occurred, as text: `score 253, positions 10-11` (greedy) or `MES round 3`. */
  context: string
  /** The same, structured: greedy — the tied score and the 1-based ranking positions; MES — the round. */
  where: { kind: 'greedy'; score: number; from: number; to: number } | { kind: 'mes'; round: number }
  /** Tied project ids, in file order. */
  tied: string[]
  /** The resulting order (greedy) or the single winner first (MES). */
  result: string[]
}

export interface ComparisonResult {
  prefersMes: number
  prefersGreedy: number
  /** Which outcome was kept. */
  chosen: 'mes' | 'greedy'
  mesSelected: string[]
  greedySelected: string[]
}

export interface Outcome {
  rule: RuleName
  ties: TiePolicy
  seed?: string
  budget: Money
  spent: Money
  left: Money
  /** META `currency` (default `PLN`), for display. */
  currency: string
  /** Project ids in the order they were funded. */
  selected: string[]
  /** One entry per project, in file order. */
  projects: ProjectOutcome[]
  /** Greedy family: the threshold applied (0 when none). */
  threshold?: number
  /** MES: per-voter budget of the run that was kept (currency units; display), and exactly as a fraction. */
  perVoterBudget?: number
  perVoterBudgetExact?: string
  /** MES add1: how many per-voter budgets were tried after the first run. */
  add1Steps?: number
  comparison?: ComparisonResult
  /** Every tie resolved by a seeded draw, in order. Empty for other policies. */
  draws: DrawEntry[]
  /** Every tie that had to be broken (any policy), for transparency. */
  tiesResolved: DrawEntry[]
  /** Non-fatal remarks, e.g. published votes differ from the ballots. */
  warnings: string[]
}

export interface ProgressEvent {
  phase: 'parse' | 'mes' | 'add1' | 'comparison' | 'done'
  /** 0..1 when known. */
  fraction?: number
  /** add1: step number and per-voter budget being tried (currency units). */
  step?: number
  perVoterBudget?: number
}

export interface RuleOptions {
  ties?: TiePolicy
  seed?: string
  /** Groups of project ids that conflict: at most one project of each group can be funded. */
  exclusiveGroups?: string[][]
  /** Overrides META `min_project_score_threshold` (greedy family). */
  threshold?: number
  /** Called during long computations (add1 steps). */
  onProgress?: (e: ProgressEvent) => void
  /** MES add1: safety cap on the number of +1 steps (default 200000). */
  maxAdd1Steps?: number
  /** MES: disable the float pre-filter and decide everything with exact rationals (slow; for verification). */
  exactOnly?: boolean
}
