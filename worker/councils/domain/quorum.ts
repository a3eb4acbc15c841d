import { type Statute, totalSeats } from './statute'
import type { Attendance } from './votes'

/**
 * The live quorum of a meeting while staff record attendance: how many members are present and how many the
 * statute's `quorum` needs. The same arithmetic as `tallyResolution` (domain/votes.ts) — at least
 * `numerator/denominator` of the statutory composition (`sklad`) or of the members in office that day (`w_kadencji`)
 * — so the attendance screen says "quorum" exactly when a vote taken at that meeting would count. Pure, shared with
 * the web.
 */
export interface LiveQuorum {
  present: number
  excused: number
  absent: number
  /** Present members needed for a quorum. */
  needed: number
  reached: boolean
}

/**
 * The quorum of a meeting from its attendance (`memberId → attendance` of members in office that day) and the
 * number of members in office that day (the base of a `w_kadencji` quorum).
 */
export function liveQuorum(
  statute: Pick<Statute, 'quorum' | 'seats'>,
  inOffice: number,
  attendance: Readonly<Record<string, Attendance>>,
): LiveQuorum {
  const values = Object.values(attendance)
  const present = values.filter((a) => a === 'obecny').length
  const excused = values.filter((a) => a === 'usprawiedliwiony').length
  const absent = values.filter((a) => a === 'nieobecny').length
  const q = statute.quorum
  const base = q.base === 'sklad' ? totalSeats(statute) : inOffice
  const needed = Math.ceil((base * q.numerator) / q.denominator)
  return { present, excused, absent, needed, reached: present >= needed }
}
