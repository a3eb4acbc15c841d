import { useEffect, useRef, useState } from 'preact/hooks'
import { useT } from '../i18n'
import { api, ApiError, enc } from '../lib/api'
import { Announced, ConfirmDialog, DataRegion, Email, ErrorState, errorsFromApi, Loading, PageHeading } from '../ui'
import { orgPaths, type OrganizationRecord } from './api'
import { forgetRepresentativeKey, getRepresentativeKey, setRepresentativeKey, takeFromFragment } from './keys'
import { OrganizationFacts, VerifiedBadge } from './ui'

type Confirmation =
  | { state: 'working' }
  | { state: 'done'; organization: OrganizationRecord }
  | { state: 'failed'; error: ApiError }
  | { state: 'no-code' }

/**
 * The page the confirmation link opens (`/organizacje/potwierdzenie#kod=…`): the code is taken from the fragment (and
 * removed from the address), sent once, and the representative's key in the answer is kept in this browser.
 */
export function ConfirmOrganization() {
  const t = useT()
  const [result, setResult] = useState<Confirmation>({ state: 'working' })
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    const code = takeFromFragment('kod')
    if (!code) {
      setResult({ state: 'no-code' })
      return
    }
    api<{ organization: OrganizationRecord; key: string }>('/organizations/confirm', {
      method: 'POST',
      body: { token: code },
    })
      .then(({ organization, key }) => {
        setRepresentativeKey(organization.id, key)
        setResult({ state: 'done', organization })
      })
      .catch((error: unknown) =>
        setResult({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, {}) }),
      )
  }, [])
  return (
    <>
      <PageHeading title={t('organizations.confirm.title')}>{t('organizations.confirm.title')}</PageHeading>
      <DataRegion busy={result.state === 'working'}>
        {result.state === 'working' ? <Loading label={t('organizations.confirm.working')} /> : null}
        {result.state === 'no-code' ? <p>{t('organizations.confirm.noCode')}</p> : null}
        {result.state === 'failed' ? (
          <ErrorState error={result.error} title={t('organizations.confirm.failed')} />
        ) : null}
        {result.state === 'done' ? (
          <Announced title={t('organizations.confirm.done')}>
            <p>{t('organizations.confirm.body', { name: result.organization.name })}</p>
            <p>{t('organizations.confirm.keyNote')}</p>
            <ul>
              <li>
                <a href={orgPaths.organization(result.organization.id)}>{t('organizations.confirm.publicLink')}</a>
              </li>
              <li>
                <a href={orgPaths.representative(result.organization.id)}>{t('organizations.confirm.manageLink')}</a>
              </li>
            </ul>
          </Announced>
        ) : null}
      </DataRegion>
    </>
  )
}

/**
 * The representative's own page (`/organizacje/{id}/przedstawiciel#klucz=…`): the entry as its representative sees it
 * (status, a refusal's reason, the unpublished contact address) and the withdrawal of the entry. The key comes from the
 * link's fragment or from this browser.
 */
export function RepresentativePage({ id }: { id: string }) {
  const t = useT()
  const [key] = useState<string | null>(() => {
    const fromLink = takeFromFragment('klucz')
    if (fromLink) setRepresentativeKey(id, fromLink)
    return fromLink ?? getRepresentativeKey(id)
  })
  const [state, setState] = useState<
    | { status: 'loading' }
    | { status: 'ok'; o: OrganizationRecord }
    | { status: 'error'; error: ApiError }
    | { status: 'withdrawn' }
  >({ status: 'loading' })
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)

  useEffect(() => {
    if (!key) return
    api<OrganizationRecord>(`/organizations/${enc(id)}/representative`, { token: key })
      .then((o) => setState({ status: 'ok', o }))
      .catch((error: unknown) =>
        setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError(0, {}) }),
      )
  }, [id, key])

  const withdraw = async () => {
    setBusy(true)
    setDialogError(null)
    try {
      await api(`/organizations/${enc(id)}/representative`, { method: 'DELETE', token: key })
      forgetRepresentativeKey(id)
      setAsking(false)
      setState({ status: 'withdrawn' })
    } catch (error) {
      setDialogError(errorsFromApi(error, t).general)
    } finally {
      setBusy(false)
    }
  }

  const o = state.status === 'ok' ? state.o : null
  const title = o ? o.name : t('organizations.rep.title')
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {!key ? (
        <>
          <p>{t('organizations.rep.noKey')}</p>
          <p>
            <a href={orgPaths.linkRequest}>{t('organizations.linkRequestLink')}</a>
          </p>
        </>
      ) : (
        <DataRegion busy={state.status === 'loading'}>
          {state.status === 'loading' ? <Loading /> : null}
          {state.status === 'error' ? (
            <>
              <ErrorState error={state.error} />
              <p>
                <a href={orgPaths.linkRequest}>{t('organizations.linkRequestLink')}</a>
              </p>
            </>
          ) : null}
          {state.status === 'withdrawn' ? (
            <Announced title={t('organizations.rep.withdrawn')}>
              <p>
                <a href={orgPaths.directory}>{t('organizations.backToDirectory')}</a>
              </p>
            </Announced>
          ) : null}
          {o ? (
            <>
              <h2>{t('organizations.rep.status')}</h2>
              <p>
                <strong>{t(`organizations.status.${o.status}`)}</strong>
                {o.status !== 'refused' ? <VerifiedBadge verified={o.verified} /> : null}
              </p>
              {o.status === 'refused' && o.refusalReason ? (
                <>
                  <h3>{t('organizations.rep.reason')}</h3>
                  <p class="org-refusal">{o.refusalReason}</p>
                  <p>{t('organizations.rep.refusedNote')}</p>
                </>
              ) : null}
              <p>{t('organizations.rep.onBehalf')}</p>
              <dl class="facts">
                <dt>{t('organizations.rep.representativeName')}</dt>
                <dd>{o.representativeName}</dd>
                <dt>{t('organizations.rep.contactEmail')}</dt>
                <dd>
                  <Email value={o.contactEmail} />
                </dd>
              </dl>
              <h2>{t('organizations.page.facts')}</h2>
              <OrganizationFacts o={o} />
              {o.status !== 'refused' ? (
                <p>
                  <a href={orgPaths.organization(o.id)}>{t('organizations.confirm.publicLink')}</a>
                </p>
              ) : null}
              <div class="actions">
                <button
                  type="button"
                  class="button button-danger"
                  onClick={() => {
                    setDialogError(null)
                    setAsking(true)
                  }}
                >
                  {t('organizations.rep.withdraw')}
                </button>
              </div>
              <ConfirmDialog
                open={asking}
                title={t('organizations.rep.withdrawTitle')}
                confirmLabel={t('organizations.rep.withdraw')}
                onConfirm={() => void withdraw()}
                onCancel={() => setAsking(false)}
                busy={busy}
                danger
                error={dialogError}
              >
                <p>{t('organizations.rep.withdrawBody', { name: o.name })}</p>
              </ConfirmDialog>
            </>
          ) : null}
        </DataRegion>
      )}
    </>
  )
}
