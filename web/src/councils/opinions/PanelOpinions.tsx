import '../i18n/pages'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { OpinionRequestView } from '../../../../worker/councils/views/opinions'
import { useT } from '../../core/i18n'
import { TenantPanelFrame } from '../../core/layout/TenantPanelFrame'
import { api, ApiError } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import {
  ConfirmDialog,
  DateTime,
  Empty,
  ErrorState,
  ErrorSummary,
  Field,
  FileField,
  Loading,
  Notice,
  PageHeading,
  problemText,
  RadioGroup,
  SelectField,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { opinionApi, opinionPaths } from './paths'
import { opinionChoice, outcomeText } from './ui'
import { BodyPanelCrumbs } from '../ui/BodyPanelCrumbs'

const SUBJECTS = ['program_wspolpracy', 'strategia_rozwoju', 'projekt_uchwaly', 'inny'] as const

interface ConsultationItem {
  number: number
  title: string
  state: string
}

/**
 * `/panel/{slug}/rady/{body}/opinie`: the staff's requests for the body's opinion. The form sends a published
 * consultation's draft or an uploaded PDF, with the days where the law sets none (the RDPP's 14 days on the programme
 * of cooperation and the development strategy are the law's and cannot change); the table lists every request with
 * its state, last day and outcome, and withdraws one still waiting.
 */
export function PanelOpinions({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const title = t('councils.opinions.panel.title')
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {() => (
        <div class="rdo">
          <BodyPanelCrumbs slug={slug} body={body} title={title} />
          <PageHeading title={title}>{title}</PageHeading>
          <Requests slug={slug} body={body} />
        </div>
      )}
    </TenantPanelFrame>
  )
}

function Requests({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const [items, setItems] = useState<OpinionRequestView[] | null>(null)
  const [failed, setFailed] = useState<ApiError | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [withdrawing, setWithdrawing] = useState<OpinionRequestView | null>(null)
  const [withdrawError, setWithdrawError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const load = () =>
    api<{ items: OpinionRequestView[] }>(opinionApi.requests(slug, body)).then(
      (data) => {
        setItems(data.items)
        setFailed(null)
      },
      (error: unknown) => setFailed(error instanceof ApiError ? error : new ApiError(0, {})),
    )
  useEffect(() => {
    void load()
  }, [slug, body])
  return (
    <>
      <RequestForm
        slug={slug}
        body={body}
        onSent={(r) => {
          setNotice(t('councils.opinions.panel.sent', { number: r.number }))
          void load()
        }}
      />
      <Notice message={notice} />
      <section aria-labelledby="rdo-requests">
        <h2 id="rdo-requests">{t('councils.opinions.panel.list')}</h2>
        {failed ? <ErrorState error={failed} onRetry={() => void load()} /> : null}
        {items === null && !failed ? <Loading /> : null}
        {items && items.length === 0 ? <Empty title={t('councils.opinions.panel.none')} /> : null}
        {items && items.length ? (
          <div class="rdo-scroll">
            <table class="rdo-table">
              <caption>{t('councils.opinions.panel.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('councils.opinions.panel.number')}</th>
                  <th scope="col">{t('councils.opinions.panel.request')}</th>
                  <th scope="col">{t('councils.opinions.status')}</th>
                  <th scope="col">{t('councils.opinions.lastDay')}</th>
                  <th scope="col">{t('councils.opinions.panel.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.number}>
                    <td>{r.number}</td>
                    <th scope="row">
                      {r.title}
                      {r.consultation ? (
                        <>
                          <br />
                          <a href={opinionPaths.consultation(slug, r.consultation.number)}>
                            {t('councils.opinions.panel.consultation', { number: r.consultation.number })}
                          </a>
                        </>
                      ) : null}
                      {r.youthOffer ? (
                        <>
                          <br />
                          {t('councils.opinions.panel.youthOffer')}
                        </>
                      ) : null}
                    </th>
                    <td>
                      {t(`councils.opinions.status.${r.status}`)}
                      {r.daysLeft !== null ? ` (${t('councils.opinions.daysLeft', { days: r.daysLeft })})` : ''}
                    </td>
                    <td>
                      <DateTime value={r.dueOn} kind="date" />
                    </td>
                    <td>
                      {r.resolution ? (
                        <>
                          {t('councils.opinions.givenAs', { number: r.resolution.number ?? '' })}
                          {r.resolution.tally ? <>: {outcomeText(t, r.resolution)}</> : null}
                        </>
                      ) : r.openVote ? (
                        t('councils.opinions.panel.voting', { title: r.openVote.title })
                      ) : (
                        '—'
                      )}
                      {r.status === 'oczekuje' ? (
                        <div class="rdo-actions">
                          <button
                            type="button"
                            class="button button-secondary"
                            aria-label={t('councils.opinions.panel.withdrawOf', { title: r.title })}
                            onClick={() => {
                              setWithdrawError(null)
                              setWithdrawing(r)
                            }}
                          >
                            {t('councils.opinions.panel.withdraw')}
                          </button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <ConfirmDialog
        open={withdrawing !== null}
        title={t('councils.opinions.panel.withdrawTitle')}
        confirmLabel={t('councils.opinions.panel.withdraw')}
        danger
        busy={busy}
        error={withdrawError}
        onCancel={() => setWithdrawing(null)}
        onConfirm={() => {
          if (!withdrawing) return
          setBusy(true)
          api(opinionApi.withdraw(slug, body, withdrawing.number), { method: 'POST' })
            .then(
              () => {
                setWithdrawing(null)
                setNotice(t('councils.opinions.panel.withdrawn', { number: withdrawing.number }))
                void load()
              },
              (error: unknown) => setWithdrawError(problemText(error instanceof ApiError ? error : null, t)),
            )
            .finally(() => setBusy(false))
        }}
      >
        <p>{withdrawing ? t('councils.opinions.panel.withdrawText', { title: withdrawing.title }) : null}</p>
      </ConfirmDialog>
    </>
  )
}

/** The request: what it concerns, title, the draft (a published consultation or a PDF) and the days. */
function RequestForm({ slug, body, onSent }: { slug: string; body: string; onSent: (r: OpinionRequestView) => void }) {
  const t = useT()
  const formId = useFormId('rdo-request')
  const [consultations, setConsultations] = useState<ConsultationItem[]>([])
  const [subject, setSubject] = useState<string>('program_wspolpracy')
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [source, setSource] = useState<string>('konsultacje')
  const [consultation, setConsultation] = useState('')
  const [days, setDays] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const form = useSubmit()
  useEffect(() => {
    api<{ items: ConsultationItem[] }>(opinionApi.consultations(slug)).then(
      (data) => setConsultations(data.items),
      () => setConsultations([]),
    )
  }, [slug])
  const labels = {
    subject: t('councils.opinions.panel.subject'),
    title: t('councils.opinions.panel.titleLabel'),
    description: t('councils.opinions.panel.description'),
    source: t('councils.opinions.panel.source'),
    consultationNumber: t('councils.opinions.panel.consultationLabel'),
    file: t('councils.opinions.panel.file'),
    days: t('councils.opinions.panel.days'),
  }
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('councils.opinions.panel.formHeading')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          let answer: OpinionRequestView | null = null
          void form
            .submit(
              t,
              () => {
                const errors: Record<string, string> = {}
                if (title.trim().length < 5) errors.title = t('councils.opinions.panel.titleShort')
                if (source === 'konsultacje' && !consultation)
                  errors.consultationNumber = t('councils.opinions.panel.chooseConsultation')
                if (source === 'plik' && !file) errors.file = t('councils.opinions.panel.chooseFile')
                if (days && !/^\d{1,3}$/.test(days.trim())) errors.days = t('councils.opinions.panel.daysInvalid')
                return errors
              },
              async () => {
                const fields: Record<string, string> = { subject, title: title.trim(), description: description.trim() }
                if (days.trim()) fields.days = days.trim()
                if (source === 'plik' && file) {
                  const data = new FormData()
                  for (const [k, v] of Object.entries(fields)) if (v) data.set(k, v)
                  data.set('file', file)
                  answer = await api<OpinionRequestView>(opinionApi.requests(slug, body), {
                    method: 'POST',
                    form: data,
                  })
                } else {
                  answer = await api<OpinionRequestView>(opinionApi.requests(slug, body), {
                    method: 'POST',
                    body: {
                      ...fields,
                      consultationNumber: Number(consultation),
                      ...(days.trim() ? { days: Number(days.trim()) } : {}),
                    },
                  })
                }
              },
            )
            .then((ok) => {
              if (!ok || !answer) return
              setTitle('')
              setDescription('')
              setDays('')
              setFile(null)
              if (fileRef.current) fileRef.current.value = ''
              onSent(answer)
            })
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <SelectField
          formId={formId}
          name="subject"
          label={labels.subject}
          hint={t('councils.opinions.panel.subjectHint')}
          value={subject}
          onValue={setSubject}
          options={SUBJECTS.map((s) => ({ value: s, label: t(`councils.opinions.subject.${s}`) }))}
          error={form.errors.fields.subject}
        />
        <Field
          formId={formId}
          name="title"
          label={labels.title}
          value={title}
          onValue={setTitle}
          maxLength={300}
          error={form.errors.fields.title}
        />
        <TextAreaField
          formId={formId}
          name="description"
          label={labels.description}
          optional
          rows={3}
          maxLength={5000}
          value={description}
          onValue={setDescription}
          error={form.errors.fields.description}
        />
        <RadioGroup
          formId={formId}
          name="source"
          legend={labels.source}
          value={source}
          onValue={setSource}
          options={[
            { value: 'konsultacje', label: t('councils.opinions.panel.sourceConsultation') },
            { value: 'plik', label: t('councils.opinions.panel.sourceFile') },
          ]}
          look={opinionChoice}
        />
        {source === 'konsultacje' ? (
          <SelectField
            formId={formId}
            name="consultationNumber"
            label={labels.consultationNumber}
            value={consultation}
            onValue={setConsultation}
            options={[
              { value: '', label: t('councils.opinions.panel.chooseConsultation') },
              ...consultations.map((c) => ({ value: String(c.number), label: `${c.number}: ${c.title}` })),
            ]}
            error={form.errors.fields.consultationNumber}
          />
        ) : (
          <FileField
            id={`${formId}-file`}
            label={labels.file}
            hint={t('councils.opinions.panel.fileHint')}
            accept="application/pdf,.pdf"
            onFile={setFile}
            inputRef={fileRef}
            error={form.errors.fields.file}
          />
        )}
        <Field
          formId={formId}
          name="days"
          label={labels.days}
          hint={t('councils.opinions.panel.daysHint')}
          optional
          inputMode="numeric"
          value={days}
          onValue={setDays}
          error={form.errors.fields.days}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.opinions.panel.submit')}
        </button>
      </form>
    </section>
  )
}
