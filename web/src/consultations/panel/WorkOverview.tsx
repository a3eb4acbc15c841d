import '../i18n/pages'
import { useLang, useT } from '../../core/i18n'
import { enc } from '../../core/lib/api'
import { useResource } from '../../core/lib/resource'
import { formatDate } from '../../core/lib/time'
import { DataRegion, ErrorState, Loading } from '../../core/ui'
import { warsawDate } from '../../../../worker/core/time/polish-calendar'
import type { ConsultationWork } from '../../../../worker/consultations/queries/work'
import { plural } from '../comments/ui'
import { ksPanelPaths } from './paths'

/** What `GET /jst/{slug}/staff/konsultacje/work` answers (worker/consultations/routes/work.ts). */
export type ConsultationWorkData = ConsultationWork & { role: string; organiser: boolean }

/**
 * The consultations' part of a JST panel's start page, "Konsultacje — do zrobienia": the consultations open now
 * (their last day and comments so far, linked to the comments page, where they are moderated), and for organisers the
 * answers waiting to be written or approved and the reports due with their last day (or passed). One request,
 * personal and never cached; shown to admin, koordynator and moderator (the module's panel roles).
 */
export function WorkOverview({ slug }: { slug: string; userId: string }) {
  const t = useT()
  const lang = useLang()
  const res = useResource<ConsultationWorkData>(`/jst/${enc(slug)}/staff/konsultacje/work`)
  const work = res.data
  const today = warsawDate(new Date()).date
  const inclusive = (date: string) => t('time.inclusive', { date: formatDate(date, lang) })
  const empty = work && !work.open.length && !work.answers.length && !work.reports.length
  return (
    <section class="panel-section ks-work" aria-labelledby="ks-work-heading">
      <h2 id="ks-work-heading">{t('consultations.work.heading')}</h2>
      <DataRegion busy={res.status === 'loading'}>
        {res.status === 'loading' && !work ? <Loading /> : null}
        {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
        {empty ? <p class="notice-info">{t('consultations.work.nothing')}</p> : null}
        {work?.open.length ? (
          <>
            <h3 id="ks-work-open">{t('consultations.work.open')}</h3>
            <ul class="work-list" aria-labelledby="ks-work-open">
              {work.open.map((c) => (
                <li key={c.number}>
                  <a href={ksPanelPaths.section(slug, c.number, 'comments')}>{c.title}</a>
                  {' — '}
                  {t('consultations.work.lastDay', { date: inclusive(c.endDate) })}
                  {', '}
                  {plural(t, lang, 'consultations.list.comments', c.comments)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {work?.answers.length ? (
          <>
            <h3 id="ks-work-answers">{t('consultations.work.answers')}</h3>
            <ul class="work-list" aria-labelledby="ks-work-answers">
              {work.answers.map((c) => (
                <li key={c.number}>
                  <a href={ksPanelPaths.section(slug, c.number, 'answers')}>{c.title}</a>
                  {' — '}
                  {[
                    c.toAnswer ? t('consultations.work.toAnswer', { count: c.toAnswer }) : null,
                    c.toApprove ? t('consultations.work.toApprove', { count: c.toApprove }) : null,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {work?.reports.length ? (
          <>
            <h3 id="ks-work-reports">{t('consultations.work.reports')}</h3>
            <ul class="work-list" aria-labelledby="ks-work-reports">
              {work.reports.map((c) => (
                <li key={c.number}>
                  <a href={ksPanelPaths.section(slug, c.number, 'report')}>{c.title}</a>
                  {' — '}
                  {t('consultations.work.ended', { date: formatDate(c.endDate, lang) })}
                  {', '}
                  {!c.reportDueDate ? (
                    t('consultations.work.reportNoDue')
                  ) : c.reportDueDate < today ? (
                    <strong>
                      {t('consultations.work.reportOverdue', { date: formatDate(c.reportDueDate, lang) })}
                    </strong>
                  ) : (
                    t('consultations.work.reportDue', { date: inclusive(c.reportDueDate) })
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </DataRegion>
    </section>
  )
}
