import * as v from 'valibot'
import { SURVEY_ID, SURVEY_LIMITS, surveyKinds } from '../domain/survey'

/*
 * The request bodies of the comments API. They check shapes and lengths; who must give what (a resident's address, an
 * organisation's register number), whether the paragraph exists and whether the consultation is open are the
 * actions' (actions/comments.ts), which answer with the same field errors.
 */

const tooLong = (max: number) => `Wpisz najwyżej ${max} znaków.`
const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, tooLong(max)))

/** The longest justification: a few pages, as a letter of comments on one paragraph can be. */
export const MAX_COMMENT_CHARS = 10_000

const email = v.pipe(
  v.string('Podaj adres e-mail.'),
  v.trim(),
  v.toLowerCase(),
  v.email('Podaj poprawny adres e-mail.'),
  v.maxLength(254, 'Adres e-mail jest za długi.'),
)

const surveyAnswers = v.optional(
  v.record(
    v.pipe(v.string(), v.maxLength(40)),
    v.union([
      v.pipe(v.string(), v.maxLength(SURVEY_LIMITS.answer, tooLong(SURVEY_LIMITS.answer))),
      v.pipe(v.array(v.pipe(v.string(), v.maxLength(SURVEY_LIMITS.option))), v.maxLength(SURVEY_LIMITS.options.max)),
      v.number(),
    ]),
  ),
)

/** What a comment says: the passage it is about (or none: a general comment), the wording proposed, the reasons. */
const content = {
  paragraphId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(100)))),
  documentVersion: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)))),
  quotedPassage: v.optional(text(2000)),
  proposal: v.optional(text(5000)),
  text: v.pipe(
    v.string('Napisz treść uwagi.'),
    v.trim(),
    v.minLength(3, 'Napisz treść uwagi.'),
    v.maxLength(MAX_COMMENT_CHARS, tooLong(MAX_COMMENT_CHARS)),
  ),
  surveyAnswers,
}

/** Who speaks: a resident in their own name (name and address, no PESEL), or a person for an organisation. */
const author = {
  authorKind: v.picklist(
    ['resident', 'organization'],
    'Wybierz, czy zgłaszasz uwagę jako mieszkaniec, czy organizacja.',
  ),
  authorName: v.pipe(
    v.string('Podaj imię i nazwisko.'),
    v.trim(),
    v.minLength(3, 'Podaj imię i nazwisko.'),
    v.maxLength(120, tooLong(120)),
  ),
  authorAddress: v.optional(text(300)),
  organizationName: v.optional(text(250)),
  organizationRegister: v.optional(text(60)),
}

/** A comment sent online by a resident or an NGO (`POST …/comments`). */
export const commentSubmitSchema = v.object({
  ...content,
  ...author,
  email,
  privacyAccepted: v.literal(true, 'Zapoznaj się z informacją o przetwarzaniu danych osobowych i potwierdź to.'),
})

/** A comment received on paper, by e-mail or at a meeting, keyed in by staff (`POST …/staff/…/comments`). */
export const commentIntakeSchema = v.object({
  ...content,
  ...author,
  email: v.optional(v.union([v.literal(''), email])),
  channel: v.picklist(['paper', 'email', 'meeting'], 'Wybierz, jak uwaga wpłynęła: pismo, e-mail lub spotkanie.'),
  receivedOn: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Podaj dzień w postaci RRRR-MM-DD.')),
  meetingId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))),
})

/** A confirmation link's token. */
export const commentConfirmSchema = v.object({ token: v.pipe(v.string(), v.maxLength(200)) })

/** The author's receipt, to read or withdraw their comment. */
export const commentReceiptSchema = v.object({ receipt: v.pipe(v.string(), v.maxLength(60)) })

/** A correction by the author: from the `revision` they read, only the fields sent. */
export const commentCorrectionSchema = v.object({
  receipt: v.pipe(v.string(), v.maxLength(60)),
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
  paragraphId: content.paragraphId,
  quotedPassage: content.quotedPassage,
  proposal: content.proposal,
  text: v.optional(content.text),
  surveyAnswers,
})

/** Hiding a comment from the public: the reason is shown in its place. */
export const commentHideSchema = v.object({
  reason: v.pipe(
    v.string('Podaj powód ukrycia uwagi.'),
    v.trim(),
    v.minLength(5, 'Podaj powód ukrycia uwagi (co najmniej 5 znaków).'),
    v.maxLength(500, tooLong(500)),
  ),
})

/** The staff list's filters. */
export const commentListQuery = v.object({
  status: v.optional(v.picklist(['unconfirmed', 'confirmed', 'withdrawn'], 'Nieznany stan uwagi.')),
  channel: v.optional(v.picklist(['online', 'paper', 'email', 'meeting'], 'Nieznany sposób wpływu uwagi.')),
  paragraph: v.optional(v.pipe(v.string(), v.maxLength(100))),
})

/** The survey's questions as the organisers set them (checked further by `checkSurvey`). */
export const surveySchema = v.object({
  questions: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.regex(SURVEY_ID, 'Identyfikator pytania: litery, cyfry, „-” lub „_” (do 40 znaków).')),
        kind: v.picklist(surveyKinds, 'Nieznany rodzaj pytania.'),
        text: v.pipe(
          v.string(),
          v.trim(),
          v.minLength(1, 'Wpisz treść pytania.'),
          v.maxLength(SURVEY_LIMITS.text, tooLong(SURVEY_LIMITS.text)),
        ),
        options: v.optional(
          v.pipe(
            v.array(v.pipe(v.string(), v.trim(), v.maxLength(SURVEY_LIMITS.option, tooLong(SURVEY_LIMITS.option)))),
            v.maxLength(SURVEY_LIMITS.options.max),
          ),
        ),
        min: v.optional(v.pipe(v.number(), v.integer())),
        max: v.optional(v.pipe(v.number(), v.integer())),
        required: v.optional(v.boolean()),
      }),
    ),
    v.maxLength(SURVEY_LIMITS.questions, `Ankieta może mieć najwyżej ${SURVEY_LIMITS.questions} pytań.`),
  ),
})

export type CommentSubmit = v.InferOutput<typeof commentSubmitSchema>
export type CommentIntake = v.InferOutput<typeof commentIntakeSchema>
export type CommentCorrection = v.InferOutput<typeof commentCorrectionSchema>
