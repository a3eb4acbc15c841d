import { TenantPanelFrame } from '../layout/TenantPanelFrame'
import { PageHeading } from '../ui'
import { useT } from '../i18n'
import { panelPath, tenantPath } from '../lib/context'
import { panelOverviews } from '../lib/modules'
import { MODULES, roleDescription } from '../../modules'

/**
 * `/panel/{slug}`: the JST's start page — what waits for this person in each module whose section they see (the
 * budget's assessments, appeals, paper cards and coming deadlines for admin, koordynator and weryfikator), their role,
 * the team.
 */
export function TenantPanelHome({ slug }: { slug: string }) {
  const t = useT()
  return (
    <TenantPanelFrame slug={slug} section="home">
      {({ user, tenantName, role, summary }) => (
        <>
          <PageHeading title={t('tenantPanel.title', { name: tenantName })}>
            {t('tenantPanel.title', { name: tenantName })}
          </PageHeading>
          {panelOverviews(MODULES, role).map(({ key, Overview }) => (
            <Overview key={key} slug={slug} userId={user.id} />
          ))}
          <section class="panel-section" aria-labelledby="role-heading">
            <h2 id="role-heading">{t('tenantPanel.roleHeading', { role: t(`role.${role}`) })}</h2>
            <p>{roleDescription(t, role)}</p>
            {role !== 'admin' && role !== 'operator' ? <p class="muted">{t('tenantPanel.roleLimits')}</p> : null}
          </section>
          <section class="panel-section" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t('tenantPanel.summaryHeading')}</h2>
            <dl class="facts">
              <dt>{t('tenantPanel.usersCount')}</dt>
              <dd>{summary.data?.counts.users ?? '—'}</dd>
              <dt>{t('tenantPanel.publicPage')}</dt>
              <dd>
                <a href={tenantPath(slug)}>{tenantName}</a>
              </dd>
            </dl>
          </section>
          {role === 'operator' ? (
            <p>
              <a href={panelPath(slug, 'uzytkownicy')} class="link-strong">
                {t('tenantPanel.nav.users')}
              </a>
            </p>
          ) : null}
          {role === 'admin' ? (
            <section class="panel-section" aria-labelledby="admin-heading">
              <h2 id="admin-heading">{t('tenantPanel.adminHeading')}</h2>
              <ul class="card-list">
                <li class="card">
                  <a href={panelPath(slug, 'uzytkownicy')} class="card-link">
                    {t('tenantPanel.nav.users')}
                  </a>
                  <p class="muted">{t('tenantPanel.usersHint')}</p>
                </li>
                <li class="card">
                  <a href={panelPath(slug, 'dziennik')} class="card-link">
                    {t('tenantPanel.nav.audit')}
                  </a>
                  <p class="muted">{t('tenantPanel.auditHint')}</p>
                </li>
                <li class="card">
                  <a href={panelPath(slug, 'profil')} class="card-link">
                    {t('tenantPanel.nav.profile')}
                  </a>
                  <p class="muted">{t('tenantPanel.profileHint')}</p>
                </li>
              </ul>
            </section>
          ) : null}
          <p>
            <a href="/panel">{t('tenantPanel.backToPanel')}</a>
          </p>
        </>
      )}
    </TenantPanelFrame>
  )
}
