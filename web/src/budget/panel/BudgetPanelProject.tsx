import '../i18n/pages'
import { useState } from 'preact/hooks'
import type { TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import {
  DataRegion,
  Email,
  Empty,
  ErrorState,
  ErrorSummary,
  errorsFromApi,
  Field,
  Loading,
  Notice,
  PageHeading,
  useFormId,
  type FormErrors,
  noErrors,
  Checkbox,
  ErrorText,
  RadioGroup,
  TextAreaField,
} from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { api, enc } from '../../core/lib/api'
import { useResource } from '../../core/lib/resource'
import { formatDeadline } from '../../core/lib/time'
import { apiHref, boBase, staffBase } from '../api'
import { formatBytes, formatMoney, parseZloty } from '../money'
import { boPaths } from '../paths'
import { FILTER_PARAMS, NO_VERIFIER } from './staffTable'
import {
  AssessmentList,
  AttachmentList,
  CostTable,
  HistoryList,
  Paragraphs,
  ProjectFacts,
} from '../projects/ProjectView'
import { CRITERIA, type AuthorProject, type Edition, type StaffAppeal } from '../types'
import type { StaffProjectView } from '../../../../worker/budget/views/assessment'
import { isInAssessment } from '../../../../worker/budget/domain/statuses'
import { StatusBadge, When, boChoice } from '../ui'
import { BudgetPanelFrame, organiser } from './BudgetPanel'
import { ProjectConflicts } from './BudgetPanelConflicts'

/** A project as the panel loads it: what its author sees (assessments typed as on the web), plus its verifier. */
type StaffProject = AuthorProject & Pick<StaffProjectView, 'verifierId'>

/**
 * The criteria of each assessment stage, as the published assessment separates them: the formal stage checks the
 * formal requirements, the merit stage everything else. A project's status decides its stage (the API accepts a
 * formal assessment of a submitted project and a merit one after a positive formal assessment), so there is no choice.
 */
const STAGE_CRITERIA = { formal: CRITERIA.filter((c) => c === 'formal'), merit: CRITERIA.filter((c) => c !== 'formal') }

function AssessmentForm({
  slug,
  year,
  project,
  submissionEndsAt,
  onDone,
}: {
  slug: string
  year: string
  project: StaffProject
  submissionEndsAt: string | null
  onDone: (message: string) => void
}) {
  const t = useT()
  const lang = useLang()
  const formId = useFormId('ocena')
  const stage = project.status === 'merit' ? 'merit' : 'formal'
  const criteria = STAGE_CRITERIA[stage]
  const [passed, setPassed] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(criteria.map((c) => [c, true])),
  )
  const [why, setWhy] = useState<Record<string, string>>(() => Object.fromEntries(criteria.map((c) => [c, ''])))
  const [justification, setJustification] = useState('')
  const [revisedCost, setRevisedCost] = useState('')
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)

  const labels: Record<string, string> = {
    justification: t('budget.assess.justification'),
    revisedCost: t('budget.assess.revisedCost'),
  }
  for (const c of criteria)
    labels[`criteria.${c}`] = t('budget.assess.whyLabel', { criterion: t(`budget.criterion.${c}`) })

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const fields: Record<string, string> = {}
    for (const c of criteria)
      if (!passed[c] && why[c]!.trim().length < 10) fields[`criteria.${c}`] = t('budget.assess.whyRequired')
    if (justification.trim().length < 10) fields.justification = t('budget.assess.justificationRequired')
    const cost = parseZloty(revisedCost)
    if (cost != null && Number.isNaN(cost)) fields.revisedCost = t('budget.edition.form.moneyInvalid')
    if (Object.keys(fields).length) {
      setErrors({ general: null, fields })
      setVersion((v) => v + 1)
      return
    }
    setBusy(true)
    try {
      const positive = criteria.every((c) => passed[c])
      await api(`${staffBase(slug, year)}/projects/${enc(project.id)}/assessments`, {
        method: 'POST',
        body: {
          stage,
          criteria: criteria.map((c) => ({ key: c, passed: passed[c], justification: why[c]!.trim() })),
          justification: justification.trim(),
          revisedCost: cost,
        },
      })
      setErrors(noErrors)
      onDone(t(positive ? 'budget.assess.savedPositive' : 'budget.assess.savedNegative'))
    } catch (error) {
      const found = errorsFromApi(error, t)
      // Per-criterion errors of the API come as `criteria` or `criteria.{index}.justification`.
      const mapped: Record<string, string> = {}
      for (const [field, detail] of Object.entries(found.fields)) {
        const m = /^criteria\.(\d+)/.exec(field)
        mapped[m ? `criteria.${criteria[Number(m[1])]}` : field] = detail
      }
      setErrors({ general: found.general, fields: mapped })
      setVersion((v) => v + 1)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="panel-section bo-assess" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('budget.assess.heading')}</h2>
      <p>
        {t('budget.assess.stage')}: <strong>{t(`budget.assessment.${stage}`)}</strong>
      </p>
      {submissionEndsAt ? (
        <p class="notice-info">
          <strong>{t('panelwork.assess.rollingTitle')}</strong> {t('panelwork.assess.rollingUntil')}{' '}
          <When value={submissionEndsAt} deadline />. {t('panelwork.assess.rollingBody')}
        </p>
      ) : null}
      <p>{t('budget.assess.intro')}</p>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'} class="bo-wide-form">
        <fieldset>
          <legend>{t('budget.assess.criteriaLegend')}</legend>
          <p class="hint">
            {t(stage === 'formal' ? 'panelwork.assess.formalCriteria' : 'panelwork.assess.meritCriteria')}{' '}
            {t('budget.assess.criteriaHint')}
          </p>
          <ErrorText id={`${formId}-criteria-error`} error={errors.fields.criteria} />
          {criteria.map((c) => (
            <div key={c} class={passed[c] ? 'bo-criterion-field' : 'bo-criterion-field bo-criterion-field-failed'}>
              <Checkbox
                look={boChoice}
                formId={formId}
                name={`passed-${c}`}
                label={t('budget.assess.passedLabel', { criterion: t(`budget.criterion.${c}`) })}
                checked={passed[c]!}
                onChecked={(v) => setPassed((prev) => ({ ...prev, [c]: v }))}
              />
              <TextAreaField
                formId={formId}
                name={`criteria.${c}`}
                label={labels[`criteria.${c}`]!}
                hint={passed[c] ? t('budget.assess.whyOptional') : t('budget.assess.whyNeeded')}
                optional={passed[c]}
                value={why[c]!}
                onValue={(v) => setWhy((prev) => ({ ...prev, [c]: v }))}
                error={errors.fields[`criteria.${c}`]}
                rows={2}
              />
            </div>
          ))}
        </fieldset>
        <TextAreaField
          formId={formId}
          name="justification"
          label={labels.justification!}
          hint={t('budget.assess.justificationHint')}
          value={justification}
          onValue={setJustification}
          error={errors.fields.justification}
          rows={4}
        />
        <Field
          formId={formId}
          name="revisedCost"
          label={labels.revisedCost!}
          hint={t('budget.assess.revisedCostHint', { cost: formatMoney(project.cost, lang) })}
          value={revisedCost}
          onValue={setRevisedCost}
          error={errors.fields.revisedCost}
          optional
          inputMode="decimal"
          autocomplete="off"
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {t('budget.assess.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}

function QuestionForm({
  slug,
  year,
  projectId,
  onDone,
}: {
  slug: string
  year: string
  projectId: string
  onDone: (message: string) => void
}) {
  const t = useT()
  const lang = useLang()
  const formId = useFormId('pytanie')
  const [text, setText] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (text.trim().length < 5) {
      setError(t('budget.question.required'))
      document.getElementById(`${formId}-text`)?.focus()
      return
    }
    setBusy(true)
    try {
      const r = await api<{ deadline: string }>(`${staffBase(slug, year)}/projects/${enc(projectId)}/questions`, {
        method: 'POST',
        body: { text: text.trim() },
      })
      setText('')
      setError(undefined)
      onDone(t('budget.question.sent', { deadline: formatDeadline(r.deadline, lang) }))
    } catch (e) {
      const found = errorsFromApi(e, t)
      setError(found.fields.text ?? found.general ?? undefined)
      document.getElementById(`${formId}-text`)?.focus()
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'}>
      <TextAreaField
        formId={formId}
        name="text"
        label={t('budget.question.label')}
        hint={t('budget.question.hint')}
        value={text}
        onValue={setText}
        error={error}
        rows={3}
      />
      <div class="actions">
        <button type="submit" class="button button-secondary" disabled={busy}>
          {t('budget.question.submit')}
        </button>
      </div>
    </form>
  )
}

function PaperForm({
  slug,
  year,
  project,
  onDone,
}: {
  slug: string
  year: string
  project: StaffProject
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId('podpisy')
  const [count, setCount] = useState(
    project.paperSupportersVerified == null ? '' : String(project.paperSupportersVerified),
  )
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const n = count.trim()
    if (!/^\d+$/.test(n)) {
      setError(t('budget.edition.form.countInvalid'))
      document.getElementById(`${formId}-count`)?.focus()
      return
    }
    setBusy(true)
    try {
      await api(`${staffBase(slug, year)}/projects/${enc(project.id)}/paper-supporters`, {
        method: 'POST',
        body: { count: Number(n) },
      })
      setError(undefined)
      onDone(t('budget.paper.saved', { count: Number(n) }))
    } catch (e) {
      const found = errorsFromApi(e, t)
      setError(found.fields.count ?? found.general ?? undefined)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'} class="form-inline">
      <Field
        formId={formId}
        name="count"
        label={t('budget.paper.label')}
        hint={t('budget.paper.hintDeclared', { declared: project.paperSupporters })}
        value={count}
        onValue={setCount}
        error={error}
        inputMode="numeric"
        autocomplete="off"
        class="bo-amount"
      />
      <div class="actions">
        <button type="submit" class="button button-secondary" disabled={busy}>
          {t('budget.paper.submit')}
        </button>
      </div>
    </form>
  )
}

/**
 * The scanned paper support lists, for the staff who check the signatures: each a download from the staff route
 * (the public project page leaves them out, since they hold residents' names and addresses).
 */
function SupportScans({
  slug,
  year,
  projectId,
  scans,
}: {
  slug: string
  year: string
  projectId: string
  scans: AuthorProject['attachments']
}) {
  const t = useT()
  const lang = useLang()
  return (
    <section aria-labelledby="bo-scans-heading">
      <h2 id="bo-scans-heading">{t('panelwork.scans.heading')}</h2>
      {scans.length === 0 ? (
        <p class="muted">{t('panelwork.scans.none')}</p>
      ) : (
        <>
          <p>{t('panelwork.scans.intro')}</p>
          <ul class="bo-files">
            {scans.map((a) => (
              <li key={a.id}>
                <a
                  href={apiHref(`${staffBase(slug, year)}/projects/${enc(projectId)}/support-lists/${enc(a.id)}`)}
                  download
                >
                  {a.name}
                </a>{' '}
                <span class="muted small">({formatBytes(a.size, lang)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

function StaffProjectView({
  slug,
  year,
  id,
  ctx,
}: {
  slug: string
  year: string
  id: string
  ctx: TenantPanelContext
}) {
  const t = useT()
  const data = useResource<{ project: StaffProject }>(`${staffBase(slug, year)}/projects/${enc(id)}`)
  const edition = useResource<Edition>(boBase(slug, year))
  const [notice, setNotice] = useState<string | null>(null)
  const p = data.data?.project
  const assigned = p && (organiser(ctx.role) || p.verifierId === ctx.user.id)
  const inAssessment = p && isInAssessment(p.status)
  const submissionEndsAt =
    edition.data?.currentPhase === 'submission'
      ? (edition.data.phases.find((w) => w.phase === 'submission')?.endsAt ?? null)
      : null
  const done = (message: string) => {
    setNotice(message)
    data.reload()
  }
  return (
    <>
      <PageHeading title={p ? `${p.title} — ${t('budget.panel.title')}` : t('state.loading')}>
        {p ? p.title : t('state.loading')}
      </PageHeading>
      <DataRegion busy={data.status === 'loading'}>
        {data.status === 'loading' && !p ? <Loading /> : null}
        {data.status === 'error' ? <ErrorState error={data.error} onRetry={data.reload} /> : null}
        {p ? (
          <>
            <p class="bo-project-head">
              {p.number != null ? (
                <span class="bo-number">{t('budget.project.number', { number: p.number })}</span>
              ) : null}
              <StatusBadge status={p.status} />
              <a href={boPaths.project(slug, year, p.id)}>{t('budget.panel.publicProject')}</a>
            </p>
            <Notice message={notice} />
            <h2>{t('budget.panel.authorHeading')}</h2>
            <dl class="facts">
              <dt>{t('budget.form.authorName')}</dt>
              <dd>{p.authorName}</dd>
              <dt>{t('budget.form.authorEmail')}</dt>
              <dd>
                <a href={`mailto:${p.authorEmail}`}>
                  <Email value={p.authorEmail} />
                </a>
              </dd>
              <dt>{t('budget.people.coauthorsHeading')}</dt>
              <dd>
                {p.coauthors.length === 0
                  ? t('budget.people.noCoauthors')
                  : p.coauthors
                      .map(
                        (c) =>
                          `${c.name} (${c.email}, ${c.confirmed ? t('budget.people.confirmed') : t('budget.people.pending')})`,
                      )
                      .join('; ')}
              </dd>
              <dt>{t('budget.panel.verifier')}</dt>
              <dd>
                {p.verifierId
                  ? p.verifierId === ctx.user.id
                    ? t('budget.panel.verifierYou')
                    : t('budget.panel.verifierOther')
                  : t('budget.panel.noVerifier')}
              </dd>
            </dl>

            {inAssessment && !p.verifierId ? (
              <div class="notice-info">
                <p>{t('panelwork.project.nobodyAssigned')}</p>
                {organiser(ctx.role) ? (
                  <p>
                    {t('panelwork.project.nobodyAssignedOrganiser')}{' '}
                    <a href={`${boPaths.panelEdition(slug, year)}?${FILTER_PARAMS.verifier}=${NO_VERIFIER}`}>
                      {t('panelwork.project.assignLink')}
                    </a>
                  </p>
                ) : (
                  <p>{t('panelwork.project.nobodyAssignedVerifier')}</p>
                )}
              </div>
            ) : null}
            {inAssessment && assigned ? (
              <AssessmentForm
                key={p.status}
                slug={slug}
                year={year}
                project={p}
                submissionEndsAt={submissionEndsAt}
                onDone={done}
              />
            ) : null}
            {inAssessment && !assigned && p.verifierId ? (
              <p class="notice-info">{t('budget.panel.notAssigned')}</p>
            ) : null}

            <h2>{t('budget.project.factsHeading')}</h2>
            <ProjectFacts project={p} edition={edition.data} />
            <p>
              {p.paperSupportersVerified == null
                ? t('budget.panel.supportersUnverified', { online: p.onlineSupporters, declared: p.paperSupporters })
                : t('budget.panel.supportersVerified', {
                    online: p.onlineSupporters,
                    declared: p.paperSupporters,
                    verified: p.paperSupportersVerified,
                  })}
            </p>
            <h2>{t('budget.project.descriptionHeading')}</h2>
            <p class="lead">{p.summary}</p>
            <Paragraphs text={p.description} />
            <h2>{t('budget.project.costHeading')}</h2>
            <CostTable
              items={p.costItems}
              captionId="bo-staff-cost"
              caption={t('budget.project.costCaption', { title: p.title })}
            />
            <h2>{t('budget.project.attachmentsHeading')}</h2>
            <AttachmentList
              slug={slug}
              year={year}
              projectId={p.id}
              attachments={p.attachments.filter((a) => a.kind !== 'support-list')}
            />
            <SupportScans
              slug={slug}
              year={year}
              projectId={p.id}
              scans={p.attachments.filter((a) => a.kind === 'support-list')}
            />

            <h2>{t('budget.project.assessmentHeading')}</h2>
            <AssessmentList assessments={p.assessments} />

            <h2>{t('budget.panel.questionsHeading')}</h2>
            {p.questions.length === 0 ? <p class="muted">{t('budget.author.noQuestions')}</p> : null}
            <ol class="bo-history">
              {p.questions.map((q) => (
                <li key={q.id}>
                  <p>
                    {q.text}{' '}
                    <span class="muted small">
                      ({t('budget.author.answerBy')} <When value={q.deadline} deadline />)
                    </span>
                  </p>
                  <p>
                    <strong>{t('budget.panel.answer')}</strong> {q.answer ?? t('budget.panel.noAnswer')}
                  </p>
                </li>
              ))}
            </ol>
            {inAssessment && assigned ? <QuestionForm slug={slug} year={year} projectId={p.id} onDone={done} /> : null}

            {assigned && p.status === 'submitted' ? (
              <>
                <h2>{t('budget.paper.heading')}</h2>
                <PaperForm key={p.paperSupportersVerified} slug={slug} year={year} project={p} onDone={done} />
              </>
            ) : null}

            <h2>{t('budget.project.appealsHeading')}</h2>
            {p.appeals.length === 0 ? (
              <p class="muted">{t('budget.project.noAppeals')}</p>
            ) : (
              <p>
                <a href={boPaths.panelAppeals(slug, year)}>{t('budget.panel.appealsLink', { year })}</a>
              </p>
            )}

            <ProjectConflicts slug={slug} year={year} projectId={p.id} />

            <h2>{t('budget.project.historyHeading')}</h2>
            <HistoryList history={p.history} />
          </>
        ) : null}
      </DataRegion>
    </>
  )
}

/** `/panel/{slug}/bo/{year}/projekty/{id}`: the project with the author's contact, assessment, questions and paper support. */
export function BudgetPanelProject({ slug, year, id }: { slug: string; year: string; id: string }) {
  return (
    <BudgetPanelFrame slug={slug} year={year}>
      {(ctx) => <StaffProjectView slug={slug} year={year} id={id} ctx={ctx} />}
    </BudgetPanelFrame>
  )
}

function DecisionForm({
  slug,
  year,
  appeal,
  onDone,
}: {
  slug: string
  year: string
  appeal: StaffAppeal
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rozstrzygniecie-${appeal.id}`)
  const [decision, setDecision] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const labels = { accepted: t('budget.appeal.decisionLegend'), reason: t('budget.appeal.reason') }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const fields: Record<string, string> = {}
    if (!decision) fields.accepted = t('budget.appeal.chooseDecision')
    if (reason.trim().length < 10) fields.reason = t('budget.appeal.reasonRequired')
    if (Object.keys(fields).length) {
      setErrors({ general: null, fields })
      setVersion((v) => v + 1)
      return
    }
    setBusy(true)
    try {
      await api(`${staffBase(slug, year)}/appeals/${enc(appeal.id)}/decision`, {
        method: 'POST',
        body: { accepted: decision === 'accept', reason: reason.trim() },
      })
      onDone(
        t(decision === 'accept' ? 'budget.appeal.savedAccepted' : 'budget.appeal.savedRejected', {
          title: appeal.project.title,
        }),
      )
    } catch (error) {
      setErrors(errorsFromApi(error, t))
      setVersion((v) => v + 1)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form
        onSubmit={onSubmit}
        noValidate
        aria-busy={busy ? 'true' : 'false'}
        aria-label={t('budget.appeal.formLabel', { title: appeal.project.title })}
      >
        <RadioGroup
          look={boChoice}
          formId={formId}
          name="accepted"
          legend={labels.accepted}
          value={decision}
          onValue={setDecision}
          error={errors.fields.accepted}
          options={[
            { value: 'accept', label: t('budget.appeal.accept') },
            { value: 'reject', label: t('budget.appeal.reject') },
          ]}
        />
        <TextAreaField
          formId={formId}
          name="reason"
          label={labels.reason}
          hint={t('budget.appeal.reasonHint')}
          value={reason}
          onValue={setReason}
          error={errors.fields.reason}
          rows={4}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {t('budget.appeal.submit')}
          </button>
        </div>
      </form>
    </>
  )
}

function Appeals({ slug, year, ctx }: { slug: string; year: string; ctx: TenantPanelContext }) {
  const t = useT()
  const data = useResource<{ items: StaffAppeal[] }>(`${staffBase(slug, year)}/appeals`)
  const [notice, setNotice] = useState<string | null>(null)
  const items = data.data?.items ?? []
  return (
    <>
      <PageHeading title={t('budget.appeal.titleFor', { year, name: ctx.tenantName })}>
        {t('budget.appeal.title', { year })}
      </PageHeading>
      <Notice message={notice} />
      <DataRegion busy={data.status === 'loading'}>
        {data.status === 'loading' && !data.data ? <Loading /> : null}
        {data.status === 'error' ? <ErrorState error={data.error} onRetry={data.reload} /> : null}
        {data.data && items.length === 0 ? <Empty title={t('budget.appeal.empty')} /> : null}
        {items.map((a) => (
          <article key={a.id} class="card bo-appeal" aria-labelledby={`appeal-${a.id}`}>
            <h2 id={`appeal-${a.id}`} class="bo-appeal-title">
              <a href={boPaths.panelProject(slug, year, a.project.id)}>
                {a.project.number != null ? `${t('budget.project.numberShort', { number: a.project.number })} ` : ''}
                {a.project.title}
              </a>
            </h2>
            <p class="muted small">
              {t('budget.author.appealFiled')} <When value={a.filedAt} />
            </p>
            <p class="bo-text">{a.text}</p>
            {a.decision ? (
              <p>
                <strong>{t(a.decision === 'accepted' ? 'budget.appeal.accepted' : 'budget.appeal.rejected')}</strong>
                {a.reason ? ` — ${a.reason}` : ''}{' '}
                {a.decidedAt ? (
                  <span class="muted small">
                    (<When value={a.decidedAt} />)
                  </span>
                ) : null}
              </p>
            ) : organiser(ctx.role) ? (
              <DecisionForm
                slug={slug}
                year={year}
                appeal={a}
                onDone={(message) => {
                  setNotice(message)
                  data.reload()
                }}
              />
            ) : (
              <p>
                <strong>{t('budget.appeal.pending')}</strong>
              </p>
            )}
          </article>
        ))}
      </DataRegion>
    </>
  )
}

/** `/panel/{slug}/bo/{year}/odwolania`: appeals with the decision form for coordinators. */
export function BudgetPanelAppeals({ slug, year }: { slug: string; year: string }) {
  return (
    <BudgetPanelFrame slug={slug} year={year}>
      {(ctx) => <Appeals slug={slug} year={year} ctx={ctx} />}
    </BudgetPanelFrame>
  )
}
