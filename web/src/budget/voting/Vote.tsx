import '../i18n/pages'
import { useFormId } from '../../core/ui'
import { useT } from '../../core/i18n'
import { publicPath } from './api'
import { EditionPage, PhaseDates, votingDatesKey, votingTense } from './edition'
import { Wizard } from './Wizard'

/** `/{slug}/bo/{year}/glosuj`: the resident's vote, without an account. */
export function Vote({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const formId = useFormId('glos')
  return (
    <div class="vt-page">
      <EditionPage
        slug={slug}
        year={year}
        heading={(title) => (title ? t('voting.pageTitle', { title }) : t('voting.title'))}
      >
        {(edition) => {
          if (edition.currentPhase === 'voting')
            return <Wizard slug={slug} year={year} edition={edition} formId={formId} />
          const tense = votingTense(edition)
          const ended = tense === 'past'
          return (
            <div class="state state-empty" role="status">
              <p class="state-title">{t(ended ? 'voting.closed.ended' : 'voting.closed.notYet')}</p>
              {tense ? (
                <p>
                  <PhaseDates edition={edition} phase="voting" messageKey={votingDatesKey[tense]} />
                </p>
              ) : null}
              {ended ? (
                <ul>
                  <li>
                    <a href={publicPath(slug, year, 'wyniki')}>{t('voting.links.results')}</a>
                  </li>
                  <li>
                    <a href={publicPath(slug, year, 'potwierdzenie')}>{t('voting.links.receipt')}</a>
                  </li>
                </ul>
              ) : null}
              <p>
                <a href={publicPath(slug, year)}>{t('voting.backToEdition')}</a>
              </p>
            </div>
          )
        }}
      </EditionPage>
    </div>
  )
}
