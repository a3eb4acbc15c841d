import { enc } from '../../core/lib/api'
import { rdPaths } from '../paths'

/** The elections' addresses on the web: the public page of a call's election. */
export const electionPaths = {
  election: rdPaths.election,
}

const pub = (slug: string, number: number | string) => `/jst/${enc(slug)}/rady/nabory/${number}/wybory`
const staff = (slug: string, body: string, number: number | string) =>
  `/jst/${enc(slug)}/staff/rady/${enc(body)}/nabory/${number}/wybory`

/** The elections' API addresses (below `/api/v1`): the public page and the vote, and the staff's work. */
export const electionApi = {
  election: pub,
  code: (slug: string, number: number | string) => `${pub(slug, number)}/kod`,
  session: (slug: string, number: number | string) => `${pub(slug, number)}/sesja`,
  card: (slug: string, number: number | string) => `${pub(slug, number)}/karta`,
  cast: (slug: string, number: number | string) => `${pub(slug, number)}/glos`,
  staff,
  electors: (slug: string, body: string, number: number | string) => `${staff(slug, body, number)}/spis`,
  count: (slug: string, body: string, number: number | string) => `${staff(slug, body, number)}/liczenie`,
  lot: (slug: string, body: string, number: number | string) => `${staff(slug, body, number)}/losowanie`,
  publish: (slug: string, body: string, number: number | string) => `${staff(slug, body, number)}/publikacja`,
}
