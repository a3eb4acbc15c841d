import { and, asc, eq } from 'drizzle-orm'
import { auditInsert } from '../../audit/record'
import { memberships, users } from '../../auth/schema'
import { hashToken, newId, newToken } from '../../auth/tokens'
import type { Api } from '../../http/endpoint'
import { endpoint } from '../../http/endpoint'
import { ApiError, forbidden, notFound } from '../../http/problem'
import { warsawDate } from '../calendar'
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

/** Where a voter finds their line in the published files: a digest of the receipt, unlinkable without it. */
export async function voterIdFor(receipt: string): Promise<string> {
  return (await hashToken(`wspolnota-receipt:${receipt}`)).slice(0, 16)
}

function votingEnded(e: Edition, now = new Date()): boolean {
  const voting = e.phases.find((p) => p.phase === 'voting')
  return !!voting && voting.endsAt.getTime() <= now.getTime()
}

const flagReasons: Record<string, string> = { unsigned: 'karta niepodpisana', limitsExceeded: 'przekroczone limity wyboru', unreadable: 'karta nieczytelna', late: 'karta złożona po terminie' }

/** Computes every pool of the edition from its valid ballots, with statistics safe to publish. */
export async function computeResults(c: Ctx, e: Edition) {
  const { db } = c.get('services')
  const accepted = await searchProjects(db, e.edition.id, {}, ['accepted'])
  const valid = await db.select({ id: ballots.id, receipt: ballots.receipt }).from(ballots).where(and(eq(ballots.editionId, e.edition.id), eq(ballots.status, 'valid')))
  const receiptOf = new Map(valid.map((b) => [b.id, b.receipt]))
  const choiceRows = await db
    .select({ ballotId: ballotChoices.ballotId, poolId: ballotChoices.poolId, projectId: ballotChoices.projectId, points: ballotChoices.points })
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
  const seed = e.rules.tiePolicy === 'seeded-draw' ? newToken().slice(0, 16) : ''
  const voting = e.phases.find((p) => p.phase === 'voting')!
  const pools: (PoolResult & { poolId: string; code: string; name: string; amount: number })[] = []
  const voterIds = new Map<string, string>()
  for (const id of receiptOf.keys()) voterIds.set(id, await voterIdFor(receiptOf.get(id)!))
  for (const pool of e.pools) {
    const projects = accepted.filter((p) => p.poolId === pool.id).map((p) => ({ id: p.id, number: p.number, title: p.title, category: p.category, cost: p.revisedCost ?? p.cost }))
    if (projects.length === 0) continue
    const perBallot = choicesByPool.get(pool.id) ?? new Map<string, Record<string, number>>()
    const byProject = new Map(projects.map((p) => [p.id, fileId(p)]))
    const result = countPool(
      {
        meta: { unit: e.tenant.name, instance: e.edition.year, subunit: pool.name, budget: pool.amount, rule: e.rules.winnerRule, format: e.rules.ballot.format, minVotes: e.rules.minVotes, maxProjects: e.rules.ballot.maxProjects, maxPoints: e.rules.ballot.points.length ? e.rules.ballot.points.reduce((s, x) => s + x, 0) : null, dateBegin: warsawDate(voting.startsAt).date.split('-').reverse().join('.'), dateEnd: warsawDate(voting.endsAt).date.split('-').reverse().join('.') },
        projects,
        ballots: [...perBallot].map(([ballotId, chosen]) => ({ voterId: voterIds.get(ballotId)!, choices: chosen })),
      },
      { ties: e.rules.tiePolicy, seed: `${seed}:${pool.code}`, exclusiveGroups: conflicts.map((g) => (g.projectIds as string[]).filter((id) => byProject.has(id)).map((id) => byProject.get(id)!)).filter((g) => g.length > 1) },
    )
    const projectIdOf = new Map(projects.map((p) => [fileId(p), p.id]))
    result.outcome.projects = result.outcome.projects.map((p) => ({ ...p, projectId: projectIdOf.get(p.id) }))
    pools.push({ ...result, poolId: pool.id, code: pool.code, name: pool.name, amount: pool.amount })
  }
  const all = await db.select({ channel: ballots.channel, status: ballots.status, ageBand: ballots.ageBand, sex: ballots.sex }).from(ballots).where(eq(ballots.editionId, e.edition.id))
  const tallyBy = (rows: typeof all, key: (r: (typeof all)[number]) => string) => rows.reduce<Record<string, number>>((acc, r) => ((acc[key(r)] = (acc[key(r)] ?? 0) + 1), acc), {})
  const counted = all.filter((b) => b.status === 'valid')
  const tenant = await db.query.tenants.findFirst({ where: (t, { eq: eqq }) => eqq(t.id, e.tenant.id) })
  return {
    seed,
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

/**
 * The count, stored unpublished (`POST …/staff/bo/{year}/results`): only after the vote, never again once published,
 * and not while a paper card waits for its second person. Called by the route's handler and by the demo seed
 * (worker/demo/budget.ts), so demo results are computed exactly as staff compute them.
 */
export async function storeResults(c: Ctx, e: Edition, now = new Date()): Promise<ResultsData> {
  if (!votingEnded(e, now)) throw new ApiError(409, 'Wyniki można obliczyć dopiero po zakończeniu głosowania.')
  const { db } = c.get('services')
  const existing = await db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
  if (existing?.publishedAt) throw new ApiError(409, 'Wyniki zostały już opublikowane i nie można ich przeliczyć ponownie.')
  const pending = await db.select({ id: paperCards.id }).from(paperCards).where(and(eq(paperCards.editionId, e.edition.id), eq(paperCards.status, 'pending')))
  if (pending.length) throw new ApiError(409, `Najpierw rozpatrz wszystkie papierowe karty (${pending.length} czeka na potwierdzenie).`)
  const data = await computeResults(c, e)
  const row = { editionId: e.edition.id, tenantId: e.tenant.id, data, computedBy: c.get('user')!.id, computedAt: now }
  await db.batch([
    db.insert(results).values(row).onConflictDoUpdate({ target: results.editionId, set: { data, computedBy: row.computedBy, computedAt: row.computedAt } }),
    auditInsert(c, { tenantId: e.tenant.id, action: 'bo.results.compute', entity: 'bo_edition', entityId: e.edition.id, after: { seed: data.seed, selected: Object.fromEntries(data.pools.map((p) => [p.code, p.outcome.selected])) } }),
  ])
  return data
}

/**
 * Publication by an administrator (`POST …/results/publish`): the computed results become public and tracking opens
 * for every winner, in one batch. The handler checks the role; the demo seed calls this as the demo admin.
 */
export async function publishResults(c: Ctx, e: Edition, now = new Date()): Promise<void> {
  const { db } = c.get('services')
  const row = await db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
  if (!row) throw new ApiError(409, 'Najpierw oblicz wyniki.')
  if (row.publishedAt) throw new ApiError(409, 'Wyniki są już opublikowane.')
  await db.batch([
    db.update(results).set({ publishedAt: now, publishedBy: c.get('user')!.id }).where(eq(results.editionId, e.edition.id)),
    ...(await implementationRows(c, e, row.data as ResultsData, now)),
    auditInsert(c, { tenantId: e.tenant.id, action: 'bo.results.publish', entity: 'bo_edition', entityId: e.edition.id }),
  ] as never)
}

/** Staff: paper cards (keyed in, then confirmed by a second person), the count, and its publication. */
export function votingStaffRoutes(api: Api): void {
  const base = '/jst/:slug/staff/bo/:year'
  const clerks = { kind: 'tenant', roles: ['admin', 'koordynator', 'weryfikator'] } as const
  const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const

  endpoint(api, { method: 'post', path: `${base}/paper-cards`, summary: 'Wprowadzenie papierowej karty do głosowania (czeka na potwierdzenie drugiej osoby)', tags, access: clerks, body: paperCardSchema, responses: { 201: { description: 'Wprowadzono' } } }, async (c, { body }) => {
    const e = await editionFromPath(c)
    const { db } = c.get('services')
    const id = newId()
    await db.batch([
      db.insert(paperCards).values({ id, tenantId: e.tenant.id, editionId: e.edition.id, cardNumber: body.cardNumber, data: { choices: body.choices, identity: body.identity }, flags: body.flags, status: 'pending', enteredBy: c.get('user')!.id, enteredAt: new Date() }),
      auditInsert(c, { tenantId: e.tenant.id, action: 'bo.paper-card.enter', entity: 'bo_paper_card', entityId: id, after: { cardNumber: body.cardNumber, flags: body.flags } }),
    ])
    return c.json({ id, status: 'pending' }, 201)
  })

  endpoint(api, { method: 'get', path: `${base}/paper-cards`, summary: 'Papierowe karty (do potwierdzenia i potwierdzone)', tags, access: clerks, responses: { 200: { description: 'Lista' } } }, async (c) => {
    const e = await editionFromPath(c)
    const { db } = c.get('services')
    const rows = await db.select({ card: paperCards, ballotStatus: ballots.status, ballotReason: ballots.statusReason }).from(paperCards).leftJoin(ballots, eq(ballots.id, paperCards.ballotId)).where(eq(paperCards.editionId, e.edition.id)).orderBy(asc(paperCards.enteredAt))
    const people = new Map((await db.select({ id: users.id, name: users.name }).from(users).innerJoin(memberships, eq(memberships.userId, users.id)).where(eq(memberships.tenantId, e.tenant.id))).map((u) => [u.id, u.name]))
    return c.json({
      items: rows.map(({ card: r, ballotStatus, ballotReason }) => ({
        id: r.id,
        cardNumber: r.cardNumber,
        data: r.data,
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
  })

  endpoint(api, { method: 'post', path: `${base}/paper-cards/:cardId/confirm`, summary: 'Potwierdzenie karty przez drugą osobę: karta trafia do głosów (z tą samą kontrolą duplikatów)', tags, access: clerks, responses: { 200: { description: 'Potwierdzono' } } }, async (c) => {
    const e = await editionFromPath(c)
    const { db } = c.get('services')
    const card = await db.query.paperCards.findFirst({ where: and(eq(paperCards.id, c.req.param('cardId')!), eq(paperCards.editionId, e.edition.id)) })
    if (!card) throw notFound('Nie ma takiej karty.')
    if (card.status !== 'pending') throw new ApiError(409, 'Ta karta została już rozpatrzona.')
    if (card.enteredBy === c.get('user')!.id) throw forbidden('Kartę potwierdza inna osoba niż ta, która ją wprowadziła.')
    const data = card.data as { choices: Record<string, Record<string, number>>; identity: { firstName: string; lastName: string; address: string; pesel?: string; residenceDeclared: boolean; ageBand?: string; sex?: string } }
    const flags = card.flags as Record<string, boolean>
    const issues = checkBallot(await ballotPoolsFor(c, e), e.rules.ballot, data.choices)
    const reasons = [...Object.entries(flags).filter(([, on]) => on).map(([k]) => flagReasons[k]!), ...issues.map((i) => i.detail), ...(data.identity.residenceDeclared ? [] : ['brak oświadczenia o zamieszkaniu'])]
    const receipt = await castBallot(c, e, { channel: 'paper', personKey: await voterKey(c, e, data.identity), choices: data.choices, identity: data.identity, status: reasons.length ? 'invalid' : 'valid', statusReason: reasons.join('; ') || null, register: reasons.length === 0 })
    const [ballot] = await db.select({ id: ballots.id, status: ballots.status }).from(ballots).where(eq(ballots.receipt, receipt))
    await db.batch([
      db.update(paperCards).set({ status: 'confirmed', decidedBy: c.get('user')!.id, decidedAt: new Date(), ballotId: ballot!.id }).where(eq(paperCards.id, card.id)),
      auditInsert(c, { tenantId: e.tenant.id, action: 'bo.paper-card.confirm', entity: 'bo_paper_card', entityId: card.id, after: { ballotStatus: ballot!.status, reasons } }),
    ])
    return c.json({ status: 'confirmed', ballotStatus: ballot!.status, reasons })
  })

  endpoint(api, { method: 'post', path: `${base}/paper-cards/:cardId/reject`, summary: 'Odrzucenie błędnie wprowadzonej karty (do ponownego wprowadzenia)', tags, access: clerks, body: rejectCardSchema, responses: { 200: { description: 'Odrzucono' } } }, async (c, { body }) => {
    const e = await editionFromPath(c)
    const { db } = c.get('services')
    const card = await db.query.paperCards.findFirst({ where: and(eq(paperCards.id, c.req.param('cardId')!), eq(paperCards.editionId, e.edition.id)) })
    if (!card) throw notFound('Nie ma takiej karty.')
    if (card.status !== 'pending') throw new ApiError(409, 'Ta karta została już rozpatrzona.')
    await db.batch([
      db.update(paperCards).set({ status: 'rejected', decidedBy: c.get('user')!.id, decidedAt: new Date(), reason: body.reason }).where(eq(paperCards.id, card.id)),
      auditInsert(c, { tenantId: e.tenant.id, action: 'bo.paper-card.reject', entity: 'bo_paper_card', entityId: card.id, after: body }),
    ])
    return c.json({ status: 'rejected' })
  })

  endpoint(api, { method: 'get', path: `${base}/ballots`, summary: 'Karty z danymi głosujących (do weryfikacji; tylko administrator i koordynator)', tags, access: organisers, query: ballotsQuery, responses: { 200: { description: 'Strona listy' } } }, async (c, { query }) => {
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
    return c.json({
      items: rows.map(({ ballot, identity }) => ({
        id: ballot.id,
        channel: ballot.channel,
        status: ballot.status,
        reason: ballot.statusReason,
        verification: ballot.verification,
        castAt: ballot.castAt.toISOString(),
        identity: identity?.erasedAt ? null : identity && { firstName: identity.firstName, lastName: identity.lastName, address: identity.address, pesel: identity.pesel, guardianName: identity.guardianName },
        erasedAt: identity?.erasedAt?.toISOString() ?? null,
      })),
    })
  })

  endpoint(api, { method: 'post', path: `${base}/register`, summary: 'Sprawdzenie kart z wyciągiem z rejestru (CSV: PESEL;imię;nazwisko) — przy edycjach z PESEL', tags, access: organisers, responses: { 200: { description: 'Statusy weryfikacji' } } }, async (c) => {
    const e = await editionFromPath(c)
    if (!e.rules.askPesel) throw new ApiError(409, 'Ta edycja nie zbiera numerów PESEL — nie ma czego porównać z rejestrem.')
    const type = c.req.header('content-type') ?? ''
    if (!type.startsWith('text/csv') && !type.startsWith('text/plain')) throw new ApiError(415, 'Wyślij wyciąg jako text/csv (PESEL;imię;nazwisko).')
    const { lines, rejected } = parseRegister(await c.req.text())
    if (lines.length === 0) throw new ApiError(400, 'Wyciąg nie zawiera żadnego poprawnego wiersza PESEL;imię;nazwisko.')
    const register = new Map(lines.map((l) => [l.pesel, l]))
    const { db } = c.get('services')
    const rows = await db.select({ id: ballots.id, pesel: ballotIdentities.pesel, firstName: ballotIdentities.firstName, lastName: ballotIdentities.lastName, erasedAt: ballotIdentities.erasedAt }).from(ballots).innerJoin(ballotIdentities, eq(ballotIdentities.ballotId, ballots.id)).where(eq(ballots.editionId, e.edition.id))
    if (rows.some((r) => r.erasedAt)) throw new ApiError(409, 'Dane głosujących zostały już usunięte — weryfikacja nie jest możliwa.')
    const statuses = rows.map((r) => ({ id: r.id, verification: verify(r, register) }))
    const summaryCounts = statuses.reduce<Record<string, number>>((acc, s) => ((acc[s.verification] = (acc[s.verification] ?? 0) + 1), acc), {})
    await db.batch([
      ...statuses.map((s) => db.update(ballots).set({ verification: s.verification }).where(eq(ballots.id, s.id))),
      auditInsert(c, { tenantId: e.tenant.id, action: 'bo.register.verify', entity: 'bo_edition', entityId: e.edition.id, after: { registerLines: lines.length, rejectedLines: rejected.length, result: summaryCounts } }),
    ] as never)
    return c.json({ registerLines: lines.length, rejectedLines: rejected, result: summaryCounts })
  })

  endpoint(api, { method: 'post', path: `${base}/results`, summary: 'Obliczenie wyników po zakończeniu głosowania (niepubliczne do publikacji)', tags, access: organisers, responses: { 201: { description: 'Obliczono' } } }, async (c) => {
    const data = await storeResults(c, await editionFromPath(c))
    return c.json({ ...summary(data), published: false }, 201)
  })

  endpoint(api, { method: 'get', path: `${base}/results`, summary: 'Podgląd obliczonych wyników (przed publikacją)', tags, access: organisers, responses: { 200: { description: 'Wyniki' } } }, async (c) => {
    const e = await editionFromPath(c)
    const row = await c.get('services').db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
    if (!row) throw notFound('Wyniki nie zostały jeszcze obliczone.')
    return c.json({ ...summary(row.data as ResultsData), published: !!row.publishedAt })
  })

  endpoint(api, { method: 'post', path: `${base}/results/publish`, summary: 'Publikacja wyników', tags, access: { kind: 'tenant', roles: ['admin'] }, responses: { 200: { description: 'Opublikowano' } } }, async (c) => {
    await publishResults(c, await editionFromPath(c))
    return c.json({ published: true })
  })
}

export type ResultsData = Awaited<ReturnType<typeof computeResults>>

/** What the results pages show: per pool, winners with votes, spending, each project's explanation; and statistics. */
export function summary(data: ResultsData) {
  return {
    seed: data.seed,
    stats: data.stats,
    pools: data.pools.map((p) => ({ code: p.code, name: p.name, amount: p.amount, votes: p.votes, outcome: p.outcome })),
  }
}
