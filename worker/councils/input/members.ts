import * as v from 'valibot'
import { textUpTo } from './text'
import { isDay } from '../domain/dates'

/*
 * The request bodies of the councils' members, meetings and members' space: staff add members, change their
 * function and end mandates, plan meetings, record attendance and minutes; members post in their space; anyone asks
 * for a new link. Days are Warsaw days `YYYY-MM-DD`, times Warsaw wall-clock `YYYY-MM-DDTHH:MM`.
 */

const day = (what: string) =>
  v.pipe(
    v.string(what),
    v.check((d: string) => isDay(d), 'Podaj dzień w postaci RRRR-MM-DD.'),
  )
const localTime = v.pipe(
  v.string('Podaj datę i godzinę.'),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Podaj datę i godzinę w postaci RRRR-MM-DDTGG:MM.'),
)
const email = v.pipe(
  v.string('Podaj adres e-mail.'),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, 'Adres e-mail jest za długi.'),
  v.email('Podaj poprawny adres e-mail.'),
)

export const memberRoles = ['przewodniczacy', 'wiceprzewodniczacy', 'sekretarz', 'czlonek'] as const
export const mandateEnds = [
  'koniec_kadencji',
  'rezygnacja',
  'odwolanie',
  'wiek',
  'opuszczenie_szkoly',
  'smierc',
  'inny',
] as const
export const attendanceValues = ['obecny', 'usprawiedliwiony', 'nieobecny'] as const

const role = v.picklist(memberRoles, 'Wybierz funkcję: przewodniczący, wiceprzewodniczący, sekretarz albo członek.')

/** A member added by staff (appointed, or chosen outside the platform); `startsOn` defaults to today. */
export const memberCreateSchema = v.object({
  name: v.pipe(textUpTo(200), v.minLength(3, 'Podaj imię i nazwisko (co najmniej 3 znaki).')),
  email,
  role: v.optional(role, 'czlonek'),
  seatCategory: v.pipe(
    v.string('Wybierz rodzaj miejsca ze statutu.'),
    v.minLength(1, 'Wybierz rodzaj miejsca ze statutu.'),
  ),
  represents: v.optional(textUpTo(300), ''),
  startsOn: v.optional(day('Podaj pierwszy dzień mandatu.')),
})
export type MemberCreate = v.InferOutput<typeof memberCreateSchema>

/** A change of a member's function. */
export const memberUpdateSchema = v.object({ role })

/** The end of a mandate before the term's end, with its reason (shown publicly in words) and a note for the record. */
export const mandateEndSchema = v.object({
  endsOn: day('Podaj ostatni dzień mandatu.'),
  reason: v.picklist(mandateEnds, 'Wybierz powód wygaśnięcia mandatu.'),
  note: v.optional(textUpTo(1000), ''),
})
export type MandateEndInput = v.InferOutput<typeof mandateEndSchema>

/** A meeting: when (Warsaw time), where, and its agenda. */
export const meetingCreateSchema = v.object({
  startsAt: localTime,
  place: v.pipe(textUpTo(500), v.minLength(3, 'Podaj miejsce posiedzenia (co najmniej 3 znaki).')),
  agenda: v.pipe(textUpTo(5000), v.minLength(3, 'Podaj porządek obrad (co najmniej 3 znaki).')),
})
export type MeetingCreate = v.InferOutput<typeof meetingCreateSchema>

/** A change of a meeting: the fields sent. */
export const meetingUpdateSchema = v.partial(meetingCreateSchema)
export type MeetingUpdate = v.InferOutput<typeof meetingUpdateSchema>

/** Attendance of members in office on the meeting's day: member id → present, excused or unexcused. */
export const attendanceSchema = v.object({
  attendance: v.record(
    v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'Nieznany członek rady.')),
    v.picklist(attendanceValues, 'Wybierz: obecny, usprawiedliwiony albo nieobecny.'),
  ),
})
export type AttendanceInput = v.InferOutput<typeof attendanceSchema>

/** The minutes' text (a PDF may come with it as `file` in a multipart form). */
export const minutesSchema = v.object({
  text: v.pipe(textUpTo(50_000), v.minLength(3, 'Wpisz treść protokołu (co najmniej 3 znaki).')),
})

/** A post in the members' space; `clientId` makes a repeated send (a double click) post once. */
export const postSchema = v.object({
  text: v.pipe(textUpTo(5000), v.minLength(1, 'Wpisz treść wpisu.')),
  clientId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'Nieprawidłowy identyfikator wpisu.'))),
})

/** The topic of posts: the general discussion, an opinion request or a resolution. */
export const topicQuerySchema = v.object({
  temat: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(ogolne|opinia:[A-Za-z0-9_-]{1,40}|uchwala:[A-Za-z0-9_-]{1,40})$/, 'Nieznany temat dyskusji.'),
    ),
    'ogolne',
  ),
})

/** "Send me a new link": the member's e-mail. */
export const newLinkSchema = v.object({ email })
