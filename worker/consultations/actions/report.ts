import { and, count, eq, gt, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { auditLog } from '../../core/audit/schema'
import { guardedBatch, isGuardRefusal, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { ApiError } from '../../core/http/problem'
import { tenants } from '../../core/tenants/schema'
import { warsawDate } from '../../core/time/polish-calendar'
import { daysBetween, startOfWarsawDay } from '../domain/presets'
import { buildReport, dayInWords, reportMissing, type ReportContent, type ReportMissing } from '../domain/report'
import { notifyClosed, notifyReportDue, type Mailing } from '../notify/report'
import { consultationById, type Consultation } from '../queries'
import { publishedReport, reportInput } from '../queries/report'
import { comments, consultations, meetings, meetingSignups, reports } from '../tables'

/**
 * How long after the report is published the personal data of comments and meeting sign-ups is kept (names,
 * addresses, e-mails): long enough to answer questions about the report and to hand the record to the council, then
 * erased (`eraseAfter`); the public record keeps organisations' names and "Mieszkaniec".
 */
export const PERSONAL_DATA_DAYS_AFTER_REPORT = 90

/** Days before the report's deadline when the organisers get the first reminder (the second comes on the day). */
export const REPORT_REMINDER_DAYS = 7

const DAY = 86_400_000

/** The report as staff preview it: the content built from the data as it is now, and what still stops publishing. */
export async function reportDraft(
  deps: Pick<Deps, 'db'>,
  c: Consultation,
  tenant: TenantRef,
): Promise<{ content: ReportContent; missing: ReportMissing }> {
  const input = await reportInput(deps.db, c, tenant.name)
  return { content: buildReport(input), missing: reportMissing(input) }
}

/** The 409 naming every comment and group without an approved answer (numbers), as field errors. */
function missingProblem(missing: ReportMissing): ApiError {
  const errors = [
    ...(missing.comments.length
      ? [{ field: 'comments', detail: `Uwagi bez zatwierdzonej odpowiedzi: nr ${missing.comments.join(', ')}.` }]
      : []),
    ...(missing.groups.length
      ? [{ field: 'groups', detail: `Grupy uwag bez zatwierdzonej odpowiedzi: nr ${missing.groups.join(', ')}.` }]
      : []),
  ]
  return new ApiError(
    409,
    'Raportu nie można jeszcze opublikować: każda uwaga (lub grupa uwag) musi mieć zatwierdzoną odpowiedź.',
    { errors, type: 'https://wspolnota.example/problems/report-incomplete' },
  )
}

/** Thrown inside `publishReport` when its guarded batch lost a race, to answer with the winner's report. */
class LostRace extends Error {}

/**
 * Publishes the report: only after the last day, and only when every counted comment (or its group) has an approved
 * answer (else a 409 naming them). In one batch: the content frozen in `ks_reports` (its key is the consultation, so
 * two publishes at once insert one row and the guard rolls the other back), the consultation `reported`, the erasure
 * date of the comments' and sign-ups' personal data, and the audit row. A repeated or concurrent publish answers with
 * the report already published (`created: false`); only the one that published tells the participants.
 */
export async function publishReport(
  deps: Deps,
  c: Consultation,
  tenant: TenantRef,
  now = deps.now(),
): Promise<{ content: ReportContent; publishedAt: Date; created: boolean }> {
  const existing = await publishedReport(deps.db, c.id)
  if (existing) return { content: existing.content, publishedAt: existing.publishedAt, created: false }
  if (c.status !== 'published') throw new ApiError(409, 'Konsultacje nie zostały jeszcze ogłoszone.')
  if (!c.endsAt || now < c.endsAt)
    throw new ApiError(
      409,
      `Konsultacje jeszcze trwają: raport można opublikować po ich zakończeniu (ostatni dzień: ${dayInWords(c.endDate)}).`,
    )
  const { content, missing } = await reportDraft(deps, c, tenant)
  if (missing.comments.length || missing.groups.length) throw missingProblem(missing)
  const { db } = deps
  const eraseAfter = new Date(now.getTime() + PERSONAL_DATA_DAYS_AFTER_REPORT * DAY)
  const ofConsultation = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.consultationId, c.id))
  try {
    await guardedBatch(
      db,
      [
        db
          .insert(reports)
          .values({
            consultationId: c.id,
            tenantId: c.tenantId,
            content,
            publishedBy: deps.user?.id ?? '',
            publishedAt: now,
          })
          .onConflictDoNothing(),
        requireChanged(db),
        db
          .update(consultations)
          .set({ status: 'reported', updatedAt: now, version: sql`${consultations.version} + 1` })
          .where(and(eq(consultations.id, c.id), eq(consultations.status, 'published'))),
        requireChanged(db),
        db
          .update(comments)
          .set({ eraseAfter })
          .where(
            and(
              eq(comments.consultationId, c.id),
              isNull(comments.erasedAt),
              or(isNull(comments.eraseAfter), gt(comments.eraseAfter, eraseAfter)),
            ),
          ),
        db
          .update(meetingSignups)
          .set({ eraseAfter })
          .where(and(inArray(meetingSignups.meetingId, ofConsultation), gt(meetingSignups.eraseAfter, eraseAfter))),
        auditInsert(deps, {
          tenantId: c.tenantId,
          action: 'ks.report.publish',
          entity: 'ks_consultation',
          entityId: c.id,
          after: { comments: content.statistics.comments, participants: content.statistics.participants },
        }),
      ],
      () => new LostRace(),
    )
  } catch (e) {
    if (!(e instanceof LostRace)) throw e
    const won = await publishedReport(db, c.id)
    if (!won) throw new ApiError(409, 'Konsultacje zmieniły się w międzyczasie. Odśwież stronę.')
    return { content: won.content, publishedAt: won.publishedAt, created: false }
  }
  return { content, publishedAt: now, created: true }
}

/** Who the scheduled steps act with: the database, the mailer and the public address for links. */
export type TickDeps = Mailing

const tenantColumns = { id: tenants.id, slug: tenants.slug, name: tenants.name }

/**
 * Closes every published consultation whose last day is over (once: `closedAt` is claimed by a guarded UPDATE, so two
 * ticks at once close it once): comments never confirmed lapse (their link stops working and their personal data is
 * due for erasure at once), the closing is audited (`ks.consultation.close`) and the organisers are told by e-mail.
 * Returns the numbers closed.
 */
export async function closeEndedConsultations(deps: TickDeps, now: Date): Promise<string[]> {
  const { db } = deps
  const due = await db
    .select({ c: consultations, tenant: tenantColumns })
    .from(consultations)
    .innerJoin(tenants, eq(tenants.id, consultations.tenantId))
    .where(and(eq(consultations.status, 'published'), isNull(consultations.closedAt), lte(consultations.endsAt, now)))
  const closed: string[] = []
  for (const { c, tenant } of due) {
    const tally = await db
      .select({ status: comments.status, n: count() })
      .from(comments)
      .where(eq(comments.consultationId, c.id))
      .groupBy(comments.status)
    const counts = {
      confirmed: tally.find((r) => r.status === 'confirmed')?.n ?? 0,
      lapsed: tally.find((r) => r.status === 'unconfirmed')?.n ?? 0,
    }
    try {
      await db.batch([
        db
          .update(consultations)
          .set({ closedAt: now })
          .where(and(eq(consultations.id, c.id), isNull(consultations.closedAt))),
        requireChanged(db),
        db
          .update(comments)
          .set({ confirmTokenHash: null, eraseAfter: now, updatedAt: now })
          .where(and(eq(comments.consultationId, c.id), eq(comments.status, 'unconfirmed'), isNull(comments.erasedAt))),
        db.insert(auditLog).values({
          tenantId: c.tenantId,
          actorId: null,
          action: 'ks.consultation.close',
          entity: 'ks_consultation',
          entityId: c.id,
          after: counts,
          at: now,
        }),
      ])
    } catch (e) {
      if (isGuardRefusal(e)) continue
      throw e
    }
    closed.push(c.id)
    await notifyClosed(deps, tenant, c, counts)
  }
  return closed
}

/**
 * The report's deadline reminders to the organisers of every closed consultation without a published report: one
 * `REPORT_REMINDER_DAYS` before the last day (or as soon as the consultation closes within that time) and one on the
 * last day (or once after it, if the day passed unseen). Each is claimed by a guarded UPDATE of
 * `reportReminderSentAt`, so each goes out once whatever the number of ticks. Returns how many went out.
 */
export async function remindReportDeadlines(deps: TickDeps, now: Date): Promise<number> {
  const { db } = deps
  const today = warsawDate(now).date
  const open = await db
    .select({ c: consultations, tenant: tenantColumns })
    .from(consultations)
    .innerJoin(tenants, eq(tenants.id, consultations.tenantId))
    .where(
      and(
        eq(consultations.status, 'published'),
        isNotNull(consultations.closedAt),
        isNotNull(consultations.reportDueDate),
      ),
    )
  let sent = 0
  for (const { c, tenant } of open) {
    const dueDate = c.reportDueDate!
    const daysLeft = daysBetween(today, dueDate)
    if (daysLeft > REPORT_REMINDER_DAYS) continue
    const dueDayStart = startOfWarsawDay(dueDate)
    const onTheDay = daysLeft <= 0
    const claim = onTheDay
      ? or(isNull(consultations.reportReminderSentAt), lt(consultations.reportReminderSentAt, dueDayStart))
      : isNull(consultations.reportReminderSentAt)
    if (!onTheDay && c.reportReminderSentAt) continue
    if (onTheDay && c.reportReminderSentAt && c.reportReminderSentAt >= dueDayStart) continue
    try {
      await db.batch([
        db
          .update(consultations)
          .set({ reportReminderSentAt: now })
          .where(and(eq(consultations.id, c.id), eq(consultations.status, 'published'), claim)),
        requireChanged(db),
      ])
    } catch (e) {
      if (isGuardRefusal(e)) continue
      throw e
    }
    const fresh = (await consultationById(db, c.id))!
    const { missing } = await reportDraft(deps, fresh, tenant)
    await notifyReportDue(deps, tenant, c, dueDate, daysLeft, missing.comments.length + missing.groups.length)
    sent++
  }
  return sent
}
