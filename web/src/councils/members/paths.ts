import { enc } from '../../core/lib/api'
import { rdPaths } from '../paths'

/** The members' part's addresses on the web and in the API. */
export const memberPaths = {
  space: rdPaths.member,
  opinion: (slug: string, body: string, number: number) => `${rdPaths.member(slug, body)}/opinie/${number}`,
  resolution: (slug: string, body: string, id: string) => `${rdPaths.member(slug, body)}/uchwaly/${enc(id)}`,
  panelMembers: (slug: string, body: string) => `${rdPaths.panelBody(slug, body)}/czlonkowie`,
  panelMeetings: (slug: string, body: string) => `${rdPaths.panelBody(slug, body)}/posiedzenia`,
}

const pub = (slug: string, body: string) => `/jst/${enc(slug)}/rady/${enc(body)}`
const staff = (slug: string, body: string) => `/jst/${enc(slug)}/staff/rady/${enc(body)}`

export const memberApi = {
  space: (slug: string, body: string) => `${pub(slug, body)}/czlonek`,
  posts: (slug: string, body: string, topic: string) => `${pub(slug, body)}/czlonek/wpisy?temat=${enc(topic)}`,
  newLink: (slug: string, body: string) => `${pub(slug, body)}/czlonek/link`,
  minutesPdf: (slug: string, body: string, number: number) =>
    `/api/v1${pub(slug, body)}/posiedzenia/${number}/protokol.pdf`,
  publicBody: (slug: string, body: string) => pub(slug, body),
  members: (slug: string, body: string) => `${staff(slug, body)}/czlonkowie`,
  member: (slug: string, body: string, id: string) => `${staff(slug, body)}/czlonkowie/${enc(id)}`,
  meetings: (slug: string, body: string) => `${staff(slug, body)}/posiedzenia`,
  meeting: (slug: string, body: string, number: number) => `${staff(slug, body)}/posiedzenia/${number}`,
}
