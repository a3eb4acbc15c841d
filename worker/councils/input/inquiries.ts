import * as v from 'valibot'
import { textUpTo } from './text'
import { isDay } from '../domain/dates'

/*
 * The request bodies of the councils' inquiries: staff register an inquiry the body adopted on paper, and record the
 * executive's written answer. Days are Warsaw days `YYYY-MM-DD`.
 */

/** The largest answer text kept: a letter of several pages. */
export const MAX_ANSWER_CHARS = 50_000

/**
 * An inquiry the body adopted outside the platform (at a meeting, on paper): its subject, its words, the day it reached
 * the office (the clock runs from the next day), the number of the body's resolution when the platform has it, and the
 * days to answer where the law sets none (a rada seniorów always has 30).
 */
export const paperInquirySchema = v.object({
  title: v.pipe(textUpTo(300), v.minLength(3, 'Podaj temat zapytania (co najmniej 3 znaki).')),
  text: v.pipe(textUpTo(20_000), v.minLength(3, 'Wpisz treść zapytania lub wniosku.')),
  deliveredOn: v.pipe(
    v.string('Podaj dzień doręczenia zapytania.'),
    v.check((d: string) => isDay(d), 'Podaj dzień w postaci RRRR-MM-DD.'),
  ),
  resolutionNumber: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(/^(\d{1,6}\/\d{4})?$/, 'Podaj numer uchwały w postaci numer/rok, np. 3/2026.'),
    ),
  ),
  days: v.optional(
    v.nullable(
      v.pipe(
        v.number('Podaj liczbę dni na odpowiedź.'),
        v.integer('Podaj liczbę dni na odpowiedź.'),
        v.minValue(1, 'Termin na odpowiedź to co najmniej 1 dzień.'),
        v.maxValue(365, 'Termin na odpowiedź to najwyżej 365 dni.'),
      ),
    ),
  ),
})
export type PaperInquiry = v.InferOutput<typeof paperInquirySchema>

/** The executive's written answer, as text (a PDF of the signed letter may come with it as multipart). */
export const answerSchema = v.object({
  answer: v.pipe(
    v.string('Wpisz treść odpowiedzi.'),
    v.trim(),
    v.minLength(1, 'Wpisz treść odpowiedzi albo dołącz plik PDF.'),
    v.maxLength(MAX_ANSWER_CHARS, `Wpisz najwyżej ${MAX_ANSWER_CHARS} znaków.`),
  ),
})
export type AnswerInput = v.InferOutput<typeof answerSchema>
