import { and, eq } from 'drizzle-orm'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { addDays, dayOf } from '../../../worker/councils/domain/dates'
import {
  councilCalls,
  councilCandidates,
  councilElectionBallots,
  councilElections,
} from '../../../worker/councils/tables'
import type { Agent, TestApp } from '../../support/api'
import type { SeededBody } from '../../support/councils'
import { callDays, json, pastDeadline, staffOf } from './candidates-helpers'

/*
 * Helpers of the elections' staff tests. The call and its published list come through the calls' API; the verified
 * candidacies and the cast ballots are written straight to the database, so these tests depend neither on the
 * candidates' registration (support lists, guardians) nor on the residents' voting (tested on its own). Days of an
 * election are moved by rewriting its row, as the candidates' tests move a call's deadline.
 */

export interface StaffElection {
  id: string
  callNumber: number
  seatCategory: string
  votingFrom: string
  votingTo: string
  votesPerBallot: number
  electorate: string
  voterMinAge: number | null
  voterMaxAge: number | null
  phase: string
  constituencies: {
    key: string
    name: string
    seats: number
    candidates: { id: string; name: string; organizationName: string | null }[]
  }[]
  electors: number
  ballots: number
  results:
    | {
        constituency: string
        seats: number
        ballots: number
        candidates: { id: string; name: string; votes: number }[]
        elected: string[]
        tie: { candidateIds: string[]; seats: number } | null
      }[]
    | null
  lots: {
    constituency: string
    candidateIds: string[]
    elected: string[]
    drawnBy: string
    drawnAt: string
    note: string
  }[]
  winners: string[]
  countedAt: string | null
  publishedAt: string | null
}

export const electionPath = (body: SeededBody, number: number) => `${staffOf(body.slug)}/nabory/${number}/wybory`

/** Voting days starting `from` days from today and lasting `days`. */
export function votingDays(from = 1, days = 7) {
  const first = addDays(dayOf(new Date()), from)
  return { votingFrom: first, votingTo: addDays(first, days - 1) }
}

/**
 * A call for `seatCategory` opened through the API with candidacies written as verified (name and constituency each),
 * optionally with its list published (the deadline moved to yesterday, then the API's publication).
 */
export async function callWithCandidates(
  t: TestApp,
  staff: Agent,
  body: SeededBody,
  seatCategory: string,
  candidates: { name: string; constituency?: string | null; status?: 'zweryfikowany' | 'odrzucony' | 'wycofany' }[],
  options: { publish?: boolean } = {},
) {
  const call = await json<{ number: number }>(
    staff.post(`${staffOf(body.slug)}/nabory`, { seatCategory, title: 'Wybory do rady', ...callDays() }),
    201,
  )
  const [row] = await t.db
    .select({ id: councilCalls.id })
    .from(councilCalls)
    .where(and(eq(councilCalls.tenantId, body.tenantId), eq(councilCalls.number, call.number)))
  const ids: Record<string, string> = {}
  for (const c of candidates) {
    const id = newId()
    ids[c.name] = id
    await t.db.insert(councilCandidates).values({
      id,
      tenantId: body.tenantId,
      callId: row!.id,
      name: c.name,
      email: null,
      birthDate: null,
      resident: true,
      constituency: c.constituency ?? null,
      school: c.constituency ?? null,
      statement: `Program: ${c.name}`,
      nominatedBy: 'sam',
      status: c.status ?? 'zweryfikowany',
      keyHash: await hashToken(newToken()),
      verifiedAt: new Date(),
      createdAt: new Date(),
    })
  }
  if (options.publish !== false) {
    await pastDeadline(t, call.number)
    await json(staff.post(`${staffOf(body.slug)}/nabory/${call.number}/lista`), 200)
  }
  return { number: call.number, callId: row!.id, ids }
}

/** `n` ballots cast in `constituency` for `choices`, written as the residents' voting would store them. */
export async function castBallots(
  t: TestApp,
  body: SeededBody,
  electionId: string,
  constituency: string,
  choices: string[],
  n = 1,
) {
  for (let i = 0; i < n; i++)
    await t.db.insert(councilElectionBallots).values({
      id: newId(),
      tenantId: body.tenantId,
      electionId,
      constituency,
      choices,
      personKey: `osoba-${newId()}`,
      contactKey: `kontakt-${newId()}`,
      receipt: newId(),
      castAt: new Date(),
    })
}

/** Moves the election's voting days (as if they had come or passed). */
export async function setVotingDays(t: TestApp, electionId: string, votingFrom: string, votingTo: string) {
  await t.db.update(councilElections).set({ votingFrom, votingTo }).where(eq(councilElections.id, electionId))
}

/** Voting that ended yesterday after a week. */
export const pastVoting = () => {
  const yesterday = addDays(dayOf(new Date()), -1)
  return [addDays(yesterday, -6), yesterday] as const
}
