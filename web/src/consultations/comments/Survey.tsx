import { Fragment } from 'preact'
import { useT, type Translate } from '../../core/i18n'
import { Checkbox, ErrorText, FieldMessages, RadioGroup, TextAreaField, describedBy } from '../../core/ui'
import type { SurveyAnswers, SurveyQuestion } from './types'
import { commentChoice } from './ui'

/** The field name of a survey question, as the server names it in its field errors. */
export const surveyField = (id: string) => `surveyAnswers.${id}`

const answered = (value: SurveyAnswers[string] | undefined) =>
  value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)

/** The required questions left unanswered (the server checks the rest with `checkSurveyAnswers`). */
export function surveyErrors(
  t: Translate,
  questions: SurveyQuestion[],
  answers: SurveyAnswers,
): Record<string, string> {
  const found: Record<string, string> = {}
  for (const q of questions)
    if (q.required && !answered(answers[q.id])) found[surveyField(q.id)] = t('consultations.comments.survey.required')
  return found
}

/** The labels of the survey's questions, for the error summary's links. */
export const surveyLabels = (questions: SurveyQuestion[]) =>
  Object.fromEntries(questions.map((q) => [surveyField(q.id), q.text]))

/**
 * The consultation's survey questions under the comment form (the consultation's `survey` form): one choice as radio
 * buttons, several as checkboxes in a fieldset, a scale as numbered radio buttons, an open question as a text area.
 */
export function SurveyFields({
  formId,
  questions,
  answers,
  onAnswers,
  errors,
}: {
  formId: string
  questions: SurveyQuestion[]
  answers: SurveyAnswers
  onAnswers: (next: SurveyAnswers) => void
  errors: Record<string, string>
}) {
  const t = useT()
  const set = (id: string, value: SurveyAnswers[string]) => onAnswers({ ...answers, [id]: value })
  return (
    <fieldset class="ksc-survey">
      <legend>{t('consultations.comments.survey.legend')}</legend>
      {questions.map((q) => {
        const name = surveyField(q.id)
        const error = errors[name]
        const legend = q.required ? q.text : `${q.text} ${t('form.optional')}`
        if (q.kind === 'open')
          return (
            <TextAreaField
              key={q.id}
              formId={formId}
              name={name}
              label={q.text}
              optional={!q.required}
              rows={3}
              value={typeof answers[q.id] === 'string' ? (answers[q.id] as string) : ''}
              onValue={(value) => set(q.id, value)}
              error={error}
            />
          )
        if (q.kind === 'single' || q.kind === 'scale') {
          const options =
            q.kind === 'single'
              ? (q.options ?? []).map((o) => ({ value: o, label: o }))
              : Array.from({ length: (q.max ?? 5) - (q.min ?? 1) + 1 }, (_, i) => String((q.min ?? 1) + i)).map(
                  (o) => ({ value: o, label: o }),
                )
          const current = answers[q.id]
          return (
            <RadioGroup
              key={q.id}
              formId={formId}
              name={name}
              legend={legend}
              hint={
                q.kind === 'scale'
                  ? t('consultations.comments.survey.scaleHint', { min: q.min ?? 1, max: q.max ?? 5 })
                  : undefined
              }
              value={current === undefined ? null : String(current)}
              onValue={(value) => set(q.id, q.kind === 'scale' ? Number(value) : value)}
              options={options}
              error={error}
              look={{ ...commentChoice, group: `${commentChoice.group} ksc-survey-q` }}
            />
          )
        }
        const chosen = Array.isArray(answers[q.id]) ? (answers[q.id] as string[]) : []
        const id = `${formId}-${name}`
        return (
          <fieldset
            key={q.id}
            class={error ? 'field ksc-choices ksc-survey-q field-invalid' : 'field ksc-choices ksc-survey-q'}
            aria-describedby={describedBy(id, false, error)}
          >
            <legend>{legend}</legend>
            <FieldMessages id={id} error={error} />
            {(q.options ?? []).map((option, index) => (
              <Checkbox
                key={option}
                formId={formId}
                name={index === 0 ? name : `${name}-${index}`}
                label={option}
                checked={chosen.includes(option)}
                onChecked={(on) => set(q.id, on ? [...chosen, option] : chosen.filter((c) => c !== option))}
                invalid={!!error}
                look={{ ...commentChoice, box: 'ksc-check' }}
              />
            ))}
          </fieldset>
        )
      })}
      <ErrorText id={`${formId}-survey-error`} error={errors.surveyAnswers} />
    </fieldset>
  )
}

/** A person's survey answers beside the questions they answer (the author's page, the staff's list). */
export function SurveyAnswersList({ questions, answers }: { questions: SurveyQuestion[]; answers: SurveyAnswers }) {
  const t = useT()
  const answered = questions.filter((q) => answers[q.id] !== undefined)
  if (answered.length === 0) return null
  return (
    <>
      <p class="ksc-label">{t('consultations.comments.survey.legend')}</p>
      <dl class="ksc-facts ksc-survey-answers">
        {answered.map((q) => {
          const value = answers[q.id]!
          return (
            <Fragment key={q.id}>
              <dt>{q.text}</dt>
              <dd class="ksc-pre">{Array.isArray(value) ? value.join(', ') : String(value)}</dd>
            </Fragment>
          )
        })}
      </dl>
    </>
  )
}
