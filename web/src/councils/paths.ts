import { enc } from '../core/lib/api'
import { tenantPath } from '../core/lib/context'

/** The councils' addresses, on the web and in the API, in one place; each part appends its own below its marker. */
export const rdPaths = {
  list: (slug: string) => tenantPath(slug, 'rady'),
  body: (slug: string, body: string) => tenantPath(slug, `rady/${body}`),
  member: (slug: string, body: string) => tenantPath(slug, `rady/${body}/czlonek`),
  panel: (slug: string) => `/panel/${slug}/rady`,
  panelBody: (slug: string, body: string) => `/panel/${slug}/rady/${body}`,
  // paths: web
}

const base = (slug: string) => `/jst/${enc(slug)}/rady`
const staff = (slug: string) => `/jst/${enc(slug)}/staff/rady`

export const rdApi = {
  bodies: (slug: string) => base(slug),
  body: (slug: string, body: string) => `${base(slug)}/${enc(body)}`,
  staffBodies: (slug: string) => staff(slug),
  staffBody: (slug: string, body: string) => `${staff(slug)}/${enc(body)}`,
  // paths: api
}
