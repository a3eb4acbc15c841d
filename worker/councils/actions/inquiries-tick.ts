import { and, eq, isNull } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { isGuardRefusal, requireChanged } from '../../core/db/guard'
import type { TickContext } from '../../core/module'
import { addDays, dayOf } from '../domain/dates'
import { inquiriesDue, memberAddresses } from '../queries/inquiries'
import { staffAddresses } from '../queries/staff'
import { notifyInquiryOverdue, remindInquiryDue } from '../notify/inquiries'
import { inquiryStatus } from '../views/inquiries'
import { councilInquiries } from '../tables'

/** How many days before an inquiry's last day the office is reminded. */
export const INQUIRY_REMINDER_DAYS = 7

/**
 * The inquiries' scheduled work: 7 days before the last day (or later, if the tick missed that day but the last day
 * has not passed) the JST's admins and coordinators are reminded, once (`reminderSentAt`); after the last day without
 * an answer the inquiry is marked overdue, once (`overdueAt`, audited `rd.inquiry.overdue`), and the body's members are
 * told the answer is late. Each mark is claimed by a guarded UPDATE before any e-mail, so two ticks at once (two
 * servers, a doubled cron) send each notice once; an answer given in between stops both.
 */
export async function inquiriesTick({
  services,
  config,
  now,
}: TickContext): Promise<{ reminded: number; overdue: number }> {
  const { db } = services
  const today = dayOf(now)
  const mailing = { db, mailer: services.mailer, appUrl: config.appUrl }
  const deps = { db, user: null, requestId: 'rady-tick', ip: '', now: () => now }
  let reminded = 0
  let overdue = 0
  for (const { inquiry, body, tenant } of await inquiriesDue(db, addDays(today, INQUIRY_REMINDER_DAYS))) {
    const state = inquiryStatus(inquiry, body.kind, now)
    const dueOn = state.deadline?.lastDay ?? inquiry.dueOn!
    const notice = { number: inquiry.number, title: inquiry.title, dueOn }
    const unanswered = and(eq(councilInquiries.id, inquiry.id), isNull(councilInquiries.answeredAt))
    if (state.overdue && !inquiry.overdueAt) {
      if (
        !(await claim(db, [
          db
            .update(councilInquiries)
            .set({ overdueAt: now, ...(inquiry.reminderSentAt ? {} : { reminderSentAt: now }) })
            .where(and(unanswered, isNull(councilInquiries.overdueAt))),
          requireChanged(db),
          auditInsert(deps, {
            tenantId: tenant.id,
            action: 'rd.inquiry.overdue',
            entity: 'rd_inquiry',
            entityId: inquiry.id,
            after: { body: body.slug, number: inquiry.number, dueOn },
          }),
        ]))
      )
        continue
      await notifyInquiryOverdue(mailing, await memberAddresses(db, body.id, today), tenant, body, notice)
      overdue++
    } else if (!state.overdue && state.state === 'oczekuje' && !inquiry.reminderSentAt) {
      if (
        !(await claim(db, [
          db
            .update(councilInquiries)
            .set({ reminderSentAt: now })
            .where(and(unanswered, isNull(councilInquiries.reminderSentAt))),
          requireChanged(db),
        ]))
      )
        continue
      await remindInquiryDue(mailing, await staffAddresses(db, tenant.id), tenant, body, notice)
      reminded++
    }
  }
  return { reminded, overdue }
}

/** Runs a claiming batch; false when another tick (or an answer) got there first. */
async function claim(db: TickContext['services']['db'], statements: Parameters<typeof db.batch>[0]): Promise<boolean> {
  try {
    await db.batch(statements)
    return true
  } catch (e) {
    if (isGuardRefusal(e)) return false
    throw e
  }
}
