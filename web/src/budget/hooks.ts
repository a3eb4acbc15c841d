import { useResource } from '../core/lib/resource'
import { useTenant } from '../core/lib/tenants'
import { boBase } from './api'
import type { Edition } from './types'

/** The edition named in the address, with the JST's name for headings and crumbs. */
export function useEdition(slug: string, year: string) {
  const edition = useResource<Edition>(boBase(slug, year))
  const tenant = useTenant(slug)
  return { edition, tenantName: tenant.tenant?.name ?? slug }
}

/** Pages are addressed by year; anything else is not an edition. */
export function validYear(year: string): boolean {
  return /^\d{4}$/.test(year)
}
