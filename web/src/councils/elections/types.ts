import type { ElectionPhase } from '../../../../worker/councils/domain/elections'
import type { ConstituencyResult, Electorate, LotDraw } from '../../../../worker/councils/tables/elections'

/*
 * The answers of the elections' API as the pages read them (docs/councils.md, the elections' contract): instants as
 * ISO strings, voting days as Warsaw days ('YYYY-MM-DD', both count). The results' shapes are the server's own types.
 */
export type { ConstituencyResult, Electorate, ElectionPhase, LotDraw }

/** A candidate on the ballot of one constituency. */
export interface BallotCandidate {
  id: string
  name: string
  organizationName: string | null
  /** The candidate's own words (public answers only). */
  statement?: string
}

/** A constituency of the election ('' when the whole JST elects together) and its candidates. */
export interface BallotConstituency {
  key: string
  name: string
  seats: number
  candidates: BallotCandidate[]
}

/**
 * `GET /jst/:slug/rady/nabory/:number/wybory`: the election as residents read it (results and lots once published);
 * `GET …/wybory/karta`: the ballot of a voting session, and whether it has voted; the staff's view of the election
 * (`GET /jst/:slug/staff/rady/:body/nabory/:number/wybory`). The server's own shapes, so a change there shows here.
 */
export type { ElectionCard, PublicElection } from '../../../../worker/councils/actions/election-vote'
export type { StaffElection } from '../../../../worker/councils/views/elections'

/** `PUT …/wybory/spis`: how many electors were read, per constituency, and the lines that could not be read. */
export interface ElectorsAnswer {
  electors: number
  perConstituency: Record<string, number>
  rejectedLines: number[]
}
