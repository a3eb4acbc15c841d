import * as v from 'valibot'
import { AREA_KEYS } from './areas'
import { LEGAL_FORM_KEYS } from './legal-forms'
import { cleanRegisterNumber, isKrsNumber, LIMITS, REGISTERS } from './rules'

/*
 * The request bodies and queries of the NGO directory. Polish messages, as every schema of the platform: the English
 * ones are in ./en.ts.
 */

const tooLong = (max: number) => `Wpisz najwyżej ${max} znaków.`
const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, tooLong(max)))
const optionalText = (max: number) => v.optional(v.nullable(text(max)))

const email = v.pipe(
  v.string('Podaj adres e-mail.'),
  v.trim(),
  v.toLowerCase(),
  v.email('Podaj poprawny adres e-mail.'),
  v.maxLength(254, 'Adres e-mail jest za długi.'),
)

const personName = v.pipe(
  v.string('Podaj imię i nazwisko.'),
  v.trim(),
  v.minLength(3, 'Podaj imię i nazwisko.'),
  v.maxLength(120, tooLong(120)),
)

const website = v.optional(
  v.nullable(
    v.union(
      [
        v.literal(''),
        v.pipe(
          v.string(),
          v.trim(),
          v.maxLength(300, tooLong(300)),
          v.url('Podaj pełny adres strony, np. https://fundacja.org.pl.'),
          v.check((s) => /^https?:\/\//i.test(s), 'Adres strony musi zaczynać się od https:// lub http://.'),
        ),
      ],
      'Podaj pełny adres strony, np. https://fundacja.org.pl.',
    ),
  ),
)

/** The message of a KRS number that is not ten digits: the rule, with its example, so the fix is obvious. */
export const KRS_FORMAT = 'Numer KRS to dokładnie 10 cyfr, także zera na początku (np. 0000123456).'
const REGISTER_NAME_MISSING = 'Podaj nazwę rejestru lub ewidencji, w której organizacja jest wpisana.'

/**
 * What an organisation is: its name, form, register and number, the areas and JSTs it works in. A KRS number must be
 * ten digits; another register needs its name. Shared by the organisation's own registration and by staff adding one.
 */
const organizationEntries = {
  name: v.pipe(
    v.string('Podaj nazwę organizacji.'),
    v.trim(),
    v.minLength(LIMITS.name.min, 'Podaj pełną nazwę organizacji.'),
    v.maxLength(LIMITS.name.max, tooLong(LIMITS.name.max)),
  ),
  legalForm: v.picklist(LEGAL_FORM_KEYS, 'Wybierz formę prawną.'),
  register: v.picklist(REGISTERS, 'Wybierz, w jakim rejestrze jest organizacja.'),
  registerName: optionalText(LIMITS.registerName.max),
  registerNumber: v.pipe(
    v.string('Podaj numer w rejestrze.'),
    v.trim(),
    v.minLength(1, 'Podaj numer w rejestrze.'),
    v.maxLength(LIMITS.registerNumber.max, tooLong(LIMITS.registerNumber.max)),
  ),
  areas: v.pipe(
    v.array(v.picklist(AREA_KEYS, 'Nieznana sfera zadań publicznych.'), 'Wybierz sfery zadań publicznych.'),
    v.minLength(1, 'Wybierz co najmniej jedną sferę zadań publicznych.'),
    v.maxLength(AREA_KEYS.length, 'Wybierz co najmniej jedną sferę zadań publicznych.'),
    v.transform((keys) => [...new Set(keys)]),
  ),
  tenants: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.maxLength(60)), 'Wybierz jednostki samorządu.'),
    v.minLength(1, 'Wybierz co najmniej jedną jednostkę samorządu, w której działa organizacja.'),
    v.maxLength(LIMITS.tenants.max, `Wybierz najwyżej ${LIMITS.tenants.max} jednostek samorządu.`),
    v.transform((slugs) => [...new Set(slugs)]),
  ),
  description: optionalText(LIMITS.description.max),
  website,
  representativeName: personName,
  contactEmail: email,
}

/**
 * The register rules across fields, each complaint on the field to correct (checked as soon as the fields it reads are
 * valid, so it shows together with the other fields' complaints); the number is stored cleaned.
 */
const organizationSchema = v.pipe(
  v.object(organizationEntries),
  v.forward(
    v.partialCheck(
      [['register'], ['registerNumber']],
      (o) => o.register !== 'krs' || isKrsNumber(cleanRegisterNumber('krs', o.registerNumber)),
      KRS_FORMAT,
    ),
    ['registerNumber'],
  ),
  v.forward(
    v.partialCheck(
      [['register'], ['registerName']],
      (o) => o.register !== 'other' || (o.registerName ?? '').trim().length >= 3,
      REGISTER_NAME_MISSING,
    ),
    ['registerName'],
  ),
  v.transform((o) => ({
    ...o,
    registerNumber: cleanRegisterNumber(o.register, o.registerNumber),
    registerName: o.register === 'krs' ? null : (o.registerName ?? '').trim(),
    description: o.description || null,
    website: o.website || null,
  })),
)

/** An organisation registering itself: its representative declares they may act for it. */
export const registrationSchema = v.intersect([
  organizationSchema,
  v.object({
    representationDeclared: v.literal(true, 'Potwierdź, że możesz działać w imieniu tej organizacji.'),
  }),
])

/** Staff adding an organisation they know (already confirmed by them); its JSTs include theirs. */
export const staffAddSchema = organizationSchema

export type RegistrationInput = v.InferOutput<typeof registrationSchema>
export type OrganizationInput = v.InferOutput<typeof staffAddSchema>

export const confirmSchema = v.object({
  token: v.pipe(v.string('Brak kodu z wiadomości.'), v.minLength(20, 'Brak kodu z wiadomości.'), v.maxLength(100)),
})

export const refuseSchema = v.object({
  reason: v.pipe(
    v.string('Podaj powód odmowy.'),
    v.trim(),
    v.minLength(LIMITS.refusalReason.min, 'Napisz powód odmowy (co najmniej 10 znaków): organizacja go otrzyma.'),
    v.maxLength(LIMITS.refusalReason.max, tooLong(LIMITS.refusalReason.max)),
  ),
})

export const contactSchema = v.object({
  name: personName,
  email,
  message: v.pipe(
    v.string('Napisz wiadomość.'),
    v.trim(),
    v.minLength(LIMITS.contactMessage.min, 'Napisz wiadomość (co najmniej 10 znaków).'),
    v.maxLength(LIMITS.contactMessage.max, tooLong(LIMITS.contactMessage.max)),
  ),
})

export const linkRequestSchema = v.object({ email })

const page = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,6}$/, 'Numer strony to liczba całkowita.'),
    v.transform(Number),
    v.minValue(1, 'Numer strony to liczba całkowita.'),
  ),
)

/** The directory's filters: an area, a JST (platform-wide list only), words of the name or the number, verified only. */
export const directoryQuerySchema = v.object({
  area: v.optional(v.union([v.literal(''), v.picklist(AREA_KEYS, 'Nieznana sfera zadań publicznych.')])),
  jst: v.optional(v.pipe(v.string(), v.maxLength(60))),
  q: v.optional(v.pipe(v.string(), v.maxLength(200, tooLong(200)))),
  verified: v.optional(v.picklist(['', 'true', 'false'], 'Filtr „zweryfikowane” to true albo false.')),
  page,
})

export const staffQuerySchema = v.object({
  status: v.optional(v.picklist(['', 'pending', 'verified', 'refused'], 'Nieznany status wpisu.')),
})
