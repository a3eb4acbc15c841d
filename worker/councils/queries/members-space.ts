import type { Db } from '../../core/db/client'
import { dayOf } from '../domain/dates'
import type { CouncilBody } from './bodies-ref'
import type { CouncilMember } from './member-key'
import { inOfficeOn, meetingsOfBody, membersOfBody, openMatters, postCounts } from './members'
import { memberCard, meetingView, type MemberSpaceView, type TopicView } from '../views/members'

/**
 * What a member sees on entering the members' space: their mandate, the members in office today, the meetings, and
 * the topics to discuss (the general one, opinion requests awaiting the body's opinion, resolutions put to the vote)
 * with their posts' counts.
 */
export async function memberSpace(db: Db, body: CouncilBody, me: CouncilMember, now: Date): Promise<MemberSpaceView> {
  const today = dayOf(now)
  const [members, meetings, matters, counts] = await Promise.all([
    membersOfBody(db, body.id),
    meetingsOfBody(db, body.id),
    openMatters(db, body.id),
    postCounts(db, body.id),
  ])
  const topics: TopicView[] = [
    { topic: 'ogolne', kind: 'ogolne', title: 'Dyskusja ogólna', posts: counts.get('ogolne') ?? 0 },
    ...matters.opinions.map((o) => ({
      topic: `opinia:${o.id}`,
      kind: 'opinia' as const,
      number: o.number,
      title: o.title,
      dueOn: o.dueOn,
      posts: counts.get(`opinia:${o.id}`) ?? 0,
    })),
    ...matters.resolutions.map((r) => ({
      topic: `uchwala:${r.id}`,
      kind: 'uchwala' as const,
      id: r.id,
      title: r.title,
      closesAt: r.closesAt?.toISOString() ?? null,
      posts: counts.get(`uchwala:${r.id}`) ?? 0,
    })),
  ]
  return {
    me: { ...memberCard(me), startsOn: me.startsOn, endsOn: me.endsOn },
    body: { slug: body.slug, name: body.name, kind: body.kind },
    members: members.filter((m) => inOfficeOn(m, today)).map(memberCard),
    meetings: meetings.map(meetingView).reverse(),
    topics,
  }
}
