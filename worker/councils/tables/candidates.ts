import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import { councilBodies, councilTerms } from './bodies'

/** `otwarty` while candidacies are taken, `zamkniety` after the deadline, `rozstrzygniety` once members are chosen. */
export type CallStatus = 'otwarty' | 'zamkniety' | 'rozstrzygniety'

/**
 * A call for candidates for one seat category of a body's term: the deadline (last day that counts, Warsaw), the
 * election day and the term's first day (the days a statute's age rule reads). The list of candidates is published at
 * `listPublishedAt`.
 */
export const councilCalls = sqliteTable(
  'rd_calls',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    bodyId: text('body_id')
      .notNull()
      .references(() => councilBodies.id),
    termId: text('term_id').references(() => councilTerms.id),
    number: integer('number').notNull(),
    seatCategory: text('seat_category').notNull(),
    title: text('title').notNull(),
    opensOn: text('opens_on').notNull(),
    deadline: text('deadline').notNull(),
    electionDay: text('election_day').notNull(),
    termStart: text('term_start').notNull(),
    status: text('status').$type<CallStatus>().notNull(),
    listPublishedAt: timestamp('list_published_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('rd_calls_number').on(t.tenantId, t.number), index('rd_calls_body').on(t.bodyId)],
)

/**
 * `oczekuje_zgody`: a minor's candidacy waiting for the guardian's e-mailed confirmation (it does not count yet);
 * `zgloszony`: counts, waiting for staff; `zweryfikowany` / `odrzucony` (with `reason`); `wycofany`; `wybrany`: chosen.
 */
export type CandidateStatus = 'oczekuje_zgody' | 'zgloszony' | 'zweryfikowany' | 'odrzucony' | 'wycofany' | 'wybrany'

/**
 * A candidacy in a call: self-registered, or nominated by an NGO of the directory (its representative's key; the
 * nominating resolution in the file store; one organisation nominates once per call, enforced by a unique index) or
 * by a school. Birth date, e-mail and the guardian's address are personal data erased at `eraseAfter`; the public
 * list shows the name and who nominated.
 */
export const councilCandidates = sqliteTable(
  'rd_candidates',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    callId: text('call_id')
      .notNull()
      .references(() => councilCalls.id),
    name: text('name').notNull(),
    email: text('email'),
    birthDate: text('birth_date'),
    resident: integer('resident', { mode: 'boolean' }).notNull(),
    constituency: text('constituency'),
    school: text('school'),
    statement: text('statement').notNull().default(''),
    nominatedBy: text('nominated_by').$type<'sam' | 'organizacja' | 'szkola'>().notNull(),
    organizationId: text('organization_id'),
    organizationName: text('organization_name'),
    /** Whether the statute lets the organisation nominate one candidate only in this call (`onePerOrganisation`). */
    organizationOnce: integer('organization_once', { mode: 'boolean' }).notNull().default(true),
    nominationFileId: text('nomination_file_id'),
    status: text('status').$type<CandidateStatus>().notNull(),
    reason: text('reason'),
    guardianEmail: text('guardian_email'),
    guardianTokenHash: text('guardian_token_hash'),
    guardianConfirmedAt: timestamp('guardian_confirmed_at'),
    /** The candidate's own link to see and withdraw the candidacy (SHA-256 of the secret). */
    keyHash: text('key_hash').notNull(),
    verifiedBy: text('verified_by'),
    verifiedAt: timestamp('verified_at'),
    eraseAfter: timestamp('erase_after'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [
    index('rd_candidates_call').on(t.callId),
    uniqueIndex('rd_candidates_org_once')
      .on(t.callId, t.organizationId)
      .where(sql`${t.organizationId} IS NOT NULL AND ${t.organizationOnce} = 1`),
    uniqueIndex('rd_candidates_guardian').on(t.guardianTokenHash),
    uniqueIndex('rd_candidates_key').on(t.keyHash),
  ],
)

/** A signature on a candidate's support list, where the statute asks for one (`domain/candidates.ts` counts them). */
export const councilSupport = sqliteTable(
  'rd_support',
  {
    id: id(),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => councilCandidates.id),
    callId: text('call_id').notNull(),
    name: text('name'),
    birthDate: text('birth_date'),
    personKey: text('person_key').notNull(),
    signedAt: timestamp('signed_at').notNull(),
  },
  (t) => [
    uniqueIndex('rd_support_person').on(t.candidateId, t.personKey),
    index('rd_support_call').on(t.callId, t.personKey),
  ],
)
