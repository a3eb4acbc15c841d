import { and, eq, isNull, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { normalizeText } from '../../core/identity/person'
import { voterKeyOf } from '../../core/voting/codes'
import { endOfWarsawDay } from '../../core/time/polish-calendar'
import { addDays, addMonths, dayOf, dayText, isDay } from '../domain/dates'
import { constituenciesOf, electionPhase, type ElectionConstituency } from '../domain/elections'
import { applyLot, countElection, lotRefusal } from '../domain/elections-count'
import { electorWho } from '../domain/elections-vote'
import type { SeatCategory, Statute } from '../domain/statute'
import type { ElectionCreate, LotInput } from '../input/elections'
import type { CouncilBody } from '../queries/bodies-ref'
import { candidatesOfCalls, type CouncilCall } from '../queries/candidates'
import { electionOfCall } from '../queries/elections'
import { councilElectionBallots, councilElections, councilElectors, type LotDraw } from '../tables'
import { eraseDay } from './candidates'
import { callOfBody } from './calls'
import { ballotConstituencies, ON_BALLOT, staffElection, type StaffElection } from '../views/elections'

/*
 * The staff's side of an election by electors (statute `fill: 'wybory'`): after the list of candidates is published,
 * staff announce the voting days and who votes; for an election from a list, they load the list of electors (only
 * keyed hashes of name and birth date are kept); after the last day they count, draw lots for ties and publish, and
 * then appoint the winners through the call. Residents vote with codes (the public side, `elections-vote`).
 */

type Tenant = { id: string; slug: string; name: string }

/**
 * Months after the last voting day an election's personal data (electors, sessions, codes, ballots' keys) is kept if
 * the results are never published; publication sets three months from then instead.
 */
export const UNPUBLISHED_KEPT_MONTHS = 6

/** Longest voting: a school's or a JST's vote runs days or weeks, never a season. */
export const MAX_VOTING_DAYS = 60

/** The answer for a call whose election is not announced, on the staff's and the voters' side alike. */
export const NO_ELECTION = 'Wybory nie zostały jeszcze ogłoszone.'

interface Loaded {
  call: CouncilCall
  statute: Statute
  category: SeatCategory
  constituencies: ElectionConstituency[]
}

/** The seat category the call fills, which the statute must fill by election, and its constituencies. */
function electedCategory(call: CouncilCall, statute: Statute): Loaded {
  const category = statute.seats.find((s) => s.key === call.seatCategory)
  if (!category || category.fill !== 'wybory')
    throw new ApiError(
      409,
      `Miejsca kategorii „${category?.name ?? call.seatCategory}” nie są obsadzane w wyborach: statut przewiduje ich zgłoszenie albo powołanie.`,
    )
  return { call, statute, category, constituencies: constituenciesOf(statute, category) }
}

/**
 * The election of the call of the body in the path, with the call, its statute and the elected category; a Polish
 * 404 before one is announced (so the panel asks any call and reads "none" the same way).
 */
async function loadElection(deps: Pick<Deps, 'db'>, tenant: Tenant, body: CouncilBody, number: number) {
  const { call, statute } = await callOfBody(deps, tenant, body, number)
  const election = await electionOfCall(deps.db, call.id)
  if (!election) throw notFound(NO_ELECTION)
  return { ...electedCategory(call, statute), election }
}

/** How many electors are on the list and ballots were cast. */
async function electionCounts(deps: Pick<Deps, 'db'>, electionId: string) {
  const [[electors], [ballots]] = await Promise.all([
    deps.db
      .select({ n: sql<number>`count(*)` })
      .from(councilElectors)
      .where(eq(councilElectors.electionId, electionId)),
    deps.db
      .select({ n: sql<number>`count(*)` })
      .from(councilElectionBallots)
      .where(eq(councilElectionBallots.electionId, electionId)),
  ])
  return { electors: electors?.n ?? 0, ballots: ballots?.n ?? 0 }
}

/** The staff's view of the election as it is now in the database. */
async function viewOf(deps: Pick<Deps, 'db' | 'now'>, loaded: Loaded, electionId: string): Promise<StaffElection> {
  const [election] = await deps.db.select().from(councilElections).where(eq(councilElections.id, electionId)).limit(1)
  if (!election) throw notFound(NO_ELECTION)
  const [candidates, counts] = await Promise.all([
    candidatesOfCalls(deps.db, [loaded.call.id]),
    electionCounts(deps, election.id),
  ])
  const ballot = ballotConstituencies(loaded.statute, loaded.category, candidates)
  return staffElection(election, loaded.call, ballot, counts, dayOf(deps.now()))
}

/** The call's election as staff see it (404 before it is announced). */
export async function staffElectionOf(
  deps: Pick<Deps, 'db' | 'now'>,
  tenant: Tenant,
  body: CouncilBody,
  number: number,
): Promise<StaffElection> {
  const loaded = await loadElection(deps, tenant, body, number)
  return viewOf(deps, loaded, loaded.election.id)
}

const fieldRefusal = (field: string, detail: string) =>
  new ApiError(400, `Popraw ogłoszenie wyborów: ${detail}`, { errors: [{ field, detail }] })

/**
 * Announces the election of a call whose seat category the statute fills by election, once the list of candidates is
 * published: voting days from today on (at most `MAX_VOTING_DAYS`), marks per ballot up to the seats of the largest
 * constituency, and the voters' ages (left out: the statute's supporters' minimum age and members' maximum age). One
 * election per call: a second, even sent at the same moment, is refused by the unique index.
 */
export async function createElection(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  number: number,
  input: ElectionCreate,
): Promise<StaffElection> {
  const fromPath = await callOfBody(deps, tenant, body, number)
  const loaded = electedCategory(fromPath.call, fromPath.statute)
  const { call, statute, constituencies } = loaded
  if (!call.listPublishedAt)
    throw new ApiError(409, 'Najpierw opublikuj listę kandydatów: wybory ogłasza się po jej publikacji.')
  const already = new ApiError(409, 'Wybory w tym naborze są już ogłoszone.')
  if (await electionOfCall(deps.db, call.id)) throw already
  const today = dayOf(deps.now())
  if (input.votingFrom < today)
    throw fieldRefusal('votingFrom', 'Głosowanie nie może zacząć się przed dniem dzisiejszym.')
  if (input.votingTo < input.votingFrom)
    throw fieldRefusal('votingTo', 'Ostatni dzień głosowania nie może być wcześniejszy niż pierwszy.')
  if (input.votingTo > addDays(input.votingFrom, MAX_VOTING_DAYS - 1))
    throw fieldRefusal('votingTo', `Głosowanie może trwać najwyżej ${MAX_VOTING_DAYS} dni.`)
  const most = Math.max(...constituencies.map((o) => o.seats))
  if (input.votesPerBallot > most)
    throw fieldRefusal(
      'votesPerBallot',
      `Na karcie można oddać najwyżej tyle głosów, ile miejsc ma największy okręg (${most}).`,
    )
  const row = {
    id: newId(),
    tenantId: tenant.id,
    bodyId: body.id,
    callId: call.id,
    votingFrom: input.votingFrom,
    votingTo: input.votingTo,
    votesPerBallot: input.votesPerBallot,
    electorate: input.electorate,
    voterMinAge: input.voterMinAge === undefined ? (statute.support?.supporterMinAge ?? null) : input.voterMinAge,
    voterMaxAge: input.voterMaxAge === undefined ? (statute.age?.maxAge ?? null) : input.voterMaxAge,
    lots: [] as LotDraw[],
    eraseAfter: endOfWarsawDay(addMonths(input.votingTo, UNPUBLISHED_KEPT_MONTHS)),
    createdAt: deps.now(),
  }
  if (row.voterMinAge !== null && row.voterMaxAge !== null && row.voterMinAge > row.voterMaxAge)
    throw fieldRefusal('voterMaxAge', 'Najniższy wiek wyborcy nie może być wyższy niż najwyższy.')
  try {
    await deps.db.batch([
      deps.db.insert(councilElections).values(row),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.election.create',
        entity: 'rd_election',
        entityId: row.id,
        after: {
          body: body.slug,
          call: call.number,
          votingFrom: row.votingFrom,
          votingTo: row.votingTo,
          votesPerBallot: row.votesPerBallot,
          electorate: row.electorate,
          voterMinAge: row.voterMinAge,
          voterMaxAge: row.voterMaxAge,
        },
      }),
    ])
  } catch (error) {
    if (/UNIQUE constraint failed: rd_elections\.call_id/.test(String(error) + String((error as Error).cause)))
      throw already
    throw error
  }
  return viewOf(deps, loaded, row.id)
}

/** One accepted line of a list of electors. */
interface ElectorLine {
  line: number
  name: string
  birthDate: string
  constituency: string
}

/**
 * Reads a list of electors, one per line `Imię Nazwisko;RRRR-MM-DD;klucz-okręgu` (the constituency may be left out
 * when the election has one; its key or its name is accepted, in any case). Empty lines are skipped; a line with a
 * name of one word, a day that is not a past calendar day or an unknown constituency is rejected by its number (so
 * a header line is reported, not loaded).
 */
export function parseElectors(
  text: string,
  constituencies: readonly ElectionConstituency[],
  today: string,
): { accepted: ElectorLine[]; rejectedLines: number[] } {
  const byName = new Map<string, string>()
  for (const o of constituencies) {
    byName.set(normalizeText(o.name), o.key)
    if (o.key) byName.set(normalizeText(o.key), o.key)
  }
  const only = constituencies.length === 1 ? constituencies[0]!.key : null
  const accepted: ElectorLine[] = []
  const rejectedLines: number[] = []
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      if (!raw.trim()) return
      const parts = raw.split(';').map((p) => p.trim())
      while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop()
      const [name = '', birthDate = '', where = ''] = parts
      const constituency = where ? byName.get(normalizeText(where)) : (only ?? undefined)
      const ok =
        parts.length <= 3 &&
        name.length <= 200 &&
        normalizeText(name).split(' ').length >= 2 &&
        isDay(birthDate) &&
        birthDate <= today &&
        constituency !== undefined
      if (ok) accepted.push({ line: i + 1, name, birthDate, constituency })
      else rejectedLines.push(i + 1)
    })
  return { accepted, rejectedLines }
}

/** Rows per INSERT of electors: four columns each, well under SQLite's limit of bound parameters. */
const ELECTORS_PER_INSERT = 500

/**
 * Replaces the list of electors of an election from a list (`electorate: 'spis'`), before its first voting day. Only
 * the keyed hash of each person's normalised name and birth date is stored (`voterKeyOf` of `electorWho`, the same key
 * the ballot checks), with the constituency; a person listed twice keeps the first line and the second is rejected.
 */
export async function replaceElectors(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  number: number,
  text: string,
): Promise<{ electors: number; perConstituency: Record<string, number>; rejectedLines: number[] }> {
  const { election, constituencies } = await loadElection(deps, tenant, body, number)
  if (election.electorate !== 'spis')
    throw new ApiError(
      409,
      'W tych wyborach głosują osoby na podstawie własnego oświadczenia: spisu wyborców się nie wczytuje.',
    )
  const today = dayOf(deps.now())
  if (today >= election.votingFrom)
    throw new ApiError(
      409,
      `Spis wyborców można zmieniać tylko przed pierwszym dniem głosowania (${dayText(election.votingFrom)}).`,
    )
  const { accepted, rejectedLines } = parseElectors(text, constituencies, today)
  const perConstituency: Record<string, number> = Object.fromEntries(constituencies.map((o) => [o.key, 0]))
  const seen = new Set<string>()
  const rows: (typeof councilElectors.$inferInsert)[] = []
  for (const e of accepted) {
    const personKey = await voterKeyOf(deps, { processId: election.id }, electorWho(e.name, e.birthDate))
    if (seen.has(personKey)) {
      rejectedLines.push(e.line)
      continue
    }
    seen.add(personKey)
    rows.push({ id: newId(), electionId: election.id, constituency: e.constituency, personKey })
    perConstituency[e.constituency] = (perConstituency[e.constituency] ?? 0) + 1
  }
  rejectedLines.sort((a, b) => a - b)
  const inserts = []
  for (let i = 0; i < rows.length; i += ELECTORS_PER_INSERT)
    inserts.push(deps.db.insert(councilElectors).values(rows.slice(i, i + ELECTORS_PER_INSERT)))
  await deps.db.batch([
    deps.db.delete(councilElectors).where(eq(councilElectors.electionId, election.id)),
    ...inserts,
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.election.electors',
      entity: 'rd_election',
      entityId: election.id,
      after: { electors: rows.length, perConstituency, rejected: rejectedLines.length },
    }),
  ] as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
  return { electors: rows.length, perConstituency, rejectedLines }
}

/**
 * Counts the election after its last voting day with the pure `countElection` over the verified candidates and every
 * ballot, and freezes the results. Counting twice (or two at once) keeps the first count: the UPDATE is guarded by
 * `counted_at IS NULL`, and the later request answers the stored results.
 */
export async function countVotes(deps: Deps, tenant: Tenant, body: CouncilBody, number: number) {
  const loaded = await loadElection(deps, tenant, body, number)
  const { election, call, constituencies } = loaded
  if (election.countedAt) return viewOf(deps, loaded, election.id)
  if (electionPhase(election, dayOf(deps.now())) !== 'po_glosowaniu')
    throw new ApiError(409, `Głosy liczy się po ostatnim dniu głosowania (${dayText(election.votingTo)}).`)
  const [candidates, ballots] = await Promise.all([
    candidatesOfCalls(deps.db, [call.id]),
    deps.db
      .select({ constituency: councilElectionBallots.constituency, choices: councilElectionBallots.choices })
      .from(councilElectionBallots)
      .where(eq(councilElectionBallots.electionId, election.id)),
  ])
  const results = countElection(
    constituencies,
    candidates.filter((c) => ON_BALLOT.includes(c.status)),
    ballots,
  )
  const now = deps.now()
  const counted = new Error('counted in another request')
  try {
    await guardedBatch(
      deps.db,
      [
        deps.db
          .update(councilElections)
          .set({ results, countedAt: now })
          .where(and(eq(councilElections.id, election.id), isNull(councilElections.countedAt))),
        requireChanged(deps.db),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.election.count',
          entity: 'rd_election',
          entityId: election.id,
          after: {
            call: call.number,
            results: results.map((r) => ({
              constituency: r.constituency,
              ballots: r.ballots,
              elected: r.elected,
              tie: r.tie,
            })),
          },
        }),
      ],
      () => counted,
    )
  } catch (error) {
    if (error !== counted) throw error
  }
  return viewOf(deps, loaded, election.id)
}

/**
 * Records a lot drawn by staff for candidates tied at a constituency's last seats: the drawn ones join the elected,
 * the draw (candidates, who drew, when, how) is kept with the results. The UPDATE is guarded on the number of lots
 * read, so of two draws sent at once for the same tie one is recorded and the other is told it was drawn; a draw for
 * another constituency at the same moment is simply applied on top.
 */
export async function drawLot(deps: Deps, tenant: Tenant, body: CouncilBody, number: number, input: LotInput) {
  const loaded = await loadElection(deps, tenant, body, number)
  for (let attempt = 0; ; attempt++) {
    const [election] = await deps.db
      .select()
      .from(councilElections)
      .where(eq(councilElections.id, loaded.election.id))
      .limit(1)
    if (!election?.results || !election.countedAt)
      throw new ApiError(409, 'Losowanie przeprowadza się po policzeniu głosów.')
    if (election.publishedAt) throw new ApiError(409, 'Wyniki są już ogłoszone: nie można ich zmienić.')
    const result = election.results.find((r) => r.constituency === input.constituency)
    if (!result)
      throw new ApiError(400, 'Popraw losowanie: nie ma takiego okręgu w tych wyborach.', {
        errors: [{ field: 'constituency', detail: 'Nie ma takiego okręgu w tych wyborach.' }],
      })
    if (!result.tie) throw new ApiError(409, 'W tym okręgu nie ma remisu do rozstrzygnięcia losowaniem.')
    const refusal = lotRefusal(result, input.elected)
    if (refusal)
      throw new ApiError(400, `Popraw losowanie: ${refusal}`, { errors: [{ field: 'elected', detail: refusal }] })
    const now = deps.now()
    const draw: LotDraw = {
      constituency: result.constituency,
      candidateIds: result.tie.candidateIds,
      elected: [...input.elected],
      drawnBy: deps.user?.name || deps.user?.email || '',
      drawnAt: now.toISOString(),
      note: input.note,
    }
    const results = election.results.map((r) => (r === result ? applyLot(r, draw) : r))
    const lost = new Error('another draw came first')
    try {
      await guardedBatch(
        deps.db,
        [
          deps.db
            .update(councilElections)
            .set({ results, lots: [...election.lots, draw] })
            .where(
              and(
                eq(councilElections.id, election.id),
                isNull(councilElections.publishedAt),
                sql`json_array_length(${councilElections.lots}) = ${election.lots.length}`,
              ),
            ),
          requireChanged(deps.db),
          auditInsert(deps, {
            tenantId: tenant.id,
            action: 'rd.election.lot',
            entity: 'rd_election',
            entityId: election.id,
            after: {
              constituency: draw.constituency,
              candidateIds: draw.candidateIds,
              elected: draw.elected,
              note: draw.note,
            },
          }),
        ],
        () => lost,
      )
      return viewOf(deps, loaded, election.id)
    } catch (error) {
      if (error !== lost) throw error
      if (attempt >= 3) throw new ApiError(409, 'Wyniki właśnie zmieniono w innym żądaniu. Odśwież stronę.')
    }
  }
}

/**
 * Publishes the counted results once no tie is left: the public page shows them with the lots, and the personal data
 * of the vote (the list, sessions and the ballots' keyed hashes) is erased three months on, as candidacies are.
 * Publishing twice keeps the first moment.
 */
export async function publishResults(deps: Deps, tenant: Tenant, body: CouncilBody, number: number) {
  const loaded = await loadElection(deps, tenant, body, number)
  const { election, constituencies } = loaded
  if (election.publishedAt) return viewOf(deps, loaded, election.id)
  if (!election.results || !election.countedAt)
    throw new ApiError(409, 'Najpierw policz głosy: wyniki ogłasza się po liczeniu.')
  const tied = election.results.filter((r) => r.tie)
  if (tied.length)
    throw new ApiError(
      409,
      `Najpierw rozstrzygnij remis losowaniem: ${tied
        .map((r) => constituencies.find((o) => o.key === r.constituency)?.name ?? r.constituency)
        .join(', ')}.`,
    )
  const now = deps.now()
  const first = new Error('published in another request')
  try {
    await guardedBatch(
      deps.db,
      [
        deps.db
          .update(councilElections)
          .set({ publishedAt: now, eraseAfter: eraseDay(now) })
          .where(and(eq(councilElections.id, election.id), isNull(councilElections.publishedAt))),
        requireChanged(deps.db),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.election.publish',
          entity: 'rd_election',
          entityId: election.id,
          after: { call: loaded.call.number, elected: election.results.flatMap((r) => r.elected) },
        }),
      ],
      () => first,
    )
  } catch (error) {
    if (error !== first) throw error
  }
  return viewOf(deps, loaded, election.id)
}
