import * as v from 'valibot'
import { textUpTo } from './text'
import { bodyKinds, representations } from '../domain/bodies'
import { fillMethods } from '../domain/statute'

/*
 * The request bodies of the councils' bodies: staff create and change a body, add a statute version and open a term.
 * The statute's schema checks only its shape (types, lengths, the closed lists); what the law allows is checked by
 * `checkStatute` in the domain, whose errors name the rule, so one statute is never refused by two different texts.
 */

const whole = v.pipe(v.number(), v.integer())
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Podaj datę w postaci RRRR-MM-DD.'))
const slug = v.pipe(
  v.string(),
  v.trim(),
  v.regex(
    /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/,
    'Adres rady: małe litery bez polskich znaków, cyfry i łączniki (np. rada-seniorow), do 80 znaków.',
  ),
)
const email = v.pipe(v.string(), v.trim(), v.maxLength(254), v.email())

/** A new body: its kind (checked against the JST's level by the action), name, address, description, e-mail. */
export const bodyCreateSchema = v.object({
  kind: v.picklist(bodyKinds, 'Wybierz rodzaj rady.'),
  name: v.pipe(textUpTo(200), v.minLength(3, 'Podaj nazwę rady (co najmniej 3 znaki).')),
  slug,
  description: v.optional(textUpTo(5000), ''),
  email: v.optional(v.nullable(v.union([email, v.literal('')])), null),
})

/** A change of a body: only the fields sent. */
export const bodyUpdateSchema = v.object({
  name: v.optional(bodyCreateSchema.entries.name),
  description: v.optional(textUpTo(5000)),
  email: v.optional(v.nullable(v.union([email, v.literal('')]))),
  status: v.optional(v.picklist(['tworzona', 'dziala', 'zniesiona'] as const, 'Wybierz stan rady.')),
})

const seat = v.object({
  key: textUpTo(40),
  name: textUpTo(300),
  seats: whole,
  represents: v.picklist(representations),
  fill: v.picklist(fillMethods),
  constituencies: v.optional(v.pipe(v.array(textUpTo(40)), v.maxLength(200)), []),
  onePerOrganisation: v.optional(v.boolean(), false),
})

const constituency = v.object({
  key: textUpTo(40),
  name: textUpTo(300),
  kind: v.picklist(['szkola', 'obszar', 'inny'] as const),
  seats: whole,
})

const base = v.picklist(['oddane', 'obecni', 'sklad'] as const)

/** The shape of a `Statute` (domain/statute.ts). */
export const statuteSchema = v.object({
  act: v.object({ number: textUpTo(100), date: v.string() }),
  validFrom: v.string(),
  termYears: whole,
  seats: v.pipe(v.array(seat), v.maxLength(50)),
  constituencies: v.optional(v.pipe(v.array(constituency), v.maxLength(200)), []),
  age: v.optional(
    v.nullable(
      v.object({
        minAge: v.nullable(whole),
        maxAge: v.nullable(whole),
        on: v.picklist(['dzien_wyborow', 'poczatek_kadencji', 'termin_zgloszen'] as const),
      }),
    ),
    null,
  ),
  support: v.optional(
    v.nullable(v.object({ signatures: whole, onePerSupporter: v.boolean(), supporterMinAge: v.nullable(whole) })),
    null,
  ),
  guardianConsentUnder: v.optional(v.nullable(whole), null),
  residenceRequired: v.optional(v.boolean(), false),
  quorum: v.object({ numerator: whole, denominator: whole, base: v.picklist(['sklad', 'w_kadencji'] as const) }),
  majority: v.variant('kind', [
    v.object({ kind: v.literal('zwykla') }),
    v.object({ kind: v.literal('bezwzgledna'), base }),
    v.object({ kind: v.literal('kwalifikowana'), numerator: whole, denominator: whole, base }),
  ]),
  chairDecidesTie: v.optional(v.boolean(), false),
  absences: v.optional(v.nullable(v.object({ consecutiveUnexcused: whole })), null),
  opinionDays: v.optional(v.nullable(whole), null),
})

/** A new statute version and when it binds: at once, or from the next term (the running term keeps its statute). */
export const statuteVersionSchema = v.object({
  statute: statuteSchema,
  applies: v.optional(
    v.picklist(['od_razu', 'od_nastepnej_kadencji'] as const, 'Wybierz, od kiedy zmiana obowiązuje.'),
    'od_razu',
  ),
})

/** A new term: its first day; the last follows from the statute's term length. */
export const termSchema = v.object({ startsOn: day })
