import * as v from 'valibot'

/*
 * The request bodies of meetings: staff create and change a meeting, record its attendance; a resident signs up and
 * cancels by the e-mailed link. Times are Warsaw wall-clock (`2027-01-08T17:30`, as a `datetime-local` input gives
 * them), read into instants by the action, so the office's computer's time zone never shifts a meeting.
 */

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))
const localTime = v.pipe(
  v.string('Podaj datę i godzinę.'),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Podaj datę i godzinę w postaci RRRR-MM-DDTGG:MM.'),
)
const capacity = v.nullable(
  v.pipe(
    v.number('Liczba miejsc to liczba.'),
    v.integer('Liczba miejsc to liczba całkowita.'),
    v.minValue(1, 'Spotkanie musi mieć co najmniej jedno miejsce (albo bez limitu).'),
    v.maxValue(100_000, 'Podaj najwyżej 100000 miejsc.'),
  ),
)
const version = v.pipe(v.number(), v.integer(), v.minValue(1))

/** The fields of a meeting that staff set. */
const fields = {
  mode: v.picklist(['online', 'onsite'] as const, 'Wybierz rodzaj spotkania: online albo na miejscu.'),
  title: v.pipe(text(300), v.minLength(3, 'Podaj tytuł spotkania (co najmniej 3 znaki).')),
  startsAt: localTime,
  endsAt: localTime,
  place: v.pipe(text(1000), v.minLength(3, 'Podaj adres spotkania albo link do spotkania online.')),
  accessibility: v.optional(text(2000), ''),
  capacity: v.optional(capacity, null),
}

/** A new meeting. `place` is the address (on site) or the link to join (online, given only to those signed up). */
export const meetingCreateSchema = v.object(fields)

/** A change of a meeting: the fields to change and the `version` the form loaded. */
export const meetingUpdateSchema = v.object({
  version,
  mode: v.optional(fields.mode),
  title: v.optional(fields.title),
  startsAt: v.optional(localTime),
  endsAt: v.optional(localTime),
  place: v.optional(fields.place),
  accessibility: v.optional(text(2000)),
  capacity: v.optional(capacity),
})

/** Cancelling a meeting (those signed up are told by e-mail). */
export const meetingCancelSchema = v.object({ version })

/** A resident's sign-up: a name to be greeted by, an address for the confirmation, and what they need to take part. */
export const signupSchema = v.object({
  name: v.pipe(
    v.string('Podaj imię i nazwisko.'),
    v.trim(),
    v.minLength(2, 'Podaj imię i nazwisko.'),
    v.maxLength(120, 'Wpisz najwyżej 120 znaków.'),
  ),
  email: v.pipe(
    v.string('Podaj adres e-mail.'),
    v.trim(),
    v.toLowerCase(),
    v.email('Podaj poprawny adres e-mail.'),
    v.maxLength(254, 'Wpisz najwyżej 254 znaków.'),
  ),
  needs: v.optional(text(1000), ''),
  privacyAccepted: v.literal(true, 'Potwierdź, że znasz zasady przetwarzania danych osobowych.'),
})

/** The secret of a cancellation link (from the e-mail, read from the address' fragment by the page). */
export const signupCancelSchema = v.object({
  token: v.pipe(
    v.string('Brak kodu z linku.'),
    v.minLength(20, 'Niepoprawny link.'),
    v.maxLength(100, 'Niepoprawny link.'),
  ),
})

/**
 * Attendance after the meeting: how many people came in all (some come without signing up) and which of those
 * signed up were present (their ids; the rest are recorded as absent).
 */
export const attendanceSchema = v.object({
  version,
  attendance: v.pipe(
    v.number('Podaj liczbę uczestników.'),
    v.integer('Liczba uczestników to liczba całkowita.'),
    v.minValue(0, 'Liczba uczestników nie może być ujemna.'),
    v.maxValue(1_000_000),
  ),
  present: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(100_000)), []),
})

export type MeetingCreate = v.InferOutput<typeof meetingCreateSchema>
export type MeetingUpdate = v.InferOutput<typeof meetingUpdateSchema>
export type SignupInput = v.InferOutput<typeof signupSchema>
export type AttendanceInput = v.InferOutput<typeof attendanceSchema>
