import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { errorsFromApi, Notice, useFormId } from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { ApiError, api } from '../../core/lib/api'
import { formatTime } from '../../core/lib/time'
import { boBase } from '../api'
import { setAuthorKey, setCurrentDraft } from '../keys'
import { boPaths } from '../paths'
import type { AuthorProject, AuthorResponse, Edition, Missing } from '../types'
import { AttachmentsStep } from './AttachmentsStep'
import { AuthorStep } from './AuthorStep'
import { STEP_COUNT, STEP_KEYS, type Draft, type StepContext } from './context'
import { CostStep } from './CostStep'
import {
  buildPatch,
  emptyValues,
  mapRowErrors,
  topField,
  valuesFromProject,
  type DraftField,
  type DraftValues,
} from './draft'
import { LocationStep } from './LocationStep'
import { PeopleStep } from './PeopleStep'
import { ProjectStep } from './ProjectStep'
import { ReviewStep } from './ReviewStep'

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string | null }

/**
 * The guided, multi-step submission form: this shell holds the draft, the autosave, the step navigation and the
 * focus; each step's fields are in a file of their own (AuthorStep … ReviewStep), given a `StepContext`. Step 1
 * creates the draft (the API e-mails the author's link); from then on every change is saved on its own (debounced
 * PATCH) and the saved time is announced in a polite live region. The server's list of what is still missing drives
 * the last step; its entries link to the fields.
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
  const [step, setStep] = useState(initial ? 2 : 1)
  const [draft, setDraft] = useState<Draft | null>(initial?.draft ?? null)
  const [values, setValues] = useState<DraftValues>(() =>
    initial ? valuesFromProject(initial.response.project, rules.formFields) : emptyValues(rules.formFields),
  )
  const [project, setProject] = useState<AuthorProject | null>(initial?.response.project ?? null)
  const [missing, setMissing] = useState<Missing[]>(initial?.response.missing ?? [])
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })
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

  /** Step 1 created the draft: remember the author's key, then go on to the project itself. */
  const created = (response: { token: string; project: AuthorProject }) => {
    setAuthorKey(response.project.id, response.token)
    setCurrentDraft(slug, year, response.project.id)
    setDraft({ id: response.project.id, token: response.token })
    draftRef.current = { id: response.project.id, token: response.token }
    setProject(response.project)
    setNotice(t('budget.form.created', { email: response.project.authorEmail }))
    setSave({ kind: 'saved', at: new Date() })
    goTo(2)
    void refresh()
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

  const ctx: StepContext = {
    slug,
    year,
    edition,
    formId,
    values,
    current: () => valuesRef.current,
    errors: fieldErrors,
    setErrors: setFieldErrors,
    change,
    project,
    stepTitle,
    next,
    back,
    nav,
  }

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
        <AuthorStep ctx={ctx} draft={draft} tenantName={tenantName} onCreated={created} onStartOver={onStartOver} />
      ) : null}
      {step === 2 ? <ProjectStep ctx={ctx} /> : null}
      {step === 3 ? <LocationStep ctx={ctx} /> : null}
      {step === 4 ? <CostStep ctx={ctx} /> : null}

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
        <ReviewStep
          ctx={ctx}
          missing={missing}
          busy={busy}
          error={submitError}
          onSubmit={submit}
          onRefresh={() => void refresh()}
          goTo={goTo}
        />
      ) : null}
    </div>
  )
}
