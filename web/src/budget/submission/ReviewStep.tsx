import { Rich } from '../../core/ui/Rich'
import { useT } from '../../core/i18n'
import type { AuthorProject, Edition, Missing } from '../types'
import { Money, When } from '../ui'
import type { StepContext } from './context'
import { costTotal, stepOf, topField, type DraftValues } from './draft'

/**
 * Step 7: the draft at a glance, the server's list of what is still missing (each entry a link to its field, in
 * whichever step it is) and the submit button with the deadline.
 */
export function ReviewStep({
  ctx,
  missing,
  busy,
  error,
  onSubmit,
  onRefresh,
  goTo,
}: {
  ctx: StepContext
  missing: Missing[]
  busy: boolean
  /** Why the last attempt to submit was refused. */
  error: string | null
  onSubmit: (event: Event) => void
  onRefresh: () => void
  goTo: (step: number, focusId?: string) => void
}) {
  const t = useT()
  const { formId, values, edition } = ctx
  const submissionEnd = edition.phases.find((p) => p.phase === 'submission')?.endsAt ?? null

  /** Where a "missing" entry should take the author. */
  const focusIdFor = (field: string): string => {
    const top = topField(field)
    if (top === 'costItems') return values.costRows.length ? `${formId}-costItems.0.name` : `${formId}-costItems-add`
    if (top === 'supporters') return `${formId}-supporters`
    if (top === 'coauthors') return `${formId}-coauthors`
    if (top === 'attachments') return `${formId}-paperFile`
    return `${formId}-${field}`
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'}>
      <Review values={values} edition={edition} project={ctx.project} total={costTotal(values.costRows)} />
      <h3 id={`${formId}-missing-heading`}>{t('budget.form.missingHeading')}</h3>
      {missing.length === 0 ? (
        <p class="notice">{t('budget.form.nothingMissing')}</p>
      ) : (
        <>
          <p>{t('budget.form.missingIntro')}</p>
          <ul class="bo-missing" aria-labelledby={`${formId}-missing-heading`}>
            {missing.map((m, i) => (
              <li key={`${m.field}-${i}`}>
                <a
                  href={`#${focusIdFor(m.field)}`}
                  onClick={(event) => {
                    event.preventDefault()
                    goTo(stepOf(m.field), focusIdFor(m.field))
                  }}
                >
                  {t('budget.form.missingItem', { step: ctx.stepTitle(stepOf(m.field)), detail: m.detail })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {error ? (
        <div class="state state-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" class="button button-secondary" onClick={ctx.back}>
          {t('budget.form.back')}
        </button>
        <button type="button" class="button button-secondary" onClick={onRefresh}>
          {t('budget.form.recheck')}
        </button>
        <button
          type="submit"
          class="button"
          disabled={busy}
          aria-describedby={submissionEnd ? `${formId}-until` : undefined}
        >
          {t('budget.form.submit')}
        </button>
      </div>
      {submissionEnd ? (
        <p id={`${formId}-until`}>
          <Rich
            text={t('budget.form.submitUntil')}
            values={{
              date: (
                <strong>
                  <When value={submissionEnd} deadline />
                </strong>
              ),
            }}
          />
        </p>
      ) : null}
      <p class="muted small">{t('budget.form.submitHint')}</p>
    </form>
  )
}

function Review({
  values,
  edition,
  project,
  total,
}: {
  values: DraftValues
  edition: Edition
  project: AuthorProject | null
  total: number
}) {
  const t = useT()
  const pool = edition.pools.find((p) => p.id === values.poolId)
  const empty = <span class="muted">{t('budget.form.emptyValue')}</span>
  return (
    <dl class="facts bo-review">
      <dt>{t('budget.form.title')}</dt>
      <dd>{values.title || empty}</dd>
      <dt>{t('budget.form.summary')}</dt>
      <dd>{values.summary || empty}</dd>
      <dt>{t('budget.form.pool')}</dt>
      <dd>{pool?.name ?? empty}</dd>
      {edition.rules.submission.categories.length ? (
        <>
          <dt>{t('budget.form.category')}</dt>
          <dd>{values.category || empty}</dd>
        </>
      ) : null}
      <dt>{t('budget.form.address')}</dt>
      <dd>{values.address || empty}</dd>
      <dt>{t('budget.form.costTotal')}</dt>
      <dd>
        <Money value={total} />
      </dd>
      <dt>{t('budget.form.attachmentsCount')}</dt>
      <dd>{project?.attachments.length ?? 0}</dd>
      <dt>{t('budget.form.coauthorsCount')}</dt>
      <dd>{project?.coauthors.length ?? 0}</dd>
      <dt>{t('budget.form.supportersCount')}</dt>
      <dd>
        {project
          ? t('budget.form.supportersValue', { count: project.supporters, required: pool?.requiredSupporters ?? '—' })
          : empty}
      </dd>
    </dl>
  )
}
