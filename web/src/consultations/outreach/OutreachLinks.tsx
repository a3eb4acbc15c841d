import { useT } from '../../core/i18n'
import { outreachApi, outreachPaths } from './paths'

/**
 * The consultation page's links to outreach: the announcement for the BIP, the poster to print, and the subscription
 * to the JST's consultations (for whoever wants to hear of the next one).
 */
export function OutreachLinks({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  return (
    <nav class="ks-outreach-links" aria-label={t('consultations.outreach.links.label')}>
      <ul>
        <li>
          <a href={outreachPaths.announcement(slug, number)}>{t('consultations.outreach.links.announcement')}</a>
        </li>
        <li>
          <a href={outreachApi.posterPdf(slug, number)} type="application/pdf">
            {t('consultations.outreach.links.poster')}
          </a>
        </li>
        <li>
          <a href={outreachPaths.subscribe(slug)}>{t('consultations.outreach.links.subscribe')}</a>
        </li>
      </ul>
    </nav>
  )
}
