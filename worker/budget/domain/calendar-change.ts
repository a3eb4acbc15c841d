import type { FieldError } from '../../core/http/problem'
import { formatWarsaw, warsawDate } from '../../core/time/polish-calendar'
import { phaseNames, type PhaseName, type PhaseWindow } from './phases'
import { checkCalendar, phaseLabels, type PhaseInput } from './statute'

/**
 * Moving the dates of a running edition ("przedłużenie terminu naboru", a later voting week). Rules and pools come
 * from the uchwała and stay locked once submission opens, but gminas do announce new dates, with a reason. What may
 * move follows from what residents have already relied on: nothing that has happened can be rewritten, a phase in
 * progress keeps its start, and a new date is never in the past — so a change never takes effect retroactively and
 * the phase in progress stays the one in progress. Pure (no Hono or database imports), so the rules are tested on
 * their own and the handler stays thin.
 */

/** One phase whose dates moved, as published in the edition's notice of the change (ISO instants). */
export interface PhaseMove {
  phase: PhaseName
  before: { startsAt: string; endsAt: string }
  after: { startsAt: string; endsAt: string }
}

/** Dates already promised to people, which a change may not cut short. */
export interface CalendarLimits {
  /** The latest appeal deadline granted to an author of a rejected project who has not appealed yet (null: none). */
  latestAppealDeadline: Date | null
  /** The day voters' identity data is erased (`rules.voting.identityEraseOn`, YYYY-MM-DD), or null. */
  identityEraseOn: string | null
}

export interface CalendarChangeCheck {
  /** Every problem, each pointing at its field (`phases.{i}.startsAt`, `phases.{i}.endsAt`, `phases`). */
  errors: FieldError[]
  /**
   * True when some error conflicts with the edition's state (a phase that has ended or is running, a date in the
   * past, a deadline already granted): the answer is 409 rather than 400.
   */
  conflict: boolean
  /** The phases that moved, in calendar order; empty when nothing changed. */
  moves: PhaseMove[]
}

/** Dates in these texts follow the platform's one set of rules (`formatWarsaw` of `./calendar`). */
export { formatWarsaw }

/**
 * Checks a proposed calendar against the current one at `now`: the same set of phases; an ended phase unchanged; a
 * phase in progress with its start unchanged and any new end in the future; a phase not yet started moved only to a
 * start in the future; the usual consistency of a calendar (`checkCalendar`, as for a new edition); an appeals phase
 * not shortened below an appeal deadline already granted; a vote that ends before voters' identity data is erased.
 * Also lists what moved, for the public notice and the e-mails.
 */
export function checkCalendarChange(
  current: readonly PhaseWindow[],
  proposed: readonly PhaseInput[],
  now: Date,
  limits: CalendarLimits,
): CalendarChangeCheck {
  const invalid: FieldError[] = []
  const conflicts: FieldError[] = []
  const t = now.getTime()
  const byName = new Map(current.map((w) => [w.phase, w]))
  const moves: PhaseMove[] = []

  proposed.forEach((p, i) => {
    const was = byName.get(p.phase)
    const label = phaseLabels[p.phase]
    if (!was) {
      invalid.push({
        field: `phases.${i}.phase`,
        detail: `Faza „${label}” nie należy do kalendarza tej edycji — zmiana terminów nie dodaje faz.`,
      })
      return
    }
    const start = Date.parse(p.startsAt)
    const end = Date.parse(p.endsAt)
    const [wasStart, wasEnd] = [was.startsAt.getTime(), was.endsAt.getTime()]
    const startMoved = start !== wasStart
    const endMoved = end !== wasEnd
    if (wasEnd <= t) {
      const detail = `Faza „${label}” zakończyła się (trwała do ${formatWarsaw(was.endsAt, 'deadline')}) — jej terminów nie można już zmienić.`
      if (startMoved) conflicts.push({ field: `phases.${i}.startsAt`, detail })
      if (endMoved) conflicts.push({ field: `phases.${i}.endsAt`, detail })
    } else if (wasStart <= t) {
      if (startMoved)
        conflicts.push({
          field: `phases.${i}.startsAt`,
          detail: `Faza „${label}” trwa od ${formatWarsaw(was.startsAt, 'start')} — jej początku nie można zmienić, można przesunąć tylko koniec.`,
        })
      if (endMoved && end <= t)
        conflicts.push({
          field: `phases.${i}.endsAt`,
          detail: `Nowy koniec fazy „${label}” musi przypadać w przyszłości.`,
        })
    } else if (startMoved && start <= t) {
      conflicts.push({
        field: `phases.${i}.startsAt`,
        detail: `Faza „${label}” jeszcze się nie zaczęła — nowy początek musi przypadać w przyszłości.`,
      })
    }
    if (startMoved || endMoved) {
      moves.push({
        phase: p.phase,
        before: { startsAt: was.startsAt.toISOString(), endsAt: was.endsAt.toISOString() },
        after: { startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() },
      })
    }
  })

  const named = new Set(proposed.map((p) => p.phase))
  for (const w of current) {
    if (!named.has(w.phase))
      invalid.push({
        field: 'phases',
        detail: `Brakuje fazy „${phaseLabels[w.phase]}”: podaj terminy wszystkich faz edycji — zmiana terminów nie usuwa faz.`,
      })
  }
  for (const error of checkCalendar(proposed))
    if (!invalid.some((e) => e.field === error.field && e.detail === error.detail)) invalid.push(error)

  const moved = (phase: PhaseName) => moves.find((m) => m.phase === phase)
  const indexOf = (phase: PhaseName) => proposed.findIndex((p) => p.phase === phase)

  const appeals = moved('appeals')
  const granted = limits.latestAppealDeadline
  if (appeals && granted) {
    const end = Date.parse(appeals.after.endsAt)
    if (end < granted.getTime() && end < Date.parse(appeals.before.endsAt)) {
      conflicts.push({
        field: `phases.${indexOf('appeals')}.endsAt`,
        detail: `Autorzy odrzuconych projektów mogą się odwołać do ${formatWarsaw(granted, 'deadline')} (termin liczony od oceny) — faza odwołań nie może skończyć się wcześniej.`,
      })
    }
  }

  const voting = moved('voting')
  const eraseOn = limits.identityEraseOn
  if (voting && eraseOn && Date.parse(voting.after.endsAt) !== Date.parse(voting.before.endsAt)) {
    const lastDay = warsawDate(new Date(Date.parse(voting.after.endsAt) - 1)).date
    if (lastDay >= eraseOn) {
      conflicts.push({
        field: `phases.${indexOf('voting')}.endsAt`,
        detail: `Dane tożsamości głosujących zostaną usunięte ${formatWarsaw(eraseOn, 'date')} (ustawienia głosowania edycji) — głosowanie musi skończyć się przed tym dniem.`,
      })
    }
  }

  if (moves.length === 0 && invalid.length === 0 && conflicts.length === 0) {
    invalid.push({ field: 'phases', detail: 'Żaden termin się nie zmienił — zmień co najmniej jedną datę.' })
  }
  moves.sort((a, b) => phaseNames.indexOf(a.phase) - phaseNames.indexOf(b.phase))
  return { errors: [...conflicts, ...invalid], conflict: conflicts.length > 0, moves }
}

/** The phases whose dates concern authors of projects: until when they submit, are assessed and may appeal. */
const authorPhases: readonly PhaseName[] = ['submission', 'assessment', 'appeals']

/**
 * Which authors hear of a change by e-mail: authors of drafts when the submission dates move (their deadline to
 * submit), authors of submitted projects when submission, assessment or appeal dates move.
 */
export function authorsAffected(moves: readonly PhaseMove[]): { drafts: boolean; submitted: boolean } {
  return {
    drafts: moves.some((m) => m.phase === 'submission'),
    submitted: moves.some((m) => authorPhases.includes(m.phase)),
  }
}

/**
 * One moved phase in words, for e-mails, as on the edition page: "Zgłaszanie projektów: koniec przesunięty z 9
 * czerwca 2026 włącznie na 16 czerwca 2026 włącznie" — an end as the last day that counts, not the midnight after
 * it, which people read as one day more.
 */
export function describeMove(move: PhaseMove): string {
  const parts: string[] = []
  if (move.before.startsAt !== move.after.startsAt)
    parts.push(
      `początek przesunięty z ${formatWarsaw(move.before.startsAt, 'start')} na ${formatWarsaw(move.after.startsAt, 'start')}`,
    )
  if (move.before.endsAt !== move.after.endsAt)
    parts.push(
      `koniec przesunięty z ${formatWarsaw(move.before.endsAt, 'deadline')} na ${formatWarsaw(move.after.endsAt, 'deadline')}`,
    )
  const label = phaseLabels[move.phase]
  return `${label[0]!.toUpperCase()}${label.slice(1)}: ${parts.join('; ')}`
}
