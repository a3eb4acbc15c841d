import * as v from 'valibot'
import { isDay } from '../domain/dates'

/*
 * The request bodies of calls for candidates: staff open a call and verify, publish and appoint; residents register
 * themselves, a guardian confirms, supporters sign; an NGO's representative nominates. Days are Warsaw days
 * `YYYY-MM-DD`. Eligibility itself is the domain's `checkCandidate`, run by the action on the statute of the call.
 */

const upTo = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))
const day = (what: string) =>
  v.pipe(
    v.string(what),
    v.check((d: string) => isDay(d), 'Podaj dzień w postaci RRRR-MM-DD.'),
  )
const email = v.pipe(
  v.string('Podaj adres e-mail.'),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, 'Adres e-mail jest za długi.'),
  v.email('Podaj poprawny adres e-mail.'),
)
const name = v.pipe(upTo(200), v.minLength(3, 'Podaj imię i nazwisko (co najmniej 3 znaki).'))
const optionalKey = v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(80, 'Wpisz najwyżej 80 znaków.'))))
const optionalDay = v.optional(
  v.nullable(
    v.union(
      [
        v.literal(''),
        v.pipe(
          v.string(),
          v.check((d: string) => isDay(d), 'Podaj dzień w postaci RRRR-MM-DD.'),
        ),
      ],
      'Podaj dzień w postaci RRRR-MM-DD.',
    ),
  ),
)
const optionalEmail = v.optional(v.nullable(v.union([v.literal(''), email], 'Podaj poprawny adres e-mail.')))
const secret = v.pipe(
  v.string('Brak klucza z linku.'),
  v.regex(/^[A-Za-z0-9_-]{20,200}$/, 'Ten link jest niepełny. Skopiuj go z e-maila w całości.'),
)

/** A call for candidates for one seat category of the statute. */
export const callCreateSchema = v.object({
  seatCategory: v.pipe(
    v.string('Wybierz rodzaj miejsca ze statutu.'),
    v.minLength(1, 'Wybierz rodzaj miejsca ze statutu.'),
  ),
  title: v.pipe(upTo(200), v.minLength(5, 'Podaj tytuł naboru (co najmniej 5 znaków).')),
  opensOn: day('Podaj dzień otwarcia naboru.'),
  deadline: day('Podaj ostatni dzień przyjmowania zgłoszeń.'),
  electionDay: day('Podaj dzień wyborów lub powołania.'),
  termStart: day('Podaj pierwszy dzień kadencji.'),
})
export type CallCreate = v.InferOutput<typeof callCreateSchema>

/** The fields of a person standing, common to self-registration and nominations. */
const candidateFields = {
  name,
  birthDate: optionalDay,
  resident: v.optional(v.boolean(), false),
  constituency: optionalKey,
  school: optionalKey,
  statement: v.optional(upTo(3000), ''),
  consentToStand: v.optional(v.boolean(), false),
  guardianEmail: optionalEmail,
}

/** A resident's own candidacy; the e-mail receives the link to the candidacy. */
export const registrationSchema = v.object({ ...candidateFields, email })
export type Registration = v.InferOutput<typeof registrationSchema>

/** An NGO's nomination (the representative's key in `Authorization: Bearer`); the candidate's e-mail is optional. */
export const nominationSchema = v.object({ ...candidateFields, email: optionalEmail })
export type Nomination = v.InferOutput<typeof nominationSchema>

/** A school's nomination entered by staff on the school's behalf. */
export const schoolNominationSchema = v.object({
  ...candidateFields,
  email: optionalEmail,
  schoolName: v.pipe(upTo(200), v.minLength(3, 'Podaj nazwę szkoły, która zgłasza kandydata.')),
})
export type SchoolNomination = v.InferOutput<typeof schoolNominationSchema>

/** A secret from an e-mailed link: the guardian's token or the candidate's key. */
export const tokenSchema = v.object({ token: secret })
export const keySchema = v.object({ key: secret })

/** Staff's verification of a candidacy: refusing needs a reason the candidate reads. */
export const verificationSchema = v.pipe(
  v.object({
    decision: v.picklist(['zweryfikowany', 'odrzucony'], 'Wybierz: zweryfikowany albo odrzucony.'),
    reason: v.optional(upTo(1000), ''),
  }),
  v.forward(
    v.check(
      (i) => i.decision !== 'odrzucony' || i.reason.length >= 5,
      'Podaj powód odrzucenia (co najmniej 5 znaków).',
    ),
    ['reason'],
  ),
)

/** The appointment of verified candidates as members from `startsOn`. */
export const appointmentSchema = v.object({
  candidateIds: v.pipe(
    v.array(v.string(), 'Wybierz kandydatów.'),
    v.minLength(1, 'Wybierz co najmniej jednego kandydata.'),
    v.maxLength(100, 'Wybierz najwyżej 100 kandydatów.'),
  ),
  startsOn: day('Podaj pierwszy dzień mandatu.'),
})
export type Appointment = v.InferOutput<typeof appointmentSchema>

/** A signature on a candidate's support list. */
export const supportSchema = v.object({
  name,
  birthDate: day('Podaj datę urodzenia (RRRR-MM-DD).'),
  address: v.pipe(upTo(300), v.minLength(5, 'Podaj adres zamieszkania.')),
})
export type SupportInput = v.InferOutput<typeof supportSchema>
