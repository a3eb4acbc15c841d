import { and, eq, inArray, isNull } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import type { TickContext } from '../../core/module'
import { tenants } from '../../core/tenants/schema'
import { addDays, dayOf } from '../domain/dates'
import { remindDecisionDue } from '../notify/applications'
import { dueForErasure, undecidedApplications } from '../queries/applications'
import { staffAddresses } from '../queries/staff'
import { councilApplicationOrganisations, councilApplications, councilSignatures } from '../tables'

/** Days before the decision's last day when the JST's staff are reminded (once). */
export const REMIND_DAYS_BEFORE = 14

/**
 * The applications' scheduled work, idempotent: (1) once per filed application, 14 days before the decision's last
 * day, the JST's administrators and coordinators get an e-mail (the `reminderSentAt` claim is written first by a
 * conditional update, so a doubled tick sends nothing twice; no second e-mail when overdue — the panel marks it);
 * (2) at `eraseAfter`, an application never confirmed is deleted, and a decided one loses its signatories' names and
 * addresses and its contact e-mail (the count stays, as the keys do).
 */
export async function applicationsTick({ services, config, now }: TickContext): Promise<void> {
  const { db } = services
  const deps = { db, user: null, requestId: 'rady-tick', ip: '', now: () => now }
  const today = dayOf(now)
  for (const a of await undecidedApplications(db)) {
    if (!a.decisionDueOn || today < addDays(a.decisionDueOn, -REMIND_DAYS_BEFORE)) continue
    const claimed = await db
      .update(councilApplications)
      .set({ reminderSentAt: now })
      .where(and(eq(councilApplications.id, a.id), isNull(councilApplications.reminderSentAt)))
      .returning({ id: councilApplications.id })
    if (!claimed.length) continue
    const [tenant] = await db
      .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
      .from(tenants)
      .where(eq(tenants.id, a.tenantId))
    if (!tenant) continue
    await remindDecisionDue({ mailer: services.mailer, config }, await staffAddresses(db, a.tenantId), tenant, {
      number: a.number,
      title: a.title,
      decisionDueOn: a.decisionDueOn,
    })
  }

  for (const a of await dueForErasure(db, now)) {
    if (a.status === 'zbieranie') {
      await db.batch([
        db.delete(councilSignatures).where(eq(councilSignatures.applicationId, a.id)),
        db.delete(councilApplicationOrganisations).where(eq(councilApplicationOrganisations.applicationId, a.id)),
        db
          .delete(councilApplications)
          .where(and(eq(councilApplications.id, a.id), inArray(councilApplications.status, ['zbieranie']))),
        auditInsert(deps, {
          tenantId: a.tenantId,
          action: 'rd.application.erase',
          entity: 'rd_application',
          entityId: a.id,
          after: { unconfirmed: true },
        }),
      ])
      continue
    }
    await db.batch([
      db.update(councilSignatures).set({ name: null, address: null }).where(eq(councilSignatures.applicationId, a.id)),
      db
        .update(councilApplications)
        .set({ contactEmail: null, eraseAfter: null })
        .where(eq(councilApplications.id, a.id)),
      auditInsert(deps, {
        tenantId: a.tenantId,
        action: 'rd.application.erase',
        entity: 'rd_application',
        entityId: a.id,
        after: { unconfirmed: false },
      }),
    ])
  }
}
