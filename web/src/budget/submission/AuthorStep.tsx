import { useState } from 'preact/hooks'
import { ErrorSummary, errorsFromApi, Field, noErrors, type FormErrors, Checkbox } from '../../core/ui'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { checkEmail } from '../../core/lib/form'
import { boBase } from '../api'
import type { AuthorProject } from '../types'
import type { Draft, StepContext } from './context'
import { buildPatch } from './draft'
import { boChoice } from '../ui'

/**
 * Step 1: who submits. Before there is a draft it is the form that creates one, with whatever the author has
 * already typed (the API e-mails the author's link and answers with the key); afterwards it shows the saved author
 * and offers to start over.
 */
export function AuthorStep({
  ctx,
  draft,
  tenantName,
  onCreated,
  onStartOver,
}: {
  ctx: StepContext
  draft: Draft | null
  tenantName: string
  onCreated: (created: { token: string; project: AuthorProject }) => void
  onStartOver?: () => void
}) {
  const t = useT()
  const { formId, values, change } = ctx
  const rules = ctx.edition.rules.submission
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)

  const create = async (event: Event) => {
    event.preventDefault()
    const v = ctx.current()
    const fields: Record<string, string> = {}
    if (v.authorName.trim().split(/\s+/).filter(Boolean).length < 2) fields.authorName = t('budget.form.nameTwoWords')
    const email = checkEmail(v.authorEmail, t)
    if (email) fields.authorEmail = email
    if (!v.residenceDeclared) fields.residenceDeclared = t('budget.form.residenceRequired', { name: tenantName })
    if (rules.minAge != null && !v.ageConfirmed)
      fields.ageConfirmed = t('budget.form.ageRequired', { age: rules.minAge })
    if (Object.keys(fields).length) {
      setErrors({ general: null, fields })
      setVersion((n) => n + 1)
      return
    }
    setBusy(true)
    try {
      const patch = buildPatch(
        v,
        ['title', 'summary', 'description', 'poolId', 'category', 'beneficiaries', 'address', 'costItems', 'extra'],
        t,
      )
      const response = await api<{ token: string; project: AuthorProject }>(`${boBase(ctx.slug, ctx.year)}/projects`, {
        method: 'POST',
        body: {
          authorName: v.authorName.trim(),
          authorEmail: v.authorEmail.trim(),
          residenceDeclared: true,
          ...(rules.minAge != null ? { ageConfirmed: v.ageConfirmed } : {}),
          ...patch.body,
        },
      })
      setErrors(noErrors)
      onCreated(response)
    } catch (error) {
      setErrors(errorsFromApi(error, t))
      setVersion((n) => n + 1)
    } finally {
      setBusy(false)
    }
  }

  if (draft) {
    return (
      <form onSubmit={ctx.next} noValidate>
        <p>{t('budget.form.authorSaved')}</p>
        <dl class="facts">
          <dt>{t('budget.form.authorName')}</dt>
          <dd>{values.authorName}</dd>
          <dt>{t('budget.form.authorEmail')}</dt>
          <dd>{values.authorEmail}</dd>
        </dl>
        <p class="muted">{t('budget.form.authorKeyHint')}</p>
        {onStartOver ? (
          <p>
            <button type="button" class="button button-secondary button-small" onClick={onStartOver}>
              {t('budget.form.startOver')}
            </button>
          </p>
        ) : null}
        {ctx.nav}
      </form>
    )
  }
  return (
    <>
      <p>{t('budget.form.authorIntro')}</p>
      <ErrorSummary
        errors={errors}
        formId={formId}
        version={version}
        labels={{
          authorName: t('budget.form.authorName'),
          authorEmail: t('budget.form.authorEmail'),
          residenceDeclared: t('budget.form.residenceShort'),
          ageConfirmed: t('budget.form.ageShort'),
        }}
      />
      <form onSubmit={create} noValidate aria-busy={busy ? 'true' : 'false'}>
        <Field
          formId={formId}
          name="authorName"
          label={t('budget.form.authorName')}
          hint={t('budget.form.authorNameHint')}
          value={values.authorName}
          error={errors.fields.authorName}
          onValue={(v) => change({ authorName: v }, [])}
          autocomplete="name"
        />
        <Field
          formId={formId}
          name="authorEmail"
          type="email"
          label={t('budget.form.authorEmail')}
          hint={t('budget.form.authorEmailHint')}
          value={values.authorEmail}
          error={errors.fields.authorEmail}
          onValue={(v) => change({ authorEmail: v }, [])}
          autocomplete="email"
          spellcheck={false}
        />
        <Checkbox
          look={boChoice}
          formId={formId}
          name="residenceDeclared"
          label={t('budget.form.residence', { name: tenantName })}
          hint={t('budget.form.residenceHint')}
          checked={values.residenceDeclared}
          error={errors.fields.residenceDeclared}
          onChecked={(v) => change({ residenceDeclared: v }, [])}
          required
        />
        {rules.minAge != null ? (
          <Checkbox
            look={boChoice}
            formId={formId}
            name="ageConfirmed"
            label={t('budget.form.age', { age: rules.minAge })}
            checked={values.ageConfirmed}
            error={errors.fields.ageConfirmed}
            onChecked={(v) => change({ ageConfirmed: v }, [])}
            required
          />
        ) : null}
        <p class="muted small">{t('budget.form.privacy')}</p>
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {t('budget.form.create')}
          </button>
        </div>
      </form>
    </>
  )
}
