import type { AreaKey } from './areas'
import type { LegalForm } from './legal-forms'
import type { Organization, OrganizationTenant } from './queries'
import type { OrganizationStatus, Register } from './rules'

/*
 * The JSON shapes of the directory's answers (the web imports their types). Three readers, three shapes: the public
 * sees the organisation's public facts and never its contact address; its representative (with their key) and the
 * staff of its JSTs also see the address and the representative's name, in answers marked `no-store`.
 */

/** A JST an organisation acts in, as the public sees it. */
export interface TenantLink {
  slug: string
  name: string
}

/** An organisation in the public directory and on its page. */
export interface PublicOrganization {
  id: string
  name: string
  legalForm: LegalForm
  register: Register
  registerName: string | null
  registerNumber: string
  areas: AreaKey[]
  tenants: TenantLink[]
  description: string | null
  website: string | null
  verified: boolean
  /** When staff verified it (or added it), for the badge's explanation. */
  verifiedAt: string | null
}

/** What the organisation itself and the staff of its JSTs see besides the public facts. */
export interface OrganizationRecord extends PublicOrganization {
  status: OrganizationStatus
  refusalReason: string | null
  decidedAt: string | null
  contactEmail: string
  representativeName: string
  addedByStaff: boolean
  createdAt: string
  lastActiveAt: string
}

export interface DirectoryPage {
  items: PublicOrganization[]
  total: number
  page: number
  pageSize: number
}

const tenantLinks = (list: readonly OrganizationTenant[] | undefined): TenantLink[] =>
  (list ?? []).map((t) => ({ slug: t.slug, name: t.name }))

export function publicOrganization(
  o: Organization,
  tenants: readonly OrganizationTenant[] | undefined,
): PublicOrganization {
  const verified = o.status === 'verified'
  return {
    id: o.id,
    name: o.name,
    legalForm: o.legalForm,
    register: o.register,
    registerName: o.registerName,
    registerNumber: o.registerNumber,
    areas: o.areas,
    tenants: tenantLinks(tenants),
    description: o.description,
    website: o.website,
    verified,
    verifiedAt: verified && o.decidedAt ? o.decidedAt.toISOString() : null,
  }
}

export function organizationRecord(
  o: Organization,
  tenants: readonly OrganizationTenant[] | undefined,
): OrganizationRecord {
  return {
    ...publicOrganization(o, tenants),
    status: o.status,
    refusalReason: o.refusalReason,
    decidedAt: o.decidedAt?.toISOString() ?? null,
    contactEmail: o.contactEmail,
    representativeName: o.representativeName,
    addedByStaff: o.addedBy !== null,
    createdAt: o.createdAt.toISOString(),
    lastActiveAt: o.lastActiveAt.toISOString(),
  }
}

/**
 * What goes to the audit log about an entry: its public facts and status, never the contact address or the
 * representative's name, so that erasing the entry leaves no personal data behind in the append-only log.
 */
export function auditFacts(o: Pick<Organization, 'name' | 'status' | 'legalForm' | 'register' | 'registerNumber'>) {
  return {
    name: o.name,
    status: o.status,
    legalForm: o.legalForm,
    register: o.register,
    registerNumber: o.registerNumber,
  }
}
