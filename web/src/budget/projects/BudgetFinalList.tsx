import '../i18n/pages'
import { DataRegion, ErrorState, Loading, PageHeading } from '../../core/ui'
import { useT } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { boBase } from '../api'
import { useEdition } from '../hooks'
import { boPaths } from '../paths'
import type { FinalList } from '../types'
import { Crumbs, Money, When } from '../ui'
import { NotFound } from '../../core/pages/NotFound'

/** `/{slug}/bo/{year}/lista`: projects admitted to the vote, by pool; final or provisional (appeals pending). */
export function BudgetFinalList({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const { edition, tenantName } = useEdition(slug, year)
  const list = useResource<FinalList>(`${boBase(slug, year)}/final-list`)
  if (list.status === 'error' && list.error.status === 404) return <NotFound detail={list.error.problem.detail} />
  const e = edition.data
  const title = e?.title ?? t('budget.editionFallback', { year })
  const data = list.data
  const finalPhase = e?.phases.find((p) => p.phase === 'final_list')
  return (
    <>
      <Crumbs
        items={[
          { href: tenantPath(slug), label: tenantName },
          { href: boPaths.edition(slug, year), label: title },
          { label: t('budget.final.crumb') },
        ]}
      />
      <PageHeading title={`${t('budget.final.heading')} — ${title}`}>{t('budget.final.heading')}</PageHeading>
      <DataRegion busy={list.status === 'loading'}>
        {list.status === 'loading' && !data ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {data ? (
          <>
            <div class={data.final ? 'notice bo-list-state' : 'notice-info bo-list-state'}>
              <p class="bo-list-state-title">
                <strong>
                  {data.final
                    ? t('budget.final.final')
                    : data.pendingAppeals > 0
                      ? t('budget.final.provisionalAppeals', { count: data.pendingAppeals })
                      : t('budget.final.provisional')}
                </strong>
              </p>
              <p>
                {data.final ? t('budget.final.finalBody') : t('budget.final.provisionalBody')}
                {!data.final && finalPhase ? (
                  <>
                    {' '}
                    {t('budget.final.finalFrom')} <When value={finalPhase.startsAt} start />.
                  </>
                ) : null}
              </p>
            </div>
            {data.pools.map((pool) => (
              <section key={pool.id} aria-labelledby={`pool-${pool.id}`} class="bo-final-pool">
                <h2 id={`pool-${pool.id}`}>{pool.name}</h2>
                <p class="muted">
                  {t('budget.final.poolAmount')} <Money value={pool.amount} />
                </p>
                {pool.projects.length === 0 ? (
                  <p>{t('budget.final.poolEmpty')}</p>
                ) : (
                  <div class="table-wrap" role="region" aria-labelledby={`caption-${pool.id}`} tabIndex={0}>
                    <table>
                      <caption id={`caption-${pool.id}`} class="visually-hidden">
                        {t('budget.final.caption', { pool: pool.name })}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('budget.final.colNumber')}</th>
                          <th scope="col">{t('budget.final.colTitle')}</th>
                          <th scope="col">{t('budget.final.colCategory')}</th>
                          <th scope="col" class="bo-num">
                            {t('budget.final.colCost')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {pool.projects.map((p) => (
                          <tr key={p.id}>
                            <td>{p.number ?? '—'}</td>
                            <th scope="row">
                              <a href={boPaths.project(slug, year, p.id)}>{p.title}</a>
                            </th>
                            <td>{p.category ?? '—'}</td>
                            <td class="bo-num">
                              <Money value={p.revisedCost ?? p.cost} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            ))}
          </>
        ) : null}
      </DataRegion>
    </>
  )
}
