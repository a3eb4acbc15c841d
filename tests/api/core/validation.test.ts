import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Agent, demo, expectProblem, loggedIn, testApp, type TestApp } from '../../support/api'

let t: TestApp
beforeAll(async () => {
  t = await testApp({ BODY_LIMIT_BYTES: '4096' })
})
afterAll(() => t.close())

describe('malformed input gets problem+json 400, never 500', () => {
  const bodies: [string, string | unknown, number][] = [
    ['not JSON at all', '{"email": ', 400],
    ['an empty body', '', 400],
    ['a JSON array', '[]', 400],
    ['a JSON string', '"x"', 400],
    ['null', 'null', 400],
    ['wrong types', { email: 42, password: ['x'] }, 400],
    ['an invalid e-mail', { email: 'nie-email', password: 'x' }, 400],
  ]
  for (const [what, body, status] of bodies) {
    it(`login with ${what}`, async () => {
      const problem = await expectProblem(await new Agent(t).post('/api/v1/auth/login', body), status)
      expect(problem.detail).toMatch(/[ąćęłńóśźżA-Za-z]/)
    })
  }

  it('names each bad field in Polish', async () => {
    const admin = await loggedIn(t, demo.operator)
    const problem = await expectProblem(
      await admin.post('/api/v1/admin/jst', {
        name: 'X',
        slug: 'Zły Adres',
        teryt: '12',
        kind: 'wioska',
        population: -5,
        contactEmail: 'x',
      }),
      400,
    )
    const fields = Object.fromEntries(problem.errors!.map((e) => [e.field, e.detail]))
    expect(fields).toMatchObject({
      name: 'Nazwa musi mieć co najmniej 3 znaki.',
      slug: expect.stringContaining('małe litery'),
      kind: 'Wybierz rodzaj jednostki.',
      population: 'Liczba mieszkańców musi być dodatnia.',
      contactEmail: 'Podaj poprawny adres e-mail.',
    })
  })

  it('refuses a non-JSON content type with 415', async () => {
    await expectProblem(
      await new Agent(t).request('POST', '/api/v1/auth/login', 'email=a', {
        'Content-Type': 'application/x-www-form-urlencoded',
      }),
      415,
    )
  })

  it('refuses an oversized body with 413', async () => {
    await expectProblem(
      await new Agent(t).post('/api/v1/auth/login', { email: 'a@b.pl', password: 'x'.repeat(10_000) }),
      413,
    )
  })

  it('refuses bad query parameters with 400', async () => {
    const admin = await loggedIn(t, demo.admin)
    await expectProblem(await admin.get('/api/v1/jst/gmina-przykladowa/staff/audit?limit=abc'), 400)
    await expectProblem(await admin.get('/api/v1/jst/gmina-przykladowa/staff/audit?limit=5000'), 400)
  })

  it('refuses cross-site writes (CSRF), also for JSON', async () => {
    const admin = await loggedIn(t, demo.admin)
    await expectProblem(
      await admin.request(
        'PATCH',
        '/api/v1/jst/gmina-przykladowa/staff/profile',
        { name: 'Przejęta' },
        { Origin: 'https://zly.example' },
      ),
      403,
    )
    await expectProblem(
      await admin.request(
        'PATCH',
        '/api/v1/jst/gmina-przykladowa/staff/profile',
        { name: 'Przejęta' },
        { 'Sec-Fetch-Site': 'cross-site' },
      ),
      403,
    )
    const tenant = await (await new Agent(t).get('/api/v1/jst/gmina-przykladowa')).json()
    expect(tenant.name).toBe('Gmina Przykładowa')
  })

  it('hides the development outbox outside development', async () => {
    const prod = await testApp({ APP_ENV: 'production', IDENTITY_PEPPER: 'test-pepper' })
    await expectProblem(await new Agent(prod).get('/api/v1/dev/outbox'), 404)
    expect((await new Agent(prod).get('/dev/outbox')).status).toBe(404)
    prod.close()
  })
})
