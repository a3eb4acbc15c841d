import '../i18n/pages'
import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { useTenant } from '../../core/lib/tenants'
import { Announced, ErrorState, Loading, PageHeading } from '../../core/ui'
import { EmailForm } from '../../core/ui/EmailForm'
import { ksPaths } from '../paths'
import { takeToken } from '../comments/token'
import { ConsultationCrumbs } from '../ui'
import { outreachApi, outreachPaths } from './paths'

/** The frame of the subscription pages: the trail (the JST, its consultations, the page) and the heading. */
function Frame({ slug, title, children }: { slug: string; title: string; children: ComponentChildren }) {
  const tenant = useTenant(slug)
  const name = tenant.tenant?.name ?? slug
  return (
    <>
      <ConsultationCrumbs slug={slug} page={title} />
      <PageHeading title={`${title} — ${name}`}>{title}</PageHeading>
      {children}
    </>
  )
}

/**
 * `/{slug}/konsultacje/subskrypcja/zapis`: an address to tell of every new consultation of the JST. The answer is the
 * same whatever the address (the server says nothing of who is subscribed), and nothing is sent before the e-mailed
 * link confirms it.
 */
export function Subscribe({ slug }: { slug: string }) {
  const t = useT()
  const [sentTo, setSentTo] = useState<string | null>(null)
  return (
    <Frame slug={slug} title={t('consultations.outreach.subscribe.title')}>
      {sentTo ? (
        <Announced title={t('consultations.outreach.subscribe.sentTitle')}>
          <p>{t('consultations.outreach.subscribe.sentBody', { email: sentTo })}</p>
          <p>
            <a href={ksPaths.list(slug)}>{t('consultations.outreach.backToList')}</a>
          </p>
        </Announced>
      ) : (
        <>
          <p class="lead">{t('consultations.outreach.subscribe.intro')}</p>
          <p>{t('consultations.outreach.subscribe.privacy')}</p>
          <EmailForm
            idPrefix="ks-subscribe"
            label={t('consultations.outreach.subscribe.email')}
            submit={t('consultations.outreach.subscribe.submit')}
            send={(email) => api(outreachApi.subscribe(slug), { method: 'POST', body: { email } })}
            onSent={setSentTo}
          />
        </>
      )}
    </Frame>
  )
}

type Outcome = { state: 'working' } | { state: 'done' } | { state: 'failed'; error: ApiError } | { state: 'no-token' }

/**
 * `/{slug}/konsultacje/subskrypcja/potwierdz#t=…`: the confirmation link. The token is taken from the fragment (never
 * sent to a server's log), removed from the address and sent once; the same link opened again answers the same.
 */
export function ConfirmSubscription({ slug }: { slug: string }) {
  const t = useT()
  const [outcome, setOutcome] = useState<Outcome>({ state: 'working' })
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    const token = takeToken()
    if (!token) return setOutcome({ state: 'no-token' })
    api(outreachApi.confirm(slug), { method: 'POST', body: { token } })
      .then(() => setOutcome({ state: 'done' }))
      .catch((error: unknown) =>
        setOutcome({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, {}) }),
      )
  }, [])
  return (
    <Frame slug={slug} title={t('consultations.outreach.confirm.title')}>
      <div aria-live="polite">
        {outcome.state === 'working' ? <Loading label={t('consultations.outreach.confirm.working')} /> : null}
        {outcome.state === 'no-token' ? (
          <div class="state state-error" role="alert">
            <p>{t('consultations.outreach.noToken')}</p>
          </div>
        ) : null}
        {outcome.state === 'failed' ? (
          <ErrorState error={outcome.error} title={t('consultations.outreach.confirm.failed')} />
        ) : null}
        {outcome.state === 'done' ? (
          <Announced title={t('consultations.outreach.confirm.done')}>
            <p>{t('consultations.outreach.confirm.doneBody')}</p>
            <p>
              <a href={ksPaths.list(slug)}>{t('consultations.outreach.backToList')}</a>
            </p>
          </Announced>
        ) : null}
      </div>
    </Frame>
  )
}

/**
 * `/{slug}/konsultacje/subskrypcja/wypisz#t=…`: ends the subscription and erases the address. It asks for a click
 * first — mail scanners open links on their own, and a subscription must not end because one did.
 */
export function Unsubscribe({ slug }: { slug: string }) {
  const t = useT()
  const [token] = useState(takeToken)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const run = () => {
    if (!token) return
    setOutcome({ state: 'working' })
    api(outreachApi.unsubscribe(slug), { method: 'POST', body: { token } })
      .then(() => setOutcome({ state: 'done' }))
      .catch((error: unknown) =>
        setOutcome({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, {}) }),
      )
  }
  return (
    <Frame slug={slug} title={t('consultations.outreach.unsubscribe.title')}>
      {!token ? (
        <div class="state state-error" role="alert">
          <p>{t('consultations.outreach.noToken')}</p>
        </div>
      ) : outcome?.state === 'done' ? (
        <Announced title={t('consultations.outreach.unsubscribe.done')}>
          <p>{t('consultations.outreach.unsubscribe.doneBody')}</p>
          <p>
            <a href={outreachPaths.subscribe(slug)}>{t('consultations.outreach.unsubscribe.again')}</a>
          </p>
        </Announced>
      ) : (
        <>
          <p>{t('consultations.outreach.unsubscribe.intro')}</p>
          <div aria-live="polite">{outcome?.state === 'failed' ? <ErrorState error={outcome.error} /> : null}</div>
          <div class="actions">
            <button type="button" class="button" onClick={run} disabled={outcome?.state === 'working'}>
              {t('consultations.outreach.unsubscribe.submit')}
            </button>
          </div>
        </>
      )}
    </Frame>
  )
}
