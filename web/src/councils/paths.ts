import { enc } from '../core/lib/api'
import { tenantPath } from '../core/lib/context'

/** The councils' addresses, on the web and in the API, in one place; each part appends its own below its marker. */
export const rdPaths = {
  list: (slug: string) => tenantPath(slug, 'rady'),
  body: (slug: string, body: string) => tenantPath(slug, `rady/${body}`),
  member: (slug: string, body: string) => tenantPath(slug, `rady/${body}/czlonek`),
  panel: (slug: string) => `/panel/${slug}/rady`,
  panelBody: (slug: string, body: string) => `/panel/${slug}/rady/${body}`,
  /** A section of a body's panel kept by another part (`nabory`, `czlonkowie`, `posiedzenia`, `opinie`, `zapytania`). */
  panelBodySection: (slug: string, body: string, section: string) => `/panel/${slug}/rady/${body}/${section}`,
  applications: (slug: string) => tenantPath(slug, 'rady/wnioski'),
  application: (slug: string, number: number | string) => tenantPath(slug, `rady/wnioski/${number}`),
  organisationsApplication: (slug: string) => tenantPath(slug, 'rady/wnioski/organizacje'),
  panelApplications: (slug: string) => `/panel/${slug}/rady/wnioski`,
  panelApplication: (slug: string, number: number | string) => `/panel/${slug}/rady/wnioski/${number}`,
  call: (slug: string, number: number | string) => tenantPath(slug, `rady/nabory/${number}`),
  panelCalls: (slug: string, body: string) => `/panel/${slug}/rady/${body}/nabory`,
  election: (slug: string, number: number | string) => tenantPath(slug, `rady/nabory/${number}/wybory`),
  // paths: web
}

const base = (slug: string) => `/jst/${enc(slug)}/rady`
const staff = (slug: string) => `/jst/${enc(slug)}/staff/rady`

export const rdApi = {
  bodies: (slug: string) => base(slug),
  body: (slug: string, body: string) => `${base(slug)}/${enc(body)}`,
  staffBodies: (slug: string) => staff(slug),
  staffBody: (slug: string, body: string) => `${staff(slug)}/${enc(body)}`,
  statuteFile: (slug: string, body: string, version: number) => `${base(slug)}/${enc(body)}/statut/${version}/plik`,
  staffStatutes: (slug: string, body: string) => `${staff(slug)}/${enc(body)}/statut`,
  staffStatuteFile: (slug: string, body: string, version: number) =>
    `${staff(slug)}/${enc(body)}/statut/${version}/plik`,
  staffTerms: (slug: string, body: string) => `${staff(slug)}/${enc(body)}/kadencje`,
  applications: (slug: string) => `${base(slug)}/wnioski`,
  application: (slug: string, number: number | string) => `${base(slug)}/wnioski/${number}`,
  staffApplications: (slug: string) => `${staff(slug)}/wnioski`,
  staffApplication: (slug: string, number: number | string) => `${staff(slug)}/wnioski/${number}`,
  calls: (slug: string) => `${base(slug)}/nabory`,
  call: (slug: string, number: number | string) => `${base(slug)}/nabory/${number}`,
  // paths: api
}
