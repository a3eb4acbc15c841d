import { and, asc, desc, eq, ne, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import type { DraftDocument } from '../domain/document'
import { consultations, documents, documentVersions } from '../tables'

/** The files of this module in the core file store (`files.module`). */
export const CONSULTATION_FILES = 'consultations'

export type Consultation = typeof consultations.$inferSelect
export type DocumentVersionRow = Omit<typeof documentVersions.$inferSelect, 'structure'> & { structure: DraftDocument }

const findConsultationPrepared = new WeakMap<
  object,
  { execute(p: { t: string; n: number }): Promise<Consultation | undefined> }
>()

/**
 * A consultation of the JST by its number, whatever its status (staff reads). Prepared once per database client:
 * every comment sent names its consultation, and libSQL would otherwise compile the 40-column SELECT each time.
 */
export async function findConsultation(db: Db, tenantId: string, number: number): Promise<Consultation | undefined> {
  if (!Number.isSafeInteger(number)) return undefined
  let q = findConsultationPrepared.get(db)
  if (!q) {
    q = db.query.consultations
      .findFirst({
        where: and(eq(consultations.tenantId, sql.placeholder('t')), eq(consultations.number, sql.placeholder('n'))),
      })
      .prepare() as never
    findConsultationPrepared.set(db, q!)
  }
  return q!.execute({ t: tenantId, n: number })
}

export async function consultationById(db: Db, id: string): Promise<Consultation | undefined> {
  return db.query.consultations.findFirst({ where: eq(consultations.id, id) })
}

/** Every consultation of the JST, newest first; `publicOnly` leaves out drafts. */
export async function consultationsOf(db: Db, tenantId: string, publicOnly: boolean): Promise<Consultation[]> {
  return db
    .select()
    .from(consultations)
    .where(
      publicOnly
        ? and(eq(consultations.tenantId, tenantId), ne(consultations.status, 'draft'))
        : eq(consultations.tenantId, tenantId),
    )
    .orderBy(desc(consultations.number))
}

/** The draft document of a consultation, if one was uploaded. */
export async function documentOf(db: Db, consultationId: string) {
  return db.query.documents.findFirst({ where: eq(documents.consultationId, consultationId) })
}

/** One version of a consultation's draft (the current one when `version` is omitted). */
export async function documentVersion(
  db: Db,
  consultationId: string,
  version?: number,
): Promise<DocumentVersionRow | undefined> {
  const doc = await documentOf(db, consultationId)
  if (!doc) return undefined
  const wanted = version ?? doc.currentVersion
  if (!Number.isSafeInteger(wanted)) return undefined
  const row = await db.query.documentVersions.findFirst({
    where: and(eq(documentVersions.documentId, doc.id), eq(documentVersions.version, wanted)),
  })
  return row as DocumentVersionRow | undefined
}

/** The versions of a consultation's draft without their content, oldest first. */
export async function versionsOf(db: Db, consultationId: string) {
  const doc = await documentOf(db, consultationId)
  if (!doc) return []
  return db
    .select({
      version: documentVersions.version,
      sourceKind: documentVersions.sourceKind,
      fileId: documentVersions.fileId,
      createdAt: documentVersions.createdAt,
    })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, doc.id))
    .orderBy(asc(documentVersions.version))
}
