import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import type { ApplicantKind, BodyKind } from '../domain/bodies'
import { councilApplicationOrganisations, councilApplications, councilSignatures } from '../tables'

export type ApplicationRow = typeof councilApplications.$inferSelect
export type SignatureRow = typeof councilSignatures.$inferSelect
export type ApplicationOrganisationRow = typeof councilApplicationOrganisations.$inferSelect

/**
 * Whether an application is listed: one opened online waits for its contact e-mail to be confirmed and, until then,
 * carries the day it is deleted unconfirmed in `eraseAfter` while still collecting (see actions/applications.ts).
 */
export const isConfirmed = (a: Pick<ApplicationRow, 'status' | 'eraseAfter'>) =>
  a.status !== 'zbieranie' || a.eraseAfter === null

/** The JST's applications, newest first; `listedOnly` leaves out the ones still waiting for their e-mail. */
export async function applicationsOf(db: Db, tenantId: string, listedOnly: boolean): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(councilApplications)
    .where(
      and(
        eq(councilApplications.tenantId, tenantId),
        listedOnly
          ? or(sql`${councilApplications.status} <> 'zbieranie'`, isNull(councilApplications.eraseAfter))
          : undefined,
      ),
    )
    .orderBy(desc(councilApplications.number))
}

/** The application `number` of the JST, or undefined. */
export async function applicationByNumber(db: Db, tenantId: string, number: number) {
  const [row] = await db
    .select()
    .from(councilApplications)
    .where(and(eq(councilApplications.tenantId, tenantId), eq(councilApplications.number, number)))
    .limit(1)
  return row
}

/** The signatures under an application, oldest first and a paper list in its order (for staff; personal data). */
export async function signaturesOf(db: Db, applicationId: string): Promise<SignatureRow[]> {
  return db
    .select()
    .from(councilSignatures)
    .where(eq(councilSignatures.applicationId, applicationId))
    .orderBy(asc(councilSignatures.signedAt), sql`rowid`)
}

/** Only what counting needs, for the public page: keys and declarations, never names. */
export async function signatureKeysOf(db: Db, applicationIds: readonly string[]) {
  if (!applicationIds.length) return []
  return db
    .select({
      applicationId: councilSignatures.applicationId,
      personKey: councilSignatures.personKey,
      declaredSenior: councilSignatures.declaredSenior,
    })
    .from(councilSignatures)
    .where(inArray(councilSignatures.applicationId, [...applicationIds]))
}

/** The organisations that confirmed an application, in the order they joined. */
export async function organisationsOf(db: Db, applicationIds: readonly string[]) {
  if (!applicationIds.length) return []
  return db
    .select()
    .from(councilApplicationOrganisations)
    .where(inArray(councilApplicationOrganisations.applicationId, [...applicationIds]))
    .orderBy(asc(councilApplicationOrganisations.confirmedAt), sql`rowid`)
}

/** How many signatures an application has (the unique index makes each a distinct person). */
export async function signatureCount(db: Db, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(councilSignatures)
    .where(eq(councilSignatures.applicationId, applicationId))
  return row?.n ?? 0
}

/** The refusals of the same applicant for the same kind of body, for the 6-month lock. */
export async function refusalsOf(db: Db, tenantId: string, kind: BodyKind, applicantKey: string) {
  const rows = await db
    .select({
      applicantKey: councilApplications.applicantKey,
      applicantKind: councilApplications.applicantKind,
      decidedOn: councilApplications.decidedOn,
    })
    .from(councilApplications)
    .where(
      and(
        eq(councilApplications.tenantId, tenantId),
        eq(councilApplications.bodyKind, kind),
        eq(councilApplications.applicantKey, applicantKey),
        eq(councilApplications.status, 'odrzucony'),
      ),
    )
  return rows
    .filter((r) => r.decidedOn)
    .map((r) => ({
      applicantKey: r.applicantKey,
      applicantKind: r.applicantKind as ApplicantKind,
      refusedOn: r.decidedOn!,
    }))
}

/** Filed applications still waiting for a decision, with the decision's last day, for the reminders. */
export async function undecidedApplications(db: Db) {
  return db
    .select()
    .from(councilApplications)
    .where(
      and(
        eq(councilApplications.status, 'zlozony'),
        isNotNull(councilApplications.decisionDueOn),
        isNull(councilApplications.reminderSentAt),
      ),
    )
}

/** Applications whose personal data (or, unconfirmed, the whole application) is due to go at `now`. */
export async function dueForErasure(db: Db, now: Date) {
  return db
    .select()
    .from(councilApplications)
    .where(and(isNotNull(councilApplications.eraseAfter), lte(councilApplications.eraseAfter, now)))
}
