import * as v from 'valibot'
import { isDay } from '../domain/dates'

/*
 * The request bodies of the voters' side of an election: the e-mail a code is asked for, the code that opens a
 * session, and the ballot. Only shapes and sizes here; the ballot's rules (one constituency's candidates, the age on
 * the day of the vote, the declaration) are the domain's `checkElectionBallot`, which the form runs too.
 */

const address = v.pipe(
  v.string('Podaj adres e-mail.'),
  v.trim(),
  v.minLength(5, 'Podaj adres e-mail.'),
  v.maxLength(254, 'Adres e-mail jest za długi.'),
)

/** A request for a voting code: codes of councils' elections go by e-mail only. */
export const electionCodeSchema = v.object({ address })

/** The code from the e-mail, which opens a voting session of two hours. */
export const electionSessionSchema = v.object({
  address,
  code: v.pipe(v.string('Wpisz kod z wiadomości.'), v.trim(), v.regex(/^\d{6}$/, 'Kod ma 6 cyfr.')),
})

const namePart = (what: string, max: number) =>
  v.pipe(v.string(what), v.trim(), v.minLength(1, what), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))

/** A ballot: who votes (hashed on the server, never stored), in which constituency, and for whom. */
export const electionCastSchema = v.object({
  firstName: namePart('Podaj imię.', 80),
  lastName: namePart('Podaj nazwisko.', 120),
  birthDate: v.pipe(
    v.string('Podaj datę urodzenia.'),
    v.check((d: string) => isDay(d), 'Podaj datę urodzenia w postaci RRRR-MM-DD.'),
  ),
  constituency: v.pipe(v.string('Wybierz okręg wyborczy z listy.'), v.maxLength(80, 'Wybierz okręg wyborczy z listy.')),
  choices: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(64)), 'Zaznacz co najmniej jednego kandydata.'),
    v.minLength(1, 'Zaznacz co najmniej jednego kandydata.'),
    v.maxLength(50, 'Na karcie można zaznaczyć najwyżej 50 kandydatów.'),
  ),
  eligibilityDeclared: v.literal(true, 'Potwierdź oświadczenie, że masz prawo głosować w tych wyborach.'),
})

export type ElectionCast = v.InferOutput<typeof electionCastSchema>
