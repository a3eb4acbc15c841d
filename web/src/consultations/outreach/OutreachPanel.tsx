import '../i18n/pages'
import { useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { checkEmail, useForm, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  Checkbox,
  DataRegion,
  DataTable,
  DateTime,
  Email,
  ErrorState,
  ErrorSummary,
  Field,
  FileField,
  Loading,
  Notice,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { PanelConsultationPage } from '../panel/PanelNav'
import { ksChoice } from '../panel/ui'
import { MaterialLinks } from './OutreachLinks'
import { outreachApi } from './paths'
import type { OpinionView, OutreachView } from './types'
import './outreach.css'

const CHANNELS = ['ngo_email', 'advisory_body_email', 'subscriber_email'] as const

/**
 * `/panel/{slug}/konsultacje/{n}/zasieg`: who was told of the consultation and how — the invitations sent on launch
 * counted per channel (organisations by their areas of public tasks, advisory bodies, subscribers), the organisations
 * invited by name, "send the missing ones" when an organisation joined the directory later — and the advisory bodies
 * asked for an opinion, each with its last day and the opinion once received; then the announcement and the poster.
 */
export function OutreachPanel({ slug, number }: { slug: string; number: string }) {
  return (
    <PanelConsultationPage slug={slug} number={number} current="outreach">
      {(ctx) => <Outreach slug={slug} number={number} published={ctx.consultation.state !== 'draft'} />}
    </PanelConsultationPage>
  )
}

function Outreach({ slug, number, published }: { slug: string; number: string; published: boolean }) {
  const t = useT()
  const res = useResource<OutreachView>(outreachApi.outreach(slug, number))
  const [notice, setNotice] = useState<string | null>(null)
  const data = res.data
  return (
    <DataRegion busy={res.status === 'loading'}>
      <Notice message={notice} />
      {res.status === 'loading' && !data ? <Loading /> : null}
      {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
      {data ? (
        <>
          <Invitations
            slug={slug}
            number={number}
            data={data}
            onSent={(text) => {
              setNotice(text)
              res.reload()
            }}
          />
          <Opinions
            slug={slug}
            number={number}
            opinions={data.opinions}
            published={published}
            onSaved={(text) => {
              setNotice(text)
              res.reload()
            }}
          />
          <section aria-labelledby="ks-outreach-materials">
            <h2 id="ks-outreach-materials">{t('consultations.outreach.panel.materials')}</h2>
            {published ? (
              <MaterialLinks
                slug={slug}
                number={number}
                items={['announcement', 'announcementPdf', 'poster']}
                class="ks-outreach-links"
              />
            ) : (
              <p>{t('consultations.outreach.panel.materialsDraft')}</p>
            )}
          </section>
        </>
      ) : null}
    </DataRegion>
  )
}

function Invitations({
  slug,
  number,
  data,
  onSent,
}: {
  slug: string
  number: string
  data: OutreachView
  onSent: (notice: string) => void
}) {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const sendMissing = async () => {
    setBusy(true)
    setError(null)
    try {
      const answer = await api<{ sent: Record<(typeof CHANNELS)[number], number> }>(outreachApi.invite(slug, number), {
        method: 'POST',
      })
      const total = CHANNELS.reduce((n, ch) => n + answer.sent[ch], 0)
      onSent(t('consultations.outreach.panel.sent', { count: total }))
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, {}))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby="ks-outreach-invitations">
      <h2 id="ks-outreach-invitations">{t('consultations.outreach.panel.invitations')}</h2>
      {data.status === 'draft' ? <p>{t('consultations.outreach.panel.draftNote')}</p> : null}
      <DataTable
        captionId="ks-outreach-counts"
        caption={t('consultations.outreach.panel.countsCaption')}
        columns={[t('consultations.outreach.panel.channel'), t('consultations.outreach.panel.count')]}
      >
        {CHANNELS.map((ch) => (
          <tr key={ch}>
            <th scope="row">{t(`consultations.outreach.channel.${ch}`)}</th>
            <td>{data.counts[ch]}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('consultations.outreach.panel.total')}</th>
          <td>{data.total}</td>
        </tr>
      </DataTable>
      {data.unsent > 0 ? (
        <div class="ks-outreach-missing">
          <p>
            {data.uninvitedOrganizations > 0
              ? t('consultations.outreach.panel.uninvited', { count: data.uninvitedOrganizations })
              : t('consultations.outreach.panel.unsent', { count: data.unsent })}
          </p>
          <button type="button" class="button" onClick={sendMissing} disabled={busy}>
            {t('consultations.outreach.panel.sendMissing')}
          </button>
        </div>
      ) : null}
      <div aria-live="polite">
        {error ? <ErrorState error={error} title={t('consultations.outreach.panel.sendFailed')} /> : null}
      </div>
      {data.invitations.length > 0 ? (
        <>
          <h3 id="ks-outreach-list-heading">{t('consultations.outreach.panel.invitedHeading')}</h3>
          <ul class="ks-invited" aria-labelledby="ks-outreach-list-heading">
            {data.invitations.map((i, index) => (
              <li key={index}>
                <span class="ks-invited-name">{i.recipientName}</span>
                <span class="ks-invited-meta">
                  {t(`consultations.outreach.channel.${i.channel}`)}
                  {' · '}
                  <DateTime value={i.sentAt} kind="dateTime" />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="hint">{t('consultations.outreach.panel.subscribersNote')}</p>
    </section>
  )
}

function Opinions({
  slug,
  number,
  opinions,
  published,
  onSaved,
}: {
  slug: string
  number: string
  opinions: OpinionView[]
  published: boolean
  onSaved: (notice: string) => void
}) {
  const t = useT()
  return (
    <section aria-labelledby="ks-outreach-opinions">
      <h2 id="ks-outreach-opinions">{t('consultations.outreach.panel.opinions')}</h2>
      <p>{t('consultations.outreach.panel.opinionsIntro')}</p>
      {opinions.length === 0 ? <p>{t('consultations.outreach.panel.noBodies')}</p> : null}
      {opinions.map((o) => (
        <OpinionCard key={o.id} slug={slug} number={number} o={o} onSaved={onSaved} />
      ))}
      <AddBody slug={slug} number={number} published={published} onSaved={onSaved} />
    </section>
  )
}

/** What the parts of a body's opinion work on: the consultation, the body's row, and the notice to give when saved. */
interface OpinionPart {
  slug: string
  number: string
  o: OpinionView
  onSaved: (notice: string) => void
}

function OpinionCard({ slug, number, o, onSaved }: OpinionPart) {
  const t = useT()
  const formId = useFormId(`ks-opinion-${o.id}`)
  const form = useForm({ opinion: o.opinion ?? '', receivedOn: o.receivedOn ?? '' })
  const labels = {
    opinion: t('consultations.outreach.opinion.text'),
    receivedOn: t('consultations.outreach.opinion.receivedOn'),
  }
  const headingId = `${formId}-heading`
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const ok = await form.submit(
      t,
      (): Record<string, string> =>
        form.values.opinion.trim() && !form.values.receivedOn
          ? { receivedOn: t('consultations.outreach.opinion.receivedOnRequired') }
          : {},
      async () => {
        await api(outreachApi.opinion(slug, number, o.id), {
          method: 'PATCH',
          body: { opinion: form.values.opinion.trim() || null, receivedOn: form.values.receivedOn || null },
        })
      },
    )
    if (ok) onSaved(t('consultations.outreach.opinion.saved', { body: o.bodyName }))
  }
  return (
    <article class="ks-opinion" aria-labelledby={headingId}>
      <h3 id={headingId}>{o.bodyName}</h3>
      <dl>
        <dt>{t('consultations.outreach.opinion.email')}</dt>
        <dd>
          <Email value={o.email} />
        </dd>
        <dt>{t('consultations.outreach.opinion.required')}</dt>
        <dd>
          {t(o.required ? 'consultations.outreach.opinion.requiredYes' : 'consultations.outreach.opinion.requiredNo')}
        </dd>
        <dt>{t('consultations.outreach.opinion.asked')}</dt>
        <dd>
          {o.askedAt ? <DateTime value={o.askedAt} kind="dateTime" /> : t('consultations.outreach.opinion.notAsked')}
        </dd>
        <dt>{t('consultations.outreach.opinion.dueOn')}</dt>
        <dd>{o.dueOn ? <DateTime value={o.dueOn} kind="date" /> : t('consultations.outreach.opinion.noDue')}</dd>
        <dt>{t('consultations.outreach.opinion.status')}</dt>
        <dd>
          {o.receivedOn ? (
            <>
              {t('consultations.outreach.opinion.received')} <DateTime value={o.receivedOn} kind="date" />
            </>
          ) : (
            t('consultations.outreach.opinion.waiting')
          )}
        </dd>
      </dl>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'}>
        <TextAreaField formId={formId} {...form.field('opinion')} label={labels.opinion} optional rows={5} />
        <Field formId={formId} {...form.field('receivedOn')} label={labels.receivedOn} type="date" optional />
        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {t('consultations.outreach.opinion.save', { body: o.bodyName })}
          </button>
        </div>
      </form>
      <OpinionFileForm slug={slug} number={number} o={o} onSaved={onSaved} />
    </article>
  )
}

/** The opinion as a PDF (the body's resolution, a signed scan): the link to the kept one, and an upload. */
function OpinionFileForm({ slug, number, o, onSaved }: OpinionPart) {
  const t = useT()
  const formId = useFormId(`ks-opinion-file-${o.id}`)
  const [file, setFile] = useState<File | null>(null)
  const { errors, version, busy, submit } = useSubmit()
  const labels = { file: t('consultations.outreach.opinion.file') }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const ok = await submit(
      t,
      (): Record<string, string> => (file ? {} : { file: t('consultations.outreach.opinion.fileRequired') }),
      async () => {
        const form = new FormData()
        form.set('file', file!)
        await api(outreachApi.opinionFile(slug, number, o.id), { method: 'POST', form })
      },
    )
    if (ok) onSaved(t('consultations.outreach.opinion.fileSaved', { body: o.bodyName }))
  }
  return (
    <>
      {o.hasFile ? (
        <p>
          <a href={`/api/v1${outreachApi.opinionFile(slug, number, o.id)}`} type="application/pdf">
            {t('consultations.outreach.opinion.download', { body: o.bodyName })}
          </a>
        </p>
      ) : null}
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'}>
        <FileField
          id={`${formId}-file`}
          label={labels.file}
          hint={t('consultations.outreach.opinion.fileHint')}
          error={errors.fields.file}
          accept="application/pdf,.pdf"
          onFile={setFile}
        />
        <div class="actions">
          <button type="submit" class="button button-secondary" disabled={busy}>
            {t('consultations.outreach.opinion.upload', { body: o.bodyName })}
          </button>
        </div>
      </form>
    </>
  )
}

function AddBody({
  slug,
  number,
  published,
  onSaved,
}: {
  slug: string
  number: string
  published: boolean
  onSaved: (notice: string) => void
}) {
  const t = useT()
  const formId = useFormId('ks-add-body')
  const form = useForm({ bodyName: '', email: '', dueOn: '' })
  const [required, setRequired] = useState(false)
  const labels = {
    bodyName: t('consultations.outreach.body.name'),
    email: t('consultations.outreach.body.email'),
    required: t('consultations.outreach.body.required'),
    dueOn: t('consultations.outreach.body.dueOn'),
  }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const { bodyName, email, dueOn } = form.values
    const ok = await form.submit(
      t,
      (): Record<string, string> => {
        const errors: Record<string, string> = {}
        if (bodyName.trim().length < 3) errors.bodyName = t('consultations.outreach.body.nameRequired')
        const bad = checkEmail(email, t)
        if (bad) errors.email = bad
        return errors
      },
      async () => {
        await api(outreachApi.opinions(slug, number), {
          method: 'POST',
          body: { bodyName: bodyName.trim(), email: email.trim(), required, dueOn: dueOn || null },
        })
      },
    )
    if (ok) {
      form.setValues({ bodyName: '', email: '', dueOn: '' })
      setRequired(false)
      onSaved(
        t(published ? 'consultations.outreach.body.addedAsked' : 'consultations.outreach.body.added', {
          body: bodyName.trim(),
        }),
      )
    }
  }
  return (
    <section aria-labelledby={`${formId}-heading`} class="ks-add-body">
      <h3 id={`${formId}-heading`}>{t('consultations.outreach.body.heading')}</h3>
      <p class="hint">
        {t(published ? 'consultations.outreach.body.introPublished' : 'consultations.outreach.body.introDraft')}
      </p>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'}>
        <Field formId={formId} {...form.field('bodyName')} label={labels.bodyName} autocomplete="organization" />
        <Field
          formId={formId}
          {...form.field('email')}
          label={labels.email}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <Checkbox
          formId={formId}
          name="required"
          label={labels.required}
          checked={required}
          onChecked={setRequired}
          look={ksChoice}
        />
        <Field
          formId={formId}
          {...form.field('dueOn')}
          label={labels.dueOn}
          hint={t('consultations.outreach.body.dueOnHint')}
          type="date"
          optional
        />
        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {t('consultations.outreach.body.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}
