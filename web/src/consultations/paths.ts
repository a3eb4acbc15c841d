import { enc } from '../core/lib/api'
import { tenantPath } from '../core/lib/context'

/** The consultations' addresses, on the web and in the API, in one place. */
export const ksPaths = {
  list: (slug: string) => tenantPath(slug, 'konsultacje'),
  consultation: (slug: string, number: number | string) => tenantPath(slug, `konsultacje/${number}`),
  paragraph: (slug: string, number: number | string, id: string) =>
    `${tenantPath(slug, `konsultacje/${number}`)}#${id}`,
  compare: (slug: string, number: number | string, from: number | string, to: number | string) =>
    tenantPath(slug, `konsultacje/${number}/porownanie/${from}/${to}`),
}

const apiBase = (slug: string) => `/jst/${enc(slug)}/konsultacje`

export const ksApi = {
  list: (slug: string) => apiBase(slug),
  consultation: (slug: string, number: string) => `${apiBase(slug)}/${enc(number)}`,
  compare: (slug: string, number: string, from: string, to: string) =>
    `${apiBase(slug)}/${enc(number)}/document/compare/${enc(from)}/${enc(to)}`,
  /** The Atom feed, a full address under `/api/v1` (a link the router leaves to the browser). */
  feed: (slug: string) => `/api/v1${apiBase(slug)}/feed.atom`,
}
