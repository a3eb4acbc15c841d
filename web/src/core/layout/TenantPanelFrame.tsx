import type { JSX } from 'preact'
import { useT } from '../i18n'
import { enc } from '../lib/api'
import { panelPath } from '../lib/context'
import { panelLinks } from '../lib/modules'
import { useResource, type Resource } from '../lib/resource'
import type { PanelRole, StaffSummary, User } from '../lib/types'
import { MODULES } from '../../modules'
import { NavLink } from '../../router'
import { NotFound } from '../pages/NotFound'
import { RequireAuth } from './RequireAuth'
import { ErrorState, Loading, PageHeading } from '../ui'

export interface TenantPanelContext {
  user: User
  slug: string
  tenantName: string
  role: PanelRole
  summary: Resource<StaffSummary>
}

/** A core section, or a module's key (`WebModule.key`) for its own pages. */
type Section = 'home' | 'users' | 'audit' | 'profile' | 'organizations' | (string & {})

function Frame({
  user,
  slug,
  section,
  children,
}: {
  user: User
  slug: string
  section: Section
  children: (ctx: TenantPanelContext) => JSX.Element
}) {
  const t = useT()
  const summary = useResource<StaffSummary>(`/jst/${enc(slug)}/staff/summary`)
  const membership = user.memberships.find((m) => m.tenantSlug === slug)
  const tenantName = summary.data?.tenant.name ?? membership?.tenantName ?? slug
  const role = summary.data?.role ?? membership?.role

  if (summary.status === 'loading' && !summary.data) return <Loading />
  if (summary.status === 'error' && !summary.data) {
    if (summary.error.status === 404 && !membership && !user.isOperator)
      return <NotFound detail={t('notFound.tenant')} />
    return (
      <>
        <PageHeading title={t('tenantPanel.title', { name: tenantName })}>
          {t('tenantPanel.title', { name: tenantName })}
        </PageHeading>
        <ErrorState error={summary.error} onRetry={summary.reload} />
        <p>
          <a href="/panel">{t('tenantPanel.backToPanel')}</a>
        </p>
      </>
    )
  }
  if (!role) return <Loading />
  const isAdmin = role === 'admin'
  // The operator may manage a JST's team (to invite its first administrator), nothing else.
  const canManageTeam = isAdmin || role === 'operator'
  // The NGO directory's verification is the core's own section, for those who deal with organisations.
  const canVerifyOrganizations = isAdmin || role === 'koordynator'
  const base = panelPath(slug)
  const module = MODULES.find((m) => m.key === section)
  const moduleLinks = panelLinks(MODULES, base, role)
  const allowed =
    section === 'home' ||
    (section === 'users'
      ? canManageTeam
      : section === 'organizations'
        ? canVerifyOrganizations
        : module
          ? moduleLinks.some((l) => l.key === module.key)
          : isAdmin)
  return (
    <div class="tenant-panel">
      <nav class="subnav" aria-label={t('tenantPanel.navLabel', { name: tenantName })}>
        <ul>
          <li>
            <NavLink href={base}>{t('tenantPanel.nav.home')}</NavLink>
          </li>
          {moduleLinks.map((link) => (
            <li key={link.key}>
              <NavLink href={link.href} exact={false}>
                {t(link.label)}
              </NavLink>
            </li>
          ))}
          {canVerifyOrganizations ? (
            <li>
              <NavLink href={`${base}/organizacje`} exact={false}>
                {t('organizations.panel.nav')}
              </NavLink>
            </li>
          ) : null}
          {canManageTeam ? (
            <li>
              <NavLink href={`${base}/uzytkownicy`}>{t('tenantPanel.nav.users')}</NavLink>
            </li>
          ) : null}
          {isAdmin ? (
            <>
              <li>
                <NavLink href={`${base}/dziennik`}>{t('tenantPanel.nav.audit')}</NavLink>
              </li>
              <li>
                <NavLink href={`${base}/profil`}>{t('tenantPanel.nav.profile')}</NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <div class="tenant-panel-body">
        {!allowed ? (
          <>
            <PageHeading title={t('error.forbidden.title')}>{t('error.forbidden.title')}</PageHeading>
            <div class="state state-error" role="alert">
              <p>
                {t(
                  module?.panel?.forbidden ??
                    (section === 'organizations' ? 'organizations.panel.forbidden' : 'tenantPanel.adminOnly'),
                  {
                    role: t(`role.${role}`),
                  },
                )}
              </p>
            </div>
            <p>
              <a href={base}>{t('tenantPanel.backToTenant', { name: tenantName })}</a>
            </p>
          </>
        ) : (
          children({ user, slug, tenantName, role, summary })
        )}
      </div>
    </div>
  )
}

export function TenantPanelFrame({
  slug,
  section,
  children,
}: {
  slug: string
  section: Section
  children: (ctx: TenantPanelContext) => JSX.Element
}) {
  return (
    <RequireAuth>
      {(user) => (
        <Frame user={user} slug={slug} section={section}>
          {children}
        </Frame>
      )}
    </RequireAuth>
  )
}
