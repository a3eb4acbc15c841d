import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Agent, demo, expectProblem, lastMail, loggedIn, PASSWORD, testApp, type TestApp } from '../../support/api'

let t: TestApp
beforeAll(async () => {
  t = await testApp()
})
afterAll(() => t.close())

describe('staff login', () => {
  it('logs in, sets an HttpOnly __Host- session cookie and answers /auth/me', async () => {
    const agent = new Agent(t)
    const res = await agent.login(demo.admin)
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^__Host-wspolnota_session=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/Secure/)
    expect(cookie).toMatch(/SameSite=Lax/)
    const me = await (await agent.get('/api/v1/auth/me')).json()
    expect(me.user).toMatchObject({
      email: demo.admin,
      isOperator: false,
      memberships: [{ tenantSlug: 'gmina-przykladowa', role: 'admin' }],
    })
  })

  it('stores only the hash of the session token', async () => {
    const agent = await loggedIn(t, demo.moderator)
    const token = agent.cookie.split('=')[1]!
    const rows = await t.db.query.sessions.findMany()
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.some((r) => r.id === token)).toBe(false)
  })

  it('refuses a wrong password with 401 and a Polish message, without saying whether the account exists', async () => {
    const wrong = await expectProblem(await new Agent(t).login(demo.koordynator, 'zle-haslo-123456'), 401)
    const unknown = await expectProblem(await new Agent(t).login('nikt@nigdzie.example', 'zle-haslo-123456'), 401)
    expect(wrong.detail).toBe('Nieprawidłowy e-mail lub hasło.')
    expect(unknown.detail).toBe(wrong.detail)
  })

  it('throttles repeated wrong passwords, and the lock survives a restart', async () => {
    const agent = new Agent(t)
    for (let i = 0; i < 4; i++) await expectProblem(await agent.login(demo.weryfikator, `zle-haslo-${i}-xxxxxx`), 401)
    const fifth = await agent.login(demo.weryfikator, 'zle-haslo-5-xxxxxx')
    const body = await expectProblem(fifth, 429)
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(body.detail).toMatch(/Zbyt wiele nieudanych prób/)
    // even the right password is refused while locked
    await expectProblem(await agent.login(demo.weryfikator, PASSWORD), 429)
    // a new process on the same database file still knows about the lock
    const restarted = await testApp({}, t.file)
    await expectProblem(await new Agent(restarted).login(demo.weryfikator, PASSWORD), 429)
    restarted.close()
  })

  it('logs out this browser, and everywhere', async () => {
    const a = await loggedIn(t, demo.koordynator)
    const b = await loggedIn(t, demo.koordynator)
    expect((await a.post('/api/v1/auth/logout')).status).toBe(204)
    await expectProblem(await a.get('/api/v1/auth/me'), 401)
    expect((await b.get('/api/v1/auth/me')).status).toBe(200)
    const c = await loggedIn(t, demo.koordynator)
    expect((await c.post('/api/v1/auth/logout-all')).status).toBe(204)
    await expectProblem(await b.get('/api/v1/auth/me'), 401)
  })
})

describe('password reset', () => {
  it('answers 202 for any address and e-mails a one-time link only to real accounts', async () => {
    const agent = new Agent(t)
    expect((await agent.post('/api/v1/auth/password-reset', { email: 'nikt@nigdzie.example' })).status).toBe(202)
    expect((await agent.post('/api/v1/auth/password-reset', { email: demo.moderator })).status).toBe(202)
    const mail = await lastMail(agent, demo.moderator)
    expect(mail.link).toMatch(/\/panel\/reset-hasla\//)
    const other = await loggedIn(t, demo.moderator)
    await expectProblem(
      await agent.post('/api/v1/auth/password-reset/confirm', { token: mail.token, password: 'krótkie' }),
      400,
    )
    expect(
      (
        await agent.post('/api/v1/auth/password-reset/confirm', {
          token: mail.token,
          password: 'Nowe-haslo-bardzo-dlugie',
        })
      ).status,
    ).toBe(204)
    await expectProblem(
      await agent.post('/api/v1/auth/password-reset/confirm', { token: mail.token, password: 'Jeszcze-inne-haslo-1' }),
      400,
    )
    await expectProblem(await other.get('/api/v1/auth/me'), 401)
    expect((await new Agent(t).login(demo.moderator, 'Nowe-haslo-bardzo-dlugie')).status).toBe(200)
  })
})
