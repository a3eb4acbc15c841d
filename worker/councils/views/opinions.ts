import type { BodyKind } from '../domain/bodies'
import { opinionSubjectLabels } from '../domain/bodies'
import { opinionPeriod, opinionState, type OpinionState } from '../domain/deadlines'
import type { Tally, VoteOption } from '../domain/votes'
import type { OpinionRequestRow, ResolutionRow } from '../queries/opinions'

/*
 * The JSON shapes of opinion requests and resolutions (the web imports these types): the staff's and the members'
 * view of a request with its clock (last day, days left, whether the law fixes it) and outcome, and a resolution with
 * its named votes and live counts.
 */

/** A resolution as the request's outcome names it. */
export interface ResolutionRef {
  id: string
  number: string | null
  title: string
  text: string
  status: ResolutionRow['status']
  adoptedOn: string | null
  tally: Tally | null
}

export interface OpinionRequestView {
  number: number
  subject: OpinionRequestRow['subject']
  subjectLabel: string
  title: string
  description: string
  consultation: { number: number; title: string } | null
  hasDraftFile: boolean
  deliveredAt: string
  /** The last day that counts (Warsaw day). */
  dueOn: string | null
  days: number | null
  /** Whether the law fixes the period (the RDPP's 14 days), and whether silence waives the right. */
  statutory: boolean
  silenceWaives: boolean
  status: OpinionRequestRow['status']
  /** The clock's reading now (`oczekuje`, `rezygnacja`…), from domain/deadlines.ts. */
  state: OpinionState
  /** Whole days left to the last day inclusive (0 on the last day) while it runs. */
  daysLeft: number | null
  youthOffer: boolean
  closedAt: string | null
  /** The adopted opinion (its resolution), once given. */
  resolution: ResolutionRef | null
  /** The vote open on the request, if any (members' view). */
  openVote: { id: string; title: string } | null
}

export function resolutionRef(r: ResolutionRow): ResolutionRef {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    text: r.text,
    status: r.status,
    adoptedOn: r.adoptedOn,
    tally: r.tally ?? null,
  }
}

/** A request with its clock read at `now`, its consultation (if any), its adopted opinion and open vote. */
export function opinionRequestView(
  r: OpinionRequestRow,
  kind: BodyKind,
  now: Date,
  extra: {
    consultation?: { number: number; title: string } | null
    resolution?: ResolutionRow | null
    openVote?: ResolutionRow | null
  } = {},
): OpinionRequestView {
  const period = opinionPeriod({ bodyKind: kind, subject: r.subject, days: r.days })
  const clock = opinionState(
    {
      bodyKind: kind,
      subject: r.subject,
      deliveredAt: r.deliveredAt,
      days: r.days,
      opinionAt: r.status === 'wydana' ? (r.closedAt ?? null) : null,
    },
    now,
  )
  const state: OpinionState = r.status === 'rezygnacja' || r.status === 'termin_minal' ? r.status : clock.state
  return {
    number: r.number,
    subject: r.subject,
    subjectLabel: opinionSubjectLabels[r.subject],
    title: r.title,
    description: r.description,
    consultation: extra.consultation ?? null,
    hasDraftFile: r.draftFileId !== null,
    deliveredAt: r.deliveredAt.toISOString(),
    dueOn: r.dueOn,
    days: r.days,
    statutory: period?.statutory ?? false,
    silenceWaives: period?.silenceWaives ?? false,
    status: r.status,
    state,
    daysLeft: r.status === 'oczekuje' ? clock.daysLeft : null,
    youthOffer: r.youthOffer,
    closedAt: r.closedAt?.toISOString() ?? null,
    resolution: extra.resolution ? resolutionRef(extra.resolution) : null,
    openVote: extra.openVote ? { id: extra.openVote.id, title: extra.openVote.title } : null,
  }
}

export interface ResolutionView extends ResolutionRef {
  kind: ResolutionRow['kind']
  openedAt: string
  closedAt: string | null
  /** The named votes so far (or as counted), by member name. */
  votes: { memberId: string; name: string; option: VoteOption }[]
  /** Live counts of the votes cast. */
  counts: { za: number; przeciw: number; wstrzymuje_sie: number }
  /** Members in office: the base the quorum is read against where the statute counts them. */
  membersInOffice: number
  request: { number: number; title: string; dueOn: string | null } | null
  /** The caller's own vote, and whether the caller may close the vote (the chair, while it is open). */
  myVote: VoteOption | null
  canClose: boolean
}

/** A resolution with its named votes and live counts, for the member reading it (`me`) or staff (`me` null). */
export function resolutionView(
  r: ResolutionRow,
  votes: { memberId: string; name: string; option: VoteOption }[],
  membersInOffice: number,
  request: OpinionRequestRow | null,
  me: { id: string; role: string } | null,
): ResolutionView {
  const counts = { za: 0, przeciw: 0, wstrzymuje_sie: 0 }
  for (const v of votes) if (v.option in counts) counts[v.option as keyof typeof counts]++
  return {
    ...resolutionRef(r),
    kind: r.kind,
    openedAt: r.openedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    votes: votes.map((v) => ({ memberId: v.memberId, name: v.name, option: v.option })),
    counts,
    membersInOffice,
    request: request ? { number: request.number, title: request.title, dueOn: request.dueOn } : null,
    myVote: me ? (votes.find((v) => v.memberId === me.id)?.option ?? null) : null,
    canClose: r.status === 'glosowanie' && (me === null || me.role === 'przewodniczacy'),
  }
}
