import '../i18n/pages'
import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { DataRegion, DateTime, Empty, ErrorState, Loading, PageHeading } from '../../core/ui'
import { Rich } from '../../core/ui/Rich'
import { ksPaths } from '../paths'
import { ConsultationCrumbs } from '../ui'
import { reportApi } from './paths'
import { ReportBody } from './ReportBody'
import type { ReportView } from './types'

/**
 * `/{slug}/konsultacje/{n}/raport`: the published report as residents read it — every comment with the office's
 * answer and its reasons, who was invited, the statistics, meetings and opinions — with the PDF (for the BIP) and the
 * CSV linked. Before publication it says so, and links back to the consultation.
 */
export function ReportPage({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const res = useResource<ReportView>(reportApi.report(slug, number))
  const name = tenant.tenant?.name ?? slug
  const report = res.data
  const title = report?.consultation.title ?? t('consultations.numbered', { number })
  const notPublished = res.status === 'error' && res.error.status === 404
  return (
    <>
      <ConsultationCrumbs slug={slug} number={number} title={title} page={t('consultations.report.heading')} />
      <PageHeading title={`${t('consultations.report.pageTitle', { title })} — ${name}`}>
        {t('consultations.report.heading')}
        {report ? <span class="ks-report-subtitle">: {report.consultation.title}</span> : null}
      </PageHeading>
      <DataRegion busy={res.status === 'loading'}>
        {res.status === 'loading' && !report ? <Loading /> : null}
        {notPublished ? (
          <Empty title={t('consultations.report.notPublished')}>
            <p>
              <a href={ksPaths.consultation(slug, number)}>{title}</a>
            </p>
          </Empty>
        ) : res.status === 'error' ? (
          <ErrorState error={res.error} onRetry={res.reload} />
        ) : null}
        {report ? (
          <>
            <p class="lead">
              <Rich
                text={t('consultations.report.publishedOn')}
                values={{ date: <DateTime value={report.publishedAt} kind="date" /> }}
              />
            </p>
            <nav aria-label={t('consultations.report.downloads')}>
              <ul class="ks-report-downloads">
                <li>
                  <a href={reportApi.pdf(slug, number)} download>
                    {t('consultations.report.pdf')}
                  </a>
                </li>
                <li>
                  <a href={reportApi.csv(slug, number)} download>
                    {t('consultations.report.csv')}
                  </a>
                </li>
              </ul>
            </nav>
            <ReportBody report={report} />
          </>
        ) : null}
      </DataRegion>
    </>
  )
}
