/**
 * The report's answers as the web reads them: the server's own types (`worker/consultations/views/report.ts`,
 * imported as types only), so a renamed field fails the web's type check.
 */
import type { ReportContent } from '../../../../worker/consultations/domain/report'
import type { ReportView, StaffReportView } from '../../../../worker/consultations/views/report'

export type { ReportContent, ReportView, StaffReportView }
