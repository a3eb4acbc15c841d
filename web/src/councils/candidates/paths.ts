import { enc } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { rdPaths } from '../paths'

/** The candidates' part's addresses on the web (public pages and the panel's calls of a body). */
export const callPaths = {
  call: (slug: string, number: number | string) => tenantPath(slug, `rady/nabory/${number}`),
  guardian: (slug: string) => tenantPath(slug, 'rady/zgoda'),
  candidacy: (slug: string) => tenantPath(slug, 'rady/kandydatura'),
  panel: (slug: string, body: string) => rdPaths.panelBodySection(slug, body, 'nabory'),
}

const pub = (slug: string) => `/jst/${enc(slug)}/rady`
const staff = (slug: string, body: string) => `/jst/${enc(slug)}/staff/rady/${enc(body)}`

/** The candidates' part's API addresses (below `/api/v1`). */
export const callApi = {
  call: (slug: string, number: number | string) => `${pub(slug)}/nabory/${number}`,
  register: (slug: string, number: number | string) => `${pub(slug)}/nabory/${number}/kandydatury`,
  nominate: (slug: string, number: number | string) => `${pub(slug)}/nabory/${number}/zgloszenia`,
  resolution: (slug: string, number: number | string, id: string) =>
    `${pub(slug)}/nabory/${number}/zgloszenia/${enc(id)}/uchwala`,
  support: (slug: string, number: number | string, id: string) =>
    `${pub(slug)}/nabory/${number}/kandydatury/${enc(id)}/poparcie`,
  guardianPreview: (slug: string) => `${pub(slug)}/zgoda/podglad`,
  guardian: (slug: string) => `${pub(slug)}/zgoda`,
  candidacy: (slug: string) => `${pub(slug)}/kandydatura`,
  withdraw: (slug: string) => `${pub(slug)}/kandydatura/wycofanie`,
  calls: (slug: string, body: string) => `${staff(slug, body)}/nabory`,
  staffCall: (slug: string, body: string, number: number) => `${staff(slug, body)}/nabory/${number}`,
  schoolNomination: (slug: string, body: string, number: number) => `${staff(slug, body)}/nabory/${number}/kandydatury`,
  nominationFile: (slug: string, body: string, id: string) => `${staff(slug, body)}/kandydatury/${enc(id)}/uchwala`,
  verify: (slug: string, body: string, id: string) => `${staff(slug, body)}/kandydatury/${enc(id)}/weryfikacja`,
  publish: (slug: string, body: string, number: number) => `${staff(slug, body)}/nabory/${number}/lista`,
  appoint: (slug: string, body: string, number: number) => `${staff(slug, body)}/nabory/${number}/powolanie`,
}
