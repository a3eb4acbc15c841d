import { enc } from '../../core/lib/api'
import { rdPaths } from '../paths'

/** The inquiries' and open data's addresses on the web and in the API. */
export const inquiryPaths = {
  panel: (slug: string, body: string) => `${rdPaths.panelBody(slug, body)}/zapytania`,
  openData: (slug: string) => `${rdPaths.list(slug)}/dane`,
}

const pub = (slug: string) => `/jst/${enc(slug)}/rady`
const staff = (slug: string) => `/jst/${enc(slug)}/staff/rady`

export const inquiryApi = {
  waiting: (slug: string) => `${staff(slug)}/zapytania`,
  list: (slug: string, body: string) => `${staff(slug)}/${enc(body)}/zapytania`,
  answer: (slug: string, body: string, number: number) => `${staff(slug)}/${enc(body)}/zapytania/${number}/odpowiedz`,
  answerPdf: (slug: string, body: string, number: number) =>
    `/api/v1${pub(slug)}/${enc(body)}/zapytania/${number}/odpowiedz.pdf`,
  catalogue: (slug: string) => `${pub(slug)}/dane`,
  file: (slug: string, key: string, format: 'json' | 'csv') => `/api/v1${pub(slug)}/dane/${key}.${format}`,
}
