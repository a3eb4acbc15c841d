import '../i18n/pages'
import { useEffect, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, type ApiError } from '../../core/lib/api'
import { takeFromFragment } from '../../core/lib/fragment'
import { Announced, ConfirmDialog, DateTime } from '../../core/ui'
import { LinkPage } from '../ui/LinkPage'
import { rdPaths } from '../paths'
import { callApi, callPaths } from './paths'
import type { Candidacy } from './types'
import './candidates.css'

/** Where this browser keeps the candidate's key for the visit (the tab only), so a reload keeps the page. */
const KEY = 'wspolnota.rady.candidacy'

function keyOf(): string | null {
  const fresh = takeFromFragment('klucz')
  try {
    if (fresh) sessionStorage.setItem(KEY, fresh)
    return fresh ?? sessionStorage.getItem(KEY)
  } catch {
    return fresh
  }
}

/**
 * `/{slug}/rady/kandydatura#klucz=…`: the candidate's own page — the candidacy's status (waiting for the guardian,
 * registered, verified, refused with the reason, chosen), the support count, and the withdrawal after a
 * confirmation. The key leaves the address bar at once and stays in this tab only.
 */
export function CandidacyPage({ slug }: { slug: string }) {
  const t = useT()
  const [key] = useState(keyOf)
  const [view, setView] = useState<Candidacy | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!key) return
    api<Candidacy>(callApi.candidacy(slug), { method: 'POST', body: { key } })
      .then(setView)
      .catch((e: unknown) => setError(e as ApiError))
  }, [slug, key])
  const withdraw = () => {
    setError(null)
    setBusy(true)
    api<Candidacy>(callApi.withdraw(slug), { method: 'POST', body: { key } })
      .then((v) => {
        setView(v)
        setAsking(false)
      })
      .catch((e: unknown) => setError(e as ApiError))
      .finally(() => setBusy(false))
  }
  return (
    <LinkPage
      slug={slug}
      title={t('councils.candidates.candidacy.title')}
      secret={key}
      missing={t('councils.candidates.candidacy.noKey')}
      error={error}
      ready={view !== null}
    >
      {() =>
        view ? (
          <>
            <dl class="rdc-facts">
              <dt>{t('councils.candidates.form.name')}</dt>
              <dd>{view.name}</dd>
              <dt>{t('councils.candidates.call.body')}</dt>
              <dd>
                <a href={rdPaths.body(slug, view.body.slug)}>{view.body.name}</a>
              </dd>
              <dt>{t('councils.candidates.guardian.call')}</dt>
              <dd>
                <a href={callPaths.call(slug, view.call.number)}>{view.call.title}</a>
              </dd>
              <dt>{t('councils.candidates.call.deadline')}</dt>
              <dd>
                <DateTime value={view.call.deadline} kind="date" />
              </dd>
              <dt>{t('councils.candidates.call.status')}</dt>
              <dd class="rdc-status" aria-live="polite">
                {t(`councils.candidates.status.${view.status}`)}
              </dd>
              {view.reason ? (
                <>
                  <dt>{t('councils.candidates.candidacy.reason')}</dt>
                  <dd>{view.reason}</dd>
                </>
              ) : null}
              {view.nominator ? (
                <>
                  <dt>{t('councils.candidates.candidacy.nominator')}</dt>
                  <dd>{view.nominator}</dd>
                </>
              ) : null}
              {view.support ? (
                <>
                  <dt>{t('councils.candidates.candidacy.support')}</dt>
                  <dd>
                    {t('councils.candidates.support.count', { valid: view.support.valid, needed: view.support.needed })}
                  </dd>
                </>
              ) : null}
            </dl>
            {view.status === 'oczekuje_zgody' ? <p>{t('councils.candidates.candidacy.waits')}</p> : null}
            {view.status === 'wycofany' ? <Announced title={t('councils.candidates.candidacy.withdrawn')} /> : null}
            {view.canWithdraw ? (
              <button type="button" class="button button-danger" onClick={() => setAsking(true)}>
                {t('councils.candidates.candidacy.withdraw')}
              </button>
            ) : null}
            <ConfirmDialog
              open={asking}
              danger
              busy={busy}
              title={t('councils.candidates.candidacy.withdrawTitle')}
              confirmLabel={t('councils.candidates.candidacy.withdrawConfirm')}
              onConfirm={withdraw}
              onCancel={() => setAsking(false)}
            >
              <p>{t('councils.candidates.candidacy.withdrawText', { title: view.call.title })}</p>
            </ConfirmDialog>
          </>
        ) : null
      }
    </LinkPage>
  )
}
