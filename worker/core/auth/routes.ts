import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Context } from 'hono'
import * as v from 'valibot'
import { auditInsert } from '../audit/record'
import { guardedBatch, requireChanged } from '../db/guard'
import type { AppEnv } from '../http/context'
import type { Api } from '../http/endpoint'
import { endpoint } from '../http/endpoint'
import { ApiError, notFound } from '../http/problem'
import { tenants } from '../tenants/schema'
import { decoyHash, hashPassword, verifyPassword } from './password'
import {
  acceptInvitationSchema,
  invitationInfoSchema,
  loginSchema,
  resetConfirmSchema,
  resetRequestSchema,
  userResponseSchema,
} from './schemas'
import { invitations, memberships, passwordResets, sessions, users } from './schema'
import { clearSessionCookie, loadUser, startSession } from './session'
import { clearFailures, lockedFor, lockOf, refundAttempt, takeAttempt, type ThrottleKey } from './throttle'
import { hashToken, newId, newToken } from '../ids'
import { clientIp, appOrigin } from '../http/request'
import { depsOf } from '../deps'

const RESET_TTL_MS = 60 * 60 * 1000

/** The one answer for a link that no longer works, whatever the reason (it tells a stranger nothing more). */
const INVITATION_GONE =
  'Zaproszenie wygasło, zostało już przyjęte albo link jest niepełny. Poproś administratora o nowe.'

/** A cheap per-address limit on the unauthenticated auth endpoints, on top of the per-account login throttle. */
async function limitByIp(c: Context<AppEnv>, name: string) {
  const { success, retryAfter } = await c
    .get('services')
    .rateLimiter.limit(`${name}:${clientIp(c)}`, { limit: c.get('config').authRequestsPerMinute, periodSeconds: 60 })
  if (!success)
    throw new ApiError(429, 'Zbyt wiele prób z tego adresu. Spróbuj ponownie za chwilę.', {
      headers: { 'Retry-After': String(retryAfter) },
    })
}

const throttled = (seconds: number) =>
  new ApiError(
    429,
    `Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za ${Math.max(1, Math.ceil(seconds / 60))} min.`,
    { headers: { 'Retry-After': String(Math.max(1, seconds)) } },
  )

function publicUser(user: NonNullable<Awaited<ReturnType<typeof loadUser>>>) {
  return {
    ...user,
    memberships: user.memberships.map(({ tenantSlug, tenantName, role }) => ({ tenantSlug, tenantName, role })),
  }
}

/** Staff login, sessions, password reset and invitation acceptance. Residents never need any of this. */
export function authRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'post',
      path: '/auth/login',
      summary: 'Logowanie pracownika',
      tags: ['Logowanie'],
      access: { kind: 'public' },
      body: loginSchema,
      responses: { 200: { description: 'Zalogowano; ustawia ciasteczko sesji', schema: userResponseSchema } },
    },
    async (c, { body }) => {
      await limitByIp(c, 'login')
      const { db } = c.get('services')
      const ip = clientIp(c)
      // The account's lock is per address: wrong passwords typed elsewhere never lock its owner out of their own desk.
      const address: ThrottleKey = { key: `ip:${ip}`, threshold: 20 }
      const account: ThrottleKey = { key: `login:${body.email}|${ip}`, threshold: 5 }
      const byAddress = await takeAttempt(db, address)
      if (!byAddress) throw throttled(await lockedFor(db, [address]))
      const byAccount = await takeAttempt(db, account)
      if (!byAccount) {
        await refundAttempt(db, address.key, byAddress)
        throw throttled(await lockedFor(db, [account]))
      }
      const user = await db.query.users.findFirst({ where: eq(users.email, body.email) })
      const ok = await verifyPassword(body.password, user?.passwordHash ?? decoyHash)
      if (!user || !ok || !user.active) {
        const lock = Math.max(lockOf(byAddress), lockOf(byAccount))
        // The e-mail only as its hash (it may be a typo of someone else's address); never the password.
        const emailHash = await hashToken(body.email)
        if (lock)
          await auditInsert(depsOf(c), {
            tenantId: null,
            action: 'auth.lockout',
            entity: 'user',
            entityId: user?.id ?? null,
            after: { emailHash, lockedSeconds: lock },
          })
        else
          await auditInsert(depsOf(c), {
            tenantId: null,
            action: 'auth.login-failed',
            entity: 'user',
            entityId: user?.id ?? null,
            after: { emailHash },
          })
        if (lock) throw throttled(lock)
        throw new ApiError(401, 'Nieprawidłowy e-mail lub hasło.', {
          errors: [{ field: 'password', detail: 'Nieprawidłowy e-mail lub hasło.' }],
        })
      }
      await clearFailures(db, account.key)
      await refundAttempt(db, address.key, byAddress)
      await db.batch([
        db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id)),
        auditInsert(depsOf(c), { tenantId: null, action: 'auth.login', entity: 'user', entityId: user.id }, user.id),
      ])
      await startSession(c, user.id)
      return c.json({ user: publicUser((await loadUser(db, user.id))!) })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/auth/me',
      summary: 'Zalogowany pracownik',
      tags: ['Logowanie'],
      access: { kind: 'user' },
      responses: { 200: { description: 'Użytkownik', schema: userResponseSchema } },
    },
    (c) => c.json({ user: publicUser(c.get('user')!) }),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/auth/logout',
      summary: 'Wylogowanie z tej przeglądarki',
      tags: ['Logowanie'],
      access: { kind: 'user' },
      responses: { 204: { description: 'Wylogowano' } },
    },
    async (c) => {
      await c
        .get('services')
        .db.delete(sessions)
        .where(eq(sessions.id, c.get('sessionId')!))
      clearSessionCookie(c)
      return c.body(null, 204)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/auth/logout-all',
      summary: 'Wylogowanie ze wszystkich urządzeń',
      tags: ['Logowanie'],
      access: { kind: 'user' },
      responses: { 204: { description: 'Zakończono wszystkie sesje' } },
    },
    async (c) => {
      const { db } = c.get('services')
      const user = c.get('user')!
      await db.batch([
        db.delete(sessions).where(eq(sessions.userId, user.id)),
        auditInsert(depsOf(c), { tenantId: null, action: 'auth.logout-all', entity: 'user', entityId: user.id }),
      ])
      clearSessionCookie(c)
      return c.body(null, 204)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/auth/password-reset',
      summary: 'Prośba o link do ustawienia nowego hasła',
      tags: ['Logowanie'],
      access: { kind: 'public' },
      body: resetRequestSchema,
      responses: { 202: { description: 'Przyjęto (odpowiedź nie zdradza, czy konto istnieje)' } },
    },
    async (c, { body }) => {
      await limitByIp(c, 'reset')
      const { db, mailer } = c.get('services')
      const account = await db.query.users.findFirst({
        where: and(eq(users.email, body.email), eq(users.active, true)),
      })
      if (account) {
        const token = newToken()
        const now = Date.now()
        await db.insert(passwordResets).values({
          tokenHash: await hashToken(token),
          userId: account.id,
          createdAt: new Date(now),
          expiresAt: new Date(now + RESET_TTL_MS),
        })
        await mailer.send({
          kind: 'password-reset',
          to: account.email,
          subject: 'Wspólnota: ustaw nowe hasło',
          text: `Dzień dobry,\n\nktoś (zapewne Ty) poprosił o ustawienie nowego hasła do panelu Wspólnoty.\nOtwórz link w ciągu godziny:\n${appOrigin(c)}/panel/reset-hasla/${token}\n\nJeśli to nie Ty, zignoruj tę wiadomość — hasło się nie zmieni.`,
        })
      }
      return c.json({ status: 'accepted' }, 202)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/auth/password-reset/confirm',
      summary: 'Ustawienie nowego hasła z linku',
      tags: ['Logowanie'],
      access: { kind: 'public' },
      body: resetConfirmSchema,
      responses: { 204: { description: 'Hasło zmienione; wszystkie sesje zakończone' } },
    },
    async (c, { body }) => {
      await limitByIp(c, 'reset-confirm')
      const { db } = c.get('services')
      const tokenHash = await hashToken(body.token)
      const reset = await db.query.passwordResets.findFirst({
        where: and(
          eq(passwordResets.tokenHash, tokenHash),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
        ),
      })
      if (!reset)
        throw new ApiError(400, 'Link wygasł albo został już użyty. Poproś o nowy.', {
          errors: [{ field: 'token', detail: 'Link wygasł albo został już użyty.' }],
        })
      const passwordHash = await hashPassword(body.password)
      await db.batch([
        db.update(users).set({ passwordHash }).where(eq(users.id, reset.userId)),
        db.update(passwordResets).set({ usedAt: new Date() }).where(eq(passwordResets.tokenHash, tokenHash)),
        db.delete(sessions).where(eq(sessions.userId, reset.userId)),
        auditInsert(
          depsOf(c),
          { tenantId: null, action: 'auth.password-reset', entity: 'user', entityId: reset.userId },
          reset.userId,
        ),
      ])
      return c.body(null, 204)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/auth/invitations/:token',
      summary: 'Dane zaproszenia',
      tags: ['Logowanie'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Zaproszenie', schema: invitationInfoSchema } },
    },
    async (c) => {
      const invitation = await findOpenInvitation(c, c.req.param('token')!)
      return c.json({
        email: invitation.email,
        tenantName: invitation.tenantName,
        tenantSlug: invitation.tenantSlug,
        role: invitation.role,
      })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/auth/invitations/accept',
      summary: 'Przyjęcie zaproszenia do zespołu JST',
      tags: ['Logowanie'],
      access: { kind: 'public' },
      body: acceptInvitationSchema,
      responses: { 200: { description: 'Przyjęto; ustawia ciasteczko sesji', schema: userResponseSchema } },
    },
    async (c, { body }) => {
      await limitByIp(c, 'invitation')
      const { db } = c.get('services')
      const invitation = await findOpenInvitation(c, body.token)
      const existing = await db.query.users.findFirst({ where: eq(users.email, invitation.email) })
      if (existing && !(await verifyPassword(body.password, existing.passwordHash))) {
        throw new ApiError(
          401,
          'Konto z tym adresem już istnieje — podaj jego obecne hasło, aby dołączyć do zespołu.',
          { errors: [{ field: 'password', detail: 'Podaj obecne hasło swojego konta.' }] },
        )
      }
      const userId = existing?.id ?? newId()
      const now = new Date()
      const passwordHash = existing ? null : await hashPassword(body.password)
      // The invitation is taken first and only if still open: a withdrawal (or a deactivation) that landed after the
      // checks above makes the whole batch roll back, so nobody joins through a link that was just taken back.
      await guardedBatch(
        db,
        [
          db
            .update(invitations)
            .set({ acceptedAt: now })
            .where(
              and(
                eq(invitations.id, invitation.id),
                isNull(invitations.acceptedAt),
                isNull(invitations.withdrawnAt),
                gt(invitations.expiresAt, now),
              ),
            ),
          requireChanged(db),
          ...(passwordHash
            ? [
                db
                  .insert(users)
                  .values({ id: userId, email: invitation.email, name: body.name, passwordHash, createdAt: now }),
              ]
            : []),
          db
            .insert(memberships)
            .values({ tenantId: invitation.tenantId, userId, role: invitation.role, createdAt: now })
            .onConflictDoUpdate({
              target: [memberships.tenantId, memberships.userId],
              set: { role: invitation.role, active: true },
            }),
          auditInsert(
            depsOf(c),
            {
              tenantId: invitation.tenantId,
              action: 'staff.invitation.accept',
              entity: 'membership',
              entityId: userId,
              after: { email: invitation.email, role: invitation.role },
            },
            userId,
          ),
        ] as never,
        () => notFound(INVITATION_GONE),
      )
      await startSession(c, userId)
      return c.json({ user: publicUser((await loadUser(db, userId))!) })
    },
  )
}

async function findOpenInvitation(c: Context<AppEnv>, token: string) {
  const { db } = c.get('services')
  const parsed = v.safeParse(v.pipe(v.string(), v.minLength(20), v.maxLength(100)), token)
  const [row] = parsed.success
    ? await db
        .select({
          id: invitations.id,
          tenantId: invitations.tenantId,
          email: invitations.email,
          role: invitations.role,
          tenantName: tenants.name,
          tenantSlug: tenants.slug,
        })
        .from(invitations)
        .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
        .where(
          and(
            eq(invitations.tokenHash, await hashToken(token)),
            isNull(invitations.acceptedAt),
            isNull(invitations.withdrawnAt),
            gt(invitations.expiresAt, new Date()),
          ),
        )
    : []
  if (!row) throw notFound(INVITATION_GONE)
  return row
}
