import { API, enc } from '../../core/lib/api'
import type { BallotIssue, BallotRules, Choices } from '../../../../worker/budget/domain/ballot'

/** Shapes of the voting and results API (amounts in grosze unless said otherwise). */

export type { Choices }

export type PoolKind = 'jst' | 'area' | 'category'
export type Format = 'approval' | 'points' | 'knapsack'
export type AreaPools = 'own-area' | 'any-one-area' | 'all-areas'
export type AgeBand = '<18' | '18-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65+'
export const AGE_BANDS: AgeBand[] = ['<18', '18-24', '25-34', '35-44', '45-54', '55-64', '65+']

export interface EditionPool {
  id: string
  code: string
  name: string
  kind: PoolKind
  areas: string[]
  amount: number
}

export interface Edition {
  year: number
  title: string
  currentPhase: string | null
  phases: { phase: string; startsAt: string; endsAt: string }[]
  pools: EditionPool[]
  rules: {
    ballot: {
      format: Format
      points?: number[]
      minProjects?: number
      maxProjects?: number | null
      areaPools?: AreaPools
    }
    winnerRule?: string
    tiePolicy?: string
    askPesel?: boolean
    voting?: { channels?: ('email' | 'sms')[]; codeMinutes?: number; minorAge?: number | null }
  }
}

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

export interface ProjectOutcome {
  id: string
  name?: string
  cost: number
  score: number
  votes: number
  selected: boolean
  order: number | null
  reason: string
  explanation: string
}

export interface PoolOutcome {
  rule: string
  ties: string
  seed?: string
  budget: number
  spent: number
  left: number
  budgetText: string
  spentText: string
  leftText: string
  selected: string[]
  projects: ProjectOutcome[]
  threshold?: number
  perVoterBudget?: number
  comparison?: {
    prefersMes: number
    prefersGreedy: number
    chosen: 'mes' | 'greedy'
    mesSelected: string[]
    greedySelected: string[]
  }
  draws: unknown[]
  tiesResolved: { context: string; tied: string[]; result: string[] }[]
}

export type Count = number | '<10'

export interface Results {
  seed: string
  /** When the seed was first drawn (every recomputation reuses it); null before this was kept. */
  seedDrawnAt?: string | null
  published?: boolean
  stats: {
    ballots: number
    valid: number
    turnout: number | null
    byStatus: Record<string, number>
    byChannel: Record<string, Count>
    byAgeBand: Record<string, Count>
    bySex: Record<string, Count>
  }
  pools: { code: string; name: string; amount: number; votes: number; outcome: PoolOutcome }[]
}

export interface ReceiptState {
  recorded: boolean
  published: boolean
  counted?: boolean
  status?: string
  reason?: string | null
  /** The receipt's digest: its line in the published list of counted receipts (`receipts.txt`). */
  digest?: string
  /** What the receipt proves (the edition's setting): only that the ballot was counted, or also which line is the ballot's. */
  receipts?: 'inclusion' | 'inclusion-and-content'
  voterId?: string
  pools?: string[]
}

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

export interface FinalList {
  pools: {
    id: string
    code: string
    name: string
    amount: number
    projects: { id: string; number: number | null; title: string; cost: number; revisedCost: number | null }[]
  }[]
}

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
