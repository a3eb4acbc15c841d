import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { invitations, memberships, sessions, users } from '../../../worker/core/auth/schema'
import { Agent, demo, expectProblem, lastMail, loggedIn, PASSWORD, testApp, type TestApp } from '../../support/api'

/**
 * Findings of the security review on staff sign-in: links in e-mails, the login lockout, sessions and invitations.
 * `verifyPassword` is wrapped so the lockout tests can count how many guesses were actually checked.
 */
const verifications = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../worker/core/auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../worker/core/auth/password')>()
  return {
    ...actual,
    verifyPassword: (password: string, stored: string) => {
      verifications.count++
      return actual.verifyPassword(password, stored)
    },
  }
})

const base = '/api/v1/jst/gmina-przykladowa/staff'

/** A request as the Node server sees it behind a reverse proxy: socket from the proxy, client in X-Forwarded-For. */
function fromAddress(t: TestApp, ip: string, path: string, body: unknown) {
  return t.app.request(
    `http://localhost${path}`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost', 'X-Forwarded-For': ip },
      body: JSON.stringify(body),
    },
    { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
  )
}
const loginFrom = (t: TestApp, ip: string, email: string, password: string) =>
  fromAddress(t, ip, '/api/v1/auth/login', { email, password })

describe('e-mailed links never follow the Host header', () => {
  let t: TestApp
  beforeAll(async () => {
    // APP_URL unset: development falls back to the configured port, never to the request's host.
    t = await testApp({ APP_URL: '', PORT: '8787' })
  })
  afterAll(() => t.close())

  const forged = (path: string, body: unknown, cookie = '') =>
    t.app.request(`http://evil.example${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'http://evil.example',
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify(body),
    })

  it('a password reset asked through host evil.example mails a link to the configured address', async () => {
    expect((await forged('/api/v1/auth/password-reset', { email: demo.moderator })).status).toBe(202)
    const mail = await lastMail(new Agent(t), demo.moderator)
    expect(mail.text).not.toContain('evil.example')
    expect(mail.link).toMatch(/^http:\/\/localhost:8787\/panel\/reset-hasla\//)
  })

  it('an invitation sent through host evil.example links to the configured address', async () => {
    const admin = await loggedIn(t, demo.admin)
    expect(
      (
        await forged(
          `${base}/invitations`,
          { email: 'host@gmina-przykladowa.example', role: 'moderator' },
          admin.cookie,
        )
      ).status,
    ).toBe(201)
    const mail = await lastMail(admin, 'host@gmina-przykladowa.example')
    expect(mail.text).not.toContain('evil.example')
    expect(mail.link).toMatch(/^http:\/\/localhost:8787\/panel\/zaproszenie\//)
  })
})

describe('login lockout', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp({ TRUST_PROXY: 'true', AUTH_REQUESTS_PER_MINUTE: '1000' })
  })
  afterAll(() => t.close())
  beforeEach(() => {
    verifications.count = 0
  })

  it('30 wrong passwords sent at once are checked at most 5 times (the lock is taken before the check)', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => loginFrom(t, '203.0.113.10', demo.koordynator, `zle-haslo-${i}-xxxxxx`)),
    )
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([])
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4)
    expect(verifications.count).toBeLessThanOrEqual(5)
    // the right password is refused as well, without being checked, while the lock lasts
    verifications.count = 0
    await expectProblem(await loginFrom(t, '203.0.113.10', demo.koordynator, PASSWORD), 429)
    expect(verifications.count).toBe(0)
  })

  it('wrong passwords from another address do not lock the owner out of their own address', async () => {
    for (let i = 0; i < 4; i++)
      await expectProblem(await loginFrom(t, '198.51.100.66', demo.weryfikator, `zle-haslo-${i}-xxxxxx`), 401)
    await expectProblem(await loginFrom(t, '198.51.100.66', demo.weryfikator, 'zle-haslo-5-xxxxxx'), 429)
    await expectProblem(await loginFrom(t, '198.51.100.66', demo.weryfikator, PASSWORD), 429)
    const owner = await loginFrom(t, '192.0.2.15', demo.weryfikator, PASSWORD)
    expect(owner.status).toBe(200)
  })

  it('a made-up address put in front of X-Forwarded-For does not dodge the lock (the proxy appends the real one)', async () => {
    for (let i = 0; i < 4; i++)
      await expectProblem(await loginFrom(t, `10.9.8.${i}, 198.51.100.200`, demo.admin, `zle-haslo-${i}-xxxxxx`), 401)
    await expectProblem(await loginFrom(t, '10.9.8.4, 198.51.100.200', demo.admin, 'zle-haslo-4-xxxxxx'), 429)
    await expectProblem(await loginFrom(t, '10.9.8.5, 198.51.100.200', demo.admin, PASSWORD), 429)
  })

  it('one address guessing many accounts is stopped by the coarser per-address limit', async () => {
    const ip = '203.0.113.99'
    for (let i = 0; i < 20; i++) {
      const res = await loginFrom(t, ip, `nikt${i}@nigdzie.example`, 'zle-haslo-xxxxxx')
      expect(res.status, `attempt ${i + 1}`).toBe(i < 19 ? 401 : 429)
    }
    verifications.count = 0
    await expectProblem(await loginFrom(t, ip, demo.admin, PASSWORD), 429)
    expect(verifications.count).toBe(0)
    expect((await loginFrom(t, '203.0.113.100', demo.admin, PASSWORD)).status).toBe(200)
  })

  it('a successful login from a shared address does not use up the allowance of that address', async () => {
    const ip = '203.0.113.150'
    for (let i = 0; i < 25; i++)
      expect((await loginFrom(t, ip, demo.admin, PASSWORD)).status, `login ${i + 1}`).toBe(200)
    expect((await loginFrom(t, ip, demo.admin, 'zle-haslo-xxxxxx')).status).toBe(401)
  })

  it('writes failed logins and lockouts to the audit log, never the password', async () => {
    const before = (await t.db.select({ n: sql<number>`max(id)` }).from(auditLog))[0]!.n ?? 0
    for (let i = 0; i < 5; i++) await loginFrom(t, '198.51.100.77', demo.moderator, `tajne-zle-haslo-${i}`)
    await loginFrom(t, '198.51.100.77', 'nikt@nigdzie.example', 'tajne-zle-haslo-x')
    const rows = (
      await t.db
        .select()
        .from(auditLog)
        .where(sql`${auditLog.id} > ${before}`)
    ).filter((r) => r.action.startsWith('auth.'))
    const moderator = (await t.db.query.users.findFirst({ where: eq(users.email, demo.moderator) }))!
    expect(rows.filter((r) => r.action === 'auth.login-failed' && r.entityId === moderator.id)).toHaveLength(4)
    const lockout = rows.filter((r) => r.action === 'auth.lockout')
    expect(lockout).toHaveLength(1)
    expect(lockout[0]).toMatchObject({
      tenantId: null,
      actorId: null,
      entity: 'user',
      entityId: moderator.id,
      ip: '198.51.100.77',
    })
    const unknown = rows.find((r) => r.action === 'auth.login-failed' && r.entityId !== moderator.id)!
    expect(unknown).toMatchObject({ tenantId: null, entity: 'user', entityId: null })
    expect(JSON.stringify(unknown)).not.toContain('nikt@nigdzie.example')
    expect(JSON.stringify(rows)).not.toContain('tajne-zle-haslo')
  })
})

describe('sessions', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  it('end 7 days after login even when used all the time', async () => {
    const agent = await loggedIn(t, demo.admin)
    expect((await agent.get('/api/v1/auth/me')).status).toBe(200)
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000)
    const user = (await t.db.query.users.findFirst({ where: eq(users.email, demo.admin) }))!
    // in use a moment ago, idle expiry hours away — only the login is old
    await t.db
      .update(sessions)
      .set({ createdAt: eightDaysAgo, lastSeenAt: new Date(Date.now() - 2 * 60_000) })
      .where(eq(sessions.userId, user.id))
    await expectProblem(await agent.get('/api/v1/auth/me'), 401)
  })

  it('never slide past 7 days from login', async () => {
    const agent = await loggedIn(t, demo.koordynator)
    const user = (await t.db.query.users.findFirst({ where: eq(users.email, demo.koordynator) }))!
    const login = Date.now() - (7 * 24 - 1) * 60 * 60 * 1000
    await t.db
      .update(sessions)
      .set({ createdAt: new Date(login), lastSeenAt: new Date(Date.now() - 2 * 60_000) })
      .where(eq(sessions.userId, user.id))
    expect((await agent.get('/api/v1/auth/me')).status).toBe(200)
    const [row] = await t.db.select().from(sessions).where(eq(sessions.userId, user.id))
    expect(row!.expiresAt.getTime()).toBeLessThanOrEqual(login + 7 * 24 * 60 * 60 * 1000)
  })
})

describe('invitations', () => {
  let t: TestApp
  let admin: Agent
  beforeAll(async () => {
    t = await testApp()
    admin = await loggedIn(t, demo.admin)
  })
  afterAll(() => t.close())

  const invite = async (email: string, role = 'moderator') => {
    const res = await admin.post(`${base}/invitations`, { email, role })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    return { id, token: (await lastMail(admin, email)).token }
  }
  const accept = (token: string, password = 'Bardzo-dlugie-haslo-1') =>
    new Agent(t).post('/api/v1/auth/invitations/accept', { token, name: 'Osoba Zaproszona', password })
  const membership = async (email: string) => {
    const user = await t.db.query.users.findFirst({ where: eq(users.email, email) })
    return user ? t.db.query.memberships.findFirst({ where: eq(memberships.userId, user.id) }) : undefined
  }
  const USUAL = 'Zaproszenie wygasło, zostało już przyjęte albo link jest niepełny. Poproś administratora o nowe.'

  it('deactivating a member withdraws their open invitations, so an older link cannot bring them back', async () => {
    const email = 'dwa.zaproszenia@gmina-przykladowa.example'
    const first = await invite(email)
    const second = await invite(email)
    const joined = await accept(first.token)
    expect(joined.status).toBe(200)
    const userId = ((await joined.json()) as { user: { id: string } }).user.id
    expect((await admin.patch(`${base}/users/${userId}`, { active: false })).status).toBe(200)
    const problem = await expectProblem(await accept(second.token), 404)
    expect(problem.detail).toBe(USUAL)
    expect((await membership(email))!.active).toBe(false)
    const listed = (
      (await (await admin.get(`${base}/invitations`)).json()) as { items: { id: string; withdrawnAt: string | null }[] }
    ).items
    expect(listed.find((i) => i.id === second.id)!.withdrawnAt).toBeTruthy()
  })

  it('an admin withdraws an open invitation: its link then fails with the usual message, and the audit log says who', async () => {
    const email = 'wycofana@gmina-przykladowa.example'
    const { id, token } = await invite(email)
    const res = await admin.request('DELETE', `${base}/invitations/${id}`)
    expect(res.status).toBe(204)
    expect((await expectProblem(await new Agent(t).get(`/api/v1/auth/invitations/${token}`), 404)).detail).toBe(USUAL)
    expect((await expectProblem(await accept(token), 404)).detail).toBe(USUAL)
    expect(await t.db.query.users.findFirst({ where: eq(users.email, email) })).toBeUndefined()
    const [entry] = (await (await admin.get(`${base}/audit?limit=1`)).json()).items
    expect(entry).toMatchObject({
      action: 'staff.invitation.withdraw',
      entity: 'invitation',
      entityId: id,
      actor: { email: demo.admin },
      before: { email, role: 'moderator' },
    })
  })

  it('refuses to withdraw an invitation twice, an accepted one, or one of another JST', async () => {
    const { id } = await invite('dwa.razy@gmina-przykladowa.example')
    expect((await admin.request('DELETE', `${base}/invitations/${id}`)).status).toBe(204)
    await expectProblem(await admin.request('DELETE', `${base}/invitations/${id}`), 409)
    const accepted = await invite('przyjeta@gmina-przykladowa.example')
    expect((await accept(accepted.token)).status).toBe(200)
    await expectProblem(await admin.request('DELETE', `${base}/invitations/${accepted.id}`), 409)
    await expectProblem(await admin.request('DELETE', `${base}/invitations/nie-ma-takiego`), 404)
  })

  it('a withdrawal landing between the checks of an acceptance and its write makes the acceptance fail whole', async () => {
    const email = 'wyscig@gmina-przykladowa.example'
    const { id, token } = await invite(email)
    const batch = t.db.batch.bind(t.db)
    let between: (() => Promise<void>) | null = async () => {
      t.db.batch = batch
      expect((await admin.request('DELETE', `${base}/invitations/${id}`)).status).toBe(204)
    }
    t.db.batch = (async (statements: Parameters<typeof batch>[0]) => {
      const run = between
      between = null
      if (run) await run()
      return batch(statements)
    }) as unknown as typeof t.db.batch
    try {
      expect((await expectProblem(await accept(token), 404)).detail).toBe(USUAL)
    } finally {
      t.db.batch = batch
    }
    expect(await t.db.query.users.findFirst({ where: eq(users.email, email) })).toBeUndefined()
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'staff.invitation.accept'), sql`json_extract(${auditLog.after}, '$.email') = ${email}`),
      )
    expect(audits).toEqual([])
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, id))
    expect(row!.acceptedAt).toBeNull()
  })
})
