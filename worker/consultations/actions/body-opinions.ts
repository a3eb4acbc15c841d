import { and, eq, gte, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { newId } from '../../core/ids'
import { AREAS } from '../../core/organizations/areas'
import { documentVersion, findConsultation } from '../queries'
import { advisoryOpinions, consultations } from '../tables'

/*
 * What the councils module (worker/councils) asks of a consultation when one of its advisory bodies gives an opinion
 * on the consultation's draft: the draft's text for the body's members, the consultation's advisory-opinion row
 * (created with the request, filled with the adopted resolution, so the consultation's report lists it), and which
 * published consultations concern young people (offered to the youth council). Councils reaches this file only
 * through ../index.ts.
 */

/** The consultation as a body's opinion request names it. */
export interface ConsultationForBody {
  id: string
  number: number
  title: string
  preset: string
  status: string
  startDate: string
  endDate: string
}

const forBody = (c: typeof consultations.$inferSelect): ConsultationForBody => ({
  id: c.id,
  number: c.number,
  title: c.title,
  preset: c.preset,
  status: c.status,
  startDate: c.startDate,
  endDate: c.endDate,
})

/** The consultation `number` of the JST if it is public (not a draft the office still prepares), else undefined. */
export async function publicConsultationForBody(
  db: Db,
  tenantId: string,
  number: number,
): Promise<ConsultationForBody | undefined> {
  const c = await findConsultation(db, tenantId, number)
  return c && c.status !== 'draft' ? forBody(c) : undefined
}

/** The consultation with id `id` of the JST, whatever its status (the request was made while it was public). */
export async function consultationForBodyById(
  db: Db,
  tenantId: string,
  id: string,
): Promise<ConsultationForBody | undefined> {
  const c = await db.query.consultations.findFirst({
    where: and(eq(consultations.id, id), eq(consultations.tenantId, tenantId)),
  })
  return c ? forBody(c) : undefined
}

/** The current version of a consultation's draft as sections of numbered paragraphs, for a body's members to read. */
export interface DraftForBody {
  version: number
  sections: { heading: string; paragraphs: { marker: string | null; text: string }[] }[]
}

/** The current version of the consultation's draft, or null when none was uploaded. */
export async function consultationDraftForBody(db: Db, consultationId: string): Promise<DraftForBody | null> {
  const row = await documentVersion(db, consultationId)
  if (!row) return null
  return {
    version: row.version,
    sections: row.structure.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => ({ marker: p.marker ?? null, text: p.text })),
    })),
  }
}

/** What a body's request puts on the consultation's list of advisory bodies. */
export interface BodyOpinionEntry {
  tenantId: string
  consultationId: string
  bodyName: string
  email: string
  /** Whether the law requires the opinion (the RDPP on a programme of cooperation or a development strategy). */
  required: boolean
  dueOn: string | null
  now: Date
}

/**
 * The statements (for the councils' own batch, run with the request's insert) that list the body among the
 * consultation's advisory bodies unless it is listed already (same name or e-mail, as staff may have added it by
 * hand), and bring its due day and "required" up to the request. Returns them with the id a new row gets; the row
 * actually linked is read back by `advisoryOpinionIdFor`.
 */
export function listBodyForOpinion(db: Db, entry: BodyOpinionEntry) {
  const id = newId()
  const at = entry.now.getTime()
  const same = sql`${advisoryOpinions.consultationId} = ${entry.consultationId}
    AND (lower(${advisoryOpinions.bodyName}) = lower(${entry.bodyName}) OR ${advisoryOpinions.email} = ${entry.email})`
  return [
    db.run(sql`INSERT INTO ${advisoryOpinions}
      (id, tenant_id, consultation_id, body_name, email, required, due_on, created_at, updated_at)
      SELECT ${id}, ${entry.tenantId}, ${entry.consultationId}, ${entry.bodyName}, ${entry.email},
             ${entry.required ? 1 : 0}, ${entry.dueOn}, ${at}, ${at}
      WHERE NOT EXISTS (SELECT 1 FROM ${advisoryOpinions} WHERE ${same})`),
    db.run(sql`UPDATE ${advisoryOpinions} SET due_on = ${entry.dueOn}, required = ${entry.required ? 1 : 0},
      updated_at = ${at} WHERE ${same} AND id <> ${id}`),
  ] as const
}

/** The id of the consultation's advisory-opinion row for the body (by name or e-mail), as `listBodyForOpinion` left it. */
export function advisoryOpinionIdFor(consultationId: string, bodyName: string, email: string) {
  return sql`(SELECT id FROM ${advisoryOpinions} WHERE ${advisoryOpinions.consultationId} = ${consultationId}
    AND (lower(${advisoryOpinions.bodyName}) = lower(${bodyName}) OR ${advisoryOpinions.email} = ${email})
    ORDER BY created_at LIMIT 1)`
}

/**
 * The statement (for the councils' batch that adopts the resolution) recording the body's opinion on the
 * consultation's row: its text (the resolution, numbered) and when it was given, so the report says the opinion was
 * given and quotes it. `opinion` may be an SQL expression, so it can name the resolution's number taken in the same
 * batch.
 */
export function recordBodyOpinion(db: Db, advisoryOpinionId: string, opinion: string | SQL, receivedAt: Date) {
  return db
    .update(advisoryOpinions)
    .set({ opinion, receivedAt, updatedAt: receivedAt })
    .where(eq(advisoryOpinions.id, advisoryOpinionId))
}

/**
 * The statement recording that the body's time passed without an opinion (a waiver where the law reads silence so):
 * the row keeps no opinion and no day received, so the report says "opinii nie wydano w terminie do …" with the last
 * day, and the due day is set to the request's last day in case the row was listed with another.
 */
export function recordBodySilence(db: Db, advisoryOpinionId: string, dueOn: string | null, at: Date) {
  return db
    .update(advisoryOpinions)
    .set({ dueOn, opinion: null, receivedAt: null, updatedAt: at })
    .where(eq(advisoryOpinions.id, advisoryOpinionId))
}

/**
 * The areas of public tasks (art. 4 upp) that concern children and young people, by their Polish names ("dzieci",
 * "dziecka", "młodzieży"): a consultation naming one is offered to the youth council.
 */
export const YOUTH_AREAS: readonly string[] = AREAS.filter((a) => /dzieci|dziecka|młodzież/i.test(a.pl)).map(
  (a) => a.key,
)

/** The word that marks a consultation as concerning young people in its participants, subject or title. */
const YOUTH_WORD = /młodzież|uczni|szkoł/i

/**
 * Whether a consultation concerns young people: it names an area of public tasks about children or young people
 * (`YOUTH_AREAS`), or its participants, subject or title mention young people, pupils or schools.
 */
export function concernsYoungPeople(c: {
  publicTaskAreas: readonly string[]
  participants: string
  subject: string
  title: string
}): boolean {
  return (
    c.publicTaskAreas.some((a) => YOUTH_AREAS.includes(a)) ||
    YOUTH_WORD.test(c.participants) ||
    YOUTH_WORD.test(c.subject) ||
    YOUTH_WORD.test(c.title)
  )
}

/**
 * The published consultations still open for comments on `today` (a Warsaw day) that concern young people
 * (`concernsYoungPeople`), with their JST: what the councils' scheduled work offers to a youth council.
 */
export async function youthConsultations(
  db: Db,
  today: string,
): Promise<(ConsultationForBody & { tenantId: string })[]> {
  const rows = await db
    .select()
    .from(consultations)
    .where(and(eq(consultations.status, 'published'), gte(consultations.endDate, today)))
  return rows.filter(concernsYoungPeople).map((c) => ({ ...forBody(c), tenantId: c.tenantId }))
}
