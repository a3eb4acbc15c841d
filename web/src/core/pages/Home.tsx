import { DataRegion, Empty, ErrorState, Loading, PageHeading } from '../ui'
import { useT } from '../i18n'
import { tenantPath } from '../lib/context'
import { useResource } from '../lib/resource'
import type { TenantListItem } from '../lib/types'
import { MODULES, moduleList } from '../../modules'

/** The platform's home: what it runs (only the modules that exist, from modules.ts), the recount, and the JSTs. */
export function Home() {
  const t = useT()
  const list = useResource<{ items: TenantListItem[] }>('/jst')
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.heading')}</PageHeading>
      <p class="lead">{t('home.intro', { modules: moduleList(t) })}</p>
      <ul class="feature-list">
        {MODULES.map((m) => (
          <li key={m.key}>{t(m.description)}</li>
        ))}
      </ul>
      <p>
        <a href="/przeliczenie" class="link-strong">
          {t('home.recountLink')}
        </a>
        <span class="muted"> — {t('home.recountHint')}</span>
      </p>

      <h2 id="home-jst-heading">{t('home.jstHeading')}</h2>
      <DataRegion busy={list.status === 'loading'}>
        {list.status === 'loading' ? <Loading label={t('home.jstLoading')} /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {list.status === 'ok' && list.data.items.length === 0 ? (
          <Empty title={t('home.jstEmpty.title')}>
            <p>{t('home.jstEmpty.body')}</p>
          </Empty>
        ) : null}
        {list.status === 'ok' && list.data.items.length > 0 ? (
          <ul class="card-list">
            {list.data.items.map((item) => (
              <li key={item.slug} class="card">
                <a href={tenantPath(item.slug)} class="card-link">
                  {item.name}
                </a>
                <p class="muted">{t(`kind.${item.kind}`)}</p>
              </li>
            ))}
          </ul>
        ) : null}
      </DataRegion>
    </>
  )
}
