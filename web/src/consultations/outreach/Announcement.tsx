import '../i18n/pages'
import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import { DataRegion, DateTime, ErrorState, Loading, PageHeading } from '../../core/ui'
import { ksPaths } from '../paths'
import { ConsultationCrumbs, Period } from '../ui'
import { MaterialLinks } from './OutreachLinks'
import { outreachApi } from './paths'
import type { AnnouncementView } from './types'

/**
 * `/{slug}/konsultacje/{n}/ogloszenie`: the announcement as the office publishes it in the BIP and on the notice
 * board — the opening act's six elements, the legal basis and the order, the areas of public tasks — with the
 * tagged PDF of the same text and the A4 poster. The parts are named in the reader's language; their content is the
 * act's own Polish wording (marked `lang="pl"`, so a screen reader reads it in Polish).
 */
export function Announcement({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const res = useResource<AnnouncementView>(outreachApi.announcement(slug, number))
  if (res.status === 'error' && res.error.status === 404) return <NotFound detail={t('consultations.notFound')} />
  const a = res.data
  const name = tenant.tenant?.name ?? slug
  const heading = t('consultations.outreach.announcement.title')
  const title = a?.title ?? t('consultations.numbered', { number })
  return (
    <>
      <ConsultationCrumbs slug={slug} number={number} title={title} page={heading} />
      <PageHeading title={`${heading}: ${title} — ${name}`}>{heading}</PageHeading>
      <DataRegion busy={res.status === 'loading'}>
        {res.status === 'loading' && !a ? <Loading /> : null}
        {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
        {a ? (
          <>
            <MaterialLinks slug={slug} number={number} items={['announcementPdf', 'poster']} class="ks-outreach-links">
              <li>
                <a href={ksPaths.consultation(slug, number)}>{t('consultations.outreach.announcement.toPage')}</a>
              </li>
            </MaterialLinks>
            <article class="ks-announcement" lang="pl" aria-labelledby="ks-announcement-title">
              <h2 id="ks-announcement-title">{a.title}</h2>
              <p class="lead">{a.intro}</p>
              <ol class="ks-announcement-elements">
                {a.elements.map((e) => (
                  <li key={e.key}>
                    <h3>{t(`consultations.outreach.announcement.element.${e.key}`)}</h3>
                    {e.key === 'period' ? (
                      <p>
                        <Period start={a.startDate} end={a.endDate} />
                      </p>
                    ) : (
                      e.text
                        .split(/\n{2,}/)
                        .filter(Boolean)
                        .map((para, i) => <p key={i}>{para}</p>)
                    )}
                    {e.items?.length ? (
                      <ul>
                        {e.items.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
              <h3>{t('consultations.outreach.announcement.legalBasis')}</h3>
              <p>{a.legalBasis}</p>
              {a.councilResolution ? (
                <p>
                  {t('consultations.outreach.announcement.rules')} {a.councilResolution}
                </p>
              ) : null}
              {a.order ? (
                <p>
                  {t('consultations.outreach.announcement.order')} {a.order}
                </p>
              ) : null}
              <h3>{t('consultations.outreach.announcement.audience')}</h3>
              <p>{a.audience}</p>
              {a.publicTaskAreas.length ? (
                <>
                  <h3>{t('consultations.outreach.announcement.areas')}</h3>
                  <ul>
                    {a.publicTaskAreas.map((x) => (
                      <li key={x.key}>
                        {t('consultations.outreach.announcement.point', { point: x.point })} {x.label}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {a.publishedAt ? (
                <p class="muted">
                  {t('consultations.outreach.announcement.published')} <DateTime value={a.publishedAt} kind="date" />
                </p>
              ) : null}
            </article>
          </>
        ) : null}
      </DataRegion>
    </>
  )
}
