import { enc } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'

/** The report's addresses: the residents' page, the API (JSON, PDF, CSV) and the organisers' endpoints. */
export const reportPaths = {
  page: (slug: string, number: number | string) => tenantPath(slug, `konsultacje/${number}/raport`),
}

const pub = (slug: string, number: number | string) => `/jst/${enc(slug)}/konsultacje/${enc(String(number))}`
const staff = (slug: string, number: number | string) =>
  `/jst/${enc(slug)}/staff/konsultacje/${enc(String(number))}/report`

export const reportApi = {
  report: (slug: string, number: number | string) => `${pub(slug, number)}/report`,
  /** Full addresses under `/api/v1`: downloads the router leaves to the browser. */
  pdf: (slug: string, number: number | string) => `/api/v1${pub(slug, number)}/report.pdf`,
  csv: (slug: string, number: number | string) => `/api/v1${pub(slug, number)}/report.csv`,
  staff,
  publish: (slug: string, number: number | string) => `${staff(slug, number)}/publish`,
}
