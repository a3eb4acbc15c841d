/**
 * The closed lists an edition's settings choose from, with no validation library attached: the server's schemas
 * (rules.ts, input/) build their picklists from them and the web's forms list their options from them, so an option
 * added here appears in both and the web's bundle carries a few strings rather than the server's schemas.
 */

/** Rule names of the tally library that an edition may use to pick winners. */
export const winnerRules = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'equalshares',
  'equalshares/add1',
  'equalshares/add1-comparison',
] as const
/** How the count breaks a tie between projects. */
export const tiePolicies = ['seeded-draw', 'file-order', 'cost-then-votes', 'lexicographic'] as const
/** The kinds of pool: the whole JST, one area of it, or one category of projects. */
export const poolKinds = ['jst', 'area', 'category'] as const
/** Kinds of the extra submission-form fields staff may define (`choice`: one option from a list). */
export const formFieldTypes = ['text', 'textarea', 'checkbox', 'choice'] as const
/** Ballot formats: approve projects, spread points, or fill a budget (knapsack). */
export const ballotFormats = ['approval', 'points', 'knapsack'] as const
/** Which area pools a voter may vote in. */
export const areaPoolRules = ['own-area', 'any-one-area', 'all-areas'] as const
/**
 * The criteria of an assessment in the order the form lists them (the formal one first); `other` is a free text the
 * form adds on its own.
 */
export const criterionKeys = [
  'formal',
  'legality',
  'feasibility',
  'cost',
  'ownership',
  'own-task',
  'one-year',
  'public-access',
] as const
/** Phases every edition must have (the statute's calendar check refuses a calendar without one). */
export const requiredPhases = ['submission', 'assessment', 'appeals', 'voting'] as const
