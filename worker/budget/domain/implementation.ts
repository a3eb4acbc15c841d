/**
 * The implementation of a winning project as a small state machine: its statuses, their Polish labels, which status
 * may follow which, and when a reason is required. Pure (no database, no HTTP), so the rules read in one place and are
 * tested without a server; `setImplementationStatus` (actions/implementation.ts) applies them.
 */

/** Every status a winner's implementation can have, in the order of a normal course. */
export const implementationStatuses = ['selected', 'in_progress', 'done', 'abandoned'] as const

export type ImplementationStatus = (typeof implementationStatuses)[number]

/** What residents read for each status (the public page, the project's history). */
export const implementationStatusLabels: Record<ImplementationStatus, string> = {
  selected: 'wybrany do realizacji',
  in_progress: 'w realizacji',
  done: 'zrealizowany',
  abandoned: 'odstąpiono od realizacji',
}

/**
 * Which other status may follow each status. Staff correct their own mistakes (a project marked done too early, an
 * abandonment reversed after a new tender), so today every status may follow every other; a JST that wants a stricter
 * course changes this table, not the code. Keeping a status while changing its reason is always allowed.
 */
export const implementationTransitions: Record<ImplementationStatus, readonly ImplementationStatus[]> = {
  selected: ['in_progress', 'done', 'abandoned'],
  in_progress: ['selected', 'done', 'abandoned'],
  done: ['selected', 'in_progress', 'abandoned'],
  abandoned: ['selected', 'in_progress', 'done'],
}

/** Shortest reason accepted for abandoning a winner: residents are owed an explanation, not a word. */
export const ABANDON_REASON_MIN = 10

/** Whether `status` needs a reason that `reason` does not give (abandoning needs `ABANDON_REASON_MIN` characters). */
export function reasonMissing(status: ImplementationStatus, reason: string | null | undefined): boolean {
  return status === 'abandoned' && (reason ?? '').length < ABANDON_REASON_MIN
}

/** A status with its reason, as stored and as staff send it. */
export interface ImplementationState {
  status: ImplementationStatus
  reason?: string | null
}

/**
 * What saving `to` over `from` amounts to: `unchanged` when the status and reason are those already stored (nothing
 * is written, so no history event or audit entry repeats), `change` when the table allows it, and otherwise a refusal
 * with its Polish message.
 */
export function implementationChange(
  from: ImplementationState,
  to: ImplementationState,
): { kind: 'unchanged' } | { kind: 'change' } | { kind: 'refused'; message: string } {
  if (from.status === to.status)
    return (from.reason ?? '') === (to.reason ?? '') ? { kind: 'unchanged' } : { kind: 'change' }
  if (implementationTransitions[from.status].includes(to.status)) return { kind: 'change' }
  return {
    kind: 'refused',
    message: `Nie można zmienić statusu realizacji z „${implementationStatusLabels[from.status]}” na „${implementationStatusLabels[to.status]}”.`,
  }
}

/** The line of the project's public history that records a new status (and its reason). */
export function implementationHistoryNote(to: ImplementationState): string {
  return `Realizacja: ${implementationStatusLabels[to.status]}${to.reason ? ` — ${to.reason}` : ''}`
}
