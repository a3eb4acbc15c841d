import type { FieldError } from '../../core/http/problem'

/**
 * The optional survey asked with a comment ("badania ankietowe" is one of the statutory forms of consultation): a few
 * questions the organisers set before the start, answered by whoever comments. Pure and shared with the web, so the
 * form refuses what the server refuses, in the same words: `checkSurvey` checks the organisers' questions,
 * `checkSurveyAnswers` a person's answers, `cleanSurveyAnswers` keeps only what answers a question.
 *
 * A question is `single` (one of `options`), `multiple` (any of them), `scale` (a whole number from `min` to `max`,
 * e.g. 1–5) or `open` (free text). An unanswered question is left out of the answers; `required` ones must be there.
 */

export const surveyKinds = ['single', 'multiple', 'scale', 'open'] as const
export type SurveyKind = (typeof surveyKinds)[number]

export interface SurveyQuestion {
  /** Stable key of the answers (letters, digits, `-`, `_`), so a reworded question keeps its answers. */
  id: string
  kind: SurveyKind
  text: string
  options?: string[]
  min?: number
  max?: number
  required?: boolean
}

export type SurveyAnswer = string | string[] | number
export type SurveyAnswers = Record<string, SurveyAnswer>

/** Limits of a survey: short enough to answer on a phone, and to print in the report. */
export const SURVEY_LIMITS = {
  questions: 20,
  text: 500,
  options: { min: 2, max: 15 },
  option: 200,
  scale: { min: 0, max: 10 },
  answer: 2000,
} as const

export const SURVEY_ID = /^[A-Za-z0-9_-]{1,40}$/

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n)

/** The organisers' questions, checked beyond their shape: ids, options of choices, the ends of a scale. */
export function checkSurvey(questions: readonly SurveyQuestion[]): FieldError[] {
  const errors: FieldError[] = []
  if (questions.length > SURVEY_LIMITS.questions)
    errors.push({ field: 'questions', detail: `Ankieta może mieć najwyżej ${SURVEY_LIMITS.questions} pytań.` })
  const seen = new Set<string>()
  questions.forEach((q, i) => {
    const at = (name: string) => `questions.${i}.${name}`
    if (!SURVEY_ID.test(q.id))
      errors.push({ field: at('id'), detail: 'Identyfikator pytania: litery, cyfry, „-” lub „_” (do 40 znaków).' })
    else if (seen.has(q.id)) errors.push({ field: at('id'), detail: 'Każde pytanie musi mieć inny identyfikator.' })
    seen.add(q.id)
    if (!q.text.trim()) errors.push({ field: at('text'), detail: 'Wpisz treść pytania.' })
    if (q.kind === 'single' || q.kind === 'multiple') {
      const options = (q.options ?? []).map((o) => o.trim())
      if (options.length < SURVEY_LIMITS.options.min || options.length > SURVEY_LIMITS.options.max)
        errors.push({
          field: at('options'),
          detail: `Pytanie wyboru ma od ${SURVEY_LIMITS.options.min} do ${SURVEY_LIMITS.options.max} odpowiedzi do wyboru.`,
        })
      else if (options.some((o) => !o)) errors.push({ field: at('options'), detail: 'Wpisz treść każdej odpowiedzi.' })
      else if (new Set(options).size !== options.length)
        errors.push({ field: at('options'), detail: 'Odpowiedzi do wyboru nie mogą się powtarzać.' })
    } else if (q.options?.length)
      errors.push({ field: at('options'), detail: 'Odpowiedzi do wyboru mają tylko pytania wyboru.' })
    if (q.kind === 'scale') {
      const { min, max } = SURVEY_LIMITS.scale
      if (!isInt(q.min) || !isInt(q.max) || q.min < min || q.max > max || q.min >= q.max)
        errors.push({
          field: at('max'),
          detail: `Skala ma całkowite końce od ${min} do ${max}, początek mniejszy od końca.`,
        })
    }
  })
  return errors
}

/**
 * A person's answers to `questions`, each checked against its question; errors name the field
 * `surveyAnswers.<id>`. Answers to questions that do not exist are refused, so nothing unasked is stored.
 */
export function checkSurveyAnswers(
  questions: readonly SurveyQuestion[],
  answers: Readonly<Record<string, unknown>> | undefined,
): FieldError[] {
  const errors: FieldError[] = []
  const given = answers ?? {}
  const byId = new Map(questions.map((q) => [q.id, q]))
  for (const id of Object.keys(given))
    if (!byId.has(id)) errors.push({ field: `surveyAnswers.${id}`, detail: 'Nie ma takiego pytania w ankiecie.' })
  for (const q of questions) {
    const field = `surveyAnswers.${q.id}`
    const value = given[q.id]
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'string' && !value.trim()) ||
      (Array.isArray(value) && value.length === 0)
    if (empty) {
      if (q.required) errors.push({ field, detail: 'Odpowiedz na to pytanie ankiety.' })
      continue
    }
    const options = q.options ?? []
    if (q.kind === 'single') {
      if (typeof value !== 'string' || !options.includes(value))
        errors.push({ field, detail: 'Wybierz jedną z podanych odpowiedzi.' })
    } else if (q.kind === 'multiple') {
      if (
        !Array.isArray(value) ||
        value.some((x) => typeof x !== 'string' || !options.includes(x)) ||
        new Set(value).size !== value.length
      )
        errors.push({ field, detail: 'Wybierz odpowiedzi spośród podanych.' })
    } else if (q.kind === 'scale') {
      if (!isInt(value) || value < (q.min ?? 0) || value > (q.max ?? 0))
        errors.push({ field, detail: `Wybierz liczbę od ${q.min ?? 0} do ${q.max ?? 0}.` })
    } else if (typeof value !== 'string') errors.push({ field, detail: 'Odpowiedź musi być tekstem.' })
    else if (value.length > SURVEY_LIMITS.answer)
      errors.push({ field, detail: `Odpowiedź może mieć najwyżej ${SURVEY_LIMITS.answer} znaków.` })
  }
  return errors
}

/** The answers as stored: only questions of the survey that were answered, texts trimmed (after `checkSurveyAnswers`). */
export function cleanSurveyAnswers(
  questions: readonly SurveyQuestion[],
  answers: Readonly<Record<string, unknown>> | undefined,
): SurveyAnswers {
  const out: SurveyAnswers = {}
  for (const q of questions) {
    const value = answers?.[q.id]
    if (typeof value === 'string' && value.trim()) out[q.id] = value.trim()
    else if (Array.isArray(value) && value.length) out[q.id] = value.map(String)
    else if (typeof value === 'number') out[q.id] = value
  }
  return out
}

/** The stored survey of a consultation (`ks_consultations.survey`, JSON) as questions. */
export function surveyOf(stored: unknown): SurveyQuestion[] {
  return Array.isArray(stored) ? (stored as SurveyQuestion[]) : []
}
