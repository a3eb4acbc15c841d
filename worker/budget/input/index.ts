import { submittedStatuses } from '../domain/statuses'
import { implementationStatuses } from '../domain/implementation'
import { criterionKeys } from '../domain/options'
import * as v from 'valibot'
import { POLAND_BOUNDS as PL, polishDegrees as deg } from '../../core/geo'
import { editionInputSchema, phaseSchema } from '../domain/rules'

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))
const email = v.pipe(
  v.string('Podaj adres e-mail.'),
  v.trim(),
  v.toLowerCase(),
  v.email('Podaj poprawny adres e-mail.'),
  v.maxLength(254),
)
const personName = v.pipe(
  v.string('Podaj imię i nazwisko.'),
  v.trim(),
  v.minLength(3, 'Podaj imię i nazwisko.'),
  v.maxLength(120),
  v.regex(/\s/, 'Podaj imię i nazwisko (dwa słowa).'),
)
const declaration = v.literal(true, 'Potwierdź, że mieszkasz na terenie tej jednostki samorządu.')

/** A project's point: inside Poland's box (worker/core/geo.ts), the same check the submission form makes. */
const latitudeOutside = `Punkt musi leżeć w Polsce: szerokość geograficzna od ${deg(PL.south)} do ${deg(PL.north)}.`
const longitudeOutside = `Punkt musi leżeć w Polsce: długość geograficzna od ${deg(PL.west)} do ${deg(PL.east)}.`
const latitude = v.pipe(
  v.number('Szerokość geograficzna to liczba.'),
  v.minValue(PL.south, latitudeOutside),
  v.maxValue(PL.north, latitudeOutside),
)
const longitude = v.pipe(
  v.number('Długość geograficzna to liczba.'),
  v.minValue(PL.west, longitudeOutside),
  v.maxValue(PL.east, longitudeOutside),
)

export const costItem = v.object({
  name: v.pipe(
    v.string('Podaj nazwę pozycji kosztorysu.'),
    v.trim(),
    v.minLength(2, 'Podaj nazwę pozycji kosztorysu.'),
    v.maxLength(200),
  ),
  amount: v.pipe(
    v.number('Podaj kwotę pozycji.'),
    v.integer('Kwotę podaj w groszach.'),
    v.minValue(0, 'Kwota nie może być ujemna.'),
    v.maxValue(1e13),
  ),
})

/** Every field a draft may hold; all optional, because drafts are saved as the resident types. */
export const draftFieldsSchema = v.object({
  title: v.optional(text(200)),
  summary: v.optional(text(600)),
  description: v.optional(text(20_000)),
  poolId: v.optional(v.nullable(text(64))),
  category: v.optional(v.nullable(text(80))),
  beneficiaries: v.optional(text(2000)),
  address: v.optional(text(300)),
  lat: v.optional(v.nullable(latitude)),
  lng: v.optional(v.nullable(longitude)),
  costItems: v.optional(v.pipe(v.array(costItem), v.maxLength(100, 'Najwyżej 100 pozycji kosztorysu.'))),
  extra: v.optional(v.record(v.pipe(v.string(), v.maxLength(41)), v.union([v.string(), v.boolean()]))),
})

export const newDraftSchema = v.object({
  ...draftFieldsSchema.entries,
  authorName: personName,
  authorEmail: email,
  residenceDeclared: declaration,
  ageConfirmed: v.optional(v.boolean()),
})

export const coauthorSchema = v.object({ name: personName, email })
export const confirmSchema = v.object({
  token: v.pipe(v.string('Brak kodu z wiadomości.'), v.minLength(20), v.maxLength(100)),
})
export const supportSchema = v.object({
  name: personName,
  address: v.pipe(
    v.string('Podaj adres zamieszkania.'),
    v.trim(),
    v.minLength(3, 'Podaj adres zamieszkania.'),
    v.maxLength(300),
  ),
  residenceDeclared: declaration,
})
export const answerSchema = v.object({
  answer: v.pipe(v.string('Wpisz odpowiedź.'), v.trim(), v.minLength(2, 'Wpisz odpowiedź.'), v.maxLength(10_000)),
})
export const appealSchema = v.object({
  text: v.pipe(
    v.string('Opisz zastrzeżenia.'),
    v.trim(),
    v.minLength(20, 'Opisz zastrzeżenia i ich uzasadnienie (co najmniej 20 znaków).'),
    v.maxLength(20_000),
  ),
})
export const resendSchema = v.object({ email })

export const criterionSchema = v.object({
  key: v.picklist([...criterionKeys, 'other']),
  passed: v.boolean('Zaznacz, czy kryterium jest spełnione.'),
  justification: v.optional(text(5000), ''),
})
export const assessmentSchema = v.pipe(
  v.object({
    stage: v.picklist(['formal', 'merit'], 'Etap oceny: formal lub merit.'),
    criteria: v.pipe(v.array(criterionSchema), v.minLength(1, 'Oceń co najmniej jedno kryterium.')),
    justification: v.pipe(
      v.string('Uzasadnij decyzję.'),
      v.trim(),
      v.minLength(10, 'Uzasadnij decyzję (co najmniej 10 znaków).'),
      v.maxLength(20_000),
    ),
    revisedCost: v.optional(v.nullable(v.pipe(v.number(), v.integer('Kwotę podaj w groszach.'), v.minValue(0)))),
  }),
  v.forward(
    v.check(
      (a) => a.criteria.every((c) => c.passed || (c.justification ?? '').length >= 10),
      'Każde niespełnione kryterium wymaga uzasadnienia (co najmniej 10 znaków).',
    ),
    ['criteria'],
  ),
)
export const assignSchema = v.object({
  verifierId: v.pipe(v.string('Wybierz weryfikatora.'), v.minLength(1, 'Wybierz weryfikatora.')),
})
export const questionSchema = v.object({
  text: v.pipe(v.string('Wpisz pytanie.'), v.trim(), v.minLength(5, 'Wpisz pytanie.'), v.maxLength(5000)),
})
export const appealDecisionSchema = v.object({
  accepted: v.boolean('Wybierz: uwzględnić czy odrzucić.'),
  reason: v.pipe(
    v.string('Uzasadnij rozstrzygnięcie.'),
    v.trim(),
    v.minLength(10, 'Uzasadnij rozstrzygnięcie (co najmniej 10 znaków).'),
    v.maxLength(20_000),
  ),
})
/** Projects that exclude each other: at least two different ones (the same id twice is not a group). */
export const conflictSchema = v.object({
  projectIds: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(64)), 'Wskaż projekty.'),
    v.minLength(2, 'Wskaż co najmniej dwa projekty.'),
    v.maxLength(200, 'Najwyżej 200 projektów w grupie.'),
    v.check((ids) => new Set(ids).size === ids.length, 'Każdy projekt wskaż tylko raz.'),
  ),
  reason: v.pipe(
    v.string('Podaj powód.'),
    v.trim(),
    v.minLength(5, 'Podaj powód (co najmniej 5 znaków).'),
    v.maxLength(2000),
  ),
})
export const conflictsQuerySchema = v.object({
  project: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64, 'Niepoprawny identyfikator projektu.'))),
})
export const paperSupportSchema = v.object({
  count: v.pipe(v.number('Podaj liczbę ważnych podpisów.'), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
})
export const listQuerySchema = v.object({
  pool: v.optional(v.pipe(v.string(), v.maxLength(64))),
  category: v.optional(v.pipe(v.string(), v.maxLength(80))),
  status: v.optional(v.picklist([...submittedStatuses, ...implementationStatuses], 'Nieznany status.')),
  q: v.optional(v.pipe(v.string(), v.maxLength(200))),
})

/**
 * New dates for a running edition (`PATCH …/editions/{year}/calendar`): every phase of the edition with its dates,
 * in the shape of the edition form's calendar, and the reason residents will read in the public notice.
 */
/**
 * The edition's `version` as the staff form loaded it (`GET …/staff/bo/editions/{year}`). Every save sends it back
 * and a save of an older version is refused with 409, so two organisers cannot silently overwrite each other.
 */
export const editionVersion = v.pipe(
  v.number('Brakuje wersji edycji (version), którą zmieniasz: odśwież stronę i zapisz ponownie.'),
  v.integer('Wersja edycji to liczba całkowita.'),
  v.minValue(1, 'Wersja edycji to liczba od 1 w górę.'),
)

/** `PUT …/staff/bo/editions/{year}`: the whole edition as for creating it, plus the version it replaces. */
export const editionUpdateSchema = v.object({ ...editionInputSchema.entries, version: editionVersion })

export const calendarChangeSchema = v.object({
  version: editionVersion,
  phases: v.pipe(
    v.array(phaseSchema, 'Podaj terminy faz.'),
    v.minLength(1, 'Podaj terminy faz.'),
    v.maxLength(7, 'Edycja ma najwyżej 7 faz.'),
  ),
  reason: v.pipe(
    v.string('Podaj powód zmiany terminów.'),
    v.trim(),
    v.minLength(10, 'Podaj powód zmiany terminów (co najmniej 10 znaków) — mieszkańcy zobaczą go na stronie edycji.'),
    v.maxLength(2000, 'Powód zmiany: najwyżej 2000 znaków.'),
  ),
})

/** A path parameter naming a row (project, question, note): an id of ours is never longer. */
export const idParam = v.pipe(v.string(), v.minLength(1), v.maxLength(64))
