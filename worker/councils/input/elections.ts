import * as v from 'valibot'
import { isDay } from '../domain/dates'

/*
 * The request bodies of the staff's side of an election by electors: announcing it, the list of electors, the lot for
 * a tie. The rules that need the statute or the call (the category is elected, the days, the votes per ballot against
 * the constituencies' seats) are the action's.
 */

const day = (what: string) =>
  v.pipe(
    v.string(what),
    v.check((d: string) => isDay(d), 'Podaj dzień w postaci RRRR-MM-DD.'),
  )
const age = v.optional(
  v.nullable(
    v.pipe(
      v.number('Podaj wiek liczbą lat.'),
      v.integer('Podaj wiek liczbą całkowitą lat.'),
      v.minValue(0, 'Wiek nie może być ujemny.'),
      v.maxValue(130, 'Podaj wiek najwyżej 130 lat.'),
    ),
  ),
)

/**
 * An election for the call: voting days (Warsaw, both count), how many candidates a ballot may mark, who votes (by
 * their declaration or from a list), the voters' ages. An age left out takes the statute's (the supporters' minimum
 * age, the members' maximum); `null` means no limit.
 */
export const electionCreateSchema = v.pipe(
  v.object({
    votingFrom: day('Podaj pierwszy dzień głosowania.'),
    votingTo: day('Podaj ostatni dzień głosowania.'),
    votesPerBallot: v.optional(
      v.pipe(
        v.number('Podaj liczbę głosów na karcie.'),
        v.integer('Liczba głosów na karcie musi być liczbą całkowitą.'),
        v.minValue(1, 'Na karcie można oddać co najmniej 1 głos.'),
        v.maxValue(50, 'Na karcie można oddać najwyżej 50 głosów.'),
      ),
      1,
    ),
    electorate: v.picklist(
      ['deklaracja', 'spis'],
      'Wybierz, kto głosuje: na podstawie oświadczenia wyborcy albo ze spisu wyborców.',
    ),
    voterMinAge: age,
    voterMaxAge: age,
  }),
  v.forward(
    v.check(
      (i) => i.voterMinAge == null || i.voterMaxAge == null || i.voterMinAge <= i.voterMaxAge,
      'Najniższy wiek wyborcy nie może być wyższy niż najwyższy.',
    ),
    ['voterMaxAge'],
  ),
)
export type ElectionCreate = v.InferOutput<typeof electionCreateSchema>

/** Largest list of electors accepted in one request (characters of text). */
export const MAX_ELECTORS_TEXT = 2 * 1024 * 1024

/** The list of electors as text, one per line: `Imię Nazwisko;RRRR-MM-DD;klucz-okręgu`. */
export const electorsSchema = v.object({
  text: v.pipe(
    v.string('Wklej spis wyborców jako tekst.'),
    v.maxLength(MAX_ELECTORS_TEXT, 'Spis jest za duży (najwyżej 2 MB): podziel go albo usuń zbędne kolumny.'),
  ),
})
export type ElectorsInput = v.InferOutput<typeof electorsSchema>

/** A lot drawn by staff for candidates tied at a constituency's last seats. */
export const lotSchema = v.object({
  constituency: v.pipe(v.string('Wskaż okręg.'), v.maxLength(80, 'Wpisz najwyżej 80 znaków.')),
  elected: v.pipe(
    v.array(v.string('Wskaż wylosowanych kandydatów.'), 'Wskaż wylosowanych kandydatów.'),
    v.minLength(1, 'Wskaż co najmniej jednego wylosowanego kandydata.'),
    v.maxLength(200, 'Wskaż najwyżej 200 kandydatów.'),
  ),
  note: v.pipe(
    v.string('Opisz, kto i jak przeprowadził losowanie.'),
    v.trim(),
    v.minLength(1, 'Opisz, kto i jak przeprowadził losowanie.'),
    v.maxLength(500, 'Wpisz najwyżej 500 znaków.'),
  ),
})
export type LotInput = v.InferOutput<typeof lotSchema>
