import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import type { ApplicantKind, BodyKind } from '../domain/bodies'

/**
 * `zbieranie`: open for support (a petition collecting signatures, a joint application collecting NGOs'
 * confirmations); `zlozony`: filed, the decision clock runs from `filedOn`; `uwzgledniony` / `odrzucony`: decided.
 */
export type ApplicationStatus = 'zbieranie' | 'zlozony' | 'uwzgledniony' | 'odrzucony'

/**
 * An application to create a body: a petition of residents aged 60+ for a rada seniorów (usg art. 5c ust. 2a), a
 * joint application of at least five NGOs for an RDPP (upp art. 41e), an application of a pupils' council or NGOs for
 * a youth council. Filing starts the statutory decision deadline (`decisionDueOn`, 3 months; RDPP 2), staff are
 * reminded before it, and a refusal locks the same applicant out for 6 months (`domain/applications.ts`). `number`
 * names it in addresses (`/{jst}/rady/wnioski/{number}`); `contactEmail` (the initiator's) is personal data erased
 * with the signatures.
 */
export const councilApplications = sqliteTable(
  'rd_applications',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    number: integer('number').notNull(),
    bodyKind: text('body_kind').$type<BodyKind>().notNull(),
    applicantKind: text('applicant_kind').$type<ApplicantKind>().notNull(),
    /** Who applies as the public reads it: "Mieszkańcy gminy (petycja)", the pupils' council's name, the lead NGO. */
    applicantName: text('applicant_name').notNull(),
    /** A stable key of the applicant for the re-application lock (an organisation's id, a school's name folded). */
    applicantKey: text('applicant_key').notNull(),
    title: text('title').notNull(),
    justification: text('justification').notNull().default(''),
    contactEmail: text('contact_email'),
    status: text('status').$type<ApplicationStatus>().notNull(),
    /** Signatures needed (a petition) or organisations needed (RDPP), fixed when the application is opened. */
    threshold: integer('threshold'),
    filedOn: text('filed_on'),
    decisionDueOn: text('decision_due_on'),
    decidedOn: text('decided_on'),
    decisionAct: text('decision_act'),
    refusalReason: text('refusal_reason'),
    bodyId: text('body_id'),
    reminderSentAt: timestamp('reminder_sent_at'),
    /** When the signatures and contact are erased (a year after the decision). */
    eraseAfter: timestamp('erase_after'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('rd_applications_number').on(t.tenantId, t.number),
    index('rd_applications_applicant').on(t.tenantId, t.bodyKind, t.applicantKey),
  ],
)

/**
 * A supporter of a petition: name, address and the declaration of being 60 or older (usg art. 5c ust. 2a). `personKey`
 * (keyed hash of the folded name and address, core/identity/person.ts) lets one person sign once. Personal data:
 * erased at the application's `eraseAfter`, when only the count stays.
 */
export const councilSignatures = sqliteTable(
  'rd_signatures',
  {
    id: id(),
    applicationId: text('application_id')
      .notNull()
      .references(() => councilApplications.id),
    name: text('name'),
    address: text('address'),
    personKey: text('person_key').notNull(),
    declaredSenior: integer('declared_senior', { mode: 'boolean' }).notNull(),
    /** `online` (signed on the platform) or `papier` (keyed in by staff from a paper list). */
    channel: text('channel').$type<'online' | 'papier'>().notNull(),
    signedAt: timestamp('signed_at').notNull(),
  },
  (t) => [uniqueIndex('rd_signatures_person').on(t.applicationId, t.personKey)],
)

/** An NGO of the directory joining an application (RDPP: at least five), confirmed by its representative's key. */
export const councilApplicationOrganisations = sqliteTable(
  'rd_application_organisations',
  {
    id: id(),
    applicationId: text('application_id')
      .notNull()
      .references(() => councilApplications.id),
    organizationId: text('organization_id').notNull(),
    organizationName: text('organization_name').notNull(),
    representative: text('representative').notNull(),
    confirmedAt: timestamp('confirmed_at').notNull(),
  },
  (t) => [uniqueIndex('rd_application_organisations_org').on(t.applicationId, t.organizationId)],
)
