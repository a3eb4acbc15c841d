import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Agent, demo, expectProblem, lastMail, loggedIn, newTenant, testApp, type TestApp } from '../../support/api'

let t: TestApp
let admin: Agent
beforeAll(async () => {
  t = await testApp()
  admin = await loggedIn(t, demo.admin)
})
afterAll(() => t.close())

const base = '/api/v1/jst/gmina-przykladowa/staff'

describe('team management and the audit log', () => {
  it('invites a person who accepts, joins with the role, and every step is in the audit log', async () => {
    const invite = await admin.post(`${base}/invitations`, {
      email: 'Nowa.Osoba@Gmina-Przykladowa.example',
      role: 'koordynator',
    })
    expect(invite.status).toBe(201)
    const mail = await lastMail(admin, 'nowa.osoba@gmina-przykladowa.example')
    expect(mail.subject).toContain('Gmina Przykładowa')
    const guest = new Agent(t)
    const info = await (await guest.get(`/api/v1/auth/invitations/${mail.token}`)).json()
    expect(info).toEqual({
      email: 'nowa.osoba@gmina-przykladowa.example',
      tenantName: 'Gmina Przykładowa',
      tenantSlug: 'gmina-przykladowa',
      role: 'koordynator',
    })
    const accepted = await guest.post('/api/v1/auth/invitations/accept', {
      token: mail.token,
      name: 'Nowa Osoba',
      password: 'Bardzo-dlugie-haslo-1',
    })
    expect(accepted.status).toBe(200)
    expect((await accepted.json()).user.memberships).toEqual([
      { tenantSlug: 'gmina-przykladowa', tenantName: 'Gmina Przykładowa', role: 'koordynator' },
    ])
    await expectProblem(
      await guest.post('/api/v1/auth/invitations/accept', {
        token: mail.token,
        name: 'Nowa Osoba',
        password: 'Bardzo-dlugie-haslo-1',
      }),
      404,
    )

    const users = (await (await admin.get(`${base}/users`)).json()).items
    expect(users.map((u: { email: string }) => u.email)).toContain('nowa.osoba@gmina-przykladowa.example')
    const log = (await (await admin.get(`${base}/audit`)).json()).items as {
      action: string
      actor: { email: string } | null
    }[]
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['staff.invite', 'staff.invitation.accept']))
    expect(log.find((e) => e.action === 'staff.invite')!.actor!.email).toBe(demo.admin)
  })

  it('refuses to invite an existing member twice', async () => {
    await expectProblem(await admin.post(`${base}/invitations`, { email: demo.moderator, role: 'moderator' }), 409)
  })

  it('changes a role with before/after recorded, and keeps at least one admin', async () => {
    const users = (await (await admin.get(`${base}/users`)).json()).items as { id: string; email: string }[]
    const moderator = users.find((u) => u.email === demo.moderator)!
    const res = await admin.patch(`${base}/users/${moderator.id}`, { role: 'weryfikator' })
    expect((await res.json()).role).toBe('weryfikator')
    const entry = (await (await admin.get(`${base}/audit?limit=1`)).json()).items[0]
    expect(entry).toMatchObject({
      action: 'staff.update',
      before: { role: 'moderator', active: true },
      after: { role: 'weryfikator', active: true },
    })

    const me = users.find((u) => u.email === demo.admin)!
    const problem = await expectProblem(await admin.patch(`${base}/users/${me.id}`, { role: 'moderator' }), 409)
    expect(problem.detail).toMatch(/co najmniej jednego aktywnego administratora/)
    await expectProblem(await admin.patch(`${base}/users/nie-ma-takiego`, { role: 'moderator' }), 404)
    await expectProblem(await admin.patch(`${base}/users/${moderator.id}`, {}), 400)
  })

  it('pages through the audit log newest first', async () => {
    const first = (await (await admin.get(`${base}/audit?limit=2`)).json()) as { items: { id: number }[]; next: number }
    expect(first.items).toHaveLength(2)
    const second = (await (await admin.get(`${base}/audit?limit=2&before=${first.next}`)).json()) as {
      items: { id: number }[]
    }
    expect(second.items[0]!.id).toBeLessThan(first.items[1]!.id + 1)
  })

  it('records the profile change of the JST with before and after', async () => {
    expect((await admin.patch(`${base}/profile`, { contactPhone: '+48 22 999 99 99' })).status).toBe(200)
    const entry = (await (await admin.get(`${base}/audit?limit=1`)).json()).items[0]
    expect(entry.action).toBe('tenant.update')
    expect(entry.before.contactPhone).toBe('+48 22 100 20 30')
    expect(entry.after.contactPhone).toBe('+48 22 999 99 99')
  })

  it('keeps the audit log append-only even for direct SQL', async () => {
    await expect(t.db.run(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow()
    await expect(t.db.run(sql`DELETE FROM audit_log`)).rejects.toThrow()
  })
})

describe('JSTs (operator)', () => {
  it('creates a JST, refuses a duplicate address, and publishes it', async () => {
    const operator = await loggedIn(t, demo.operator)
    const created = await operator.post('/api/v1/admin/jst', { ...newTenant, bipUrl: 'https://bip.gmina-inna.example' })
    expect(created.status).toBe(201)
    const dup = await expectProblem(await operator.post('/api/v1/admin/jst', newTenant), 409)
    expect(dup.errors![0]!.field).toBe('slug')
    const home = await (await new Agent(t).get(`/api/v1/jst/${newTenant.slug}`)).json()
    expect(home).toMatchObject({
      name: 'Gmina Inna',
      kind: 'gmina-miejska',
      bipUrl: 'https://bip.gmina-inna.example',
      processes: [],
    })
    const patched = await operator.patch(`/api/v1/admin/jst/${newTenant.slug}`, { population: 12500 })
    expect((await patched.json()).population).toBe(12500)
    await expectProblem(await operator.post('/api/v1/admin/jst', { ...newTenant, slug: 'panel' }), 400)
    await expectProblem(await new Agent(t).get('/api/v1/jst/nie-ma-takiej'), 404)
  })
})
