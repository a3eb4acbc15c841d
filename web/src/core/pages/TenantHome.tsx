import { DataRegion, Empty, ErrorState, Loading, PageHeading } from '../ui'
import { hasMessage, useT } from '../i18n'
import { tenantPath } from '../lib/context'
import { useTenant } from '../lib/tenants'
import type { Tenant } from '../lib/types'
import { NotFound } from './NotFound'
import { MODULES } from '../../modules'

export function TenantContacts({ tenant }: { tenant: Tenant }) {
  const t = useT()
  return (
    <dl class="facts">
      {tenant.address ? (
        <>
          <dt>{t('tenant.address')}</dt>
          <dd>{tenant.address}</dd>
        </>
      ) : null}
      <dt>{t('tenant.email')}</dt>
      <dd>
        <a href={`mailto:${tenant.contactEmail}`}>{tenant.contactEmail}</a>
      </dd>
      {tenant.contactPhone ? (
        <>
          <dt>{t('tenant.phone')}</dt>
          <dd>
            <a href={`tel:${tenant.contactPhone.replace(/[^\d+]/g, '')}`}>{tenant.contactPhone}</a>
          </dd>
        </>
      ) : null}
      {tenant.bipUrl ? (
        <>
          <dt>{t('tenant.bip')}</dt>
          <dd>
            <a href={tenant.bipUrl} rel="external noopener">
              {tenant.bipUrl}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  )
}

export function TenantHome({ slug }: { slug: string }) {
  const t = useT()
  const state = useTenant(slug)
  if (state.status === 'error' && state.error.status === 404) return <NotFound detail={t('notFound.tenant')} />
  const tenant = state.tenant
  const processes = tenant?.processes ?? []
  return (
    <>
      <div class="tenant-head">
        {tenant?.logoUrl ? (
          <img
            src={tenant.logoUrl}
            alt={t('tenant.logoAlt', { name: tenant.name })}
            class="tenant-logo"
            width="96"
            height="96"
          />
        ) : null}
        <div>
          <PageHeading title={tenant ? tenant.name : t('state.loading')}>
            {tenant ? tenant.name : t('state.loading')}
          </PageHeading>
          {tenant ? <p class="tenant-kind">{t(`kind.${tenant.kind}`)}</p> : null}
        </div>
      </div>
      <DataRegion busy={state.status === 'loading'}>
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'error' ? <ErrorState error={state.error} onRetry={state.reload} /> : null}
        {tenant ? (
          <>
            <p class="lead">{t('tenant.intro', { name: tenant.name })}</p>
            <h2 id="tenant-processes">{t('tenant.processesHeading')}</h2>
            {processes.length === 0 ? (
              <Empty title={t('tenant.processesEmpty.title')}>
                <p>{t('tenant.processesEmpty.body', { name: tenant.name })}</p>
              </Empty>
            ) : (
              <ul class="card-list" aria-labelledby="tenant-processes">
                {processes.map((process) => (
                  <li key={`${process.module}-${process.id}`} class="card">
                    <p class="card-eyebrow">{t(`module.${process.module}`)}</p>
                    <a href={process.url} class="card-link">
                      {process.title}
                    </a>
                    <p class="muted">
                      {hasMessage(`process.status.${process.status}`)
                        ? t(`process.status.${process.status}`)
                        : process.status}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {MODULES.flatMap((m) =>
              m.tenantLink ? (
                <p key={m.key}>
                  <a href={tenantPath(tenant.slug, m.tenantLink.segment)}>{t(m.tenantLink.label)}</a>
                </p>
              ) : (
                []
              ),
            )}
            <p>
              <a href={tenantPath(tenant.slug, 'organizacje')}>{t('organizations.tenantLink')}</a>
            </p>
            <h2>{t('tenant.contactHeading')}</h2>
            <TenantContacts tenant={tenant} />
            <h2>{t('tenant.documentsHeading')}</h2>
            <ul>
              <li>
                <a href={tenantPath(tenant.slug, 'deklaracja-dostepnosci')}>{t('footer.a11y')}</a>
              </li>
              <li>
                <a href={tenantPath(tenant.slug, 'rodo')}>{t('footer.rodo')}</a>
              </li>
            </ul>
          </>
        ) : null}
      </DataRegion>
    </>
  )
}
