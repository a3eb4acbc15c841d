/**
 * The life of a budget project as data: every status a project can be in and the moves between them. Pure (no
 * database, no HTTP) so the routes, the demo seed, the web and a unit test read one machine; the actions that change a
 * project's status refuse a move it does not allow, so no code path can put a project where the statute has no place
 * for it (e.g. admit a withdrawn project to the vote).
 */

/** Every status of `bo_projects.status`, from the first autosaved draft to the final list. */
export const projectStatuses = [
  'draft',
  'submitted',
  'formal_rejected',
  'merit',
  'merit_rejected',
  'appealed',
  'accepted',
  'withdrawn',
] as const

export type ProjectStatus = (typeof projectStatuses)[number]

/**
 * Every status but `draft`: what the public and the staff panel see (a draft belongs to its author until submitted),
 * in the order of the filters and of a sort by status.
 */
export const submittedStatuses = projectStatuses.filter((s): s is Exclude<ProjectStatus, 'draft'> => s !== 'draft')

/**
 * Where a project may go from each status. The author submits or withdraws a draft and may withdraw a submitted
 * project during the call; the formal assessment passes it to the merit one or rejects it; the merit assessment
 * admits it to the vote or rejects it; a rejected author may appeal, and the decision admits the project or restores
 * the rejection it was filed against. Admitted and withdrawn projects stay where they are (winners then move through
 * the implementation stages, which are not project statuses).
 */
export const projectTransitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['merit', 'formal_rejected', 'withdrawn'],
  formal_rejected: ['appealed'],
  merit: ['accepted', 'merit_rejected'],
  merit_rejected: ['appealed'],
  appealed: ['accepted', 'formal_rejected', 'merit_rejected'],
  accepted: [],
  withdrawn: [],
}

/** Whether `value` (e.g. a column read as text) is one of the statuses above. */
export function isProjectStatus(value: string): value is ProjectStatus {
  return (projectStatuses as readonly string[]).includes(value)
}

/** Whether a project may move from `from` to `to`; an unknown status moves nowhere. */
export function canMoveProject(from: string, to: string): boolean {
  return isProjectStatus(from) && isProjectStatus(to) && projectTransitions[from].includes(to)
}

/** The two assessments a project passes, formal first. */
export type AssessmentStage = 'formal' | 'merit'

/**
 * The move an assessment makes: a formal one is given to a submitted project, a merit one after a positive formal
 * one; a positive result passes the project on, a negative one rejects it at that stage.
 */
export function assessmentMove(stage: AssessmentStage, positive: boolean): { from: ProjectStatus; to: ProjectStatus } {
  if (stage === 'formal') return { from: 'submitted', to: positive ? 'merit' : 'formal_rejected' }
  return { from: 'merit', to: positive ? 'accepted' : 'merit_rejected' }
}

/** Where an appeal's decision puts the project: on the ballot, or back to the rejection of the last assessment. */
export function appealOutcome(accepted: boolean, lastStage: AssessmentStage): ProjectStatus {
  return accepted ? 'accepted' : lastStage === 'merit' ? 'merit_rejected' : 'formal_rejected'
}

/*
 * Groups of statuses that more than one rule turns on. The server refuses what they refuse and the web offers only what
 * they allow (a button, a form), so both read these instead of spelling the statuses out each on its own.
 */

/**
 * A project under assessment: waiting for its formal (`submitted`) or its merit (`merit`) decision. Verifiers ask the
 * author questions then, the author corrects the project in answer, and the panel counts it as work to do.
 */
export const assessmentStatuses = ['submitted', 'merit'] as const satisfies readonly ProjectStatus[]

/** A project rejected by either assessment: the author may appeal (within the deadline the rejection set). */
export const rejectedStatuses = ['formal_rejected', 'merit_rejected'] as const satisfies readonly ProjectStatus[]

/**
 * A project nobody has decided on yet: a draft or a project waiting for its formal assessment. Only then may its
 * author withdraw it and residents support it (the submission phase and the edition's settings are checked apart).
 */
export const undecidedStatuses = ['draft', 'submitted'] as const satisfies readonly ProjectStatus[]

const among = (group: readonly string[], status: string) => group.includes(status)

/** Whether a project in `status` is under assessment (see `assessmentStatuses`). */
export function isInAssessment(status: string): boolean {
  return among(assessmentStatuses, status)
}

/** Whether a project in `status` was rejected by an assessment, so its author may appeal. */
export function isRejected(status: string): boolean {
  return among(rejectedStatuses, status)
}

/** Whether the author may still withdraw a project in `status` (until the end of submission, checked apart). */
export function isWithdrawable(status: string): boolean {
  return among(undecidedStatuses, status)
}

/** Whether a project in `status` still collects support (during submission, where the edition allows it). */
export function collectsSupport(status: string): boolean {
  return among(undecidedStatuses, status)
}
