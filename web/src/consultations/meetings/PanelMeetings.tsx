import '../i18n/pages'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { warsawLocalInput } from '../../../../worker/core/time/polish-calendar'
import { useT, type Translate } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  Checkbox,
  Empty,
  ErrorState,
  ErrorSummary,
  Field,
  FileField,
  Loading,
  Notice,
  RadioGroup,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { PanelConsultationPage } from '../panel/PanelNav'
import { fieldBinder, submitOnce } from '../ui'
import { MeetingTime } from './MeetingsSection'
import { meetingApi, meetingPaths } from './paths'
import type { SignupView, StaffMeeting } from './types'
import { meetingChoice } from './ui'
import './meetings.css'

/**
 * `/panel/{slug}/konsultacje/{n}/spotkania` (organisers): the consultation's meetings — plan one (on site with its
 * address and accessibility, or online with the link only those signed up get), change or cancel it (those signed up
 * are told), and after it: who came (the total, and who of those signed up), the minutes (PDF), and a link to the
 * comments page with this meeting chosen, to key in the remarks made there.
 */
export function PanelMeetings({ slug, number }: { slug: string; number: string }) {
  return (
    <PanelConsultationPage slug={slug} number={number} current="meetings">
      {() => <MeetingsWork slug={slug} number={number} />}
    </PanelConsultationPage>
  )
}

function MeetingsWork({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const res = useResource<{ items: StaffMeeting[] }>(meetingApi.staffList(slug, number))
  const [adding, setAdding] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const done = (message: string) => {
    setNotice(message)
    res.reload()
  }
  return (
    <section aria-labelledby="ksm-panel-heading">
      <h2 id="ksm-panel-heading">{t('consultations.meetings.panel.heading')}</h2>
      <Notice message={notice} />
      {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
      {res.status === 'loading' && !res.data ? <Loading /> : null}
      {res.data && res.data.items.length === 0 ? <Empty title={t('consultations.meetings.panel.none')} /> : null}
      <ul class="ksm-list">
        {(res.data?.items ?? []).map((m) => (
          <li key={m.number}>
            <StaffMeetingCard slug={slug} number={number} meeting={m} onDone={done} />
          </li>
        ))}
      </ul>
      {adding ? (
        <MeetingForm
          slug={slug}
          number={number}
          meeting={null}
          onDone={() => {
            setAdding(false)
            done(t('consultations.meetings.panel.created'))
          }}
          onClose={() => setAdding(false)}
        />
      ) : (
        <button type="button" class="button" onClick={() => setAdding(true)}>
          {t('consultations.meetings.panel.add')}
        </button>
      )}
    </section>
  )
}

type Panel = 'edit' | 'signups' | 'cancel' | null

/** What each part of a meeting's card works on: the JST, the consultation, the meeting. */
interface MeetingPart {
  slug: string
  number: string
  meeting: StaffMeeting
}

/** A part that tells the list what it did (the list's notice says it, and the list reloads). */
type ReportingPart = MeetingPart & { onDone: (message: string) => void }

function StaffMeetingCard({ slug, number, meeting: m, onDone }: ReportingPart) {
  const t = useT()
  const [panel, setPanel] = useState<Panel>(null)
  const close = () => setPanel(null)
  const closeWith = (message: string) => () => {
    setPanel(null)
    onDone(t(message))
  }
  const headingId = `ksm-staff-${m.number}`
  const toggle = (p: Panel) => setPanel((current) => (current === p ? null : p))
  return (
    <article class={m.cancelled ? 'ksm-card ksm-cancelled' : 'ksm-card'} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('consultations.meetings.panel.numbered', { number: m.number, title: m.title })}</h3>
      {m.cancelled ? <p class="ksm-status">{t('consultations.meetings.cancelled')}</p> : null}
      <dl class="ksm-facts">
        <dt>{t('consultations.meetings.when')}</dt>
        <dd>
          <MeetingTime meeting={m} />
        </dd>
        <dt>{t('consultations.meetings.mode')}</dt>
        <dd>{t(`consultations.meetings.mode.${m.mode}`)}</dd>
        <dt>{m.mode === 'online' ? t('consultations.meetings.panel.link') : t('consultations.meetings.place')}</dt>
        <dd>{m.place}</dd>
        <dt>{t('consultations.meetings.panel.signedUp')}</dt>
        <dd>
          {m.capacity === null
            ? String(m.signedUp)
            : t('consultations.meetings.panel.signedUpOf', { count: m.signedUp, capacity: m.capacity })}
        </dd>
        <dt>{t('consultations.meetings.attendance')}</dt>
        <dd>{m.attendance ?? t('consultations.meetings.panel.notRecorded')}</dd>
        <dt>{t('consultations.meetings.panel.minutes')}</dt>
        <dd>
          {m.minutes ? (
            <a href={meetingApi.minutes(slug, number, m.number)} type="application/pdf">
              {t('consultations.meetings.panel.minutesOpen')}
            </a>
          ) : (
            t('consultations.meetings.panel.noMinutes')
          )}
        </dd>
      </dl>
      <div class="ksm-actions">
        <button
          type="button"
          class="button button-secondary"
          aria-expanded={panel === 'signups'}
          onClick={() => toggle('signups')}
        >
          {m.past
            ? t('consultations.meetings.panel.attendanceButton')
            : t('consultations.meetings.panel.signupsButton')}
        </button>
        {!m.cancelled && !m.past ? (
          <>
            <button
              type="button"
              class="button button-secondary"
              aria-expanded={panel === 'edit'}
              onClick={() => toggle('edit')}
            >
              {t('consultations.meetings.panel.edit')}
            </button>
            <button
              type="button"
              class="button button-secondary"
              aria-expanded={panel === 'cancel'}
              onClick={() => toggle('cancel')}
            >
              {t('consultations.meetings.panel.cancel')}
            </button>
          </>
        ) : null}
        {m.past && !m.cancelled ? (
          <a class="button button-secondary" href={meetingPaths.panelComments(slug, number, m.number)}>
            {t('consultations.meetings.panel.keyComments')}
          </a>
        ) : null}
      </div>
      {panel === 'edit' ? (
        <MeetingForm
          slug={slug}
          number={number}
          meeting={m}
          onDone={closeWith('consultations.meetings.panel.saved')}
          onClose={close}
        />
      ) : null}
      {panel === 'cancel' ? (
        <CancelMeeting
          slug={slug}
          number={number}
          meeting={m}
          onDone={closeWith('consultations.meetings.panel.cancelledNotice')}
          onClose={close}
        />
      ) : null}
      {panel === 'signups' ? <Signups slug={slug} number={number} meeting={m} onDone={onDone} /> : null}
      {m.past && !m.cancelled ? <MinutesUpload slug={slug} number={number} meeting={m} onDone={onDone} /> : null}
    </article>
  )
}

interface FormValues {
  [key: string]: string
  mode: string
  title: string
  startsAt: string
  endsAt: string
  place: string
  accessibility: string
  capacity: string
}

const labelsOf = (t: Translate, mode: string) => ({
  mode: t('consultations.meetings.mode'),
  title: t('consultations.meetings.form.title'),
  startsAt: t('consultations.meetings.form.startsAt'),
  endsAt: t('consultations.meetings.form.endsAt'),
  place: mode === 'online' ? t('consultations.meetings.form.link') : t('consultations.meetings.form.address'),
  accessibility: t('consultations.meetings.accessibility'),
  capacity: t('consultations.meetings.form.capacity'),
})

/** A new meeting, or the change of one (with its version). */
function MeetingForm({
  slug,
  number,
  meeting,
  onDone,
  onClose,
}: {
  slug: string
  number: string
  meeting: StaffMeeting | null
  onDone: () => void
  onClose: () => void
}) {
  const t = useT()
  const formId = useFormId(meeting ? `spotkanie-${meeting.number}` : 'nowe-spotkanie')
  const [values, setValues] = useState<FormValues>(() => ({
    mode: meeting?.mode ?? 'onsite',
    title: meeting?.title ?? '',
    startsAt: meeting ? warsawLocalInput(meeting.startsAt) : '',
    endsAt: meeting ? warsawLocalInput(meeting.endsAt) : '',
    place: meeting?.place ?? '',
    accessibility: meeting?.accessibility ?? '',
    capacity: meeting?.capacity == null ? '' : String(meeting.capacity),
  }))
  const { errors, version, busy, submit } = useSubmit()
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => heading.current?.focus(), [])
  const labels = labelsOf(t, values.mode)
  const field = fieldBinder(formId, values, setValues, labels, errors)
  const validate = () => {
    const found: Record<string, string> = {}
    if (values.title.trim().length < 3) found.title = t('consultations.meetings.form.titleRequired')
    if (!values.startsAt) found.startsAt = t('consultations.meetings.form.timeRequired')
    if (!values.endsAt) found.endsAt = t('consultations.meetings.form.timeRequired')
    if (values.place.trim().length < 3) found.place = t('consultations.meetings.form.placeRequired')
    if (values.capacity && !/^\d+$/.test(values.capacity.trim()))
      found.capacity = t('consultations.meetings.form.capacityNumber')
    return found
  }
  const send = () =>
    submit(t, validate, async () => {
      const body = {
        mode: values.mode,
        title: values.title.trim(),
        startsAt: values.startsAt,
        endsAt: values.endsAt,
        place: values.place.trim(),
        accessibility: values.accessibility.trim(),
        capacity: values.capacity.trim() ? Number(values.capacity.trim()) : null,
      }
      if (meeting)
        await api(meetingApi.staffMeeting(slug, number, meeting.number), {
          method: 'PATCH',
          body: { ...body, version: meeting.version },
        })
      else await api(meetingApi.staffList(slug, number), { method: 'POST', body })
      onDone()
    })
  const headingId = `${formId}-heading`
  return (
    <section class="ksm-form ksm-panel-form" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {meeting ? t('consultations.meetings.panel.editHeading') : t('consultations.meetings.panel.addHeading')}
      </h3>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form noValidate onSubmit={submitOnce(busy, send)}>
        <RadioGroup
          formId={formId}
          name="mode"
          legend={labels.mode}
          value={values.mode}
          onValue={(mode) => setValues((prev) => ({ ...prev, mode }))}
          error={errors.fields.mode}
          options={[
            { value: 'onsite', label: t('consultations.meetings.mode.onsite') },
            {
              value: 'online',
              label: t('consultations.meetings.mode.online'),
              hint: t('consultations.meetings.form.onlineHint'),
            },
          ]}
          look={meetingChoice}
        />
        <Field {...field('title')} />
        <Field {...field('startsAt')} type="datetime-local" hint={t('consultations.meetings.form.timeHint')} />
        <Field {...field('endsAt')} type="datetime-local" />
        <Field
          {...field('place')}
          type={values.mode === 'online' ? 'url' : 'text'}
          spellcheck={values.mode !== 'online'}
        />
        <TextAreaField
          {...field('accessibility')}
          optional
          rows={2}
          hint={t('consultations.meetings.form.accessibilityHint')}
        />
        <Field
          {...field('capacity')}
          optional
          inputMode="numeric"
          hint={t('consultations.meetings.form.capacityHint')}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {meeting ? t('action.save') : t('consultations.meetings.panel.addSubmit')}
          </button>
          <button type="button" class="button button-secondary" onClick={onClose}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}

function CancelMeeting({
  slug,
  number,
  meeting,
  onDone,
  onClose,
}: MeetingPart & { onDone: () => void; onClose: () => void }) {
  const t = useT()
  const formId = useFormId(`odwolanie-${meeting.number}`)
  const { errors, version, busy, submit } = useSubmit()
  const send = () =>
    submit(
      t,
      () => ({}),
      async () => {
        await api(meetingApi.staffCancel(slug, number, meeting.number), {
          method: 'POST',
          body: { version: meeting.version },
        })
        onDone()
      },
    )
  return (
    <div class="ksm-form" role="group" aria-labelledby={`${formId}-q`}>
      <ErrorSummary errors={errors} formId={formId} labels={{}} version={version} />
      <p id={`${formId}-q`}>{t('consultations.meetings.panel.cancelQuestion', { count: meeting.signedUp })}</p>
      <div class="ksm-actions">
        <button type="button" class="button" disabled={busy} onClick={() => void send()}>
          {t('consultations.meetings.panel.cancelConfirm')}
        </button>
        <button type="button" class="button button-secondary" onClick={onClose}>
          {t('consultations.meetings.panel.cancelKeep')}
        </button>
      </div>
    </div>
  )
}

/** Who signed up (with what they need), and after the start: who came, and how many in all. */
function Signups({ slug, number, meeting, onDone }: ReportingPart) {
  const t = useT()
  const res = useResource<{ items: SignupView[]; meeting: StaffMeeting }>(
    meetingApi.signups(slug, number, meeting.number),
  )
  const formId = useFormId(`obecnosc-${meeting.number}`)
  const [present, setPresent] = useState<Record<string, boolean> | null>(null)
  const [total, setTotal] = useState<string | null>(null)
  const { errors, version, busy, submit } = useSubmit()
  if (res.status === 'error') return <ErrorState error={res.error} onRetry={res.reload} />
  if (!res.data) return <Loading />
  const active = res.data.items.filter((s) => !s.cancelled)
  const checked = present ?? Object.fromEntries(active.map((s) => [s.id, s.attended === true]))
  const count = total ?? (res.data.meeting.attendance === null ? '' : String(res.data.meeting.attendance))
  const canRecord = meeting.past && !meeting.cancelled
  const labels = {
    attendance: t('consultations.meetings.panel.total'),
    present: t('consultations.meetings.panel.present'),
  }
  const validate = () => {
    const found: Record<string, string> = {}
    if (!/^\d+$/.test(count.trim())) found.attendance = t('consultations.meetings.panel.totalRequired')
    return found
  }
  const send = () =>
    submit(t, validate, async () => {
      await api(meetingApi.attendance(slug, number, meeting.number), {
        method: 'PUT',
        body: {
          version: res.data!.meeting.version,
          attendance: Number(count.trim()),
          present: Object.entries(checked)
            .filter(([, on]) => on)
            .map(([id]) => id),
        },
      })
      onDone(t('consultations.meetings.panel.attendanceSaved'))
    })
  const list = (
    <ul class="ksm-signups">
      {active.map((s) =>
        canRecord ? (
          <li key={s.id}>
            <Checkbox
              formId={formId}
              name={`present-${s.id}`}
              label={s.name ?? t('consultations.meetings.panel.erased')}
              checked={checked[s.id] ?? false}
              onChecked={(on) => setPresent({ ...checked, [s.id]: on })}
              hint={[s.email, s.needs].filter(Boolean).join(' · ') || undefined}
              look={meetingChoice}
            />
          </li>
        ) : (
          <li key={s.id}>
            <strong>{s.name ?? t('consultations.meetings.panel.erased')}</strong>
            {s.email ? ` · ${s.email}` : ''}
            {s.needs ? ` · ${t('consultations.meetings.panel.needs', { needs: s.needs })}` : ''}
          </li>
        ),
      )}
    </ul>
  )
  return (
    <section class="ksm-form" aria-labelledby={`${formId}-heading`}>
      <h4 id={`${formId}-heading`}>
        {canRecord
          ? t('consultations.meetings.panel.attendanceHeading')
          : t('consultations.meetings.panel.signupsHeading')}
      </h4>
      {active.length === 0 ? <p>{t('consultations.meetings.panel.noSignups')}</p> : null}
      {canRecord ? (
        <form noValidate onSubmit={submitOnce(busy, send)}>
          <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
          {active.length > 0 ? (
            <fieldset class="ksm-choices">
              <legend>{labels.present}</legend>
              {list}
            </fieldset>
          ) : null}
          <Field
            formId={formId}
            name="attendance"
            label={labels.attendance}
            hint={t('consultations.meetings.panel.totalHint')}
            value={count}
            onValue={setTotal}
            error={errors.fields.attendance}
            inputMode="numeric"
          />
          <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {t('consultations.meetings.panel.attendanceSubmit')}
          </button>
        </form>
      ) : (
        list
      )}
    </section>
  )
}

function MinutesUpload({ slug, number, meeting, onDone }: ReportingPart) {
  const t = useT()
  const formId = useFormId(`protokol-${meeting.number}`)
  const [file, setFile] = useState<File | null>(null)
  const { errors, version, busy, submit } = useSubmit()
  const label = meeting.minutes
    ? t('consultations.meetings.panel.minutesReplace')
    : t('consultations.meetings.panel.minutesAdd')
  const send = () =>
    submit(
      t,
      (): Record<string, string> => (file ? {} : { file: t('consultations.meetings.panel.minutesRequired') }),
      async () => {
        const form = new FormData()
        form.set('file', file!)
        await api(meetingApi.uploadMinutes(slug, number, meeting.number), { method: 'POST', form })
        onDone(t('consultations.meetings.panel.minutesSaved'))
      },
    )
  return (
    <form class="ksm-form ksm-panel-form" noValidate onSubmit={submitOnce(busy, send)}>
      <ErrorSummary errors={errors} formId={formId} labels={{ file: label }} version={version} />
      <FileField
        id={`${formId}-file`}
        label={label}
        hint={t('consultations.meetings.panel.minutesHint')}
        error={errors.fields.file}
        accept="application/pdf,.pdf"
        onFile={setFile}
      />
      <button type="submit" class="button button-secondary" disabled={busy} aria-busy={busy ? 'true' : undefined}>
        {t('consultations.meetings.panel.minutesSubmit')}
      </button>
    </form>
  )
}
