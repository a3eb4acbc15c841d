import { enc } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'

/** Outreach's addresses on the web and in the API, in one place (the pages and the e-mails' links agree). */
export const outreachPaths = {
  subscribe: (slug: string) => tenantPath(slug, 'konsultacje/subskrypcja/zapis'),
  confirm: (slug: string) => tenantPath(slug, 'konsultacje/subskrypcja/potwierdz'),
  unsubscribe: (slug: string) => tenantPath(slug, 'konsultacje/subskrypcja/wypisz'),
  announcement: (slug: string, number: number | string) => tenantPath(slug, `konsultacje/${number}/ogloszenie`),
}

const pub = (slug: string) => `/jst/${enc(slug)}/konsultacje`
const staff = (slug: string, number: number | string) => `/jst/${enc(slug)}/staff/konsultacje/${enc(String(number))}`

export const outreachApi = {
  subscribe: (slug: string) => `${pub(slug)}/subscriptions`,
  confirm: (slug: string) => `${pub(slug)}/subscriptions/confirm`,
  unsubscribe: (slug: string) => `${pub(slug)}/subscriptions/unsubscribe`,
  announcement: (slug: string, number: number | string) => `${pub(slug)}/${enc(String(number))}/announcement`,
  /** Full addresses under `/api/v1`: links the router leaves to the browser (a PDF opens or downloads). */
  announcementPdf: (slug: string, number: number | string) =>
    `/api/v1${pub(slug)}/${enc(String(number))}/announcement.pdf`,
  posterPdf: (slug: string, number: number | string) => `/api/v1${pub(slug)}/${enc(String(number))}/poster.pdf`,
  outreach: (slug: string, number: number | string) => `${staff(slug, number)}/outreach`,
  invite: (slug: string, number: number | string) => `${staff(slug, number)}/outreach/invite`,
  opinions: (slug: string, number: number | string) => `${staff(slug, number)}/opinions`,
  opinion: (slug: string, number: number | string, id: string) => `${staff(slug, number)}/opinions/${enc(id)}`,
  opinionFile: (slug: string, number: number | string, id: string) => `${staff(slug, number)}/opinions/${enc(id)}/file`,
}
