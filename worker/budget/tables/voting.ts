import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import { implementationStatuses } from '../domain/implementation'
import { editions } from './index'

/**
 * A voting session opened with a code: it holds the draft (so a closed tab loses nothing) until the ballot is cast.
 * The token is stored hashed.
 */
export const voteSessions = sqliteTable('bo_vote_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  editionId: text('edition_id')
    .notNull()
    .references(() => editions.id),
  channel: text('channel').notNull(),
  orderSeed: text('order_seed').notNull(),
  draft: text('draft', { mode: 'json' }),
  ballotId: text('ballot_id'),
  /** Keyed hash of the e-mail or phone whose code opened the session (`addressKey`): the ballot's contact. */
  contactKey: text('contact_key'),
  createdAt: timestamp('created_at').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
})

/**
 * How many ballots each e-mail address or phone number has cast in an edition. A code proves control of an address,
 * not who votes, so the address is the one thing a person cannot invent: upserted in the ballot's own transaction,
 * this caps the valid ballots per address at `rules.voting.ballotsPerContact` whatever names are declared.
 */
export const voteContacts = sqliteTable(
  'bo_vote_contacts',
  {
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    contactKey: text('contact_key').notNull(),
    ballots: integer('ballots').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.contactKey] })],
)

/**
 * A ballot: its choices (in `bo_ballot_choices`), its channel and its status. Who cast it lives apart, in
 * `bo_ballot_identities`, readable only by staff and erased at the edition's date.
 */
export const ballots = sqliteTable(
  'bo_ballots',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    channel: text('channel').notNull(),
    status: text('status').notNull(),
    statusReason: text('status_reason'),
    /** Result of the check against an imported register extract: valid, not-verified, name-mismatch, invalid. */
    verification: text('verification'),
    personKey: text('person_key').notNull(),
    receipt: text('receipt').notNull().unique(),
    ageBand: text('age_band'),
    sex: text('sex'),
    castAt: timestamp('cast_at').notNull(),
  },
  (t) => [
    index('bo_ballots_edition').on(t.editionId, t.status),
    index('bo_ballots_person').on(t.editionId, t.personKey),
  ],
)

/**
 * The database's guarantee of one person, one ballot: a person key can be inserted once per edition, so two
 * concurrent ballots of the same person cannot both become valid, whichever connection they come from.
 */
export const voters = sqliteTable(
  'bo_voters',
  {
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    personKey: text('person_key').notNull(),
    firstBallotId: text('first_ballot_id').notNull(),
    ballots: integer('ballots').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.personKey] })],
)

export const ballotChoices = sqliteTable(
  'bo_ballot_choices',
  {
    ballotId: text('ballot_id')
      .notNull()
      .references(() => ballots.id),
    poolId: text('pool_id').notNull(),
    projectId: text('project_id').notNull(),
    points: integer('points').notNull().default(1),
  },
  // No index by project: the count reads choices through their ballots, and every extra index is one more page
  // rewritten by each ballot's commit.
  (t) => [primaryKey({ columns: [t.ballotId, t.projectId] })],
)

/** Identity data of the person who cast a ballot; emptied (keeping only the ballot's person key) at the erase date. */
export const ballotIdentities = sqliteTable('bo_ballot_identities', {
  ballotId: text('ballot_id')
    .primaryKey()
    .references(() => ballots.id),
  tenantId: text('tenant_id').notNull(),
  firstName: text('first_name'),
  lastName: text('last_name'),
  address: text('address'),
  pesel: text('pesel'),
  guardianName: text('guardian_name'),
  /** The contact (`bo_vote_sessions.contact_key`) of an online ballot; null for paper and once erased. */
  contactKey: text('contact_key'),
  erasedAt: timestamp('erased_at'),
})

/** Paper cards keyed in by one staff member and confirmed by another before they count. */
export const paperCards = sqliteTable(
  'bo_paper_cards',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    cardNumber: text('card_number').notNull(),
    data: text('data', { mode: 'json' }).notNull(),
    flags: text('flags', { mode: 'json' }).notNull(),
    status: text('status').notNull(),
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamp('entered_at').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at'),
    reason: text('reason'),
    ballotId: text('ballot_id'),
  },
  (t) => [index('bo_paper_cards_edition').on(t.editionId, t.status)],
)

/** The count of an edition: computed by staff after the vote, public only once published. */
export const results = sqliteTable('bo_results', {
  editionId: text('edition_id')
    .primaryKey()
    .references(() => editions.id),
  tenantId: text('tenant_id').notNull(),
  data: text('data', { mode: 'json' }).notNull(),
  computedBy: text('computed_by').notNull(),
  computedAt: timestamp('computed_at').notNull(),
  publishedBy: text('published_by'),
  publishedAt: timestamp('published_at'),
})

/**
 * Implementation of a winning project. `scope` is the project as voted (title, description, location, cost), copied at
 * publication and never changed: the council may not alter a chosen task materially (usg art. 5a ust. 4).
 */
export const implementation = sqliteTable('bo_implementation', {
  projectId: text('project_id').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  editionId: text('edition_id')
    .notNull()
    .references(() => editions.id),
  scope: text('scope', { mode: 'json' }).notNull(),
  status: text('status', { enum: implementationStatuses }).notNull(),
  reason: text('reason'),
  updatedAt: timestamp('updated_at').notNull(),
})

export const implementationNotes = sqliteTable(
  'bo_implementation_notes',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    projectId: text('project_id').notNull(),
    text: text('text').notNull(),
    photoId: text('photo_id'),
    authorId: text('author_id').notNull(),
    at: timestamp('at').notNull(),
    /** When staff last corrected the text (residents see it next to the date); null if never. */
    editedAt: timestamp('edited_at'),
  },
  (t) => [index('bo_implementation_notes_project').on(t.projectId, t.at)],
)
