import { depsOf } from '../../core/deps'
import { afterResponse } from '../../core/http/after-response'
import { csvHeaders } from '../../core/http/csv'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { pdfHeaders, renderPdf } from '../../core/pdf'
import { organisers } from '../access'
import { publishReport, reportDraft } from '../actions/report'
import { consultationFromPath, tenantFromPath, type Ctx } from '../http'
import { notifyParticipants } from '../notify/report'
import { publishedReport } from '../queries/report'
import { reportCsv, reportFileName, reportPdfBlocks, reportPdfInfo, reportView, staffReportView } from '../views/report'

const NOT_PUBLISHED = 'Raport z tych konsultacji nie został jeszcze opublikowany.'

/** The published report of the consultation in the path, or a Polish 404 (drafts and unpublished reports alike). */
async function published(c: Ctx) {
  const consultation = await consultationFromPath(c, true)
  const report = await publishedReport(depsOf(c).db, consultation.id)
  if (!report) throw notFound(NOT_PUBLISHED)
  return { consultation, report }
}

/**
 * The report: the organisers' preview with what is missing and their publish (409 naming the comments and groups
 * without an approved answer), and the public report as JSON, tagged PDF and CSV, all rendered from the content
 * frozen on publishing.
 */
export function reportRoutes(api: Api): void {
  const staff = '/jst/:slug/staff/konsultacje/:number/report'
  const pub = '/jst/:slug/konsultacje/:number'

  endpoint(
    api,
    {
      method: 'get',
      path: staff,
      summary: 'Raport z konsultacji w panelu: podgląd, czego brakuje (uwagi bez zatwierdzonej odpowiedzi), termin',
      tags: ['Konsultacje — panel'],
      access: organisers,
      responses: { 200: { description: 'Podgląd raportu, braki i raport opublikowany (jeśli jest)' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const consultation = await consultationFromPath(c, false)
      const tenant = await tenantFromPath(c)
      const [draft, done] = await Promise.all([
        reportDraft(deps, consultation, tenant),
        publishedReport(deps.db, consultation.id),
      ])
      c.header('Cache-Control', 'no-store')
      return c.json(staffReportView(consultation, deps.now(), draft, done))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${staff}/publish`,
      summary: 'Publikacja raportu (po zakończeniu konsultacji, gdy każda uwaga ma zatwierdzoną odpowiedź)',
      tags: ['Konsultacje — panel'],
      access: organisers,
      responses: {
        200: { description: 'Opublikowano (lub był już opublikowany): raport' },
        409: { description: 'Konsultacje trwają albo uwagi (grupy) bez zatwierdzonej odpowiedzi, wymienione w errors' },
      },
    },
    async (c) => {
      const deps = depsOf(c)
      const consultation = await consultationFromPath(c, false)
      const tenant = await tenantFromPath(c)
      const result = await publishReport(deps, consultation, tenant)
      if (result.created)
        afterResponse(c, 'raport: powiadomienia uczestników', async () => {
          await notifyParticipants(
            { db: deps.db, mailer: deps.mailer, appUrl: deps.config.appUrl },
            tenant,
            consultation,
          )
        })
      c.header('Cache-Control', 'no-store')
      return c.json(reportView(result.content, result.publishedAt))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/report`,
      summary: 'Raport z konsultacji (opublikowany): uwagi z odpowiedziami, statystyka, zasięg, spotkania, opinie',
      tags: ['Konsultacje'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Raport' }, 404: { description: 'Raport nie jest opublikowany' } },
    },
    async (c) => {
      const { report } = await published(c)
      return c.json(reportView(report.content, report.publishedAt))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/report.pdf`,
      summary: 'Raport z konsultacji jako dostępny (otagowany) PDF',
      tags: ['Konsultacje'],
      access: { kind: 'public' },
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Raport nie jest opublikowany' } },
    },
    async (c) => {
      const { consultation, report } = await published(c)
      const bytes = await renderPdf(reportPdfInfo(report.content), reportPdfBlocks(report.content, report.publishedAt))
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, pdfHeaders(reportFileName(consultation.number, 'pdf')))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${pub}/report.csv`,
      summary: 'Raport z konsultacji jako CSV: uwaga po uwadze z rozstrzygnięciem',
      tags: ['Konsultacje'],
      access: { kind: 'public' },
      responses: { 200: { description: 'text/csv' }, 404: { description: 'Raport nie jest opublikowany' } },
    },
    async (c) => {
      const { consultation, report } = await published(c)
      return c.body(reportCsv(report.content), 200, csvHeaders(reportFileName(consultation.number, 'csv')))
    },
  )
}
