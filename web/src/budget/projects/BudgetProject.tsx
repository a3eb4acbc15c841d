import '../i18n/pages'
import { useEffect, useState } from 'preact/hooks'
import {
  ConfirmDialog,
  DataRegion,
  ErrorState,
  errorsFromApi,
  Loading,
  Notice,
  PageHeading,
  useFormId,
  TextAreaField,
} from '../../core/ui'
import { useT } from '../../core/i18n'
import { ApiError, api } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { boBase } from '../api'
import { useEdition } from '../hooks'
import { AuthorCorrection } from '../submission/AuthorCorrection'
import { getAuthorKey, takeKeyFromFragment } from '../keys'
import { boPaths } from '../paths'
import {
  AssessmentList,
  AttachmentList,
  ConflictList,
  CostTable,
  HistoryList,
  Paragraphs,
  ProjectFacts,
} from './ProjectView'
import { ProjectLocation } from './ProjectMaps'
import type { AuthorProject, AuthorResponse, Edition, PublicProjectPage } from '../types'
import { collectsSupport, isInAssessment, isRejected, isWithdrawable } from '../../../../worker/budget/domain/statuses'
import { Crumbs, shownStatus, StatusBadge, When } from '../ui'
import { NotFound } from '../../core/pages/NotFound'
import { AuthorLinkForm } from '../submission/AuthorLinkForm'

type AuthorState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ok'; project: AuthorProject }
  | { status: 'error'; error: ApiError }

/** A small form with one text area, for answers and appeals. */
function TextForm({
  formId,
  name,
  label,
  hint,
  submitLabel,
  minLength,
  tooShort,
  onSend,
}: {
  formId: string
  name: string
  label: string
  hint?: string
  submitLabel: string
  minLength: number
  tooShort: string
  onSend: (text: string) => Promise<void>
}) {
  const t = useT()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (value.trim().length < minLength) {
      setError(tooShort)
      document.getElementById(`${formId}-${name}`)?.focus()
      return
    }
    setBusy(true)
    try {
      await onSend(value.trim())
      setValue('')
      setError(undefined)
    } catch (e) {
      const found = errorsFromApi(e, t)
      setError(Object.values(found.fields)[0] ?? found.general ?? t('error.generic'))
      document.getElementById(`${formId}-${name}`)?.focus()
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'}>
      <TextAreaField
        formId={formId}
        name={name}
        label={label}
        hint={hint}
        value={value}
        onValue={setValue}
        error={error}
        rows={5}
      />
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}

/** What only the author sees, with the key from their link: questions to answer, the appeal, withdrawal. */
function AuthorPanel({
  slug,
  year,
  id,
  edition,
  token,
  onChanged,
}: {
  slug: string
  year: string
  id: string
  edition: Edition | null
  token: string
  onChanged: () => void
}) {
  const t = useT()
  const formId = useFormId('autor')
  const [state, setState] = useState<AuthorState>({ status: 'loading' })
  const [tick, setTick] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)
  const [confirm, setConfirm] = useState(false)
  const [busy, setBusy] = useState(false)
  const [withdrawError, setWithdrawError] = useState<string | null>(null)
  const base = `${boBase(slug, year)}/projects/${encodeURIComponent(id)}`

  useEffect(() => {
    let live = true
    api<AuthorResponse>(`${base}/author`, { token })
      .then((r) => live && setState({ status: 'ok', project: r.project }))
      .catch(
        (error: unknown) =>
          live && setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError(0, {}) }),
      )
    return () => {
      live = false
    }
  }, [base, token, tick])

  const done = (message: string) => {
    setNotice(message)
    setTick((n) => n + 1)
    onChanged()
  }

  if (state.status === 'loading' || state.status === 'none') return <Loading />
  if (state.status === 'error') {
    return (
      <section class="bo-author-panel" aria-labelledby={`${formId}-heading`}>
        <h2 id={`${formId}-heading`}>{t('budget.author.heading')}</h2>
        <div class="state state-error" role="alert">
          <p>
            {state.error.status === 403
              ? t('budget.author.staleKey')
              : state.error.problem.detail || t('error.generic')}
          </p>
        </div>
        <AuthorLinkForm slug={slug} year={year} />
      </section>
    )
  }
  const p = state.project
  const openQuestions = p.questions.filter((q) => !q.answer && new Date(q.deadline).getTime() > Date.now())
  const rejected = isRejected(p.status)
  const correctable = isInAssessment(p.status)
  const canAppeal =
    rejected && p.appeals.length === 0 && p.appealDeadline != null && new Date(p.appealDeadline).getTime() > Date.now()
  const canWithdraw = isWithdrawable(p.status) && edition?.currentPhase === 'submission'

  const withdraw = async () => {
    setBusy(true)
    setWithdrawError(null)
    try {
      await api(`${base}/withdraw`, { method: 'POST', token })
      setConfirm(false)
      done(t('budget.author.withdrawn'))
    } catch (error) {
      setWithdrawError(errorsFromApi(error, t).general)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="bo-author-panel" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('budget.author.heading')}</h2>
      <p>{t('budget.author.intro', { email: p.authorEmail })}</p>
      <Notice message={notice} />

      <h3>{t('budget.author.questionsHeading')}</h3>
      {p.questions.length === 0 ? <p class="muted">{t('budget.author.noQuestions')}</p> : null}
      {p.questions.map((q, i) => (
        <div key={q.id} class="bo-question">
          <p>
            <strong>{t('budget.author.question', { n: i + 1 })}</strong> {q.text}
          </p>
          {q.answer ? (
            <p>
              <strong>{t('budget.author.yourAnswer')}</strong> {q.answer}
            </p>
          ) : openQuestions.includes(q) && correctable ? (
            <p class="muted small">
              {t('budget.author.answerBy')} <When value={q.deadline} deadline /> —{' '}
              {t('budgetpanel.correction.answerBelow')}
            </p>
          ) : openQuestions.includes(q) ? (
            <>
              <p class="muted small">
                {t('budget.author.answerBy')} <When value={q.deadline} deadline />
              </p>
              <TextForm
                formId={`${formId}-q${i}`}
                name="answer"
                label={t('budget.author.answerLabel', { n: i + 1 })}
                submitLabel={t('budget.author.answerSubmit')}
                minLength={2}
                tooShort={t('budget.author.answerRequired')}
                onSend={async (answer) => {
                  await api(`${base}/questions/${encodeURIComponent(q.id)}/answer`, {
                    method: 'POST',
                    body: { answer },
                    token,
                  })
                  done(t('budget.author.answered'))
                }}
              />
            </>
          ) : (
            <p class="muted">{t('budget.author.answerClosed')}</p>
          )}
        </div>
      ))}

      <AuthorCorrection slug={slug} year={year} project={p} edition={edition} token={token} onDone={done} />

      {rejected || p.appeals.length > 0 ? <h3>{t('budget.author.appealHeading')}</h3> : null}
      {p.appeals.map((a) => (
        <div key={a.id} class="bo-question">
          <p>
            {t('budget.author.appealFiled')} <When value={a.filedAt} />
          </p>
          <p class="bo-text">{a.text}</p>
          <p>
            <strong>
              {a.decision
                ? t(a.decision === 'accepted' ? 'budget.appeal.accepted' : 'budget.appeal.rejected')
                : t('budget.appeal.pending')}
            </strong>
            {a.reason ? ` — ${a.reason}` : ''}
          </p>
        </div>
      ))}
      {canAppeal ? (
        <>
          <p class="notice-info">
            {t('budget.author.appealDeadline')}{' '}
            <strong>
              <When value={p.appealDeadline} deadline />
            </strong>
          </p>
          <TextForm
            formId={`${formId}-appeal`}
            name="text"
            label={t('budget.author.appealLabel')}
            hint={t('budget.author.appealHint')}
            submitLabel={t('budget.author.appealSubmit')}
            minLength={20}
            tooShort={t('budget.author.appealTooShort')}
            onSend={async (text) => {
              await api(`${base}/appeals`, { method: 'POST', body: { text }, token })
              done(t('budget.author.appealSent'))
            }}
          />
        </>
      ) : rejected && p.appeals.length === 0 ? (
        <p>
          {t('budget.author.appealClosed')} {p.appealDeadline ? <When value={p.appealDeadline} deadline /> : null}
        </p>
      ) : null}

      {canWithdraw ? (
        <>
          <h3>{t('budget.author.withdrawHeading')}</h3>
          <p>{t('budget.author.withdrawIntro')}</p>
          <button type="button" class="button button-danger" onClick={() => setConfirm(true)}>
            {t('budget.author.withdraw')}
          </button>
        </>
      ) : null}
      <ConfirmDialog
        error={withdrawError}
        open={confirm}
        title={t('budget.author.withdrawConfirmTitle')}
        confirmLabel={t('budget.author.withdraw')}
        danger
        busy={busy}
        onConfirm={() => void withdraw()}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('budget.author.withdrawConfirmBody', { title: p.title })}</p>
      </ConfirmDialog>
    </section>
  )
}

/** `/{slug}/bo/{year}/projekty/{id}`: the public project page, and the author's panel when this browser holds the key. */
export function BudgetProject({ slug, year, id }: { slug: string; year: string; id: string }) {
  const t = useT()
  const { edition, tenantName } = useEdition(slug, year)
  const page = useResource<PublicProjectPage>(`${boBase(slug, year)}/projects/${encodeURIComponent(id)}`)
  const [token] = useState(() => takeKeyFromFragment(id) ?? getAuthorKey(id))
  const e = edition.data
  const title = e?.title ?? t('budget.editionFallback', { year })
  const crumbs = [
    { href: tenantPath(slug), label: tenantName },
    { href: boPaths.edition(slug, year), label: title },
    { href: boPaths.projects(slug, year), label: t('budget.projects.crumb') },
  ]

  if (page.status === 'error' && page.error.status === 404) {
    if (token && edition.status !== 'error') {
      return (
        <>
          <Crumbs items={[...crumbs, { label: t('budget.project.draftCrumb') }]} />
          <PageHeading title={t('budget.project.draftTitle')}>{t('budget.project.draftTitle')}</PageHeading>
          <p>{t('budget.project.draftBody')}</p>
          <p>
            <a class="button" href={boPaths.edit(slug, year, id)}>
              {t('budget.project.draftLink')}
            </a>
          </p>
        </>
      )
    }
    return <NotFound detail={page.error.problem.detail} />
  }
  const data = page.data
  const p = data?.project
  const canSupport = p && collectsSupport(p.status) && e?.currentPhase === 'submission' && e.rules.support.online
  return (
    <>
      <Crumbs items={[...crumbs, { label: p?.title || t('budget.project.crumb') }]} />
      <PageHeading title={p ? `${p.title} — ${title}` : t('state.loading')}>
        {p ? p.title : t('state.loading')}
      </PageHeading>
      <DataRegion busy={page.status === 'loading'}>
        {page.status === 'loading' && !data ? <Loading /> : null}
        {page.status === 'error' ? <ErrorState error={page.error} onRetry={page.reload} /> : null}
        {data && p ? (
          <>
            <p class="bo-project-head">
              {p.number != null ? (
                <span class="bo-number">{t('budget.project.number', { number: p.number })}</span>
              ) : null}
              <StatusBadge status={shownStatus(p)} />
            </p>
            {p.summary ? <p class="lead">{p.summary}</p> : null}
            {p.implementation ? (
              <p>
                <a href={boPaths.implementation(slug, year)}>{t('budget.project.implementationLink')}</a>
              </p>
            ) : null}
            {canSupport ? (
              <p>
                <a class="button" href={boPaths.support(slug, year, p.id)}>
                  {t('budget.project.supportLink')}
                </a>
              </p>
            ) : null}
            {token ? (
              <AuthorPanel slug={slug} year={year} id={id} edition={e} token={token} onChanged={page.reload} />
            ) : null}

            <h2>{t('budget.project.descriptionHeading')}</h2>
            {p.description ? <Paragraphs text={p.description} /> : <p class="muted">—</p>}

            <h2>{t('budget.project.factsHeading')}</h2>
            <ProjectFacts project={p} edition={e} />
            <ProjectLocation project={p} />

            <h2 id="bo-cost-heading">{t('budget.project.costHeading')}</h2>
            <CostTable
              items={p.costItems}
              captionId="bo-cost-caption"
              caption={t('budget.project.costCaption', { title: p.title })}
            />

            <h2>{t('budget.project.attachmentsHeading')}</h2>
            <AttachmentList
              slug={slug}
              year={year}
              projectId={p.id}
              attachments={data.attachments}
              supportScans={data.supportScans ?? 0}
            />

            <h2>{t('budget.project.assessmentHeading')}</h2>
            <AssessmentList assessments={data.assessments} />

            <h2>{t('budget.project.appealsHeading')}</h2>
            {data.appeals.length === 0 ? (
              <p class="muted">{t('budget.project.noAppeals')}</p>
            ) : (
              <ul class="bo-history">
                {data.appeals.map((a, i) => (
                  <li key={i}>
                    {t('budget.author.appealFiled')} <When value={a.filedAt} /> —{' '}
                    <strong>
                      {a.decision
                        ? t(a.decision === 'accepted' ? 'budget.appeal.accepted' : 'budget.appeal.rejected')
                        : t('budget.appeal.pending')}
                    </strong>
                    {a.reason ? `: ${a.reason}` : ''}
                  </li>
                ))}
              </ul>
            )}
            {p.appealDeadline && isRejected(p.status) ? (
              <p>
                {t('budget.project.appealUntil')} <When value={p.appealDeadline} deadline />
              </p>
            ) : null}

            {data.conflicts.length > 0 ? (
              <>
                <h2>{t('budget.project.conflictsHeading')}</h2>
                <ConflictList slug={slug} year={year} conflicts={data.conflicts} />
              </>
            ) : null}

            <h2>{t('budget.project.historyHeading')}</h2>
            <HistoryList history={data.history} />
          </>
        ) : null}
      </DataRegion>
    </>
  )
}
