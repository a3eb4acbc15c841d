import * as v from 'valibot'
import { AREAS } from '../../core/organizations/areas'
import { audiences, consultationFormKeys, presetKeys } from '../domain/presets'

/*
 * The request bodies of the consultations API. They check shapes only (lengths, known keys, day format): whether a
 * consultation may be published is `checkLaunch`'s (domain/presets.ts), run on publishing, so a draft can be saved
 * half-filled and the staff form shows the statute's refusals in the same words as the server.
 */

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `Wpisz najwyżej ${max} znaków.`))
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Podaj dzień w postaci RRRR-MM-DD.'))
const areaKeys = AREAS.map((a) => a.key) as [string, ...string[]]

/** The fields staff set on a consultation, each optional: a new one takes the preset's defaults for what is missing. */
const fields = {
  title: v.optional(v.pipe(text(300), v.minLength(3, 'Podaj tytuł konsultacji (co najmniej 3 znaki).'))),
  subject: v.optional(text(2000)),
  purpose: v.optional(text(2000)),
  startDate: v.optional(day),
  endDate: v.optional(day),
  participants: v.optional(text(1000)),
  area: v.optional(text(1000)),
  forms: v.optional(
    v.pipe(
      v.array(v.picklist(consultationFormKeys, 'Nieznana forma konsultacji.')),
      v.maxLength(consultationFormKeys.length),
    ),
  ),
  responsibleUnit: v.optional(text(300)),
  resultsForm: v.optional(text(1000)),
  reportDueDate: v.optional(v.nullable(day)),
  legalBasis: v.optional(text(1000)),
  councilResolution: v.optional(v.nullable(text(300))),
  orderNumber: v.optional(v.nullable(text(100))),
  orderDate: v.optional(v.nullable(day)),
  audience: v.optional(v.picklist(audiences, 'Adresaci konsultacji: mieszkańcy, organizacje lub jedni i drudzy.')),
  publicTaskAreas: v.optional(
    v.pipe(v.array(v.picklist(areaKeys, 'Nieznana sfera zadań publicznych.')), v.maxLength(areaKeys.length)),
  ),
  programmeYear: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2200)))),
}

/** A new consultation: its kind (`preset`) and title; the rest defaults from the preset (`defaultLaunch`). */
export const consultationCreateSchema = v.object({
  preset: v.picklist(presetKeys, 'Wybierz rodzaj konsultacji.'),
  ...fields,
  title: v.pipe(text(300), v.minLength(3, 'Podaj tytuł konsultacji (co najmniej 3 znaki).')),
})

/** A change of a draft: the fields to change and the `version` the form loaded. */
export const consultationUpdateSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  preset: v.optional(v.picklist(presetKeys, 'Wybierz rodzaj konsultacji.')),
  ...fields,
  /** Whether confirmed comments are public (the opening act may say they are not). */
  commentsPublic: v.optional(v.boolean()),
  /** One person answers and approves, or two (domain/answers.ts `AnswerSettings.review`). */
  answerReview: v.optional(v.picklist(['single', 'two_person'], 'Wybierz sposób zatwierdzania odpowiedzi.')),
})

/** Publishing: the `version` the organiser looked at, so a change made meanwhile is not published unseen. */
export const consultationPublishSchema = v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) })

/** The most text a draft may have (about 200 pages, within the JSON body limit); a `.docx` is limited by its file size instead. */
export const MAX_DOCUMENT_CHARS = 400_000

/** A draft sent as Markdown or as text pasted from a word processor. */
export const documentTextSchema = v.object({
  format: v.picklist(['markdown', 'text'], 'Format projektu: markdown albo text.'),
  source: v.pipe(
    v.string(),
    v.maxLength(MAX_DOCUMENT_CHARS, `Projekt może mieć najwyżej ${MAX_DOCUMENT_CHARS} znaków.`),
    v.check((s) => s.trim().length > 0, 'Wklej treść projektu.'),
  ),
})

export type ConsultationCreate = v.InferOutput<typeof consultationCreateSchema>
export type ConsultationUpdate = v.InferOutput<typeof consultationUpdateSchema>
