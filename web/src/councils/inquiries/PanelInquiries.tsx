import '../i18n/pages'
import { useState } from 'preact/hooks'
import type { StaffInquiry } from '../../../../worker/councils/views/inquiries'
import { useT, type Translate } from '../../core/i18n'
import { TenantPanelFrame } from '../../core/layout/TenantPanelFrame'
import { api } from '../../core/lib/api'
import { useForm, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  Crumbs,
  DateTime,
  Empty,
  ErrorState,
  ErrorSummary,
  Field,
  FileField,
  Loading,
  Notice,
  PageHeading,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { rdPaths } from '../paths'
import { inquiryApi } from './paths'
import './inquiries.css'

interface InquiryList {
  body: { slug: string; name: string; kind: string }
  lawDays: number | null
  items: StaffInquiry[]
}

/**
 * `/panel/{slug}/rady/{body}/zapytania` (admin, koordynator): the body's inquiries and requests to the executive, each
 * with the day it was delivered, the last day that counts, the days left or "po terminie", and the answer — or the
 * form to record it once (text and/or the signed letter as a PDF). Below, an inquiry the body adopted on paper is
 * registered with its day of delivery, which starts the clock.
 */
export function PanelInquiries({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const res = useResource<InquiryList>(inquiryApi.list(slug, body))
  const name = res.data?.body.name ?? body
  const title = t('councils.inquiries.panel.title', { body: name })
  const [notice, setNotice] = useState<string | null>(null)
  const done = (message: string) => {
    setNotice(message)
    res.reload()
  }
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {() => (
        <div class="rdq">
          <Crumbs
            class="crumbs"
            label={t('councils.inquiries.panel.crumbs')}
            items={[
              { href: rdPaths.panel(slug), label: t('councils.inquiries.panel.councils') },
              { href: rdPaths.panelBody(slug, body), label: name },
              { label: t('councils.inquiries.panel.crumb') },
            ]}
          />
          <PageHeading title={title}>{title}</PageHeading>
          {res.data ? (
            <p class="lead">
              {res.data.lawDays
                ? t('councils.inquiries.panel.lawDays', { days: res.data.lawDays })
                : t('councils.inquiries.panel.noLawDays')}
            </p>
          ) : null}
          <Notice message={notice} />
          {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
          {res.status === 'loading' && !res.data ? <Loading /> : null}
          <section aria-labelledby="rdq-list-heading">
            <h2 id="rdq-list-heading">{t('councils.inquiries.panel.listHeading')}</h2>
            {res.data && res.data.items.length === 0 ? <Empty title={t('councils.inquiries.panel.none')} /> : null}
            <ul class="rdq-list">
              {(res.data?.items ?? []).map((i) => (
                <li key={i.number} class="rdq-card">
                  <InquiryCard slug={slug} body={body} inquiry={i} onDone={done} />
                </li>
              ))}
            </ul>
          </section>
          {res.data ? (
            <RegisterForm
              slug={slug}
              body={body}
              askDays={res.data.lawDays === null}
              onDone={(n) => done(t('councils.inquiries.register.saved', { number: n }))}
            />
          ) : null}
        </div>
      )}
    </TenantPanelFrame>
  )
}

/** Where the inquiry stands, in words: days left, late, answered (in time or late), or no deadline. */
export function stateText(i: Pick<StaffInquiry, 'state' | 'daysLeft'>, t: Translate): string {
  if (i.state === 'oczekuje') return t('councils.inquiries.state.daysLeft', { days: i.daysLeft ?? 0 })
  return t(`councils.inquiries.state.${i.state}`)
}

function InquiryCard({
  slug,
  body,
  inquiry: i,
  onDone,
}: {
  slug: string
  body: string
  inquiry: StaffInquiry
  onDone: (message: string) => void
}) {
  const t = useT()
  const heading = `rdq-inquiry-${i.number}`
  return (
    <article aria-labelledby={heading}>
      <h3 id={heading}>{t('councils.inquiries.card.heading', { number: i.number, title: i.title })}</h3>
      <dl class="rdq-facts">
        <dt>{t('councils.inquiries.card.delivered')}</dt>
        <dd>
          <DateTime value={i.deliveredOn} />
        </dd>
        <dt>{t('councils.inquiries.card.lastDay')}</dt>
        <dd>{i.dueOn ? <DateTime value={i.dueOn} /> : t('councils.inquiries.card.noDeadline')}</dd>
        <dt>{t('councils.inquiries.card.state')}</dt>
        <dd class={i.overdue ? 'rdq-late' : undefined}>{stateText(i, t)}</dd>
        {i.resolution?.number ? (
          <>
            <dt>{t('councils.inquiries.card.resolution')}</dt>
            <dd>{i.resolution.number}</dd>
          </>
        ) : null}
      </dl>
      <p class="rdq-text">{i.text}</p>
      {i.answeredAt ? (
        <section aria-labelledby={`${heading}-answer`}>
          <h4 id={`${heading}-answer`}>{t('councils.inquiries.card.answer')}</h4>
          <p>
            {t('councils.inquiries.card.answeredBy', { who: i.answeredBy ?? t('councils.inquiries.card.office') })}{' '}
            <DateTime value={i.answeredAt} withTime />
          </p>
          {i.answer ? <p class="rdq-text">{i.answer}</p> : null}
          {i.answerFile ? (
            <p>
              <a href={inquiryApi.answerPdf(slug, body, i.number)}>
                {t('councils.inquiries.card.answerPdf', { number: i.number })}
              </a>
            </p>
          ) : null}
        </section>
      ) : (
        <AnswerForm slug={slug} body={body} inquiry={i} onDone={onDone} />
      )}
    </article>
  )
}

function AnswerForm({
  slug,
  body,
  inquiry: i,
  onDone,
}: {
  slug: string
  body: string
  inquiry: StaffInquiry
  onDone: (message: string) => void
}) {
  const t = useT()
  const formId = useFormId(`rdq-answer-${i.number}`)
  const [answer, setAnswer] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const form = useSubmit()
  const labels = { answer: t('councils.inquiries.answer.text'), file: t('councils.inquiries.answer.file') }
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
              !answer.trim() && !file ? { answer: t('councils.inquiries.answer.missing') } : {},
            async () => {
              const data = new FormData()
              if (answer.trim()) data.set('answer', answer.trim())
              if (file) data.set('file', file)
              await api(inquiryApi.answer(slug, body, i.number), { method: 'POST', form: data })
            },
          )
          .then((ok) => ok && onDone(t('councils.inquiries.answer.saved', { number: i.number })))
      }}
    >
      <h4 id={`${formId}-heading`}>{t('councils.inquiries.answer.heading', { number: i.number })}</h4>
      <p class="hint">{t('councils.inquiries.answer.once')}</p>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <TextAreaField
        formId={formId}
        name="answer"
        label={labels.answer}
        rows={6}
        value={answer}
        onValue={setAnswer}
        optional
        error={form.errors.fields.answer}
      />
      <FileField
        id={`${formId}-file`}
        label={labels.file}
        hint={t('councils.inquiries.answer.fileHint')}
        accept="application/pdf,.pdf"
        onFile={setFile}
        error={form.errors.fields.file}
      />
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.inquiries.answer.save', { number: i.number })}
      </button>
    </form>
  )
}

function RegisterForm({
  slug,
  body,
  askDays,
  onDone,
}: {
  slug: string
  body: string
  askDays: boolean
  onDone: (number: number) => void
}) {
  const t = useT()
  const formId = useFormId('rdq-register')
  const empty = { title: '', text: '', deliveredOn: '', resolutionNumber: '', days: '' }
  const form = useForm(empty)
  const { values } = form
  const bind = (name: keyof typeof empty) => ({ formId, ...form.field(name) })
  const labels = {
    title: t('councils.inquiries.register.title'),
    text: t('councils.inquiries.register.text'),
    deliveredOn: t('councils.inquiries.register.deliveredOn'),
    resolutionNumber: t('councils.inquiries.register.resolutionNumber'),
    days: t('councils.inquiries.register.days'),
  }
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('councils.inquiries.register.heading')}</h2>
      <p>{t('councils.inquiries.register.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          let created = 0
          void form
            .submit(
              t,
              () => {
                const errors: Record<string, string> = {}
                if (values.title.trim().length < 3) errors.title = t('councils.inquiries.register.titleMissing')
                if (values.text.trim().length < 3) errors.text = t('councils.inquiries.register.textMissing')
                if (!/^\d{4}-\d{2}-\d{2}$/.test(values.deliveredOn))
                  errors.deliveredOn = t('councils.inquiries.register.dayMissing')
                if (values.days && !/^\d{1,3}$/.test(values.days))
                  errors.days = t('councils.inquiries.register.daysBad')
                return errors
              },
              async () => {
                const saved = await api<StaffInquiry>(inquiryApi.list(slug, body), {
                  method: 'POST',
                  body: {
                    title: values.title.trim(),
                    text: values.text.trim(),
                    deliveredOn: values.deliveredOn,
                    ...(values.resolutionNumber.trim() ? { resolutionNumber: values.resolutionNumber.trim() } : {}),
                    ...(askDays && values.days ? { days: Number(values.days) } : {}),
                  },
                })
                created = saved.number
              },
            )
            .then((ok) => {
              if (!ok) return
              form.setValues(empty)
              onDone(created)
            })
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <Field {...bind('title')} label={labels.title} />
        <TextAreaField {...bind('text')} label={labels.text} rows={5} />
        <Field
          {...bind('deliveredOn')}
          label={labels.deliveredOn}
          type="date"
          hint={t('councils.inquiries.register.deliveredHint')}
        />
        <Field
          {...bind('resolutionNumber')}
          label={labels.resolutionNumber}
          hint={t('councils.inquiries.register.resolutionHint')}
          optional
        />
        {askDays ? (
          <Field
            {...bind('days')}
            label={labels.days}
            inputMode="numeric"
            hint={t('councils.inquiries.register.daysHint')}
            optional
          />
        ) : null}
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.inquiries.register.save')}
        </button>
      </form>
    </section>
  )
}
