/** Shapes of the budget (budżet obywatelski) API as the web app uses them. Amounts are integers in grosze. */

export const PHASES = [
  'submission',
  'assessment',
  'appeals',
  'final_list',
  'voting',
  'results',
  'implementation',
] as const
export type PhaseName = (typeof PHASES)[number]
/** Phases every edition must have (the server refuses a calendar without them). */
export const REQUIRED_PHASES: readonly PhaseName[] = ['submission', 'assessment', 'appeals', 'voting']

export const POOL_KINDS = ['jst', 'area', 'category'] as const
export type PoolKind = (typeof POOL_KINDS)[number]
export const BALLOT_FORMATS = ['approval', 'points', 'knapsack'] as const
export const WINNER_RULES = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'equalshares',
  'equalshares/add1',
  'equalshares/add1-comparison',
] as const
export const TIE_POLICIES = ['seeded-draw', 'file-order', 'cost-then-votes', 'lexicographic'] as const
export const AREA_POOLS = ['own-area', 'any-one-area', 'all-areas'] as const
export const CRITERIA = [
  'formal',
  'legality',
  'feasibility',
  'cost',
  'ownership',
  'own-task',
  'one-year',
  'public-access',
] as const
export type CriterionKey = (typeof CRITERIA)[number] | 'other'

export const STATUSES = [
  'submitted',
  'merit',
  'formal_rejected',
  'merit_rejected',
  'appealed',
  'accepted',
  'withdrawn',
] as const
export type ProjectStatus = (typeof STATUSES)[number] | 'draft'
/** A winner's stage after the vote (the API's `implementation`); residents see it instead of "admitted to the vote". */
export const IMPLEMENTATION_STAGES = ['selected', 'in_progress', 'done', 'abandoned'] as const
export type ImplementationStage = (typeof IMPLEMENTATION_STAGES)[number]

export interface PhaseWindow {
  phase: PhaseName
  startsAt: string
  endsAt: string
}

export interface Pool {
  id: string
  code: string
  name: string
  kind: PoolKind
  areas: string[]
  amount: number
  minProjectCost: number
  maxProjectCost: number
  residents: number
  residentsSource: string
  requiredSupporters: number
  maxSupportersAllowed: number
}

/** Kinds of the extra submission-form fields staff may define (`choice`: one option from a list). */
export const FORM_FIELD_TYPES = ['text', 'textarea', 'checkbox', 'choice'] as const
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number]

export interface FormFieldDef {
  key: string
  label: string
  type: FormFieldType
  required: boolean
  help?: string
  /** The list of a `choice` field. */
  options?: string[]
}

export interface Rules {
  submission: {
    minAge: number | null
    maxProjectsPerAuthor: number | null
    formFields: FormFieldDef[]
    categories: string[]
    attachments: { maxFiles: number; minFiles?: number; maxBytes: number; types: string[] }
  }
  support: { online: boolean; paper: boolean }
  ballot: { format: string; points: number[]; minProjects: number; maxProjects: number | null; areaPools: string }
  winnerRule: string
  minVotes: number
  tiePolicy: string
  askPesel: boolean
  appeal: { days: number; dayKind: 'calendar' | 'working' }
  questionDays: number
  /** Voting settings (not edited in the edition form; kept as they are when the edition is saved). */
  voting?: Record<string, unknown>
}

export interface Edition {
  year: number
  title: string
  resolution: { number: string; date: string; publication: string | null }
  currentPhase: PhaseName | null
  phases: PhaseWindow[]
  pools: Pool[]
  total: number
  expendituresLastReport: number | null
  minimumTotal: number | null
  rules: Rules
  submissionOpen: boolean
  /** Public notices of dates moved after submission opened, newest first (the public edition GET and the calendar PATCH). */
  calendarChanges?: CalendarChange[]
  /**
   * Raised by every save of the settings or calendar; only in staff answers (`GET …/staff/bo/editions/{year}`). Saves
   * send back the version they were made from, and the API refuses an older one (409, see `isEditionChanged`).
   */
  version?: number
}

/** One phase whose dates moved: the dates before and after, as ISO instants. */
export interface PhaseMove {
  phase: PhaseName
  before: { startsAt: string; endsAt: string }
  after: { startsAt: string; endsAt: string }
}

/** A public notice of a change of the calendar: when it was made, why, and what moved. */
export interface CalendarChange {
  at: string
  reason: string
  changes: PhaseMove[]
}

export interface EditionSummary {
  year: number
  title: string
  currentPhase: PhaseName | null
}

export interface CostItem {
  name: string
  amount: number
}

export interface PublicProject {
  id: string
  number: number | null
  status: ProjectStatus
  title: string
  summary: string
  description: string
  category: string | null
  beneficiaries: string
  address: string
  lat: number | null
  lng: number | null
  pool: { id: string; code: string; name: string } | null
  costItems: CostItem[]
  cost: number
  revisedCost: number | null
  supporters: number
  extra: Record<string, unknown>
  appealDeadline: string | null
  submittedAt: string | null
  /** A winner's implementation stage once the results are published; null for every other project. */
  implementation?: ImplementationStage | null
}

export interface Criterion {
  key: CriterionKey
  passed: boolean
  justification?: string
}

export interface Assessment {
  stage: 'formal' | 'merit'
  positive: boolean
  criteria: Criterion[]
  justification: string
  revisedCost: number | null
  decidedAt: string
}

export interface HistoryEntry {
  kind: string
  status: string | null
  note: string | null
  at: string
}

export interface Attachment {
  id: string
  kind: 'document' | 'photo' | 'support-list'
  name: string
  mime: string
  size: number
  createdAt?: string
}

export interface Question {
  id: string
  text: string
  askedAt: string
  deadline: string
  answer: string | null
  answeredAt: string | null
}

export interface AuthorAppeal {
  id: string
  text: string
  filedAt: string
  decision: 'accepted' | 'rejected' | null
  reason: string | null
  decidedAt: string | null
}

export interface AuthorProject extends PublicProject {
  onlineSupporters: number
  paperSupporters: number
  /** Valid signatures the office found on the scanned paper list; null until it checks them (only they count). */
  paperSupportersVerified: number | null
  authorName: string
  authorEmail: string
  coauthors: { id: string; name: string; email: string; confirmed: boolean }[]
  attachments: Attachment[]
  questions: Question[]
  assessments: Assessment[]
  appeals: AuthorAppeal[]
  history: HistoryEntry[]
}

export interface Missing {
  field: string
  detail: string
}

export interface AuthorResponse {
  project: AuthorProject
  missing: Missing[]
}

export interface PublicProjectPage {
  project: PublicProject
  statusLabel: string
  assessments: Assessment[]
  appeals: {
    filedAt: string
    decision: 'accepted' | 'rejected' | null
    reason: string | null
    decidedAt: string | null
  }[]
  attachments: Attachment[]
  /** Scanned paper support lists: counted, never listed (they carry signatories' personal data). */
  supportScans?: number
  history: HistoryEntry[]
  conflicts: PublicConflict[]
}

/**
 * A group of mutually exclusive projects as the public project page shows it: the reason and the other projects of
 * the group that the public may see (the page's own project and drafts are left out by the API).
 */
export interface PublicConflict {
  reason: string
  projects: { id: string; number: number | null; title: string; status: ProjectStatus }[]
}

export interface FinalList {
  final: boolean
  pendingAppeals: number
  pools: { id: string; code: string; name: string; amount: number; projects: PublicProject[] }[]
}

export interface StaffProjectRow {
  id: string
  number: number | null
  title: string
  status: ProjectStatus
  pool: string | null
  cost: number
  revisedCost: number | null
  supporters: number
  verifierId: string | null
  authorName: string
  authorEmail: string
  appealDeadline: string | null
  hasAppeal: boolean
}

export interface Verifier {
  id: string
  name: string
  role: string
}

export interface StaffAppeal {
  id: string
  text: string
  filedAt: string
  decision: 'accepted' | 'rejected' | null
  reason: string | null
  decidedAt: string | null
  project: { id: string; number: number | null; title: string; status: ProjectStatus }
}

/** A group of projects that exclude each other (only the best of them can win), as the staff API lists it. */
export interface ConflictGroup {
  id: string
  reason: string
  createdAt: string
  projects: { id: string; number: number | null; title: string; status: ProjectStatus }[]
}
