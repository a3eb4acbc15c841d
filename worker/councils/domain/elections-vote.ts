import { normalizeText } from '../../core/identity/normalize'
import type { FieldError } from '../../core/http/problem'
import { ageOn, isDay } from './dates'

/*
 * The voter's side of an election by electors, as pure rules the server and the voting form share: who a ballot
 * belongs to (the text the keyed hash of "one ballot per person" and the electors' list are made of) and what is wrong
 * with a ballot before it is cast (the choices of one constituency, the voter's age on the day of the vote, the
 * declaration of the right to vote). Browser-safe: no hashing here, only the text that is hashed on the server.
 */

/**
 * Who a ballot or an electors' list line belongs to: the folded full name and the birth date. The server keys it with
 * `voterKeyOf` (core/voting/codes.ts); the list staff upload and the ballot a voter casts must give the same text for
 * the same person, so both call this ("Anna  Nowak" on the list is "anna nowak" on the ballot).
 */
export function electorWho(name: string, birthDate: string): string {
  return `${normalizeText(name)}|${birthDate}`
}

/** The rules of one election a ballot is checked against. */
export interface ElectionBallotRules {
  votesPerBallot: number
  voterMinAge: number | null
  voterMaxAge: number | null
}

/** A constituency on the ballot with the ids of its candidates. */
export interface BallotConstituencyRef {
  key: string
  name: string
  candidates: readonly { id: string }[]
}

/** What the voter sends, as far as the rules look at it. */
export interface ElectionBallotInput {
  birthDate: string
  constituency: string
  choices: readonly string[]
  eligibilityDeclared: boolean
}

/** The sentence naming the election's age limits, with the voter's age; null when the age fits (inclusive limits). */
export function voterAgeRefusal(rules: Omit<ElectionBallotRules, 'votesPerBallot'>, age: number): string | null {
  const { voterMinAge: min, voterMaxAge: max } = rules
  const young = min != null && age < min
  const old = max != null && age > max
  if (!young && !old) return null
  if (min != null && max != null)
    return `W tych wyborach głosują osoby w wieku od ${min} do ${max} lat, a Ty masz ${age}.`
  if (min != null) return `W tych wyborach głosują osoby w wieku co najmniej ${min} lat, a Ty masz ${age}.`
  return `W tych wyborach głosują osoby w wieku najwyżej ${max} lat, a Ty masz ${age}.`
}

/**
 * Everything wrong with a ballot before it is cast, each next to its field: a constituency of the election; one to
 * `votesPerBallot` distinct candidates of that constituency; a real birth date and an age within the election's limits
 * on `day` (the Warsaw day of the vote; the limits count both ends, the age is reached on the birthday); the voter's
 * declaration of the right to vote. Whether the voter is on the electors' list is the server's check (the list is
 * kept only as keyed hashes).
 */
export function checkElectionBallot(
  rules: ElectionBallotRules,
  constituencies: readonly BallotConstituencyRef[],
  input: ElectionBallotInput,
  day: string,
): FieldError[] {
  const errors: FieldError[] = []
  const constituency = constituencies.find((c) => c.key === input.constituency)
  if (!constituency) errors.push({ field: 'constituency', detail: 'Wybierz okręg wyborczy z listy.' })
  const choices = input.choices
  const max = rules.votesPerBallot
  if (choices.length === 0) errors.push({ field: 'choices', detail: 'Zaznacz co najmniej jednego kandydata.' })
  else if (new Set(choices).size !== choices.length)
    errors.push({ field: 'choices', detail: 'Każdego kandydata można zaznaczyć tylko raz.' })
  else if (choices.length > max)
    errors.push({
      field: 'choices',
      detail:
        max === 1
          ? 'Na tej karcie można zaznaczyć tylko jednego kandydata.'
          : `Na tej karcie można zaznaczyć najwyżej ${max} kandydatów, a zaznaczono ${choices.length}.`,
    })
  else if (constituency && choices.some((id) => !constituency.candidates.some((c) => c.id === id)))
    errors.push({
      field: 'choices',
      detail: `Zaznaczyć można tylko kandydatów z okręgu ${constituency.name}.`,
    })
  if (!isDay(input.birthDate) || input.birthDate > day)
    errors.push({ field: 'birthDate', detail: 'Podaj prawdziwą datę urodzenia (RRRR-MM-DD).' })
  else {
    const refusal = voterAgeRefusal(rules, ageOn(input.birthDate, day))
    if (refusal) errors.push({ field: 'birthDate', detail: refusal })
  }
  if (input.eligibilityDeclared !== true)
    errors.push({
      field: 'eligibilityDeclared',
      detail: 'Potwierdź oświadczenie, że masz prawo głosować w tych wyborach.',
    })
  return errors
}
