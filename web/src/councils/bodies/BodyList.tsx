import '../i18n/pages'
import { useT } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import { DataRegion, Empty, ErrorState, Loading, PageHeading } from '../../core/ui'
import { rdApi, rdPaths } from '../paths'
import type { PublicBodyItem } from './types'
import { RdCrumbs } from './ui'

/**
 * `/{slug}/rady`: the JST's advisory bodies (rada seniorów, młodzieżowa rada, RDPP, others), each with its kind,
 * its state and its members in office, linking to the body's page.
 */
export function BodyList({ slug }: { slug: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const list = useResource<{ items: PublicBodyItem[] }>(rdApi.bodies(slug))
  if (list.status === 'error' && list.error.status === 404) return <NotFound detail={t('notFound.tenant')} />
  const name = tenant.tenant?.name ?? slug
  const items = list.data?.items ?? []
  return (
    <>
      <RdCrumbs items={[{ href: tenantPath(slug), label: name }, { label: t('module.councils') }]} />
      <PageHeading title={t('councils.bodies.list.titleFor', { name })}>{t('module.councils')}</PageHeading>
      <p class="lead">{t('councils.bodies.list.intro', { name })}</p>
      <DataRegion busy={list.status === 'loading'}>
        {list.status === 'loading' && !list.data ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {list.data && items.length === 0 ? <Empty title={t('councils.bodies.list.empty')} /> : null}
        {items.length > 0 ? (
          <ul class="card-list" aria-label={t('councils.bodies.list.label', { name })}>
            {items.map((b) => (
              <li key={b.slug} class="card">
                <p class="card-eyebrow">{b.kindName}</p>
                <a class="card-link" href={rdPaths.body(slug, b.slug)}>
                  {b.name}
                </a>
                <p class="muted">
                  {t(`councils.bodies.status.${b.status}`)} · {t('councils.bodies.list.members', { count: b.members })}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </DataRegion>
      <nav aria-labelledby="rd-more" class="rd-more">
        <h2 id="rd-more">{t('councils.bodies.list.more')}</h2>
        <ul>
          <li>
            <a href={rdPaths.applications(slug)}>{t('councils.bodies.list.applications')}</a>
          </li>
          <li>
            <a href={`${rdPaths.list(slug)}/dane`}>{t('councils.bodies.list.openData')}</a>
          </li>
        </ul>
      </nav>
    </>
  )
}
