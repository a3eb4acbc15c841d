import { and, eq, isNull, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { hashToken, newSequentialId, randomBytes } from '../../core/ids'
import {
  issueVoteCode,
  limitCodeRequests,
  proveVoteCode,
  voteCodeRequest,
  voterKeyOf,
  type VoteScope,
} from '../../core/voting/codes'
import { dayOf, dayText } from '../domain/dates'
import { electionPhase } from '../domain/elections'
import { checkElectionBallot, electorWho } from '../domain/elections-vote'
import type { SeatCategory, Statute } from '../domain/statute'
import type { ElectionCast } from '../input/election-vote'
import { sendElectionCode } from '../notify/elections'
import type { CouncilBody } from '../queries/bodies-ref'
import { candidatesOfCalls, type CouncilCall } from '../queries/candidates'
import { electionOfCall, type CouncilElection } from '../queries/elections'
import { ballotsOfContact, electionSession, electorConstituency, type ElectionSession } from '../queries/election-vote'
import { councilElectionBallots, councilElections, councilElectionSessions } from '../tables'
import { ballotConstituencies, type BallotConstituency } from '../views/elections'
import { loadCall } from './candidates'
import { NO_ELECTION } from './elections'

/*
 * The voters' side of a council's election, without an account: a one-time code e-mailed by the core
 * (core/voting/codes.ts) opens a session of two hours that casts one ballot. One ballot per person is decided by the
 * database (a unique index on the keyed hash of the folded name and birth date); one e-mail may cast at most three
 * (a household sharing an address), counted inside the same INSERT. The ballot keeps no name, birth date or e-mail,
 * only keyed hashes; the voter gets a receipt. Where the electorate is a list (a school's pupils), the voter must be on
 * it in the constituency they vote in.
 */

type Tenant = { id: string; slug: string; name: string }

/** How long an e-mailed code lasts. */
const CODE_MINUTES = 15
/** Ballots one e-mail may cast in one election: a household sharing an address, not a mailbox voting for a street. */
export const BALLOTS_PER_CONTACT = 3

const noStore = { 'Cache-Control': 'no-store' }

/** An election with what its voters' side reads: the call, body, statute, seat category and the ballot. */
export interface LoadedElection {
  tenant: Tenant
  call: CouncilCall
  body: CouncilBody
  statute: Statute
  category: SeatCategory
  election: CouncilElection
  ballot: BallotConstituency[]
}

/** The election of the JST's call `number` with its ballot, or a Polish 404 before staff announce one. */
export async function loadElection(deps: Pick<Deps, 'db'>, tenant: Tenant, number: number): Promise<LoadedElection> {
  const { call, body, statute } = await loadCall(deps, tenant, number)
  const election = await electionOfCall(deps.db, call.id)
  const category = statute.seats.find((s) => s.key === call.seatCategory)
  if (!election || !category) throw notFound(NO_ELECTION)
  const ballot = ballotConstituencies(statute, category, await candidatesOfCalls(deps.db, [call.id]))
  return { tenant, call, body, statute, category, election, ballot }
}

/** The election as a vote of the core's code-based access. */
const scopeOf = (e: LoadedElection): VoteScope => ({ tenantId: e.tenant.id, module: 'rd', processId: e.election.id })

/** Refuses what only the voting days allow (a code, a session, a ballot), naming the days. */
function requireVoting(election: CouncilElection, now: Date): void {
  if (electionPhase(election, dayOf(now)) !== 'trwa')
    throw new ApiError(
      409,
      `Głosowanie nie trwa: głosować można od ${dayText(election.votingFrom)} do ${dayText(election.votingTo)}.`,
    )
}

/**
 * The election as residents read it: the body, the seat category, the days and rules, the phase and the ballot's
 * candidates; the results and the lots drawn only once published (without who drew). No personal data.
 */
export function publicElectionView(e: LoadedElection, today: string) {
  const { election, body, call, category } = e
  const published = election.publishedAt !== null
  return {
    body: { slug: body.slug, name: body.name, kind: body.kind },
    callNumber: call.number,
    seatCategory: { key: category.key, name: category.name },
    votingFrom: election.votingFrom,
    votingTo: election.votingTo,
    votesPerBallot: election.votesPerBallot,
    electorate: election.electorate,
    voterMinAge: election.voterMinAge,
    voterMaxAge: election.voterMaxAge,
    phase: electionPhase(election, today),
    constituencies: e.ballot,
    results: published ? (election.results ?? null) : null,
    lots: published ? election.lots.map(({ drawnBy: _drawnBy, ...lot }) => lot) : [],
  }
}

export type PublicElection = ReturnType<typeof publicElectionView>

/** The public read of the election of call `number`. */
export async function publicElection(deps: Pick<Deps, 'db' | 'now'>, tenant: Tenant, number: number) {
  return publicElectionView(await loadElection(deps, tenant, number), dayOf(deps.now()))
}

/**
 * Sends a voting code to the e-mail given, on the voting days only: the address is checked and the requests limited
 * per network address and per e-mail before anything is stored; the code is stored as a keyed hash and e-mailed in
 * the JST's name. The answer is the same whether or not that e-mail has voted.
 */
export async function requestElectionCode(
  deps: Deps,
  tenant: Tenant,
  number: number,
  input: { address: string },
): Promise<{ status: 'accepted'; expiresInMinutes: number }> {
  const e = await loadElection(deps, tenant, number)
  requireVoting(e.election, deps.now())
  const scope = scopeOf(e)
  const request = await voteCodeRequest(deps, scope, ['email'], { channel: 'email', address: input.address })
  await limitCodeRequests(deps, request)
  const { expiresInMinutes } = await issueVoteCode(deps, scope, request, CODE_MINUTES, (code) =>
    sendElectionCode(deps, tenant, e.body, { to: request.contact, code, minutes: CODE_MINUTES }),
  )
  return { status: 'accepted', expiresInMinutes }
}

/**
 * Opens a voting session with the e-mailed code (checked, counted and spent by the core, which audits wrong codes as
 * `rd.vote.code-refused` and locks after too many): the token is answered once and stored only hashed.
 */
export async function openElectionSession(
  deps: Deps,
  tenant: Tenant,
  number: number,
  input: { address: string; code: string },
): Promise<{ token: string; expiresAt: string }> {
  const e = await loadElection(deps, tenant, number)
  requireVoting(e.election, deps.now())
  const proved = await proveVoteCode(
    deps,
    scopeOf(e),
    { channel: 'email', address: input.address, code: input.code },
    { entity: 'rd_election', entityId: e.election.id },
  )
  await deps.db.insert(councilElectionSessions).values({
    tokenHash: proved.tokenHash,
    tenantId: tenant.id,
    electionId: e.election.id,
    contactKey: proved.contactKey,
    ballotId: null,
    createdAt: deps.now(),
    expiresAt: proved.expiresAt,
  })
  return { token: proved.token, expiresAt: proved.expiresAt.toISOString() }
}

/** The live session of the token (`Authorization: Bearer …`) in this election, or a Polish 401 not to be stored. */
async function sessionOf(
  deps: Pick<Deps, 'db' | 'now'>,
  e: LoadedElection,
  token: string | undefined,
): Promise<ElectionSession> {
  if (!token)
    throw new ApiError(401, 'Najpierw wpisz kod z e-maila, aby otworzyć kartę do głosowania w wyborach.', {
      headers: noStore,
    })
  const session = await electionSession(deps.db, e.election.id, await hashToken(token), deps.now())
  if (!session)
    throw new ApiError(401, 'Sesja głosowania wygasła albo jest nieważna. Poproś o nowy kod.', { headers: noStore })
  return session
}

/**
 * The ballot of a session: the constituencies with their candidates, the rules the form applies, and whether this
 * session has cast its ballot (with the receipt).
 */
export async function electionCard(deps: Pick<Deps, 'db' | 'now'>, tenant: Tenant, number: number, token?: string) {
  const e = await loadElection(deps, tenant, number)
  const session = await sessionOf(deps, e, token)
  const { election } = e
  return {
    constituencies: e.ballot,
    votesPerBallot: election.votesPerBallot,
    electorate: election.electorate,
    voterMinAge: election.voterMinAge,
    voterMaxAge: election.voterMaxAge,
    cast: session.ballotId !== null,
    receipt: session.receipt,
  }
}

/** The ballot of a session as the voting form reads it. */
export type ElectionCard = Awaited<ReturnType<typeof electionCard>>

const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A receipt the voter can read out: 10 characters of Crockford's base32 (50 random bits), no I, L, O or U. */
function receiptCode(): string {
  return Array.from(randomBytes(10), (b) => RECEIPT_ALPHABET[b & 31]).join('')
}

const uniqueFailed = (error: unknown, columns: string) =>
  (String(error) + String((error as { cause?: unknown }).cause)).includes(`UNIQUE constraint failed: ${columns}`)

/** What a cast answers: the receipt, marked `repeated` when the session had cast already (nothing stored then). */
export type CastAnswer = { receipt: string } | { receipt: string; repeated: true }

/**
 * Casts the session's ballot. A repeat from a session that has cast (a double click, a retry, another person at the
 * same screen) stores nothing and answers the first receipt. The ballot is checked by the domain's
 * `checkElectionBallot` on the Warsaw day of the vote and, for a list electorate, against the list of the chosen
 * constituency. One batch then marks the session (only if it holds no ballot), inserts the ballot only while its
 * e-mail has cast fewer than three and the election is not counted yet (a ballot sent in the last second of the last
 * day cannot land after the count), and writes the audit row naming the constituency alone; the unique index on the
 * person's keyed hash refuses a second ballot of the same person, however many arrive at once.
 */
export async function castElectionBallot(
  deps: Deps,
  tenant: Tenant,
  number: number,
  token: string | undefined,
  input: ElectionCast,
): Promise<CastAnswer> {
  const e = await loadElection(deps, tenant, number)
  const session = await sessionOf(deps, e, token)
  if (session.receipt) return { receipt: session.receipt, repeated: true }
  requireVoting(e.election, deps.now())
  const { election } = e
  const errors = checkElectionBallot(election, e.ballot, input, dayOf(deps.now()))
  if (errors.length) throw new ApiError(400, errors[0]!.detail, { errors })
  const personKey = await voterKeyOf(
    deps,
    { processId: election.id },
    electorWho(`${input.firstName} ${input.lastName}`, input.birthDate),
  )
  if (
    election.electorate === 'spis' &&
    (await electorConstituency(deps.db, election.id, personKey)) !== input.constituency
  ) {
    const name = e.ballot.find((c) => c.key === input.constituency)!.name
    const detail = `Nie ma Cię w spisie wyborców okręgu ${name}: sprawdź imię, nazwisko i datę urodzenia albo zapytaj szkołę/urząd.`
    throw new ApiError(400, detail, { errors: [{ field: 'lastName', detail }] })
  }
  const { db } = deps
  const conflict = new ApiError(409, 'Głos z tej sesji nie został zapisany. Odśwież kartę.')
  for (let attempt = 0; ; attempt++) {
    const id = newSequentialId()
    const receipt = receiptCode()
    const now = deps.now()
    try {
      await guardedBatch(
        db,
        [
          db
            .update(councilElectionSessions)
            .set({ ballotId: id })
            .where(
              and(eq(councilElectionSessions.tokenHash, session.tokenHash), isNull(councilElectionSessions.ballotId)),
            ),
          requireChanged(db),
          db.run(sql`INSERT INTO ${councilElectionBallots}
              (id, tenant_id, election_id, constituency, choices, person_key, contact_key, receipt, cast_at)
            SELECT ${id}, ${tenant.id}, ${election.id}, ${input.constituency}, ${JSON.stringify(input.choices)},
                   ${personKey}, ${session.contactKey}, ${receipt}, ${now.getTime()}
            WHERE (SELECT count(*) FROM ${councilElectionBallots}
                   WHERE election_id = ${election.id} AND contact_key = ${session.contactKey}) < ${BALLOTS_PER_CONTACT}
              AND (SELECT counted_at FROM ${councilElections} WHERE id = ${election.id}) IS NULL`),
          requireChanged(db),
          auditInsert(
            deps,
            {
              tenantId: tenant.id,
              action: 'rd.election.cast',
              entity: 'rd_election',
              entityId: election.id,
              after: { constituency: input.constituency },
            },
            null,
          ),
        ],
        () => conflict,
      )
      return { receipt }
    } catch (error) {
      if (error === conflict) {
        const fresh = await electionSession(db, election.id, session.tokenHash, deps.now())
        if (fresh?.receipt) return { receipt: fresh.receipt, repeated: true }
        if ((await ballotsOfContact(db, election.id, session.contactKey)) >= BALLOTS_PER_CONTACT)
          throw new ApiError(
            409,
            `Z tego adresu e-mail oddano już ${BALLOTS_PER_CONTACT} głosy w tych wyborach: kolejna osoba potrzebuje własnego adresu.`,
          )
        throw conflict
      }
      if (uniqueFailed(error, 'rd_election_ballots.election_id, rd_election_ballots.person_key'))
        throw new ApiError(409, 'Głos tej osoby w tych wyborach został już oddany.')
      if (attempt < 2 && uniqueFailed(error, 'rd_election_ballots.receipt')) continue
      throw error
    }
  }
}
