import type { FieldError } from '../../core/http/problem'
import { rules } from './bodies'
import { ageOn, dayText, isDay } from './dates'
import type { AgeDay, Statute } from './statute'

/**
 * Who may stand, read from the statute: the category's seats, the candidate's age on the statute's day, residence,
 * the constituency (a youth council's school), a guardian's consent for a minor, and for nominated seats one
 * candidate per organisation in a call. Support lists are counted here too, with "one supporter, one candidate"
 * when the statute says so. Pure, so the candidacy form shows the refusal the server gives.
 */

/** A candidacy as the form collects it. */
export interface Candidate {
  seatCategory: string
  birthDate: string | null
  resident: boolean
  /** The constituency (a school or an area) the candidate stands in, for elected seats with constituencies. */
  constituency: string | null
  /** For a school constituency: the school the candidate attends (its constituency key). */
  school: string | null
  guardianConsent: boolean
  consentToStand: boolean
  /** The nominating organisation, for seats filled by nomination. */
  organisationKey: string | null
}

/** The days of the call a candidate's age may be taken on. */
export interface CallDays {
  electionDay: string
  termStart: string
  nominationDeadline: string
}

const dayOfRule = (on: AgeDay, days: CallDays) =>
  on === 'dzien_wyborow' ? days.electionDay : on === 'poczatek_kadencji' ? days.termStart : days.nominationDeadline

/**
 * Every reason `candidate` may not stand under `statute` in the call `days`, as field errors; empty when eligible.
 * Age limits are inclusive years on the statute's day; a candidate younger than `guardianConsentUnder` on that day
 * needs the guardian's consent (a minor's declaration alone does not bind: art. 10 and 15 kc).
 */
export function checkCandidate(statute: Statute, candidate: Candidate, days: CallDays): FieldError[] {
  const errors: FieldError[] = []
  const err = (field: string, detail: string) => errors.push({ field, detail })
  const category = statute.seats.find((c) => c.key === candidate.seatCategory)
  if (!category) {
    err('seatCategory', 'Statut nie przewiduje takiej kategorii miejsc.')
    return errors
  }
  if (!candidate.consentToStand) err('consentToStand', 'Kandydat musi wyrazić zgodę na kandydowanie.')
  if (statute.residenceRequired && !candidate.resident)
    err('resident', 'Statut wymaga, aby kandydat mieszkał na terenie jednostki.')

  const ageDay = dayOfRule(statute.age?.on ?? 'dzien_wyborow', days)
  const needsAge = statute.age !== null && (statute.age.minAge !== null || statute.age.maxAge !== null)
  let age: number | null = null
  if (candidate.birthDate !== null && isDay(candidate.birthDate) && candidate.birthDate <= ageDay)
    age = ageOn(candidate.birthDate, ageDay)
  else if (needsAge || statute.guardianConsentUnder !== null) err('birthDate', 'Podaj datę urodzenia (RRRR-MM-DD).')
  if (age !== null && statute.age) {
    const { minAge, maxAge } = statute.age
    if (minAge !== null && age < minAge)
      err('birthDate', `Kandydat musi mieć co najmniej ${minAge} lat w dniu ${dayText(ageDay)}, a będzie miał ${age}.`)
    if (maxAge !== null && age > maxAge)
      err('birthDate', `Kandydat może mieć najwyżej ${maxAge} lat w dniu ${dayText(ageDay)}, a będzie miał ${age}.`)
  }
  if (
    age !== null &&
    statute.guardianConsentUnder !== null &&
    age < statute.guardianConsentUnder &&
    !candidate.guardianConsent
  )
    err(
      'guardianConsent',
      `Kandydat niepełnoletni potrzebuje zgody przedstawiciela ustawowego (rodzica lub opiekuna) (${rules.civilCapacity}).`,
    )

  if (category.fill === 'wybory' && category.constituencies.length) {
    const area = statute.constituencies.find((o) => o.key === candidate.constituency)
    if (!area || !category.constituencies.includes(area.key))
      err('constituency', 'Wybierz okręg, w którym kandydat startuje.')
    else if (area.kind === 'szkola' && candidate.school !== area.key)
      err('school', 'W okręgu szkolnym kandyduje uczeń tej szkoły.')
  }
  if (category.fill === 'zgloszenie' && !candidate.organisationKey)
    err('organisationKey', 'Wskaż organizację, która zgłasza kandydata.')
  return errors
}

/** A nomination in a call: which organisation put forward which candidate for which category. */
export interface Nomination {
  organisationKey: string
  seatCategory: string
  candidateKey: string
}

/**
 * The nominations refused because the organisation already nominated someone in this call for a category where
 * the statute allows one per organisation (the first one stands; the later ones are named by index).
 */
export function checkNominations(statute: Statute, nominations: readonly Nomination[]): FieldError[] {
  const seen = new Set<string>()
  const errors: FieldError[] = []
  nominations.forEach((n, i) => {
    const category = statute.seats.find((c) => c.key === n.seatCategory)
    if (!category?.onePerOrganisation) return
    const key = `${n.seatCategory}\u0000${n.organisationKey}`
    if (seen.has(key))
      errors.push({
        field: `nominations.${i}`,
        detail: 'Organizacja zgłosiła już kandydata w tym naborze: statut pozwala na jedno zgłoszenie.',
      })
    seen.add(key)
  })
  return errors
}

/** A signature under a candidate's support list. */
export interface SupportSignature {
  candidateKey: string
  personKey: string
  birthDate: string | null
  /** When it was given: with "one supporter, one candidate" the earliest signature is the one that counts. */
  signedAt: string
}

/** Each candidate's valid signatures and whether they reach the statute's number. */
export interface SupportCount {
  candidateKey: string
  valid: number
  /** Signatures not counted because the person already backed another candidate (or this one). */
  repeated: number
  /** Signatures from people younger than the supporters' age (or without a valid date of birth). */
  ineligible: number
  enough: boolean
}

/**
 * Counts support lists under the statute's rule: one signature per person and candidate always, and with
 * `onePerSupporter` one candidate per person (the earliest signature counts, as the Niepołomice statute reads);
 * supporters must have reached `supporterMinAge` on `day` when the statute sets it.
 */
export function countSupport(
  statute: Statute,
  signatures: readonly SupportSignature[],
  candidateKeys: readonly string[],
  day: string,
): SupportCount[] {
  const rule = statute.support
  const counts = new Map(
    candidateKeys.map((k) => [k, { candidateKey: k, valid: 0, repeated: 0, ineligible: 0, enough: false }]),
  )
  const used = new Set<string>()
  const sorted = [...signatures].sort((a, b) => (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : 0))
  for (const s of sorted) {
    const count = counts.get(s.candidateKey)
    if (!count) continue
    const minAge = rule?.supporterMinAge ?? null
    if (
      minAge !== null &&
      (s.birthDate === null || !isDay(s.birthDate) || s.birthDate > day || ageOn(s.birthDate, day) < minAge)
    ) {
      count.ineligible++
      continue
    }
    const key = rule?.onePerSupporter ? s.personKey : `${s.candidateKey}\u0000${s.personKey}`
    if (used.has(key)) {
      count.repeated++
      continue
    }
    used.add(key)
    count.valid++
  }
  const needed = rule?.signatures ?? 0
  return [...counts.values()].map((c) => ({ ...c, enough: c.valid >= needed }))
}

/** The day a candidate's age is taken on in the call `days` (the statute's rule; the election day by default). */
export function ageDayOf(statute: Pick<Statute, 'age'>, days: CallDays): string {
  return dayOfRule(statute.age?.on ?? 'dzien_wyborow', days)
}

/**
 * Whether a candidate born on `birthDate` needs a guardian's consent under `statute` in the call `days`: younger than
 * `guardianConsentUnder` on the statute's day. The form asks for the guardian's e-mail exactly when this is true, and
 * the server keeps such a candidacy waiting (`oczekuje_zgody`, not counted) until the guardian confirms.
 */
export function needsGuardianConsent(
  statute: Pick<Statute, 'age' | 'guardianConsentUnder'>,
  birthDate: string | null,
  days: CallDays,
): boolean {
  if (statute.guardianConsentUnder === null || birthDate === null || !isDay(birthDate)) return false
  const day = ageDayOf(statute, days)
  return birthDate <= day && ageOn(birthDate, day) < statute.guardianConsentUnder
}

/** Where a call stands on `today` (Warsaw): not yet open, taking candidacies, or past its last day. */
export type CallPhase = 'zapowiedziany' | 'przyjmuje' | 'po_terminie'

/** The call's phase on `today`: candidacies count from `opensOn` to `deadline` inclusive (the last day counts whole). */
export function callPhase(call: { opensOn: string; deadline: string }, today: string): CallPhase {
  if (today < call.opensOn) return 'zapowiedziany'
  return today <= call.deadline ? 'przyjmuje' : 'po_terminie'
}
