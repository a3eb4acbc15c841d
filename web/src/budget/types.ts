/**
 * Shapes of the budget (budżet obywatelski) API as the web app uses them, and the lists its forms offer. Amounts are
 * integers in grosze, instants ISO strings.
 *
 * The answers are the types of the server functions that build them (`worker/budget/views/`, imported as types only),
 * and the lists are the server's own constants where they live in a pure file of `worker/budget/domain/` (statuses,
 * phases, implementation stages), so a status, phase or field added on the server reaches the web, or fails its type
 * check, instead of drifting from a copy. Where a view's type is wider than what the server actually sends (a text
 * column holding one of a few values), the web narrows it here, and says why.
 *
 * The lists the edition's settings choose from (pool kinds, winner rules, tie policies, criteria…) come from
 * `worker/budget/domain/options.ts`, which holds them without the server's valibot schemas, so the bundle carries the
 * strings only.
 */
import type * as v from 'valibot'
import { phaseNames, type PhaseName } from '../../../worker/budget/domain/phases'
import type { EditionRules } from '../../../worker/budget/domain/rules'
import {
  areaPoolRules,
  ballotFormats,
  criterionKeys,
  formFieldTypes,
  poolKinds,
  requiredPhases,
  tiePolicies,
  winnerRules,
} from '../../../worker/budget/domain/options'
import { submittedStatuses, type AssessmentStage, type ProjectStatus } from '../../../worker/budget/domain/statuses'
import { implementationStatuses, type ImplementationStatus } from '../../../worker/budget/domain/implementation'
import type { PhaseMove } from '../../../worker/budget/domain/calendar-change'
import type { FieldError } from '../../../worker/core/http/problem'
import type { criterionSchema } from '../../../worker/budget/input'
import type { PublicConflict } from '../../../worker/budget/queries/public'
import type { assessmentTeam } from '../../../worker/budget/queries/assessment'
import type {
  CalendarNotice,
  EditionPage,
  EditionSummary,
  PublicEdition,
  StaffEdition,
} from '../../../worker/budget/views/editions'
import type { AuthorView } from '../../../worker/budget/views/projects'
import type {
  FinalList as ServerFinalList,
  PublicListItem,
  PublicProjectPage as ServerPublicProjectPage,
} from '../../../worker/budget/views/public'
import type { AppealItem, StaffListItem } from '../../../worker/budget/views/assessment'
import type { ConflictGroup } from '../../../worker/budget/views/conflicts'

export type { AssessmentStage, EditionSummary, PhaseMove, PhaseName, ProjectStatus, PublicConflict }

/** The phases of an edition in their fixed order. */
export const PHASES = phaseNames
/** Phases every edition must have: the form marks them required before the server would refuse. */
export const REQUIRED_PHASES: readonly PhaseName[] = requiredPhases

export type PoolKind = (typeof poolKinds)[number]
/** The kinds of pool: the whole JST, one area of it, or one category of projects. */
export const POOL_KINDS = poolKinds

/** The tally's rules an edition may pick its winners by. */
export const WINNER_RULES = winnerRules

/** How the count breaks a tie between projects. */
export const TIE_POLICIES = tiePolicies

/** Kinds of the extra submission-form fields staff may define (`choice`: one option from a list). */
export type FormFieldType = (typeof formFieldTypes)[number]
export const FORM_FIELD_TYPES = formFieldTypes

/** Ballot formats of the edition form. */
export const BALLOT_FORMATS = ballotFormats

/** Which area pools a voter may vote in. */
export const AREA_POOLS = areaPoolRules

/** One criterion of an assessment, as the assessment form sends it and the project pages show it. */
export type Criterion = v.InferOutput<typeof criterionSchema>
export type CriterionKey = Criterion['key']
/** The criteria of an assessment in the order the form lists them (`other` is a free text, not listed). */
export const CRITERIA = criterionKeys

/** Every status but `draft` (drafts are their author's alone): the order of the filters and of a sort by status. */
export const STATUSES = submittedStatuses
/** A winner's stage after the vote (the API's `implementation`); residents see it instead of "admitted to the vote". */
export const IMPLEMENTATION_STAGES = implementationStatuses
export type ImplementationStage = ImplementationStatus

/** One phase of the calendar with its start and end (ISO instants). */
export type PhaseWindow = PublicEdition['phases'][number]

/** A pool of an edition; `kind` narrowed to the pool kinds, which the server's text column holds but does not say. */
export type Pool = Omit<PublicEdition['pools'][number], 'kind'> & { kind: PoolKind }

/** An extra field of the submission form as the edition's rules define it. */
export type FormFieldDef = EditionRules['submission']['formFields'][number]

/** An edition's rules as the server parsed them (defaults filled in); the edition form edits and sends them back. */
export type Rules = EditionRules

/**
 * An edition as its pages load it: the public page (`GET …/bo/{year}`) or the organisers' one, which adds `version`
 * (raised by every save of the settings or calendar; saves send it back and the API refuses an older one, see
 * `isEditionChanged`). The answers of saving the settings carry neither `submissionOpen` nor `calendarChanges`.
 */
export type Edition = Omit<EditionPage, 'pools' | 'calendarChanges'> & {
  pools: Pool[]
  /** Public notices of dates moved after submission opened, newest first (the edition GET and the calendar PATCH). */
  calendarChanges?: CalendarChange[]
  version?: StaffEdition['version']
}

/** A public notice of a change of the calendar: when it was made, why, and what moved. */
export type CalendarChange = CalendarNotice

/** One line of a project's cost estimate (grosze). */
export type CostItem = PublicProject['costItems'][number]

/**
 * A project as the public lists show it. `implementation` is narrowed to the stages (the server reads it from a map of
 * strings) and optional, because the author's view of a project, built on this one, does not carry it.
 */
export type PublicProject = Omit<PublicListItem, 'implementation'> & { implementation?: ImplementationStage | null }

/** An assessment; the server stores `stage` and `criteria` as text and JSON, so the web names what they hold. */
export type Assessment = Omit<AuthorView['assessments'][number], 'stage' | 'criteria'> & {
  stage: AssessmentStage
  criteria: Criterion[]
}

/** One line of a project's public history. */
export type HistoryEntry = AuthorView['history'][number]

/** A file of a project; `createdAt` only in the author's and staff's views, not on the public page. */
export type Attachment = Omit<AuthorView['attachments'][number], 'createdAt'> & { createdAt?: string }

/** A verifier's question to the author, with its deadline and the answer once given. */
export type Question = AuthorView['questions'][number]

/** An appeal as its author sees it (with its text; the public page shows only the decision). */
export type AuthorAppeal = AuthorView['appeals'][number]

/** The author's own project (also the base of the panel's): everything public plus contacts, questions, appeals. */
export type AuthorProject = Omit<AuthorView, 'assessments'> & { assessments: Assessment[] }

/** What still keeps a draft from being submitted: a field and why. */
export type Missing = FieldError

/** The author's editing page (`GET …/projects/{id}/author`, and the answer of every save of a draft). */
export interface AuthorResponse {
  project: AuthorProject
  missing: Missing[]
}

/** A project's public page (`GET …/projects/{id}`), its project and assessments narrowed as above. */
export type PublicProjectPage = Omit<ServerPublicProjectPage, 'project' | 'assessments'> & {
  project: PublicProject
  assessments: Assessment[]
}

/** The list of projects on the ballot by pool, final or provisional (`GET …/final-list`). */
export type FinalList = ServerFinalList

/** One row of the panel's projects table. */
export type StaffProjectRow = StaffListItem

/** A member of the JST's assessment team, whom projects can be assigned to (listed with the panel's projects). */
export type Verifier = Awaited<ReturnType<typeof assessmentTeam>>[number]

/** One appeal in the panel's list, with its project. */
export type StaffAppeal = AppealItem

/** A group of projects that exclude each other (only the best of them can win), as the staff API lists it. */
export type { ConflictGroup }
