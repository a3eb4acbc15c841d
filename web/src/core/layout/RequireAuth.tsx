import type { JSX } from 'preact'
import { useEffect } from 'preact/hooks'
import { useT } from '../i18n'
import { useSession } from '../lib/session'
import type { User } from '../lib/types'
import { getRouterState, navigate, useLocation } from '../../router'
import { ErrorState, Loading, PageHeading } from '../ui'

/**
 * Shows its content only to a signed-in user; anyone else is sent to the login page with the current address as
 * the return path. While the session is being checked no heading is rendered, so the page's own heading receives
 * focus once it appears.
 */
export function RequireAuth({ children }: { children: (user: User) => JSX.Element }) {
  const t = useT()
  const session = useSession()
  const { path, search } = useLocation()

  useEffect(() => {
    if (session.status !== 'out' || session.error) return
    // Only if still on this page (a logout may already have moved elsewhere).
    if (getRouterState().path !== path) return
    navigate(`/panel/logowanie?powrot=${encodeURIComponent(path + search)}`, { replace: true })
  }, [session.status, session.error, path])

  if (session.status === 'in' && session.user) return children(session.user)
  if (session.status === 'out' && session.error) {
    return (
      <>
        <PageHeading title={t('panel.title')}>{t('panel.title')}</PageHeading>
        <ErrorState error={session.error} onRetry={() => location.reload()} />
      </>
    )
  }
  return <Loading label={t('panel.checkingSession')} />
}
