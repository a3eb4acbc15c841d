import { useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { ErrorState, PageHeading } from '../../core/ui'
import { ksApi, ksPaths } from '../paths'
import type { ConsultationDetail } from '../types'
import { Crumbs } from '../ui'
import { meetingApi, meetingPaths } from './paths'
import './meetings.css'

/** The secret of the e-mailed link, read from the fragment (`#t=…`) and taken out of the address. */
function takeToken(): string | null {
  const match = /(?:^#|&)t=([^&]+)/.exec(location.hash)
  if (!match) return null
  history.replaceState(history.state, '', location.pathname + location.search)
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return match[1]!
  }
}

type State =
  { state: 'ready' } | { state: 'working' } | { state: 'done'; title: string } | { state: 'failed'; error: ApiError }

/**
 * `/{slug}/konsultacje/{n}/spotkania/rezygnacja#t=…`: the page the cancellation link in the confirmation e-mail opens.
 * It cancels only when the person presses the button, never on opening: mail filters open links to scan them, and a
 * scan must not give the place away.
 */
export function CancelSignup({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const res = useResource<ConsultationDetail>(ksApi.consultation(slug, number))
  const token = useRef<string | null | undefined>(undefined)
  if (token.current === undefined) token.current = typeof location === 'undefined' ? null : takeToken()
  const [result, setResult] = useState<State>({ state: 'ready' })
  const name = tenant.tenant?.name ?? slug
  const consultationTitle = res.data?.title ?? t('consultations.numbered', { number })
  const title = t('consultations.meetings.cancel.title')
  const cancel = async () => {
    setResult({ state: 'working' })
    try {
      const answer = await api<{ title: string }>(meetingApi.cancel(slug, number), {
        method: 'POST',
        body: { token: token.current },
      })
      setResult({ state: 'done', title: answer.title })
    } catch (error) {
      setResult({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, {}) })
    }
  }
  return (
    <>
      <Crumbs
        items={[
          { href: tenantPath(slug), label: name },
          { href: ksPaths.list(slug), label: t('module.consultations') },
          { href: ksPaths.consultation(slug, number), label: consultationTitle },
          { label: title },
        ]}
      />
      <PageHeading title={`${title} — ${consultationTitle}`}>{title}</PageHeading>
      <p class="lead">{consultationTitle}</p>
      {!token.current ? (
        <div class="state state-error" role="alert">
          <p>{t('consultations.meetings.cancel.noToken')}</p>
        </div>
      ) : result.state === 'done' ? (
        <div class="ksm-done" role="status">
          <p class="state-title">{t('consultations.meetings.cancel.done', { title: result.title })}</p>
        </div>
      ) : (
        <>
          <p>{t('consultations.meetings.cancel.intro')}</p>
          {result.state === 'failed' ? (
            <ErrorState error={result.error} title={t('consultations.meetings.cancel.failed')} />
          ) : null}
          <div class="ksm-actions">
            <button
              type="button"
              class="button"
              disabled={result.state === 'working'}
              aria-busy={result.state === 'working' ? 'true' : undefined}
              onClick={() => void cancel()}
            >
              {t('consultations.meetings.cancel.button')}
            </button>
          </div>
        </>
      )}
      <p>
        <a href={meetingPaths.section(slug, number)}>{t('consultations.meetings.cancel.back')}</a>
      </p>
    </>
  )
}
