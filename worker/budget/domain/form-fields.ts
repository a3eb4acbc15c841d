import type { FieldError } from '../../core/http/problem'
import type { EditionRules } from './rules'

/**
 * The submission form staff configure per edition (extra fields and attachment requirements), checked where valibot
 * alone cannot: relations between entries. Pure, so the rules and the drafts are checked the same way everywhere.
 */

type SubmissionRules = EditionRules['submission']
type FormFieldRule = SubmissionRules['formFields'][number]
type Extra = Record<string, string | boolean>

const base = 'rules.submission'

/** Inconsistencies of an edition's submission form: duplicate keys, choice fields without choices, file limits. */
export function checkSubmissionForm(submission: SubmissionRules): FieldError[] {
  const errors: FieldError[] = []
  const keys = submission.formFields.map((f) => f.key)
  submission.formFields.forEach((f, i) => {
    if (keys.indexOf(f.key) !== i)
      errors.push({ field: `${base}.formFields.${i}.key`, detail: 'Klucze pól formularza muszą być różne.' })
    if (f.type === 'choice') {
      if (f.options.length < 2)
        errors.push({
          field: `${base}.formFields.${i}.options`,
          detail: `Pole wyboru „${f.label}” potrzebuje co najmniej dwóch opcji.`,
        })
      if (new Set(f.options).size !== f.options.length)
        errors.push({ field: `${base}.formFields.${i}.options`, detail: `Opcje pola „${f.label}” muszą być różne.` })
    } else if (f.options.length > 0) {
      errors.push({
        field: `${base}.formFields.${i}.options`,
        detail: 'Opcje podaje się tylko dla pola wyboru (choice).',
      })
    }
  })
  const files = submission.attachments
  if (files.minFiles > files.maxFiles)
    errors.push({
      field: `${base}.attachments.minFiles`,
      detail: `Wymagana liczba załączników (${files.minFiles}) przekracza dopuszczalną (${files.maxFiles}).`,
    })
  if (files.maxFiles > 0 && files.types.length === 0)
    errors.push({ field: `${base}.attachments.types`, detail: 'Wybierz co najmniej jeden dozwolony typ pliku.' })
  return errors
}

/** Values of a draft's extra fields that the edition's form does not allow (a choice outside its list, a wrong type). */
export function extraErrors(fields: FormFieldRule[], extra: Extra): FieldError[] {
  const errors: FieldError[] = []
  for (const f of fields) {
    const value = extra[f.key]
    if (value === undefined || value === '') continue
    if (f.type === 'checkbox' ? typeof value !== 'boolean' : typeof value !== 'string')
      errors.push({ field: `extra.${f.key}`, detail: `Pole „${f.label}” ma niepoprawną wartość.` })
    else if (f.type === 'choice' && !f.options.includes(value as string))
      errors.push({ field: `extra.${f.key}`, detail: `Wybierz jedną z opcji pola „${f.label}”.` })
  }
  return errors
}

/** Whether a required extra field is filled in: ticked, chosen from the list, or holding some text. */
export function extraFilled(f: FormFieldRule, value: string | boolean | undefined): boolean {
  if (f.type === 'checkbox') return value === true
  if (typeof value !== 'string') return false
  return f.type === 'choice' ? f.options.includes(value) : value.trim().length > 0
}
