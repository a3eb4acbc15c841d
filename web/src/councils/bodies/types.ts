import type { BodyKind, Representation } from '../../../../worker/councils/domain/bodies'
import type { FillMethod, Majority, Quorum, Statute } from '../../../../worker/councils/domain/statute'

/*
 * The shapes of the bodies' API answers (worker/councils/views/bodies.ts), as the pages read them.
 */

export type { BodyKind, Majority, Quorum, Representation, Statute }
export type BodyStatus = 'tworzona' | 'dziala' | 'zniesiona'

export interface PublicBodyItem {
  slug: string
  name: string
  kind: BodyKind
  kindName: string
  status: BodyStatus
  members: number
}

export interface PublicSeat {
  key: string
  name: string
  seats: number
  represents: Representation
  fill: FillMethod
}

export type VoteOption = 'za' | 'przeciw' | 'wstrzymuje_sie' | 'nie_glosowal'
export type OpinionStatus = 'oczekuje' | 'wydana' | 'rezygnacja' | 'termin_minal' | 'wycofany'

export interface PublicBodyPage {
  body: { slug: string; name: string; kind: BodyKind; kindName: string; description: string; status: BodyStatus }
  statute: {
    version: number
    act: { number: string; date: string }
    termYears: number
    seats: PublicSeat[]
    quorum: Quorum
    majority: Majority
  } | null
  term: { number: number; startsOn: string; endsOn: string } | null
  members: { id: string; name: string; role: string; represents: string; seatCategory: string }[]
  meetings: {
    number: number
    startsAt: string
    place: string
    agenda: string
    minutes: string | null
    attendance: { present: number; excused: number; absent: number }
  }[]
  resolutions: {
    id: string
    number: string | null
    title: string
    kind: string
    adoptedOn: string | null
    tally: { counts: Record<VoteOption, number>; present: number; detail: string } | null
    votes: { member: string; option: VoteOption }[]
  }[]
  opinions: {
    number: number
    title: string
    subject: string
    deliveredAt: string
    dueOn: string | null
    status: OpinionStatus
    resolution: { number: string | null; title: string; text: string } | null
  }[]
  inquiries: {
    number: number
    title: string
    deliveredAt: string
    dueOn: string | null
    answeredAt: string | null
    answer: string | null
    overdue: boolean
  }[]
}

export interface StaffBody {
  id: string
  slug: string
  kind: BodyKind
  kindName: string
  name: string
  description: string
  email: string | null
  status: BodyStatus
}

export interface StaffBodyItem extends StaffBody {
  members: number
  openRequests: number
}

export interface StatuteVersionView {
  version: number
  applies: 'od_razu' | 'od_nastepnej_kadencji'
  validFrom: string
  statute: Statute
  attachment: boolean
  createdAt: string
}

export interface StaffBodyDetail {
  body: StaffBody
  statutes: StatuteVersionView[]
  terms: { number: number; startsOn: string; endsOn: string }[]
  template: Statute
}
