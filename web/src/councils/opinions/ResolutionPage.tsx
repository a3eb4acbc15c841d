import '../i18n/pages'
import { useEffect, useState } from 'preact/hooks'
import type { ResolutionView } from '../../../../worker/councils/views/opinions'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import {
  Crumbs,
  DateTime,
  ErrorState,
  ErrorSummary,
  Loading,
  Notice,
  PageHeading,
  RadioGroup,
  useFormId,
} from '../../core/ui'
import { rdPaths } from '../paths'
import { opinionApi, opinionPaths } from './paths'
import { NoKey, opinionChoice, outcomeText, useMemberData } from './ui'

const OPTIONS = ['za', 'przeciw', 'wstrzymuje_sie'] as const

/** How often an open vote's counts are read again while the page is open. */
const REFRESH_MS = 15_000

/**
 * `/{slug}/rady/{body}/czlonek/uchwaly/{id}`: a resolution put to the body's vote, for its members: the text, my vote
 * (a radio group, changeable while the vote is open), the live counts and who voted how so far (read again every
 * 15 seconds and announced politely), and for the chair "close and count" with the outcome and its reason in words.
 */
export function ResolutionPage({ slug, body, id }: { slug: string; body: string; id: string }) {
  const t = useT()
  const { state, reload, set } = useMemberData<ResolutionView>(slug, body, opinionApi.resolution(slug, body, id))
  const open = state.state === 'ready' && state.data.status === 'glosowanie'
  useEffect(() => {
    if (!open) return
    const timer = setInterval(() => reload(true), REFRESH_MS)
    return () => clearInterval(timer)
  }, [open, slug, body, id])
  const title = state.state === 'ready' ? state.data.title : t('councils.opinions.resolution.title')
  return (
    <div class="rdo">
      <Crumbs
        class="crumbs"
        label={t('councils.opinions.crumbs')}
        items={[
          { href: rdPaths.member(slug, body), label: t('councils.opinions.space') },
          ...(state.state === 'ready' && state.data.request
            ? [
                {
                  href: opinionPaths.request(slug, body, state.data.request.number),
                  label: t('councils.opinions.request.crumb', { number: state.data.request.number }),
                },
              ]
            : []),
          { label: t('councils.opinions.resolution.crumb') },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      {state.state === 'loading' ? <Loading /> : null}
      {state.state === 'nokey' ? <NoKey slug={slug} body={body} refused={state.refused} /> : null}
      {state.state === 'failed' ? <ErrorState error={state.error} onRetry={() => reload()} /> : null}
      {state.state === 'ready' ? (
        <ResolutionContent slug={slug} body={body} token={state.key} r={state.data} onChange={(next) => set(next)} />
      ) : null}
    </div>
  )
}

function ResolutionContent({
  slug,
  body,
  token,
  r,
  onChange,
}: {
  slug: string
  body: string
  token: string
  r: ResolutionView
  onChange: (next: ResolutionView) => void
}) {
  const t = useT()
  const formId = useFormId('rdo-vote')
  const [choice, setChoice] = useState<string | null>(r.myVote)
  const [notice, setNotice] = useState<string | null>(null)
  const voting = useSubmit()
  const closing = useSubmit()
  const open = r.status === 'glosowanie'
  const labels = { option: t('councils.opinions.vote.legend') }
  return (
    <>
      <section aria-labelledby="rdo-text" class="rdo-card">
        <h2 id="rdo-text">{t('councils.opinions.resolution.text')}</h2>
        <dl class="rdo-facts">
          <dt>{t('councils.opinions.resolution.kind')}</dt>
          <dd>{t(`councils.opinions.kind.${r.kind}`)}</dd>
          <dt>{t('councils.opinions.status')}</dt>
          <dd>{t(`councils.opinions.resolutionStatus.${r.status}`)}</dd>
          {r.number ? (
            <>
              <dt>{t('councils.opinions.resolution.number')}</dt>
              <dd>{r.number}</dd>
            </>
          ) : null}
          <dt>{t('councils.opinions.resolution.opened')}</dt>
          <dd>
            <DateTime value={r.openedAt} withTime />
          </dd>
          {r.request?.dueOn ? (
            <>
              <dt>{t('councils.opinions.lastDay')}</dt>
              <dd>
                <DateTime value={r.request.dueOn} kind="date" />
              </dd>
            </>
          ) : null}
        </dl>
        <p class="rdo-text">{r.text}</p>
      </section>

      {open ? (
        <form
          noValidate
          aria-labelledby={`${formId}-heading`}
          onSubmit={(event) => {
            event.preventDefault()
            let next: ResolutionView | null = null
            void voting
              .submit(
                t,
                (): Record<string, string> => (choice ? {} : { option: t('councils.opinions.vote.choose') }),
                async () => {
                  next = await api<ResolutionView>(opinionApi.vote(slug, body, r.id), {
                    method: 'PUT',
                    token,
                    body: { option: choice },
                  })
                },
              )
              .then((ok) => {
                if (ok && next) {
                  onChange(next)
                  setNotice(t('councils.opinions.vote.saved', { option: t(`councils.opinions.option.${choice}`) }))
                }
              })
          }}
        >
          <h2 id={`${formId}-heading`}>{t('councils.opinions.vote.heading')}</h2>
          <ErrorSummary errors={voting.errors} formId={formId} labels={labels} version={voting.version} />
          <RadioGroup
            formId={formId}
            name="option"
            legend={labels.option}
            hint={
              r.myVote
                ? t('councils.opinions.vote.current', { option: t(`councils.opinions.option.${r.myVote}`) })
                : undefined
            }
            error={voting.errors.fields.option}
            value={choice}
            onValue={setChoice}
            options={OPTIONS.map((o) => ({ value: o, label: t(`councils.opinions.option.${o}`) }))}
            look={opinionChoice}
          />
          <button type="submit" class="button" disabled={voting.busy}>
            {t('councils.opinions.vote.submit')}
          </button>
        </form>
      ) : null}
      <Notice message={notice} />

      <section aria-labelledby="rdo-count">
        <h2 id="rdo-count">{open ? t('councils.opinions.count.live') : t('councils.opinions.count.final')}</h2>
        <div aria-live="polite">
          <ul class="rdo-counts">
            <li>{t('councils.opinions.count.za', { n: r.counts.za })}</li>
            <li>{t('councils.opinions.count.przeciw', { n: r.counts.przeciw })}</li>
            <li>{t('councils.opinions.count.wstrzymuje', { n: r.counts.wstrzymuje_sie })}</li>
            <li>{t('councils.opinions.count.members', { n: r.membersInOffice })}</li>
          </ul>
          {!open ? <p class="rdo-outcome">{outcomeText(t, r)}</p> : null}
        </div>
        {r.votes.length ? (
          <div class="rdo-scroll">
            <table class="rdo-table">
              <caption>{t('councils.opinions.count.named')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('councils.opinions.count.member')}</th>
                  <th scope="col">{t('councils.opinions.count.vote')}</th>
                </tr>
              </thead>
              <tbody>
                {r.votes.map((v) => (
                  <tr key={v.memberId}>
                    <th scope="row">{v.name}</th>
                    <td>{t(`councils.opinions.option.${v.option}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('councils.opinions.count.none')}</p>
        )}
      </section>

      {r.canClose ? (
        <section aria-labelledby="rdo-close">
          <h2 id="rdo-close">{t('councils.opinions.close.heading')}</h2>
          <p>{t('councils.opinions.close.intro')}</p>
          <ErrorSummary errors={closing.errors} formId={`${formId}-close`} labels={{}} version={closing.version} />
          <button
            type="button"
            class="button"
            disabled={closing.busy}
            onClick={() => {
              let next: ResolutionView | null = null
              void closing
                .submit(
                  t,
                  () => ({}),
                  async () => {
                    next = await api<ResolutionView>(opinionApi.close(slug, body, r.id), { method: 'POST', token })
                  },
                )
                .then((ok) => {
                  if (ok && next) {
                    onChange(next)
                    setNotice(outcomeText(t, next))
                  }
                })
            }}
          >
            {t('councils.opinions.close.submit')}
          </button>
        </section>
      ) : null}
    </>
  )
}
