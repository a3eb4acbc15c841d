import '../i18n/pages'
import { useLang, useT } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import { DataRegion, DateTime, Empty, ErrorState, Loading, PageHeading } from '../../core/ui'
import { Rich } from '../../core/ui/Rich'
import { plural } from '../comments/ui'
import { ksApi, ksPaths } from '../paths'
import { reportPaths } from '../report/paths'
import type { ListedConsultation } from '../types'
import { Crumbs, Period, presetText, stateText } from '../ui'

/** The groups of the list, in the order residents look for them: what they can take part in now comes first. */
const GROUPS = [
  { key: 'open', states: ['open'] },
  { key: 'upcoming', states: ['upcoming'] },
  { key: 'ended', states: ['ended', 'reported'] },
] as const

/**
 * `/{slug}/konsultacje`: the JST's published consultations, open, upcoming and ended, and the Atom feed. Each card
 * names the subject and the dates, the confirmed comments where the consultation shows them publicly, and links to the
 * report once it is published.
 */
export function ConsultationList({ slug }: { slug: string }) {
  const t = useT()
  const lang = useLang()
  const tenant = useTenant(slug)
  const list = useResource<{ items: ListedConsultation[] }>(ksApi.list(slug))
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
                        <p class="ks-card-subject">{c.subject}</p>
                        <p>
                          <Period start={c.startDate} end={c.endDate} />
                        </p>
                        <p class="muted">
                          {t('consultations.stateLine', { state: stateText(t, c.state) })}
                          {c.comments !== null
                            ? ` · ${plural(t, lang, 'consultations.list.comments', c.comments)}`
                            : null}
                        </p>
                        {c.state === 'reported' ? (
                          <p class="ks-card-report">
                            <a href={reportPaths.page(slug, c.number)}>
                              {t('consultations.list.reported')}
                              <span class="visually-hidden">: {c.title}</span>
                            </a>
                            {c.reportPublishedAt ? (
                              <>
                                {' — '}
                                <Rich
                                  text={t('consultations.list.reportedOn')}
                                  values={{ date: <DateTime value={c.reportPublishedAt} kind="date" /> }}
                                />
                              </>
                            ) : null}
                          </p>
                        ) : null}
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
