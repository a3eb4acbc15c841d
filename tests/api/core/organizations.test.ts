import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { configFromEnv } from '../../../worker/core/config'
import { depsOf } from '../../../worker/core/deps'
import { ORGANIZATION_RETENTION, purgeOrganizations } from '../../../worker/core/organizations/retention'
import { representativeOf } from '../../../worker/core/organizations/representative'
import { organizations } from '../../../worker/core/organizations/tables'
import { createServices } from '../../../worker/core/services'
import { modules } from '../../../worker/modules'
import {
  Agent,
  demo,
  expectProblem,
  lastMail,
  loggedIn,
  newTenant,
  ORIGIN,
  staffOfAnotherJst,
  testApp,
  type TestApp,
} from '../../support/api'

/**
 * The NGO directory (worker/core/organizations): registration with a confirmed address, one register number per
 * organisation, the representative's key, verification by the staff of the organisation's JSTs, the public
 * directory and the contact form that never shows the organisation's address.
 */

let t: TestApp
let anon: Agent
let admin: Agent
let koordynator: Agent
let otherAdmin: Agent
const SLUG = 'gmina-przykladowa'
const staffBase = `/api/v1/jst/${SLUG}/staff/organizations`

beforeAll(async () => {
  t = await testApp()
  anon = new Agent(t)
  admin = await loggedIn(t, demo.admin)
  koordynator = await loggedIn(t, demo.koordynator)
  ;({ agent: otherAdmin } = await staffOfAnotherJst(t, 'admin'))
})
afterAll(() => t.close())

let ipCounter = 0
/** A fresh network address per request, so the per-address limits of registration stay out of the way. */
const freshIp = () => `198.51.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`

let krsCounter = 1000
const nextKrs = () => String(++krsCounter).padStart(10, '0')

function body(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Fundacja Zielony Łęg',
    legalForm: 'fundacja',
    register: 'krs',
    registerNumber: nextKrs(),
    areas: ['ekologia', 'edukacja'],
    tenants: [SLUG],
    description: 'Sadzimy drzewa nad rzeką.',
    website: 'https://zielony-leg.example',
    representativeName: 'Anna Kowalska',
    contactEmail: `fundacja.${krsCounter}@zielony-leg.example`,
    representationDeclared: true,
    ...overrides,
  }
}

async function register(
  overrides: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ id: string; email: string; res: Response; body: ReturnType<typeof body> }> {
  const b = body(overrides)
  const res = await anon.request('POST', '/api/v1/organizations', b, { 'cf-connecting-ip': freshIp(), ...headers })
  const json = res.status === 201 ? ((await res.clone().json()) as { id: string }) : { id: '' }
  return { id: json.id, email: b.contactEmail, res, body: b }
}

/** The confirmation code from the newest e-mail to `email`. */
async function confirmationCode(email: string): Promise<{ code: string; link: string; text: string; subject: string }> {
  const mail = await lastMail(admin, email)
  const code = /#kod=([\w-]+)/.exec(mail.text)?.[1]
  if (!code) throw new Error(`no confirmation code in:\n${mail.text}`)
  return { code, link: mail.link, text: mail.text, subject: mail.subject }
}

/** The representative's key from the newest e-mail to `email`. */
async function representativeKey(email: string): Promise<string> {
  const mail = await lastMail(admin, email)
  const key = /#klucz=([\w-]+)/.exec(mail.text)?.[1]
  if (!key) throw new Error(`no representative key in:\n${mail.text}`)
  return key
}

/** Registers and confirms an organisation; returns its id, e-mail and representative key. */
async function listed(overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const r = await register(overrides, headers)
  expect(r.res.status, await r.res.clone().text()).toBe(201)
  const { code } = await confirmationCode(r.email)
  const confirmed = await anon.post('/api/v1/organizations/confirm', { token: code })
  expect(confirmed.status, await confirmed.clone().text()).toBe(200)
  const { key } = (await confirmed.json()) as { key: string }
  return { ...r, key }
}

const auditOf = async (agent: Agent, slug = SLUG) =>
  (await (await agent.get(`/api/v1/jst/${slug}/staff/audit`)).json()).items as {
    action: string
    entityId: string
    before: unknown
    after: unknown
  }[]

describe('registration', () => {
  it('keeps a new registration unlisted until its address is confirmed by the link from the configured address', async () => {
    // The request names another host: the link must still use APP_URL.
    const b = body()
    const res = await t.app.request('http://evil.example/api/v1/organizations', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'http://evil.example',
        Host: 'evil.example',
        'X-Forwarded-Host': 'evil.example',
        'cf-connecting-ip': freshIp(),
      },
      body: JSON.stringify(b),
    })
    expect(res.status).toBe(201)
    const { id, status } = (await res.json()) as { id: string; status: string }
    expect(status).toBe('unconfirmed')
    expect(res.headers.get('cache-control')).toBe('no-store')

    // Not public yet: not in the directory, no page, no contact.
    await expectProblem(await anon.get(`/api/v1/organizations/${id}`), 404)
    const list = await (await anon.get(`/api/v1/organizations?q=${b.registerNumber}`)).json()
    expect(list.items).toEqual([])

    const mail = await confirmationCode(b.contactEmail)
    expect(mail.link.startsWith(`${ORIGIN}/organizacje/potwierdzenie#kod=`)).toBe(true)
    expect(mail.text).not.toContain('evil.example')
    expect(mail.subject).toBe('Katalog organizacji pozarządowych: potwierdź adres e-mail')
    // The token is stored only hashed.
    const row = await t.db.select().from(organizations).where(eq(organizations.id, id)).get()
    expect(row!.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(row)).not.toContain(mail.code)

    const confirmed = await anon.post('/api/v1/organizations/confirm', { token: mail.code })
    expect(confirmed.status).toBe(200)
    expect(confirmed.headers.get('cache-control')).toBe('no-store')
    const answer = await confirmed.json()
    expect(answer.organization).toMatchObject({ id, status: 'pending', verified: false, contactEmail: b.contactEmail })
    expect(answer.key).toMatch(/^[\w-]{40,}$/)
    // The key also goes by e-mail, as a link with the key in its fragment.
    expect(await representativeKey(b.contactEmail)).toBe(answer.key)
    const after = await t.db.select().from(organizations).where(eq(organizations.id, id)).get()
    expect(after!.confirmTokenHash).toBeNull()
    expect(after!.representativeKeyHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(after)).not.toContain(answer.key)

    // The link works once.
    await expectProblem(await anon.post('/api/v1/organizations/confirm', { token: mail.code }), 404)

    const page = await anon.get(`/api/v1/organizations/${id}`)
    expect(page.status).toBe(200)
    const pub = await page.json()
    expect(pub).toMatchObject({
      id,
      name: b.name,
      legalForm: 'fundacja',
      register: 'krs',
      registerNumber: b.registerNumber,
      areas: ['ekologia', 'edukacja'],
      tenants: [{ slug: SLUG, name: 'Gmina Przykładowa' }],
      verified: false,
    })
    expect(JSON.stringify(pub)).not.toContain(b.contactEmail)
    expect(JSON.stringify(pub)).not.toContain(b.representativeName)

    const log = await auditOf(admin)
    const entries = log.filter((e) => e.entityId === id)
    expect(entries.map((e) => e.action)).toEqual(['org.confirm', 'org.register'])
    expect(JSON.stringify(entries)).not.toContain(b.contactEmail)
  })

  it('checks the KRS number: exactly ten digits, leading zeros kept, spaces and hyphens dropped', async () => {
    for (const number of ['123456789', '00001234567', '000012345a', '']) {
      const r = await register({ registerNumber: number })
      const problem = await expectProblem(r.res, 400)
      expect(problem.errors!.map((e) => e.field)).toContain('registerNumber')
    }
    const bad = await expectProblem((await register({ registerNumber: '12345' })).res, 400)
    expect(bad.errors).toContainEqual({
      field: 'registerNumber',
      detail: 'Numer KRS to dokładnie 10 cyfr, także zera na początku (np. 0000123456).',
    })
    // Several complaints at once: the number's with the other fields'.
    const many = await expectProblem((await register({ registerNumber: '1', areas: [], contactEmail: 'x' })).res, 400)
    expect(many.errors!.map((e) => e.field).sort()).toEqual(['areas', 'contactEmail', 'registerNumber'])
    // In English when asked.
    const english = await expectProblem(
      (await register({ registerNumber: '12' }, { 'Accept-Language': 'en' })).res,
      400,
    )
    expect(english.errors).toContainEqual({
      field: 'registerNumber',
      detail: 'A KRS number is exactly 10 digits, leading zeros included (e.g. 0000123456).',
    })

    const r = await listed({ registerNumber: '0000-012 345' })
    const pub = await (await anon.get(`/api/v1/organizations/${r.id}`)).json()
    expect(pub.registerNumber).toBe('0000012345')
  })

  it('takes another register with its name; a number is unique per register, whatever the spelling of its name', async () => {
    const other = {
      legalForm: 'stowarzyszenie-zwykle',
      register: 'other',
      registerName: 'Ewidencja stowarzyszeń zwykłych Starosty Powiatu Przykładowego',
      registerNumber: 'SZ/12/2024',
    }
    const missing = await expectProblem((await register({ ...other, registerName: '' })).res, 400)
    expect(missing.errors!.map((e) => e.field)).toEqual(['registerName'])
    const first = await listed(other)
    const pub = await (await anon.get(`/api/v1/organizations/${first.id}`)).json()
    expect(pub).toMatchObject({ register: 'other', registerName: other.registerName, registerNumber: 'SZ/12/2024' })
    // The same number in the same register, its name written without Polish letters or capitals: refused.
    const same = await register({
      ...other,
      registerName: 'ewidencja stowarzyszen zwyklych starosty powiatu przykladowego',
    })
    expect((await expectProblem(same.res, 409)).errors![0]!.field).toBe('registerNumber')
    // The same number in another register: another organisation.
    expect((await register({ ...other, registerName: 'Rejestr UKS Starosty Powiatu Innego' })).res.status).toBe(201)
  })

  it('refuses a second registration of a listed KRS number with the rule, and lets an unconfirmed one block nothing', async () => {
    const number = nextKrs()
    // Two unconfirmed registrations of one number: both accepted, neither listed.
    const a = await register({ registerNumber: number, name: 'Stowarzyszenie Pierwsze' })
    const b = await register({ registerNumber: number, name: 'Stowarzyszenie Drugie' })
    expect([a.res.status, b.res.status]).toEqual([201, 201])
    const codeA = (await confirmationCode(a.email)).code
    const codeB = (await confirmationCode(b.email)).code
    expect((await anon.post('/api/v1/organizations/confirm', { token: codeA })).status).toBe(200)
    // The second confirmation clashes with the listed one: refused with the rule, naming the entry.
    const clash = await expectProblem(await anon.post('/api/v1/organizations/confirm', { token: codeB }), 409)
    expect(clash.detail).toBe(
      `Organizacja o numerze KRS ${number} jest już w katalogu („Stowarzyszenie Pierwsze”): jeden numer w rejestrze to jedna organizacja. Jeśli ją reprezentujesz, poproś o link przedstawiciela na adres kontaktowy wpisu albo napisz do urzędu.`,
    )
    // A new registration of the listed number: refused at once, on the number's field.
    const again = await expectProblem((await register({ registerNumber: number })).res, 409)
    expect(again.errors).toEqual([{ field: 'registerNumber', detail: clash.detail }])
    const english = await expectProblem(
      (await register({ registerNumber: number }, { 'Accept-Language': 'en' })).res,
      409,
    )
    expect(english.detail).toContain('one number in a register is one organisation')
  })

  it('refuses unknown JSTs and areas, and a registration without the representation declaration', async () => {
    const unknown = await expectProblem((await register({ tenants: [SLUG, 'gmina-nieistniejaca'] })).res, 400)
    expect(unknown.errors).toEqual([
      { field: 'tenants', detail: 'Nie ma na platformie jednostki samorządu „gmina-nieistniejaca”.' },
    ])
    const area = await expectProblem((await register({ areas: ['ekologia', 'astrologia'] })).res, 400)
    expect(area.errors![0]!.field).toMatch(/^areas/)
    const declaration = await expectProblem((await register({ representationDeclared: false })).res, 400)
    expect(declaration.errors!.map((e) => e.field)).toEqual(['representationDeclared'])
  })

  it('expires the confirmation link after 72 hours', async () => {
    const r = await register()
    const { code } = await confirmationCode(r.email)
    await t.db
      .update(organizations)
      .set({ confirmExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(organizations.id, r.id))
    const expired = await expectProblem(await anon.post('/api/v1/organizations/confirm', { token: code }), 422)
    expect(expired.detail).toContain('wygasł')
    await expectProblem(await anon.post('/api/v1/organizations/confirm', { token: 'x'.repeat(43) }), 404)
  })

  it('limits registrations per network address and per e-mail address', async () => {
    const ip = '203.0.113.77'
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await register({}, { 'cf-connecting-ip': ip })).res.status)
    expect(statuses.every((s) => s === 201)).toBe(true)
    const limited = (await register({}, { 'cf-connecting-ip': ip })).res
    const problem = await expectProblem(limited, 429)
    expect(problem.detail).toBe('Zbyt wiele zgłoszeń organizacji z tego adresu. Spróbuj za godzinę.')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // One mailbox: three messages an hour from any address.
    const email = 'skrzynka.ofiary@example.pl'
    for (let i = 0; i < 3; i++) expect((await register({ contactEmail: email })).res.status).toBe(201)
    await expectProblem((await register({ contactEmail: email })).res, 429)
  })
})

describe('the representative', () => {
  it('opens the entry with the key (no-store, with the address), and nothing without it', async () => {
    const r = await listed()
    const other = await listed()
    const path = `/api/v1/organizations/${r.id}/representative`
    const own = await anon.request('GET', path, undefined, { Authorization: `Bearer ${r.key}` })
    expect(own.status).toBe(200)
    expect(own.headers.get('cache-control')).toBe('no-store')
    expect(await own.json()).toMatchObject({ id: r.id, contactEmail: r.email, representativeName: 'Anna Kowalska' })
    await expectProblem(await anon.get(path), 401)
    await expectProblem(await anon.request('GET', path, undefined, { Authorization: `Bearer ${other.key}` }), 403)
    await expectProblem(await anon.request('GET', path, undefined, { Authorization: `Bearer ${'x'.repeat(43)}` }), 403)
  })

  it('lets later modules act "on behalf of" an organisation through representativeOf', async () => {
    const r = await listed()
    const deps = { ...depsOfTest(), now: () => new Date() }
    const o = await representativeOf(deps, r.key)
    expect(o).toMatchObject({ id: r.id, status: 'pending' })
    expect(await representativeOf(deps, 'nie-ten-klucz')).toBeNull()
    // A refused entry cannot act (only its own page opens with includeRefused).
    await admin.post(`${staffBase}/${r.id}/refuse`, { reason: 'Numer KRS należy do innej organizacji.' })
    expect(await representativeOf(deps, r.key)).toBeNull()
    expect(await representativeOf(deps, r.key, { includeRefused: true })).toMatchObject({ status: 'refused' })
  })

  it('sends a new link on request: the old one works until the new one is used; the answer is the same for any address', async () => {
    const r = await listed()
    const path = `/api/v1/organizations/${r.id}/representative`
    const ask = (email: string) =>
      anon.request('POST', '/api/v1/organizations/representative-links', { email }, { 'cf-connecting-ip': freshIp() })
    const sent = await ask(r.email)
    expect(sent.status).toBe(202)
    const unknown = await ask('nikt@example.pl')
    expect(unknown.status).toBe(202)
    expect(await unknown.json()).toEqual(await sent.json())
    const next = await representativeKey(r.email)
    expect(next).not.toBe(r.key)
    expect((await anon.request('GET', path, undefined, { Authorization: `Bearer ${r.key}` })).status).toBe(200)
    expect((await anon.request('GET', path, undefined, { Authorization: `Bearer ${next}` })).status).toBe(200)
    await expectProblem(await anon.request('GET', path, undefined, { Authorization: `Bearer ${r.key}` }), 403)
    const log = await auditOf(admin)
    expect(log.filter((e) => e.entityId === r.id).map((e) => e.action)).toEqual(
      expect.arrayContaining(['org.key.send', 'org.key.replace']),
    )
  })

  it('withdraws the entry: gone from the directory with its address; the log keeps only public facts', async () => {
    const r = await listed()
    const path = `/api/v1/organizations/${r.id}/representative`
    expect((await anon.request('DELETE', path, undefined, { Authorization: `Bearer ${r.key}` })).status).toBe(204)
    await expectProblem(await anon.get(`/api/v1/organizations/${r.id}`), 404)
    expect(await t.db.select().from(organizations).where(eq(organizations.id, r.id)).get()).toBeUndefined()
    const log = (await auditOf(admin)).filter((e) => e.entityId === r.id)
    expect(log.map((e) => e.action)).toContain('org.withdraw')
    expect(JSON.stringify(log)).not.toContain(r.email)
    expect(JSON.stringify(log)).not.toContain('Anna Kowalska')
  })
})

function depsOfTest() {
  const config = configFromEnv({ APP_ENV: 'development', APP_URL: ORIGIN }, modules)
  return {
    ...createServices(t.db, config),
    config,
    user: null,
    role: null,
    requestId: 'test',
    ip: '127.0.0.1',
    lang: 'pl' as const,
    now: () => new Date(),
  } satisfies ReturnType<typeof depsOf>
}

describe('verification by staff', () => {
  it('lists the JST’s organisations to admin and koordynator, waiting ones first, with their contact details', async () => {
    const r = await listed()
    for (const agent of [admin, koordynator]) {
      const res = await agent.get(`${staffBase}?status=pending`)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      const items = (await res.json()).items as { id: string; contactEmail: string; status: string }[]
      expect(items.find((o) => o.id === r.id)).toMatchObject({ contactEmail: r.email, status: 'pending' })
      expect(items.every((o) => o.status === 'pending')).toBe(true)
    }
  })

  it('verifies: badge in the directory, e-mail to the organisation, audit in every JST of the organisation', async () => {
    const r = await listed({ tenants: [SLUG, newTenant.slug] })
    const res = await koordynator.post(`${staffBase}/${r.id}/verify`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'verified', verified: true })
    const pub = await (await anon.get(`/api/v1/organizations/${r.id}`)).json()
    expect(pub.verified).toBe(true)
    expect(pub.verifiedAt).toBeTruthy()
    const mail = await lastMail(admin, r.email)
    expect(mail.subject).toBe('Katalog organizacji pozarządowych: wpis zweryfikowany')
    expect(mail.text).toContain('Gmina Przykładowa zweryfikował(a) wpis organizacji')
    for (const [agent, slug] of [
      [admin, SLUG],
      [otherAdmin, newTenant.slug],
    ] as const) {
      const log = (await auditOf(agent, slug)).filter((e) => e.entityId === r.id)
      expect(log.map((e) => e.action)).toContain('org.verify')
    }
    // Verifying again: refused with what happened.
    const again = await expectProblem(await admin.post(`${staffBase}/${r.id}/verify`), 409)
    expect(again.detail).toContain('zweryfikowany')
  })

  it('refuses verification with a reason, told to the organisation in its language; the entry leaves the directory', async () => {
    const r = await listed({}, { 'Accept-Language': 'en-GB' })
    await expectProblem(await admin.post(`${staffBase}/${r.id}/refuse`, { reason: 'krótko' }), 400)
    await expectProblem(await admin.post(`${staffBase}/${r.id}/refuse`, {}), 400)
    const reason = 'Numer KRS należy do innej organizacji — prosimy o kontakt z urzędem.'
    const res = await admin.post(`${staffBase}/${r.id}/refuse`, { reason })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'refused', refusalReason: reason })
    const mail = await lastMail(admin, r.email)
    expect(mail.subject).toBe('NGO directory: verification refused')
    expect(mail.text).toContain('Gmina Przykładowa has refused to verify the entry')
    expect(mail.text).toContain(reason)
    await expectProblem(await anon.get(`/api/v1/organizations/${r.id}`), 404)
    const log = (await auditOf(admin)).find((e) => e.entityId === r.id && e.action === 'org.refuse')
    expect(log?.after).toMatchObject({ status: 'refused', reason })
    // A refused number blocks nobody: the real organisation can register it.
    expect((await register({ registerNumber: r.body.registerNumber })).res.status).toBe(201)
    // Staff may still verify a refusal made by mistake.
    expect((await admin.post(`${staffBase}/${r.id}/verify`)).status).toBe(200)
  })

  it('has one effect when two verifications (or a verification and a refusal) arrive at once', async () => {
    const r = await listed()
    const results = await Promise.all([
      admin.post(`${staffBase}/${r.id}/verify`),
      koordynator.post(`${staffBase}/${r.id}/verify`),
      admin.post(`${staffBase}/${r.id}/verify`),
    ])
    expect(results.map((x) => x.status).sort()).toEqual([200, 409, 409])
    const log = (await auditOf(admin)).filter((e) => e.entityId === r.id && e.action === 'org.verify')
    expect(log).toHaveLength(1)

    const s = await listed()
    const mixed = await Promise.all([
      admin.post(`${staffBase}/${s.id}/verify`),
      koordynator.post(`${staffBase}/${s.id}/refuse`, { reason: 'To nie jest organizacja pozarządowa.' }),
    ])
    expect(mixed.map((x) => x.status).sort()).toEqual([200, 409])
    const decisions = (await auditOf(admin)).filter(
      (e) => e.entityId === s.id && ['org.verify', 'org.refuse'].includes(e.action),
    )
    expect(decisions).toHaveLength(1)
  })

  it('refuses every staff route to the wrong people: 401 anonymous, 403 other roles, 404 across JSTs', async () => {
    const mine = await listed()
    const theirs = await listed({ tenants: [newTenant.slug] })
    const routes = (id: string) =>
      [
        ['GET', staffBase, undefined],
        ['POST', staffBase, body()],
        ['POST', `${staffBase}/${id}/verify`, undefined],
        ['POST', `${staffBase}/${id}/refuse`, { reason: 'Powód odmowy dość długi.' }],
      ] as const
    for (const [method, path, payload] of routes(mine.id))
      await expectProblem(await anon.request(method, path, payload), 401)
    for (const email of [demo.weryfikator, demo.moderator]) {
      const agent = await loggedIn(t, email)
      for (const [method, path, payload] of routes(mine.id))
        await expectProblem(await agent.request(method, path, payload), 403)
    }
    // Another JST's admin, in our JST: not a member.
    for (const [method, path, payload] of routes(mine.id))
      await expectProblem(await otherAdmin.request(method, path, payload), 403)
    // Our admin, on an organisation that does not act in our JST: it does not exist for them.
    await expectProblem(await admin.post(`${staffBase}/${theirs.id}/verify`), 404)
    await expectProblem(
      await admin.post(`${staffBase}/${theirs.id}/refuse`, { reason: 'Powód odmowy dość długi.' }),
      404,
    )
    await expectProblem(await admin.post(`${staffBase}/nie-ma-takiej/verify`), 404)
    // Nor does an unconfirmed one.
    const unconfirmed = await register()
    await expectProblem(await admin.post(`${staffBase}/${unconfirmed.id}/verify`), 404)
    // Its own JST's admin may.
    expect(
      (await otherAdmin.post(`/api/v1/jst/${newTenant.slug}/staff/organizations/${theirs.id}/verify`)).status,
    ).toBe(200)
    const states = await t.db.select({ id: organizations.id, status: organizations.status }).from(organizations)
    expect(states.find((s) => s.id === mine.id)!.status).toBe('pending')
  })

  it('lets staff add an organisation they know: verified at once, its JST included, the key mailed to it', async () => {
    const b = body({ tenants: [newTenant.slug], representationDeclared: undefined })
    const res = await admin.post(staffBase, b)
    expect(res.status).toBe(201)
    const added = await res.json()
    expect(added).toMatchObject({ status: 'verified', verified: true, addedByStaff: true })
    expect(added.tenants.map((x: { slug: string }) => x.slug).sort()).toEqual([SLUG, newTenant.slug].sort())
    const mail = await lastMail(admin, b.contactEmail)
    expect(mail.subject).toBe('Katalog organizacji pozarządowych: organizacja dodana do katalogu')
    const key = /#klucz=([\w-]+)/.exec(mail.text)![1]!
    expect(
      (
        await anon.request('GET', `/api/v1/organizations/${added.id}/representative`, undefined, {
          Authorization: `Bearer ${key}`,
        })
      ).status,
    ).toBe(200)
    expect((await auditOf(admin)).find((e) => e.entityId === added.id)?.action).toBe('org.add')
    // The same number again: the rule.
    const dup = await expectProblem(await admin.post(staffBase, { ...b, contactEmail: 'inny@example.pl' }), 409)
    expect(dup.errors![0]!.field).toBe('registerNumber')
  })
})

describe('the public directory', () => {
  it('filters by area, JST, verification and words folded from Polish letters; never shows addresses', async () => {
    const a = await listed({ name: 'Stowarzyszenie Łódzkie Żurawie', areas: ['kultura'], tenants: [SLUG] })
    const b = await listed({
      name: 'Klub Sportowy Orzeł',
      legalForm: 'stowarzyszenie',
      areas: ['kultura-fizyczna'],
      tenants: [newTenant.slug],
    })
    await admin.post(`${staffBase}/${a.id}/verify`)
    const ids = async (query: string, path = '/api/v1/organizations') => {
      const res = await anon.get(`${path}?${query}`)
      expect(res.status, query).toBe(200)
      const json = await res.json()
      expect(JSON.stringify(json)).not.toMatch(/@/)
      return (json.items as { id: string }[]).map((o) => o.id)
    }
    expect(await ids('q=lodzkie%20zuraw')).toEqual([a.id])
    expect(await ids(`q=${encodeURIComponent('ŁÓDZKIE')}`)).toEqual([a.id])
    expect(await ids(`q=${a.body.registerNumber}`)).toEqual([a.id])
    expect(await ids('q=orzel')).toEqual([b.id])
    expect(await ids('area=kultura-fizyczna&q=orzel')).toEqual([b.id])
    expect(await ids('area=kultura&q=orzel')).toEqual([])
    expect(await ids(`jst=${newTenant.slug}&q=orzel`)).toEqual([b.id])
    expect(await ids(`jst=${SLUG}&q=orzel`)).toEqual([])
    expect(await ids('verified=true&q=orzel')).toEqual([])
    expect(await ids('verified=true&q=zuraw')).toEqual([a.id])
    expect(await ids('q=orzel', `/api/v1/jst/${newTenant.slug}/organizations`)).toEqual([b.id])
    expect(await ids('q=orzel', `/api/v1/jst/${SLUG}/organizations`)).toEqual([])
    await expectProblem(await anon.get('/api/v1/jst/nie-ma-takiej/organizations'), 404)
    await expectProblem(await anon.get('/api/v1/organizations?jst=nie-ma-takiej'), 404)
    await expectProblem(await anon.get('/api/v1/organizations?area=astrologia'), 400)
    // Public answers may be revalidated; nothing personal is in them.
    const list = await anon.get('/api/v1/organizations')
    expect(list.headers.get('cache-control')).toContain('no-cache')
    expect(list.headers.get('etag')).toBeTruthy()
  })
})

describe('the contact form', () => {
  it('delivers to the confirmed address with the writer as Reply-To, and never shows the address', async () => {
    const r = await listed()
    const sent: { to: string; replyTo?: string; subject: string; text: string }[] = []
    const config = configFromEnv({ APP_ENV: 'test', APP_URL: ORIGIN }, modules)
    const services = createServices(t.db, config, {
      mail: { kind: 'http', url: 'https://poczta.example/send', apiKey: 'k', from: 'Wspólnota <no-reply@example.pl>' },
      post: async (_url, init) => {
        sent.push(JSON.parse(String(init.body)))
        return new Response('{}', { status: 200 })
      },
    })
    const app = createApp({ config, services: () => services })
    const res = await app.request(`${ORIGIN}/api/v1/organizations/${r.id}/contact`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'cf-connecting-ip': freshIp() },
      body: JSON.stringify({
        name: 'Jan Mieszkaniec',
        email: 'jan@mieszkaniec.example',
        message: 'Chciałbym pomóc przy sadzeniu drzew w sobotę.',
      }),
    })
    expect(res.status).toBe(202)
    const answer = await res.text()
    expect(answer).not.toContain(r.email)
    expect(answer).not.toContain('@zielony-leg')
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ to: r.email, replyTo: 'jan@mieszkaniec.example' })
    expect(sent[0]!.subject).toBe('Katalog organizacji pozarządowych: wiadomość od Jan Mieszkaniec')
    expect(sent[0]!.text).toContain('Chciałbym pomóc przy sadzeniu drzew w sobotę.')
    // Outside development the outbox keeps no address, subject or text.
    const row = await t.db.all<{ to: string | null; text: string | null; kind: string }>(
      sql`SELECT "to", text, kind FROM outbox WHERE kind = 'organization-contact' ORDER BY created_at DESC LIMIT 1`,
    )
    expect(row[0]).toMatchObject({ to: null, text: null })
  })

  it('refuses unlisted entries, bad input and too many messages', async () => {
    const r = await listed()
    const write = (id: string, ip = freshIp(), payload: Record<string, unknown> = {}) =>
      anon.request(
        'POST',
        `/api/v1/organizations/${id}/contact`,
        { name: 'Ewa Nowak', email: 'ewa@example.pl', message: 'Dzień dobry, mam pytanie o wolontariat.', ...payload },
        { 'cf-connecting-ip': ip },
      )
    await expectProblem(await write('nie-ma-takiej'), 404)
    const unconfirmed = await register()
    await expectProblem(await write(unconfirmed.id), 404)
    await expectProblem(await write(r.id, freshIp(), { email: 'nie-adres' }), 400)
    await expectProblem(await write(r.id, freshIp(), { message: 'krótko' }), 400)
    const ip = '203.0.113.99'
    for (let i = 0; i < 5; i++) expect((await write(r.id, ip)).status).toBe(202)
    const limited = await write(r.id, ip)
    expect((await expectProblem(limited, 429)).detail).toBe('Zbyt wiele wiadomości z tego adresu. Spróbuj za godzinę.')
    // The organisation's own daily limit, from any addresses.
    let status = 202
    for (let i = 0; i < 20 && status === 202; i++) status = (await write(r.id)).status
    expect(status).toBe(429)
  })
})

describe('personal data', () => {
  it('erases unconfirmed registrations, old refusals and entries whose representative has been silent for 3 years', async () => {
    const day = 24 * 60 * 60 * 1000
    const now = Date.now()
    const unconfirmed = await register()
    const refused = await listed()
    await admin.post(`${staffBase}/${refused.id}/refuse`, { reason: 'Organizacja nie działa w gminie.' })
    const silent = await listed()
    const active = await listed()
    // Nothing is due yet.
    await purgeOrganizations(t.db, now)
    for (const x of [unconfirmed, refused, silent, active])
      expect(await t.db.select().from(organizations).where(eq(organizations.id, x.id)).get()).toBeDefined()
    await t.db
      .update(organizations)
      .set({ lastActiveAt: new Date(now - ORGANIZATION_RETENTION.inactiveDays * day - day) })
      .where(eq(organizations.id, silent.id))
    // 90 days after the refusal and a week after the confirmation link expired.
    const later = now + 91 * day
    await t.db
      .update(organizations)
      .set({ lastActiveAt: new Date(later) })
      .where(eq(organizations.id, active.id))
    await purgeOrganizations(t.db, later)
    for (const x of [unconfirmed, refused, silent])
      expect(await t.db.select().from(organizations).where(eq(organizations.id, x.id)).get(), x.id).toBeUndefined()
    expect(await t.db.select().from(organizations).where(eq(organizations.id, active.id)).get()).toBeDefined()
    const log = (await auditOf(admin)).filter((e) => e.action === 'org.erase')
    expect(log.map((e) => e.entityId)).toEqual(expect.arrayContaining([refused.id, silent.id]))
    expect(log.map((e) => e.entityId)).not.toContain(unconfirmed.id)
    expect(JSON.stringify(log)).not.toContain('@')
  })
})
