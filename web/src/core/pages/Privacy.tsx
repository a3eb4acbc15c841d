import { Rich } from '../ui/Rich'
import { DataRegion, Empty, ErrorState, Loading, PageHeading } from '../ui'
import { useT } from '../i18n'
import { tenantPath } from '../lib/context'
import { useResource } from '../lib/resource'
import { useTenant } from '../lib/tenants'
import type { Kind, Tenant, TenantListItem } from '../lib/types'
import { platform } from '../../platform'
import { NotFound } from './NotFound'

/** Which self-government act gives the JST its participation duties (art. 5a usg, art. 3d usp, art. 10a usw). */
function lawGroup(kind: Kind): 'gmina' | 'powiat' | 'wojewodztwo' {
  if (kind === 'powiat') return 'powiat'
  if (kind === 'wojewodztwo') return 'wojewodztwo'
  return 'gmina'
}

const UODO_URL = 'https://uodo.gov.pl/'

function Rights() {
  const t = useT()
  return (
    <>
      <h2>{t('rodo.rightsHeading')}</h2>
      <p>{t('rodo.rightsIntro')}</p>
      <ul>
        <li>{t('rodo.right.access')}</li>
        <li>{t('rodo.right.rectification')}</li>
        <li>{t('rodo.right.erasure')}</li>
        <li>{t('rodo.right.restriction')}</li>
        <li>{t('rodo.right.objection')}</li>
      </ul>
      <h2>{t('rodo.complaintHeading')}</h2>
      <p>
        <Rich
          text={t('rodo.complaint')}
          values={{
            uodo: (
              <a href={UODO_URL} rel="external noopener">
                {t('rodo.uodo')}
              </a>
            ),
          }}
        />
      </p>
    </>
  )
}

function TenantClause({ tenant }: { tenant: Tenant }) {
  const t = useT()
  const group = lawGroup(tenant.kind)
  const head = t(`rodo.head.${tenant.kind}`)
  return (
    <div class="prose">
      <p class="lead">{t('rodo.tenantIntro', { name: tenant.name })}</p>

      <h2>{t('rodo.controllerHeading')}</h2>
      <p>
        {tenant.address
          ? t('rodo.controller', { head, name: tenant.name, address: tenant.address })
          : t('rodo.controllerNoAddress', { head, name: tenant.name })}{' '}
        <Rich
          text={t('rodo.controllerContact')}
          values={{ email: <a href={`mailto:${tenant.contactEmail}`}>{tenant.contactEmail}</a> }}
        />
      </p>

      <h2>{t('rodo.iodHeading')}</h2>
      <p>
        {tenant.iodEmail ? (
          <Rich
            text={tenant.iodName ? t('rodo.iod') : t('rodo.iodNoName')}
            values={{
              name: tenant.iodName ?? '',
              email: <a href={`mailto:${tenant.iodEmail}`}>{tenant.iodEmail}</a>,
            }}
          />
        ) : (
          <Rich
            text={t('rodo.iodFallback')}
            values={{ email: <a href={`mailto:${tenant.contactEmail}`}>{tenant.contactEmail}</a> }}
          />
        )}
      </p>

      <h2>{t('rodo.purposesHeading')}</h2>
      <p>{t('rodo.purposes')}</p>
      <ul>
        <li>{t('rodo.purpose.processes')}</li>
        <li>{t('rodo.purpose.staff')}</li>
        <li>{t('rodo.purpose.audit')}</li>
      </ul>
      <p>{t('rodo.basis', { law: t(`rodo.law.${group}`), council: t(`rodo.council.${group}`) })}</p>

      <h2>{t('rodo.recipientsHeading')}</h2>
      <ul>
        <li>{t('rodo.recipient.operator')}</li>
        <li>{t('rodo.recipient.law')}</li>
      </ul>
      <p>{t('rodo.transfer')}</p>

      <h2>{t('rodo.retentionHeading')}</h2>
      <p>{t('rodo.retention')}</p>

      <Rights />

      <h2>{t('rodo.requiredHeading')}</h2>
      <p>{t('rodo.required')}</p>

      <h2>{t('rodo.automatedHeading')}</h2>
      <p>{t('rodo.automated')}</p>
    </div>
  )
}

function PlatformClause() {
  const t = useT()
  const list = useResource<{ items: TenantListItem[] }>('/jst')
  const operator = platform.operatorName ?? t('platform.operatorName')
  return (
    <div class="prose">
      <p class="lead">{t('rodo.platformIntro')}</p>

      <h2>{t('rodo.controllerHeading')}</h2>
      <p>{t('rodo.platformController')}</p>
      <h3 id="rodo-jst-list">{t('rodo.platformListHeading')}</h3>
      <DataRegion busy={list.status === 'loading'}>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {list.status === 'ok' && list.data.items.length === 0 ? <Empty title={t('home.jstEmpty.title')} /> : null}
        {list.status === 'ok' && list.data.items.length > 0 ? (
          <ul>
            {list.data.items.map((item) => (
              <li key={item.slug}>
                <a href={tenantPath(item.slug, 'rodo')}>{t('rodo.platformListItem', { name: item.name })}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </DataRegion>
      <p>
        <Rich
          text={t('rodo.platformOperator')}
          values={{
            operator,
            email: <a href={`mailto:${platform.email}`}>{platform.email}</a>,
          }}
        />
      </p>

      <h2>{t('rodo.purposesHeading')}</h2>
      <p>{t('rodo.platformPurposes')}</p>

      <h2>{t('rodo.recipientsHeading')}</h2>
      <p>{t('rodo.platformRecipients')}</p>
      <p>{t('rodo.transfer')}</p>

      <h2>{t('rodo.retentionHeading')}</h2>
      <p>{t('rodo.platformRetention')}</p>

      <Rights />

      <h2>{t('rodo.requiredHeading')}</h2>
      <p>{t('rodo.platformRequired')}</p>

      <h2>{t('rodo.automatedHeading')}</h2>
      <p>{t('rodo.automated')}</p>
    </div>
  )
}

export function Privacy({ slug }: { slug: string | null }) {
  const t = useT()
  const state = useTenant(slug)
  if (!slug) {
    return (
      <>
        <PageHeading title={t('rodo.title')}>{t('rodo.title')}</PageHeading>
        <PlatformClause />
      </>
    )
  }
  if (state.status === 'error' && state.error.status === 404) return <NotFound detail={t('notFound.tenant')} />
  const tenant = state.tenant
  return (
    <>
      <PageHeading title={tenant ? t('rodo.titleFor', { name: tenant.name }) : t('rodo.title')}>
        {t('rodo.title')}
      </PageHeading>
      <DataRegion busy={state.status === 'loading'}>
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'error' ? <ErrorState error={state.error} onRetry={state.reload} /> : null}
        {tenant ? <TenantClause tenant={tenant} /> : null}
      </DataRegion>
    </>
  )
}
