import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { Rich } from '../components/Rich'
import {
  ErrorSummary,
  errorsFromApi,
  Field,
  Notice,
  SelectField,
  useFormId,
  type FormErrors,
  noErrors,
} from '../components/ui'
import { useLang, useT } from '../i18n'
import { ApiError, api } from '../lib/api'
import { checkEmail } from '../lib/form'
import { formatTime } from '../lib/time'
import { boBase } from './api'
import {
  buildPatch,
  costTotal,
  emptyValues,
  mapRowErrors,
  newRow,
  stepOf,
  topField,
  valuesFromProject,
  type DraftField,
  type DraftValues,
} from './draft'
import { setAuthorKey, setCurrentDraft } from './keys'
import { formatMoney } from './money'
import { boPaths } from './paths'
import type { AuthorProject, AuthorResponse, Edition, Missing } from './types'
import { CheckboxField, GroupError, Money, TextAreaField, When } from './ui'
import { LocationPicker } from './LocationPicker'
import { AttachmentsStep, PeopleStep } from './WizardFiles'
import { CostRows } from './CostRows'
import { ExtraFields } from './ExtraFields'

export const STEP_COUNT = 7
const STEP_KEYS = ['author', 'project', 'location', 'cost', 'attachments', 'people', 'review'] as const

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string | null }

export interface Draft {
  id: string
  token: string
}

/**
 * The guided, multi-step submission form. Step 1 creates the draft (the API e-mails the author's link); from then on
 * every change is saved on its own (debounced PATCH) and the saved time is announced in a polite live region. The
 * server's list of what is still missing drives the last step; its entries link to the fields.
 */
export function SubmissionWizard({
  slug,
  year,
  edition,
  tenantName,
  initial,
  onStartOver,
}: {
  slug: string
  year: string
  edition: Edition
  tenantName: string
  initial?: { draft: Draft; response: AuthorResponse }
  onStartOver?: () => void
}) {
  const t = useT()
  const lang = useLang()
  const formId = useFormId('projekt')
  const rules = edition.rules.submission
  const submissionEnd = edition.phases.find((p) => p.phase === 'submission')?.endsAt ?? null
  const [step, setStep] = useState(initial ? 2 : 1)
  const [draft, setDraft] = useState<Draft | null>(initial?.draft ?? null)
  const [values, setValues] = useState<DraftValues>(() =>
    initial ? valuesFromProject(initial.response.project, rules.formFields) : emptyValues(rules.formFields),
  )
  const [project, setProject] = useState<AuthorProject | null>(initial?.response.project ?? null)
  const [missing, setMissing] = useState<Missing[]>(initial?.response.missing ?? [])
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })
  const [createErrors, setCreateErrors] = useState<FormErrors>(noErrors)
  const [createVersion, setCreateVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(initial ? t('budget.form.resumed') : null)
  const [submitted, setSubmitted] = useState<AuthorProject | null>(null)
  const [submitError, setSubmitError] = useState<string | null>(null)

  const headingRef = useRef<HTMLHeadingElement>(null)
  const focusTarget = useRef<string | null>(null)
  const stepChanged = useRef(false)
  const valuesRef = useRef(values)
  valuesRef.current = values
  const draftRef = useRef(draft)
  draftRef.current = draft
  const dirty = useRef(new Set<DraftField>())
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const queue = useRef<Promise<unknown>>(Promise.resolve())

  const base = boBase(slug, year)
  const pool = edition.pools.find((p) => p.id === values.poolId) ?? null

  // After a step change, focus goes to the new step's heading (or to the field a "missing" link points at).
  useLayoutEffect(() => {
    if (!stepChanged.current) return
    stepChanged.current = false
    const target = focusTarget.current ? document.getElementById(focusTarget.current) : null
    focusTarget.current = null
    if (target) {
      target.focus()
      target.scrollIntoView({ block: 'center' })
    } else headingRef.current?.focus()
  })

  // Leaving the page (closing the tab, switching away) must not lose the last keystrokes still waiting for the
  // debounced save: send them at once, with `keepalive` so the request outlives the page.
  useEffect(() => {
    const sendNow = () => {
      const current = draftRef.current
      if (!current || dirty.current.size === 0) return
      const patch = buildPatch(valuesRef.current, [...dirty.current], t)
      if (patch.sent.length === 0) return
      void api(`${base}/projects/${encodeURIComponent(current.id)}`, {
        method: 'PATCH',
        body: patch.body,
        token: current.token,
        keepalive: true,
      }).catch(() => undefined)
    }
    const onVisibility = () => document.visibilityState === 'hidden' && sendNow()
    window.addEventListener('pagehide', sendNow)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      clearTimeout(timer.current)
      window.removeEventListener('pagehide', sendNow)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [base, t])

  const goTo = (next: number, focusId?: string) => {
    // The "draft saved / resumed" message belongs to the start; later steps have their own.
    if (next > 2) setNotice(null)
    focusTarget.current = focusId ?? null
    stepChanged.current = true
    setStep(next)
    if (focusId && next === step) {
      // Same step: no re-render needed to find the field.
      stepChanged.current = false
      focusTarget.current = null
      const el = document.getElementById(focusId)
      el?.focus()
      el?.scrollIntoView({ block: 'center' })
    }
  }

  /** Saves the changed fields now; resolves to whether everything changed is saved. */
  const flush = (): Promise<boolean> => {
    clearTimeout(timer.current)
    const run = queue.current.then(() => saveDirty())
    queue.current = run.catch(() => undefined)
    return run
  }

  const saveDirty = async (): Promise<boolean> => {
    const current = draftRef.current
    if (!current || dirty.current.size === 0) return true
    const fields = [...dirty.current]
    const patch = buildPatch(valuesRef.current, fields, t)
    const clearFor = (prev: Record<string, string>, names: string[]) =>
      Object.fromEntries(Object.entries(prev).filter(([key]) => !names.includes(topField(key))))
    setFieldErrors((prev) => ({ ...clearFor(prev, fields), ...patch.errors }))
    if (patch.sent.length === 0) {
      setSave({ kind: 'error', message: t('budget.autosave.fixFields') })
      return false
    }
    for (const f of patch.sent) dirty.current.delete(f)
    setSave({ kind: 'saving' })
    let body = patch.body
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const response = await api<AuthorResponse>(`${base}/projects/${encodeURIComponent(current.id)}`, {
          method: 'PATCH',
          body,
          token: current.token,
        })
        setProject(response.project)
        setMissing(response.missing)
        const clientProblems = Object.keys(patch.errors).length > 0
        setSave(
          clientProblems
            ? { kind: 'error', message: t('budget.autosave.fixFields') }
            : { kind: 'saved', at: new Date() },
        )
        return !clientProblems && attempt === 0
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError(0, {})
        const found = errorsFromApi(apiError, t)
        const rejected = new Set(Object.keys(found.fields).map(topField))
        if (apiError.status === 400 && rejected.size > 0) {
          for (const f of rejected) if ((patch.sent as string[]).includes(f)) dirty.current.add(f as DraftField)
          setFieldErrors((prev) => ({ ...prev, ...mapRowErrors(found.fields, patch.rowOfItem) }))
          // Save what the server did accept.
          const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !rejected.has(key)))
          if (attempt === 0 && Object.keys(rest).length > 0 && Object.keys(rest).length < Object.keys(body).length) {
            body = rest
            continue
          }
          setSave({ kind: 'error', message: t('budget.autosave.fixFields') })
          return false
        }
        for (const f of patch.sent) dirty.current.add(f)
        setSave({ kind: 'error', message: found.general })
        return false
      }
    }
    return false
  }

  /** Updates the form and, once a draft exists, schedules an autosave. */
  const change = (patch: Partial<DraftValues>, fields: DraftField[]) => {
    const next = { ...valuesRef.current, ...patch }
    valuesRef.current = next
    setValues(next)
    if (!draftRef.current) return
    for (const f of fields) dirty.current.add(f)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), 800)
  }

  const text = (name: 'title' | 'summary' | 'description' | 'beneficiaries' | 'address' | 'lat' | 'lng') => ({
    formId,
    name,
    value: values[name],
    error: fieldErrors[name],
    onValue: (value: string) => change({ [name]: value } as Partial<DraftValues>, [name]),
  })

  const refresh = async () => {
    const current = draftRef.current
    if (!current) return
    await flush()
    try {
      const response = await api<AuthorResponse>(`${base}/projects/${encodeURIComponent(current.id)}/author`, {
        token: current.token,
      })
      setProject(response.project)
      setMissing(response.missing)
    } catch (error) {
      setSave({ kind: 'error', message: errorsFromApi(error, t).general })
    }
  }

  const next = async (event?: Event) => {
    event?.preventDefault()
    await flush()
    if (step + 1 === STEP_COUNT) void refresh()
    goTo(Math.min(STEP_COUNT, step + 1))
  }

  const back = async () => {
    await flush()
    goTo(Math.max(1, step - 1))
  }

  const create = async (event: Event) => {
    event.preventDefault()
    const v = valuesRef.current
    const errors: Record<string, string> = {}
    if (v.authorName.trim().split(/\s+/).filter(Boolean).length < 2) errors.authorName = t('budget.form.nameTwoWords')
    const email = checkEmail(v.authorEmail, t)
    if (email) errors.authorEmail = email
    if (!v.residenceDeclared) errors.residenceDeclared = t('budget.form.residenceRequired', { name: tenantName })
    if (rules.minAge != null && !v.ageConfirmed)
      errors.ageConfirmed = t('budget.form.ageRequired', { age: rules.minAge })
    if (Object.keys(errors).length) {
      setCreateErrors({ general: null, fields: errors })
      setCreateVersion((n) => n + 1)
      return
    }
    setBusy(true)
    try {
      const patch = buildPatch(
        v,
        ['title', 'summary', 'description', 'poolId', 'category', 'beneficiaries', 'address', 'costItems', 'extra'],
        t,
      )
      const response = await api<{ token: string; project: AuthorProject }>(`${base}/projects`, {
        method: 'POST',
        body: {
          authorName: v.authorName.trim(),
          authorEmail: v.authorEmail.trim(),
          residenceDeclared: true,
          ...(rules.minAge != null ? { ageConfirmed: v.ageConfirmed } : {}),
          ...patch.body,
        },
      })
      setAuthorKey(response.project.id, response.token)
      setCurrentDraft(slug, year, response.project.id)
      setDraft({ id: response.project.id, token: response.token })
      draftRef.current = { id: response.project.id, token: response.token }
      setProject(response.project)
      setCreateErrors(noErrors)
      setNotice(t('budget.form.created', { email: response.project.authorEmail }))
      setSave({ kind: 'saved', at: new Date() })
      goTo(2)
      void refresh()
    } catch (error) {
      setCreateErrors(errorsFromApi(error, t))
      setCreateVersion((n) => n + 1)
    } finally {
      setBusy(false)
    }
  }

  const submit = async (event: Event) => {
    event.preventDefault()
    const current = draftRef.current
    if (!current) return
    setBusy(true)
    setSubmitError(null)
    try {
      if (!(await flush())) {
        setSubmitError(t('budget.autosave.fixFields'))
        return
      }
      const response = await api<{ project: AuthorProject }>(
        `${base}/projects/${encodeURIComponent(current.id)}/submit`,
        { method: 'POST', token: current.token },
      )
      setCurrentDraft(slug, year, null)
      setSubmitted(response.project)
      stepChanged.current = true
    } catch (error) {
      const found = errorsFromApi(error, t)
      setSubmitError(found.general)
      if (Object.keys(found.fields).length) {
        setFieldErrors((prev) => ({ ...prev, ...found.fields }))
        setMissing(Object.entries(found.fields).map(([field, detail]) => ({ field, detail })))
      }
    } finally {
      setBusy(false)
    }
  }

  /** Where a "missing" entry should take the author. */
  const focusIdFor = (field: string): string => {
    const top = topField(field)
    if (top === 'costItems') return values.costRows.length ? `${formId}-costItems.0.name` : `${formId}-costItems-add`
    if (top === 'supporters') return `${formId}-supporters`
    if (top === 'coauthors') return `${formId}-coauthors`
    if (top === 'attachments') return `${formId}-paperFile`
    return `${formId}-${field}`
  }

  if (submitted) {
    return (
      <section class="bo-done" aria-labelledby={`${formId}-done`}>
        <h2 id={`${formId}-done`} ref={headingRef} tabIndex={-1}>
          {t('budget.form.doneHeading', { number: submitted.number ?? '' })}
        </h2>
        <div class="notice" role="status">
          <p>{t('budget.form.doneBody', { title: submitted.title, email: submitted.authorEmail })}</p>
        </div>
        <p>
          <a class="link-strong" href={boPaths.project(slug, year, submitted.id)}>
            {t('budget.form.doneLink')}
          </a>
        </p>
      </section>
    )
  }

  const stepTitle = (n: number) => t(`budget.step.${STEP_KEYS[n - 1]}`)
  const total = costTotal(values.costRows)
  const saveText =
    save.kind === 'saving'
      ? t('budget.autosave.saving')
      : save.kind === 'saved'
        ? t('budget.autosave.saved', { time: formatTime(save.at, lang) })
        : save.kind === 'error'
          ? t('budget.autosave.failed', { reason: save.message ?? t('error.generic') })
          : draft
            ? t('budget.autosave.on')
            : t('budget.autosave.off')

  const nav = (
    <div class="actions bo-step-actions">
      {step > 1 ? (
        <button type="button" class="button button-secondary" onClick={back}>
          {t('budget.form.back')}
        </button>
      ) : null}
      {step < STEP_COUNT ? (
        <button type="submit" class="button">
          {t('budget.form.next', { step: stepTitle(step + 1) })}
        </button>
      ) : null}
    </div>
  )

  return (
    <div class="bo-wizard">
      <nav class="bo-steps-nav" aria-label={t('budget.form.stepsLabel')}>
        <ol class="bo-steps">
          {STEP_KEYS.map((key, index) => {
            const n = index + 1
            // On a phone only the numbers show (the heading below names the step); the titles stay for screen readers.
            const label = (
              <>
                <span class="bo-step-n">{n}.</span>
                <span class="bo-step-title"> {stepTitle(n)}</span>
              </>
            )
            return (
              <li key={key} class={n === step ? 'bo-step bo-step-current' : 'bo-step'}>
                {draft ? (
                  <button
                    type="button"
                    class="bo-step-button"
                    aria-current={n === step ? 'step' : undefined}
                    onClick={async () => {
                      await flush()
                      if (n === STEP_COUNT) void refresh()
                      goTo(n)
                    }}
                  >
                    {label}
                  </button>
                ) : (
                  <span class="bo-step-label" aria-current={n === step ? 'step' : undefined}>
                    {label}
                    {n > 1 ? <span class="visually-hidden"> {t('budget.form.stepLocked')}</span> : null}
                  </span>
                )}
              </li>
            )
          })}
        </ol>
      </nav>

      <p class={`bo-autosave bo-autosave-${save.kind}`} role="status" aria-live="polite">
        {saveText}
      </p>
      <Notice message={notice} />

      <h2 ref={headingRef} tabIndex={-1} class="bo-step-heading">
        {t('budget.form.stepHeading', { n: step, count: STEP_COUNT, title: stepTitle(step) })}
      </h2>

      {step === 1 ? (
        draft ? (
          <form onSubmit={next} noValidate>
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
            {nav}
          </form>
        ) : (
          <>
            <p>{t('budget.form.authorIntro')}</p>
            <ErrorSummary
              errors={createErrors}
              formId={formId}
              version={createVersion}
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
                error={createErrors.fields.authorName}
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
                error={createErrors.fields.authorEmail}
                onValue={(v) => change({ authorEmail: v }, [])}
                autocomplete="email"
                spellcheck={false}
              />
              <CheckboxField
                formId={formId}
                name="residenceDeclared"
                label={t('budget.form.residence', { name: tenantName })}
                hint={t('budget.form.residenceHint')}
                checked={values.residenceDeclared}
                error={createErrors.fields.residenceDeclared}
                onChecked={(v) => change({ residenceDeclared: v }, [])}
                required
              />
              {rules.minAge != null ? (
                <CheckboxField
                  formId={formId}
                  name="ageConfirmed"
                  label={t('budget.form.age', { age: rules.minAge })}
                  checked={values.ageConfirmed}
                  error={createErrors.fields.ageConfirmed}
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
      ) : null}

      {step === 2 ? (
        <form onSubmit={next} noValidate>
          <Field {...text('title')} label={t('budget.form.title')} hint={t('budget.form.titleHint')} maxLength={200} />
          <TextAreaField
            {...text('summary')}
            label={t('budget.form.summary')}
            hint={t('budget.form.summaryHint')}
            maxLength={600}
            rows={3}
          />
          <TextAreaField
            {...text('description')}
            label={t('budget.form.description')}
            hint={t('budget.form.descriptionHint')}
            rows={8}
          />
          <SelectField
            formId={formId}
            name="poolId"
            label={t('budget.form.pool')}
            hint={t('budget.form.poolHint')}
            value={values.poolId}
            error={fieldErrors.poolId}
            onValue={(v) => change({ poolId: v }, ['poolId'])}
            options={[
              { value: '', label: t('budget.form.choose') },
              ...edition.pools.map((p) => ({
                value: p.id,
                label: t('budget.form.poolOption', { name: p.name, max: formatMoney(p.maxProjectCost, lang) }),
              })),
            ]}
          />
          {rules.categories.length > 0 ? (
            <SelectField
              formId={formId}
              name="category"
              label={t('budget.form.category')}
              value={values.category}
              error={fieldErrors.category}
              onValue={(v) => change({ category: v }, ['category'])}
              options={[
                { value: '', label: t('budget.form.choose') },
                ...rules.categories.map((c) => ({ value: c, label: c })),
              ]}
            />
          ) : null}
          <TextAreaField
            {...text('beneficiaries')}
            label={t('budget.form.beneficiaries')}
            hint={t('budget.form.beneficiariesHint')}
            rows={3}
          />
          <ExtraFields
            formId={formId}
            fields={rules.formFields}
            values={values.extra}
            errors={fieldErrors}
            onValue={(key, v) => change({ extra: { ...valuesRef.current.extra, [key]: v } }, ['extra'])}
          />
          {nav}
        </form>
      ) : null}

      {step === 3 ? (
        <form onSubmit={next} noValidate>
          <p>{t('budget.form.locationIntro')}</p>
          <TextAreaField
            {...text('address')}
            label={t('budget.form.address')}
            hint={t('budget.form.addressHint')}
            rows={2}
          />
          <LocationPicker
            formId={formId}
            slug={slug}
            year={year}
            lat={values.lat}
            lng={values.lng}
            errors={{ lat: fieldErrors.lat, lng: fieldErrors.lng }}
            saved={project}
            onChange={(patch) => change(patch, Object.keys(patch) as DraftField[])}
          />
          {nav}
        </form>
      ) : null}

      {step === 4 ? (
        <form onSubmit={next} noValidate>
          <p>{t('budget.form.costIntro')}</p>
          <div class="notice-info bo-limits">
            {pool ? (
              <p>
                {t('budget.form.poolLimits', {
                  name: pool.name,
                  min: formatMoney(pool.minProjectCost, lang),
                  max: formatMoney(pool.maxProjectCost, lang),
                })}
              </p>
            ) : (
              <>
                <p>{t('budget.form.noPoolYet')}</p>
                <ul>
                  {edition.pools.map((p) => (
                    <li key={p.id}>
                      {t('budget.form.poolLimits', {
                        name: p.name,
                        min: formatMoney(p.minProjectCost, lang),
                        max: formatMoney(p.maxProjectCost, lang),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <GroupError id={`${formId}-costItems-error`} error={fieldErrors.costItems} />
          <CostRows
            formId={formId}
            rows={values.costRows}
            errors={fieldErrors}
            onRows={(rows, changed) => change({ costRows: rows }, changed ? ['costItems'] : [])}
            onRemoved={() =>
              setFieldErrors((prev) =>
                Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith('costItems.'))),
              )
            }
          />
          <p class="bo-total" aria-live="polite" aria-atomic="true">
            {t('budget.form.costTotal')} <strong>{formatMoney(total, lang)}</strong>
            {pool && total > 0 && (total < pool.minProjectCost || total > pool.maxProjectCost) ? (
              <span class="bo-warning">
                {' '}
                {total < pool.minProjectCost ? t('budget.form.costBelow') : t('budget.form.costAbove')}
              </span>
            ) : null}
          </p>
          {nav}
        </form>
      ) : null}

      {step === 5 && draft && project ? (
        <>
          <AttachmentsStep
            slug={slug}
            year={year}
            draft={draft}
            project={project}
            limits={rules.attachments}
            formId={formId}
            onProject={setProject}
          />
          <form onSubmit={next} noValidate>
            {nav}
          </form>
        </>
      ) : null}

      {step === 6 && draft && project ? (
        <>
          <PeopleStep
            slug={slug}
            year={year}
            draft={draft}
            project={project}
            pool={pool}
            edition={edition}
            formId={formId}
            errors={fieldErrors}
            onProject={setProject}
            onRefresh={refresh}
          />
          <form onSubmit={next} noValidate>
            {nav}
          </form>
        </>
      ) : null}

      {step === 7 && draft ? (
        <form onSubmit={submit} noValidate aria-busy={busy ? 'true' : 'false'}>
          <Review values={values} edition={edition} project={project} total={total} />
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
                      {t('budget.form.missingItem', { step: stepTitle(stepOf(m.field)), detail: m.detail })}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {submitError ? (
            <div class="state state-error" role="alert">
              <p>{submitError}</p>
            </div>
          ) : null}
          <div class="actions">
            <button type="button" class="button button-secondary" onClick={back}>
              {t('budget.form.back')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => void refresh()}>
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
      ) : null}
    </div>
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
