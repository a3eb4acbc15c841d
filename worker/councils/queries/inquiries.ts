import { and, asc, desc, eq, isNotNull, isNull, lte, or } from 'drizzle-orm'
import { users } from '../../core/auth/schema'
import type { Db } from '../../core/db/client'
import { tenants } from '../../core/tenants/schema'
import { councilBodies, councilInquiries, councilResolutions } from '../tables'
import { membersInOffice } from './opinions'

/** An inquiry as the staff's pages and the views read it: the row, the body's kind, who answered, the resolution. */
export interface InquiryRow {
  inquiry: typeof councilInquiries.$inferSelect
  body: { id: string; slug: string; name: string; kind: (typeof councilBodies.$inferSelect)['kind'] }
  answeredByName: string | null
  resolutionNumber: string | null
}

const columns = {
  inquiry: councilInquiries,
  body: { id: councilBodies.id, slug: councilBodies.slug, name: councilBodies.name, kind: councilBodies.kind },
  answeredByName: users.name,
  resolutionNumber: councilResolutions.number,
}

function joined(db: Db) {
  return db
    .select(columns)
    .from(councilInquiries)
    .innerJoin(councilBodies, eq(councilBodies.id, councilInquiries.bodyId))
    .leftJoin(users, eq(users.id, councilInquiries.answeredBy))
    .leftJoin(councilResolutions, eq(councilResolutions.id, councilInquiries.resolutionId))
}

/** Every inquiry of a body, newest first. */
export function inquiriesOfBody(db: Db, bodyId: string): Promise<InquiryRow[]> {
  return joined(db).where(eq(councilInquiries.bodyId, bodyId)).orderBy(desc(councilInquiries.number))
}

/** The inquiry `number` of a body, or undefined. */
export async function inquiryByNumber(db: Db, bodyId: string, number: number): Promise<InquiryRow | undefined> {
  const [row] = await joined(db)
    .where(and(eq(councilInquiries.bodyId, bodyId), eq(councilInquiries.number, number)))
    .limit(1)
  return row
}

/** The JST's inquiries still waiting for an answer, across its bodies, the nearest last day first. */
export function openInquiriesOfTenant(db: Db, tenantId: string): Promise<InquiryRow[]> {
  return joined(db)
    .where(and(eq(councilInquiries.tenantId, tenantId), isNull(councilInquiries.answeredAt)))
    .orderBy(asc(councilInquiries.dueOn), asc(councilBodies.name), asc(councilInquiries.number))
}

/**
 * The unanswered inquiries the scheduled work may have to act on by `horizon` (a Warsaw day): a reminder not yet
 * sent or an overdue mark not yet made, with a last day on or before the horizon.
 */
export function inquiriesDue(db: Db, horizon: string) {
  return db
    .select({
      inquiry: councilInquiries,
      body: { id: councilBodies.id, slug: councilBodies.slug, name: councilBodies.name, kind: councilBodies.kind },
      tenant: { id: tenants.id, slug: tenants.slug, name: tenants.name },
    })
    .from(councilInquiries)
    .innerJoin(councilBodies, eq(councilBodies.id, councilInquiries.bodyId))
    .innerJoin(tenants, eq(tenants.id, councilInquiries.tenantId))
    .where(
      and(
        isNull(councilInquiries.answeredAt),
        isNotNull(councilInquiries.dueOn),
        lte(councilInquiries.dueOn, horizon),
        or(isNull(councilInquiries.reminderSentAt), isNull(councilInquiries.overdueAt)),
      ),
    )
}

/** The e-mail addresses of the body's members in office on `day` (the chair first). */
export async function memberAddresses(db: Db, bodyId: string, day: string): Promise<string[]> {
  const rows = await membersInOffice(db, bodyId, day)
  return rows
    .filter((r) => r.email)
    .sort((a, b) => Number(b.role === 'przewodniczacy') - Number(a.role === 'przewodniczacy'))
    .map((r) => r.email!)
}
