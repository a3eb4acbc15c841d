import type { TickContext } from '../core/module'
import { eraseCommentPersonalData } from './actions/comments-staff'
import { eraseMeetingSignups } from './actions/meetings'
import { closeEndedConsultations, remindReportDeadlines } from './actions/report'
import { purgeUnconfirmed } from './actions/subscriptions'

/**
 * The consultations' scheduled work, every minute on Node and from the Worker's cron (each step idempotent, so a
 * missed or doubled minute changes nothing): closing consultations whose last day is over and the report-deadline
 * reminders (both e-mail the organisers through the core's mailer, links from `config.appUrl`), then the erasure of
 * comments' and meeting sign-ups' personal data that is due, and of subscriptions never confirmed.
 */
export async function consultationTick({ services, config, now }: TickContext): Promise<void> {
  const { db } = services
  const mailing = { db, mailer: services.mailer, appUrl: config.appUrl }
  try {
    await closeEndedConsultations(mailing, now)
    await remindReportDeadlines(mailing, now)
  } catch (error) {
    // The erasure must not wait on a failed notice; the next tick retries what was not claimed.
    console.error('konsultacje: zamknięcie i przypomnienia o raporcie', error)
  }
  await eraseCommentPersonalData(db, now)
  await eraseMeetingSignups(db, now)
  await purgeUnconfirmed({ db }, now)
}
