import { roles, type Role } from '../../../../worker/core/auth/roles'

export type { Role }
/** The staff roles in the order the panel offers them: the server's own list, so a picker never offers a role it refuses. */
export const ROLES: readonly Role[] = roles

export type Kind =
  'gmina-miejska' | 'gmina-wiejska' | 'gmina-miejsko-wiejska' | 'miasto-na-prawach-powiatu' | 'powiat' | 'wojewodztwo'
export const KINDS: readonly Kind[] = [
  'gmina-miejska',
  'gmina-wiejska',
  'gmina-miejsko-wiejska',
  'miasto-na-prawach-powiatu',
  'powiat',
  'wojewodztwo',
]

export interface Membership {
  tenantSlug: string
  tenantName: string
  role: Role
}

export interface User {
  id: string
  email: string
  name: string
  isOperator: boolean
  memberships: Membership[]
}

export interface TenantListItem {
  slug: string
  name: string
  kind: Kind
}

export interface Process {
  module: 'budget' | 'consultations' | 'councils'
  id: string
  title: string
  status: string
  url: string
}

export interface Tenant {
  slug: string
  name: string
  kind: Kind
  teryt: string
  population: number
  bipUrl: string | null
  contactEmail: string
  contactPhone: string | null
  address: string | null
  iodName: string | null
  iodEmail: string | null
  logoUrl: string | null
  a11yPublishedOn: string
  a11yUpdatedOn: string
  processes?: Process[]
}

export interface StaffUser {
  id: string
  email: string
  name: string
  role: Role
  active: boolean
  lastLoginAt: string | null
}

export interface Invitation {
  id: string
  email: string
  role: Role
  expiresAt: string
  createdAt?: string
  acceptedAt?: string | null
  withdrawnAt?: string | null
}

export interface AuditEntry {
  id: number | string
  at: string
  actor: { id: string; email: string; name: string } | null
  action: string
  entity: string
  entityId: string | null
  before: unknown
  after: unknown
  requestId: string | null
}

/** In a JST's panel, the platform operator appears with the pseudo-role `operator` (team bootstrap only). */
export type PanelRole = Role | 'operator'

export interface StaffSummary {
  tenant: { slug: string; name: string }
  role: PanelRole
  counts: { users: number }
}
