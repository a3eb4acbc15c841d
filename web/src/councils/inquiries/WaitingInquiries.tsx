import '../i18n/pages'
import type { StaffInquiry } from '../../../../worker/councils/views/inquiries'
import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { DataRegion, DateTime, ErrorState, Loading } from '../../core/ui'
import { stateText } from './PanelInquiries'
import { inquiryApi, inquiryPaths } from './paths'
import './inquiries.css'

/**
 * The JST's inquiries and requests of every body still waiting for the executive's answer, the nearest last day
 * first: on the councils' panel page, so whoever answers for the wójt sees every clock in one place (a late answer is
 * marked "po terminie" in words, not only by colour). Each links to its body's inquiries, where the answer is recorded.
 */
export function WaitingInquiries({ slug }: { slug: string }) {
  const t = useT()
  const res = useResource<{ items: StaffInquiry[] }>(inquiryApi.waiting(slug))
  const items = res.data?.items ?? []
  return (
    <section aria-labelledby="rdq-waiting">
      <h2 id="rdq-waiting">{t('councils.inquiries.waiting.heading')}</h2>
      <DataRegion busy={res.status === 'loading'}>
        {res.status === 'loading' && !res.data ? <Loading /> : null}
        {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
        {res.data && items.length === 0 ? <p>{t('councils.inquiries.waiting.none')}</p> : null}
        {items.length ? (
          <ul class="rdq-waiting" aria-labelledby="rdq-waiting">
            {items.map((i) => (
              <li key={`${i.body.slug}/${i.number}`}>
                <a href={inquiryPaths.panel(slug, i.body.slug)}>
                  {t('councils.inquiries.waiting.item', { body: i.body.name, number: i.number, title: i.title })}
                </a>
                <span class={i.overdue ? 'rdq-late' : undefined}>
                  {' — '}
                  {i.dueOn ? (
                    <>
                      {t('councils.inquiries.card.lastDay')}: <DateTime value={i.dueOn} />
                      {', '}
                    </>
                  ) : null}
                  {stateText(i, t)}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </DataRegion>
    </section>
  )
}
