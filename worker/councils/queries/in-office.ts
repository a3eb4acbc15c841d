import { and, gte, isNull, lte, or } from 'drizzle-orm'
import { councilMembers } from '../tables'

/**
 * Whether a member holds the mandate on `day`: from the first day to the last, both inclusive (Warsaw days); no last
 * day runs on. One rule for the members' space, the sign-in key, seat counts, votes and the public page, kept here in
 * its two forms (a row already read, and a condition of a query) so they cannot drift apart.
 */
export const inOfficeOn = (m: { startsOn: string; endsOn: string | null }, day: string): boolean =>
  m.startsOn <= day && (m.endsOn === null || m.endsOn >= day)

/** `inOfficeOn` as a condition on `rd_members`, for the queries that count or list the members in office. */
export const inOfficeWhere = (day: string) =>
  and(lte(councilMembers.startsOn, day), or(isNull(councilMembers.endsOn), gte(councilMembers.endsOn, day)))
