import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm'
import type * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { hashToken, newId, newToken } from '../../core/ids'
import {
  clearFailures,
  lockedFor,
  lockOf,
  refundAttempt,
  takeAttempt,
  type Attempt,
  type ThrottleKey,
} from '../../core/auth/throttle'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { normalizeAddress, normalizeText, personKey } from '../../core/identity/person'
import { memo } from '../../core/cache'
import { searchProjects } from '../queries'
import { editionFromPath, requirePhase, type Ctx } from '../shared'
import { SeededRandom } from '../tally/prng'
import { checkBallot, type BallotIssue, type BallotPool } from './ballot'
import { isValidPesel } from '../../core/identity/pesel'
import { storeBallot } from './cast'
import { voteCodes, voteSessions } from './schema'
import { castSchema, codeRequestSchema, draftSchema, sessionSchema } from './schemas'
import { clientIp } from '../../core/http/request'

const tags = ['Budżet obywatelski — głosowanie']
const VOTING_CLOSED = 'Głosowanie nie trwa: sprawdź terminy w kalendarzu edycji.'
const SESSION_MS = 2 * 60 * 60 * 1000
/** Guesses allowed per code, and per e-mail or phone from one network address before lockouts begin (then 1 min, 2 min, 4 min… up to an hour). */
const CODE_FAILURES = 5
/** Guesses allowed per network address (for any e-mail or phone; an office or school shares one) before lockouts begin. */
const IP_FAILURES = 30

type Edition = Awaited<ReturnType<typeof editionFromPath>>

const normalizeContact = (channel: string, address: string) =>
  channel === 'sms'
    ? address.replace(/[^\d+]/g, '').replace(/^(?:\+?48)?(\d{9})$/, '+48$1')
    : address.trim().toLowerCase()

async function addressKey(c: Ctx, e: Edition, channel: string, address: string) {
  return personKey(c.get('config').identityPepper, [
    'vote-address',
    e.edition.id,
    channel,
    normalizeContact(channel, address),
  ])
}

/**
 * The keys that count guesses of voting codes (the staff login's throttle, worker/core/auth/throttle.ts): the contact
 * together with the caller's network address (so typing wrong codes for someone else's e-mail from elsewhere never
 * locks that person out), and the network address alone.
 */
const guessKeys = (c: Ctx, contactKey: string): ThrottleKey[] => [
  { key: `vote:addr-ip:${contactKey}:${clientIp(c)}`, threshold: CODE_FAILURES },
  { key: `vote:ip:${clientIp(c)}`, threshold: IP_FAILURES },
]

const tooManyCodes = (seconds: number) =>
  new ApiError(429, `Zbyt wiele błędnych kodów. Spróbuj ponownie za ${Math.ceil(seconds / 60)} min.`, {
    headers: { 'Retry-After': String(Math.max(1, seconds)) },
  })

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
async function sessionFrom(
  c: Ctx,
  e: Edition,
): Promise<{
  tokenHash: string
  orderSeed: string
  ballotId: string | null
  receipt: string | null
  contactKey: string | null
  draft: unknown
}> {
  const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) throw new ApiError(401, 'Najpierw wpisz kod z wiadomości, aby otworzyć kartę do głosowania.')
  const tokenHash = await hashToken(token)
  const { rows } = await c.get('services').db.$client.execute({
    sql: 'SELECT s.order_seed, s.ballot_id, s.draft, s.contact_key, b.receipt FROM bo_vote_sessions s LEFT JOIN bo_ballots b ON b.id = s.ballot_id WHERE s.token_hash = ? AND s.edition_id = ? AND s.expires_at > ?',
    args: [tokenHash, e.edition.id, Date.now()],
  })
  const row = rows[0]
  if (!row) throw new ApiError(401, 'Sesja głosowania wygasła. Poproś o nowy kod.')
  const text = (x: unknown) => (x == null ? null : String(x))
  return {
    tokenHash,
    orderSeed: String(row.order_seed),
    ballotId: text(row.ballot_id),
    receipt: text(row.receipt),
    contactKey: text(row.contact_key),
    draft: row.draft == null ? null : JSON.parse(String(row.draft)),
  }
}

/** The projects on the ballot, per pool, in the order this voter sees them (random per voter, or a published seed). */
async function ballotPools(
  c: Ctx,
  e: Edition,
  orderSeed: string,
): Promise<
  (BallotPool & {
    code: string
    projects: { id: string; number: number | null; title: string; summary: string; cost: number }[]
  })[]
> {
  const accepted = await memo(`ballot:${e.edition.id}`, c.get('config').cacheMs, () =>
    searchProjects(c.get('services').db, e.edition.id, {}, ['accepted']),
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

/**
 * Account-free voting: a one-time code by e-mail or SMS opens a session; the session holds a draft and casts one
 * ballot (a repeat of the cast gets the same receipt). One person, one ballot is enforced by the database on a keyed
 * hash of their identity, and on a keyed hash of the e-mail or phone that opened the session (`ballotsPerContact`),
 * since the declared identity is not verified. Wrong codes are counted per contact and network address together, so
 * nobody can lock a voter out by typing wrong codes for their e-mail from elsewhere.
 */
export function votingRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year/vote'

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/code`,
      summary: 'Prośba o jednorazowy kod do głosowania (e-mail albo SMS)',
      tags,
      access: { kind: 'public' },
      body: codeRequestSchema,
      responses: {
        202: { description: 'Przyjęto — odpowiedź jest taka sama niezależnie od tego, czy ktoś już głosował' },
      },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      requirePhase(e, 'voting', VOTING_CLOSED)
      if (!(e.rules.voting.channels as string[]).includes(body.channel))
        throw new ApiError(
          400,
          body.channel === 'sms'
            ? 'W tej edycji kody wysyłamy tylko e-mailem.'
            : 'W tej edycji kody wysyłamy tylko SMS-em.',
          { errors: [{ field: 'channel', detail: 'Ten kanał nie jest dostępny w tej edycji.' }] },
        )
      const contact = normalizeContact(body.channel, body.address)
      if (body.channel === 'email' ? !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact) : !/^\+48\d{9}$/.test(contact)) {
        throw new ApiError(
          400,
          body.channel === 'email' ? 'Podaj poprawny adres e-mail.' : 'Podaj polski numer komórkowy (9 cyfr).',
          {
            errors: [
              {
                field: 'address',
                detail:
                  body.channel === 'email' ? 'Podaj poprawny adres e-mail.' : 'Podaj polski numer komórkowy (9 cyfr).',
              },
            ],
          },
        )
      }
      const key = await addressKey(c, e, body.channel, body.address)
      const { db, rateLimiter, mailer, sms } = c.get('services')
      for (const [k, limit] of [
        [`vote-code-ip:${clientIp(c)}`, c.get('config').voteCodesPerHourPerAddress],
        [`vote-code-addr:${key}`, 5],
      ] as const) {
        const { success, retryAfter } = await rateLimiter.limit(k, { limit, periodSeconds: 3600 })
        if (!success)
          throw new ApiError(429, `Zbyt wiele próśb o kod. Spróbuj ponownie za ${Math.ceil(retryAfter / 60)} min.`, {
            headers: { 'Retry-After': String(retryAfter) },
          })
      }
      const locked = await lockedFor(db, guessKeys(c, key))
      if (locked) throw tooManyCodes(locked)
      const code = sixDigits()
      const now = Date.now()
      const minutes = e.rules.voting.codeMinutes
      await db.insert(voteCodes).values({
        id: newId(),
        tenantId: e.tenant.id,
        editionId: e.edition.id,
        channel: body.channel,
        addressKey: key,
        codeHash: await codeHash(c, e, code),
        createdAt: new Date(now),
        expiresAt: new Date(now + minutes * 60_000),
      })
      const text = `Twój kod do głosowania w budżecie obywatelskim (${e.tenant.name}): ${code}. Ważny ${minutes} min. Nikomu go nie podawaj.`
      if (body.channel === 'sms') await sms.send({ tenantId: e.tenant.id, kind: 'vote-code', to: contact, text })
      else
        await mailer.send({
          tenantId: e.tenant.id,
          kind: 'vote-code',
          to: contact,
          subject: `${e.tenant.name} — kod do głosowania`,
          text: `Dzień dobry,\n\n${text}\n\nJeśli to nie Ty prosisz o kod, zignoruj tę wiadomość.`,
        })
      return c.json({ status: 'accepted', expiresInMinutes: minutes }, 202)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/session`,
      summary: 'Otwarcie karty do głosowania kodem',
      tags,
      access: { kind: 'public' },
      body: sessionSchema,
      responses: { 201: { description: 'Token sesji głosowania' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      requirePhase(e, 'voting', VOTING_CLOSED)
      const { db } = c.get('services')
      const key = await addressKey(c, e, body.channel, body.address)
      const keys = guessKeys(c, key)
      const locked = await lockedFor(db, keys)
      if (locked) throw tooManyCodes(locked)
      // Each guess is counted before the code is compared, so however many arrive at once at most the threshold are.
      const attempts: Attempt[] = []
      for (const k of keys) {
        const attempt = await takeAttempt(db, k)
        if (!attempt) throw tooManyCodes((await lockedFor(db, keys)) || 60)
        attempts.push(attempt)
      }
      const lockSeconds = Math.max(...attempts.map((a) => lockOf(a)))
      const [latest] = await db
        .select()
        .from(voteCodes)
        .where(
          and(
            eq(voteCodes.editionId, e.edition.id),
            eq(voteCodes.addressKey, key),
            isNull(voteCodes.usedAt),
            gt(voteCodes.expiresAt, new Date()),
          ),
        )
        .orderBy(desc(voteCodes.createdAt))
        .limit(1)
      const tried = latest
        ? await db
            .update(voteCodes)
            .set({ attempts: sql`${voteCodes.attempts} + 1` })
            .where(and(eq(voteCodes.id, latest.id), lt(voteCodes.attempts, CODE_FAILURES)))
            .returning({ id: voteCodes.id })
        : []
      if (!latest || tried.length === 0 || latest.codeHash !== (await codeHash(c, e, body.code))) {
        const reason = !latest ? 'no-code' : tried.length === 0 ? 'code-spent' : 'wrong-code'
        const audit = { tenantId: e.tenant.id, entity: 'bo_edition', entityId: e.edition.id }
        await db.batch([
          auditInsert(c, { ...audit, action: 'bo.vote.code-refused', after: { channel: body.channel, reason } }),
          ...(lockSeconds
            ? [
                auditInsert(c, {
                  ...audit,
                  action: 'bo.vote.code-locked',
                  after: { channel: body.channel, seconds: lockSeconds },
                }),
              ]
            : []),
        ])
        if (lockSeconds) throw tooManyCodes(lockSeconds)
        throw new ApiError(400, 'Kod jest nieprawidłowy albo wygasł. Sprawdź go albo poproś o nowy.', {
          errors: [{ field: 'code', detail: 'Kod jest nieprawidłowy albo wygasł.' }],
        })
      }
      // A right code: the contact's guesses from this address are forgiven, the address gets this one back.
      await clearFailures(db, keys[0]!.key)
      await refundAttempt(db, keys[1]!.key, attempts[1]!)
      const token = newToken()
      const now = Date.now()
      const used = await db
        .update(voteCodes)
        .set({ usedAt: new Date(now) })
        .where(and(eq(voteCodes.id, latest.id), isNull(voteCodes.usedAt)))
        .returning({ id: voteCodes.id })
      if (used.length === 0)
        throw new ApiError(400, 'Ten kod został już użyty. Poproś o nowy.', {
          errors: [{ field: 'code', detail: 'Ten kod został już użyty.' }],
        })
      await db.insert(voteSessions).values({
        tokenHash: await hashToken(token),
        tenantId: e.tenant.id,
        editionId: e.edition.id,
        channel: body.channel,
        orderSeed: newToken(),
        draft: null,
        contactKey: key,
        createdAt: new Date(now),
        expiresAt: new Date(now + SESSION_MS),
      })
      return c.json({ token, expiresAt: new Date(now + SESSION_MS).toISOString() }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/ballot`,
      summary: 'Karta do głosowania tej osoby (kolejność projektów, zasady, szkic)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Karta' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const session = await sessionFrom(c, e)
      const { ballot, askPesel, voting } = e.rules
      return c.json({
        pools: await ballotPools(c, e, session.orderSeed),
        rules: { ...ballot, askPesel, minorAge: voting.minorAge },
        draft: session.draft ?? { choices: {} },
        cast: session.ballotId !== null,
      })
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: `${base}/draft`,
      summary: 'Zapis szkicu karty (przetrwa zamknięcie karty przeglądarki)',
      tags,
      access: { kind: 'public' },
      body: draftSchema,
      responses: { 200: { description: 'Zapisano' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const session = await sessionFrom(c, e)
      if (session.ballotId) throw new ApiError(409, 'Głos został już oddany.')
      await c
        .get('services')
        .db.update(voteSessions)
        .set({ draft: body })
        .where(eq(voteSessions.tokenHash, session.tokenHash))
      return c.json({ saved: true })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/cast`,
      summary: 'Oddanie głosu; zwraca kod potwierdzenia',
      tags,
      access: { kind: 'public' },
      body: castSchema,
      responses: {
        201: { description: 'Głos przyjęty (kod potwierdzenia)' },
        200: {
          description:
            'Z tej sesji głos został już oddany: ten sam kod potwierdzenia co za pierwszym razem (`repeated: true`), nic nie zapisano',
        },
      },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      requirePhase(e, 'voting', VOTING_CLOSED)
      const session = await sessionFrom(c, e)
      if (session.receipt) return c.json({ receipt: session.receipt, repeated: true }, 200)
      if (session.ballotId) throw new ApiError(409, 'Z tej sesji głos został już oddany.')
      const issues = castIssues(e, await ballotPools(c, e, session.orderSeed), body)
      if (issues.length) throw new ApiError(400, issues[0]!.detail, { errors: issues })

      const id = body.identity
      const { receipt, repeated, counted } = await storeBallot(c, e, {
        channel: 'online',
        personKey: await voterKey(c, e, id),
        choices: body.choices,
        identity: id,
        sessionTokenHash: session.tokenHash,
        contactKey: session.contactKey,
      })
      if (repeated) return c.json({ receipt, repeated }, 200)
      // Only a ballot that does not count can have an earlier one of its contact to name (no second query otherwise).
      const alreadyVoted = counted === false ? await earlierBallotOfContact(c, e, receipt, session.contactKey) : null
      return c.json(alreadyVoted ? { receipt, alreadyVoted } : { receipt }, 201)
    },
  )
}

/**
 * Whether the ballot just cast does not count because its e-mail or phone has already cast one: then the voter is
 * told so plainly, with the date of the earlier ballot and which one counts under the edition's policy. Only a
 * ballot of the same contact is named (the person proved control of it with the code); a duplicate found through a
 * declared name and address alone gets the ordinary answer, so nobody learns whether someone else has voted.
 */
async function earlierBallotOfContact(
  c: Ctx,
  e: Edition,
  receipt: string,
  contactKey: string | null,
): Promise<{ policy: 'keep-first' | 'void-all'; firstCastAt: string } | null> {
  if (!contactKey) return null
  const { rows } = await c.get('services').db.$client.execute({
    sql: "SELECT min(b.cast_at) AS first FROM bo_ballots own JOIN bo_ballot_identities i ON i.contact_key = ? JOIN bo_ballots b ON b.id = i.ballot_id AND b.edition_id = own.edition_id AND b.id <> own.id WHERE own.receipt = ? AND own.edition_id = ? AND own.status IN ('duplicate', 'void')",
    args: [contactKey, receipt, e.edition.id],
  })
  const first = rows[0]?.first
  if (first == null) return null
  return {
    policy: e.rules.voting.duplicatePolicy === 'void-all' ? 'void-all' : 'keep-first',
    firstCastAt: new Date(Number(first)).toISOString(),
  }
}

/**
 * Everything wrong with an online ballot before it is cast: the ballot rules, the PESEL where the edition asks for it,
 * a parent's declaration below `minorAge`. The cast route and the demo seed (worker/demo/budget.ts) check the same.
 */
export function castIssues(e: Edition, pools: BallotPool[], body: v.InferOutput<typeof castSchema>): BallotIssue[] {
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
  c: Ctx,
  e: Edition,
  id: { firstName: string; lastName: string; address: string; pesel?: string },
): Promise<string> {
  const who = e.rules.askPesel
    ? `pesel:${id.pesel}`
    : `${normalizeText(`${id.firstName} ${id.lastName}`)}|${normalizeAddress(id.address)}`
  return personKey(c.get('config').identityPepper, ['vote', e.edition.id, who])
}
