import '../i18n/pages'
import { useState } from 'preact/hooks'
import type { TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import {
  ConfirmDialog,
  DataRegion,
  Empty,
  ErrorState,
  ErrorSummary,
  errorsFromApi,
  Field,
  Loading,
  Notice,
  PageHeading,
  useFormId,
  ErrorText,
  TextAreaField,
} from '../../core/ui'
import { useT } from '../../core/i18n'
import { api, enc } from '../../core/lib/api'
import { useForm } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { foldPolish } from '../../core/lib/text'
import { staffBase } from '../api'
import { boPaths } from '../paths'
import type { ConflictGroup, StaffProjectRow } from '../types'
import { StatusBadge, When } from '../ui'
import { BudgetPanelFrame, organiser } from './BudgetPanel'

/** "nr 3 „Plac zabaw”" — how a project is named in a group. */
function projectName(
  p: { number: number | null; title: string },
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  return p.number != null
    ? t('budgetpanel.conflicts.projectNamed', { number: p.number, title: p.title })
    : t('budgetpanel.conflicts.projectUnnumbered', { title: p.title })
}

/**
 * The form for a new group: projects ticked in a searchable table (each checkbox labelled by the project's title,
 * so it is reached and toggled with Tab and Space), the reason, and a summary of what is ticked even when the
 * search hides it.
 */
function NewGroupForm({
  slug,
  year,
  projects,
  onSaved,
}: {
  slug: string
  year: string
  projects: StaffProjectRow[]
  onSaved: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId('konflikt')
  const form = useForm({ search: '', reason: '' })
  const [chosen, setChosen] = useState<string[]>([])
  const { errors, version, busy } = form
  const labels = { projectIds: t('budgetpanel.conflicts.projectsLegend'), reason: t('budgetpanel.conflicts.reason') }
  const q = foldPolish(form.values.search.trim())
  const shown = projects.filter((p) => !q || foldPolish(`${p.number ?? ''} ${p.title} ${p.pool ?? ''}`).includes(q))
  const picked = projects.filter((p) => chosen.includes(p.id))
  const groupId = `${formId}-projectIds`

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const reason = form.values.reason.trim()
    await form.submit(
      t,
      () => {
        const fields: Record<string, string> = {}
        if (chosen.length < 2) fields.projectIds = t('budgetpanel.conflicts.chooseTwo')
        if (reason.length < 5) fields.reason = t('budgetpanel.conflicts.reasonRequired')
        return fields
      },
      async () => {
        await api(`${staffBase(slug, year)}/conflicts`, { method: 'POST', body: { projectIds: chosen, reason } })
        const names = picked.map((p) => projectName(p, t)).join(', ')
        setChosen([])
        form.setValues({ search: '', reason: '' })
        onSaved(t('budgetpanel.conflicts.saved', { names }))
      },
    )
  }

  return (
    <section class="panel-section" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('budgetpanel.conflicts.newHeading')}</h2>
      <p>{t('budgetpanel.conflicts.newIntro')}</p>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'} class="bo-wide-form">
        <fieldset
          class={errors.fields.projectIds ? 'field-invalid' : undefined}
          id={groupId}
          tabIndex={-1}
          aria-describedby={errors.fields.projectIds ? `${groupId}-error` : undefined}
        >
          <legend>{labels.projectIds}</legend>
          <ErrorText id={`${groupId}-error`} error={errors.fields.projectIds} />
          <Field
            formId={formId}
            {...form.field('search')}
            type="search"
            label={t('budgetpanel.conflicts.search')}
            hint={t('budgetpanel.conflicts.searchHint')}
            optional
            autocomplete="off"
          />
          <p class="muted small" role="status" aria-live="polite">
            {t('budgetpanel.conflicts.shown', { shown: shown.length, total: projects.length })}
          </p>
          {shown.length === 0 ? (
            <p class="muted">{t('budgetpanel.conflicts.noMatch')}</p>
          ) : (
            <div class="table-wrap" role="region" aria-labelledby={`${formId}-caption`} tabIndex={0}>
              <table class="bo-staff-table">
                <caption id={`${formId}-caption`} class="visually-hidden">
                  {t('budgetpanel.conflicts.tableCaption', { year })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('budgetpanel.conflicts.colChoose')}</th>
                    <th scope="col">{t('budget.panel.colNumber')}</th>
                    <th scope="col">{t('budget.panel.colTitle')}</th>
                    <th scope="col">{t('budget.panel.colPool')}</th>
                    <th scope="col">{t('budget.panel.colStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((p) => {
                    const id = `${formId}-p-${p.id}`
                    return (
                      <tr key={p.id}>
                        <td>
                          <input
                            type="checkbox"
                            id={id}
                            checked={chosen.includes(p.id)}
                            aria-describedby={errors.fields.projectIds ? `${groupId}-error` : undefined}
                            onChange={(event) => {
                              const on = (event.currentTarget as HTMLInputElement).checked
                              setChosen((prev) => (on ? [...prev, p.id] : prev.filter((x) => x !== p.id)))
                            }}
                          />
                        </td>
                        <td>{p.number ?? '—'}</td>
                        <th scope="row">
                          <label for={id}>{p.title}</label>
                        </th>
                        <td>{p.pool ?? '—'}</td>
                        <td>
                          <StatusBadge status={p.status} />
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          <p aria-live="polite" class="bo-chosen">
            {picked.length === 0
              ? t('budgetpanel.conflicts.noneChosen')
              : t('budgetpanel.conflicts.chosen', {
                  count: picked.length,
                  names: picked.map((p) => projectName(p, t)).join('; '),
                })}
          </p>
        </fieldset>
        <TextAreaField
          formId={formId}
          {...form.field('reason')}
          label={labels.reason}
          hint={t('budgetpanel.conflicts.reasonHint')}
          rows={3}
          maxLength={2000}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {t('budgetpanel.conflicts.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}

function Conflicts({ slug, year, ctx }: { slug: string; year: string; ctx: TenantPanelContext }) {
  const t = useT()
  const groups = useResource<{ items: ConflictGroup[] }>(`${staffBase(slug, year)}/conflicts`)
  const projects = useResource<{ items: StaffProjectRow[] }>(`${staffBase(slug, year)}/projects`)
  const [notice, setNotice] = useState<string | null>(null)
  const [removing, setRemoving] = useState<ConflictGroup | null>(null)
  const [busy, setBusy] = useState(false)
  const [removeError, setRemoveError] = useState<string | null>(null)
  const canEdit = organiser(ctx.role)
  const items = groups.data?.items ?? []

  const remove = async () => {
    if (!removing) return
    setBusy(true)
    setRemoveError(null)
    try {
      await api(`${staffBase(slug, year)}/conflicts/${enc(removing.id)}`, { method: 'DELETE' })
      setNotice(t('budgetpanel.conflicts.removed', { reason: removing.reason }))
      setRemoving(null)
      groups.reload()
    } catch (error) {
      setRemoveError(errorsFromApi(error, t).general)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeading title={t('budgetpanel.conflicts.titleFor', { year, name: ctx.tenantName })}>
        {t('budgetpanel.conflicts.title', { year })}
      </PageHeading>
      <p>{t('budgetpanel.conflicts.intro')}</p>
      <Notice message={notice} />
      <section class="panel-section" aria-labelledby="bo-groups-heading">
        <h2 id="bo-groups-heading">{t('budgetpanel.conflicts.listHeading')}</h2>
        <DataRegion busy={groups.status === 'loading'}>
          {groups.status === 'loading' && !groups.data ? <Loading /> : null}
          {groups.status === 'error' ? <ErrorState error={groups.error} onRetry={groups.reload} /> : null}
          {groups.data && items.length === 0 ? <Empty title={t('budgetpanel.conflicts.empty')} /> : null}
          {items.length > 0 ? (
            <ol class="bo-conflicts">
              {items.map((g, i) => (
                <li key={g.id} class="card">
                  <h3 id={`bo-group-${g.id}`} class="bo-appeal-title">
                    {t('budgetpanel.conflicts.groupHeading', { n: i + 1 })}
                  </h3>
                  <p class="bo-text">{g.reason}</p>
                  <ul>
                    {g.projects.map((p) => (
                      <li key={p.id}>
                        <a href={boPaths.panelProject(slug, year, p.id)}>{projectName(p, t)}</a>
                      </li>
                    ))}
                  </ul>
                  <p class="muted small">
                    {t('budgetpanel.conflicts.recorded')} <When value={g.createdAt} />
                  </p>
                  {canEdit ? (
                    <button type="button" class="button button-secondary button-small" onClick={() => setRemoving(g)}>
                      {t('budgetpanel.conflicts.remove', { n: i + 1 })}
                    </button>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
        </DataRegion>
      </section>
      {canEdit && projects.data ? (
        <NewGroupForm
          slug={slug}
          year={year}
          projects={projects.data.items.filter((p) => p.status !== 'withdrawn' && p.status !== 'draft')}
          onSaved={(message) => {
            setNotice(message)
            groups.reload()
          }}
        />
      ) : null}
      {canEdit && !projects.data && projects.status === 'loading' ? <Loading /> : null}
      {canEdit && projects.status === 'error' ? <ErrorState error={projects.error} onRetry={projects.reload} /> : null}
      <ConfirmDialog
        error={removeError}
        open={removing !== null}
        title={t('budgetpanel.conflicts.removeTitle')}
        confirmLabel={t('budgetpanel.conflicts.removeConfirm')}
        danger
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('budgetpanel.conflicts.removeBody', { reason: removing?.reason ?? '' })}</p>
      </ConfirmDialog>
    </>
  )
}

/** `/panel/{slug}/bo/{year}/konflikty`: groups of projects that exclude each other; organisers add and remove them. */
export function BudgetPanelConflicts({ slug, year }: { slug: string; year: string }) {
  return (
    <BudgetPanelFrame slug={slug} year={year}>
      {(ctx) => <Conflicts slug={slug} year={year} ctx={ctx} />}
    </BudgetPanelFrame>
  )
}

/** On a project's panel page: the groups it belongs to and the projects it excludes. */
export function ProjectConflicts({ slug, year, projectId }: { slug: string; year: string; projectId: string }) {
  const t = useT()
  const groups = useResource<{ items: ConflictGroup[] }>(`${staffBase(slug, year)}/conflicts?project=${enc(projectId)}`)
  const items = groups.data?.items ?? []
  return (
    <>
      <h2>{t('budgetpanel.conflicts.projectHeading')}</h2>
      <DataRegion busy={groups.status === 'loading'}>
        {groups.status === 'loading' && !groups.data ? <Loading /> : null}
        {groups.status === 'error' ? <ErrorState error={groups.error} onRetry={groups.reload} /> : null}
        {groups.data && items.length === 0 ? <p class="muted">{t('budgetpanel.conflicts.projectNone')}</p> : null}
        {items.length > 0 ? (
          <ul class="bo-history">
            {items.map((g) => (
              <li key={g.id}>
                <p>
                  <strong>{t('budgetpanel.conflicts.projectExcludes')}</strong>{' '}
                  {g.projects
                    .filter((p) => p.id !== projectId)
                    .map((p, i) => (
                      <span key={p.id}>
                        {i > 0 ? ', ' : ''}
                        <a href={boPaths.panelProject(slug, year, p.id)}>{projectName(p, t)}</a>
                      </span>
                    ))}
                </p>
                <p>
                  {t('budgetpanel.conflicts.projectReason')} {g.reason}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </DataRegion>
      <p>
        <a href={boPaths.panelConflicts(slug, year)}>{t('budgetpanel.conflicts.manageLink')}</a>
      </p>
    </>
  )
}
