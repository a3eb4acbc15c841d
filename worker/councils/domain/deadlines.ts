import { type BodyKind, bodyLaws, type OpinionSubject } from './bodies'
import { type Deadline, dayOf, deadlineInDays } from './dates'

/**
 * The clocks that run against a body and for it. An opinion request: the RDPP has 14 days from delivery for the
 * draft programme of cooperation and the draft development strategy, and silence waives its right to an opinion
 * ("rezygnacja z prawa do wyrażenia opinii", upp art. 41i); other drafts and other bodies get the days the request
 * or the statute names. An inquiry of a rada seniorów (its questions and requests, adopted as a resolution): the
 * wójt answers within 30 days (usg art. 5c ust. 3a). Days count from the day after delivery and a last day on a
 * Saturday or holiday moves to the next working day (`deadlineInDays`).
 */

/** An opinion request as recorded: to which body, about what, delivered when, answered when. */
export interface OpinionRequest {
  bodyKind: BodyKind
  subject: OpinionSubject
  deliveredAt: Date
  /** Days set by the request (or the statute's `opinionDays`) where the law sets none. */
  days: number | null
  /** When the body's opinion (its resolution) was delivered back; null while none. */
  opinionAt: Date | null
}

/** The period for an opinion: the law's days where it sets them, else the request's. */
export interface OpinionPeriod {
  days: number
  /** Whether the law fixes the period (the RDPP's 14 days), so the request cannot shorten or extend it. */
  statutory: boolean
  /** Whether the period passing without an opinion waives the right to give one. */
  silenceWaives: boolean
}

/** The period that applies to `request`, or null when neither the law nor the request sets one. */
export function opinionPeriod(request: Pick<OpinionRequest, 'bodyKind' | 'subject' | 'days'>): OpinionPeriod | null {
  const law = bodyLaws[request.bodyKind].statutoryOpinion
  if (law && law.on.includes(request.subject))
    return { days: law.days, statutory: true, silenceWaives: law.silenceWaives }
  if (request.days === null) return null
  return { days: request.days, statutory: false, silenceWaives: law?.silenceWaives ?? false }
}

/**
 * Where a request stands at `now`. `oczekuje`: running; `wydana`: opinion given in time; `wydana_po_terminie`: given
 * after the deadline (on record, but without the law's effect where silence waives); `rezygnacja`: the period
 * passed without an opinion and the law reads that as a waiver; `termin_minal`: passed without one elsewhere;
 * `bez_terminu`: no period set.
 */
export type OpinionState = 'oczekuje' | 'wydana' | 'wydana_po_terminie' | 'rezygnacja' | 'termin_minal' | 'bez_terminu'

export interface OpinionStatus {
  state: OpinionState
  deadline: Deadline | null
  period: OpinionPeriod | null
  /** Whole days left to the last day inclusive (0 on the last day), while running. */
  daysLeft: number | null
}

const daysBetweenDays = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/**
 * The state of an opinion request at `now`, with its last day and the days left. The RDPP's 14 days on the
 * programme and strategy and their waiver come from the law (`bodies.ts`); other periods come from the request.
 */
export function opinionState(request: OpinionRequest, now: Date): OpinionStatus {
  const period = opinionPeriod(request)
  if (!period) {
    return { state: request.opinionAt ? 'wydana' : 'bez_terminu', deadline: null, period: null, daysLeft: null }
  }
  const deadline = deadlineInDays(dayOf(request.deliveredAt), period.days)
  if (request.opinionAt) {
    const late = request.opinionAt.getTime() >= deadline.dueAt.getTime()
    return { state: late ? 'wydana_po_terminie' : 'wydana', deadline, period, daysLeft: null }
  }
  if (now.getTime() >= deadline.dueAt.getTime())
    return { state: period.silenceWaives ? 'rezygnacja' : 'termin_minal', deadline, period, daysLeft: null }
  return { state: 'oczekuje', deadline, period, daysLeft: daysBetweenDays(dayOf(now), deadline.lastDay) }
}

/** A question or request of a body to the executive, and its answer. */
export interface Inquiry {
  bodyKind: BodyKind
  deliveredAt: Date
  /** Days to answer where the law sets none (the statute's or the JST's own rule). */
  days: number | null
  answeredAt: Date | null
}

export type InquiryState = 'oczekuje' | 'odpowiedziano' | 'odpowiedziano_po_terminie' | 'po_terminie' | 'bez_terminu'

export interface InquiryStatus {
  state: InquiryState
  deadline: Deadline | null
  /** Whether the answer is overdue at `now` (no answer after the last day): the case for escalation. */
  overdue: boolean
  daysLeft: number | null
}

/**
 * Where an inquiry stands at `now`: the wójt answers a rada seniorów within 30 days of delivery (usg art. 5c
 * ust. 3a); other bodies' inquiries run on the days recorded with them, or on none.
 */
export function inquiryState(inquiry: Inquiry, now: Date): InquiryStatus {
  const days = bodyLaws[inquiry.bodyKind].inquiryAnswerDays ?? inquiry.days
  if (days === null)
    return {
      state: inquiry.answeredAt ? 'odpowiedziano' : 'bez_terminu',
      deadline: null,
      overdue: false,
      daysLeft: null,
    }
  const deadline = deadlineInDays(dayOf(inquiry.deliveredAt), days)
  if (inquiry.answeredAt) {
    const late = inquiry.answeredAt.getTime() >= deadline.dueAt.getTime()
    return { state: late ? 'odpowiedziano_po_terminie' : 'odpowiedziano', deadline, overdue: false, daysLeft: null }
  }
  if (now.getTime() >= deadline.dueAt.getTime())
    return { state: 'po_terminie', deadline, overdue: true, daysLeft: null }
  return { state: 'oczekuje', deadline, overdue: false, daysLeft: daysBetweenDays(dayOf(now), deadline.lastDay) }
}
