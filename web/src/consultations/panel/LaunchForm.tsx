import type { ComponentChildren } from 'preact'
import { useMemo, useState } from 'preact/hooks'
import { useLang, useT, type Translate } from '../../core/i18n'
import { formatDate } from '../../core/lib/time'
import { api, type ApiError } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import {
  Checkbox,
  ConfirmDialog,
  DateTime,
  describedBy,
  ErrorSummary,
  Field,
  FieldMessages,
  RadioGroup,
  SelectField,
  TextAreaField,
  useFormId,
  type FormErrors,
} from '../../core/ui'
import { AREAS } from '../../../../worker/core/organizations/areas'
import {
  audiences,
  checkLaunch,
  consultationForms,
  isPresetKey,
  presetKeys,
  presets,
  type LaunchCheck,
} from '../../../../worker/consultations/domain/presets'
import { labelOf, presetText } from '../ui'
import { ksStaffApi } from './paths'
import { useServerText } from './serverText'
import type { StaffConsultation } from './types'
import { ksChoice, PresetRules } from './ui'

/** The text fields of the opening act as the form keeps them (dates as `YYYY-MM-DD`, empty when not set). */
const TEXTS = [
  'title',
  'preset',
  'subject',
  'purpose',
  'startDate',
  'endDate',
  'reportDueDate',
  'participants',
  'area',
  'responsibleUnit',
  'resultsForm',
  'legalBasis',
  'councilResolution',
  'orderNumber',
  'orderDate',
  'audience',
  'programmeYear',
] as const
type TextKey = (typeof TEXTS)[number]

interface Values extends Record<TextKey, string> {
  forms: string[]
  publicTaskAreas: string[]
  /** Whether the comments' text is public, and whether answers need a second person's approval. */
  commentsPublic: boolean
  answerReview: string
}

function valuesOf(c: StaffConsultation): Values {
  return {
    title: c.title,
    preset: c.preset,
    subject: c.subject,
    purpose: c.purpose,
    startDate: c.startDate,
    endDate: c.endDate,
    reportDueDate: c.reportDueDate ?? '',
    participants: c.participants,
    area: c.area,
    responsibleUnit: c.responsibleUnit,
    resultsForm: c.resultsForm,
    legalBasis: c.legalBasis,
    councilResolution: c.councilResolution ?? '',
    orderNumber: c.orderNumber ?? '',
    orderDate: c.orderDate ?? '',
    audience: c.audience,
    programmeYear: c.programmeYear ? String(c.programmeYear) : '',
    forms: [...c.forms],
    publicTaskAreas: [...c.publicTaskAreas],
    commentsPublic: c.commentsPublic,
    answerReview: c.answerReview,
  }
}

/** The PATCH body (without `version`): every field of the form, empty optional ones as null. */
function bodyOf(v: Values) {
  const orNull = (s: string) => (s.trim() ? s.trim() : null)
  const year = v.programmeYear.trim()
  return {
    title: v.title.trim(),
    ...(isPresetKey(v.preset) ? { preset: v.preset } : {}),
    subject: v.subject.trim(),
    purpose: v.purpose.trim(),
    startDate: v.startDate,
    endDate: v.endDate,
    reportDueDate: orNull(v.reportDueDate),
    participants: v.participants.trim(),
    area: v.area.trim(),
    forms: v.forms,
    responsibleUnit: v.responsibleUnit.trim(),
    resultsForm: v.resultsForm.trim(),
    legalBasis: v.legalBasis.trim(),
    councilResolution: orNull(v.councilResolution),
    orderNumber: orNull(v.orderNumber),
    orderDate: orNull(v.orderDate),
    ...((audiences as readonly string[]).includes(v.audience) ? { audience: v.audience } : {}),
    publicTaskAreas: v.publicTaskAreas,
    programmeYear: v.preset === 'program_wspolpracy' && /^\d{4}$/.test(year) ? Number(year) : null,
    commentsPublic: v.commentsPublic,
    ...(v.answerReview === 'single' || v.answerReview === 'two_person' ? { answerReview: v.answerReview } : {}),
  }
}

/** `checkLaunch` on what the form holds now, as the server will run it on publishing. */
function previewOf(v: Values): LaunchCheck | null {
  if (!isPresetKey(v.preset)) return null
  const year = /^\d{4}$/.test(v.programmeYear.trim()) ? Number(v.programmeYear.trim()) : null
  return checkLaunch(
    {
      subject: v.subject,
      purpose: v.purpose,
      startDate: v.startDate,
      endDate: v.endDate,
      participants: v.participants,
      area: v.area,
      forms: v.forms,
      responsibleUnit: v.responsibleUnit,
      resultsForm: v.resultsForm,
      reportDueDate: v.reportDueDate || null,
      legalBasis: v.legalBasis,
      audience: v.audience,
      publicTaskAreas: v.publicTaskAreas,
      programmeYear: v.preset === 'program_wspolpracy' ? year : null,
    },
    presets[v.preset],
    new Date(),
    { resolution: v.councilResolution || null },
  )
}

/** A refusal's field errors with `forms.2` and `publicTaskAreas.0` folded onto their groups, where the form shows them. */
export function foldFieldErrors(found: FormErrors): FormErrors {
  const fields: Record<string, string> = {}
  for (const [field, detail] of Object.entries(found.fields)) {
    const key = field.replace(/\.\d+$/, '')
    fields[key] ??= detail
  }
  return { general: found.general, fields }
}

/** A group of checkboxes under one legend, its error above the boxes; the first box carries the group's id. */
function CheckboxGroup({
  formId,
  name,
  legend,
  hint,
  error,
  options,
  chosen,
  onChosen,
}: {
  formId: string
  name: string
  legend: string
  hint?: string
  error?: string
  options: { value: string; label: string; hint?: ComponentChildren }[]
  chosen: string[]
  onChosen: (next: string[]) => void
}) {
  const id = `${formId}-${name}`
  return (
    <fieldset
      class={error ? 'field ks-choices field-invalid' : 'field ks-choices'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend class="ks-legend">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <ul class="ks-options">
        {options.map((option, index) => (
          <li key={option.value}>
            <Checkbox
              formId={formId}
              name={index === 0 ? name : `${name}-${option.value}`}
              label={option.label}
              hint={option.hint}
              checked={chosen.includes(option.value)}
              onChecked={(on) =>
                onChosen(
                  on
                    ? options.map((o) => o.value).filter((v) => v === option.value || chosen.includes(v))
                    : chosen.filter((v) => v !== option.value),
                )
              }
              invalid={!!error}
              look={ksChoice}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/** The advice (warnings) of the preview for one field, next to it: they do not refuse, so they are not errors. */
function Advice({ items, id }: { items: string[]; id: string }) {
  const t = useT()
  if (!items.length) return null
  return (
    <div class="ks-advice" id={id}>
      <p class="ks-advice-title">{t('consultations.panel.form.advice')}</p>
      <ul>
        {items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </div>
  )
}

/** The programme of cooperation's chain of dates, for the dates chosen: latest start, report, RDPP, council. */
function ProgrammeChain({ check }: { check: LaunchCheck }) {
  const t = useT()
  const p = check.programme
  if (!p) return null
  const row = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd>
        <DateTime value={value} kind="date" />
      </dd>
    </>
  )
  return (
    <div class="ks-chain">
      <p class="ks-chain-title">{t('consultations.panel.form.chain', { year: p.programmeYear })}</p>
      <dl>
        {row(t('consultations.panel.form.chainLatestStart'), p.latestStart)}
        {row(t('consultations.panel.form.chainReport'), p.reportDue)}
        {row(t('consultations.panel.form.chainOpinion'), p.opinionDue)}
        {row(t('consultations.panel.form.chainCouncil'), p.councilBy)}
        {row(t('consultations.panel.form.chainAdopt'), p.adoptBy)}
      </dl>
      <p>{p.fits ? t('consultations.panel.form.chainFits') : t('consultations.panel.form.chainMisses')}</p>
    </div>
  )
}

/** The labels of the form's fields, for the error summary's links. */
function labelsOf(t: Translate): Record<string, string> {
  const keys = [...TEXTS, 'forms', 'publicTaskAreas', 'commentsPublic', 'answerReview']
  return Object.fromEntries(keys.map((k) => [k, t(`consultations.panel.field.${k}`)]))
}

/**
 * The opening act of a draft consultation (zarządzenie): the six things it must name, in the statute's order, then the
 * legal basis, audience, areas of public tasks and the order's number. The preset's rules are shown next to the form
 * and `checkLaunch` (the server's own check, run in the browser) tells before publishing what is still missing and
 * what is only advice (a last day off, the programme's chain to 30 November). Saving sends the `version` loaded (a
 * change made meanwhile is a 409 with a button to load it); publishing saves first, then publishes that version: the
 * server's refusals land next to their fields and its advice is shown with the published consultation.
 */
export function LaunchForm({
  slug,
  c,
  onSaved,
  onPublished,
  onReload,
}: {
  slug: string
  c: StaffConsultation
  onSaved: (saved: StaffConsultation) => void
  onPublished: (published: StaffConsultation) => void
  onReload: () => void
}) {
  const t = useT()
  const lang = useLang()
  const server = useServerText()
  const formId = useFormId('ks-akt')
  const initial = useMemo(() => valuesOf(c), [])
  const [values, setValues] = useState<Values>(initial)
  const [saved, setSaved] = useState<{ version: number; body: string }>({
    version: c.version,
    body: JSON.stringify(bodyOf(initial)),
  })
  const [stale, setStale] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const { errors, version, busy, submit } = useSubmit()
  const labels = labelsOf(t)
  const preview = previewOf(values)
  const missing = preview ? foldPreview(preview) : []
  const preset = isPresetKey(values.preset) ? presets[values.preset] : null
  const advice = (field: string) =>
    (preview?.warnings ?? []).filter((w) => w.field === field).map((w) => server(w.detail))

  const set = (name: TextKey) => (value: string) => setValues((prev) => ({ ...prev, [name]: value }))
  const field = (name: TextKey) => ({ name, value: values[name], error: errors.fields[name], onValue: set(name) })

  const mapErrors = (error: unknown, found: FormErrors) => {
    // A save from an older version, or a publish that landed meanwhile: the form offers to load what is stored now.
    if ((error as ApiError)?.status === 409) setStale(true)
    return foldFieldErrors(found)
  }

  /** Saves what changed since the last save; the version to publish from. */
  const save = async (): Promise<number> => {
    const body = bodyOf(values)
    const text = JSON.stringify(body)
    if (text === saved.body) return saved.version
    const answer = await api<StaffConsultation>(ksStaffApi.consultation(slug, c.number), {
      method: 'PATCH',
      body: { version: saved.version, ...body },
    })
    setSaved({ version: answer.version, body: text })
    onSaved(answer)
    return answer.version
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    setStale(false)
    await submit(
      t,
      () => ({}),
      async () => void (await save()),
      mapErrors,
    )
  }

  const publish = async () => {
    setConfirming(false)
    setStale(false)
    await submit(
      t,
      () => ({}),
      async () => {
        const from = await save()
        const published = await api<StaffConsultation>(ksStaffApi.publish(slug, c.number), {
          method: 'POST',
          body: { version: from },
        })
        onPublished(published)
      },
      mapErrors,
    )
  }

  const daysHint =
    preview?.days && preview.days > 0 ? t('consultations.panel.form.days', { days: preview.days }) : undefined
  const reportHint = preview?.reportDue
    ? t('consultations.panel.form.reportDueHint', { date: formatDate(preview.reportDue, lang) })
    : t('consultations.panel.form.reportDueHintNone')

  return (
    <form id={formId} noValidate onSubmit={onSubmit} class="ks-act-form">
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      {stale ? (
        <p class="ks-stale">
          <button type="button" class="button button-secondary" onClick={onReload}>
            {t('consultations.panel.form.reload')}
          </button>
        </p>
      ) : null}

      <fieldset class="ks-fieldset">
        <legend>{t('consultations.panel.form.kind')}</legend>
        <Field formId={formId} {...field('title')} label={labels.title!} maxLength={300} />
        <SelectField
          formId={formId}
          {...field('preset')}
          label={labels.preset!}
          hint={t('consultations.panel.form.presetHint')}
          options={presetKeys.map((key) => ({ value: key, label: presetText(t, key) }))}
        />
        {preset ? (
          <div class="ks-rules-box">
            <p class="ks-rules-title">{t('consultations.panel.form.rules', { preset: presetText(t, preset.key) })}</p>
            <PresetRules preset={preset} />
          </div>
        ) : null}
      </fieldset>

      <fieldset class="ks-fieldset">
        <legend>{t('consultations.panel.form.part1')}</legend>
        <TextAreaField
          formId={formId}
          {...field('subject')}
          label={labels.subject!}
          hint={t('consultations.panel.form.subjectHint')}
          maxLength={2000}
        />
        <TextAreaField formId={formId} {...field('purpose')} label={labels.purpose!} maxLength={2000} />
      </fieldset>

      <fieldset class="ks-fieldset">
        <legend>{t('consultations.panel.form.part2')}</legend>
        <Field
          formId={formId}
          {...field('startDate')}
          label={labels.startDate!}
          type="date"
          hint={preset?.noticeDays ? t('consultations.panel.form.noticeHint', { days: preset.noticeDays }) : undefined}
        />
        <Advice id={`${formId}-startDate-advice`} items={advice('startDate')} />
        <Field formId={formId} {...field('endDate')} label={labels.endDate!} type="date" hint={daysHint} />
        <Advice id={`${formId}-endDate-advice`} items={advice('endDate')} />
        <Field
          formId={formId}
          {...field('reportDueDate')}
          label={labels.reportDueDate!}
          type="date"
          hint={reportHint}
          optional
        />
        {values.preset === 'program_wspolpracy' ? (
          <>
            <Field
              formId={formId}
              {...field('programmeYear')}
              label={labels.programmeYear!}
              hint={t('consultations.panel.form.programmeYearHint')}
              inputMode="numeric"
              maxLength={4}
              optional
            />
            {preview ? <ProgrammeChain check={preview} /> : null}
          </>
        ) : null}
      </fieldset>

      <fieldset class="ks-fieldset">
        <legend>{t('consultations.panel.form.part3')}</legend>
        <TextAreaField
          formId={formId}
          {...field('participants')}
          label={labels.participants!}
          rows={2}
          maxLength={1000}
        />
        <TextAreaField formId={formId} {...field('area')} label={labels.area!} rows={2} maxLength={1000} />
        <RadioGroup
          formId={formId}
          name="audience"
          legend={labels.audience!}
          error={errors.fields.audience}
          value={values.audience}
          onValue={set('audience')}
          options={audiences.map((a) => ({ value: a, label: labelOf(t, `consultations.audience.${a}`, a) }))}
          look={ksChoice}
        />
      </fieldset>

      <CheckboxGroup
        formId={formId}
        name="forms"
        legend={t('consultations.panel.form.part4')}
        hint={t('consultations.panel.form.formsHint')}
        error={errors.fields.forms}
        options={consultationForms.map((f) => ({
          value: f.key,
          label: labelOf(t, `consultations.form.${f.key}`, f.label),
          hint: f.active ? t('consultations.panel.form.activeForm') : undefined,
        }))}
        chosen={values.forms}
        onChosen={(forms) => setValues((prev) => ({ ...prev, forms }))}
      />

      <fieldset class="ks-fieldset">
        <legend>{t('consultations.panel.form.part5')}</legend>
        <Field formId={formId} {...field('responsibleUnit')} label={labels.responsibleUnit!} maxLength={300} />
      </fieldset>

      <fieldset class="ks-fieldset">
        <legend>{t('consultations.panel.form.part6')}</legend>
        <TextAreaField
          formId={formId}
          {...field('resultsForm')}
          label={labels.resultsForm!}
          rows={2}
          maxLength={1000}
        />
      </fieldset>

      <fieldset class="ks-fieldset">
        <legend>{t('consultations.panel.form.legal')}</legend>
        <TextAreaField formId={formId} {...field('legalBasis')} label={labels.legalBasis!} rows={2} maxLength={1000} />
        <Field
          formId={formId}
          {...field('councilResolution')}
          label={labels.councilResolution!}
          hint={t('consultations.panel.form.councilResolutionHint')}
          maxLength={300}
          optional
        />
        <Field formId={formId} {...field('orderNumber')} label={labels.orderNumber!} maxLength={100} optional />
        <Field formId={formId} {...field('orderDate')} label={labels.orderDate!} type="date" optional />
      </fieldset>

      <CheckboxGroup
        formId={formId}
        name="publicTaskAreas"
        legend={labels.publicTaskAreas!}
        hint={t('consultations.panel.form.areasHint')}
        error={errors.fields.publicTaskAreas}
        options={AREAS.map((a) => ({ value: a.key, label: t(`organizations.area.${a.key}`) }))}
        chosen={values.publicTaskAreas}
        onChosen={(publicTaskAreas) => setValues((prev) => ({ ...prev, publicTaskAreas }))}
      />

      <fieldset class="ks-fieldset">
        <legend>{t('consultations.panel.form.settings')}</legend>
        <Checkbox
          formId={formId}
          name="commentsPublic"
          label={labels.commentsPublic}
          hint={t('consultations.panel.form.commentsPublicHint')}
          error={errors.fields.commentsPublic}
          checked={values.commentsPublic}
          onChecked={(on) => setValues((prev) => ({ ...prev, commentsPublic: on }))}
          look={ksChoice}
        />
        <RadioGroup
          formId={formId}
          name="answerReview"
          legend={labels.answerReview!}
          hint={t('consultations.panel.form.answerReviewHint')}
          error={errors.fields.answerReview}
          value={values.answerReview}
          onValue={(answerReview) => setValues((prev) => ({ ...prev, answerReview }))}
          options={['single', 'two_person'].map((key) => ({
            value: key,
            label: t(`consultations.panel.form.review.${key}`),
          }))}
          look={ksChoice}
        />
      </fieldset>

      <section class="ks-readiness" aria-labelledby={`${formId}-readiness`}>
        <h3 id={`${formId}-readiness`}>{t('consultations.panel.form.readiness')}</h3>
        {missing.length > 0 ? (
          <>
            <p>{t('consultations.panel.form.missing', { count: missing.length })}</p>
            <ul class="ks-missing">
              {missing.map(([fieldName, detail], i) => (
                <li key={i}>
                  {labels[fieldName] ? (
                    <a
                      href={`#${formId}-${fieldName}`}
                      onClick={(event) => {
                        event.preventDefault()
                        document.getElementById(`${formId}-${fieldName}`)?.focus()
                      }}
                    >{`${labels[fieldName]}: ${server(detail)}`}</a>
                  ) : (
                    server(detail)
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('consultations.panel.form.ready')}</p>
        )}
        {preview && preview.warnings.length > 0 ? (
          <>
            <p>{t('consultations.panel.form.adviceCount', { count: preview.warnings.length })}</p>
            <ul class="ks-advice-list">
              {preview.warnings.map((w, i) => (
                <li key={i}>{server(w.detail)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <div class="ks-actions">
        <button type="submit" class="button button-secondary" disabled={busy}>
          {t('consultations.panel.form.save')}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('consultations.panel.form.publish')}
        </button>
      </div>
      <p class="hint">{t('consultations.panel.form.publishHint')}</p>
      <ConfirmDialog
        open={confirming}
        title={t('consultations.panel.form.confirmTitle')}
        confirmLabel={t('consultations.panel.form.confirmPublish')}
        onConfirm={() => void publish()}
        onCancel={() => setConfirming(false)}
        busy={busy}
      >
        <p>{t('consultations.panel.form.confirmText')}</p>
      </ConfirmDialog>
    </form>
  )
}

/** The preview's errors, one per field group (`forms.2` under `forms`), in the form's order. */
function foldPreview(check: LaunchCheck): [string, string][] {
  const seen = new Map<string, string>()
  for (const e of check.errors) {
    const key = e.field.replace(/\.\d+$/, '')
    if (!seen.has(key)) seen.set(key, e.detail)
  }
  return [...seen.entries()]
}
