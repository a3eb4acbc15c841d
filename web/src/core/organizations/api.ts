import type { AreaKey } from '../../../../worker/core/organizations/areas'
import type { LegalForm } from '../../../../worker/core/organizations/legal-forms'
import type { OrganizationStatus, Register } from '../../../../worker/core/organizations/rules'
import type { DirectoryPage, OrganizationRecord, PublicOrganization } from '../../../../worker/core/organizations/views'

/*
 * The NGO directory's answers as the API sends them (the server's own view types) and the paths of its pages, so a
 * link to an organisation is written once.
 */

export type { AreaKey, DirectoryPage, LegalForm, OrganizationRecord, OrganizationStatus, PublicOrganization, Register }

export const orgPaths = {
  directory: '/organizacje',
  register: '/organizacje/rejestracja',
  confirm: '/organizacje/potwierdzenie',
  linkRequest: '/organizacje/link',
  organization: (id: string) => `/organizacje/${encodeURIComponent(id)}`,
  representative: (id: string) => `/organizacje/${encodeURIComponent(id)}/przedstawiciel`,
  tenantDirectory: (slug: string) => `/${encodeURIComponent(slug)}/organizacje`,
  panel: (slug: string) => `/panel/${encodeURIComponent(slug)}/organizacje`,
  panelAdd: (slug: string) => `/panel/${encodeURIComponent(slug)}/organizacje/dodaj`,
}
