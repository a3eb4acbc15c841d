import '../i18n/pages'
import { DataRegion, Empty, ErrorState, Loading } from '../../core/ui'
import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { navigate, useLocation } from '../../router'
import { boPaths } from '../paths'
import {
  countByStatus,
  IMPLEMENTATION_STATUSES,
  implementationApi,
  isStatus,
  NOT_PUBLISHED,
  type ImplementationList,
} from './api'
import { NotesList, ScopeFacts, winnerName } from './ui'
import { EditionPage } from '../voting/edition'

/**
 * `/{slug}/bo/{year}/realizacja`: what became of every winning project — its scope as voted, the status (with the
 * reason when the JST abandoned it) and the progress notes with photos. A count per status doubles as the filter
 * (`?stan=…`, so a filtered view can be shared); before the results are published the page says so plainly.
 */
export function Implementation({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  return (
    <div class="impl-page">
      <EditionPage
        slug={slug}
        year={year}
        heading={(title) => (title ? t('implementation.pageTitle', { title }) : t('implementation.title'))}
      >
        {() => <Tracking slug={slug} year={year} />}
      </EditionPage>
    </div>
  )
}

/** The way on from this page — to the results and back to the edition — both before publication and above the list. */
function EditionLinks({ slug, year, class: className }: { slug: string; year: string; class?: string }) {
  const t = useT()
  return (
    <ul class={className}>
      <li>
        <a href={boPaths.results(slug, year)}>{t('implementation.results')}</a>
      </li>
      <li>
        <a href={boPaths.edition(slug, year)}>{t('implementation.backToEdition')}</a>
      </li>
    </ul>
  )
}

function NotYet({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  return (
    <Empty title={t('implementation.notYet')}>
      <p>{t('implementation.notYetText')}</p>
      <EditionLinks slug={slug} year={year} />
    </Empty>
  )
}

function Tracking({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const { path, search } = useLocation()
  const list = useResource<ImplementationList>(implementationApi(slug, year))
  if (list.status === 'loading' && !list.data) return <Loading />
  if (list.status === 'error' && !list.data) {
    if (list.error.status === 404 && list.error.problem.type === NOT_PUBLISHED)
      return <NotYet slug={slug} year={year} />
    return <ErrorState error={list.error} onRetry={list.reload} />
  }
  const items = list.data!.items
  const wanted = new URLSearchParams(search).get('stan')
  const filter = isStatus(wanted) ? wanted : null
  const counts = countByStatus(items)
  const shown = filter ? items.filter((item) => item.status === filter) : items
  const href = (status: string | null) => (status ? `${path}?stan=${status}` : path)
  // Filtering changes only the list below: the link keeps the focus and the count is announced (role="status").
  const follow = (event: MouseEvent, status: string | null) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return // a new tab or window
    event.preventDefault()
    navigate(href(status), { focus: false })
  }

  return (
    <DataRegion busy={list.status === 'loading'}>
      <p class="lead">{t('implementation.intro')}</p>
      <EditionLinks slug={slug} year={year} class="impl-links" />
      {items.length === 0 ? (
        <Empty title={t('implementation.noWinners')} />
      ) : (
        <>
          <section class="impl-summary" aria-labelledby="impl-summary-heading">
            <h2 id="impl-summary-heading">{t('implementation.summaryHeading')}</h2>
            <p>{t('implementation.summaryIntro')}</p>
            <ul class="impl-filter">
              <li>
                <a
                  href={href(null)}
                  aria-current={filter === null ? 'true' : undefined}
                  onClick={(event) => follow(event, null)}
                >
                  {t('implementation.filter.all', { count: items.length })}
                </a>
              </li>
              {IMPLEMENTATION_STATUSES.map((status) => (
                <li key={status}>
                  <a
                    href={href(status)}
                    aria-current={filter === status ? 'true' : undefined}
                    onClick={(event) => follow(event, status)}
                  >
                    {t('implementation.filter.status', {
                      label: t(`implementation.status.${status}`),
                      count: counts[status],
                    })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="impl-list-heading">
            <h2 id="impl-list-heading">{t('implementation.listHeading')}</h2>
            <p class="impl-shown" role="status">
              {filter
                ? t('implementation.shownSome', {
                    shown: shown.length,
                    total: items.length,
                    label: t(`implementation.status.${filter}`),
                  })
                : t('implementation.shownAll', { count: items.length })}
            </p>
            {shown.length === 0 ? (
              <p>{t('implementation.noneInStatus')}</p>
            ) : (
              <ul class="impl-list">
                {shown.map((item) => {
                  const name = winnerName(item, t)
                  const headingId = `impl-${item.projectId}`
                  return (
                    <li key={item.projectId} class="impl-item">
                      <article aria-labelledby={headingId}>
                        <h3 id={headingId} class="impl-item-title">
                          {name}
                        </h3>
                        <ScopeFacts item={item} />
                        <p>
                          <a
                            href={boPaths.project(slug, year, item.projectId)}
                            aria-label={t('implementation.projectPageFor', { title: name })}
                          >
                            {t('implementation.projectPage')}
                          </a>
                        </p>
                        <NotesList
                          slug={slug}
                          year={year}
                          item={item}
                          headingLevel={4}
                          headingId={`${headingId}-notes`}
                          heading={t('implementation.notesHeading')}
                        />
                      </article>
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
        </>
      )}
    </DataRegion>
  )
}
