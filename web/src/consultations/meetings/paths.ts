import { enc } from '../../core/lib/api'
import { panelPath, tenantPath } from '../../core/lib/context'

/** The meetings' and open data's addresses, on the web and in the API, in one place. */
export const meetingPaths = {
  /** The meetings section of the consultation's page. */
  section: (slug: string, number: number | string) => `${tenantPath(slug, `konsultacje/${number}`)}#spotkania`,
  cancel: (slug: string, number: number | string) => tenantPath(slug, `konsultacje/${number}/spotkania/rezygnacja`),
  panel: (slug: string, number: number | string) => panelPath(slug, `konsultacje/${number}/spotkania`),
  /** The staff comments page with the meeting chosen, to key in the remarks made there. */
  panelComments: (slug: string, number: number | string, meeting: number) =>
    `${panelPath(slug, `konsultacje/${number}/uwagi`)}?spotkanie=${meeting}`,
  openData: (slug: string) => tenantPath(slug, 'konsultacje/dane'),
}

const pub = (slug: string, number: number | string) => `/jst/${enc(slug)}/konsultacje/${enc(String(number))}/meetings`
const staff = (slug: string, number: number | string) =>
  `/jst/${enc(slug)}/staff/konsultacje/${enc(String(number))}/meetings`

export const meetingApi = {
  list: pub,
  signup: (slug: string, number: number | string, meeting: number) => `${pub(slug, number)}/${meeting}/signups`,
  cancel: (slug: string, number: number | string) => `${pub(slug, number)}/cancel`,
  /** The minutes, a full address under `/api/v1` (a link the router leaves to the browser). */
  minutes: (slug: string, number: number | string, meeting: number) =>
    `/api/v1${pub(slug, number)}/${meeting}/minutes.pdf`,
  staffList: staff,
  staffMeeting: (slug: string, number: number | string, meeting: number) => `${staff(slug, number)}/${meeting}`,
  staffCancel: (slug: string, number: number | string, meeting: number) => `${staff(slug, number)}/${meeting}/cancel`,
  signups: (slug: string, number: number | string, meeting: number) => `${staff(slug, number)}/${meeting}/signups`,
  attendance: (slug: string, number: number | string, meeting: number) =>
    `${staff(slug, number)}/${meeting}/attendance`,
  uploadMinutes: (slug: string, number: number | string, meeting: number) =>
    `${staff(slug, number)}/${meeting}/minutes`,
}

/** The open data's files, full addresses under `/api/v1` (downloads the router leaves to the browser). */
export const openDataApi = {
  consultations: (slug: string, ext: 'json' | 'csv') =>
    `/api/v1/jst/${enc(slug)}/konsultacje/open-data/consultations.${ext}`,
  file: (slug: string, number: number, name: 'comments' | 'answers' | 'versions', ext: 'json' | 'csv') =>
    `/api/v1/jst/${enc(slug)}/konsultacje/open-data/${number}/${name}.${ext}`,
}
