import { enc } from '../../core/lib/api'
import { rdPaths } from '../paths'

/** The opinions' addresses on the web and in the API (members' pages, the panel's requests). */
export const opinionPaths = {
  request: (slug: string, body: string, number: number | string) => `${rdPaths.member(slug, body)}/opinie/${number}`,
  resolution: (slug: string, body: string, id: string) => `${rdPaths.member(slug, body)}/uchwaly/${enc(id)}`,
  panel: (slug: string, body: string) => rdPaths.panelBodySection(slug, body, 'opinie'),
  consultation: (slug: string, number: number) => `/${slug}/konsultacje/${number}`,
}

const member = (slug: string, body: string) => `/jst/${enc(slug)}/rady/${enc(body)}/czlonek`
const staff = (slug: string, body: string) => `/jst/${enc(slug)}/staff/rady/${enc(body)}`

export const opinionApi = {
  memberRequest: (slug: string, body: string, number: number | string) => `${member(slug, body)}/opinie/${number}`,
  propose: (slug: string, body: string, number: number | string) => `${member(slug, body)}/opinie/${number}/uchwala`,
  resolution: (slug: string, body: string, id: string) => `${member(slug, body)}/uchwaly/${enc(id)}`,
  vote: (slug: string, body: string, id: string) => `${member(slug, body)}/uchwaly/${enc(id)}/glos`,
  close: (slug: string, body: string, id: string) => `${member(slug, body)}/uchwaly/${enc(id)}/zamkniecie`,
  posts: (slug: string, body: string, topic: string) => `${member(slug, body)}/wpisy?temat=${enc(topic)}`,
  requests: (slug: string, body: string) => `${staff(slug, body)}/opinie`,
  withdraw: (slug: string, body: string, number: number) => `${staff(slug, body)}/opinie/${number}/wycofanie`,
  consultations: (slug: string) => `/jst/${enc(slug)}/konsultacje`,
}
