import '../i18n/pages'
import { useEffect, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, type ApiError } from '../../core/lib/api'
import { takeFromFragment } from '../../core/lib/fragment'
import { Announced, DateTime } from '../../core/ui'
import { LinkPage } from '../ui/LinkPage'
import { callApi, callPaths } from './paths'
import type { GuardianView } from './types'
import './candidates.css'

/**
 * `/{slug}/rady/zgoda#t=…`: a parent's or guardian's consent to a minor's candidacy. The page reads what is
 * consented to (the child's name, birth date, school, the body and the call) and confirms with one button; the
 * candidacy then counts. The token leaves the address bar at once; a second confirmation reads the same.
 */
export function GuardianPage({ slug }: { slug: string }) {
  const t = useT()
  const [token] = useState(() => takeFromFragment('t'))
  const [view, setView] = useState<GuardianView | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!token) return
    api<GuardianView>(callApi.guardianPreview(slug), { method: 'POST', body: { token } })
      .then(setView)
      .catch((e: unknown) => setError(e as ApiError))
  }, [slug, token])
  const confirm = () => {
    setBusy(true)
    setError(null)
    api<GuardianView>(callApi.guardian(slug), { method: 'POST', body: { token } })
      .then(setView)
      .catch((e: unknown) => setError(e as ApiError))
      .finally(() => setBusy(false))
  }
  return (
    <LinkPage
      slug={slug}
      title={t('councils.candidates.guardian.title')}
      secret={token}
      missing={t('councils.candidates.guardian.noToken')}
      error={error}
      ready={view !== null}
    >
      {() =>
        view ? (
          <>
            <p>{t('councils.candidates.guardian.intro', { name: view.candidate.name, body: view.body.name })}</p>
            <dl class="rdc-facts">
              <dt>{t('councils.candidates.form.name')}</dt>
              <dd>{view.candidate.name}</dd>
              <dt>{t('councils.candidates.form.birthDate')}</dt>
              <dd>
                <DateTime value={view.candidate.birthDate} kind="date" />
              </dd>
              {view.candidate.school ? (
                <>
                  <dt>{t('councils.candidates.form.school')}</dt>
                  <dd>{view.candidate.school}</dd>
                </>
              ) : null}
              <dt>{t('councils.candidates.call.body')}</dt>
              <dd>{view.body.name}</dd>
              <dt>{t('councils.candidates.guardian.call')}</dt>
              <dd>
                <a href={callPaths.call(slug, view.call.number)}>{view.call.title}</a>
              </dd>
              <dt>{t('councils.candidates.call.deadline')}</dt>
              <dd>
                <DateTime value={view.call.deadline} kind="date" />
              </dd>
              {view.candidate.statement ? (
                <>
                  <dt>{t('councils.candidates.form.statement')}</dt>
                  <dd>{view.candidate.statement}</dd>
                </>
              ) : null}
            </dl>
            <div aria-live="polite">
              {view.confirmed ? (
                <Announced title={t('councils.candidates.guardian.done')}>
                  <p>{t('councils.candidates.guardian.doneText', { name: view.candidate.name })}</p>
                </Announced>
              ) : null}
            </div>
            {!view.confirmed && view.status === 'oczekuje_zgody' ? (
              <button type="button" class="button" disabled={busy} onClick={confirm}>
                {t('councils.candidates.guardian.confirm', { name: view.candidate.name })}
              </button>
            ) : null}
          </>
        ) : null
      }
    </LinkPage>
  )
}
