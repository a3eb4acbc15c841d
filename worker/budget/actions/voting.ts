import { eq } from 'drizzle-orm'
import type * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { memo } from '../../core/cache'
import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { ApiError } from '../../core/http/problem'
import { hashToken, newToken } from '../../core/ids'
import { isValidPesel } from '../../core/identity/pesel'
import { normalizeAddress, normalizeText } from '../../core/identity/person'
import {
  issueVoteCode as issueCode,
  limitCodeRequests,
  proveVoteCode,
  voteCodeRequest as checkContact,
  voterKeyOf,
  type VoteChannel,
  type VoteCodeRequest,
  type VoteScope,
} from '../../core/voting/codes'
import { sendVoteCode } from '../notify/voting'
import { searchProjects, type EditionFull } from '../queries'
import {
  ballotsPage,
  declaredIdentities,
  earlierBallotOfContactAt,
  findVoteSession,
  type VoteSession,
} from '../queries/voting'
import { requirePhase } from './common'
import { SeededRandom } from '../tally/prng'
import { checkBallot, type BallotIssue, type BallotPool } from '../domain/ballot'
import { storeBallot } from './cast'
import { parseRegister, verify } from '../domain/register'
import { ballots, voteSessions } from '../tables/voting'
import type { castSchema, codeRequestSchema, draftSchema, sessionSchema } from '../input/voting'

export type { VoteCodeRequest }

/*
 * Account-free voting: a one-time code by e-mail or SMS opens a session; the session holds a draft and casts one
 * ballot (a repeat of the cast gets the same receipt). One person, one ballot is enforced by the database on a keyed
 * hash of their identity, and on a keyed hash of the e-mail or phone that opened the session (`ballotsPerContact`),
 * since the declared identity is not verified. Wrong codes are counted per contact and network address together, so
 * nobody can lock a voter out by typing wrong codes for their e-mail from elsewhere. Also the staff side of ballots:
 * their list and the check against a register extract.
 */

type Edition = EditionFull & { tenant: TenantRef }

const VOTING_CLOSED = 'Głosowanie nie trwa: sprawdź terminy w kalendarzu edycji.'

/** The edition as a vote of the core's code-based access (worker/core/voting). */
const scopeOf = (e: Edition): VoteScope => ({ tenantId: e.tenant.id, module: 'bo', processId: e.edition.id })

/**
 * Checks a request for a voting code (voting must be on, the channel offered by the edition, the address well formed)
 * and applies the per-address and per-contact request limits before anything is sent; `issueVoteCode` then sends it.
 */
export async function voteCodeRequest(
  deps: Deps,
  e: Edition,
  body: v.InferOutput<typeof codeRequestSchema>,
): Promise<VoteCodeRequest> {
  requirePhase(e, 'voting', VOTING_CLOSED, deps.now())
  const request = await checkContact(deps, scopeOf(e), e.rules.voting.channels as VoteChannel[], body)
  await limitCodeRequests(deps, request)
  return request
}

/**
 * Stores a fresh code for the contact (only its keyed hash) and sends it in the JST's name; refused while the
 * contact's wrong guesses from this network address keep it locked. Answers how long the code lasts.
 */
export async function issueVoteCode(
  deps: Deps,
  e: Edition,
  request: VoteCodeRequest,
): Promise<{ expiresInMinutes: number }> {
  const minutes = e.rules.voting.codeMinutes
  return issueCode(deps, scopeOf(e), request, minutes, (code) =>
    sendVoteCode(deps, e.tenant, { channel: request.channel, to: request.contact, code, minutes }),
  )
}

/**
 * Opens a voting session with the code from the message (checked, counted and spent by the core): a session of two
 * hours that holds a draft and casts one ballot.
 */
export async function openVoteSession(
  deps: Deps,
  e: Edition,
  body: v.InferOutput<typeof sessionSchema>,
): Promise<{ token: string; expiresAt: string }> {
  requirePhase(e, 'voting', VOTING_CLOSED, deps.now())
  const proved = await proveVoteCode(deps, scopeOf(e), body, { entity: 'bo_edition', entityId: e.edition.id })
  await deps.db.insert(voteSessions).values({
    tokenHash: proved.tokenHash,
    tenantId: e.tenant.id,
    editionId: e.edition.id,
    channel: body.channel,
    orderSeed: newToken(),
    draft: null,
    contactKey: proved.contactKey,
    createdAt: deps.now(),
    expiresAt: proved.expiresAt,
  })
  return { token: proved.token, expiresAt: proved.expiresAt.toISOString() }
}

/** The live session of a session token (the HTTP layer reads it from `Authorization: Bearer …`), or a Polish 401. */
export async function votingSession(
  deps: Pick<Deps, 'db' | 'now'>,
  e: Edition,
  token: string | undefined,
): Promise<VoteSession> {
  if (!token) throw new ApiError(401, 'Najpierw wpisz kod z wiadomości, aby otworzyć kartę do głosowania.')
  const session = await findVoteSession(deps.db, e.edition.id, await hashToken(token), deps.now().getTime())
  if (!session) throw new ApiError(401, 'Sesja głosowania wygasła. Poproś o nowy kod.')
  return session
}

/** A project as the ballot lists it. */
export interface BallotProject {
  id: string
  number: number | null
  title: string
  summary: string
  cost: number
}

/** The projects on the ballot, per pool, in the order this voter sees them (random per voter, or a published seed). */
async function ballotPools(
  deps: Pick<Deps, 'db' | 'config'>,
  e: Edition,
  orderSeed: string,
): Promise<(BallotPool & { code: string; projects: BallotProject[] })[]> {
  const accepted = await memo(`ballot:${e.edition.id}`, deps.config.cacheMs, () =>
    searchProjects(deps.db, e.edition.id, {}, ['accepted']),
  )
  const seeded = e.rules.voting.order === 'seeded'
  return e.pools.map((pool) => {
    const projects = accepted
      .filter((p) => p.poolId === pool.id)
      .map((p) => ({ id: p.id, number: p.number, title: p.title, summary: p.summary, cost: p.revisedCost ?? p.cost }))
      .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
    const rng = new SeededRandom(`${seeded ? e.rules.voting.orderSeed : orderSeed}:${pool.id}`)
    for (let i = projects.length - 1; i > 0; i--) {
      const j = rng.nextInt(i + 1)
      ;[projects[i], projects[j]] = [projects[j]!, projects[i]!]
    }
    return {
      id: pool.id,
      code: pool.code,
      name: pool.name,
      kind: pool.kind as BallotPool['kind'],
      amount: pool.amount,
      projects,
    }
  })
}

/** Pools with the projects on the ballot (accepted ones), in number order, for checking a card against the rules. */
export async function ballotPoolsFor(deps: Pick<Deps, 'db'>, e: Edition): Promise<BallotPool[]> {
  const accepted = await searchProjects(deps.db, e.edition.id, {}, ['accepted'])
  return e.pools.map((pool) => ({
    id: pool.id,
    name: pool.name,
    kind: pool.kind as BallotPool['kind'],
    amount: pool.amount,
    projects: accepted.filter((p) => p.poolId === pool.id).map((p) => ({ id: p.id, cost: p.revisedCost ?? p.cost })),
  }))
}

/**
 * The ballot of a session: the pools in this voter's order, the rules the form applies, the draft, and whether the
 * ballot was cast.
 */
export async function ballotOfSession(
  deps: Pick<Deps, 'db' | 'config' | 'now'>,
  e: Edition,
  token: string | undefined,
) {
  const session = await votingSession(deps, e, token)
  const { ballot, askPesel, voting } = e.rules
  return {
    pools: await ballotPools(deps, e, session.orderSeed),
    rules: { ...ballot, askPesel, minorAge: voting.minorAge },
    draft: session.draft ?? { choices: {} },
    cast: session.ballotId !== null,
  }
}

/** Saves the session's draft (it survives a closed browser tab) until the ballot is cast. */
export async function saveDraft(
  deps: Pick<Deps, 'db' | 'now'>,
  e: Edition,
  token: string | undefined,
  draft: v.InferOutput<typeof draftSchema>,
): Promise<void> {
  const session = await votingSession(deps, e, token)
  if (session.ballotId) throw new ApiError(409, 'Głos został już oddany.')
  await deps.db.update(voteSessions).set({ draft }).where(eq(voteSessions.tokenHash, session.tokenHash))
}

/**
 * Everything wrong with an online ballot before it is cast: the ballot rules, the PESEL where the edition asks for it,
 * a parent's declaration below `minorAge`. The cast and the demo seed (worker/budget/demo/seed.ts) check the same.
 */
export function castIssues(
  e: Pick<EditionFull, 'rules'>,
  pools: BallotPool[],
  body: v.InferOutput<typeof castSchema>,
): BallotIssue[] {
  const issues = checkBallot(pools, e.rules.ballot, body.choices)
  const id = body.identity
  if (e.rules.askPesel && !isValidPesel(id.pesel ?? ''))
    issues.push({ field: 'identity.pesel', detail: 'Podaj poprawny numer PESEL (11 cyfr, zgodna suma kontrolna).' })
  const minorAge = e.rules.voting.minorAge
  if (
    minorAge != null &&
    id.adult !== true &&
    (!id.guardianName || id.guardianName.length < 3 || id.guardianDeclared !== true)
  ) {
    issues.push({
      field: 'identity.guardianName',
      detail: `Osoba poniżej ${minorAge} lat głosuje z oświadczeniem rodzica lub opiekuna: podaj jego imię i nazwisko i zaznacz oświadczenie.`,
    })
  }
  return issues
}

/**
 * Who a ballot belongs to, for "one person, one ballot": the PESEL where the edition asks for it, otherwise the
 * normalised name and address (supervisors strike down compulsory PESEL), keyed with the server's pepper.
 */
export async function voterKey(
  deps: Pick<Deps, 'config'>,
  e: Pick<EditionFull, 'edition' | 'rules'>,
  id: { firstName: string; lastName: string; address: string; pesel?: string },
): Promise<string> {
  const who = e.rules.askPesel
    ? `pesel:${id.pesel}`
    : `${normalizeText(`${id.firstName} ${id.lastName}`)}|${normalizeAddress(id.address)}`
  return voterKeyOf(deps, { processId: e.edition.id }, who)
}

/** An earlier ballot of the same e-mail or phone, named to the voter whose new ballot does not count because of it. */
export interface AlreadyVoted {
  policy: 'keep-first' | 'void-all'
  firstCastAt: string
}

/** What a cast answers: the receipt, marked `repeated` when the session had cast already (nothing was stored then). */
export type CastAnswer = { receipt: string; repeated: true } | { receipt: string; alreadyVoted?: AlreadyVoted }

/**
 * Casts the session's ballot. A repeat (double click, retry after a lost answer) stores nothing and answers the first
 * receipt; a ballot that does not count because its e-mail or phone has already cast one says so plainly, with the
 * date of the earlier ballot and which one counts under the edition's policy. Only a ballot of the same contact is
 * named (the person proved control of it with the code); a duplicate found through a declared name and address alone
 * gets the ordinary answer, so nobody learns whether someone else has voted.
 */
export async function castOnline(
  deps: Deps,
  e: Edition,
  token: string | undefined,
  body: v.InferOutput<typeof castSchema>,
): Promise<CastAnswer> {
  requirePhase(e, 'voting', VOTING_CLOSED, deps.now())
  const session = await votingSession(deps, e, token)
  if (session.receipt) return { receipt: session.receipt, repeated: true }
  if (session.ballotId) throw new ApiError(409, 'Z tej sesji głos został już oddany.')
  const issues = castIssues(e, await ballotPools(deps, e, session.orderSeed), body)
  if (issues.length) throw new ApiError(400, issues[0]!.detail, { errors: issues })

  const id = body.identity
  const { receipt, repeated, counted } = await storeBallot(deps, e, {
    channel: 'online',
    personKey: await voterKey(deps, e, id),
    choices: body.choices,
    identity: id,
    sessionTokenHash: session.tokenHash,
    contactKey: session.contactKey,
  })
  if (repeated) return { receipt, repeated }
  // Only a ballot that does not count can have an earlier one of its contact to name (no second query otherwise).
  const first =
    counted === false && session.contactKey
      ? await earlierBallotOfContactAt(deps.db, e.edition.id, receipt, session.contactKey)
      : null
  if (first == null) return { receipt }
  return {
    receipt,
    alreadyVoted: {
      policy: e.rules.voting.duplicatePolicy === 'void-all' ? 'void-all' : 'keep-first',
      firstCastAt: new Date(first).toISOString(),
    },
  }
}

/** One page of the edition's ballots with their voters' identities (none once erased), for verification by staff. */
export async function ballotList(
  deps: Pick<Deps, 'db'>,
  e: Edition,
  page: { status?: string; limit: number; offset: number },
) {
  const rows = await ballotsPage(deps.db, e.edition.id, page)
  return {
    items: rows.map(({ ballot, identity }) => ({
      id: ballot.id,
      channel: ballot.channel,
      status: ballot.status,
      reason: ballot.statusReason,
      verification: ballot.verification,
      castAt: ballot.castAt.toISOString(),
      identity: identity?.erasedAt
        ? null
        : identity && {
            firstName: identity.firstName,
            lastName: identity.lastName,
            address: identity.address,
            pesel: identity.pesel,
            guardianName: identity.guardianName,
          },
      erasedAt: identity?.erasedAt?.toISOString() ?? null,
    })),
  }
}

/** Only editions that collect PESEL numbers can be checked against a register extract. */
export function requireRegisterCheck(e: Pick<EditionFull, 'rules'>): void {
  if (!e.rules.askPesel)
    throw new ApiError(409, 'Ta edycja nie zbiera numerów PESEL — nie ma czego porównać z rejestrem.')
}

/**
 * Checks every ballot of the edition against a register extract (`PESEL;imię;nazwisko` lines, as Warsaw does after
 * the vote) and stores each ballot's verification with one audit entry. Impossible once identities are erased.
 */
export async function verifyRegister(
  deps: Deps,
  e: Edition,
  text: string,
): Promise<{ registerLines: number; rejectedLines: number[]; result: Record<string, number> }> {
  requireRegisterCheck(e)
  const { lines, rejected } = parseRegister(text)
  if (lines.length === 0) throw new ApiError(400, 'Wyciąg nie zawiera żadnego poprawnego wiersza PESEL;imię;nazwisko.')
  const register = new Map(lines.map((l) => [l.pesel, l]))
  const { db } = deps
  const rows = await declaredIdentities(db, e.edition.id)
  if (rows.some((r) => r.erasedAt))
    throw new ApiError(409, 'Dane głosujących zostały już usunięte — weryfikacja nie jest możliwa.')
  const statuses = rows.map((r) => ({ id: r.id, verification: verify(r, register) }))
  const summaryCounts = statuses.reduce<Record<string, number>>(
    (acc, s) => ((acc[s.verification] = (acc[s.verification] ?? 0) + 1), acc),
    {},
  )
  await db.batch([
    ...statuses.map((s) => db.update(ballots).set({ verification: s.verification }).where(eq(ballots.id, s.id))),
    auditInsert(deps, {
      tenantId: e.tenant.id,
      action: 'bo.register.verify',
      entity: 'bo_edition',
      entityId: e.edition.id,
      after: { registerLines: lines.length, rejectedLines: rejected.length, result: summaryCounts },
    }),
  ] as never)
  return { registerLines: lines.length, rejectedLines: rejected, result: summaryCounts }
}
