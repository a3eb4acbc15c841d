import type { FieldError } from '../../core/http/problem'
import { bodyLaws, type BodyKind, type Representation, rules } from './bodies'
import { isDay } from './dates'

/**
 * A body's statute as data. The law leaves most of a council's rules to the resolution that gives it its statute
 * (usg art. 5b ust. 10 and 5c ust. 5, upp art. 41g): how many seats of which kind, how each is filled, the
 * constituencies, ages, support lists, quorum, majority and absences. Kept as data, the same statute drives the
 * candidate form, the eligibility check, the vote count and the absence flags, and `checkStatute` refuses what the
 * law does not allow before the statute is used — with the rule named, so staff can fix the resolution's text.
 */

/** How a seat category is filled: elected by a constituency, nominated by an organisation or organ, or appointed. */
export const fillMethods = ['wybory', 'zgloszenie', 'powolanie'] as const
export type FillMethod = (typeof fillMethods)[number]

/** A kind of seat and how many there are. */
export interface SeatCategory {
  key: string
  name: string
  seats: number
  represents: Representation
  fill: FillMethod
  /** The constituencies that elect these seats (keys of `Statute.constituencies`); empty when not elected by area. */
  constituencies: string[]
  /** Whether each organisation may nominate one candidate only in a call (usual for NGO seats). */
  onePerOrganisation: boolean
}

/** A constituency: a school (youth councils), an area (sołectwo, osiedle) or another electorate. */
export interface Constituency {
  key: string
  name: string
  kind: 'szkola' | 'obszar' | 'inny'
  seats: number
}

/** The day on which a candidate's age is taken. */
export type AgeDay = 'dzien_wyborow' | 'poczatek_kadencji' | 'termin_zgloszen'

/** Age limits for members (inclusive years: 13–18 admits a 13-year-old and an 18-year-old, not a 19-year-old). */
export interface AgeRule {
  minAge: number | null
  maxAge: number | null
  on: AgeDay
}

/** A support list for a candidacy: signatures needed, whether a supporter may back one candidate only. */
export interface SupportRule {
  signatures: number
  onePerSupporter: boolean
  /** The age a supporter must have reached (e.g. 60 for a rada seniorów's electorate), or null. */
  supporterMinAge: number | null
}

/** Present members needed for a resolution: `numerator/denominator` of the composition or of members in office. */
export interface Quorum {
  numerator: number
  denominator: number
  base: 'sklad' | 'w_kadencji'
}

/** What counts as adopted. `sklad`: the statutory composition; `obecni`: present; `oddane`: votes cast. */
export type Majority =
  | { kind: 'zwykla' }
  | { kind: 'bezwzgledna'; base: 'oddane' | 'obecni' | 'sklad' }
  | { kind: 'kwalifikowana'; numerator: number; denominator: number; base: 'oddane' | 'obecni' | 'sklad' }

/** The absences rule: after this many consecutive unexcused absences the member is flagged (RDPP: removed). */
export interface AbsenceRule {
  consecutiveUnexcused: number
}

/** The resolution (or, for an RDPP, the order) that sets the statute. */
export interface StatuteAct {
  number: string
  date: string
}

export interface Statute {
  act: StatuteAct
  /** The first day this statute (this version) applies. */
  validFrom: string
  termYears: number
  seats: SeatCategory[]
  constituencies: Constituency[]
  age: AgeRule | null
  support: SupportRule | null
  /** Candidates younger than this need a guardian's consent; null = no such rule. */
  guardianConsentUnder: number | null
  /** Whether candidates must live in the JST. */
  residenceRequired: boolean
  quorum: Quorum
  majority: Majority
  /** Whether the chair's vote decides a tie of votes for and against. */
  chairDecidesTie: boolean
  absences: AbsenceRule | null
  /** Days the body has for an opinion when the law sets none and the request names none. */
  opinionDays: number | null
}

/** All seats of the statute: its composition (skład), the base of quorum and of some majorities. */
export function totalSeats(statute: Pick<Statute, 'seats'>): number {
  return statute.seats.reduce((sum, c) => sum + c.seats, 0)
}

const whole = (n: unknown, min: number, max: number) =>
  Number.isInteger(n) && (n as number) >= min && (n as number) <= max

/** The longest term a statute may set where the law sets none: the council's own term (5 years, usg art. 16). */
export const MAX_TERM_YEARS = 5

/**
 * Every way the statute breaks the law for a body of `kind`, or does not hold together, as field errors that name
 * the rule: an RDPP with fewer than half of its seats for NGOs (art. 41f upp) or a term other than 3 years
 * (art. 41e upp); a rada seniorów with seats for the wójt or the councillors, or with a member age the law does
 * not set (art. 5c ust. 4 usg); a youth council whose members' age the statute leaves open although the law does
 * (art. 5b ust. 10 usg), or whose minors could stand without a guardian's consent. Empty when the statute is fine.
 */
export function checkStatute(statute: Statute, kind: BodyKind): FieldError[] {
  const law = bodyLaws[kind]
  const errors: FieldError[] = []
  const err = (field: string, detail: string) => errors.push({ field, detail })

  if (!statute.act.number.trim()) err('act.number', 'Podaj numer uchwały nadającej statut.')
  if (!isDay(statute.act.date)) err('act.date', 'Podaj datę uchwały (RRRR-MM-DD).')
  if (!isDay(statute.validFrom)) err('validFrom', 'Podaj dzień, od którego statut obowiązuje (RRRR-MM-DD).')
  else if (isDay(statute.act.date) && statute.validFrom < statute.act.date)
    err('validFrom', 'Statut nie może obowiązywać przed dniem podjęcia uchwały.')

  if (law.termYears !== null) {
    if (statute.termYears !== law.termYears)
      err(
        'termYears',
        `Kadencja rady działalności pożytku publicznego trwa ${law.termYears} lata (${rules.rdppTerm}), a statut podaje ${statute.termYears}.`,
      )
  } else if (!whole(statute.termYears, 1, MAX_TERM_YEARS))
    err('termYears', `Kadencja: liczba całkowita lat od 1 do ${MAX_TERM_YEARS}.`)

  if (statute.seats.length === 0) err('seats', 'Określ co najmniej jedną kategorię miejsc w radzie.')
  const keys = new Set<string>()
  statute.seats.forEach((c, i) => {
    if (!c.key.trim() || keys.has(c.key)) err(`seats.${i}.key`, 'Każda kategoria miejsc musi mieć inny klucz.')
    keys.add(c.key)
    if (!c.name.trim()) err(`seats.${i}.name`, 'Podaj nazwę kategorii miejsc.')
    if (!whole(c.seats, 1, 200)) err(`seats.${i}.seats`, 'Liczba miejsc: liczba całkowita od 1 do 200.')
    if (law.allowedRepresentations && !law.allowedRepresentations.includes(c.represents)) {
      if (kind === 'rada_seniorow')
        err(
          `seats.${i}.represents`,
          `Rada seniorów składa się wyłącznie z przedstawicieli osób starszych i podmiotów działających na ich rzecz (${rules.seniorsComposition}): statut nie może przyznawać miejsc wójtowi, burmistrzowi, radnym ani innym organom.`,
        )
      else
        err(
          `seats.${i}.represents`,
          `Rada działalności pożytku publicznego składa się z przedstawicieli organu stanowiącego, organu wykonawczego i organizacji pozarządowych (${rules.rdppComposition}): innych miejsc statut nie przewiduje.`,
        )
    }
    const unknown = c.constituencies.filter((k) => !statute.constituencies.some((o) => o.key === k))
    if (unknown.length) err(`seats.${i}.constituencies`, 'Kategoria wskazuje okręg, którego statut nie określa.')
    if (c.constituencies.length && c.fill !== 'wybory')
      err(`seats.${i}.constituencies`, 'Okręgi mają tylko miejsca obsadzane w wyborach.')
    if (c.constituencies.length && !unknown.length) {
      const inAreas = statute.constituencies
        .filter((o) => c.constituencies.includes(o.key))
        .reduce((sum, o) => sum + o.seats, 0)
      if (inAreas !== c.seats)
        err(
          `seats.${i}.seats`,
          `Okręgi tej kategorii mają razem ${inAreas} miejsc, a kategoria ${c.seats}: liczby muszą być równe.`,
        )
    }
  })

  const constituencyKeys = new Set<string>()
  statute.constituencies.forEach((o, i) => {
    if (!o.key.trim() || constituencyKeys.has(o.key))
      err(`constituencies.${i}.key`, 'Każdy okręg musi mieć inny klucz.')
    constituencyKeys.add(o.key)
    if (!o.name.trim()) err(`constituencies.${i}.name`, 'Podaj nazwę okręgu.')
    if (!whole(o.seats, 1, 200)) err(`constituencies.${i}.seats`, 'Liczba miejsc: liczba całkowita od 1 do 200.')
    if (!statute.seats.some((c) => c.constituencies.includes(o.key)))
      err(`constituencies.${i}.key`, 'Okręgu nie przypisano do żadnej kategorii miejsc.')
  })

  for (const required of law.requiredRepresentations)
    if (!statute.seats.some((c) => c.represents === required && c.seats > 0)) {
      if (kind === 'rada_seniorow')
        err(
          'seats',
          `Rada seniorów musi mieć miejsca dla przedstawicieli osób starszych, nie tylko dla organizacji (${rules.seniorsComposition}).`,
        )
      else
        err(
          'seats',
          `Rada działalności pożytku publicznego musi mieć przedstawicieli organu stanowiącego, organu wykonawczego i organizacji pozarządowych (${rules.rdppComposition}).`,
        )
      break
    }

  if (law.minNgoShare !== null) {
    const total = totalSeats(statute)
    const ngo = statute.seats.filter((c) => c.represents === 'organizacje').reduce((sum, c) => sum + c.seats, 0)
    const needed = Math.ceil(total * law.minNgoShare)
    if (total > 0 && ngo < needed)
      err(
        'seats',
        `Organizacje pozarządowe muszą mieć co najmniej połowę miejsc (${rules.rdppComposition}): przy ${total} miejscach co najmniej ${needed}, a statut daje im ${ngo}.`,
      )
  }

  if (statute.age) {
    const { minAge, maxAge } = statute.age
    if (!law.memberAgeAllowed && (minAge !== null || maxAge !== null))
      err(
        'age',
        `Ustawa nie uzależnia członkostwa w radzie seniorów od wieku (${rules.seniorsComposition}; NSA): statut nie może ustalać wieku członków. Wiek może dotyczyć najwyżej osób popierających kandydata.`,
      )
    if (minAge !== null && !whole(minAge, 0, 120)) err('age.minAge', 'Minimalny wiek: liczba całkowita od 0 do 120.')
    if (maxAge !== null && !whole(maxAge, 0, 120)) err('age.maxAge', 'Maksymalny wiek: liczba całkowita od 0 do 120.')
    if (minAge !== null && maxAge !== null && minAge > maxAge)
      err('age.maxAge', 'Maksymalny wiek nie może być mniejszy niż minimalny.')
  }

  if (kind === 'mlodziezowa_rada') {
    const bySchool = statute.constituencies.some((o) => o.kind === 'szkola')
    if (statute.age?.maxAge == null && !bySchool)
      err(
        'age.maxAge',
        `Ustawa nie określa wieku członków młodzieżowej rady, zostawia to statutowi (${rules.youthStatute}): podaj górną granicę wieku albo okręgi szkolne, które ją wyznaczają.`,
      )
    const youngest = statute.age?.minAge ?? 0
    if (youngest < 18 && statute.guardianConsentUnder === null)
      err(
        'guardianConsentUnder',
        `Członkami mogą być osoby niepełnoletnie: kandydat poniżej 18 lat potrzebuje zgody przedstawiciela ustawowego (${rules.civilCapacity}).`,
      )
  }
  if (statute.guardianConsentUnder !== null && !whole(statute.guardianConsentUnder, 1, 18))
    err(
      'guardianConsentUnder',
      `Zgoda przedstawiciela ustawowego dotyczy osób niepełnoletnich: wiek od 1 do 18 lat (${rules.civilCapacity}).`,
    )

  if (statute.support) {
    if (!whole(statute.support.signatures, 1, 10_000))
      err('support.signatures', 'Liczba podpisów poparcia: liczba całkowita od 1 do 10000.')
    if (statute.support.supporterMinAge !== null && !whole(statute.support.supporterMinAge, 0, 120))
      err('support.supporterMinAge', 'Wiek osób popierających: liczba całkowita od 0 do 120.')
  }

  const q = statute.quorum
  if (!whole(q.denominator, 1, 100) || !whole(q.numerator, 1, q.denominator))
    err('quorum', 'Kworum: ułamek od 1/100 do całości składu.')
  const m = statute.majority
  if (
    m.kind === 'kwalifikowana' &&
    (!whole(m.denominator, 2, 100) || !whole(m.numerator, 1, m.denominator) || m.numerator * 2 <= m.denominator)
  )
    err('majority', 'Większość kwalifikowana musi być większa niż połowa (np. 2/3, 3/5).')

  if (law.removalAfterUnexcusedAbsences !== null) {
    if (statute.absences?.consecutiveUnexcused !== law.removalAfterUnexcusedAbsences)
      err(
        'absences',
        `Członka odwołuje się po ${law.removalAfterUnexcusedAbsences} kolejnych nieusprawiedliwionych nieobecnościach (${rules.rdppRemoval}): statut nie może tego zmienić.`,
      )
  } else if (statute.absences && !whole(statute.absences.consecutiveUnexcused, 1, 50))
    err('absences', 'Liczba kolejnych nieobecności: liczba całkowita od 1 do 50.')

  if (statute.opinionDays !== null && !whole(statute.opinionDays, 1, 365))
    err('opinionDays', 'Termin na opinię: liczba całkowita dni od 1 do 365.')
  return errors
}

/** A version of a statute: a change of the resolution makes a new one, and the earlier ones stay on record. */
export interface StatuteVersion {
  version: number
  statute: Statute
  /** `od_razu`: binds from `validFrom`; `od_nastepnej_kadencji`: the running term keeps its statute. */
  applies: 'od_razu' | 'od_nastepnej_kadencji'
}

/**
 * The statute that governs `day`. A version applies from its `validFrom`; one adopted "from the next term" does not
 * reach a term that began before it (`termStart`), so the running term keeps the statute it was elected under.
 * Null before the first version. Of versions valid from the same day, the later one wins.
 */
export function statuteForDate(
  versions: readonly StatuteVersion[],
  day: string,
  termStart: string | null = null,
): StatuteVersion | null {
  let found: StatuteVersion | null = null
  for (const v of versions) {
    const from = v.statute.validFrom
    if (from > day) continue
    if (v.applies === 'od_nastepnej_kadencji' && termStart !== null && from > termStart) continue
    if (!found || from > found.statute.validFrom || (from === found.statute.validFrom && v.version > found.version))
      found = v
  }
  return found
}

/**
 * A new version on top of `versions`, numbered next; refused (with the statute's own errors first) when it would
 * rewrite the past by applying before the latest version already on record.
 */
export function addStatuteVersion(
  versions: readonly StatuteVersion[],
  statute: Statute,
  kind: BodyKind,
  applies: StatuteVersion['applies'],
): { versions: StatuteVersion[]; errors: FieldError[] } {
  const errors = checkStatute(statute, kind)
  const latest = versions.reduce<StatuteVersion | null>((a, v) => (!a || v.version > a.version ? v : a), null)
  if (latest && isDay(statute.validFrom) && statute.validFrom < latest.statute.validFrom)
    errors.push({
      field: 'validFrom',
      detail: 'Nowa wersja statutu nie może obowiązywać wcześniej niż poprzednia: zmiana działa tylko na przyszłość.',
    })
  if (errors.length) return { versions: [...versions], errors }
  return { versions: [...versions, { version: (latest?.version ?? 0) + 1, statute, applies }], errors }
}
