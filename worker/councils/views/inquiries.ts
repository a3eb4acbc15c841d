import type { BodyKind } from '../domain/bodies'
import { dayOf } from '../domain/dates'
import { inquiryState, type InquiryState } from '../domain/deadlines'
import type { InquiryRow } from '../queries/inquiries'
import type { councilInquiries } from '../tables'

type Inquiry = typeof councilInquiries.$inferSelect

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/**
 * Where an inquiry stands at `now`, by the domain's clock (`inquiryState`): a rada seniorów's 30 days come from the
 * law; another body's from the last day recorded with the inquiry (`dueOn`), turned back into days from delivery so
 * the same rule reads both (a last day is already a working day, so it comes back unchanged).
 */
export function inquiryStatus(row: Pick<Inquiry, 'deliveredAt' | 'dueOn' | 'answeredAt'>, kind: BodyKind, now: Date) {
  const days = row.dueOn ? daysBetween(dayOf(row.deliveredAt), row.dueOn) : null
  return inquiryState({ bodyKind: kind, deliveredAt: row.deliveredAt, days, answeredAt: row.answeredAt }, now)
}

/** An inquiry for the staff's pages: the clock's state, the last day that counts, days left, the answer and who gave it. */
export function staffInquiry(r: InquiryRow, now: Date) {
  const s = inquiryStatus(r.inquiry, r.body.kind, now)
  const i = r.inquiry
  return {
    number: i.number,
    body: { slug: r.body.slug, name: r.body.name, kind: r.body.kind },
    title: i.title,
    text: i.text,
    resolution: i.resolutionId ? { id: i.resolutionId, number: r.resolutionNumber } : null,
    deliveredAt: i.deliveredAt.toISOString(),
    deliveredOn: dayOf(i.deliveredAt),
    dueOn: s.deadline?.lastDay ?? i.dueOn,
    state: s.state as InquiryState,
    daysLeft: s.daysLeft,
    overdue: s.overdue,
    answer: i.answer,
    answerFile: i.answerFileId !== null,
    answeredAt: i.answeredAt?.toISOString() ?? null,
    answeredBy: r.answeredByName,
    reminderSentAt: i.reminderSentAt?.toISOString() ?? null,
    overdueAt: i.overdueAt?.toISOString() ?? null,
  }
}
export type StaffInquiry = ReturnType<typeof staffInquiry>

/**
 * An inquiry as published (the body's page, open data): what was asked, when, the last day, the answer and whether it
 * came late; no staff member's name (the answer is the office's).
 */
export function publicInquiry(i: Inquiry, kind: BodyKind, now: Date) {
  const s = inquiryStatus(i, kind, now)
  return {
    number: i.number,
    title: i.title,
    text: i.text,
    deliveredAt: i.deliveredAt.toISOString(),
    dueOn: s.deadline?.lastDay ?? i.dueOn,
    state: s.state as InquiryState,
    overdue: s.overdue,
    answeredAt: i.answeredAt?.toISOString() ?? null,
    answer: i.answer,
    answerFile: i.answerFileId !== null,
  }
}
export type PublicInquiry = ReturnType<typeof publicInquiry>
