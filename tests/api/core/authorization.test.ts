import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  Agent,
  demo,
  expectProblem,
  loggedIn,
  newTenant,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'

interface Operation {
  method: string
  path: string
  access: { kind: string; roles?: string[]; operator?: boolean }
}

let t: TestApp
let operations: Operation[]
let otherAdmin: Agent
let otherUserId: string

beforeAll(async () => {
  t = await testApp()
  const doc = await (await new Agent(t).get('/api/openapi.json')).json()
  operations = Object.entries(doc.paths as Record<string, Record<string, { 'x-access': Operation['access'] }>>).flatMap(
    ([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, access: op['x-access'] })),
  )
  // a second JST with its own admin, invited by the operator
  ;({ agent: otherAdmin, userId: otherUserId } = await staffOfAnotherJst(t, 'admin'))
})
afterAll(() => t.close())

const fill = (path: string, slug: string, id: string) =>
  path
    .replace('/api', '/api')
    .replace('{slug}', slug)
    .replace('{id}', id)
    .replace('{token}', 'x'.repeat(43))
    .replace('{year}', '2027')
    .replace(/\{\w+\}/g, 'x')

describe('server-side authorisation on every route', () => {
  it('the route list is not empty and every route declares its access', () => {
    expect(operations.length).toBeGreaterThan(15)
    for (const op of operations) expect(op.access, `${op.method} ${op.path}`).toBeDefined()
  })

  it('refuses every non-public route without a session (401)', async () => {
    const checked = operations.filter((op) => !['public', 'development'].includes(op.access.kind))
    expect(checked.length).toBeGreaterThan(10)
    for (const op of checked) {
      const res = await new Agent(t).request(
        op.method,
        fill(op.path, 'gmina-przykladowa', otherUserId),
        op.method === 'GET' ? undefined : {},
      )
      expect(res.status, `${op.method} ${op.path}`).toBe(401)
    }
  })

  it('refuses a staff member of one JST on every staff route of another JST (403/404), whatever the role', async () => {
    const tenantOps = operations.filter((op) => op.access.kind === 'tenant')
    expect(tenantOps.length).toBeGreaterThanOrEqual(6)
    for (const email of [demo.admin, demo.koordynator, demo.weryfikator, demo.moderator]) {
      const agent = await loggedIn(t, email)
      for (const op of tenantOps) {
        const res = await agent.request(
          op.method,
          fill(op.path, newTenant.slug, otherUserId),
          op.method === 'GET' ? undefined : { role: 'moderator', name: 'Przejęta' },
        )
        expect([403, 404], `${email} ${op.method} ${op.path}`).toContain(res.status)
      }
    }
    // and the other way round
    for (const op of tenantOps) {
      const res = await otherAdmin.request(
        op.method,
        fill(op.path, 'gmina-przykladowa', otherUserId),
        op.method === 'GET' ? undefined : { role: 'admin', name: 'Przejęta' },
      )
      expect([403, 404], `other admin ${op.method} ${op.path}`).toContain(res.status)
    }
    const inna = await (await new Agent(t).get(`/api/v1/jst/${newTenant.slug}`)).json()
    expect(inna.name).toBe(newTenant.name)
  })

  it('refuses a tenant admin on every operator route (403)', async () => {
    const operatorOps = operations.filter((op) => op.access.kind === 'operator')
    expect(operatorOps.length).toBeGreaterThanOrEqual(3)
    const admin = await loggedIn(t, demo.admin)
    for (const op of operatorOps) {
      const res = await admin.request(
        op.method,
        fill(op.path, 'gmina-przykladowa', ''),
        op.method === 'GET' ? undefined : { ...newTenant, slug: 'proba-admina' },
      )
      await expectProblem(res, 403)
    }
    expect(
      (await (await new Agent(t).get('/api/v1/jst')).json()).items.map((i: { slug: string }) => i.slug),
    ).not.toContain('proba-admina')
  })

  it('refuses roles below admin on admin-only routes of their own JST (403)', async () => {
    const adminOps = operations.filter((op) => op.access.kind === 'tenant' && !op.access.roles!.includes('koordynator'))
    expect(adminOps.length).toBeGreaterThanOrEqual(5)
    for (const email of [demo.koordynator, demo.weryfikator, demo.moderator]) {
      const agent = await loggedIn(t, email)
      for (const op of adminOps) {
        const res = await agent.request(
          op.method,
          fill(op.path, 'gmina-przykladowa', otherUserId),
          op.method === 'GET' ? undefined : { role: 'admin' },
        )
        await expectProblem(res, 403)
      }
    }
  })

  it('lets each role see its own summary, and the operator any', async () => {
    for (const [email, role] of [
      [demo.admin, 'admin'],
      [demo.koordynator, 'koordynator'],
      [demo.weryfikator, 'weryfikator'],
      [demo.moderator, 'moderator'],
      [demo.operator, 'operator'],
    ] as const) {
      const res = await (await loggedIn(t, email)).get('/api/v1/jst/gmina-przykladowa/staff/summary')
      expect(res.status, email).toBe(200)
      expect((await res.json()).role).toBe(role)
    }
  })

  it('does not let a deactivated member in', async () => {
    const admin = await loggedIn(t, demo.admin)
    const moderator = await loggedIn(t, demo.moderator)
    const me = (await (await moderator.get('/api/v1/auth/me')).json()).user
    expect((await admin.patch(`/api/v1/jst/gmina-przykladowa/staff/users/${me.id}`, { active: false })).status).toBe(
      200,
    )
    await expectProblem(await moderator.get('/api/v1/jst/gmina-przykladowa/staff/summary'), 403)
    expect((await admin.patch(`/api/v1/jst/gmina-przykladowa/staff/users/${me.id}`, { active: true })).status).toBe(200)
    expect((await moderator.get('/api/v1/jst/gmina-przykladowa/staff/summary')).status).toBe(200)
  })
})
