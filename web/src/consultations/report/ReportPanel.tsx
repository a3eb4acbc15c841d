import '../i18n/pages'
import { useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useResource } from '../../core/lib/resource'
import { ConfirmDialog, DataRegion, DateTime, ErrorState, Loading, Notice, problemText } from '../../core/ui'
import type { ApiError } from '../../core/lib/api'
import { Rich } from '../../core/ui/Rich'
import { PanelConsultationPage } from '../panel/PanelNav'
import { ksPanelPaths } from '../panel/paths'
import { reportApi, reportPaths } from './paths'
import { ReportBody } from './ReportBody'
import type { ReportView, StaffReportView } from './types'

/**
 * `/panel/{slug}/konsultacje/{n}/raport` (organisers): where the report stands — its deadline, whether the
 * consultation has ended, which comments and groups still lack an approved answer (linked to the answers page) — the
 * publish button behind a confirmation, and the report as it would be published now (or as it was published).
 */
export function ReportPanel({ slug, number }: { slug: string; number: string }) {
  return (
    <PanelConsultationPage slug={slug} number={number} current="report">
      {() => <ReportState slug={slug} number={number} />}
    </PanelConsultationPage>
  )
}

function ReportState({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const res = useResource<StaffReportView>(reportApi.staff(slug, number))
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const stateHeading = useRef<HTMLHeadingElement>(null)
  const r = res.data
  if (!r) {
    return res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : <Loading />
  }
  const missing = r.missing.comments.length + r.missing.groups.length
  const canPublish = !r.published && r.status === 'published' && r.ended && missing === 0
  const publish = async () => {
    setBusy(true)
    setError(null)
    try {
      await api<ReportView>(reportApi.publish(slug, number), { method: 'POST', body: {} })
      setConfirming(false)
      setNotice(t('consultations.report.panel.publishedNow'))
      res.reload()
      stateHeading.current?.focus()
    } catch (e) {
      setError(problemText(e as ApiError, t))
      res.reload()
    } finally {
      setBusy(false)
    }
  }
  return (
    <DataRegion busy={res.status === 'loading'}>
      <Notice message={notice} />
      <section aria-labelledby="ks-report-state">
        <h2 id="ks-report-state" ref={stateHeading} tabIndex={-1}>
          {t('consultations.report.panel.state')}
        </h2>
        {r.reportDueDate && !r.published ? (
          <p>
            <Rich
              text={t('consultations.report.panel.due')}
              values={{ date: <DateTime value={r.reportDueDate} kind="date" /> }}
            />
          </p>
        ) : null}
        {r.published ? (
          <>
            <p>
              <Rich
                text={t('consultations.report.panel.published')}
                values={{ date: <DateTime value={r.published.publishedAt} kind="date" /> }}
              />
            </p>
            <p>
              <a href={reportPaths.page(slug, number)}>{t('consultations.report.panel.publicPage')}</a>
            </p>
          </>
        ) : r.status === 'draft' ? (
          <p>{t('consultations.report.panel.notPublishedYet')}</p>
        ) : !r.ended ? (
          <p>
            <Rich
              text={t('consultations.report.panel.notEnded')}
              values={{ date: <DateTime value={r.endDate} kind="date" /> }}
            />
          </p>
        ) : null}
        {!r.published && missing > 0 ? (
          <div class="ks-report-missing">
            <h3>{t('consultations.report.panel.missing')}</h3>
            <ul>
              {r.missing.comments.length ? (
                <li>{t('consultations.report.panel.missingComments', { numbers: r.missing.comments.join(', ') })}</li>
              ) : null}
              {r.missing.groups.length ? (
                <li>{t('consultations.report.panel.missingGroups', { numbers: r.missing.groups.join(', ') })}</li>
              ) : null}
            </ul>
            <p>
              <a href={ksPanelPaths.section(slug, number, 'answers')}>{t('consultations.report.panel.toAnswers')}</a>
            </p>
          </div>
        ) : null}
        {!r.published && r.status === 'published' && r.ended && missing === 0 ? (
          <p>{t('consultations.report.panel.ready')}</p>
        ) : null}
        {error && !confirming ? (
          <p class="state state-error" role="alert">
            {error}
          </p>
        ) : null}
        {canPublish ? (
          <p>
            <button type="button" class="button" onClick={() => setConfirming(true)}>
              {t('consultations.report.panel.publish')}
            </button>
          </p>
        ) : null}
      </section>
      <ConfirmDialog
        open={confirming}
        title={t('consultations.report.panel.confirmTitle')}
        confirmLabel={t('consultations.report.panel.publish')}
        onConfirm={publish}
        onCancel={() => {
          setConfirming(false)
          setError(null)
        }}
        busy={busy}
        error={error}
      >
        <p>{t('consultations.report.panel.confirmText')}</p>
      </ConfirmDialog>
      {r.published ? null : (
        <p class="muted">
          <strong>{t('consultations.report.panel.preview')}.</strong> {t('consultations.report.panel.previewHint')}
        </p>
      )}
      <ReportBody report={r.published ?? r.draft} idPrefix="ks-panel-report" />
    </DataRegion>
  )
}
