import { isOpen, phaseAt } from '../domain/phases'
import type { EditionFull } from '../queries'
import { maxSupporters, minimumBudget } from '../domain/statute'
import type { PhaseMove } from '../domain/calendar-change'

/** The public view of an edition: calendar, pools, the rules residents need, and the statutory computations. */
export function publicEdition(e: EditionFull, now = new Date()) {
  const total = e.pools.reduce((s, p) => s + p.amount, 0)
  return {
    year: e.edition.year,
    title: e.edition.title,
    resolution: {
      number: e.edition.resolutionNumber,
      date: e.edition.resolutionDate,
      publication: e.edition.resolutionPublication,
    },
    currentPhase: phaseAt(e.phases, now),
    phases: e.phases.map((p) => ({
      phase: p.phase,
      startsAt: p.startsAt.toISOString(),
      endsAt: p.endsAt.toISOString(),
    })),
    pools: e.pools.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      kind: p.kind,
      areas: p.areas as string[],
      amount: p.amount,
      minProjectCost: p.minProjectCost,
      maxProjectCost: p.maxProjectCost,
      residents: p.residents,
      residentsSource: p.residentsSource,
      requiredSupporters: p.requiredSupporters,
      maxSupportersAllowed: maxSupporters(p.residents),
    })),
    total,
    expendituresLastReport: e.edition.expendituresLastReport,
    minimumTotal: e.edition.expendituresLastReport == null ? null : minimumBudget(e.edition.expendituresLastReport),
    rules: e.rules,
  }
}

export type PublicEdition = ReturnType<typeof publicEdition>

/**
 * What organisers load before changing an edition: the public view plus its `version`, which their save of the
 * settings or of the calendar must send back. Built from an edition read fresh from the database (not the public
 * memo), so the version is the one stored now.
 */
export function staffEdition(e: EditionFull) {
  return { ...publicEdition(e), version: e.edition.version }
}

export type StaffEdition = ReturnType<typeof staffEdition>

/** A public notice of a change of dates made after submission opened (see `calendarChangesOf`). */
export type CalendarNotice = { at: string; reason: string; changes: PhaseMove[] }

/**
 * The edition's public page: its view, whether submission is open now, and the announced changes of dates with their
 * reasons — residents see why a deadline moved, not only that it did.
 */
export function editionPage(e: EditionFull, calendarChanges: CalendarNotice[], now = new Date()) {
  return { ...publicEdition(e), submissionOpen: isOpen(e.phases, 'submission', now), calendarChanges }
}

export type EditionPage = ReturnType<typeof editionPage>

/** The same page for organisers, with the `version` their next save must send back. */
export function staffEditionPage(e: EditionFull, calendarChanges: CalendarNotice[], now = new Date()) {
  return { ...staffEdition(e), submissionOpen: isOpen(e.phases, 'submission', now), calendarChanges }
}

export type StaffEditionPage = ReturnType<typeof staffEditionPage>

/** One line of a JST's list of editions: enough to pick one and see where it stands. */
export function editionSummary(e: EditionFull, now = new Date()) {
  return { year: e.edition.year, title: e.edition.title, currentPhase: phaseAt(e.phases, now) }
}

export type EditionSummary = ReturnType<typeof editionSummary>
