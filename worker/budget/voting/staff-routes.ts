import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import { memberships, users } from '../../core/auth/schema'
import { hashToken, newId, newToken } from '../../core/ids'
import { uploadText } from '../../core/http/body'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, forbidden, notFound } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { warsawDate } from '../../core/time/polish-calendar'
import { editionConflicts, searchProjects } from '../queries'
import { editionFromPath, type Ctx } from '../shared'
import { checkBallot } from './ballot'
import { countPool, fileId, suppressSmall, type PoolResult } from './count'
import { implementationRows } from './implementation'
import { parseRegister, verify } from './register'
import { ballotPoolsFor } from './pools'
import { castBallot } from './cast'
import { voterKey } from './routes'
import { ballotChoices, ballotIdentities, ballots, paperCards, results } from './schema'
import { ballotsQuery, paperCardSchema, rejectCardSchema } from './staff-schemas'

const tags = ['Budżet obywatelski — głosy i wyniki']
type Edition = Awaited<ReturnType<typeof editionFromPath>>

/**
 * A receipt's public digest: the line of the published list of counted receipts (`…/results/receipts.txt`) where a
 * voter finds their ballot, and — only in editions with `rules.voting.receipts = 'inclusion-and-content'` — the voter id
 * of their line in the `.pb` files. Unlinkable to anyone without the receipt.
 */
export async function receiptDigest(receipt: string): Promise<string> {
  return (await hashToken(`wspolnota-receipt:${receipt}`)).slice(0, 16)
}

function votingEnded(e: Edition, now = new Date()): boolean {
  const voting = e.phases.find((p) => p.phase === 'voting')
  return !!voting && voting.endsAt.getTime() <= now.getTime()
}

const flagReasons: Record<string, string> = {
  unsigned: 'karta niepodpisana',
  limitsExceeded: 'przekroczone limity wyboru',
  unreadable: 'karta nieczytelna',
  late: 'karta złożona po terminie',
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
async function voterIds(
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

type ReceiptMode = 'inclusion' | 'inclusion-and-content'

/** Computes every pool of the edition from its valid ballots, with statistics safe to publish. */
export async function computeResults(c: Ctx, e: Edition, draw: FixedDraw) {
  const { db } = c.get('services')
  const accepted = await searchProjects(db, e.edition.id, {}, ['accepted'])
  const valid = await db
    .select({ id: ballots.id, receipt: ballots.receipt })
    .from(ballots)
    .where(and(eq(ballots.editionId, e.edition.id), eq(ballots.status, 'valid')))
  const digests = await Promise.all(valid.map(async (b) => ({ ...b, digest: await receiptDigest(b.receipt) })))
  const receiptMode: ReceiptMode = e.rules.voting.receipts ?? 'inclusion'
  const idOf = await voterIds(digests, receiptMode, draw.orderKey)
  const choiceRows = await db
    .select({
      ballotId: ballotChoices.ballotId,
      poolId: ballotChoices.poolId,
      projectId: ballotChoices.projectId,
      points: ballotChoices.points,
    })
    .from(ballotChoices)
    .innerJoin(ballots, eq(ballots.id, ballotChoices.ballotId))
    .where(and(eq(ballots.editionId, e.edition.id), eq(ballots.status, 'valid')))
  const choicesByPool = new Map<string, Map<string, Record<string, number>>>()
  for (const row of choiceRows) {
    let perBallot = choicesByPool.get(row.poolId)
    if (!perBallot) choicesByPool.set(row.poolId, (perBallot = new Map()))
    const chosen = perBallot.get(row.ballotId)
    if (chosen) chosen[row.projectId] = row.points
    else perBallot.set(row.ballotId, { [row.projectId]: row.points })
  }
  const conflicts = await editionConflicts(db, e.edition.id)
  const seed = draw.seed
  const voting = e.phases.find((p) => p.phase === 'voting')!
  const pools: (PoolResult & { poolId: string; code: string; name: string; amount: number })[] = []
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
  const all = await db
    .select({ channel: ballots.channel, status: ballots.status, ageBand: ballots.ageBand, sex: ballots.sex })
    .from(ballots)
    .where(eq(ballots.editionId, e.edition.id))
  const tallyBy = (rows: typeof all, key: (r: (typeof all)[number]) => string) =>
    rows.reduce<Record<string, number>>((acc, r) => ((acc[key(r)] = (acc[key(r)] ?? 0) + 1), acc), {})
  const counted = all.filter((b) => b.status === 'valid')
  const tenant = await db.query.tenants.findFirst({ where: (t, { eq: eqq }) => eqq(t.id, e.tenant.id) })
  return {
    seed,
    seedDrawnAt: draw.seedDrawnAt,
    orderKey: draw.orderKey,
    receiptMode,
    /** Digests of the counted receipts (`receiptDigest`), sorted: published as `…/results/receipts.txt`. */
    receipts: digests.map((b) => b.digest).sort(),
    pools,
    stats: {
      ballots: all.length,
      valid: counted.length,
      turnout: tenant ? counted.length / tenant.population : null,
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
 * once can never leave two seeds behind. Called by the route's handler and by the demo seed (worker/demo/budget.ts),
 * so demo results are computed exactly as staff compute them.
 */
export async function storeResults(c: Ctx, e: Edition, now = new Date()): Promise<ResultsData> {
  if (!votingEnded(e, now)) throw new ApiError(409, 'Wyniki można obliczyć dopiero po zakończeniu głosowania.')
  const { db } = c.get('services')
  const existing = await db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
  if (existing?.publishedAt)
    throw new ApiError(409, 'Wyniki zostały już opublikowane i nie można ich przeliczyć ponownie.')
  const pending = await db
    .select({ id: paperCards.id })
    .from(paperCards)
    .where(and(eq(paperCards.editionId, e.edition.id), inArray(paperCards.status, ['pending', 'confirming'])))
  if (pending.length)
    throw new ApiError(409, `Najpierw rozpatrz wszystkie papierowe karty (${pending.length} czeka na potwierdzenie).`)
  const draw = fixedDraw(e, existing, now)
  const data = await computeResults(c, e, draw)
  const by = c.get('user')!.id
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
            auditInsert(c, {
              tenantId: e.tenant.id,
              action: 'bo.results.seed',
              entity: 'bo_edition',
              entityId: e.edition.id,
              after: { seed: draw.seed, drawnAt: draw.seedDrawnAt },
            }),
          ]
        : []),
      auditInsert(c, {
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
 * for every winner, in one batch — guarded, so it publishes exactly the computation it read, once. The handler checks
 * the role; the demo seed calls this as the demo admin.
 */
export async function publishResults(c: Ctx, e: Edition, now = new Date()): Promise<void> {
  const { db } = c.get('services')
  const row = await db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
  if (!row) throw new ApiError(409, 'Najpierw oblicz wyniki.')
  if (row.publishedAt) throw new ApiError(409, 'Wyniki są już opublikowane.')
  await guardedBatch(
    db,
    [
      db
        .update(results)
        .set({ publishedAt: now, publishedBy: c.get('user')!.id })
        .where(
          and(eq(results.editionId, e.edition.id), isNull(results.publishedAt), eq(results.computedAt, row.computedAt)),
        ),
      requireChanged(db),
      ...(await implementationRows(c, e, row.data as ResultsData, now)),
      auditInsert(c, {
        tenantId: e.tenant.id,
        action: 'bo.results.publish',
        entity: 'bo_edition',
        entityId: e.edition.id,
      }),
    ] as never,
    () => new ApiError(409, RACED),
  )
}

const DECIDED = 'Ta karta została już rozpatrzona (albo właśnie potwierdza ją inna osoba).'

type CardData = {
  choices: Record<string, Record<string, number>>
  identity: {
    firstName: string
    lastName: string
    address: string
    pesel?: string
    residenceDeclared: boolean
    ageBand?: string
    sex?: string
  }
}

/** Roles that may see voters' identities in full (PESEL included), as on `GET …/ballots`. */
const seesIdentities = (role: string | undefined) => role === 'admin' || role === 'koordynator'

/** A card as a weryfikator sees it: everything needed to compare it with the paper original, except the PESEL. */
function withoutPesel(data: CardData): CardData {
  const { pesel: _pesel, ...identity } = data.identity
  return { ...data, identity }
}

/** Staff: paper cards (keyed in, then confirmed by a second person), the count, and its publication. */
export function votingStaffRoutes(api: Api): void {
  const base = '/jst/:slug/staff/bo/:year'
  const clerks = { kind: 'tenant', roles: ['admin', 'koordynator', 'weryfikator'] } as const
  const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/paper-cards`,
      summary: 'Wprowadzenie papierowej karty do głosowania (czeka na potwierdzenie drugiej osoby)',
      tags,
      access: clerks,
      body: paperCardSchema,
      responses: { 201: { description: 'Wprowadzono' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const { db } = c.get('services')
      const id = newId()
      await db.batch([
        db.insert(paperCards).values({
          id,
          tenantId: e.tenant.id,
          editionId: e.edition.id,
          cardNumber: body.cardNumber,
          data: { choices: body.choices, identity: body.identity },
          flags: body.flags,
          status: 'pending',
          enteredBy: c.get('user')!.id,
          enteredAt: new Date(),
        }),
        auditInsert(c, {
          tenantId: e.tenant.id,
          action: 'bo.paper-card.enter',
          entity: 'bo_paper_card',
          entityId: id,
          after: { cardNumber: body.cardNumber, flags: body.flags },
        }),
      ])
      return c.json({ id, status: 'pending' }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/paper-cards`,
      summary: 'Papierowe karty (do potwierdzenia i potwierdzone)',
      tags,
      access: clerks,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const { db } = c.get('services')
      const rows = await db
        .select({ card: paperCards, ballotStatus: ballots.status, ballotReason: ballots.statusReason })
        .from(paperCards)
        .leftJoin(ballots, eq(ballots.id, paperCards.ballotId))
        .where(eq(paperCards.editionId, e.edition.id))
        .orderBy(asc(paperCards.enteredAt))
      const people = new Map(
        (
          await db
            .select({ id: users.id, name: users.name })
            .from(users)
            .innerJoin(memberships, eq(memberships.userId, users.id))
            .where(eq(memberships.tenantId, e.tenant.id))
        ).map((u) => [u.id, u.name]),
      )
      const seesPesel = seesIdentities(c.get('role'))
      c.header('Cache-Control', 'no-store')
      return c.json({
        items: rows.map(({ card: r, ballotStatus, ballotReason }) => ({
          id: r.id,
          cardNumber: r.cardNumber,
          data: seesPesel ? r.data : withoutPesel(r.data as CardData),
          flags: r.flags,
          status: r.status,
          enteredBy: r.enteredBy,
          enteredByName: people.get(r.enteredBy) ?? null,
          enteredAt: r.enteredAt.toISOString(),
          decidedBy: r.decidedBy,
          decidedByName: r.decidedBy ? (people.get(r.decidedBy) ?? null) : null,
          reason: r.reason,
          ballotStatus: ballotStatus ?? null,
          reasons: ballotReason ? ballotReason.split('; ') : [],
        })),
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/paper-cards/:cardId/confirm`,
      summary: 'Potwierdzenie karty przez drugą osobę: karta trafia do głosów (z tą samą kontrolą duplikatów)',
      tags,
      access: clerks,
      responses: { 200: { description: 'Potwierdzono' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const { db } = c.get('services')
      const me = c.get('user')!.id
      const card = await db.query.paperCards.findFirst({
        where: and(eq(paperCards.id, c.req.param('cardId')!), eq(paperCards.editionId, e.edition.id)),
      })
      if (!card) throw notFound('Nie ma takiej karty.')
      if (card.status !== 'pending') throw new ApiError(409, DECIDED)
      if (card.enteredBy === me) throw forbidden('Kartę potwierdza inna osoba niż ta, która ją wprowadziła.')
      const data = card.data as CardData
      const flags = card.flags as Record<string, boolean>
      const issues = checkBallot(await ballotPoolsFor(c, e), e.rules.ballot, data.choices)
      const reasons = [
        ...Object.entries(flags)
          .filter(([, on]) => on)
          .map(([k]) => flagReasons[k]!),
        ...issues.map((i) => i.detail),
        ...(data.identity.residenceDeclared ? [] : ['brak oświadczenia o zamieszkaniu']),
      ]
      const personKey = await voterKey(c, e, data.identity)
      // The card is claimed before its ballot is cast: of two confirmations sent at once only one gets past this line.
      const claimed = await db
        .update(paperCards)
        .set({ status: 'confirming', decidedBy: me, decidedAt: new Date() })
        .where(and(eq(paperCards.id, card.id), eq(paperCards.status, 'pending')))
        .returning({ id: paperCards.id })
      if (claimed.length === 0) throw new ApiError(409, DECIDED)
      let receipt: string
      try {
        receipt = await castBallot(c, e, {
          channel: 'paper',
          personKey,
          choices: data.choices,
          identity: data.identity,
          status: reasons.length ? 'invalid' : 'valid',
          statusReason: reasons.join('; ') || null,
          register: reasons.length === 0,
        })
      } catch (error) {
        await db
          .update(paperCards)
          .set({ status: 'pending', decidedBy: null, decidedAt: null })
          .where(and(eq(paperCards.id, card.id), eq(paperCards.status, 'confirming')))
        throw error
      }
      const [ballot] = await db
        .select({ id: ballots.id, status: ballots.status })
        .from(ballots)
        .where(eq(ballots.receipt, receipt))
      await db.batch([
        db
          .update(paperCards)
          .set({ status: 'confirmed', decidedAt: new Date(), ballotId: ballot!.id })
          .where(and(eq(paperCards.id, card.id), eq(paperCards.status, 'confirming'))),
        auditInsert(c, {
          tenantId: e.tenant.id,
          action: 'bo.paper-card.confirm',
          entity: 'bo_paper_card',
          entityId: card.id,
          after: { ballotStatus: ballot!.status, reasons },
        }),
      ])
      return c.json({ status: 'confirmed', ballotStatus: ballot!.status, reasons })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/paper-cards/:cardId/reject`,
      summary: 'Odrzucenie błędnie wprowadzonej karty (do ponownego wprowadzenia)',
      tags,
      access: clerks,
      body: rejectCardSchema,
      responses: { 200: { description: 'Odrzucono' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const { db } = c.get('services')
      const card = await db.query.paperCards.findFirst({
        where: and(eq(paperCards.id, c.req.param('cardId')!), eq(paperCards.editionId, e.edition.id)),
      })
      if (!card) throw notFound('Nie ma takiej karty.')
      if (card.status !== 'pending') throw new ApiError(409, DECIDED)
      await guardedBatch(
        db,
        [
          db
            .update(paperCards)
            .set({ status: 'rejected', decidedBy: c.get('user')!.id, decidedAt: new Date(), reason: body.reason })
            .where(and(eq(paperCards.id, card.id), eq(paperCards.status, 'pending'))),
          requireChanged(db),
          auditInsert(c, {
            tenantId: e.tenant.id,
            action: 'bo.paper-card.reject',
            entity: 'bo_paper_card',
            entityId: card.id,
            after: body,
          }),
        ],
        () => new ApiError(409, DECIDED),
      )
      return c.json({ status: 'rejected' })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/ballots`,
      summary: 'Karty z danymi głosujących (do weryfikacji; tylko administrator i koordynator)',
      tags,
      access: organisers,
      query: ballotsQuery,
      responses: { 200: { description: 'Strona listy' } },
    },
    async (c, { query }) => {
      const e = await editionFromPath(c)
      const { db } = c.get('services')
      const rows = await db
        .select({ ballot: ballots, identity: ballotIdentities })
        .from(ballots)
        .leftJoin(ballotIdentities, eq(ballotIdentities.ballotId, ballots.id))
        .where(and(eq(ballots.editionId, e.edition.id), query.status ? eq(ballots.status, query.status) : undefined))
        .orderBy(asc(ballots.castAt))
        .limit(query.limit)
        .offset(query.offset)
      c.header('Cache-Control', 'no-store')
      return c.json({
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
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/register`,
      summary: 'Sprawdzenie kart z wyciągiem z rejestru (CSV: PESEL;imię;nazwisko) — przy edycjach z PESEL',
      tags,
      access: organisers,
      responses: { 200: { description: 'Statusy weryfikacji' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      if (!e.rules.askPesel)
        throw new ApiError(409, 'Ta edycja nie zbiera numerów PESEL — nie ma czego porównać z rejestrem.')
      const type = c.req.header('content-type') ?? ''
      if (!type.startsWith('text/csv') && !type.startsWith('text/plain'))
        throw new ApiError(415, 'Wyślij wyciąg jako text/csv (PESEL;imię;nazwisko).')
      await limitUploads(c, `register:${e.edition.id}`)
      const { lines, rejected } = parseRegister(
        await uploadText(c, 20 * 1024 * 1024, 'Wyciąg z rejestru jest za duży: limit 20 MB.'),
      )
      if (lines.length === 0)
        throw new ApiError(400, 'Wyciąg nie zawiera żadnego poprawnego wiersza PESEL;imię;nazwisko.')
      const register = new Map(lines.map((l) => [l.pesel, l]))
      const { db } = c.get('services')
      const rows = await db
        .select({
          id: ballots.id,
          pesel: ballotIdentities.pesel,
          firstName: ballotIdentities.firstName,
          lastName: ballotIdentities.lastName,
          erasedAt: ballotIdentities.erasedAt,
        })
        .from(ballots)
        .innerJoin(ballotIdentities, eq(ballotIdentities.ballotId, ballots.id))
        .where(eq(ballots.editionId, e.edition.id))
      if (rows.some((r) => r.erasedAt))
        throw new ApiError(409, 'Dane głosujących zostały już usunięte — weryfikacja nie jest możliwa.')
      const statuses = rows.map((r) => ({ id: r.id, verification: verify(r, register) }))
      const summaryCounts = statuses.reduce<Record<string, number>>(
        (acc, s) => ((acc[s.verification] = (acc[s.verification] ?? 0) + 1), acc),
        {},
      )
      await db.batch([
        ...statuses.map((s) => db.update(ballots).set({ verification: s.verification }).where(eq(ballots.id, s.id))),
        auditInsert(c, {
          tenantId: e.tenant.id,
          action: 'bo.register.verify',
          entity: 'bo_edition',
          entityId: e.edition.id,
          after: { registerLines: lines.length, rejectedLines: rejected.length, result: summaryCounts },
        }),
      ] as never)
      return c.json({ registerLines: lines.length, rejectedLines: rejected, result: summaryCounts })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/results`,
      summary: 'Obliczenie wyników po zakończeniu głosowania (niepubliczne do publikacji)',
      tags,
      access: organisers,
      responses: { 201: { description: 'Obliczono' } },
    },
    async (c) => {
      const data = await storeResults(c, await editionFromPath(c))
      return c.json({ ...summary(data), published: false }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/results`,
      summary: 'Podgląd obliczonych wyników (przed publikacją)',
      tags,
      access: organisers,
      responses: { 200: { description: 'Wyniki' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const row = await c.get('services').db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
      if (!row) throw notFound('Wyniki nie zostały jeszcze obliczone.')
      return c.json({ ...summary(row.data as ResultsData), published: !!row.publishedAt })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/results/publish`,
      summary: 'Publikacja wyników',
      tags,
      access: { kind: 'tenant', roles: ['admin'] },
      responses: { 200: { description: 'Opublikowano' } },
    },
    async (c) => {
      await publishResults(c, await editionFromPath(c))
      return c.json({ published: true })
    },
  )
}

export type ResultsData = Awaited<ReturnType<typeof computeResults>>

/**
 * What the results pages show: per pool, winners with votes, spending, each project's explanation; statistics; and the
 * draw's seed with when it was first drawn (null for results computed before it was kept).
 */
export function summary(data: ResultsData) {
  return {
    seed: data.seed,
    seedDrawnAt: data.seedDrawnAt ?? null,
    stats: data.stats,
    pools: data.pools.map((p) => ({
      code: p.code,
      name: p.name,
      amount: p.amount,
      votes: p.votes,
      outcome: p.outcome,
    })),
  }
}
