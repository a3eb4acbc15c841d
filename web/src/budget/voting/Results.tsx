import '../i18n/pages'
import { DataRegion, ErrorState, Loading } from '../../core/ui'
import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { downloadUrl, editionApi, publicPath, type Edition, type Results as ResultsData } from './api'
import { EditionPage, PhaseDates, votingDatesKey, votingTense } from './edition'
import { PoolResults, ResultsStats } from './ResultsView'

/** `/{slug}/bo/{year}/wyniki`: the published results, their open data and the statistics. */
export function Results({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  return (
    <div class="vt-page">
      <EditionPage
        slug={slug}
        year={year}
        heading={(title) => (title ? t('voting.results.pageTitle', { title }) : t('voting.results.title'))}
      >
        {(edition) => <PublishedResults slug={slug} year={year} edition={edition} />}
      </EditionPage>
    </div>
  )
}

function PublishedResults({ slug, year, edition }: { slug: string; year: string; edition: Edition }) {
  const t = useT()
  const results = useResource<ResultsData>(`${editionApi(slug, year)}/results`)
  if (results.status === 'loading' && !results.data) return <Loading />
  if (results.status === 'error' && !results.data) {
    if (results.error.status === 404) {
      return (
        <div class="state state-empty" role="status">
          <p class="state-title">{t('voting.results.notYet')}</p>
          <p>
            <PhaseDates edition={edition} phase="voting" messageKey={votingDatesKey[votingTense(edition) ?? 'now']} />
          </p>
          <ul>
            <li>
              <a href={publicPath(slug, year, 'potwierdzenie')}>{t('voting.links.receipt')}</a>
            </li>
            <li>
              <a href={publicPath(slug, year)}>{t('voting.backToEdition')}</a>
            </li>
          </ul>
        </div>
      )
    }
    return <ErrorState error={results.error} onRetry={results.reload} />
  }
  const data = results.data!
  return (
    <DataRegion busy={results.status === 'loading'}>
      <p class="vt-lead">{t('voting.results.intro')}</p>
      <p>
        <a href={publicPath(slug, year, 'realizacja')}>{t('implementation.link')}</a>
      </p>
      <nav class="vt-toc" aria-label={t('voting.results.toc')}>
        <ul>
          {data.pools.map((pool) => (
            <li key={pool.code}>
              <a href={`#wyniki-${pool.code}`}>{pool.name}</a>
            </li>
          ))}
          <li>
            <a href="#wyniki-stats">{t('voting.stats.title')}</a>
          </li>
          <li>
            <a href="#wyniki-pliki">{t('voting.results.downloads')}</a>
          </li>
        </ul>
      </nav>
      {data.pools.map((pool) => (
        <PoolResults key={pool.code} pool={pool} format={edition.rules.ballot.format} idPrefix="wyniki" />
      ))}
      <ResultsStats stats={data.stats} idPrefix="wyniki" />
      <section aria-labelledby="wyniki-pliki">
        <h2 id="wyniki-pliki">{t('voting.results.downloads')}</h2>
        <p>{t('voting.results.downloadsIntro')}</p>
        <ul>
          <li>
            <a href={downloadUrl(slug, year, 'csv')} download>
              {t('voting.results.csv')}
            </a>
          </li>
          {data.pools.map((pool) => (
            <li key={pool.code}>
              <a href={downloadUrl(slug, year, `${encodeURIComponent(pool.code)}.pb`)} download>
                {t('voting.results.pb', { name: pool.name })}
              </a>
            </li>
          ))}
          <li>
            <a href={downloadUrl(slug, year, 'receipts.txt')} download>
              {t('voting.results.receipts')}
            </a>
          </li>
        </ul>
        <p>
          {t('voting.results.recountIntro')} <a href="/przeliczenie">{t('voting.links.recount')}</a>
        </p>
        <p>
          <a href={publicPath(slug, year, 'potwierdzenie')}>{t('voting.links.receipt')}</a>
        </p>
      </section>
    </DataRegion>
  )
}
