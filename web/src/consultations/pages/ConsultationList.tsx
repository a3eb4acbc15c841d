import { useT } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import { DataRegion, Empty, ErrorState, Loading, PageHeading } from '../../core/ui'
import { ksApi, ksPaths } from '../paths'
import type { ConsultationSummary } from '../types'
import { Crumbs, Period, presetText, stateText } from '../ui'

/** The groups of the list, in the order residents look for them: what they can take part in now comes first. */
const GROUPS = [
  { key: 'open', states: ['open'] },
  { key: 'upcoming', states: ['upcoming'] },
  { key: 'ended', states: ['ended', 'reported'] },
] as const

/** `/{slug}/konsultacje`: the JST's published consultations, open, upcoming and ended, and the Atom feed. */
export function ConsultationList({ slug }: { slug: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const list = useResource<{ items: ConsultationSummary[] }>(ksApi.list(slug))
  if (list.status === 'error' && list.error.status === 404) return <NotFound detail={t('notFound.tenant')} />
  const name = tenant.tenant?.name ?? slug
  const items = list.data?.items ?? []
  return (
    <>
      <Crumbs items={[{ href: tenantPath(slug), label: name }, { label: t('module.consultations') }]} />
      <PageHeading title={t('consultations.list.titleFor', { name })}>{t('module.consultations')}</PageHeading>
      <p class="lead">{t('consultations.list.intro', { name })}</p>
      <p class="ks-feed">
        <a href={ksApi.feed(slug)} type="application/atom+xml">
          {t('consultations.feed')}
        </a>{' '}
        <span class="muted small">{t('consultations.feedHint')}</span>
      </p>
      <DataRegion busy={list.status === 'loading'}>
        {list.status === 'loading' && !list.data ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {list.data && items.length === 0 ? (
          <Empty title={t('consultations.list.empty')}>
            <p>{t('consultations.list.emptyBody')}</p>
          </Empty>
        ) : null}
        {items.length > 0
          ? GROUPS.map((group) => {
              const inGroup = items.filter((c) => (group.states as readonly string[]).includes(c.state))
              if (inGroup.length === 0) return null
              const headingId = `ks-group-${group.key}`
              return (
                <section key={group.key} aria-labelledby={headingId}>
                  <h2 id={headingId}>{t(`consultations.list.${group.key}`)}</h2>
                  <ul class="card-list" aria-labelledby={headingId}>
                    {inGroup.map((c) => (
                      <li key={c.number} class="card">
                        <p class="card-eyebrow">{presetText(t, c.preset)}</p>
                        <a class="card-link" href={ksPaths.consultation(slug, c.number)}>
                          {c.title}
                        </a>
                        <p>
                          <Period start={c.startDate} end={c.endDate} />
                        </p>
                        <p class="muted">{t('consultations.stateLine', { state: stateText(t, c.state) })}</p>
                      </li>
                    ))}
                  </ul>
                </section>
              )
            })
          : null}
      </DataRegion>
    </>
  )
}
