import { and, eq, gt } from 'drizzle-orm'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Db } from '../db/client'
import type { AppEnv, Role, SessionUser } from '../http/context'
import { tenants } from '../tenants/schema'
import { memberships, sessions, users } from './schema'
import { hashToken, newToken } from '../ids'

/** Sessions end after 12 hours without activity: a working day, not a forgotten tab at a library computer. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000

/**
 * However active, a session ends 7 days after the login: a stolen cookie that is used every few hours would otherwise
 * never expire, and a weekly password check is little to ask of staff.
 */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000

/** The next expiry: idle time from now, never past the absolute end of the session. */
const expiryOf = (createdAt: number, now: number) =>
  new Date(Math.min(now + SESSION_IDLE_MS, createdAt + SESSION_MAX_MS))

const COOKIE = 'wspolnota_session'

/** `__Host-` pins the cookie to this exact host over HTTPS with path `/`, so no subdomain can set or read it. */
const prefix = (secure: boolean) => (secure ? { prefix: 'host' as const } : {})

export async function loadUser(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await db.query.users.findFirst({ where: and(eq(users.id, userId), eq(users.active, true)) })
  if (!user) return null
  const rows = await db
    .select({ tenantId: tenants.id, tenantSlug: tenants.slug, tenantName: tenants.name, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(memberships.userId, userId), eq(memberships.active, true)))
    .orderBy(tenants.name)
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isOperator: user.isOperator,
    memberships: rows.map((r) => ({ ...r, role: r.role as Role })),
  }
}

/**
 * Resolves the session cookie to a user, sliding the idle expiry forward up to the session's absolute end; an unknown
 * or expired cookie is simply ignored.
 */
export async function readSession(c: Context<AppEnv>): Promise<{ user: SessionUser; sessionId: string } | null> {
  const token = getCookie(c, COOKIE, c.get('config').cookieSecure ? 'host' : undefined)
  if (!token) return null
  const { db } = c.get('services')
  const id = await hashToken(token)
  const now = Date.now()
  const session = await db.query.sessions.findFirst({
    where: and(eq(sessions.id, id), gt(sessions.expiresAt, new Date(now))),
  })
  if (!session || now - session.createdAt.getTime() >= SESSION_MAX_MS) return null
  const user = await loadUser(db, session.userId)
  if (!user) return null
  if (now - session.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now), expiresAt: expiryOf(session.createdAt.getTime(), now) })
      .where(eq(sessions.id, id))
  }
  return { user, sessionId: id }
}

/** Creates a session row and sets its cookie; only the token's hash is stored. */
export async function startSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const token = newToken()
  const now = Date.now()
  await c
    .get('services')
    .db.insert(sessions)
    .values({
      id: await hashToken(token),
      userId,
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
      expiresAt: expiryOf(now, now),
    })
  const secure = c.get('config').cookieSecure
  setCookie(c, COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    maxAge: SESSION_IDLE_MS / 1000,
    ...prefix(secure),
  })
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const secure = c.get('config').cookieSecure
  deleteCookie(c, COOKIE, { path: '/', secure, ...prefix(secure) })
}
