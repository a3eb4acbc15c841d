import { useEffect, useRef, useState } from 'preact/hooks'
import { Rich } from '../../core/ui/Rich'
import {
  ErrorSummary,
  errorsFromApi,
  Field,
  SelectField,
  useFormId,
  type FormErrors,
  noErrors,
  ErrorText,
  TextAreaField,
} from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { ApiError, api } from '../../core/lib/api'
import { boBase } from '../api'
import { CostRows } from './CostRows'
import { buildPatch, costTotal, mapRowErrors, valuesFromProject, type DraftField, type DraftValues } from './draft'
import { ExtraFields } from './ExtraFields'
import { formatMoney } from '../money'
import type { AuthorProject, AuthorResponse, Edition, Question } from '../types'
import { isInAssessment } from '../../../../worker/budget/domain/statuses'
import { When } from '../ui'

/** Fields the API lets the author change after submission (never the pool). */
const EDITABLE: DraftField[] = [
  'title',
  'summary',
  'description',
  'category',
  'beneficiaries',
  'address',
  'costItems',
  'extra',
]
const MAX_TIMER = 2_147_000_000

/** Questions still waiting for the author: unanswered and before their deadline. */
export function openQuestions(p: AuthorProject, now = Date.now()): Question[] {
  return p.questions.filter((q) => !q.answer && new Date(q.deadline).getTime() > now)
}

/** Re-renders when the last open deadline passes, so the form closes on time even if the page stays open. */
function useDeadline(deadlines: string[]): number {
  const [now, setNow] = useState(Date.now())
  const next = deadlines
    .map((d) => new Date(d).getTime())
    .filter((d) => d > now)
    .sort((a, b) => a - b)[0]
  useEffect(() => {
    if (next === undefined) return
    const timer = setTimeout(() => setNow(Date.now()), Math.min(MAX_TIMER, Math.max(0, next - Date.now()) + 500))
    return () => clearTimeout(timer)
  }, [next])
  return now
}

/**
 * The author's correction while a verifier's question is open (the API accepts PATCH on a submitted project only
 * then): the verifier's questions with their deadlines, the project's fields pre-filled, and an answer to each open
 * question. Saving sends the changed fields, then the answers; an answer closes its question, and once no question
 * is open (answered, or past its deadline) the form is replaced by a message saying so.
 */
export function AuthorCorrection({
  slug,
  year,
  project,
  edition,
  token,
  onDone,
}: {
  slug: string
  year: string
  project: AuthorProject
  edition: Edition | null
  token: string
  onDone: (message: string) => void
}) {
  const t = useT()
  const lang = useLang()
  const formId = useFormId('poprawki')
  const formFields = edition?.rules.submission.formFields ?? []
  const [values, setValues] = useState<DraftValues>(() => valuesFromProject(project, formFields))
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const dirty = useRef(new Set<DraftField>())
  const now = useDeadline(project.questions.filter((q) => !q.answer).map((q) => q.deadline))
  const open = openQuestions(project, now)
  const correctable = isInAssessment(project.status)
  const base = `${boBase(slug, year)}/projects/${encodeURIComponent(project.id)}`

  if (!correctable || project.questions.length === 0) return null
  if (open.length === 0) {
    const last = [...project.questions].sort((a, b) => b.askedAt.localeCompare(a.askedAt))[0]!
    return (
      <div class="notice-info bo-correction-closed" role="status">
        <p>
          <strong>{t('budgetpanel.correction.closedTitle')}</strong>
        </p>
        {last.answer ? (
          <p>
            {last.answeredAt ? (
              <Rich
                text={t('budgetpanel.correction.closedAnswered')}
                values={{ date: <When value={last.answeredAt} /> }}
              />
            ) : (
              t('budgetpanel.correction.closedAnsweredUndated')
            )}
          </p>
        ) : (
          <p>
            <Rich
              text={t('budgetpanel.correction.closedDeadline')}
              values={{ date: <When value={last.deadline} deadline /> }}
            />
          </p>
        )}
        <p>{t('budgetpanel.correction.closedBody')}</p>
      </div>
    )
  }

  const change = (patch: Partial<DraftValues>, fields: DraftField[]) => {
    setValues((prev) => ({ ...prev, ...patch }))
    for (const f of fields) dirty.current.add(f)
  }
  const text = (name: 'title' | 'summary' | 'description' | 'beneficiaries' | 'address') => ({
    formId,
    name,
    value: values[name],
    error: errors.fields[name],
    onValue: (v: string) => change({ [name]: v } as Partial<DraftValues>, [name]),
  })
  const labels: Record<string, string> = {
    title: t('budget.form.title'),
    summary: t('budget.form.summary'),
    description: t('budget.form.description'),
    category: t('budget.form.category'),
    beneficiaries: t('budget.form.beneficiaries'),
    address: t('budget.form.address'),
    costItems: t('budgetpanel.correction.costLegend'),
  }
  for (const f of formFields) labels[`extra.${f.key}`] = f.label
  open.forEach((q, i) => (labels[`answer.${q.id}`] = t('budgetpanel.correction.answerLabel', { n: i + 1 })))
  values.costRows.forEach((_, i) => {
    labels[`costItems.${i}.name`] = `${t('budget.form.costRow', { n: i + 1 })}: ${t('budget.form.costName')}`
    labels[`costItems.${i}.amount`] = `${t('budget.form.costRow', { n: i + 1 })}: ${t('budget.form.costAmount')}`
  })

  const fail = (fields: Record<string, string>, general: string | null = null) => {
    setErrors({ general, fields })
    setVersion((v) => v + 1)
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const patch = buildPatch(
      values,
      [...dirty.current].filter((f) => EDITABLE.includes(f)),
      t,
    )
    const fields: Record<string, string> = { ...patch.errors }
    if (patch.sent.includes('title') && values.title.trim().length < 5)
      fields.title = t('budgetpanel.correction.titleShort')
    if (patch.sent.includes('costItems') && (patch.body.costItems as unknown[]).length === 0)
      fields.costItems = t('budgetpanel.correction.costEmpty')
    const toSend = open.filter((q) => (answers[q.id] ?? '').trim().length > 0)
    for (const q of open)
      if ((answers[q.id] ?? '').trim().length === 1) fields[`answer.${q.id}`] = t('budget.author.answerRequired')
    if (Object.keys(fields).length) return fail(fields)
    // Nothing to send: the first answer box is where to start.
    if (patch.sent.length === 0 && toSend.length === 0)
      return fail({ [`answer.${open[0]!.id}`]: t('budgetpanel.correction.nothing') })
    setBusy(true)
    let corrected = false
    let answering: string | null = null
    try {
      if (patch.sent.length > 0) {
        await api<AuthorResponse>(base, { method: 'PATCH', body: patch.body, token })
        corrected = true
        dirty.current.clear()
      }
      for (const q of toSend) {
        answering = q.id
        await api(`${base}/questions/${encodeURIComponent(q.id)}/answer`, {
          method: 'POST',
          body: { answer: answers[q.id]!.trim() },
          token,
        })
      }
      setErrors(noErrors)
      setAnswers({})
      onDone(
        t(
          toSend.length
            ? corrected
              ? 'budgetpanel.correction.savedBoth'
              : 'budgetpanel.correction.savedAnswer'
            : 'budgetpanel.correction.savedFields',
        ),
      )
    } catch (error) {
      const found = errorsFromApi(error, t)
      // The window closed meanwhile (deadline, or answered in another tab): reload, which shows why.
      if (error instanceof ApiError && error.status === 409) onDone(found.general ?? t('error.generic'))
      else {
        // The server names the field `answer`; it belongs next to the box of the question that was being sent.
        const { answer, ...fields } = found.fields
        fail(
          {
            ...mapRowErrors(fields, patch.rowOfItem),
            ...(answer && answering ? { [`answer.${answering}`]: answer } : answer ? { answer } : {}),
          },
          found.general,
        )
        if (corrected) onDone(t('budgetpanel.correction.savedFields'))
      }
    } finally {
      setBusy(false)
    }
  }

  const deadline = open
    .map((q) => q.deadline)
    .sort()
    .at(-1)!
  const categories = edition?.rules.submission.categories ?? []
  return (
    <section class="bo-correction" aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`}>{t('budgetpanel.correction.heading')}</h3>
      <p>
        <Rich
          text={t('budgetpanel.correction.intro')}
          values={{
            date: (
              <strong>
                <When value={deadline} deadline />
              </strong>
            ),
          }}
        />{' '}
        {t('budgetpanel.correction.introAfter')}
      </p>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'} class="bo-wide-form">
        <Field {...text('title')} label={labels.title!} maxLength={200} />
        <TextAreaField {...text('summary')} label={labels.summary!} maxLength={600} rows={3} />
        <TextAreaField {...text('description')} label={labels.description!} rows={8} />
        <p>
          {t('budget.form.pool')}: <strong>{project.pool?.name ?? '—'}</strong>{' '}
          <span class="muted small">{t('budgetpanel.correction.poolLocked')}</span>
        </p>
        {categories.length > 0 ? (
          <SelectField
            formId={formId}
            name="category"
            label={labels.category!}
            value={values.category}
            error={errors.fields.category}
            onValue={(v) => change({ category: v }, ['category'])}
            options={[
              { value: '', label: t('budget.form.choose') },
              ...categories.map((c) => ({ value: c, label: c })),
            ]}
          />
        ) : null}
        <TextAreaField {...text('beneficiaries')} label={labels.beneficiaries!} rows={3} />
        <TextAreaField {...text('address')} label={labels.address!} rows={2} />
        <ExtraFields
          formId={formId}
          fields={formFields}
          values={values.extra}
          errors={errors.fields}
          onValue={(key, v) => change({ extra: { ...values.extra, [key]: v } }, ['extra'])}
        />
        <fieldset class="bo-fieldset" id={`${formId}-costItems`} tabIndex={-1}>
          <legend>{labels.costItems}</legend>
          <ErrorText id={`${formId}-costItems-error`} error={errors.fields.costItems} />
          <CostRows
            formId={formId}
            rows={values.costRows}
            errors={errors.fields}
            onRows={(rows, changed) => change({ costRows: rows }, changed ? ['costItems'] : [])}
          />
          <p class="bo-total" aria-live="polite" aria-atomic="true">
            {t('budget.form.costTotal')} <strong>{formatMoney(costTotal(values.costRows), lang)}</strong>
          </p>
        </fieldset>
        {open.map((q, i) => (
          <div key={q.id} class="bo-question">
            <p>
              <strong>{t('budget.author.question', { n: i + 1 })}</strong> {q.text}
            </p>
            <TextAreaField
              formId={formId}
              name={`answer.${q.id}`}
              label={labels[`answer.${q.id}`]!}
              hint={t('budgetpanel.correction.answerHint')}
              value={answers[q.id] ?? ''}
              error={errors.fields[`answer.${q.id}`]}
              onValue={(v) => setAnswers((prev) => ({ ...prev, [q.id]: v }))}
              optional
              rows={4}
              maxLength={10_000}
            />
          </div>
        ))}
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {t('budgetpanel.correction.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}
