import type { FieldError } from '../../core/http/problem'
import { type Majority, type Statute, totalSeats } from './statute'

/**
 * A body's resolution vote, computed from the statute rather than typed in: whether enough members are present
 * (quorum), whether the votes for reach the statute's majority, with every member's named vote on record (the
 * published list shows who voted how). And the absences rule: who has missed enough meetings in a row without an
 * excuse to be flagged (for an RDPP member, removal by the executive: upp art. 41g). Pure, so the live vote screen
 * and the minutes show the result the server stores.
 */

/** A member's vote: for, against, abstaining, or present without voting. */
export const voteOptions = ['za', 'przeciw', 'wstrzymuje_sie', 'nie_glosowal'] as const
export type VoteOption = (typeof voteOptions)[number]

export const voteLabels: Record<VoteOption, string> = {
  za: 'za',
  przeciw: 'przeciw',
  wstrzymuje_sie: 'wstrzymuje się',
  nie_glosowal: 'nie głosował',
}

/** A member of the body on the day of the vote. */
export interface Member {
  id: string
  name: string
  /** Whether the member holds a mandate on the day (not yet removed, term not over). */
  inOffice: boolean
  /** Whether the member chairs the meeting (for the chair's deciding vote). */
  chair: boolean
}

/** A present member's named vote; members with no entry were absent. */
export interface MemberVote {
  memberId: string
  option: VoteOption
}

export type Outcome = 'przyjeta' | 'odrzucona' | 'brak_kworum'

/** The count of a resolution vote, with the numbers the minutes print and the reason in Polish. */
export interface Tally {
  outcome: Outcome
  adopted: boolean
  counts: Record<VoteOption, number>
  present: number
  /** Present members needed for a quorum. */
  quorum: number
  /** Votes for needed to adopt (for a simple majority: more than the votes against). */
  needed: number
  /** Whether the chair's vote decided a tie. */
  chairDecided: boolean
  /** Why the resolution was or was not adopted, naming the numbers. */
  detail: string
}

/** The members a fraction is taken of: the statutory composition, or those in office on the day. */
function baseOf(statute: Statute, members: readonly Member[], base: 'sklad' | 'w_kadencji'): number {
  return base === 'sklad' ? totalSeats(statute) : members.filter((m) => m.inOffice).length
}

/** The smallest whole number strictly greater than `n × num / den`, e.g. more than half of 9 → 5, of 10 → 6. */
const moreThan = (n: number, num: number, den: number) => Math.floor((n * num) / den) + 1
/** The smallest whole number at least `n × num / den`, e.g. two thirds of 10 → 7. */
const atLeast = (n: number, num: number, den: number) => Math.ceil((n * num) / den)

/**
 * The problems that make a vote record unusable (a vote of someone not a member or not in office, two votes of one
 * member); `tallyResolution` refuses to count such a record.
 */
export function checkVotes(members: readonly Member[], votes: readonly MemberVote[]): FieldError[] {
  const errors: FieldError[] = []
  const seen = new Set<string>()
  votes.forEach((v, i) => {
    const member = members.find((m) => m.id === v.memberId)
    if (!member || !member.inOffice)
      errors.push({ field: `votes.${i}`, detail: 'Głosować może tylko członek rady w trakcie kadencji.' })
    else if (seen.has(v.memberId)) errors.push({ field: `votes.${i}`, detail: 'Ten członek już głosował.' })
    else if (!(voteOptions as readonly string[]).includes(v.option))
      errors.push({ field: `votes.${i}`, detail: 'Nieznany rodzaj głosu.' })
    seen.add(v.memberId)
  })
  return errors
}

/** The votes for a majority needs, given the counts; for a simple majority, more than the votes against. */
function votesNeeded(majority: Majority, counts: Record<VoteOption, number>, present: number, composition: number) {
  if (majority.kind === 'zwykla') return counts.przeciw + 1
  const cast = counts.za + counts.przeciw + counts.wstrzymuje_sie
  const base = majority.base === 'oddane' ? cast : majority.base === 'obecni' ? present : composition
  return majority.kind === 'bezwzgledna'
    ? moreThan(base, 1, 2)
    : atLeast(base, majority.numerator, majority.denominator)
}

/**
 * Counts a resolution vote under the statute. Quorum: present members (those with a vote entry, "nie głosował"
 * included) at least the statute's fraction of its base. Majority: simple (more for than against; abstentions do
 * not count), absolute (more than half of the base) or qualified (at least the fraction of the base). With
 * `chairDecidesTie`, a tie of for and against under a simple majority goes the way the chair voted. Throws on a
 * record `checkVotes` refuses: a count of a broken record must not reach the minutes.
 */
export function tallyResolution(statute: Statute, members: readonly Member[], votes: readonly MemberVote[]): Tally {
  const problems = checkVotes(members, votes)
  if (problems.length) throw new Error(problems.map((p) => p.detail).join(' '))
  const counts: Record<VoteOption, number> = { za: 0, przeciw: 0, wstrzymuje_sie: 0, nie_glosowal: 0 }
  for (const v of votes) counts[v.option]++
  const present = votes.length
  const q = statute.quorum
  const quorum = atLeast(baseOf(statute, members, q.base), q.numerator, q.denominator)
  const composition = totalSeats(statute)
  const needed = votesNeeded(statute.majority, counts, present, composition)
  const base = { counts, present, quorum, needed, chairDecided: false }
  if (present < quorum)
    return {
      ...base,
      outcome: 'brak_kworum',
      adopted: false,
      detail: `Brak kworum: liczba obecnych członków ${present}, a wymagana co najmniej ${quorum}. Uchwały nie podjęto.`,
    }
  if (counts.za >= needed)
    return {
      ...base,
      outcome: 'przyjeta',
      adopted: true,
      detail: `Uchwałę podjęto: za ${counts.za}, przeciw ${counts.przeciw}, wstrzymało się ${counts.wstrzymuje_sie} (potrzeba co najmniej ${needed} głosów za).`,
    }
  if (statute.majority.kind === 'zwykla' && statute.chairDecidesTie && counts.za > 0 && counts.za === counts.przeciw) {
    const chair = members.find((m) => m.chair)
    const chairVote = chair && votes.find((v) => v.memberId === chair.id)?.option
    if (chairVote === 'za' || chairVote === 'przeciw') {
      const adopted = chairVote === 'za'
      return {
        ...base,
        outcome: adopted ? 'przyjeta' : 'odrzucona',
        adopted,
        chairDecided: true,
        detail: adopted
          ? `Równa liczba głosów za i przeciw (${counts.za}): rozstrzygnął głos przewodniczącego, uchwałę podjęto.`
          : `Równa liczba głosów za i przeciw (${counts.za}): rozstrzygnął głos przewodniczącego, uchwały nie podjęto.`,
      }
    }
  }
  return {
    ...base,
    outcome: 'odrzucona',
    adopted: false,
    detail: `Uchwały nie podjęto: za ${counts.za}, przeciw ${counts.przeciw}, wstrzymało się ${counts.wstrzymuje_sie}, a potrzeba co najmniej ${needed} głosów za.`,
  }
}

/** A member's attendance at one meeting. */
export type Attendance = 'obecny' | 'usprawiedliwiony' | 'nieobecny'

/** One meeting in a body's history, in date order, with the attendance of each member in office that day. */
export interface MeetingAttendance {
  meetingId: string
  day: string
  /** Member id → attendance; a member missing here was not in office at that meeting and is skipped. */
  attendance: Readonly<Record<string, Attendance>>
}

/** A member flagged by the absences rule, with the meetings of the run that reached it. */
export interface AbsenceFlag {
  memberId: string
  meetings: string[]
  since: string
}

/**
 * The members whose latest run of consecutive unexcused absences has reached `rule.consecutiveUnexcused` (RDPP: 3,
 * upp art. 41g — the executive then removes the member). An excused absence or a presence ends a run; meetings
 * before a member took office do not interrupt it. Meetings are ordered by day here, whatever order they come in.
 */
export function absenceFlags(
  history: readonly MeetingAttendance[],
  rule: { consecutiveUnexcused: number },
): AbsenceFlag[] {
  const ordered = [...history].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
  const runs = new Map<string, MeetingAttendance[]>()
  for (const meeting of ordered)
    for (const [memberId, attendance] of Object.entries(meeting.attendance)) {
      const run = runs.get(memberId) ?? []
      runs.set(memberId, attendance === 'nieobecny' ? [...run, meeting] : [])
    }
  const flags: AbsenceFlag[] = []
  for (const [memberId, run] of runs)
    if (run.length >= rule.consecutiveUnexcused && run.length > 0)
      flags.push({ memberId, meetings: run.map((m) => m.meetingId), since: run[0]!.day })
  return flags.sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
}
