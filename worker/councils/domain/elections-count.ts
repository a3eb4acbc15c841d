import type { ConstituencyResult } from '../tables/elections'
import type { ElectionConstituency } from './elections'

/*
 * The count of an election by electors, pure so staff, the public page and a recount by anyone give the same numbers:
 * in each constituency the candidates with the most votes take its seats (a plurality of the ballots' marks, as
 * statutes of youth councils and rady seniorów describe it); a tie across the last seat is left to a lot that staff
 * draw and record, never broken by the order of names.
 */

/** A candidate on the ballot: `constituency` is the statute's key, or null when the whole category elects together. */
export interface CountedCandidate {
  id: string
  name: string
  constituency: string | null
}

/** A cast ballot: its constituency and the candidates it marks. */
export interface CountedBallot {
  constituency: string
  choices: readonly string[]
}

const collator = new Intl.Collator('pl', { sensitivity: 'base' })

/** Whether `candidate` stands in `constituency`: with key '' (the whole JST) every candidate of the call does. */
export const standsIn = (candidate: Pick<CountedCandidate, 'constituency'>, constituency: string) =>
  constituency === '' || candidate.constituency === constituency

/**
 * The results per constituency, in the constituencies' order. Every candidate standing there is listed (0 votes
 * included), by votes, then by name in Polish order. A ballot counts once towards its constituency's `ballots`; its
 * marks count only for candidates of that constituency, each at most once. `elected` are the candidates whose votes
 * are strictly above those of the first one without a seat (the `seats + 1`-th); when several candidates share the
 * vote count at the last seats, `tie` names all of them and how many seats are left for the lot. Nobody is elected
 * with 0 votes, so with fewer candidates (or votes) than seats, seats stay empty rather than being drawn.
 */
export function countElection(
  constituencies: readonly ElectionConstituency[],
  candidates: readonly CountedCandidate[],
  ballots: readonly CountedBallot[],
): ConstituencyResult[] {
  return constituencies.map((c) => {
    const standing = candidates.filter((x) => standsIn(x, c.key))
    const votes = new Map(standing.map((x) => [x.id, 0]))
    let cast = 0
    for (const ballot of ballots) {
      if (ballot.constituency !== c.key) continue
      cast++
      for (const id of new Set(ballot.choices)) if (votes.has(id)) votes.set(id, votes.get(id)! + 1)
    }
    const listed = standing
      .map((x) => ({ id: x.id, name: x.name, votes: votes.get(x.id)! }))
      .sort((a, b) => b.votes - a.votes || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const threshold = listed[c.seats]?.votes ?? 0
    const elected = listed.filter((x) => x.votes > threshold).map((x) => x.id)
    const left = c.seats - elected.length
    const tied = threshold > 0 && left > 0 ? listed.filter((x) => x.votes === threshold).map((x) => x.id) : []
    return {
      constituency: c.key,
      seats: c.seats,
      ballots: cast,
      candidates: listed,
      elected,
      tie: tied.length ? { candidateIds: tied, seats: left } : null,
    }
  })
}

/**
 * Why a lot's `elected` does not settle the constituency's tie, or null when it does: it must name exactly the tie's
 * seats, each a different candidate of the tie.
 */
export function lotRefusal(result: Pick<ConstituencyResult, 'tie'>, elected: readonly string[]): string | null {
  const tie = result.tie
  if (!tie) return 'W tym okręgu nie ma remisu do rozstrzygnięcia losowaniem.'
  if (new Set(elected).size !== elected.length) return 'Każdego kandydata wskaż tylko raz.'
  if (elected.some((id) => !tie.candidateIds.includes(id)))
    return 'Wylosować można tylko kandydatów, którzy mają równą liczbę głosów.'
  if (elected.length !== tie.seats)
    return tie.seats === 1
      ? 'Losowanie rozstrzyga o 1 miejscu: wskaż jednego kandydata.'
      : `Losowanie rozstrzyga o ${tie.seats} miejscach: wskaż tylu kandydatów.`
  return null
}

/**
 * The result after the lot: the drawn candidates join `elected` (in the order of the list), the tie is gone. Throws
 * when the draw does not settle the tie (`lotRefusal`), so a broken draw is never stored.
 */
export function applyLot(result: ConstituencyResult, draw: { elected: readonly string[] }): ConstituencyResult {
  const refusal = lotRefusal(result, draw.elected)
  if (refusal) throw new Error(refusal)
  const won = new Set([...result.elected, ...draw.elected])
  return {
    ...result,
    elected: result.candidates.filter((x) => won.has(x.id)).map((x) => x.id),
    tie: null,
  }
}

/** Every elected candidate once no tie is left, or null while a lot is still to be drawn (or before the count). */
export function electionWinners(results: readonly ConstituencyResult[] | null): string[] | null {
  if (!results || results.some((r) => r.tie)) return null
  return results.flatMap((r) => r.elected)
}
