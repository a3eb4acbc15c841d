import { and, eq, isNull, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { ApiError, notFound } from '../../core/http/problem'
import { hashToken, newToken } from '../../core/ids'
import { warsawDate } from '../../core/time/polish-calendar'
import { editionConflicts, searchProjects, type EditionFull } from '../queries'
import {
  ballotFacts,
  ballotOfEditionReceipt,
  findResults,
  tenantPopulation,
  undecidedPaperCards,
  validBallots,
  validChoices,
} from '../queries/results'
import {
  receiptState,
  type PoolResultData,
  type ReceiptMode,
  type ReceiptState,
  type ResultsData,
} from '../views/results'
import { countPool, fileId, suppressSmall } from '../domain/count'
import { results } from '../tables/voting'
import { implementationRows } from './implementation'

/*
 * The count of an edition's vote: computed after the vote and stored unpublished, then published by an
 * administrator, after which residents see it and can check their receipts against it.
 */

type Edition = EditionFull & { tenant: TenantRef }

/**
 * A receipt's public digest: the line of the published list of counted receipts (`…/results/receipts.txt`) where a
 * voter finds their ballot, and — only in editions with `rules.voting.receipts = 'inclusion-and-content'` — the voter id
 * of their line in the `.pb` files. Unlinkable to anyone without the receipt.
 */
export async function receiptDigest(receipt: string): Promise<string> {
  return (await hashToken(`wspolnota-receipt:${receipt}`)).slice(0, 16)
}

function votingEnded(e: Edition, now: Date): boolean {
  const voting = e.phases.find((p) => p.phase === 'voting')
  return !!voting && voting.endsAt.getTime() <= now.getTime()
}

/**
 * What the first computation of an edition fixes for every later one: the public seed of the tie-break draw (with
 * when it was drawn) and the secret key that orders the anonymous vote lines. Reusing them means a recomputation
 * before publication can only repeat the draw, never roll it again until it suits someone.
 */
export interface FixedDraw {
  seed: string
  seedDrawnAt: string | null
  /** Secret (never published): orders the ballots that get the sequential voter ids of `inclusion` editions. */
  orderKey: string
}

/** What a stored computation fixed, or a fresh draw for the first one (`fresh` says a seed was drawn just now). */
function fixedDraw(
  e: Edition,
  before: { data: unknown; computedAt: Date } | undefined,
  now: Date,
): FixedDraw & { fresh: boolean } {
  const old = before?.data as Partial<FixedDraw> | undefined
  const orderKey = old?.orderKey || newToken()
  if (old?.seed)
    return { seed: old.seed, seedDrawnAt: old.seedDrawnAt ?? before!.computedAt.toISOString(), orderKey, fresh: false }
  if (e.rules.tiePolicy !== 'seeded-draw') return { seed: '', seedDrawnAt: null, orderKey, fresh: false }
  return { seed: newToken().slice(0, 16), seedDrawnAt: now.toISOString(), orderKey, fresh: true }
}

/**
 * The pseudonymous voter id of every valid ballot in the published files. `inclusion-and-content`: the receipt's
 * digest, so the voter finds their line. `inclusion`: 1…n in an order set by a keyed digest of the ballot id — the
 * key is secret, so neither the receipt nor the time of voting leads to a line.
 */
export async function voterIds(
  valid: { id: string; receipt: string; digest: string }[],
  mode: ReceiptMode,
  orderKey: string,
): Promise<Map<string, string>> {
  if (mode === 'inclusion-and-content') return new Map(valid.map((b) => [b.id, b.digest]))
  const keyed = await Promise.all(
    valid.map(async (b) => ({ id: b.id, key: await hashToken(`wspolnota-voter-order:${orderKey}:${b.id}`) })),
  )
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return new Map(keyed.map((b, i) => [b.id, String(i + 1)]))
}

/** Computes every pool of the edition from its valid ballots, with statistics safe to publish. */
export async function computeResults(
  deps: Pick<Deps, 'db'>,
  e: Edition,
  draw: FixedDraw,
): Promise<ResultsData & Required<Pick<ResultsData, 'seedDrawnAt' | 'orderKey' | 'receiptMode' | 'receipts'>>> {
  const { db } = deps
  const accepted = await searchProjects(db, e.edition.id, {}, ['accepted'])
  const valid = await validBallots(db, e.edition.id)
  const digests = await Promise.all(valid.map(async (b) => ({ ...b, digest: await receiptDigest(b.receipt) })))
  const receiptMode: ReceiptMode = e.rules.voting.receipts ?? 'inclusion'
  const idOf = await voterIds(digests, receiptMode, draw.orderKey)
  const choicesByPool = new Map<string, Map<string, Record<string, number>>>()
  for (const row of await validChoices(db, e.edition.id)) {
    let perBallot = choicesByPool.get(row.poolId)
    if (!perBallot) choicesByPool.set(row.poolId, (perBallot = new Map()))
    const chosen = perBallot.get(row.ballotId)
    if (chosen) chosen[row.projectId] = row.points
    else perBallot.set(row.ballotId, { [row.projectId]: row.points })
  }
  const conflicts = await editionConflicts(db, e.edition.id)
  const seed = draw.seed
  const voting = e.phases.find((p) => p.phase === 'voting')!
  const pools: PoolResultData[] = []
  for (const pool of e.pools) {
    const projects = accepted
      .filter((p) => p.poolId === pool.id)
      .map((p) => ({ id: p.id, number: p.number, title: p.title, category: p.category, cost: p.revisedCost ?? p.cost }))
    if (projects.length === 0) continue
    const perBallot = choicesByPool.get(pool.id) ?? new Map<string, Record<string, number>>()
    const byProject = new Map(projects.map((p) => [p.id, fileId(p)]))
    const result = countPool(
      {
        meta: {
          unit: e.tenant.name,
          instance: e.edition.year,
          subunit: pool.name,
          budget: pool.amount,
          rule: e.rules.winnerRule,
          format: e.rules.ballot.format,
          minVotes: e.rules.minVotes,
          maxProjects: e.rules.ballot.maxProjects,
          maxPoints: e.rules.ballot.points.length ? e.rules.ballot.points.reduce((s, x) => s + x, 0) : null,
          dateBegin: warsawDate(voting.startsAt).date.split('-').reverse().join('.'),
          dateEnd: warsawDate(new Date(voting.endsAt.getTime() - 1))
            .date.split('-')
            .reverse()
            .join('.'),
        },
        projects,
        ballots: [...perBallot]
          .filter(([ballotId]) => idOf.has(ballotId))
          .map(([ballotId, chosen]) => ({ voterId: idOf.get(ballotId)!, choices: chosen })),
      },
      {
        ties: e.rules.tiePolicy,
        seed: `${seed}:${pool.code}`,
        exclusiveGroups: conflicts
          .map((g) => (g.projectIds as string[]).filter((id) => byProject.has(id)).map((id) => byProject.get(id)!))
          .filter((g) => g.length > 1),
      },
    )
    const projectIdOf = new Map(projects.map((p) => [fileId(p), p.id]))
    result.outcome.projects = result.outcome.projects.map((p) => ({ ...p, projectId: projectIdOf.get(p.id) }))
    pools.push({ ...result, poolId: pool.id, code: pool.code, name: pool.name, amount: pool.amount })
  }
  const all = await ballotFacts(db, e.edition.id)
  const tallyBy = (rows: typeof all, key: (r: (typeof all)[number]) => string) =>
    rows.reduce<Record<string, number>>((acc, r) => ((acc[key(r)] = (acc[key(r)] ?? 0) + 1), acc), {})
  const counted = all.filter((b) => b.status === 'valid')
  const population = await tenantPopulation(db, e.tenant.id)
  return {
    seed,
    seedDrawnAt: draw.seedDrawnAt,
    orderKey: draw.orderKey,
    receiptMode,
    receipts: digests.map((b) => b.digest).sort(),
    pools,
    stats: {
      ballots: all.length,
      valid: counted.length,
      turnout: population == null ? null : counted.length / population,
      byStatus: tallyBy(all, (r) => r.status),
      byChannel: suppressSmall(tallyBy(counted, (r) => r.channel)),
      byAgeBand: suppressSmall(tallyBy(counted, (r) => r.ageBand ?? 'brak danych')),
      bySex: suppressSmall(tallyBy(counted, (r) => r.sex ?? 'brak danych')),
    },
  }
}

const RACED = 'Wyniki w tej chwili obliczyła albo opublikowała inna osoba. Odśwież podgląd wyników.'

/**
 * The count, stored unpublished (`POST …/staff/bo/{year}/results`): only after the vote, never again once published,
 * and not while a paper card waits for its second person (or is being confirmed). The first computation draws the
 * tie-break seed (audited as `bo.results.seed`); every later one reuses it (`fixedDraw`). The write is guarded: it
 * lands only if the stored row still has the seed this computation used and is unpublished, so two computations at
 * once can never leave two seeds behind. Called by the route's handler and by the demo seed
 * (worker/budget/demo/seed.ts), so demo results are computed exactly as staff compute them.
 */
export async function storeResults(deps: Deps, e: Edition, now = deps.now()): Promise<ResultsData> {
  if (!votingEnded(e, now)) throw new ApiError(409, 'Wyniki można obliczyć dopiero po zakończeniu głosowania.')
  const { db } = deps
  const existing = await findResults(db, e.edition.id)
  if (existing?.publishedAt)
    throw new ApiError(409, 'Wyniki zostały już opublikowane i nie można ich przeliczyć ponownie.')
  const pending = await undecidedPaperCards(db, e.edition.id)
  if (pending)
    throw new ApiError(409, `Najpierw rozpatrz wszystkie papierowe karty (${pending} czeka na potwierdzenie).`)
  const draw = fixedDraw(e, existing, now)
  const data = await computeResults(deps, e, draw)
  const by = deps.user!.id
  const before = existing?.data as Partial<FixedDraw> | undefined
  const write = existing
    ? db
        .update(results)
        .set({ data, computedBy: by, computedAt: now })
        .where(
          and(
            eq(results.editionId, e.edition.id),
            isNull(results.publishedAt),
            sql`json_extract(${results.data}, '$.seed') IS ${before?.seed ?? null}`,
            sql`json_extract(${results.data}, '$.orderKey') IS ${before?.orderKey ?? null}`,
          ),
        )
    : db
        .insert(results)
        .values({ editionId: e.edition.id, tenantId: e.tenant.id, data, computedBy: by, computedAt: now })
        .onConflictDoNothing()
  await guardedBatch(
    db,
    [
      write,
      requireChanged(db),
      ...(draw.fresh
        ? [
            auditInsert(deps, {
              tenantId: e.tenant.id,
              action: 'bo.results.seed',
              entity: 'bo_edition',
              entityId: e.edition.id,
              after: { seed: draw.seed, drawnAt: draw.seedDrawnAt },
            }),
          ]
        : []),
      auditInsert(deps, {
        tenantId: e.tenant.id,
        action: 'bo.results.compute',
        entity: 'bo_edition',
        entityId: e.edition.id,
        after: { seed: data.seed, selected: Object.fromEntries(data.pools.map((p) => [p.code, p.outcome.selected])) },
      }),
    ],
    () => new ApiError(409, RACED),
  )
  return data
}

/**
 * Publication by an administrator (`POST …/results/publish`): the computed results become public and tracking opens
 * for every winner, in one batch — guarded, so it publishes exactly the computation it read, once. The endpoint's
 * access allows administrators only; the demo seed calls this as the demo admin.
 */
export async function publishResults(deps: Deps, e: Edition, now = deps.now()): Promise<void> {
  const { db } = deps
  const row = await findResults(db, e.edition.id)
  if (!row) throw new ApiError(409, 'Najpierw oblicz wyniki.')
  if (row.publishedAt) throw new ApiError(409, 'Wyniki są już opublikowane.')
  await guardedBatch(
    db,
    [
      db
        .update(results)
        .set({ publishedAt: now, publishedBy: deps.user!.id })
        .where(
          and(eq(results.editionId, e.edition.id), isNull(results.publishedAt), eq(results.computedAt, row.computedAt)),
        ),
      requireChanged(db),
      ...(await implementationRows(deps, e, row.data as ResultsData, now)),
      auditInsert(deps, {
        tenantId: e.tenant.id,
        action: 'bo.results.publish',
        entity: 'bo_edition',
        entityId: e.edition.id,
      }),
    ] as never,
    () => new ApiError(409, RACED),
  )
}

/** The stored computation for the staff preview, with whether it is published; a Polish 404 before the first one. */
export async function computedResults(
  deps: Pick<Deps, 'db'>,
  e: Edition,
): Promise<{ data: ResultsData; published: boolean }> {
  const row = await findResults(deps.db, e.edition.id)
  if (!row) throw notFound('Wyniki nie zostały jeszcze obliczone.')
  return { data: row.data as ResultsData, published: !!row.publishedAt }
}

const NOT_YET = 'Wyniki nie zostały jeszcze opublikowane.'

/** Published results or a 404: before publication nothing about counts leaves the server, on any route. */
export async function publishedResults(deps: Pick<Deps, 'db'>, e: Edition): Promise<ResultsData> {
  const row = await findResults(deps.db, e.edition.id)
  if (!row?.publishedAt)
    throw new ApiError(404, NOT_YET, { type: 'https://wspolnota.example/problems/results-not-published' })
  return row.data as ResultsData
}

/**
 * The receipt check: whether a ballot with this receipt was recorded in the edition and, once results are published,
 * whether it was counted — and, by the edition's `rules.voting.receipts`, which line of the published files is its.
 */
export async function checkReceipt(deps: Pick<Deps, 'db'>, e: Edition, receipt: string): Promise<ReceiptState> {
  const ballot = await ballotOfEditionReceipt(deps.db, e.edition.id, receipt)
  if (!ballot) throw notFound('Nie znaleziono głosu z takim kodem w tej edycji.')
  const row = await findResults(deps.db, e.edition.id)
  if (!row?.publishedAt) return { recorded: true, published: false }
  return receiptState(ballot, row.data as ResultsData, await receiptDigest(ballot.receipt))
}
