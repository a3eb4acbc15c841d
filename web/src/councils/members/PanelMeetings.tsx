import '../i18n/pages'
import { useState } from 'preact/hooks'
import { warsawDate, warsawLocalInput } from '../../../../worker/core/time/polish-calendar'
import type { StaffMeetingView, StaffMemberView } from '../../../../worker/councils/views/members'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useForm, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  DateTime,
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
import { memberApi, memberPaths } from './paths'
import { BodyPanelPage } from './PanelFrame'
import { memberChoice } from './ui'
import './members.css'

const choices = ['obecny', 'usprawiedliwiony', 'nieobecny'] as const

/**
 * `/panel/{slug}/rady/{body}/posiedzenia` (admin, koordynator): plan a meeting (time, place, agenda), record each
 * member's attendance as a radio group with the live quorum announced as it changes, cancel a meeting, and keep its
 * minutes (text, and the signed protocol as a PDF).
 */
export function PanelMeetings({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  return (
    <BodyPanelPage slug={slug} body={body} title={t('councils.members.panel.meetingsTitle')}>
      {() => <MeetingsWork slug={slug} body={body} />}
    </BodyPanelPage>
  )
}

function MeetingsWork({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const meetings = useResource<{ items: StaffMeetingView[] }>(memberApi.meetings(slug, body))
  const members = useResource<{ items: StaffMemberView[] }>(memberApi.members(slug, body))
  const [notice, setNotice] = useState<string | null>(null)
  const done = (message: string) => {
    setNotice(message)
    meetings.reload()
  }
  return (
    <>
      <p>
        <a href={memberPaths.panelMembers(slug, body)}>{t('councils.members.panel.toMembers')}</a>
      </p>
      <Notice message={notice} />
      {meetings.status === 'error' ? <ErrorState error={meetings.error} onRetry={meetings.reload} /> : null}
      {members.status === 'error' ? <ErrorState error={members.error} onRetry={members.reload} /> : null}
      {(meetings.status === 'loading' && !meetings.data) || (members.status === 'loading' && !members.data) ? (
        <Loading />
      ) : null}
      <MeetingForm slug={slug} body={body} onDone={done} />
      {meetings.data && members.data ? (
        <section aria-labelledby="rdm-meetings-list">
          <h2 id="rdm-meetings-list">{t('councils.members.meetings.heading')}</h2>
          {meetings.data.items.length === 0 ? <Empty title={t('councils.members.meetings.none')} /> : null}
          <ul class="rdm-list">
            {meetings.data.items.map((m) => (
              <li key={m.number} class={m.cancelled ? 'rdm-card rdm-cancelled' : 'rdm-card'}>
                <MeetingCard slug={slug} body={body} meeting={m} members={members.data!.items} onDone={done} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

/**
 * The meeting's time, place and agenda: a new meeting (POST) or, with `meeting`, a change of a planned one (PATCH of
 * the fields that differ), prefilled in Warsaw time whatever the device's time zone.
 */
function MeetingForm({
  slug,
  body,
  meeting,
  onDone,
}: {
  slug: string
  body: string
  meeting?: StaffMeetingView
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(meeting ? `rdm-edit-${meeting.number}` : 'rdm-new-meeting')
  const saved = meeting
    ? { startsAt: warsawLocalInput(meeting.startsAt), place: meeting.place, agenda: meeting.agenda }
    : { startsAt: '', place: '', agenda: '' }
  const form = useForm(saved)
  const { values } = form
  const labels = {
    startsAt: t('councils.members.meetings.startsAt'),
    place: t('councils.members.meetings.place'),
    agenda: t('councils.members.meetings.agenda'),
  }
  const Heading = meeting ? 'h4' : 'h2'
  const heading = meeting
    ? t('councils.members.meetings.edit', { number: meeting.number })
    : t('councils.members.meetings.new')
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <Heading id={`${formId}-heading`}>{heading}</Heading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void form
            .submit(
              t,
              () => {
                const errors: Record<string, string> = {}
                if (!values.startsAt) errors.startsAt = t('councils.members.meetings.startsAtMissing')
                if (values.place.trim().length < 3) errors.place = t('councils.members.meetings.placeMissing')
                if (values.agenda.trim().length < 3) errors.agenda = t('councils.members.meetings.agendaMissing')
                return errors
              },
              async () => {
                if (!meeting) return void (await api(memberApi.meetings(slug, body), { method: 'POST', body: values }))
                const changed = Object.fromEntries(
                  (Object.keys(values) as (keyof typeof values)[])
                    .filter((k) => values[k] !== saved[k])
                    .map((k) => [k, values[k]]),
                )
                await api(memberApi.meeting(slug, body, meeting.number), { method: 'PATCH', body: changed })
              },
            )
            .then((ok) => {
              if (!ok) return
              if (meeting) return onDone(t('councils.members.meetings.updated', { number: meeting.number }))
              form.setValues(saved)
              onDone(t('councils.members.meetings.created'))
            })
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <Field
          formId={formId}
          {...form.field('startsAt')}
          type="datetime-local"
          label={labels.startsAt}
          hint={t('councils.members.meetings.startsAtHint')}
        />
        <Field formId={formId} {...form.field('place')} label={labels.place} />
        <TextAreaField formId={formId} {...form.field('agenda')} label={labels.agenda} />
        <button type="submit" class="button" disabled={form.busy}>
          {meeting
            ? t('councils.members.meetings.save', { number: meeting.number })
            : t('councils.members.meetings.create')}
        </button>
      </form>
    </section>
  )
}

function MeetingCard({
  slug,
  body,
  meeting: m,
  members,
  onDone,
}: {
  slug: string
  body: string
  meeting: StaffMeetingView
  members: StaffMemberView[]
  onDone: (message: string) => void
}) {
  const t = useT()
  const form = useSubmit()
  const day = warsawDate(new Date(m.startsAt)).date
  const today = warsawDate(new Date()).date
  const inOffice = members.filter((x) => x.startsOn <= day && (x.endsOn === null || x.endsOn >= day))
  const title = t('councils.members.meetings.numbered', { number: m.number })
  return (
    <>
      <h3>
        {title}
        {m.cancelled ? ` — ${t('councils.members.meetings.cancelled')}` : ''}
      </h3>
      <dl class="rdm-facts">
        <dt>{t('councils.members.meetings.when')}</dt>
        <dd>
          <DateTime value={m.startsAt} kind="start" />
        </dd>
        <dt>{t('councils.members.meetings.place')}</dt>
        <dd>{m.place}</dd>
      </dl>
      <h4>{t('councils.members.meetings.agenda')}</h4>
      <p class="rdm-text">{m.agenda}</p>
      {!m.cancelled && day <= today ? (
        <Attendance slug={slug} body={body} meeting={m} members={inOffice} onDone={onDone} />
      ) : null}
      {!m.cancelled && new Date(m.startsAt) <= new Date() ? (
        <Minutes slug={slug} body={body} meeting={m} onDone={onDone} />
      ) : null}
      {!m.cancelled ? (
        <details class="rdm-edit">
          <summary>{t('councils.members.meetings.edit', { number: m.number })}</summary>
          <MeetingForm slug={slug} body={body} meeting={m} onDone={onDone} />
        </details>
      ) : null}
      {!m.cancelled ? (
        <>
          <ErrorSummary errors={form.errors} formId={`rdm-cancel-${m.number}`} labels={{}} version={form.version} />
          <button
            type="button"
            class="button button-danger"
            disabled={form.busy}
            onClick={() =>
              void form
                .submit(
                  t,
                  () => ({}),
                  async () =>
                    void (await api(`${memberApi.meeting(slug, body, m.number)}/odwolanie`, { method: 'POST' })),
                )
                .then((ok) => ok && onDone(t('councils.members.meetings.cancelledDone', { number: m.number })))
            }
          >
            {t('councils.members.meetings.cancel', { number: m.number })}
          </button>
        </>
      ) : null}
    </>
  )
}

/** Attendance per member as radio groups; the quorum (present vs needed) is announced live as choices change. */
function Attendance({
  slug,
  body,
  meeting: m,
  members,
  onDone,
}: {
  slug: string
  body: string
  meeting: StaffMeetingView
  members: StaffMemberView[]
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rdm-att-${m.number}`)
  const [choice, setChoice] = useState<Record<string, string>>({ ...m.attendance })
  const form = useSubmit()
  const present = Object.values(choice).filter((a) => a === 'obecny').length
  const needed = m.quorum?.needed ?? null
  return (
    <form
      noValidate
      aria-labelledby={`${formId}-heading`}
      onSubmit={(event) => {
        event.preventDefault()
        void form
          .submit(
            t,
            () => ({}),
            async () =>
              void (await api(`${memberApi.meeting(slug, body, m.number)}/obecnosc`, {
                method: 'PUT',
                body: { attendance: choice },
              })),
          )
          .then((ok) => ok && onDone(t('councils.members.attendance.saved', { number: m.number })))
      }}
    >
      <h4 id={`${formId}-heading`}>{t('councils.members.attendance.heading', { number: m.number })}</h4>
      <p class="rdm-quorum" role="status" aria-live="polite">
        {needed === null
          ? t('councils.members.attendance.presentOnly', { present })
          : t(present >= needed ? 'councils.members.attendance.quorum' : 'councils.members.attendance.noQuorum', {
              present,
              needed,
            })}
      </p>
      <ErrorSummary errors={form.errors} formId={formId} labels={{}} version={form.version} />
      {members.length === 0 ? <p>{t('councils.members.attendance.nobody')}</p> : null}
      {members.map((x) => (
        <RadioGroup
          key={x.id}
          formId={formId}
          name={x.id}
          legend={x.name}
          value={choice[x.id] ?? null}
          onValue={(value) => setChoice((c) => ({ ...c, [x.id]: value }))}
          error={form.errors.fields[`attendance.${x.id}`]}
          options={choices.map((c) => ({ value: c, label: t(`councils.members.attendance.${c}`) }))}
          look={memberChoice}
        />
      ))}
      {members.length ? (
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.members.attendance.save', { number: m.number })}
        </button>
      ) : null}
    </form>
  )
}

function Minutes({
  slug,
  body,
  meeting: m,
  onDone,
}: {
  slug: string
  body: string
  meeting: StaffMeetingView
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rdm-min-${m.number}`)
  const [text, setText] = useState(m.minutes ?? '')
  const [file, setFile] = useState<File | null>(null)
  const form = useSubmit()
  const labels = { text: t('councils.members.minutes.text'), file: t('councils.members.minutes.file') }
  return (
    <form
      noValidate
      aria-labelledby={`${formId}-heading`}
      onSubmit={(event) => {
        event.preventDefault()
        void form
          .submit(
            t,
            (): Record<string, string> =>
              text.trim().length < 3 ? { text: t('councils.members.minutes.missing') } : {},
            async () => {
              const data = new FormData()
              data.set('text', text.trim())
              if (file) data.set('file', file)
              await api(`${memberApi.meeting(slug, body, m.number)}/protokol`, { method: 'PUT', form: data })
            },
          )
          .then((ok) => ok && onDone(t('councils.members.minutes.saved', { number: m.number })))
      }}
    >
      <h4 id={`${formId}-heading`}>{t('councils.members.minutes.heading', { number: m.number })}</h4>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <TextAreaField
        formId={formId}
        name="text"
        label={labels.text}
        rows={6}
        value={text}
        onValue={setText}
        error={form.errors.fields.text}
      />
      <FileField
        id={`${formId}-file`}
        label={labels.file}
        hint={t('councils.members.minutes.fileHint')}
        accept="application/pdf,.pdf"
        onFile={setFile}
        error={form.errors.fields.file}
      />
      {m.minutesFile ? (
        <p>
          <a href={memberApi.minutesPdf(slug, body, m.number)}>
            {t('councils.members.meetings.minutesPdf', { number: m.number })}
          </a>
        </p>
      ) : null}
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.members.minutes.save', { number: m.number })}
      </button>
    </form>
  )
}
