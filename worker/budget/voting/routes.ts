import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm'
import type * as v from 'valibot'
import { clientIp } from '../../audit/record'
import { lockedFor, recordFailure, type ThrottleKey } from '../../auth/throttle'
import { hashToken, newId, newToken } from '../../auth/tokens'
import type { Api } from '../../http/endpoint'
import { endpoint } from '../../http/endpoint'
import { ApiError } from '../../http/problem'
import { normalizeAddress, normalizeText, personKey } from '../identity'
import { memo } from '../cache'
import { searchProjects } from '../queries'
import { editionFromPath, requirePhase, type Ctx } from '../shared'
import { SeededRandom } from '../tally/prng'
import { checkBallot, type BallotIssue, type BallotPool } from './ballot'
import { isValidPesel } from './pesel'
import { castBallot } from './cast'
import { voteCodes, voteSessions } from './schema'
import { castSchema, codeRequestSchema, draftSchema, sessionSchema } from './schemas'

const tags = ['Budżet obywatelski — głosowanie']
const VOTING_CLOSED = 'Głosowanie nie trwa: sprawdź terminy w kalendarzu edycji.'
const SESSION_MS = 2 * 60 * 60 * 1000
/** Wrong codes allowed per address before lockouts begin (then 1 min, 2 min, 4 min… up to an hour). */
const CODE_FAILURES = 5

type Edition = Awaited<ReturnType<typeof editionFromPath>>

const normalizeContact = (channel: string, address: string) => (channel === 'sms' ? address.replace(/[^\d+]/g, '').replace(/^(?:\+?48)?(\d{9})$/, '+48$1') : address.trim().toLowerCase())

async function addressKey(c: Ctx, e: Edition, channel: string, address: string) {
  return personKey(c.get('config').identityPepper, ['vote-address', e.edition.id, channel, normalizeContact(channel, address)])
}

async function codeHash(c: Ctx, e: Edition, code: string) {
  return personKey(c.get('config').identityPepper, ['vote-code', e.edition.id, code])
}

/** Six random digits from the platform's CSPRNG, without modulo bias. */
function sixDigits(): string {
  const buf = new Uint32Array(1)
  do crypto.getRandomValues(buf)
  while (buf[0]! >= 4_294_000_000)
  return String(buf[0]! % 1_000_000).padStart(6, '0')
}

/**
 * The voting session behind the Bearer token, read with one narrow statement on the client (no query builder):
 * every ballot, draft and card view starts here.
 */
async function sessionFrom(c: Ctx, e: Edition): Promise<{ tokenHash: string; orderSeed: string; ballotId: string | null; draft: unknown }> {
  const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) throw new ApiError(401, 'Najpierw wpisz kod z wiadomości, aby otworzyć kartę do głosowania.')
  const tokenHash = await hashToken(token)
  const { rows } = await c.get('services').db.$client.execute({ sql: 'SELECT order_seed, ballot_id, draft FROM bo_vote_sessions WHERE token_hash = ? AND edition_id = ? AND expires_at > ?', args: [tokenHash, e.edition.id, Date.now()] })
  const row = rows[0]
  if (!row) throw new ApiError(401, 'Sesja głosowania wygasła. Poproś o nowy kod.')
  return { tokenHash, orderSeed: String(row.order_seed), ballotId: row.ballot_id == null ? null : String(row.ballot_id), draft: row.draft == null ? null : JSON.parse(String(row.draft)) }
}

/** The projects on the ballot, per pool, in the order this voter sees them (random per voter, or a published seed). */
async function ballotPools(c: Ctx, e: Edition, orderSeed: string): Promise<(BallotPool & { code: string; projects: { id: string; number: number | null; title: string; summary: string; cost: number }[] })[]> {
  const accepted = await memo(`ballot:${e.edition.id}`, c.get('config').cacheMs, () => searchProjects(c.get('services').db, e.edition.id, {}, ['accepted']))
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
    return { id: pool.id, code: pool.code, name: pool.name, kind: pool.kind as BallotPool['kind'], amount: pool.amount, projects }
  })
}

/**
 * Account-free voting: a one-time code by e-mail or SMS opens a session; the session holds a draft and casts one
 * ballot. One person, one ballot is enforced by the database on a keyed hash of their identity.
 */
export function votingRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year/vote'

  endpoint(api, { method: 'post', path: `${base}/code`, summary: 'Prośba o jednorazowy kod do głosowania (e-mail albo SMS)', tags, access: { kind: 'public' }, body: codeRequestSchema, responses: { 202: { description: 'Przyjęto — odpowiedź jest taka sama niezależnie od tego, czy ktoś już głosował' } } }, async (c, { body }) => {
    const e = await editionFromPath(c)
    requirePhase(e, 'voting', VOTING_CLOSED)
    if (!(e.rules.voting.channels as string[]).includes(body.channel)) throw new ApiError(400, body.channel === 'sms' ? 'W tej edycji kody wysyłamy tylko e-mailem.' : 'W tej edycji kody wysyłamy tylko SMS-em.', { errors: [{ field: 'channel', detail: 'Ten kanał nie jest dostępny w tej edycji.' }] })
    const contact = normalizeContact(body.channel, body.address)
    if (body.channel === 'email' ? !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact) : !/^\+48\d{9}$/.test(contact)) {
      throw new ApiError(400, body.channel === 'email' ? 'Podaj poprawny adres e-mail.' : 'Podaj polski numer komórkowy (9 cyfr).', { errors: [{ field: 'address', detail: body.channel === 'email' ? 'Podaj poprawny adres e-mail.' : 'Podaj polski numer komórkowy (9 cyfr).' }] })
    }
    const key = await addressKey(c, e, body.channel, body.address)
    const { db, rateLimiter, mailer, sms } = c.get('services')
    for (const [k, limit] of [[`vote-code-ip:${clientIp(c)}`, c.get('config').voteCodesPerHourPerAddress], [`vote-code-addr:${key}`, 5]] as const) {
      const { success, retryAfter } = await rateLimiter.limit(k, { limit, periodSeconds: 3600 })
      if (!success) throw new ApiError(429, `Zbyt wiele próśb o kod. Spróbuj ponownie za ${Math.ceil(retryAfter / 60)} min.`, { headers: { 'Retry-After': String(retryAfter) } })
    }
    const locked = await lockedFor(db, [{ key: `vote:addr:${key}`, threshold: CODE_FAILURES }])
    if (locked) throw new ApiError(429, `Zbyt wiele błędnych kodów. Spróbuj ponownie za ${Math.ceil(locked / 60)} min.`, { headers: { 'Retry-After': String(locked) } })
    const code = sixDigits()
    const now = Date.now()
    const minutes = e.rules.voting.codeMinutes
    await db.insert(voteCodes).values({ id: newId(), tenantId: e.tenant.id, editionId: e.edition.id, channel: body.channel, addressKey: key, codeHash: await codeHash(c, e, code), createdAt: new Date(now), expiresAt: new Date(now + minutes * 60_000) })
    const text = `Twój kod do głosowania w budżecie obywatelskim (${e.tenant.name}): ${code}. Ważny ${minutes} min. Nikomu go nie podawaj.`
    if (body.channel === 'sms') await sms.send({ tenantId: e.tenant.id, to: contact, text })
    else await mailer.send({ tenantId: e.tenant.id, to: contact, subject: `${e.tenant.name} — kod do głosowania`, text: `Dzień dobry,\n\n${text}\n\nJeśli to nie Ty prosisz o kod, zignoruj tę wiadomość.` })
    return c.json({ status: 'accepted', expiresInMinutes: minutes }, 202)
  })

  endpoint(api, { method: 'post', path: `${base}/session`, summary: 'Otwarcie karty do głosowania kodem', tags, access: { kind: 'public' }, body: sessionSchema, responses: { 201: { description: 'Token sesji głosowania' } } }, async (c, { body }) => {
    const e = await editionFromPath(c)
    requirePhase(e, 'voting', VOTING_CLOSED)
    const { db } = c.get('services')
    const key = await addressKey(c, e, body.channel, body.address)
    const keys: ThrottleKey[] = [
      { key: `vote:addr:${key}`, threshold: CODE_FAILURES },
      { key: `vote:ip:${clientIp(c)}`, threshold: 30 },
    ]
    const locked = await lockedFor(db, keys)
    if (locked) throw new ApiError(429, `Zbyt wiele błędnych kodów. Spróbuj ponownie za ${Math.ceil(locked / 60)} min.`, { headers: { 'Retry-After': String(locked) } })
    const [latest] = await db.select().from(voteCodes).where(and(eq(voteCodes.editionId, e.edition.id), eq(voteCodes.addressKey, key), isNull(voteCodes.usedAt), gt(voteCodes.expiresAt, new Date()))).orderBy(desc(voteCodes.createdAt)).limit(1)
    if (!latest || latest.codeHash !== (await codeHash(c, e, body.code)) || latest.attempts >= CODE_FAILURES) {
      if (latest) await db.update(voteCodes).set({ attempts: sql`${voteCodes.attempts} + 1` }).where(eq(voteCodes.id, latest.id))
      const lock = await recordFailure(db, keys)
      if (lock) throw new ApiError(429, `Zbyt wiele błędnych kodów. Spróbuj ponownie za ${Math.ceil(lock / 60)} min.`, { headers: { 'Retry-After': String(lock) } })
      throw new ApiError(400, 'Kod jest nieprawidłowy albo wygasł. Sprawdź go albo poproś o nowy.', { errors: [{ field: 'code', detail: 'Kod jest nieprawidłowy albo wygasł.' }] })
    }
    const token = newToken()
    const now = Date.now()
    const used = await db.update(voteCodes).set({ usedAt: new Date(now) }).where(and(eq(voteCodes.id, latest.id), isNull(voteCodes.usedAt))).returning({ id: voteCodes.id })
    if (used.length === 0) throw new ApiError(400, 'Ten kod został już użyty. Poproś o nowy.', { errors: [{ field: 'code', detail: 'Ten kod został już użyty.' }] })
    await db.insert(voteSessions).values({ tokenHash: await hashToken(token), tenantId: e.tenant.id, editionId: e.edition.id, channel: body.channel, orderSeed: newToken(), draft: null, createdAt: new Date(now), expiresAt: new Date(now + SESSION_MS) })
    return c.json({ token, expiresAt: new Date(now + SESSION_MS).toISOString() }, 201)
  })

  endpoint(api, { method: 'get', path: `${base}/ballot`, summary: 'Karta do głosowania tej osoby (kolejność projektów, zasady, szkic)', tags, access: { kind: 'public' }, responses: { 200: { description: 'Karta' } } }, async (c) => {
    const e = await editionFromPath(c)
    const session = await sessionFrom(c, e)
    const { ballot, askPesel, voting } = e.rules
    return c.json({
      pools: await ballotPools(c, e, session.orderSeed),
      rules: { ...ballot, askPesel, minorAge: voting.minorAge },
      draft: session.draft ?? { choices: {} },
      cast: session.ballotId !== null,
    })
  })

  endpoint(api, { method: 'put', path: `${base}/draft`, summary: 'Zapis szkicu karty (przetrwa zamknięcie karty przeglądarki)', tags, access: { kind: 'public' }, body: draftSchema, responses: { 200: { description: 'Zapisano' } } }, async (c, { body }) => {
    const e = await editionFromPath(c)
    const session = await sessionFrom(c, e)
    if (session.ballotId) throw new ApiError(409, 'Głos został już oddany.')
    await c.get('services').db.update(voteSessions).set({ draft: body }).where(eq(voteSessions.tokenHash, session.tokenHash))
    return c.json({ saved: true })
  })

  endpoint(api, { method: 'post', path: `${base}/cast`, summary: 'Oddanie głosu; zwraca kod potwierdzenia', tags, access: { kind: 'public' }, body: castSchema, responses: { 201: { description: 'Głos przyjęty (kod potwierdzenia)' } } }, async (c, { body }) => {
    const e = await editionFromPath(c)
    requirePhase(e, 'voting', VOTING_CLOSED)
    const session = await sessionFrom(c, e)
    if (session.ballotId) throw new ApiError(409, 'Z tej sesji głos został już oddany.')
    const issues = castIssues(e, await ballotPools(c, e, session.orderSeed), body)
    if (issues.length) throw new ApiError(400, issues[0]!.detail, { errors: issues })

    const id = body.identity
    const receipt = await castBallot(c, e, { channel: 'online', personKey: await voterKey(c, e, id), choices: body.choices, identity: id, sessionTokenHash: session.tokenHash })
    return c.json({ receipt }, 201)
  })
}

/**
 * Everything wrong with an online ballot before it is cast: the ballot rules, the PESEL where the edition asks for it,
 * a parent's declaration below `minorAge`. The cast route and the demo seed (worker/demo/budget.ts) check the same.
 */
export function castIssues(e: Edition, pools: BallotPool[], body: v.InferOutput<typeof castSchema>): BallotIssue[] {
  const issues = checkBallot(pools, e.rules.ballot, body.choices)
  const id = body.identity
  if (e.rules.askPesel && !isValidPesel(id.pesel ?? '')) issues.push({ field: 'identity.pesel', detail: 'Podaj poprawny numer PESEL (11 cyfr, zgodna suma kontrolna).' })
  const minorAge = e.rules.voting.minorAge
  if (minorAge != null && id.adult !== true && (!id.guardianName || id.guardianName.length < 3 || id.guardianDeclared !== true)) {
    issues.push({ field: 'identity.guardianName', detail: `Osoba poniżej ${minorAge} lat głosuje z oświadczeniem rodzica lub opiekuna: podaj jego imię i nazwisko i zaznacz oświadczenie.` })
  }
  return issues
}

/**
 * Who a ballot belongs to, for "one person, one ballot": the PESEL where the edition asks for it, otherwise the
 * normalised name and address (supervisors strike down compulsory PESEL), keyed with the server's pepper.
 */
export async function voterKey(c: Ctx, e: Edition, id: { firstName: string; lastName: string; address: string; pesel?: string }): Promise<string> {
  const who = e.rules.askPesel ? `pesel:${id.pesel}` : `${normalizeText(`${id.firstName} ${id.lastName}`)}|${normalizeAddress(id.address)}`
  return personKey(c.get('config').identityPepper, ['vote', e.edition.id, who])
}
