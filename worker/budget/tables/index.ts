import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamp } from '../../core/db/columns'
import { tenants } from '../../core/tenants/schema'
import { projectStatuses } from '../domain/statuses'

/**
 * One budżet obywatelski edition per budget year per JST. Its rules (`rules`, validated by `editionRulesSchema`) and
 * its phase calendar are data set from the council's uchwała, never code.
 */
export const editions = sqliteTable(
  'bo_editions',
  {
    id: id(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    resolutionNumber: text('resolution_number').notNull(),
    resolutionDate: text('resolution_date').notNull(),
    resolutionPublication: text('resolution_publication'),
    /** Expenditures in the last budget execution report, in grosze: the base of the 0.5% minimum for cities with powiat rights. */
    expendituresLastReport: integer('expenditures_last_report'),
    rules: text('rules', { mode: 'json' }).notNull(),
    /** The phase the scheduler last announced; gates always use the calendar itself. */
    announcedPhase: text('announced_phase'),
    /**
     * Raised by every save of the settings or the calendar. Staff forms send back the version they loaded and a save
     * of an older one is refused (409), so two organisers editing at once cannot silently overwrite each other.
     */
    version: integer('version').notNull().default(1),
    /**
     * The scheduler's last erasure run for this edition (worker/budget/voting/erasure.ts): personal data is erased at
     * most once a day, and two servers running at once cannot both run it (the run claims this value).
     */
    personalDataErasedAt: timestamp('personal_data_erased_at'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('bo_editions_tenant_year').on(t.tenantId, t.year)],
)

export const phases = sqliteTable(
  'bo_phases',
  {
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    tenantId: text('tenant_id').notNull(),
    phase: text('phase').notNull(),
    startsAt: timestamp('starts_at').notNull(),
    endsAt: timestamp('ends_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.phase] })],
)

/** A pool of money: the whole JST, an area (a list of auxiliary units) or a cost category. Amounts in grosze. */
export const pools = sqliteTable(
  'bo_pools',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    areas: text('areas', { mode: 'json' }).notNull(),
    amount: integer('amount').notNull(),
    minProjectCost: integer('min_project_cost').notNull(),
    maxProjectCost: integer('max_project_cost').notNull(),
    residents: integer('residents').notNull(),
    residentsSource: text('residents_source').notNull(),
    requiredSupporters: integer('required_supporters').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('bo_pools_code').on(t.editionId, t.code)],
)

/**
 * A project from its first autosaved draft to the final list. The author has no account: a secret token (stored
 * hashed) e-mailed as a link lets them come back, answer questions, withdraw and appeal.
 */
export const projects = sqliteTable(
  'bo_projects',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    poolId: text('pool_id'),
    number: integer('number'),
    /** Where the project stands; the moves between statuses are `projectTransitions` (domain/statuses.ts). */
    status: text('status', { enum: projectStatuses }).notNull(),
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    category: text('category'),
    beneficiaries: text('beneficiaries').notNull().default(''),
    address: text('address').notNull().default(''),
    lat: real('lat'),
    lng: real('lng'),
    costItems: text('cost_items', { mode: 'json' }).notNull(),
    cost: integer('cost').notNull().default(0),
    revisedCost: integer('revised_cost'),
    extra: text('extra', { mode: 'json' }).notNull(),
    authorName: text('author_name').notNull(),
    authorEmail: text('author_email').notNull(),
    /**
     * The language the author wrote the draft in (the request's `Accept-Language` when it was created): every later
     * message to the author, whoever causes it (a verifier's decision, new dates), is written in it.
     */
    authorLang: text('author_lang', { enum: ['pl', 'en'] })
      .notNull()
      .default('pl'),
    authorTokenHash: text('author_token_hash').notNull().unique(),
    /**
     * A key asked for with "send me a new link" (stored hashed), waiting for its first use: until then the current
     * key keeps working, so anyone who knows the author's e-mail can ask but cannot lock the author out.
     */
    authorNextTokenHash: text('author_next_token_hash'),
    authorResidenceDeclared: integer('author_residence_declared', { mode: 'boolean' }).notNull(),
    /** Signatures on the scanned paper list as the author declares them; they count only once verified. */
    paperSupporters: integer('paper_supporters').notNull().default(0),
    /** Valid signatures staff found on the scanned list; null until they have checked it. Only these count. */
    paperSupportersVerified: integer('paper_supporters_verified'),
    verifierId: text('verifier_id'),
    appealDeadline: timestamp('appeal_deadline'),
    submittedAt: timestamp('submitted_at'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [
    index('bo_projects_edition').on(t.editionId, t.status),
    uniqueIndex('bo_projects_number').on(t.editionId, t.number),
  ],
)

export const coauthors = sqliteTable(
  'bo_coauthors',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    confirmedAt: timestamp('confirmed_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('bo_coauthors_email').on(t.projectId, t.email)],
)

/**
 * Online support by residents. `personKey` is a keyed hash of the normalised name and address, unique per project,
 * so the same person cannot support a project twice, while the list itself keeps only what the uchwała requires.
 * At the edition's erase date the name and address are emptied and the key replaced by the row's id: the rows
 * still count, but no longer say who.
 */
export const supports = sqliteTable(
  'bo_supports',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    personKey: text('person_key').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('bo_supports_person').on(t.projectId, t.personKey)],
)

/** A reasoned decision of one assessment stage: per criterion, with the justification of every negative answer. */
export const assessments = sqliteTable(
  'bo_assessments',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    stage: text('stage').notNull(),
    positive: integer('positive', { mode: 'boolean' }).notNull(),
    criteria: text('criteria', { mode: 'json' }).notNull(),
    justification: text('justification').notNull(),
    revisedCost: integer('revised_cost'),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at').notNull(),
  },
  (t) => [index('bo_assessments_project').on(t.projectId)],
)

/** Questions from staff to the author, with a deadline, and the author's answer. */
export const questions = sqliteTable('bo_questions', {
  id: id(),
  tenantId: text('tenant_id').notNull(),
  projectId: text('project_id')
    .notNull()
    .references(() => projects.id),
  text: text('text').notNull(),
  askedBy: text('asked_by').notNull(),
  askedAt: timestamp('asked_at').notNull(),
  deadline: timestamp('deadline').notNull(),
  answer: text('answer'),
  answeredAt: timestamp('answered_at'),
})

/** An appeal against not admitting a project to the vote; the procedure cannot be switched off (usg art. 5a ust. 7). */
export const appeals = sqliteTable('bo_appeals', {
  id: id(),
  tenantId: text('tenant_id').notNull(),
  projectId: text('project_id')
    .notNull()
    .references(() => projects.id),
  text: text('text').notNull(),
  filedAt: timestamp('filed_at').notNull(),
  decision: text('decision'),
  reason: text('reason'),
  decidedBy: text('decided_by'),
  decidedAt: timestamp('decided_at'),
})

/** Projects that exclude each other (only the best of a group can win), as Warsaw records them. */
export const conflicts = sqliteTable('bo_conflicts', {
  id: id(),
  tenantId: text('tenant_id').notNull(),
  editionId: text('edition_id')
    .notNull()
    .references(() => editions.id),
  projectIds: text('project_ids', { mode: 'json' }).notNull(),
  reason: text('reason').notNull(),
  createdAt: timestamp('created_at').notNull(),
})

/** The public history of a project: every status change with its reason, shown on the project's page. */
export const projectEvents = sqliteTable(
  'bo_project_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: text('tenant_id').notNull(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    kind: text('kind').notNull(),
    status: text('status'),
    note: text('note'),
    at: timestamp('at').notNull(),
  },
  (t) => [index('bo_project_events_project').on(t.projectId, t.id)],
)

/**
 * Public notices of changes to a running edition's calendar ("przedłużenie terminu naboru"): when, why and which
 * dates moved (`changes`: phase, before, after). Residents see them on the edition's page; who made the change is in
 * the audit log. Rows are only ever added.
 */
export const calendarChanges = sqliteTable(
  'bo_calendar_changes',
  {
    id: id(),
    tenantId: text('tenant_id').notNull(),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    reason: text('reason').notNull(),
    changes: text('changes', { mode: 'json' }).notNull(),
    changedAt: timestamp('changed_at').notNull(),
  },
  (t) => [index('bo_calendar_changes_edition').on(t.editionId, t.changedAt)],
)
