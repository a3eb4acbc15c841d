import * as v from 'valibot'
import type { FieldError } from '../../core/http/problem'
import { endOfWarsawDay, warsawDate } from '../../core/time/polish-calendar'
import { phaseNames } from './phases'

import { areaPoolRules, ballotFormats, formFieldTypes, poolKinds, tiePolicies, winnerRules } from './options'

const count = (max: number, what: string) =>
  v.pipe(
    v.number(`Podaj ${what}.`),
    v.integer(`${what[0]!.toUpperCase()}${what.slice(1)}: liczba całkowita.`),
    v.minValue(0, `${what[0]!.toUpperCase()}${what.slice(1)} nie może być ujemna.`),
    v.maxValue(max),
  )
const grosze = (what: string) =>
  v.pipe(
    v.number(`Podaj ${what}.`),
    v.integer('Kwoty podajemy w groszach (liczba całkowita).'),
    v.minValue(0, 'Kwota nie może być ujemna.'),
    v.maxValue(1e15),
  )

/** Kinds of the extra fields staff may add to the submission form (`choice`: one option from a list). */

const formField = v.object({
  key: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{1,40}$/, 'Klucz pola: małe litery, cyfry i _.')),
  label: v.pipe(v.string(), v.trim(), v.minLength(2, 'Podaj etykietę pola.'), v.maxLength(200)),
  type: v.picklist(formFieldTypes, 'Rodzaj pola: text, textarea, checkbox albo choice.'),
  required: v.boolean(),
  help: v.optional(v.pipe(v.string(), v.maxLength(500, 'Podpowiedź: najwyżej 500 znaków.'))),
  /** The choices of a `choice` field (a list to pick one from); empty for the other types. */
  options: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.trim(),
          v.minLength(1, 'Opcja nie może być pusta.'),
          v.maxLength(120, 'Opcja: najwyżej 120 znaków.'),
        ),
      ),
      v.maxLength(50, 'Najwyżej 50 opcji.'),
    ),
    [],
  ),
})

/**
 * An edition's rules, set from the uchwała. Defaults follow the statute and the supervisors' rulings: no age limit,
 * residence by declaration, PESEL off, an appeal procedure that cannot be switched off.
 */
export const editionRulesSchema = v.object({
  submission: v.object({
    minAge: v.optional(v.nullable(count(120, 'minimalny wiek')), null),
    maxProjectsPerAuthor: v.optional(
      v.nullable(
        v.pipe(count(100, 'limit projektów na autora'), v.minValue(1, 'Limit projektów musi wynosić co najmniej 1.')),
      ),
      null,
    ),
    formFields: v.optional(v.array(formField), []),
    categories: v.optional(v.array(v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(80))), []),
    attachments: v.optional(
      v.object({
        maxFiles: v.pipe(count(20, 'liczbę załączników'), v.minValue(0)),
        /** Files an author must attach before submitting (a map, photos…), as the uchwała requires; 0 = none. */
        minFiles: v.optional(count(20, 'wymaganą liczbę załączników'), 0),
        maxBytes: v.pipe(
          count(20 * 1024 * 1024, 'rozmiar załącznika'),
          v.minValue(1024, 'Rozmiar załącznika: co najmniej 1 KiB.'),
        ),
        types: v.array(
          v.picklist([
            'application/pdf',
            'image/jpeg',
            'image/png',
            'image/webp',
            'application/vnd.oasis.opendocument.text',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ]),
        ),
      }),
      { maxFiles: 5, minFiles: 0, maxBytes: 5 * 1024 * 1024, types: ['application/pdf', 'image/jpeg', 'image/png'] },
    ),
  }),
  support: v.optional(v.object({ online: v.boolean(), paper: v.boolean() }), { online: true, paper: true }),
  ballot: v.object({
    format: v.picklist(ballotFormats, 'Wybierz format karty: approval, points lub knapsack.'),
    points: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), []),
    minProjects: v.optional(count(100, 'minimalną liczbę projektów'), 0),
    maxProjects: v.optional(v.nullable(count(100, 'maksymalną liczbę projektów')), null),
    areaPools: v.optional(v.picklist(areaPoolRules), 'any-one-area'),
  }),
  winnerRule: v.optional(v.picklist(winnerRules, 'Nieznana reguła wyłaniania zwycięzców.'), 'greedy'),
  minVotes: v.optional(count(1_000_000, 'próg głosów'), 0),
  tiePolicy: v.optional(v.picklist(tiePolicies, 'Nieznany sposób rozstrzygania remisów.'), 'seeded-draw'),
  askPesel: v.optional(v.boolean(), false),
  appeal: v.object({
    days: v.pipe(
      count(60, 'liczbę dni na odwołanie'),
      v.minValue(1, 'Procedury odwoławczej nie można wyłączyć: podaj co najmniej 1 dzień.'),
    ),
    dayKind: v.optional(v.picklist(['calendar', 'working']), 'calendar'),
  }),
  questionDays: v.optional(v.pipe(count(60, 'liczbę dni na odpowiedź'), v.minValue(1)), 7),
  voting: v.optional(
    v.object({
      channels: v.optional(
        v.pipe(
          v.array(v.picklist(['email', 'sms'], 'Kanał kodu: email lub sms.')),
          v.minLength(1, 'Wybierz co najmniej jeden kanał wysyłki kodu.'),
        ),
        ['email'],
      ),
      codeMinutes: v.optional(
        v.pipe(count(120, 'czas ważności kodu'), v.minValue(5, 'Kod musi być ważny co najmniej 5 minut.')),
        15,
      ),
      duplicatePolicy: v.optional(
        v.picklist(['keep-first', 'void-all'], 'Zasada dla drugiego głosu: keep-first albo void-all.'),
        'keep-first',
      ),
      /** Valid ballots one e-mail address or phone number may cast (more than 1 for households sharing one, as a regulamin may allow); the rest follow `duplicatePolicy`. */
      ballotsPerContact: v.optional(
        v.pipe(
          count(50, 'liczbę kart z jednego adresu e-mail lub numeru telefonu'),
          v.minValue(1, 'Z jednego adresu e-mail lub numeru telefonu można oddać co najmniej 1 kartę.'),
        ),
        1,
      ),
      /**
       * What a receipt proves after publication. `inclusion` (default): that the ballot was counted — the published
       * `.pb` vote lines carry ids unrelated to receipts, so nobody can use a receipt to show a buyer or a pressuring
       * relative what they voted. `inclusion-and-content`: the receipt also finds the ballot's line (choices included).
       */
      receipts: v.optional(
        v.picklist(['inclusion', 'inclusion-and-content'], 'Co potwierdza kod: inclusion albo inclusion-and-content.'),
        'inclusion',
      ),
      order: v.optional(v.picklist(['random-per-voter', 'seeded']), 'random-per-voter'),
      orderSeed: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
      minorAge: v.optional(v.nullable(count(18, 'wiek, od którego głosuje się samodzielnie')), 13),
      identityEraseOn: v.optional(
        v.nullable(v.pipe(v.string(), v.isoDate('Datę usunięcia danych podaj jako RRRR-MM-DD.'))),
        null,
      ),
    }),
    {},
  ),
})
export type EditionRules = v.InferOutput<typeof editionRulesSchema>

/**
 * The erase date of voters' data (`voting.identityEraseOn`) must fall after the last day of voting: the scheduler
 * erases from the first minute of that day (Warsaw time), and erasing while people still vote would drop the
 * identities, sessions and codes the vote still needs. Checked when an edition is created or its settings change
 * (a later change of the voting dates is checked against it in `checkCalendarChange`).
 */
export function checkEraseDate(
  rules: EditionRules,
  phases: readonly { phase: string; endsAt: string }[],
): FieldError[] {
  const eraseOn = rules.voting.identityEraseOn
  const end = Date.parse(phases.find((p) => p.phase === 'voting')?.endsAt ?? '')
  if (!eraseOn || Number.isNaN(end)) return []
  const lastDay = warsawDate(new Date(end - 1)).date
  if (eraseOn > lastDay) return []
  const pl = (date: string) => date.split('-').reverse().join('.')
  const first = warsawDate(endOfWarsawDay(lastDay)).date
  return [
    {
      field: 'rules.voting.identityEraseOn',
      detail: `Dane głosujących można usunąć dopiero po zakończeniu głosowania: data usunięcia ${pl(eraseOn)} nie przypada po ostatnim dniu głosowania (${pl(lastDay)}). Podaj datę od ${pl(first)} albo zmień termin głosowania.`,
    },
  ]
}

export const poolSchema = v.object({
  code: v.pipe(
    v.string('Podaj kod puli.'),
    v.trim(),
    v.regex(/^[A-Za-z0-9_-]{1,20}$/, 'Kod puli: litery, cyfry, - i _ (do 20 znaków).'),
  ),
  name: v.pipe(v.string('Podaj nazwę puli.'), v.trim(), v.minLength(2, 'Podaj nazwę puli.'), v.maxLength(120)),
  kind: v.picklist(poolKinds, 'Rodzaj puli: jst, area lub category.'),
  areas: v.optional(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))), []),
  amount: grosze('kwotę puli'),
  minProjectCost: grosze('minimalny koszt projektu'),
  maxProjectCost: grosze('maksymalny koszt projektu'),
  residents: v.pipe(
    count(50_000_000, 'liczbę mieszkańców obszaru puli'),
    v.minValue(1, 'Podaj liczbę mieszkańców obszaru puli.'),
  ),
  residentsSource: v.pipe(
    v.string('Podaj źródło liczby mieszkańców.'),
    v.trim(),
    v.minLength(3, 'Podaj źródło liczby mieszkańców (np. rejestr mieszkańców, stan na dzień).'),
    v.maxLength(300),
  ),
  requiredSupporters: count(100_000, 'liczbę wymaganych podpisów poparcia'),
})
export type PoolInput = v.InferOutput<typeof poolSchema>

const isoDateTime = v.pipe(
  v.string('Podaj datę i godzinę.'),
  v.isoTimestamp('Podaj datę i godzinę w formacie ISO 8601, np. 2026-05-01T00:00:00+02:00.'),
)
export const phaseSchema = v.object({
  phase: v.picklist(phaseNames, 'Nieznana faza.'),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
})

const resolution = {
  resolutionNumber: v.pipe(
    v.string('Podaj numer uchwały.'),
    v.trim(),
    v.minLength(3, 'Podaj numer uchwały, np. XII/123/2026.'),
    v.maxLength(80),
  ),
  resolutionDate: v.pipe(v.string('Podaj datę uchwały.'), v.isoDate('Data uchwały w formacie RRRR-MM-DD.')),
  resolutionPublication: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(200)))),
}

export const editionInputSchema = v.object({
  year: v.pipe(
    v.number('Podaj rok budżetowy.'),
    v.integer(),
    v.minValue(2000, 'Rok budżetowy poza zakresem.'),
    v.maxValue(2100, 'Rok budżetowy poza zakresem.'),
  ),
  title: v.pipe(v.string('Podaj tytuł edycji.'), v.trim(), v.minLength(3, 'Podaj tytuł edycji.'), v.maxLength(200)),
  ...resolution,
  expendituresLastReport: v.optional(v.nullable(grosze('wydatki z ostatniego sprawozdania'))),
  rules: editionRulesSchema,
  pools: v.pipe(v.array(poolSchema), v.minLength(1, 'Edycja musi mieć co najmniej jedną pulę.'), v.maxLength(200)),
  phases: v.pipe(v.array(phaseSchema), v.minLength(1, 'Podaj kalendarz faz.')),
})
export type EditionInput = v.InferOutput<typeof editionInputSchema>
