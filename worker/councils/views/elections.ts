import { constituenciesOf, electionPhase } from '../domain/elections'
import { electionWinners, standsIn } from '../domain/elections-count'
import type { SeatCategory, Statute } from '../domain/statute'
import type { CouncilCall, CouncilCandidate } from '../queries/candidates'
import type { CouncilElection } from '../queries/elections'
import type { CandidateStatus } from '../tables'

/*
 * The JSON shapes of an election by electors. The ballot (constituencies with their verified candidates) is shared by
 * the staff's view and the residents' pages and ballot, so everybody sees the same candidates in the same order;
 * staff additionally see how many electors are on the list and how many ballots came in.
 */

/** The candidacies on the ballot: verified ones (and, after the appointment, the chosen). */
export const ON_BALLOT: readonly CandidateStatus[] = ['zweryfikowany', 'wybrany']

const collator = new Intl.Collator('pl', { sensitivity: 'base' })

/** A constituency of the ballot with its candidates, in Polish alphabetical order (the usual order of a ballot). */
export interface BallotConstituency {
  key: string
  name: string
  seats: number
  candidates: { id: string; name: string; organizationName: string | null; statement: string }[]
}

/**
 * The ballot of the call's seat category: each constituency (key '' when the whole JST elects together) with the
 * verified candidates standing there.
 */
export function ballotConstituencies(
  statute: Pick<Statute, 'constituencies'>,
  category: SeatCategory,
  candidates: readonly CouncilCandidate[],
): BallotConstituency[] {
  const onBallot = candidates
    .filter((c) => ON_BALLOT.includes(c.status))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
  return constituenciesOf(statute, category).map((o) => ({
    key: o.key,
    name: o.name,
    seats: o.seats,
    candidates: onBallot
      .filter((c) => standsIn(c, o.key))
      .map((c) => ({ id: c.id, name: c.name, organizationName: c.organizationName, statement: c.statement })),
  }))
}

/** The election as staff run it: the settings, the ballot, the list's size, the ballots so far, the count and lots. */
export function staffElection(
  election: CouncilElection,
  call: Pick<CouncilCall, 'number' | 'seatCategory'>,
  ballot: readonly BallotConstituency[],
  counts: { electors: number; ballots: number },
  today: string,
) {
  return {
    id: election.id,
    callNumber: call.number,
    seatCategory: call.seatCategory,
    votingFrom: election.votingFrom,
    votingTo: election.votingTo,
    votesPerBallot: election.votesPerBallot,
    electorate: election.electorate,
    voterMinAge: election.voterMinAge,
    voterMaxAge: election.voterMaxAge,
    phase: electionPhase(election, today),
    constituencies: ballot.map((o) => ({
      key: o.key,
      name: o.name,
      seats: o.seats,
      candidates: o.candidates.map((c) => ({ id: c.id, name: c.name, organizationName: c.organizationName })),
    })),
    electors: counts.electors,
    ballots: counts.ballots,
    results: election.results ?? null,
    lots: election.lots,
    winners: electionWinners(election.results ?? null) ?? [],
    countedAt: election.countedAt?.toISOString() ?? null,
    publishedAt: election.publishedAt?.toISOString() ?? null,
  }
}

export type StaffElection = ReturnType<typeof staffElection>
