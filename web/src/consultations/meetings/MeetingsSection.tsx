import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { useLang, useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { checkEmail, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { formatWhen } from '../../core/lib/time'
import { warsawDate, warsawFormat } from '../../../../worker/core/time/polish-calendar'
import { ErrorState, ErrorSummary, Field, PrivacyConsent, TextAreaField, useFormId } from '../../core/ui'
import { fieldBinder, submitOnce } from '../ui'
import { meetingApi } from './paths'
import type { PublicMeeting, SignupAnswer } from './types'
import { meetingChoice } from './ui'
import './meetings.css'

/**
 * The meetings section of `/{slug}/konsultacje/{n}` (`#spotkania`): each meeting with its time, form, place and
 * accessibility, places left, and a sign-up form opened in place. An online meeting's link is not on the page: it
 * comes in the confirmation e-mail. After the meeting: attendance and the minutes (PDF).
 */
export function MeetingsSection({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const res = useResource<{ items: PublicMeeting[] }>(meetingApi.list(slug, number))
  const items = res.data?.items ?? []
  if (res.status === 'ok' && items.length === 0) return null
  return (
    <section id="spotkania" class="ksm-section" aria-labelledby="ksm-heading">
      <h2 id="ksm-heading">{t('consultations.meetings.heading')}</h2>
      {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
      <ul class="ksm-list">
        {items.map((m) => (
          <li key={m.number}>
            <MeetingCard slug={slug} number={number} meeting={m} onSigned={res.reload} />
          </li>
        ))}
      </ul>
    </section>
  )
}

const clock = warsawFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/**
 * "8 stycznia 2027, 17:00–19:00 (czasu polskiego)": the day once and both times in Warsaw time (a meeting lasts at most
 * a day; one running past midnight shows the end's day too).
 */
export function MeetingTime({ meeting }: { meeting: { startsAt: string; endsAt: string } }) {
  const t = useT()
  const lang = useLang()
  const start = new Date(meeting.startsAt)
  const end = new Date(meeting.endsAt)
  const sameDay = warsawDate(start).date === warsawDate(end).date
  return (
    <time dateTime={meeting.startsAt}>
      {t('consultations.meetings.timeRange', {
        date: formatWhen(start, lang, 'date'),
        start: clock.format(start),
        end: sameDay ? clock.format(end) : `${formatWhen(end, lang, 'date')}, ${clock.format(end)}`,
      })}
    </time>
  )
}

function MeetingCard({
  slug,
  number,
  meeting: m,
  onSigned,
}: {
  slug: string
  number: string
  meeting: PublicMeeting
  onSigned: () => void
}) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const [signed, setSigned] = useState<SignupAnswer | null>(null)
  const headingId = `ksm-m${m.number}`
  const status = m.cancelled
    ? t('consultations.meetings.cancelled')
    : m.past
      ? t('consultations.meetings.past')
      : !m.signupOpen
        ? t('consultations.meetings.full')
        : null
  return (
    <article class={m.cancelled ? 'ksm-card ksm-cancelled' : 'ksm-card'} aria-labelledby={headingId}>
      <h3 id={headingId}>{m.title}</h3>
      {status ? <p class="ksm-status">{status}</p> : null}
      <dl class="ksm-facts">
        <dt>{t('consultations.meetings.when')}</dt>
        <dd>
          <MeetingTime meeting={m} />
        </dd>
        <dt>{t('consultations.meetings.mode')}</dt>
        <dd>{t(`consultations.meetings.mode.${m.mode}`)}</dd>
        <dt>{t('consultations.meetings.place')}</dt>
        <dd>{m.address ?? t('consultations.meetings.onlineLink')}</dd>
        {m.accessibility ? (
          <>
            <dt>{t('consultations.meetings.accessibility')}</dt>
            <dd>{m.accessibility}</dd>
          </>
        ) : null}
        {!m.past && !m.cancelled ? (
          <>
            <dt>{t('consultations.meetings.places')}</dt>
            <dd>
              {m.placesLeft === null
                ? t('consultations.meetings.noLimit')
                : t('consultations.meetings.placesLeft', { left: m.placesLeft, capacity: m.capacity ?? 0 })}
            </dd>
          </>
        ) : null}
        {m.attendance !== null ? (
          <>
            <dt>{t('consultations.meetings.attendance')}</dt>
            <dd>{m.attendance}</dd>
          </>
        ) : null}
      </dl>
      {m.minutes ? (
        <p>
          <a href={meetingApi.minutes(slug, number, m.number)} type="application/pdf">
            {t('consultations.meetings.minutes', { title: m.title })}
          </a>
        </p>
      ) : null}
      {signed ? (
        <div class="ksm-done" role="status">
          <p class="state-title">{t('consultations.meetings.signed.title')}</p>
          <p>{t('consultations.meetings.signed.body', { email: signed.email })}</p>
        </div>
      ) : m.signupOpen ? (
        open ? (
          <SignupForm
            slug={slug}
            number={number}
            meeting={m}
            onDone={(answer) => {
              setSigned(answer)
              setOpen(false)
              onSigned()
            }}
            onClose={() => setOpen(false)}
          />
        ) : (
          <button
            type="button"
            class="button"
            aria-expanded="false"
            onClick={() => setOpen(true)}
            aria-label={t('consultations.meetings.signupFor', { title: m.title })}
          >
            {t('consultations.meetings.signup')}
          </button>
        )
      ) : null}
    </article>
  )
}

function SignupForm({
  slug,
  number,
  meeting,
  onDone,
  onClose,
}: {
  slug: string
  number: string
  meeting: PublicMeeting
  onDone: (answer: SignupAnswer) => void
  onClose: () => void
}) {
  const t = useT()
  const formId = useFormId(`zapis-${meeting.number}`)
  const [values, setValues] = useState({ name: '', email: '', needs: '' })
  const [privacy, setPrivacy] = useState(false)
  const { errors, version, busy, submit } = useSubmit()
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    heading.current?.focus()
  }, [])
  const labels = {
    name: t('consultations.meetings.form.name'),
    email: t('consultations.meetings.form.email'),
    needs: t('consultations.meetings.form.needs'),
    privacyAccepted: t('consultations.meetings.form.privacyShort'),
  }
  const field = fieldBinder(formId, values, setValues, labels, errors)
  const validate = () => {
    const found: Record<string, string> = {}
    if (values.name.trim().length < 2) found.name = t('consultations.meetings.form.nameRequired')
    const email = checkEmail(values.email, t)
    if (email) found.email = email
    if (!privacy) found.privacyAccepted = t('consultations.meetings.form.privacyRequired')
    return found
  }
  const send = () =>
    submit(t, validate, async () => {
      onDone(
        await api<SignupAnswer>(meetingApi.signup(slug, number, meeting.number), {
          method: 'POST',
          body: {
            name: values.name.trim(),
            email: values.email.trim(),
            needs: values.needs.trim(),
            privacyAccepted: true,
          },
        }),
      )
    })
  const headingId = `${formId}-heading`
  return (
    <section class="ksm-form" aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {t('consultations.meetings.form.heading', { title: meeting.title })}
      </h4>
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form noValidate onSubmit={submitOnce(busy, send)}>
        <Field {...field('name')} autocomplete="name" />
        <Field
          {...field('email')}
          type="email"
          autocomplete="email"
          spellcheck={false}
          hint={t('consultations.meetings.form.emailHint')}
        />
        <TextAreaField {...field('needs')} optional rows={3} hint={t('consultations.meetings.form.needsHint')} />
        <PrivacyConsent
          formId={formId}
          slug={slug}
          label={t('consultations.meetings.form.privacy')}
          purpose={t('consultations.meetings.form.privacyHint')}
          link={t('consultations.meetings.form.privacyLink')}
          checked={privacy}
          onChecked={setPrivacy}
          error={errors.fields.privacyAccepted}
          look={meetingChoice}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {t('consultations.meetings.form.submit')}
          </button>
          <button type="button" class="button button-secondary" onClick={onClose}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
