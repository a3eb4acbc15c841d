import * as v from 'valibot'
import { textUpTo } from './text'
import { opinionSubjects } from '../domain/bodies'

/*
 * The request bodies of opinion requests and resolutions: staff ask a body for its opinion (on a consultation's draft
 * or an uploaded draft), members propose the opinion's resolution or another one, vote on it.
 */

/** A form field sent as text (multipart) or a number (JSON). */
const wholeNumber = (message: string, min: number, max: number) =>
  v.pipe(
    v.union([
      v.number(message),
      v.pipe(v.string(message), v.trim(), v.regex(/^\d{1,6}$/, message), v.transform(Number)),
    ]),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  )

/**
 * A request for a body's opinion: what it concerns (the RDPP's 14 days bind on the programme of cooperation and the
 * development strategy, whatever `days` says), a title and description, the consultation whose draft it is (or a
 * PDF sent with the form), and the days where the law sets none (else the statute's).
 */
export const opinionRequestSchema = v.object({
  subject: v.picklist(opinionSubjects, 'Wybierz, czego dotyczy prośba o opinię.'),
  title: v.pipe(textUpTo(300), v.minLength(5, 'Podaj tytuł projektu (co najmniej 5 znaków).')),
  description: v.optional(textUpTo(5000), ''),
  consultationNumber: v.optional(wholeNumber('Wybierz konsultacje z listy.', 1, 999_999)),
  days: v.optional(wholeNumber('Termin na opinię: liczba całkowita dni od 1 do 365.', 1, 365)),
})
export type OpinionRequestInput = v.InferOutput<typeof opinionRequestSchema>

/** The text of the body's opinion, proposed as its resolution. */
export const opinionResolutionSchema = v.object({
  title: v.pipe(textUpTo(300), v.minLength(5, 'Podaj tytuł uchwały (co najmniej 5 znaków).')),
  text: v.pipe(textUpTo(20_000), v.minLength(10, 'Wpisz treść uchwały (co najmniej 10 znaków).')),
})

/** Any other resolution: an inquiry or request to the executive (`wniosek`), or another matter. */
export const resolutionSchema = v.object({
  kind: v.picklist(['wniosek', 'inna'] as const, 'Wybierz rodzaj uchwały: wniosek albo inna.'),
  title: v.pipe(textUpTo(300), v.minLength(5, 'Podaj tytuł uchwały (co najmniej 5 znaków).')),
  text: v.pipe(textUpTo(20_000), v.minLength(10, 'Wpisz treść uchwały (co najmniej 10 znaków).')),
})

/** A member's vote: for, against, or abstaining. */
export const voteSchema = v.object({
  option: v.picklist(['za', 'przeciw', 'wstrzymuje_sie'] as const, 'Wybierz: za, przeciw albo wstrzymuję się.'),
})
