import '../i18n/pages'
import { DataRegion, ErrorState, Loading } from '../../core/ui'
import { useT } from '../../core/i18n'
import { enc } from '../../core/lib/api'
import { useResource } from '../../core/lib/resource'
import { boPaths } from '../paths'
import { AWAITING, FILTER_PARAMS, NO_VERIFIER } from './staffTable'
import { When } from '../ui'
import type { WorkKind, WorkOverview } from '../../../../worker/budget/queries/overview'

/** What the overview API (`GET /jst/{slug}/staff/bo/overview`, worker/budget/routes/overview.ts) answers. */
type EditionWork = WorkOverview[number]
type WorkItem = EditionWork['items'][number]
export interface WorkOverviewData {
  role: string
  editions: EditionWork[]
}

/** Where each kind of work is done: the filtered projects table, the appeals or the paper cards page. */
function workHref(slug: string, year: number, kind: WorkKind, userId: string): string {
  const table = boPaths.panelEdition(slug, year)
  switch (kind) {
    case 'unassigned':
      return `${table}?${FILTER_PARAMS.verifier}=${NO_VERIFIER}`
    case 'toAssess':
      return `${table}?${FILTER_PARAMS.verifier}=${enc(userId)}&${FILTER_PARAMS.status}=${AWAITING}`
    case 'appeals':
      return boPaths.panelAppeals(slug, year)
    case 'paperCards':
      return boPaths.panelPaperCards(slug, year)
    default:
      return table
  }
}

/** Questions and answers are read on each project's page, so those items name the projects themselves. */
const perProject = new Set<WorkKind>(['openQuestions', 'answers'])

function Entry({ slug, year, item, userId }: { slug: string; year: number; item: WorkItem; userId: string }) {
  const t = useT()
  const label = t(`panelwork.item.${item.kind}`, { count: item.count })
  if (!perProject.has(item.kind)) {
    return (
      <li>
        <a href={workHref(slug, year, item.kind, userId)}>{label}</a>
      </li>
    )
  }
  return (
    <li>
      {label}
      <ul>
        {item.projects.map((p) => (
          <li key={p.id}>
            <a href={boPaths.panelProject(slug, year, p.id)}>
              {p.number != null ? `${t('budget.project.numberShort', { number: p.number })} ` : ''}
              {p.title}
            </a>
          </li>
        ))}
        {item.count > item.projects.length ? (
          <li>
            <a href={boPaths.panelEdition(slug, year)}>
              {t('panelwork.item.more', { count: item.count - item.projects.length })}
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  )
}

/**
 * The start of a JST's panel for the people who run its budget (admin, koordynator, weryfikator): "Czeka na Ciebie",
 * the work that waits for this person in each edition, every item a link to where it is done; then the coming phase
 * changes of the running editions. One request, answered for the person and never cached.
 */
export function WorkOverview({ slug, userId }: { slug: string; userId: string }) {
  const t = useT()
  const data = useResource<WorkOverviewData>(`/jst/${enc(slug)}/staff/bo/overview`)
  const editions = data.data?.editions ?? []
  const waiting = editions.filter((e) => e.items.some((i) => i.count > 0))
  const dated = editions.filter((e) => e.phase || e.next)
  const state = (
    <>
      {data.status === 'loading' && !data.data ? <Loading /> : null}
      {data.status === 'error' ? <ErrorState error={data.error} onRetry={data.reload} /> : null}
    </>
  )
  return (
    <>
      <section class="panel-section" aria-labelledby="panel-work-heading">
        <h2 id="panel-work-heading">{t('panelwork.heading')}</h2>
        <p>{t('panelwork.intro')}</p>
        <DataRegion busy={data.status === 'loading'}>
          {state}
          {data.data && waiting.length === 0 ? <p class="notice-info">{t('panelwork.nothing')}</p> : null}
          {waiting.map((e) => (
            <div key={e.year} class="work-edition">
              <h3 id={`panel-work-${e.year}`}>{e.title}</h3>
              <ul class="work-list" aria-labelledby={`panel-work-${e.year}`}>
                {e.items
                  .filter((i) => i.count > 0)
                  .map((i) => (
                    <Entry key={i.kind} slug={slug} year={e.year} item={i} userId={userId} />
                  ))}
              </ul>
            </div>
          ))}
        </DataRegion>
      </section>
      <section class="panel-section" aria-labelledby="panel-deadlines-heading">
        <h2 id="panel-deadlines-heading">{t('panelwork.deadlinesHeading')}</h2>
        <DataRegion busy={data.status === 'loading'}>
          {data.data && dated.length === 0 ? <p>{t('panelwork.deadlinesEmpty')}</p> : null}
          {dated.length > 0 ? (
            <ul class="work-deadlines">
              {dated.map((e) => (
                <li key={e.year}>
                  <a href={boPaths.panelEdition(slug, e.year)}>{e.title}</a>
                  <p>
                    {e.phase ? (
                      <>
                        {t('panelwork.deadline.now', { phase: t(`budget.phase.${e.phase}`) })}{' '}
                        <When value={e.phaseEndsAt} deadline />
                      </>
                    ) : (
                      t('panelwork.deadline.between')
                    )}
                    {e.next ? (
                      <>
                        <br />
                        {t('panelwork.deadline.next', { phase: t(`budget.phase.${e.next.phase}`) })}{' '}
                        <When value={e.next.startsAt} start />
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
        </DataRegion>
      </section>
    </>
  )
}
