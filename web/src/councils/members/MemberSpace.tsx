import '../i18n/pages'
import { useEffect, useState } from 'preact/hooks'
import type { MemberSpaceView } from '../../../../worker/councils/views/members'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { useSubmit } from '../../core/lib/form'
import { Announced, DateTime, ErrorState, ErrorSummary, Field, Loading, PageHeading, useFormId } from '../../core/ui'
import { forgetMemberKey, memberKey } from '../member-key'
import { rdPaths } from '../paths'
import { memberApi, memberPaths } from './paths'
import { Discussion } from '../ui/Discussion'
import './members.css'

type Space =
  | { state: 'checking' }
  | { state: 'nokey'; refused: ApiError | null }
  | { state: 'loading'; key: string }
  | { state: 'ready'; key: string; space: MemberSpaceView }
  | { state: 'failed'; key: string; error: ApiError }

/**
 * `/{slug}/rady/{body}/czlonek`: the members' space of a body, signed in with the key of the e-mailed link
 * (`#klucz=…`, kept by `memberKey`). With a key: my mandate, the matters awaiting the body (opinion requests, open
 * votes, linked to their pages), the general discussion with a post form, the meetings with agenda and minutes, the
 * members, and "sign out on this computer". Without one, or when the server refuses it: the "send me a new link"
 * form, whose answer is the same for everyone.
 */
export function MemberSpace({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const [space, setSpace] = useState<Space>({ state: 'checking' })

  const load = (key: string) => {
    setSpace({ state: 'loading', key })
    api<MemberSpaceView>(memberApi.space(slug, body), { token: key }).then(
      (data) => setSpace({ state: 'ready', key, space: data }),
      (error: unknown) => {
        const e = error instanceof ApiError ? error : new ApiError(0, {})
        if (e.status === 401 || e.status === 403) {
          if (e.status === 401) forgetMemberKey(slug, body)
          setSpace({ state: 'nokey', refused: e })
        } else setSpace({ state: 'failed', key, error: e })
      },
    )
  }

  useEffect(() => {
    const key = memberKey(slug, body)
    if (key) load(key)
    else setSpace({ state: 'nokey', refused: null })
  }, [slug, body])

  const bodyName = space.state === 'ready' ? space.space.body.name : null
  const title = bodyName ? t('councils.members.space.titleOf', { body: bodyName }) : t('councils.members.space.title')
  return (
    <div class="rdm">
      <PageHeading title={title}>{title}</PageHeading>
      {space.state === 'checking' || space.state === 'loading' ? <Loading /> : null}
      {space.state === 'failed' ? <ErrorState error={space.error} onRetry={() => load(space.key)} /> : null}
      {space.state === 'nokey' ? (
        <>
          {space.refused ? (
            <div class="state state-error" role="alert">
              <p>{space.refused.problem.detail || t('councils.members.space.refused')}</p>
            </div>
          ) : (
            <p>{t('councils.members.space.needKey')}</p>
          )}
          <NewLinkForm slug={slug} body={body} />
          <p>
            <a href={rdPaths.body(slug, body)}>{t('councils.members.space.publicPage')}</a>
          </p>
        </>
      ) : null}
      {space.state === 'ready' ? (
        <SpaceContent
          slug={slug}
          body={body}
          token={space.key}
          space={space.space}
          onSignOut={() => {
            forgetMemberKey(slug, body)
            setSpace({ state: 'nokey', refused: null })
          }}
        />
      ) : null}
    </div>
  )
}

/** "Send me a new link": one answer for every address, so the form tells nobody who sits in the body. */
function NewLinkForm({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const formId = useFormId('rdm-link')
  const [email, setEmail] = useState('')
  const [sent, setSent] = useState(false)
  const form = useSubmit()
  const labels = { email: t('councils.members.link.email') }
  if (sent)
    return (
      <Announced title={t('councils.members.link.sentTitle')}>
        <p>{t('councils.members.link.sent')}</p>
      </Announced>
    )
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('councils.members.link.heading')}</h2>
      <p>{t('councils.members.link.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void form
            .submit(
              t,
              (): Record<string, string> =>
                /^\S+@\S+\.\S+$/.test(email.trim()) ? {} : { email: t('councils.members.link.emailInvalid') },
              async () => {
                await api(memberApi.newLink(slug, body), { method: 'POST', body: { email: email.trim() } })
              },
            )
            .then((ok) => ok && setSent(true))
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <Field
          formId={formId}
          name="email"
          type="email"
          autoComplete="email"
          label={labels.email}
          value={email}
          onValue={setEmail}
          error={form.errors.fields.email}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.members.link.submit')}
        </button>
      </form>
    </section>
  )
}

function SpaceContent({
  slug,
  body,
  token,
  space,
  onSignOut,
}: {
  slug: string
  body: string
  token: string
  space: MemberSpaceView
  onSignOut: () => void
}) {
  const t = useT()
  const { me } = space
  const opinions = space.topics.filter((x) => x.kind === 'opinia')
  const votes = space.topics.filter((x) => x.kind === 'uchwala')
  return (
    <>
      <section aria-labelledby="rdm-me" class="rdm-card">
        <h2 id="rdm-me">{t('councils.members.me.heading')}</h2>
        <dl class="rdm-facts">
          <dt>{t('councils.members.me.name')}</dt>
          <dd>{me.name}</dd>
          <dt>{t('councils.members.me.role')}</dt>
          <dd>{t(`councils.members.role.${me.role}`)}</dd>
          {me.represents ? (
            <>
              <dt>{t('councils.members.me.represents')}</dt>
              <dd>{me.represents}</dd>
            </>
          ) : null}
          <dt>{t('councils.members.me.mandate')}</dt>
          <dd>
            <DateTime value={me.startsOn} kind="date" /> –{' '}
            {me.endsOn ? <DateTime value={me.endsOn} kind="date" /> : '…'}
          </dd>
        </dl>
        <button type="button" class="button button-secondary" onClick={onSignOut}>
          {t('councils.members.signOut')}
        </button>
      </section>

      <section aria-labelledby="rdm-matters">
        <h2 id="rdm-matters">{t('councils.members.matters.heading')}</h2>
        <h3>{t('councils.members.matters.opinions')}</h3>
        {opinions.length ? (
          <ul>
            {opinions.map((o) =>
              o.kind === 'opinia' ? (
                <li key={o.topic}>
                  <a href={memberPaths.opinion(slug, body, o.number)}>{o.title}</a>
                  {o.dueOn ? (
                    <>
                      {' — '}
                      {t('councils.members.matters.due')} <DateTime value={o.dueOn} kind="deadline" />
                    </>
                  ) : null}
                </li>
              ) : null,
            )}
          </ul>
        ) : (
          <p>{t('councils.members.matters.noOpinions')}</p>
        )}
        <h3>{t('councils.members.matters.votes')}</h3>
        {votes.length ? (
          <ul>
            {votes.map((r) =>
              r.kind === 'uchwala' ? (
                <li key={r.topic}>
                  <a href={memberPaths.resolution(slug, body, r.id)}>{r.title}</a>
                </li>
              ) : null,
            )}
          </ul>
        ) : (
          <p>{t('councils.members.matters.noVotes')}</p>
        )}
      </section>

      <Discussion slug={slug} body={body} token={token} topic="ogolne" messages="councils.members.posts" />

      <section aria-labelledby="rdm-meetings">
        <h2 id="rdm-meetings">{t('councils.members.meetings.heading')}</h2>
        {space.meetings.length ? (
          <ul class="rdm-list">
            {space.meetings.map((m) => (
              <li key={m.number} class={m.cancelled ? 'rdm-card rdm-cancelled' : 'rdm-card'}>
                <h3>
                  {t('councils.members.meetings.numbered', { number: m.number })}
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
                {m.minutes ? (
                  <>
                    <h4>{t('councils.members.meetings.minutes')}</h4>
                    <p class="rdm-text">{m.minutes}</p>
                  </>
                ) : null}
                {m.minutesFile ? (
                  <p>
                    <a href={memberApi.minutesPdf(slug, body, m.number)}>
                      {t('councils.members.meetings.minutesPdf', { number: m.number })}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('councils.members.meetings.none')}</p>
        )}
      </section>

      <section aria-labelledby="rdm-members">
        <h2 id="rdm-members">{t('councils.members.list.heading')}</h2>
        <ul>
          {space.members.map((m) => (
            <li key={m.id}>
              {m.name} — {t(`councils.members.role.${m.role}`)}
              {m.represents ? ` (${m.represents})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
