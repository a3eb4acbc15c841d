import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import { councilBodies } from './bodies'
import { councilCalls } from './candidates'

/** How electors are known: by their own declaration, or from a list (a school's pupils) they must be on. */
export type Electorate = 'deklaracja' | 'spis'

/** Votes per candidate of one constituency, frozen when staff count the election. */
export interface ConstituencyResult {
  /** The statute's constituency key; '' when the whole category elects together. */
  constituency: string
  seats: number
  ballots: number
  candidates: { id: string; name: string; votes: number }[]
  /** Elected candidate ids, in order; a tie at the last seat is left out until drawn by lot. */
  elected: string[]
  /** Candidates tied for the last seats, with how many of those seats remain, until the lot is drawn. */
  tie: { candidateIds: string[]; seats: number } | null
}

/** A draw by lot for tied candidates: who drew, when, and the candidates the lot elected. */
export interface LotDraw {
  constituency: string
  candidateIds: string[]
  elected: string[]
  drawnBy: string
  drawnAt: string
  note: string
}

/**
 * An election by the electors of the constituencies of a call's seat category (statute `fill: 'wybory'`): voting days
 * (Warsaw, both count), how many candidates a ballot may mark, who may vote (age from the statute's electorate or
 * staff, a list of electors where the school or staff confirm one). Counted by staff after the last day (`results`,
 * `lots` for ties), then published; the winners are appointed as members through the call.
 */
export const councilElections = sqliteTable(
  'rd_elections',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    callId: text('call_id')
      .notNull()
      .references(() => councilCalls.id),
    votingFrom: text('voting_from').notNull(),
    votingTo: text('voting_to').notNull(),
    votesPerBallot: integer('votes_per_ballot').notNull().default(1),
    electorate: text('electorate').$type<Electorate>().notNull(),
    voterMinAge: integer('voter_min_age'),
    voterMaxAge: integer('voter_max_age'),
    results: text('results', { mode: 'json' }).$type<ConstituencyResult[]>(),
    lots: text('lots', { mode: 'json' }).$type<LotDraw[]>().notNull().default([]),
    countedAt: timestamp('counted_at'),
    publishedAt: timestamp('published_at'),
    /**
     * When the electors' list, sessions, codes and ballots' keyed hashes are to be erased: six months after the last
     * voting day when announced (so an election never published does not keep them), three months after publication
     * once the results stand.
     */
    eraseAfter: timestamp('erase_after'),
    /** When the scheduled work erased them (the claim that makes the erasure happen once). */
    erasedAt: timestamp('erased_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('rd_elections_call').on(t.callId), index('rd_elections_body').on(t.bodyId)],
)

/** An elector on the election's list: only a keyed hash of the normalised name and birth date, and the constituency. */
export const councilElectors = sqliteTable(
  'rd_electors',
  {
    id: id(),
    electionId: text('election_id')
      .notNull()
      .references(() => councilElections.id),
    constituency: text('constituency').notNull(),
    personKey: text('person_key').notNull(),
  },
  (t) => [uniqueIndex('rd_electors_person').on(t.electionId, t.personKey)],
)

/** A voting session opened with a code (core/voting): holds at most one ballot. The token is stored hashed. */
export const councilElectionSessions = sqliteTable('rd_election_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  electionId: text('election_id')
    .notNull()
    .references(() => councilElections.id),
  contactKey: text('contact_key').notNull(),
  ballotId: text('ballot_id'),
  createdAt: timestamp('created_at').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
})

/**
 * A cast ballot: the constituency, the chosen candidates, and the keyed hash of the person (name and birth date),
 * unique per election — one ballot per person, decided by the database. No name, birth date or contact in clear.
 */
export const councilElectionBallots = sqliteTable(
  'rd_election_ballots',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    electionId: text('election_id')
      .notNull()
      .references(() => councilElections.id),
    constituency: text('constituency').notNull(),
    choices: text('choices', { mode: 'json' }).$type<string[]>().notNull(),
    personKey: text('person_key'),
    contactKey: text('contact_key'),
    receipt: text('receipt').notNull(),
    castAt: timestamp('cast_at').notNull(),
  },
  (t) => [
    uniqueIndex('rd_election_ballots_person').on(t.electionId, t.personKey),
    index('rd_election_ballots_contact').on(t.electionId, t.contactKey),
    uniqueIndex('rd_election_ballots_receipt').on(t.receipt),
  ],
)
