import type { FieldError } from '../../core/http/problem'
import { type ApplicantKind, type BodyKind, bodyLaws, type Level, rules } from './bodies'
import { addDays, addMonths, ageOn, type Deadline, deadlineInMonths, dayText, isDay } from './dates'

/**
 * Creating a body on application. Residents aged 60+ oblige the council to create a rada seniorów once enough of
 * them sign (usg art. 5c ust. 2a, thresholds by the JST's level and population); five NGOs oblige the wójt or
 * starosta to create an RDPP (upp art. 41e). The council decides an application for a rada seniorów or a youth
 * council within 3 months, the executive an RDPP's within 2; a refused applicant waits 6 months before applying
 * again (usg art. 5b and 5c). Pure, so the petition page counts signatures and shows the deadline exactly as the
 * server records them.
 */

/**
 * Residents aged 60+ whose petition obliges the council to create a rada seniorów: gmina 50 (up to 20,000
 * residents) or 100; powiat 150 (up to 100,000) or 250; województwo 500 (up to 2 million) or 800.
 */
export function seniorPetitionThreshold(level: Level, population: number): number {
  if (level === 'gmina') return population <= 20_000 ? 50 : 100
  if (level === 'powiat') return population <= 100_000 ? 150 : 250
  return population <= 2_000_000 ? 500 : 800
}

/** The age the law asks of a petition's signatories. */
export const SENIOR_AGE = 60

/** One signature under a petition: a person's key (a keyed hash), their date of birth, whether they live in the JST. */
export interface Signature {
  personKey: string
  birthDate: string
  resident: boolean
}

/** A petition counted: who counts, who does not and why, and whether the council is obliged to create the body. */
export interface PetitionCount {
  threshold: number
  valid: number
  duplicates: number
  tooYoung: number
  nonResidents: number
  invalidBirthDates: number
  /** Whether the valid signatures reach the threshold, so the council must create the rada seniorów. */
  obliges: boolean
}

/**
 * Counts a petition for a rada seniorów as of the day it is filed: each person once, residents only, aged 60 on
 * that day (the law reads "mieszkańcy, którzy ukończyli 60 lat" without a date; the filing day is when the council
 * receives the application — see docs/councils.md).
 */
export function countSeniorPetition(
  signatures: readonly Signature[],
  level: Level,
  population: number,
  filedOn: string,
): PetitionCount {
  const threshold = seniorPetitionThreshold(level, population)
  const seen = new Set<string>()
  let valid = 0
  let duplicates = 0
  let tooYoung = 0
  let nonResidents = 0
  let invalidBirthDates = 0
  for (const s of signatures) {
    if (seen.has(s.personKey)) {
      duplicates++
      continue
    }
    seen.add(s.personKey)
    if (!isDay(s.birthDate) || s.birthDate > filedOn) invalidBirthDates++
    else if (!s.resident) nonResidents++
    else if (ageOn(s.birthDate, filedOn) < SENIOR_AGE) tooYoung++
    else valid++
  }
  return { threshold, valid, duplicates, tooYoung, nonResidents, invalidBirthDates, obliges: valid >= threshold }
}

/**
 * Why a petition does not oblige the council, naming the rule and the numbers; null when it does. (Fewer
 * signatures still make an application of "interested groups", which the council may accept: usg art. 5c ust. 2.)
 */
export function petitionShortfall(count: PetitionCount): FieldError | null {
  if (count.obliges) return null
  return {
    field: 'signatures',
    detail: `Wniosek podpisało ${count.valid} uprawnionych mieszkańców w wieku co najmniej 60 lat, a do obowiązkowego utworzenia rady seniorów potrzeba ${count.threshold} (${rules.seniorsPetition}).`,
  }
}

/** One organisation under a joint application for an RDPP. */
export interface ApplyingOrganisation {
  organisationKey: string
  /** Whether it is active in the JST's area (the law counts only those). */
  activeInArea: boolean
}

/**
 * Whether a joint application obliges the executive to create an RDPP: at least five distinct organisations
 * active in the area (upp art. 41e). Field errors name each organisation that does not count and the shortfall.
 */
export function checkRdppApplication(organisations: readonly ApplyingOrganisation[]): FieldError[] {
  const needed = bodyLaws.rdpp.minApplyingOrganisations ?? 0
  const errors: FieldError[] = []
  const seen = new Set<string>()
  organisations.forEach((o, i) => {
    if (seen.has(o.organisationKey))
      errors.push({ field: `organisations.${i}`, detail: 'Ta organizacja jest już na liście wnioskodawców.' })
    else if (!o.activeInArea)
      errors.push({
        field: `organisations.${i}`,
        detail: `Liczą się organizacje działające na terenie jednostki (${rules.rdppApplication}).`,
      })
    seen.add(o.organisationKey)
  })
  const counted = new Set(organisations.filter((o) => o.activeInArea).map((o) => o.organisationKey)).size
  if (counted < needed)
    errors.push({
      field: 'organisations',
      detail: `Wniosek o utworzenie rady działalności pożytku publicznego składa co najmniej ${needed} organizacji działających na terenie jednostki (${rules.rdppApplication}); na liście jest ${counted}.`,
    })
  return errors
}

/**
 * The last day for deciding an application filed on `filedOn`: 3 months for a rada seniorów or a youth council
 * (the council, usg art. 5b and 5c), 2 months for an RDPP (the executive, upp art. 41e). Counted by months from the
 * filing day and moved off a Saturday or holiday (`deadlineInMonths`). Null for a kind the law gives no deadline.
 */
export function decisionDeadline(kind: BodyKind, filedOn: string): (Deadline & { months: number }) | null {
  const months = bodyLaws[kind].decisionMonths
  return months === null ? null : { ...deadlineInMonths(filedOn, months), months }
}

/** A refused application on record. */
export interface Refusal {
  applicantKey: string
  applicantKind: ApplicantKind
  refusedOn: string
}

/**
 * The first day `applicantKey` may apply again for a body of `kind`: the day after 6 months from the latest refusal
 * of the same applicant ("nie wcześniej niż po upływie 6 miesięcy od dnia odrzucenia"), for the applicants the lock
 * binds (not the wójt, who may ask any time). Null when nothing stops the applicant.
 */
export function reapplicationAllowedFrom(
  kind: BodyKind,
  applicantKey: string,
  applicantKind: ApplicantKind,
  refusals: readonly Refusal[],
): string | null {
  const lock = bodyLaws[kind].reapplyLock
  if (!lock || !lock.binds.includes(applicantKind)) return null
  const latest = refusals
    .filter((r) => r.applicantKey === applicantKey)
    .reduce<string | null>((a, r) => (a === null || r.refusedOn > a ? r.refusedOn : a), null)
  return latest === null ? null : addDays(addMonths(latest, lock.months), 1)
}

/** The refusal of an application filed too soon after the previous one, or null when it may be filed on `day`. */
export function checkReapplication(
  kind: BodyKind,
  applicantKey: string,
  applicantKind: ApplicantKind,
  refusals: readonly Refusal[],
  day: string,
): FieldError | null {
  const from = reapplicationAllowedFrom(kind, applicantKey, applicantKind, refusals)
  if (from === null || day >= from) return null
  const rule = kind === 'rada_seniorow' ? rules.seniorsDecision : rules.youthCreation
  return {
    field: 'applicant',
    detail: `Poprzedni wniosek tego wnioskodawcy odrzucono: kolejny można złożyć po 6 miesiącach, od ${dayText(from)} (${rule}).`,
  }
}

/** One signature as the platform records it: the person's key and whether they declared being 60 or older. */
export interface DeclaredSignature {
  personKey: string
  declaredSenior: boolean
}

/** A petition counted by declarations: each person once, only those who declared 60+. */
export interface DeclaredPetitionCount {
  threshold: number
  valid: number
  duplicates: number
  undeclared: number
  obliges: boolean
}

/**
 * Counts a petition for a rada seniorów by the signatories' declarations ("mam ukończone 60 lat") instead of their
 * birth dates: the platform keeps no birth dates (the issue asks for a declaration, and a date of birth is more
 * personal data than the law's count needs). Each person once (by `personKey`); a signature without the declaration
 * (a paper list where the box was left empty) does not count.
 */
export function countDeclaredPetition(
  signatures: readonly DeclaredSignature[],
  level: Level,
  population: number,
): DeclaredPetitionCount {
  const threshold = seniorPetitionThreshold(level, population)
  const seen = new Set<string>()
  let valid = 0
  let duplicates = 0
  let undeclared = 0
  for (const s of signatures) {
    if (seen.has(s.personKey)) {
      duplicates++
      continue
    }
    seen.add(s.personKey)
    if (s.declaredSenior) valid++
    else undeclared++
  }
  return { threshold, valid, duplicates, undeclared, obliges: valid >= threshold }
}
