import { and, desc, eq, ne, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { consultations, reports } from '../tables'
import type { Consultation } from './index'

/**
 * The confirmed comments of the consultation of the outer row, as a correlated subquery. Written with the tables'
 * names: drizzle leaves columns unqualified in a single-table select, which inside the subquery would name its own.
 */
const confirmedCount = sql<number>`(select count(*) from "ks_comments" cm where cm."consultation_id" = "ks_consultations"."id" and cm."status" = 'confirmed')`

/** A published consultation with what its card on the JST's list tells beyond the act: comments and the report. */
export interface ListedRow {
  consultation: Consultation
  /** Confirmed comments (withdrawn and unconfirmed never count); hidden ones count, as they are still answered. */
  confirmedComments: number
  /** When the report was published, or null. */
  reportPublishedAt: Date | null
}

/**
 * The JST's published consultations, newest first, each with its confirmed comments counted and its report's date,
 * in one statement (a correlated count and a join), so a list of fifty consultations is one query, not fifty-one.
 */
export async function listedConsultations(db: Db, tenantId: string): Promise<ListedRow[]> {
  const rows = await db
    .select({
      consultation: consultations,
      confirmedComments: confirmedCount,
      reportPublishedAt: reports.publishedAt,
    })
    .from(consultations)
    .leftJoin(reports, eq(reports.consultationId, consultations.id))
    .where(and(eq(consultations.tenantId, tenantId), ne(consultations.status, 'draft')))
    .orderBy(desc(consultations.number))
  return rows.map((r) => ({
    consultation: r.consultation,
    confirmedComments: Number(r.confirmedComments ?? 0),
    reportPublishedAt: r.reportPublishedAt ?? null,
  }))
}
