import { useState } from 'preact/hooks'
import { RequireAuth } from '../layout/RequireAuth'
import { Empty, errorsFromApi, PageHeading } from '../ui'
import { useT } from '../i18n'
import { panelPath } from '../lib/context'
import { signOut } from '../lib/session'
import type { User } from '../lib/types'
import { navigate } from '../../router'

function LogoutButtons() {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (everywhere: boolean) => {
    setBusy(true)
    setError(null)
    try {
      await signOut(everywhere)
      navigate(`/panel/logowanie?wylogowano=${everywhere ? 'wszedzie' : '1'}`)
    } catch (err) {
      setError(errorsFromApi(err, t).general)
      setBusy(false)
    }
  }
  return (
    <section class="panel-section" aria-labelledby="logout-heading">
      <h2 id="logout-heading">{t('panel.sessionHeading')}</h2>
      <div role="alert" class={error ? 'state state-error' : 'visually-hidden'}>
        {error}
      </div>
      <div class="actions">
        <button type="button" class="button button-secondary" onClick={() => run(false)} disabled={busy}>
          {t('panel.logout')}
        </button>
        <button type="button" class="button button-secondary" onClick={() => run(true)} disabled={busy}>
          {t('panel.logoutAll')}
        </button>
      </div>
      <p class="muted small">{t('panel.logoutAllHint')}</p>
    </section>
  )
}

function PanelHomeContent({ user }: { user: User }) {
  const t = useT()
  return (
    <>
      <PageHeading title={t('panel.title')}>{t('panel.greeting', { name: user.name })}</PageHeading>
      <p class="lead">{t('panel.intro')}</p>

      {user.isOperator ? (
        <section class="panel-section" aria-labelledby="operator-heading">
          <h2 id="operator-heading">{t('panel.operatorHeading')}</h2>
          <p>{t('panel.operatorIntro')}</p>
          <p>
            <a href="/panel/jst" class="link-strong">
              {t('panel.operatorLink')}
            </a>
          </p>
        </section>
      ) : null}

      <section class="panel-section" aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">{t('panel.membershipsHeading')}</h2>
        {user.memberships.length === 0 ? (
          <Empty title={t('panel.membershipsEmpty.title')}>
            <p>{user.isOperator ? t('panel.membershipsEmpty.operator') : t('panel.membershipsEmpty.body')}</p>
          </Empty>
        ) : (
          <ul class="card-list">
            {user.memberships.map((membership) => (
              <li key={membership.tenantSlug} class="card">
                <a href={panelPath(membership.tenantSlug)} class="card-link">
                  {membership.tenantName}
                </a>
                <p class="muted">{t('panel.membershipRole', { role: t(`role.${membership.role}`) })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <LogoutButtons />
    </>
  )
}

export function PanelHome() {
  return <RequireAuth>{(user) => <PanelHomeContent user={user} />}</RequireAuth>
}
