import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../db/columns'

/**
 * A JST (jednostka samorządu terytorialnego): every tenant-owned row elsewhere points here, and every query of
 * tenant data is scoped by `tenant_id`.
 */
export const tenants = sqliteTable('tenants', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  teryt: text('teryt').notNull(),
  kind: text('kind').notNull(),
  population: integer('population').notNull(),
  bipUrl: text('bip_url'),
  contactEmail: text('contact_email').notNull(),
  contactPhone: text('contact_phone'),
  address: text('address'),
  iodName: text('iod_name'),
  iodEmail: text('iod_email'),
  logoUrl: text('logo_url'),
  a11yPublishedOn: text('a11y_published_on').notNull(),
  a11yUpdatedOn: text('a11y_updated_on').notNull(),
  createdAt: timestamp('created_at').notNull(),
  updatedAt: timestamp('updated_at').notNull(),
})
