import { API, enc } from '../../core/lib/api'
import type { BallotIssue, BallotRules, Choices } from '../../../../worker/budget/domain/ballot'
import type * as v from 'valibot'
import type { identitySchema } from '../../../../worker/budget/input/voting'
import type { OutcomeJSON, ProjectJSON } from '../../../../worker/budget/tally/explain'
import type { ReceiptState, ResultsSummary, SuppressedCount } from '../../../../worker/budget/views/results'
import type { Edition as BudgetEdition, FinalList as BudgetFinalList, Pool, PoolKind, Rules } from '../types'

/**
 * Shapes of the voting and results API (amounts in grosze unless said otherwise). The answers the server builds in its
 * views (the edition, the final list, the results, the receipt check) are the server's types; the rest are written here.
 */

export type { Choices, PoolKind, ReceiptState }

/** The ballot's format (approval, points, knapsack), as the edition's rules name it. */
export type Format = Rules['ballot']['format']
/** Which area pools a voter may vote in, as the edition's rules name it. */
export type AreaPools = Rules['ballot']['areaPools']
/** An age band a voter may give for the statistics: typed by the server's own list (`identitySchema`). */
export type AgeBand = NonNullable<v.InferOutput<typeof identitySchema>['ageBand']>
/** The same bands as choices of the form, in order (the values repeat: the input schemas stay off the web's bundle). */
export const AGE_BANDS: AgeBand[] = ['<18', '18-24', '25-34', '35-44', '45-54', '55-64', '65+']

/** A pool of the edition (the budget pages' type). */
export type EditionPool = Pool

/** The edition as the voting pages load it (`GET …/bo/{year}`): the same answer as the budget pages'. */
export type Edition = BudgetEdition

export interface BallotProject {
  id: string
  number: number | null
  title: string
  summary: string
  cost: number
}

export interface BallotPoolData {
  id: string
  code: string
  name: string
  kind: PoolKind
  amount: number
  projects: BallotProject[]
}

export interface Identity {
  firstName: string
  lastName: string
  address: string
  residenceDeclared: boolean
  pesel?: string
  adult?: boolean
  guardianName?: string
  guardianDeclared?: boolean
  ageBand?: AgeBand
  sex?: 'k' | 'm'
}

export interface Ballot {
  pools: BallotPoolData[]
  rules: BallotRules & { askPesel: boolean; minorAge: number | null }
  draft: { choices?: Choices; identity?: Partial<Identity> }
  cast: boolean
}

export type { BallotIssue, BallotRules }

/** One project's outcome in a pool's count, with its explanation (the tally's JSON, worker/budget/tally/explain.ts). */
export type ProjectOutcome = ProjectJSON

/** One pool's count as the results answer carries it. */
export type PoolOutcome = OutcomeJSON

/** A published count: a number, or `<10` where a small group is suppressed. */
export type Count = SuppressedCount

/** The results (`GET …/results`); staff previews add whether they are published yet. */
export type Results = ResultsSummary & { published?: boolean }

export interface PaperCard {
  id: string
  cardNumber: string
  data: { choices: Choices; identity: Partial<Identity> & { residenceDeclared?: boolean } }
  flags: Record<string, boolean>
  status: 'pending' | 'confirming' | 'confirmed' | 'rejected'
  enteredBy: string
  enteredAt: string
  decidedBy: string | null
  reason: string | null
}

/** The list of projects on the ballot by pool (`GET …/final-list`). */
export type FinalList = BudgetFinalList

/** Paths of the resident's pages and of the API, per edition. */
export const editionApi = (slug: string, year: string) => `/jst/${enc(slug)}/bo/${enc(year)}`
export const staffApi = (slug: string, year: string) => `/jst/${enc(slug)}/staff/bo/${enc(year)}`
export const publicPath = (slug: string, year: string, sub = '') =>
  `/${enc(slug)}/bo/${enc(year)}${sub ? `/${sub}` : ''}`
export const panelBoPath = (slug: string, year: string, sub = '') =>
  `/panel/${enc(slug)}/bo/${enc(year)}${sub ? `/${sub}` : ''}`
/** Absolute URL of a download (the pool's `.pb` file, the CSV): plain links, not routed by the SPA. */
export const downloadUrl = (slug: string, year: string, file: string) =>
  `${API}${editionApi(slug, year)}/results/${file}`
