import '../i18n/pages'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { DataRegion, ErrorState, Loading } from '../../core/ui'
import { ConsultationPageFrame } from '../ui'
import { commentsApi, commentsPaths } from './api'
import { takeToken } from './token'
import './comments.css'

type Confirmation =
  | { state: 'working' }
  | { state: 'done'; number: number }
  | { state: 'failed'; error: ApiError }
  | { state: 'no-token' }

/**
 * `/{slug}/konsultacje/{n}/uwagi/potwierdz#t=…`: the page the e-mailed link opens. The token is taken from the
 * fragment (so it never reaches a server's log or a `Referer`), removed from the address, and sent once; a second
 * visit of the same link answers the same (the server's confirmation is idempotent).
 */
export function ConfirmComment({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const [result, setResult] = useState<Confirmation>({ state: 'working' })
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    const token = takeToken()
    if (!token) {
      setResult({ state: 'no-token' })
      return
    }
    api<{ number: number; status: string }>(commentsApi.confirm(slug, number), { method: 'POST', body: { token } })
      .then((answer) => setResult({ state: 'done', number: answer.number }))
      .catch((error: unknown) =>
        setResult({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, {}) }),
      )
  }, [])
  return (
    <ConsultationPageFrame slug={slug} number={number} title={t('consultations.comments.confirm.title')}>
      {() => (
        <DataRegion busy={result.state === 'working'}>
          {result.state === 'working' ? <Loading label={t('consultations.comments.confirm.working')} /> : null}
          {result.state === 'no-token' ? (
            <div class="state state-error" role="alert">
              <p>{t('consultations.comments.confirm.noToken')}</p>
            </div>
          ) : null}
          {result.state === 'failed' ? (
            <ErrorState error={result.error} title={t('consultations.comments.confirm.failed')} />
          ) : null}
          {result.state === 'done' ? (
            <div class="ksc-done" role="status">
              <p class="state-title">{t('consultations.comments.confirm.done', { number: result.number })}</p>
              <p>{t('consultations.comments.confirm.doneBody')}</p>
            </div>
          ) : null}
          {result.state !== 'working' ? (
            <ul class="ksc-links">
              <li>
                <a href={commentsPaths.section(slug, number)}>{t('consultations.comments.confirm.back')}</a>
              </li>
              <li>
                <a href={commentsPaths.mine(slug, number)}>{t('consultations.comments.mineLink')}</a>
              </li>
            </ul>
          ) : null}
        </DataRegion>
      )}
    </ConsultationPageFrame>
  )
}
