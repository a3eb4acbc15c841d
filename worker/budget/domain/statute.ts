import { requiredPhases } from './options'
import type { FieldError } from '../../core/http/problem'
import { phaseNames, type PhaseName } from './phases'
import type { EditionInput } from './rules'
import { formatZl } from '../../core/money'

/**
 * The statutory limits of usg art. 5a checked against an edition's configuration. Pure, so the staff form shows
 * the same computation the server refuses with.
 */

/** At most 0.1% of the pool area's residents may be required as supporters (art. 5a ust. 7 pkt 2). */
export function maxSupporters(residents: number): number {
  return Math.floor(residents / 1000)
}

/** For a miasto na prawach powiatu the BO must total at least 0.5% of last reported expenditures (art. 5a ust. 5). */
export function minimumBudget(expenditures: number): number {
  return Math.ceil(expenditures / 200)
}

/** Every statutory or internal inconsistency of an edition, as field errors with the computation spelled out. */
export function checkEdition(input: EditionInput, tenantKind: string): FieldError[] {
  const errors: FieldError[] = []
  input.pools.forEach((pool, i) => {
    const cap = maxSupporters(pool.residents)
    if (pool.requiredSupporters > cap) {
      errors.push({
        field: `pools.${i}.requiredSupporters`,
        detail: `Wymagana liczba podpisów (${pool.requiredSupporters}) przekracza 0,1% mieszkańców obszaru puli: 0,1% × ${pool.residents} = ${cap}.`,
      })
    }
    if (pool.minProjectCost > pool.maxProjectCost)
      errors.push({
        field: `pools.${i}.minProjectCost`,
        detail: 'Minimalny koszt projektu jest większy niż maksymalny.',
      })
    if (pool.maxProjectCost > pool.amount)
      errors.push({ field: `pools.${i}.maxProjectCost`, detail: 'Maksymalny koszt projektu przekracza kwotę puli.' })
    if (pool.kind === 'area' && pool.areas.length === 0)
      errors.push({
        field: `pools.${i}.areas`,
        detail: 'Pula obszarowa musi wymieniać obszary (np. osiedla, sołectwa).',
      })
  })
  const codes = input.pools.map((p) => p.code)
  codes.forEach(
    (c, i) => codes.indexOf(c) !== i && errors.push({ field: `pools.${i}.code`, detail: 'Kody pul muszą być różne.' }),
  )

  const total = input.pools.reduce((s, p) => s + p.amount, 0)
  if (tenantKind === 'miasto-na-prawach-powiatu') {
    if (input.expendituresLastReport == null) {
      errors.push({
        field: 'expendituresLastReport',
        detail:
          'W mieście na prawach powiatu podaj wydatki z ostatniego sprawozdania z wykonania budżetu (podstawa minimum 0,5%).',
      })
    } else {
      const min = minimumBudget(input.expendituresLastReport)
      if (total < min)
        errors.push({
          field: 'pools',
          detail: `Suma pul (${formatZl(total)}) jest mniejsza niż 0,5% wydatków z ostatniego sprawozdania: 0,5% × ${formatZl(input.expendituresLastReport)} = ${formatZl(min)}.`,
        })
    }
  }

  errors.push(...checkCalendar(input.phases))
  const { ballot } = input.rules
  if (ballot.format === 'points' && ballot.points.length === 0)
    errors.push({ field: 'rules.ballot.points', detail: 'Karta punktowa wymaga listy punktów, np. 3, 2, 1.' })
  if (ballot.maxProjects != null && ballot.maxProjects < ballot.minProjects)
    errors.push({
      field: 'rules.ballot.maxProjects',
      detail: 'Maksymalna liczba projektów jest mniejsza niż minimalna.',
    })
  return errors
}

/** A phase window as the API receives it (ISO instants). */
export interface PhaseInput {
  phase: PhaseName
  startsAt: string
  endsAt: string
}

/**
 * The consistency of a phase calendar, for new editions, their settings and later changes of dates alike: each phase
 * once, an end after its start, the required phases present, and phases in their fixed order without overlaps (the
 * later phase of an overlap is named by its start, `phases.{i}.startsAt`, so the form shows it next to the date).
 */
export function checkCalendar(phases: readonly PhaseInput[]): FieldError[] {
  const errors: FieldError[] = []
  const seen = new Set<PhaseName>()
  phases.forEach((p, i) => {
    if (seen.has(p.phase)) errors.push({ field: `phases.${i}.phase`, detail: 'Każda faza może wystąpić tylko raz.' })
    seen.add(p.phase)
    if (Date.parse(p.endsAt) <= Date.parse(p.startsAt))
      errors.push({ field: `phases.${i}.endsAt`, detail: 'Koniec fazy musi być po jej początku.' })
  })
  for (const required of requiredPhases) {
    if (!seen.has(required))
      errors.push({ field: 'phases', detail: `Kalendarz musi zawierać fazę: ${phaseLabels[required]}.` })
  }
  const ordered = phases
    .map((p, index) => ({ ...p, index }))
    .sort((a, b) => phaseNames.indexOf(a.phase) - phaseNames.indexOf(b.phase))
  for (let i = 1; i < ordered.length; i++) {
    const [before, after] = [ordered[i - 1]!, ordered[i]!]
    if (Date.parse(after.startsAt) < Date.parse(before.endsAt)) {
      errors.push({
        field: `phases.${after.index}.startsAt`,
        detail: `Faza „${phaseLabels[after.phase]}” zaczyna się przed końcem fazy „${phaseLabels[before.phase]}”.`,
      })
    }
  }
  return errors
}

export const phaseLabels: Record<PhaseName, string> = {
  submission: 'zgłaszanie projektów',
  assessment: 'ocena formalna i merytoryczna',
  appeals: 'odwołania',
  final_list: 'lista projektów do głosowania',
  voting: 'głosowanie',
  results: 'ogłoszenie wyników',
  implementation: 'realizacja',
}
