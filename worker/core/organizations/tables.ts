import { sql } from 'drizzle-orm'
import { index, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../db/columns'
import { tenants } from '../tenants/schema'
import type { AreaKey } from './areas'
import type { LegalForm } from './legal-forms'
import type { OrganizationStatus, Register } from './rules'

/**
 * The NGO directory: one row per organisation, platform-wide (an association may act in several JSTs), in core
 * because consultations and councils both stand on it. The public facts (name, form, register, areas, JSTs) are shown
 * to everyone; the contact address and the representative's name are personal data, never shown publicly, and erased
 * with the entry (worker/core/organizations/retention.ts). Secrets (the confirmation link, the representative's key)
 * are kept only as their SHA-256.
 */
export const organizations = sqliteTable(
  'organizations',
  {
    id: id(),
    name: text('name').notNull(),
    /** The name and register number folded (`normalizeText`: no Polish letters, no case), for the directory's search. */
    searchText: text('search_text').notNull(),
    legalForm: text('legal_form').$type<LegalForm>().notNull(),
    register: text('register').$type<Register>().notNull(),
    /** The other register's name as the organisation wrote it ("ewidencja stowarzyszeń zwykłych starosty …"); null for KRS. */
    registerName: text('register_name'),
    /** `krs`, or `other:` and the folded register name: the register a number is unique in. */
    registerKey: text('register_key').notNull(),
    registerNumber: text('register_number').notNull(),
    areas: text('areas', { mode: 'json' }).$type<AreaKey[]>().notNull(),
    description: text('description'),
    website: text('website'),
    status: text('status').$type<OrganizationStatus>().notNull(),
    /** Why staff refused verification, as the organisation was told. */
    refusalReason: text('refusal_reason'),
    /** When and by whom (a staff member's id) it was last verified or refused. */
    decidedAt: timestamp('decided_at'),
    decidedBy: text('decided_by'),
    /** The staff member who added it themselves, when it was not registered by the organisation. */
    addedBy: text('added_by'),
    contactEmail: text('contact_email').notNull(),
    representativeName: text('representative_name').notNull(),
    /** The representative's language, for every message to them, whoever causes it. */
    lang: text('lang').$type<'pl' | 'en'>().notNull(),
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: timestamp('confirm_expires_at'),
    emailConfirmedAt: timestamp('email_confirmed_at'),
    /** The representative's key (the secret of their e-mailed link), and a new one asked for, waiting for first use. */
    representativeKeyHash: text('representative_key_hash'),
    representativeNextKeyHash: text('representative_next_key_hash'),
    /** The representative's last sign of life (confirmation, use of the key): the clock of the inactivity erasure. */
    lastActiveAt: timestamp('last_active_at').notNull(),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [
    // One register number is one organisation: only listed entries hold their number, so an unconfirmed or refused
    // registration never blocks the real organisation. Unique in the database, so two confirmations at once cannot
    // both list the same KRS.
    uniqueIndex('organizations_register_listed')
      .on(t.registerKey, t.registerNumber)
      .where(sql`status IN ('pending', 'verified')`),
    uniqueIndex('organizations_confirm_token').on(t.confirmTokenHash),
    uniqueIndex('organizations_representative_key').on(t.representativeKeyHash),
    uniqueIndex('organizations_representative_next_key').on(t.representativeNextKeyHash),
    index('organizations_status_name').on(t.status, t.searchText),
  ],
)

/** The JSTs an organisation acts in: where it is listed, and whose staff may verify it. */
export const organizationTenants = sqliteTable(
  'organization_tenants',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.tenantId] }), index('organization_tenants_tenant').on(t.tenantId)],
)
