import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import type { BodyKind } from '../domain/bodies'
import type { Statute, StatuteVersion } from '../domain/statute'

/** Where a body stands: being set up (statute, calls), working (members in office), or abolished (kept on record). */
export type BodyStatus = 'tworzona' | 'dziala' | 'zniesiona'

/**
 * An advisory body of a JST (rada seniorów, młodzieżowa rada, RDPP, other): its public identity. Its rules live in
 * its statute versions (`rd_statutes`), its people in terms and members. `slug` names it in addresses
 * (`/{jst}/rady/{slug}`); `email` is where the office sends it documents (opinion requests go to members too).
 */
export const councilBodies = sqliteTable(
  'rd_bodies',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    kind: text('kind').$type<BodyKind>().notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    email: text('email'),
    status: text('status').$type<BodyStatus>().notNull(),
    /** The application that led to its creation, when it was created on one. */
    applicationId: text('application_id'),
    createdAt: timestamp('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('rd_bodies_slug').on(t.tenantId, t.slug), index('rd_bodies_tenant').on(t.tenantId, t.kind)],
)

/**
 * One version of a body's statute (domain/statute.ts), checked by `checkStatute` before it is stored. A change of the
 * resolution adds a version; the earlier ones stay, and `statuteForDate` picks the one that governs a day (a version
 * "from the next term" does not reach the running term). `attachmentFileId`: the resolution's PDF in the file store.
 */
export const councilStatutes = sqliteTable(
  'rd_statutes',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    version: integer('version').notNull(),
    statute: text('statute', { mode: 'json' }).$type<Statute>().notNull(),
    applies: text('applies').$type<StatuteVersion['applies']>().notNull(),
    validFrom: text('valid_from').notNull(),
    attachmentFileId: text('attachment_file_id'),
    createdAt: timestamp('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('rd_statutes_version').on(t.bodyId, t.version)],
)

/** A term of office (kadencja): numbered per body, first and last day (Warsaw days, inclusive). */
export const councilTerms = sqliteTable(
  'rd_terms',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    number: integer('number').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('rd_terms_number').on(t.bodyId, t.number)],
)
