import '../i18n/pages'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { useLang, useT, type Lang } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { checkEmail, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { formatWhen } from '../../core/lib/time'
import { useSearchParam } from '../../router'
import { warsawDate } from '../../../../worker/core/time/polish-calendar'
import {
  ConfirmDialog,
  DataRegion,
  DateTime,
  Email,
  Empty,
  ErrorState,
  ErrorSummary,
  errorsFromApi,
  Field,
  Loading,
  Notice,
  RadioGroup,
  SelectField,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { meetingApi } from '../meetings/paths'
import type { StaffMeeting } from '../meetings/types'
import { MODERATORS, PanelConsultationPage } from '../panel/PanelNav'
import type { DocumentView } from '../types'
import { commentsApi, newIdempotencyKey, postIdempotent } from './api'
import type { AuthorKind, KeyedInComment, ModeratedComment, StaffComment, StaffCommentList } from './types'
import { SurveyAnswersList } from './Survey'
import type { SurveyQuestion } from './types'
import { AnswerBlock, channelText, commentChoice, plural, statusText } from './ui'

/** The paragraphs of the current version, as choices: "§ 3 — Za każde usunięte drzewo…". */
function paragraphOptions(doc: DocumentView | null | undefined) {
  return (doc?.sections ?? []).flatMap((s) =>
    s.paragraphs.map((p) => {
      const ref = p.ref ?? p.marker ?? ''
      const start = p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text
      return { value: p.id, label: ref ? `${ref} — ${start}` : start }
    }),
  )
}

/** A meeting as a choice of the intake: "Spotkanie w bibliotece — 8 stycznia 2027, 17:00 (czasu polskiego)". */
export interface MeetingChoice {
  id: string
  number: number
  title: string
  /** The Warsaw day it took place: a remark made there was received that day. */
  day: string
  label: string
}

/** The consultation's meetings that took place or are under way (cancelled ones left out), as the intake's choices. */
function meetingChoices(items: StaffMeeting[] | undefined, lang: Lang): MeetingChoice[] {
  return (items ?? [])
    .filter((m) => !m.cancelled)
    .map((m) => ({
      id: m.id,
      number: m.number,
      title: m.title,
      day: warsawDate(new Date(m.startsAt)).date,
      label: `${m.title} — ${formatWhen(m.startsAt, lang, 'dateTime')}`,
    }))
}

/**
 * `/panel/{slug}/konsultacje/{n}/uwagi` (admin, koordynator, moderator): every comment with the author's personal
 * data, filtered by status, channel and paragraph; keying in a comment received on paper, by e-mail or at a meeting
 * (confirmed at once, its receipt printed for the author); hiding a comment from the public with a stated reason,
 * and showing it again. Nothing is ever deleted: a hidden comment is still answered and counted. Opened from the
 * meetings page with `?spotkanie={m}`, the intake starts on that meeting, to key in the remarks made there.
 */
export function StaffComments({ slug, number }: { slug: string; number: string }) {
  return (
    <PanelConsultationPage slug={slug} number={number} current="comments" allow={MODERATORS}>
      {() => <StaffCommentsBody slug={slug} number={number} />}
    </PanelConsultationPage>
  )
}

interface Filter {
  status: string
  channel: string
  paragraph: string
}

function StaffCommentsBody({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const lang = useLang()
  const formId = useFormId('filtry-uwag')
  const [filter, setFilter] = useState<Filter>({ status: '', channel: '', paragraph: '' })
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '')).toString()
  const list = useResource<StaffCommentList>(commentsApi.staffList(slug, number, query))
  const doc = useResource<DocumentView>(commentsApi.document(slug, number))
  const survey = useResource<{ questions: SurveyQuestion[] }>(commentsApi.survey(slug, number))
  const meetingList = useResource<{ items: StaffMeeting[] }>(meetingApi.staffList(slug, number))
  const meetings = meetingChoices(meetingList.data?.items, lang)
  const meetingTitles = new Map((meetingList.data?.items ?? []).map((m) => [m.id, m.title]))
  const fromMeeting = useSearchParam('spotkanie')
  const paragraphs = paragraphOptions(doc.data)
  const [notice, setNotice] = useState<string | null>(null)
  const set = (key: keyof Filter) => (value: string) => setFilter((f) => ({ ...f, [key]: value }))
  const items = list.data?.items ?? null
  const counts = list.data?.counts

  return (
    <>
      <Notice message={notice} />
      <section class="panel-section" aria-labelledby="ksc-staff-list-heading">
        <h2 id="ksc-staff-list-heading">{t('consultations.comments.staff.listHeading')}</h2>
        {counts ? (
          <p>
            {t('consultations.comments.staff.counts', {
              confirmed: counts.confirmed,
              unconfirmed: counts.unconfirmed,
              withdrawn: counts.withdrawn,
            })}
          </p>
        ) : null}
        <div class="ksc-filters" role="search" aria-label={t('consultations.comments.staff.filtersLabel')}>
          <SelectField
            formId={formId}
            name="status"
            label={t('consultations.comments.staff.filterStatus')}
            value={filter.status}
            onValue={set('status')}
            options={[
              { value: '', label: t('consultations.comments.staff.all') },
              ...(['confirmed', 'unconfirmed', 'withdrawn'] as const).map((s) => ({
                value: s,
                label: statusText(t, s),
              })),
            ]}
          />
          <SelectField
            formId={formId}
            name="channel"
            label={t('consultations.comments.staff.filterChannel')}
            value={filter.channel}
            onValue={set('channel')}
            options={[
              { value: '', label: t('consultations.comments.staff.all') },
              ...(['online', 'paper', 'email', 'meeting'] as const).map((c) => ({
                value: c,
                label: channelText(t, c),
              })),
            ]}
          />
          <SelectField
            formId={formId}
            name="paragraph"
            label={t('consultations.comments.staff.filterParagraph')}
            value={filter.paragraph}
            onValue={set('paragraph')}
            options={[
              { value: '', label: t('consultations.comments.staff.all') },
              { value: 'general', label: t('consultations.comments.staff.general') },
              ...paragraphs,
            ]}
          />
        </div>
        <DataRegion busy={list.status === 'loading'}>
          {list.status === 'loading' && !list.data ? <Loading /> : null}
          {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
          {items ? (
            <p role="status" class="muted">
              {plural(t, lang, 'consultations.comments.staff.shown', items.length)}
            </p>
          ) : null}
          {items && items.length === 0 ? <Empty title={t('consultations.comments.staff.empty')} /> : null}
          {items && items.length > 0 ? (
            <ol class="ksc-staff-list">
              {items.map((c) => (
                <StaffItem
                  key={c.number}
                  slug={slug}
                  number={number}
                  c={c}
                  questions={survey.data?.questions ?? []}
                  meetingTitle={c.meetingId ? (meetingTitles.get(c.meetingId) ?? null) : null}
                  onChanged={(message) => {
                    setNotice(message)
                    list.reload()
                  }}
                />
              ))}
            </ol>
          ) : null}
        </DataRegion>
      </section>
      <Intake
        slug={slug}
        number={number}
        version={doc.data?.version ?? null}
        paragraphs={paragraphs}
        meetings={meetingList.status === 'loading' ? null : meetings}
        fromMeeting={fromMeeting && /^\d{1,6}$/.test(fromMeeting) ? Number(fromMeeting) : null}
        onSaved={() => list.reload()}
      />
    </>
  )
}

/** One comment as the office sees it, with the moderator's hide / show again. */
function StaffItem({
  slug,
  number,
  c,
  questions,
  meetingTitle,
  onChanged,
}: {
  slug: string
  number: string
  c: StaffComment
  questions: SurveyQuestion[]
  /** The meeting the remark was made at, when it was keyed in from one. */
  meetingTitle: string | null
  onChanged: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`ukryj-${c.number}`)
  const [asking, setAsking] = useState<'hide' | 'unhide' | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ general: string | null; reason?: string }>({ general: null })
  const headingId = `ksc-staff-${c.number}`

  const moderate = async () => {
    if (asking === 'hide' && reason.trim().length < 5) {
      setError({ general: null, reason: t('consultations.comments.staff.reasonRequired') })
      return
    }
    setBusy(true)
    setError({ general: null })
    try {
      const path =
        asking === 'hide' ? commentsApi.hide(slug, number, c.number) : commentsApi.unhide(slug, number, c.number)
      await api<ModeratedComment>(path, { method: 'POST', body: asking === 'hide' ? { reason: reason.trim() } : {} })
      const was = asking
      setAsking(null)
      setReason('')
      onChanged(
        t(was === 'hide' ? 'consultations.comments.staff.hiddenDone' : 'consultations.comments.staff.unhiddenDone', {
          number: c.number,
        }),
      )
    } catch (e) {
      const found = errorsFromApi(e, t)
      setError({ general: found.fields.reason ? null : found.general, reason: found.fields.reason })
    } finally {
      setBusy(false)
    }
  }

  return (
    <li class="ksc-staff-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          {t('consultations.comments.item.number', { number: c.number })}
          {c.paragraphRef ? ` — ${c.paragraphRef}` : ` — ${t('consultations.comments.staff.general')}`}
        </h3>
        <p class="ksc-tags">
          <span class={`ksc-tag ksc-tag-${c.status}`}>{statusText(t, c.status)}</span>{' '}
          <span class="ksc-tag">{channelText(t, c.channel)}</span>
          {c.hidden ? (
            <>
              {' '}
              <span class="ksc-tag ksc-tag-hidden">{t('consultations.comments.staff.hiddenTag')}</span>
            </>
          ) : null}
        </p>
        <dl class="ksc-facts">
          <dt>{t('consultations.comments.staff.author')}</dt>
          <dd>
            {c.erasedAt ? t('consultations.comments.staff.erased') : (c.authorName ?? '—')}
            {c.authorKind === 'organization'
              ? ` — ${c.organizationName ?? ''}${c.organizationRegister ? ` (${c.organizationRegister})` : ''}`
              : null}
          </dd>
          {c.authorAddress ? (
            <>
              <dt>{t('consultations.comments.staff.address')}</dt>
              <dd>{c.authorAddress}</dd>
            </>
          ) : null}
          {c.email ? (
            <>
              <dt>{t('consultations.comments.staff.email')}</dt>
              <dd>
                <Email value={c.email} />
              </dd>
            </>
          ) : null}
          <dt>{t('consultations.comments.staff.received')}</dt>
          <dd>
            {c.receivedOn ? <DateTime value={c.receivedOn} kind="date" /> : <DateTime value={c.createdAt} withTime />}
          </dd>
          {c.meetingId ? (
            <>
              <dt>{t('consultations.remarks.meeting')}</dt>
              <dd>{meetingTitle ?? t('consultations.remarks.meetingUnknown')}</dd>
            </>
          ) : null}
          {c.placement === 'changed' || c.placement === 'removed' ? (
            <>
              <dt>{t('consultations.comments.staff.placement')}</dt>
              <dd>
                {t(`consultations.comments.staff.placement.${c.placement}`, { version: c.documentVersion ?? '?' })}
              </dd>
            </>
          ) : null}
          {c.groupNumber ? (
            <>
              <dt>{t('consultations.comments.staff.group')}</dt>
              <dd>{c.groupNumber}</dd>
            </>
          ) : null}
          <dt>{t('consultations.comments.staff.answerStatus')}</dt>
          <dd>
            {c.answerStatus
              ? t(`consultations.comments.staff.answer.${c.answerStatus}`)
              : t('consultations.comments.staff.answer.none')}
          </dd>
          {c.hidden ? (
            <>
              <dt>{t('consultations.comments.staff.hiddenReason')}</dt>
              <dd>{c.hiddenReason}</dd>
            </>
          ) : null}
        </dl>
        {c.quotedPassage ? (
          <>
            <p class="ksc-label">{t('consultations.comments.item.quoted')}</p>
            <blockquote class="ksc-pre">{c.quotedPassage}</blockquote>
          </>
        ) : null}
        {c.proposal ? (
          <>
            <p class="ksc-label">{t('consultations.comments.item.proposal')}</p>
            <p class="ksc-pre">{c.proposal}</p>
          </>
        ) : null}
        <p class="ksc-label">
          {c.paragraphId ? t('consultations.comments.item.justification') : t('consultations.comments.form.text')}
        </p>
        <p class="ksc-pre">{c.text}</p>
        <SurveyAnswersList questions={questions} answers={c.surveyAnswers} />
        {c.answer ? <AnswerBlock answer={c.answer} /> : null}
        {c.status === 'confirmed' ? (
          <div class="actions">
            <button
              type="button"
              class={c.hidden ? 'button button-secondary' : 'button button-danger'}
              onClick={() => {
                setError({ general: null })
                setAsking(c.hidden ? 'unhide' : 'hide')
              }}
            >
              {c.hidden ? t('consultations.comments.staff.unhide') : t('consultations.comments.staff.hide')}
              <span class="visually-hidden"> {t('consultations.comments.item.number', { number: c.number })}</span>
            </button>
          </div>
        ) : null}
      </article>
      <ConfirmDialog
        open={asking !== null}
        title={t(
          asking === 'unhide' ? 'consultations.comments.staff.unhideTitle' : 'consultations.comments.staff.hideTitle',
          { number: c.number },
        )}
        confirmLabel={
          asking === 'unhide' ? t('consultations.comments.staff.unhide') : t('consultations.comments.staff.hide')
        }
        onConfirm={() => void moderate()}
        onCancel={() => setAsking(null)}
        busy={busy}
        danger={asking === 'hide'}
        error={error.general}
      >
        {asking === 'hide' ? (
          <>
            <p>{t('consultations.comments.staff.hideBody')}</p>
            <TextAreaField
              formId={formId}
              name="reason"
              label={t('consultations.comments.staff.reason')}
              hint={t('consultations.comments.staff.reasonHint')}
              value={reason}
              onValue={setReason}
              error={error.reason}
              rows={3}
            />
          </>
        ) : (
          <p>{t('consultations.comments.staff.unhideBody')}</p>
        )}
      </ConfirmDialog>
    </li>
  )
}

interface IntakeValues {
  channel: string
  meetingId: string
  receivedOn: string
  paragraphId: string
  quotedPassage: string
  proposal: string
  text: string
  authorName: string
  authorAddress: string
  email: string
  organizationName: string
  organizationRegister: string
}

/**
 * Keying in a comment that reached the office on paper, by e-mail or at a meeting: the date on the letter (a letter
 * dated on the last day counts), the paragraph, the wording and the author. It is confirmed at once; the receipt shown
 * afterwards is given or sent to the author so they can see the answer. Each filled-in form carries one idempotency
 * key, so a repeated send records it once. A remark made at a meeting names the meeting (one of the consultation's,
 * chosen whenever the channel is "meeting"; preselected with its day when the page was opened from the meeting), and
 * the next one keyed in after it stays on the same meeting.
 */
function Intake({
  slug,
  number,
  version,
  paragraphs,
  meetings,
  fromMeeting,
  onSaved,
}: {
  slug: string
  number: string
  version: number | null
  paragraphs: { value: string; label: string }[]
  /** The consultation's meetings to choose from; null while they load. */
  meetings: MeetingChoice[] | null
  /** The meeting number the page was opened for (`?spotkanie=`). */
  fromMeeting: number | null
  onSaved: () => void
}) {
  const t = useT()
  const formId = useFormId('uwaga-wpisana')
  const today = warsawDate(new Date()).date
  const blank: IntakeValues = {
    channel: 'paper',
    meetingId: '',
    receivedOn: today,
    paragraphId: '',
    quotedPassage: '',
    proposal: '',
    text: '',
    authorName: '',
    authorAddress: '',
    email: '',
    organizationName: '',
    organizationRegister: '',
  }
  const [values, setValues] = useState<IntakeValues>(blank)
  const [kind, setKind] = useState<AuthorKind>('resident')
  const [key, setKey] = useState(newIdempotencyKey)
  const [saved, setSaved] = useState<KeyedInComment | null>(null)
  const { errors, version: errorVersion, busy, submit } = useSubmit()
  const done = useRef<HTMLHeadingElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    if (saved) done.current?.focus()
  }, [saved])
  const preselected = meetings?.find((m) => m.number === fromMeeting) ?? null
  // Opened from a meeting: once the meetings are known, the form starts on it, and the focus moves to the form.
  useLayoutEffect(() => {
    if (!preselected) return
    setValues((prev) => ({ ...prev, channel: 'meeting', meetingId: preselected.id, receivedOn: preselected.day }))
    heading.current?.focus()
  }, [preselected?.id])
  const chooseMeeting = (meetingId: string) => {
    const day = meetings?.find((m) => m.id === meetingId)?.day
    setValues((prev) => ({ ...prev, meetingId, receivedOn: day ?? prev.receivedOn }))
  }

  const labels = {
    channel: t('consultations.comments.staff.channel'),
    meetingId: t('consultations.remarks.meeting'),
    receivedOn: t('consultations.comments.staff.receivedOn'),
    paragraphId: t('consultations.comments.staff.paragraph'),
    quotedPassage: t('consultations.comments.form.quotedPassage'),
    proposal: t('consultations.comments.form.proposal'),
    text: t('consultations.comments.staff.text'),
    authorKind: t('consultations.comments.staff.authorKind'),
    authorName: t('consultations.comments.form.authorName'),
    authorAddress: t('consultations.comments.form.authorAddress'),
    email: t('consultations.comments.staff.authorEmail'),
    organizationName: t('consultations.comments.form.organizationName'),
    organizationRegister: t('consultations.comments.form.organizationRegister'),
  }
  const field = (name: Exclude<keyof IntakeValues, 'channel' | 'paragraphId' | 'meetingId'>) => ({
    formId,
    name,
    label: labels[name],
    value: values[name],
    error: errors.fields[name],
    onValue: (value: string) => setValues((prev) => ({ ...prev, [name]: value })),
  })

  const validate = () => {
    const found: Record<string, string> = {}
    if (values.channel === 'meeting' && meetings && meetings.length > 0 && !values.meetingId)
      found.meetingId = t('consultations.remarks.meetingRequired')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.receivedOn))
      found.receivedOn = t('consultations.comments.staff.receivedOnRequired')
    if (!values.text.trim()) found.text = t('consultations.comments.form.textRequired')
    if (!values.authorName.trim()) found.authorName = t('consultations.comments.form.nameRequired')
    if (kind === 'resident' && !values.authorAddress.trim())
      found.authorAddress = t('consultations.comments.form.addressRequired')
    if (values.email.trim()) {
      const email = checkEmail(values.email, t)
      if (email) found.email = email
    }
    if (kind === 'organization') {
      if (!values.organizationName.trim())
        found.organizationName = t('consultations.comments.form.organizationNameRequired')
      if (!values.organizationRegister.trim())
        found.organizationRegister = t('consultations.comments.form.organizationRegisterRequired')
    }
    return found
  }

  const send = () =>
    submit(t, validate, async () => {
      const paragraph = values.paragraphId
      const answer = await postIdempotent<KeyedInComment>(
        commentsApi.staffIntake(slug, number),
        {
          channel: values.channel,
          ...(values.channel === 'meeting' && values.meetingId ? { meetingId: values.meetingId } : {}),
          receivedOn: values.receivedOn,
          ...(paragraph
            ? {
                paragraphId: paragraph,
                documentVersion: version ?? undefined,
                quotedPassage: values.quotedPassage.trim() || undefined,
                proposal: values.proposal.trim() || undefined,
              }
            : {}),
          text: values.text.trim(),
          authorKind: kind,
          authorName: values.authorName.trim(),
          authorAddress: values.authorAddress.trim() || undefined,
          email: values.email.trim() || undefined,
          ...(kind === 'organization'
            ? {
                organizationName: values.organizationName.trim(),
                organizationRegister: values.organizationRegister.trim(),
              }
            : {}),
        },
        key,
      )
      setSaved(answer)
      onSaved()
    })

  const another = () => {
    setValues(
      values.channel === 'meeting'
        ? { ...blank, channel: 'meeting', meetingId: values.meetingId, receivedOn: values.receivedOn }
        : blank,
    )
    setKind('resident')
    setKey(newIdempotencyKey())
    setSaved(null)
  }

  return (
    <section class="panel-section" aria-labelledby="ksc-intake-heading">
      <h2 id="ksc-intake-heading" ref={heading} tabIndex={-1}>
        {t('consultations.comments.staff.intakeHeading')}
      </h2>
      {saved ? (
        <div class="ksc-receipt">
          <h3 id="ksc-intake-done" ref={done} tabIndex={-1}>
            {t('consultations.comments.staff.intakeDone', { number: saved.number })}
          </h3>
          <p>{t('consultations.comments.staff.intakeReceipt')}</p>
          <p class="ksc-code">
            <code>{saved.receipt}</code>
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={another}>
              {t('consultations.comments.staff.intakeAnother')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p class="hint">{t('consultations.comments.staff.intakeIntro')}</p>
          {preselected && values.meetingId === preselected.id ? (
            <p class="notice-info">{t('consultations.remarks.fromMeeting', { title: preselected.title })}</p>
          ) : null}
          <ErrorSummary errors={errors} formId={formId} labels={labels} version={errorVersion} />
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              if (!busy) void send()
            }}
          >
            <RadioGroup
              formId={formId}
              name="channel"
              legend={labels.channel}
              value={values.channel}
              onValue={(channel) => setValues((prev) => ({ ...prev, channel }))}
              error={errors.fields.channel}
              options={(['paper', 'email', 'meeting'] as const).map((c) => ({ value: c, label: channelText(t, c) }))}
              look={commentChoice}
            />
            {values.channel === 'meeting' && meetings && meetings.length > 0 ? (
              <SelectField
                formId={formId}
                name="meetingId"
                label={labels.meetingId}
                hint={t('consultations.remarks.meetingHint')}
                value={values.meetingId}
                onValue={chooseMeeting}
                error={errors.fields.meetingId}
                options={[
                  { value: '', label: t('consultations.remarks.chooseMeeting') },
                  ...meetings.map((m) => ({ value: m.id, label: m.label })),
                ]}
              />
            ) : null}
            <Field
              {...field('receivedOn')}
              type="date"
              hint={t('consultations.comments.staff.receivedOnHint')}
              class="ksc-date"
            />
            <SelectField
              formId={formId}
              name="paragraphId"
              label={labels.paragraphId}
              value={values.paragraphId}
              onValue={(paragraphId) => setValues((prev) => ({ ...prev, paragraphId }))}
              error={errors.fields.paragraphId}
              options={[{ value: '', label: t('consultations.comments.staff.general') }, ...paragraphs]}
            />
            {values.paragraphId ? (
              <>
                <TextAreaField {...field('quotedPassage')} optional rows={2} />
                <TextAreaField {...field('proposal')} optional rows={3} />
              </>
            ) : null}
            <TextAreaField {...field('text')} rows={5} />
            <RadioGroup
              formId={formId}
              name="authorKind"
              legend={labels.authorKind}
              value={kind}
              onValue={(value) => setKind(value as AuthorKind)}
              error={errors.fields.authorKind}
              options={[
                { value: 'resident', label: t('consultations.comments.staff.kindResident') },
                { value: 'organization', label: t('consultations.comments.staff.kindOrganization') },
              ]}
              look={commentChoice}
            />
            {kind === 'organization' ? (
              <>
                <Field {...field('organizationName')} autocomplete="off" />
                <Field
                  {...field('organizationRegister')}
                  hint={t('consultations.comments.form.organizationRegisterHint')}
                  autocomplete="off"
                />
              </>
            ) : null}
            <Field {...field('authorName')} autocomplete="off" />
            <Field {...field('authorAddress')} optional={kind === 'organization'} autocomplete="off" />
            <Field
              {...field('email')}
              type="email"
              optional
              hint={t('consultations.comments.staff.authorEmailHint')}
              autocomplete="off"
            />
            <div class="actions">
              <button type="submit" class="button" disabled={busy} aria-busy={busy ? 'true' : undefined}>
                {t('consultations.comments.staff.intakeSubmit')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  )
}
