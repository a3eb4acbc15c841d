import * as v from 'valibot'

/*
 * The request bodies of applications to create a body: a residents' petition or a pupils' council's application
 * opened online, an NGO's application, a signature, the staff's paper signatures, filing and the decision.
 */

const limited = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))
const required = (max: number, what: string) =>
  v.pipe(v.string(what), v.trim(), v.minLength(1, what), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))
const email = v.pipe(
  v.string('Podaj adres e-mail.'),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, 'Adres e-mail jest za długi.'),
  v.email('Podaj poprawny adres e-mail, np. jan@example.pl.'),
)
const title = v.pipe(
  v.string('Podaj tytuł wniosku.'),
  v.trim(),
  v.minLength(5, 'Podaj tytuł wniosku (co najmniej 5 znaków).'),
  v.maxLength(200, 'Wpisz najwyżej 200 znaków.'),
)

/**
 * An application opened online without an account: a petition of residents for a rada seniorów, or a pupils'
 * council's application for a youth council (its name and school). The contact e-mail is confirmed by a link before
 * the application is listed.
 */
export const openApplicationSchema = v.variant('applicantKind', [
  v.object({
    applicantKind: v.literal('mieszkancy'),
    bodyKind: v.literal('rada_seniorow'),
    title,
    justification: limited(10_000),
    contactEmail: email,
  }),
  v.object({
    applicantKind: v.literal('samorzad_uczniowski'),
    bodyKind: v.literal('mlodziezowa_rada'),
    applicantName: required(200, 'Podaj nazwę samorządu uczniowskiego.'),
    school: required(200, 'Podaj nazwę szkoły.'),
    title,
    justification: limited(10_000),
    contactEmail: email,
  }),
])
export type OpenApplicationInput = v.InferOutput<typeof openApplicationSchema>

/** The e-mailed confirmation of an application's contact address (the token from the link's `#potwierdzenie=`). */
export const confirmApplicationSchema = v.object({
  token: v.pipe(
    v.string('Brak tokenu potwierdzenia.'),
    v.regex(/^[0-9a-f]{64}$/, 'Ten link potwierdzenia nie działa.'),
  ),
})

/** An application an NGO of the directory opens (the representative's key as `Authorization: Bearer`). */
export const organisationApplicationSchema = v.object({
  bodyKind: v.picklist(['rdpp', 'mlodziezowa_rada'], 'Wybierz radę, o której utworzenie wnosicie.'),
  title,
  justification: limited(10_000),
})

const declaration = (what: string) => v.literal(true, what)

/** A supporter's online signature: who, where they live, and the two declarations the law's count needs. */
export const signSchema = v.object({
  name: required(120, 'Podaj imię i nazwisko.'),
  address: required(200, 'Podaj adres zamieszkania.'),
  declaredSenior: declaration('Potwierdź, że masz ukończone 60 lat: tylko takie podpisy liczą się do progu.'),
  resident: declaration('Potwierdź, że mieszkasz na terenie tej jednostki samorządu.'),
})
export type SignInput = v.InferOutput<typeof signSchema>

/** Signatures staff key in from a paper list (the declaration as ticked on the paper). */
export const paperSignaturesSchema = v.object({
  signatures: v.pipe(
    v.array(
      v.object({
        name: required(120, 'Podaj imię i nazwisko.'),
        address: required(200, 'Podaj adres zamieszkania.'),
        declaredSenior: v.boolean('Zaznacz, czy osoba oświadczyła, że ma ukończone 60 lat.'),
      }),
    ),
    v.minLength(1, 'Dodaj co najmniej jeden podpis.'),
    v.maxLength(500, 'Wpisz najwyżej 500 podpisów naraz.'),
  ),
})

/** An application brought to the office on paper, opened by staff (listed at once; no e-mail to confirm). */
export const staffApplicationSchema = v.object({
  bodyKind: v.picklist(['rada_seniorow', 'mlodziezowa_rada', 'rdpp'], 'Wybierz rodzaj rady.'),
  applicantKind: v.picklist(
    ['mieszkancy', 'samorzad_uczniowski', 'organizacje', 'inni'],
    'Wybierz, kto składa wniosek.',
  ),
  applicantName: required(200, 'Podaj wnioskodawcę.'),
  title,
  justification: limited(10_000),
  contactEmail: v.optional(v.nullable(v.union([v.literal(''), email]))),
})
export type StaffApplicationInput = v.InferOutput<typeof staffApplicationSchema>

/** The decision: granted with the act's number (optionally creating the body), or refused with a reason. */
export const decisionSchema = v.variant('decision', [
  v.object({
    decision: v.literal('uwzgledniony'),
    act: required(200, 'Podaj numer uchwały lub zarządzenia.'),
    createBody: v.optional(
      v.object({
        name: required(200, 'Podaj nazwę rady.'),
        slug: v.pipe(
          v.string('Podaj adres rady.'),
          v.trim(),
          v.regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, 'Adres rady: małe litery, cyfry i myślniki.'),
        ),
      }),
    ),
  }),
  v.object({
    decision: v.literal('odrzucony'),
    reason: required(5_000, 'Podaj powód odrzucenia wniosku.'),
  }),
])
export type DecisionInput = v.InferOutput<typeof decisionSchema>
