import '../i18n/pages'
import { useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { ErrorState } from '../../core/ui'
import { takeToken } from '../comments/token'
import { ConsultationPageFrame } from '../ui'
import { meetingApi, meetingPaths } from './paths'
import './meetings.css'

type State =
  { state: 'ready' } | { state: 'working' } | { state: 'done'; title: string } | { state: 'failed'; error: ApiError }

/**
 * `/{slug}/konsultacje/{n}/spotkania/rezygnacja#t=…`: the page the cancellation link in the confirmation e-mail opens.
 * It cancels only when the person presses the button, never on opening: mail filters open links to scan them, and a
 * scan must not give the place away.
 */
export function CancelSignup({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const token = useRef<string | null | undefined>(undefined)
  if (token.current === undefined) token.current = typeof location === 'undefined' ? null : takeToken()
  const [result, setResult] = useState<State>({ state: 'ready' })
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
    <ConsultationPageFrame slug={slug} number={number} title={title}>
      {() => (
        <>
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
      )}
    </ConsultationPageFrame>
  )
}
