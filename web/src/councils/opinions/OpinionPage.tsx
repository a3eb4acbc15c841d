import '../i18n/pages'
import { useState } from 'preact/hooks'
import type { Tally } from '../../../../worker/councils/domain/votes'
import type { OpinionRequestView, ResolutionView } from '../../../../worker/councils/views/opinions'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import {
  Crumbs,
  DateTime,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  PageHeading,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { navigate } from '../../router'
import { rdPaths } from '../paths'
import { Discussion } from '../ui/Discussion'
import { opinionApi, opinionPaths } from './paths'
import { downloadWithKey, NoKey, outcomeText, useMemberData } from './ui'

/** The consultation's draft as the members read it (the server's `DraftForBody`). */
interface Draft {
  version: number
  sections: { heading: string; paragraphs: { marker: string | null; text: string }[] }[]
}

export interface MemberRequest extends OpinionRequestView {
  me: { id: string; name: string; role: string }
  body: { slug: string; name: string; kind: string }
  draft: Draft | null
  draftFileUrl: string | null
  topic: string
  resolutions: {
    id: string
    title: string
    status: ResolutionView['status']
    number: string | null
    tally: Tally | null
  }[]
}

/**
 * `/{slug}/rady/{body}/czlonek/opinie/{number}`: a request for the body's opinion as its members read it, with the
 * member's key: the draft (the consultation's text, or the PDF to download), the last day that counts and the days
 * left, the votes on it so far, the form proposing the opinion's text as the body's resolution (or the link to the
 * vote already open), and the members' discussion of this request.
 */
export function OpinionPage({ slug, body, number }: { slug: string; body: string; number: string }) {
  const t = useT()
  const { state, reload } = useMemberData<MemberRequest>(slug, body, opinionApi.memberRequest(slug, body, number))
  const title = state.state === 'ready' ? state.data.title : t('councils.opinions.request.title')
  return (
    <div class="rdo">
      <Crumbs
        class="crumbs"
        label={t('councils.opinions.crumbs')}
        items={[
          { href: rdPaths.member(slug, body), label: t('councils.opinions.space') },
          { label: t('councils.opinions.request.crumb', { number }) },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      {state.state === 'loading' ? <Loading /> : null}
      {state.state === 'nokey' ? <NoKey slug={slug} body={body} refused={state.refused} /> : null}
      {state.state === 'failed' ? <ErrorState error={state.error} onRetry={() => reload()} /> : null}
      {state.state === 'ready' ? (
        <RequestContent slug={slug} body={body} token={state.key} request={state.data} onChange={() => reload(true)} />
      ) : null}
    </div>
  )
}

function RequestContent({
  slug,
  body,
  token,
  request,
  onChange,
}: {
  slug: string
  body: string
  token: string
  request: MemberRequest
  onChange: () => void
}) {
  const t = useT()
  const [downloadError, setDownloadError] = useState<string | null>(null)
  const open = request.status === 'oczekuje'
  return (
    <>
      <section aria-labelledby="rdo-facts" class="rdo-card">
        <h2 id="rdo-facts">{t('councils.opinions.request.facts')}</h2>
        <dl class="rdo-facts">
          <dt>{t('councils.opinions.subject')}</dt>
          <dd>{t(`councils.opinions.subject.${request.subject}`)}</dd>
          <dt>{t('councils.opinions.status')}</dt>
          <dd>{t(`councils.opinions.status.${request.status}`)}</dd>
          <dt>{t('councils.opinions.delivered')}</dt>
          <dd>
            <DateTime value={request.deliveredAt} withTime />
          </dd>
          <dt>{t('councils.opinions.lastDay')}</dt>
          <dd>
            <DateTime value={request.dueOn} kind="date" />
            {request.daysLeft !== null ? ` (${t('councils.opinions.daysLeft', { days: request.daysLeft })})` : ''}
          </dd>
        </dl>
        <p>
          {request.statutory
            ? t(request.silenceWaives ? 'councils.opinions.clock.waives' : 'councils.opinions.clock.law', {
                days: request.days ?? 0,
              })
            : t('councils.opinions.clock.request', { days: request.days ?? 0 })}
        </p>
        {request.description ? <p class="rdo-text">{request.description}</p> : null}
        {request.consultation ? (
          <p>
            <a href={opinionPaths.consultation(slug, request.consultation.number)}>
              {t('councils.opinions.consultationLink', { title: request.consultation.title })}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="rdo-draft">
        <h2 id="rdo-draft">{t('councils.opinions.draft')}</h2>
        {request.draft ? (
          <div class="rdo-draft rdo-card">
            {request.draft.sections.map((s, i) => (
              <div key={i}>
                {s.heading ? <h3>{s.heading}</h3> : null}
                {s.paragraphs.map((p, j) => (
                  <p key={j}>
                    {p.marker ? <strong>{p.marker} </strong> : null}
                    {p.text}
                  </p>
                ))}
              </div>
            ))}
          </div>
        ) : request.draftFileUrl ? (
          <>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setDownloadError(null)
                downloadWithKey(request.draftFileUrl!, token, 'projekt.pdf').catch(() =>
                  setDownloadError(t('councils.opinions.downloadFailed')),
                )
              }}
            >
              {t('councils.opinions.download')}
            </button>
            {downloadError ? (
              <p class="field-error" role="alert">
                {downloadError}
              </p>
            ) : null}
          </>
        ) : (
          <p>{t('councils.opinions.noDraft')}</p>
        )}
      </section>

      <section aria-labelledby="rdo-votes">
        <h2 id="rdo-votes">{t('councils.opinions.votesOnRequest')}</h2>
        {request.resolutions.length ? (
          <ul>
            {request.resolutions.map((r) => (
              <li key={r.id}>
                <a href={opinionPaths.resolution(slug, body, r.id)}>{r.number ? `${r.number}: ${r.title}` : r.title}</a>
                {' — '}
                {outcomeText(t, r)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('councils.opinions.noVotesYet')}</p>
        )}
        {request.resolution ? (
          <p>{t('councils.opinions.givenAs', { number: request.resolution.number ?? '' })}</p>
        ) : null}
        {open && request.openVote ? (
          <p>
            <a class="button" href={opinionPaths.resolution(slug, body, request.openVote.id)}>
              {t('councils.opinions.toOpenVote')}
            </a>
          </p>
        ) : null}
        {open && !request.openVote ? <ProposeForm slug={slug} body={body} token={token} request={request} /> : null}
      </section>

      <Discussion
        slug={slug}
        body={body}
        token={token}
        topic={request.topic}
        messages="councils.opinions.discussion"
        onPosted={onChange}
      />
    </>
  )
}

/** The opinion's text proposed as the body's resolution; the vote opens at once and the page moves to it. */
function ProposeForm({
  slug,
  body,
  token,
  request,
}: {
  slug: string
  body: string
  token: string
  request: MemberRequest
}) {
  const t = useT()
  const formId = useFormId('rdo-propose')
  const [title, setTitle] = useState(
    t('councils.opinions.propose.defaultTitle', { body: request.body.name, title: request.title }),
  )
  const [text, setText] = useState('')
  const form = useSubmit()
  const labels = { title: t('councils.opinions.propose.titleLabel'), text: t('councils.opinions.propose.textLabel') }
  return (
    <form
      noValidate
      aria-labelledby={`${formId}-heading`}
      onSubmit={(event) => {
        event.preventDefault()
        let created: { id: string } | null = null
        void form
          .submit(
            t,
            () => {
              const errors: Record<string, string> = {}
              if (title.trim().length < 5) errors.title = t('councils.opinions.propose.titleShort')
              if (text.trim().length < 10) errors.text = t('councils.opinions.propose.textShort')
              return errors
            },
            async () => {
              created = await api<{ id: string }>(opinionApi.propose(slug, body, request.number), {
                method: 'POST',
                token,
                body: { title: title.trim(), text: text.trim() },
              })
            },
          )
          .then((ok) => {
            if (ok && created) navigate(opinionPaths.resolution(slug, body, created.id))
          })
      }}
    >
      <h3 id={`${formId}-heading`}>{t('councils.opinions.propose.heading')}</h3>
      <p>{t('councils.opinions.propose.intro')}</p>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
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
        name="text"
        label={labels.text}
        rows={8}
        maxLength={20000}
        value={text}
        onValue={setText}
        error={form.errors.fields.text}
      />
      <button type="submit" class="button" disabled={form.busy}>
        {t('councils.opinions.propose.submit')}
      </button>
    </form>
  )
}
