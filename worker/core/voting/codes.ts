import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm'
import { auditInsert } from '../audit/record'
import {
  clearFailures,
  lockedFor,
  lockOf,
  refundAttempt,
  takeAttempt,
  type Attempt,
  type ThrottleKey,
} from '../auth/throttle'
import type { Db } from '../db/client'
import type { Deps } from '../deps'
import { ApiError } from '../http/problem'
import { hashToken, newId, newToken } from '../ids'
import { personKey } from '../identity/person'
import { voteCodes } from './schema'

/*
 * Account-free access to a vote, for every module: a one-time code sent to an e-mail or phone proves control of it
 * and opens a session of two hours. The module names its vote (`VoteScope`) and keeps its own sessions and ballots;
 * here are the contact's checks, the limits on requests and guesses, the stored hashes and the session token. Wrong
 * codes are counted per contact with network address together, and per network address, so nobody can lock a voter
 * out by typing wrong codes for their e-mail from elsewhere.
 */

/** The vote a code opens: the module (`bo`, `rd`) and its process (a budget edition, a council election). */
export interface VoteScope {
  tenantId: string
  module: string
  processId: string
}

export type VoteChannel = 'email' | 'sms'

/** How long an opened session lasts. */
export const VOTE_SESSION_MS = 2 * 60 * 60 * 1000
/** Guesses allowed per code, and per e-mail or phone from one network address before lockouts begin (then 1 min, 2 min, 4 min… up to an hour). */
const CODE_FAILURES = 5
/** Guesses allowed per network address (for any e-mail or phone; an office or school shares one) before lockouts begin. */
const IP_FAILURES = 30
/** Code requests per contact per hour, so nobody floods a voter's inbox or phone. */
const CODES_PER_CONTACT_HOUR = 5

const normalizeContact = (channel: VoteChannel, address: string) =>
  channel === 'sms'
    ? address.replace(/[^\d+]/g, '').replace(/^(?:\+?48)?(\d{9})$/, '+48$1')
    : address.trim().toLowerCase()

/** The keyed hash of a contact in one vote: what codes, sessions and "one ballot per contact" rules compare. */
export function contactKey(deps: Pick<Deps, 'config'>, scope: VoteScope, channel: VoteChannel, address: string) {
  return personKey(deps.config.identityPepper, [
    'vote-address',
    scope.processId,
    channel,
    normalizeContact(channel, address),
  ])
}

/**
 * The keyed hash of a voter in one vote, from what identifies them (`who`: a PESEL, or a normalised name with an
 * address or birth date): a unique index on it keeps one ballot per person.
 */
export function voterKeyOf(deps: Pick<Deps, 'config'>, scope: Pick<VoteScope, 'processId'>, who: string) {
  return personKey(deps.config.identityPepper, ['vote', scope.processId, who])
}

const guessKeys = (ip: string, key: string): ThrottleKey[] => [
  { key: `vote:addr-ip:${key}:${ip}`, threshold: CODE_FAILURES },
  { key: `vote:ip:${ip}`, threshold: IP_FAILURES },
]

const tooManyCodes = (seconds: number) =>
  new ApiError(429, `Zbyt wiele błędnych kodów. Spróbuj ponownie za ${Math.ceil(seconds / 60)} min.`, {
    headers: { 'Retry-After': String(Math.max(1, seconds)) },
  })

const codeHash = (deps: Pick<Deps, 'config'>, scope: VoteScope, code: string) =>
  personKey(deps.config.identityPepper, ['vote-code', scope.processId, code])

/** Six random digits from the platform's CSPRNG, without modulo bias. */
function sixDigits(): string {
  const buf = new Uint32Array(1)
  do crypto.getRandomValues(buf)
  while (buf[0]! >= 4_294_000_000)
  return String(buf[0]! % 1_000_000).padStart(6, '0')
}

/** A request for a code that passed the checks: where to send it, and the keyed hash of the contact. */
export interface VoteCodeRequest {
  channel: VoteChannel
  contact: string
  key: string
}

/**
 * Checks the contact a code is asked for (a channel the vote offers, a well-formed address) before anything is
 * counted or sent, with a Polish error next to the field.
 */
export async function voteCodeRequest(
  deps: Pick<Deps, 'config'>,
  scope: VoteScope,
  channels: readonly VoteChannel[],
  body: { channel: VoteChannel; address: string },
): Promise<VoteCodeRequest> {
  if (!channels.includes(body.channel))
    throw new ApiError(
      400,
      body.channel === 'sms'
        ? 'W tym głosowaniu kody wysyłamy tylko e-mailem.'
        : 'W tym głosowaniu kody wysyłamy tylko SMS-em.',
      { errors: [{ field: 'channel', detail: 'Ten kanał nie jest dostępny w tym głosowaniu.' }] },
    )
  const contact = normalizeContact(body.channel, body.address)
  if (body.channel === 'email' ? !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact) : !/^\+48\d{9}$/.test(contact)) {
    const detail = body.channel === 'email' ? 'Podaj poprawny adres e-mail.' : 'Podaj polski numer komórkowy (9 cyfr).'
    throw new ApiError(400, detail, { errors: [{ field: 'address', detail }] })
  }
  return { channel: body.channel, contact, key: await contactKey(deps, scope, body.channel, body.address) }
}

/**
 * Limits code requests per network address (`VOTE_CODES_PER_HOUR`, for every module's vote: a library or a school's
 * network serves many voters) and per contact (five an hour). The limiter sees only the keyed hash of the contact.
 */
export async function limitCodeRequests(
  deps: Pick<Deps, 'rateLimiter' | 'ip' | 'config'>,
  request: VoteCodeRequest,
): Promise<void> {
  for (const [k, limit] of [
    [`vote-code-ip:${deps.ip}`, deps.config.voteCodesPerHourPerAddress],
    [`vote-code-addr:${request.key}`, CODES_PER_CONTACT_HOUR],
  ] as const) {
    const { success, retryAfter } = await deps.rateLimiter.limit(k, { limit, periodSeconds: 3600 })
    if (!success)
      throw new ApiError(429, `Zbyt wiele próśb o kod. Spróbuj ponownie za ${Math.ceil(retryAfter / 60)} min.`, {
        headers: { 'Retry-After': String(retryAfter) },
      })
  }
}

/**
 * Stores a fresh code for the contact (only its keyed hash) and hands it to `send`; refused while the contact's wrong
 * guesses from this network address keep it locked. Answers how long the code lasts.
 */
export async function issueVoteCode(
  deps: Pick<Deps, 'db' | 'config' | 'ip' | 'now'>,
  scope: VoteScope,
  request: VoteCodeRequest,
  minutes: number,
  send: (code: string) => Promise<void>,
): Promise<{ expiresInMinutes: number }> {
  const locked = await lockedFor(deps.db, guessKeys(deps.ip, request.key))
  if (locked) throw tooManyCodes(locked)
  const code = sixDigits()
  const now = deps.now().getTime()
  await deps.db.insert(voteCodes).values({
    id: newId(),
    tenantId: scope.tenantId,
    module: scope.module,
    processId: scope.processId,
    channel: request.channel,
    addressKey: request.key,
    codeHash: await codeHash(deps, scope, code),
    createdAt: new Date(now),
    expiresAt: new Date(now + minutes * 60_000),
  })
  await send(code)
  return { expiresInMinutes: minutes }
}

async function latestCode(db: Db, scope: VoteScope, key: string, now: Date) {
  const [latest] = await db
    .select()
    .from(voteCodes)
    .where(
      and(
        eq(voteCodes.processId, scope.processId),
        eq(voteCodes.module, scope.module),
        eq(voteCodes.addressKey, key),
        isNull(voteCodes.usedAt),
        gt(voteCodes.expiresAt, now),
      ),
    )
    .orderBy(desc(voteCodes.createdAt))
    .limit(1)
  return latest
}

/** A contact proved by its code, and the token of the session the module now stores (only `tokenHash`). */
export interface ProvedContact {
  contactKey: string
  token: string
  tokenHash: string
  expiresAt: Date
}

/**
 * Checks the code from the message. Each guess is counted (per contact with network address, and per network
 * address) before the code is compared, so however many arrive at once at most the threshold are; a wrong code is
 * audited (`{module}.vote.code-refused`, and `…code-locked` when it starts a lock, then 429) on `audit`'s entity.
 * A right code forgives the contact's guesses from this address and is spent; the caller stores the session.
 */
export async function proveVoteCode(
  deps: Deps,
  scope: VoteScope,
  body: { channel: VoteChannel; address: string; code: string },
  audit: { entity: string; entityId: string },
): Promise<ProvedContact> {
  const { db } = deps
  const key = await contactKey(deps, scope, body.channel, body.address)
  const keys = guessKeys(deps.ip, key)
  const locked = await lockedFor(db, keys)
  if (locked) throw tooManyCodes(locked)
  const attempts: Attempt[] = []
  for (const k of keys) {
    const attempt = await takeAttempt(db, k)
    if (!attempt) throw tooManyCodes((await lockedFor(db, keys)) || 60)
    attempts.push(attempt)
  }
  const lockSeconds = Math.max(...attempts.map((a) => lockOf(a)))
  const latest = await latestCode(db, scope, key, deps.now())
  const tried = latest
    ? await db
        .update(voteCodes)
        .set({ attempts: sql`${voteCodes.attempts} + 1` })
        .where(and(eq(voteCodes.id, latest.id), lt(voteCodes.attempts, CODE_FAILURES)))
        .returning({ id: voteCodes.id })
    : []
  if (!latest || tried.length === 0 || latest.codeHash !== (await codeHash(deps, scope, body.code))) {
    const reason = !latest ? 'no-code' : tried.length === 0 ? 'code-spent' : 'wrong-code'
    const row = { tenantId: scope.tenantId, ...audit }
    await db.batch([
      auditInsert(deps, {
        ...row,
        action: `${scope.module}.vote.code-refused`,
        after: { channel: body.channel, reason },
      }),
      ...(lockSeconds
        ? [
            auditInsert(deps, {
              ...row,
              action: `${scope.module}.vote.code-locked`,
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
  await clearFailures(db, keys[0]!.key)
  await refundAttempt(db, keys[1]!.key, attempts[1]!)
  const now = deps.now().getTime()
  const used = await db
    .update(voteCodes)
    .set({ usedAt: new Date(now) })
    .where(and(eq(voteCodes.id, latest.id), isNull(voteCodes.usedAt)))
    .returning({ id: voteCodes.id })
  if (used.length === 0)
    throw new ApiError(400, 'Ten kod został już użyty. Poproś o nowy.', {
      errors: [{ field: 'code', detail: 'Ten kod został już użyty.' }],
    })
  const token = newToken()
  return { contactKey: key, token, tokenHash: await hashToken(token), expiresAt: new Date(now + VOTE_SESSION_MS) }
}

/** The statement that erases a vote's codes, for a module's erasure batch. */
export const deleteVoteCodes = (db: Db, scope: Pick<VoteScope, 'module' | 'processId'>) =>
  db.delete(voteCodes).where(and(eq(voteCodes.processId, scope.processId), eq(voteCodes.module, scope.module)))

/** The session token of a request (`Authorization: Bearer …`) as the voting forms send it. */
export const bearerToken = (header: string | undefined) => header?.match(/^Bearer\s+(\S+)$/i)?.[1]
