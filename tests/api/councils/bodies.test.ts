import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { tenants } from '../../../worker/core/tenants/schema'
import { rdppStatute, seniorsStatute } from '../../../worker/councils/domain/fixtures'
import type { Statute } from '../../../worker/councils/domain/statute'
import { councilOpinionRequests, councilStatutes } from '../../../worker/councils/tables'
import { newId } from '../../../worker/core/ids'
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
import { seedBody, seedMembers } from '../../support/councils'
import { json } from '../budget/helpers'
import { fileForm, postForm } from '../consultations/helpers'
import { pdfBytes, PUB_RD, seedActivity, STAFF_RD } from './bodies-helpers'

let t: TestApp
let koordynator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

/** A body address no other test uses (seedBody's default may contain `_`, which no address admits). */
const fresh = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`

const newBody = (extra: Record<string, unknown> = {}) => ({
  kind: 'rdpp',
  name: 'Gminna Rada Działalności Pożytku Publicznego',
  slug: fresh('rdpp'),
  description: 'Organ konsultacyjny i opiniodawczy.',
  email: 'rdpp@gmina-przykladowa.example',
  ...extra,
})

interface StaffDetail {
  body: { slug: string; kind: string; kindName: string; name: string; status: string; email: string | null }
  statutes: { version: number; applies: string; validFrom: string; attachment: boolean; statute: Statute }[]
  terms: { number: number; startsOn: string; endsOn: string }[]
  template: Statute
}

describe('creating a body', () => {
  it('creates an RDPP being set up, audited, listed for staff and the public', async () => {
    const input = newBody()
    const made = await json(koordynator.post(STAFF_RD, input), 201)
    expect(made).toMatchObject({
      slug: input.slug,
      kind: 'rdpp',
      status: 'tworzona',
      kindName: 'gminna rada działalności pożytku publicznego',
    })
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.body.create'), eq(auditLog.entityId, made.id)))
    expect(audit).toHaveLength(1)
    const staffList = await json<{ items: { slug: string; members: number; openRequests: number }[] }>(
      koordynator.get(STAFF_RD),
    )
    expect(staffList.items.find((b) => b.slug === input.slug)).toMatchObject({ members: 0, openRequests: 0 })
    const detail = await json<StaffDetail>(koordynator.get(`${STAFF_RD}/${input.slug}`))
    expect(detail.statutes).toEqual([])
    expect(detail.terms).toEqual([])
    expect(detail.template.seats.map((s) => s.seats)).toEqual([3, 3, 6])
    const publicList = await json<{ items: { slug: string }[] }>(new Agent(t).get(PUB_RD))
    expect(publicList.items.find((b) => b.slug === input.slug)).toEqual({
      slug: input.slug,
      name: input.name,
      kind: 'rdpp',
      kindName: 'gminna rada działalności pożytku publicznego',
      status: 'tworzona',
      members: 0,
    })
  })

  it('refuses a reserved or malformed address, a kind the JST’s level lacks, and a taken address (409 in Polish)', async () => {
    const reserved = await expectProblem(await koordynator.post(STAFF_RD, newBody({ slug: 'nabory' })), 400)
    expect(reserved.errors?.[0]?.field).toBe('slug')
    const malformed = await expectProblem(await koordynator.post(STAFF_RD, newBody({ slug: 'Rada_Seniorów' })), 400)
    expect(malformed.errors?.[0]?.field).toBe('slug')
    const input = newBody()
    await json(koordynator.post(STAFF_RD, input), 201)
    const taken = await expectProblem(await koordynator.post(STAFF_RD, newBody({ slug: input.slug })), 409)
    expect(taken.detail).toContain('zajęty')
    expect(taken.errors?.[0]?.field).toBe('slug')

    const [demoJst] = await t.db.select().from(tenants).where(eq(tenants.slug, 'gmina-przykladowa'))
    await t.db.update(tenants).set({ kind: 'wojewodztwo' }).where(eq(tenants.id, demoJst!.id))
    try {
      const noRdpp = await expectProblem(await koordynator.post(STAFF_RD, newBody()), 400)
      expect(noRdpp.errors?.[0]?.field).toBe('kind')
      const sejmik = await json(
        koordynator.post(
          STAFF_RD,
          newBody({
            kind: 'mlodziezowa_rada',
            name: 'Młodzieżowy Sejmik',
            slug: fresh('ms'),
          }),
        ),
        201,
      )
      expect(sejmik.kindName).toBe('młodzieżowy sejmik województwa')
    } finally {
      await t.db.update(tenants).set({ kind: demoJst!.kind }).where(eq(tenants.id, demoJst!.id))
    }
  })

  it('lets one of two creations of one address at once in; the other gets the 409', async () => {
    const input = newBody()
    const results = await Promise.all([koordynator.post(STAFF_RD, input), koordynator.post(STAFF_RD, input)])
    expect(results.map((r) => r.status).sort()).toEqual([201, 409])
  })

  it('changes name, e-mail and status, audited with what they were', async () => {
    const input = newBody()
    const made = await json(koordynator.post(STAFF_RD, input), 201)
    const changed = await json(
      koordynator.patch(`${STAFF_RD}/${input.slug}`, { name: 'Rada Pożytku', email: '', status: 'dziala' }),
    )
    expect(changed).toMatchObject({ name: 'Rada Pożytku', email: null, status: 'dziala' })
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.body.update'), eq(auditLog.entityId, made.id)))
    expect(audit!.before).toMatchObject({ name: input.name, status: 'tworzona' })
    await expectProblem(await koordynator.patch(`${STAFF_RD}/${input.slug}`, { status: 'uspiona' }), 400)
  })
})

describe('statute versions', () => {
  it('a statute with NGO seats below half is refused for an RDPP, naming art. 41f upp', async () => {
    const body = await seedBody(t, 'rdpp', { slug: fresh('rdpp') })
    const statute = rdppStatute({ validFrom: '2026-06-01' })
    statute.seats[2]!.seats = 5
    const refused = await expectProblem(await koordynator.post(`${STAFF_RD}/${body.slug}/statut`, { statute }), 400)
    const seats = refused.errors?.find((e) => e.field === 'statute.seats')
    expect(seats?.detail).toContain('art. 41f upp')
    expect(seats?.detail).toContain('co najmniej 6')
    const rows = await t.db.select().from(councilStatutes).where(eq(councilStatutes.bodyId, body.id))
    expect(rows.map((r) => r.version)).toEqual([1])
  })

  it('refuses a rada seniorów with seats for councillors or with an age limit for members', async () => {
    const body = await seedBody(t, 'rada_seniorow', { slug: fresh('rada-seniorow') })
    const councillors = seniorsStatute({ validFrom: '2026-07-01' })
    councillors.seats.push({ ...councillors.seats[1]!, key: 'radni', name: 'radni', represents: 'organ_stanowiacy' })
    const seats = await expectProblem(
      await koordynator.post(`${STAFF_RD}/${body.slug}/statut`, { statute: councillors }),
      400,
    )
    expect(seats.errors?.find((e) => e.field === 'statute.seats.3.represents')?.detail).toContain('art. 5c ust. 4 usg')
    const aged = seniorsStatute({ validFrom: '2026-07-01', age: { minAge: 60, maxAge: null, on: 'dzien_wyborow' } })
    const age = await expectProblem(await koordynator.post(`${STAFF_RD}/${body.slug}/statut`, { statute: aged }), 400)
    expect(age.errors?.find((e) => e.field === 'statute.age')?.detail).toContain('art. 5c ust. 4 usg')
  })

  it('stores a valid change as version 2 and keeps version 1; a shapeless statute is a 400 by field', async () => {
    const body = await seedBody(t, 'rdpp', { slug: fresh('rdpp') })
    const statute = rdppStatute({ validFrom: '2026-09-01', opinionDays: 21 })
    const added = await json(
      koordynator.post(`${STAFF_RD}/${body.slug}/statut`, { statute, applies: 'od_nastepnej_kadencji' }),
      201,
    )
    expect(added).toMatchObject({
      version: 2,
      applies: 'od_nastepnej_kadencji',
      validFrom: '2026-09-01',
      attachment: false,
    })
    const detail = await json<StaffDetail>(koordynator.get(`${STAFF_RD}/${body.slug}`))
    expect(detail.statutes.map((s) => [s.version, s.statute.opinionDays])).toEqual([
      [1, 14],
      [2, 21],
    ])
    // The running term (from 2026-01-01) keeps version 1: the change binds from the next term.
    const page = await json(new Agent(t).get(`${PUB_RD}/${body.slug}`))
    expect(page.statute.version).toBe(1)
    const backwards = await expectProblem(
      await koordynator.post(`${STAFF_RD}/${body.slug}/statut`, { statute: rdppStatute({ validFrom: '2026-08-01' }) }),
      400,
    )
    expect(backwards.errors?.[0]?.field).toBe('statute.validFrom')
    const shapeless = await expectProblem(
      await koordynator.post(`${STAFF_RD}/${body.slug}/statut`, { statute: { ...statute, termYears: 'trzy' } }),
      400,
    )
    expect(shapeless.errors?.[0]?.field).toBe('statute.termYears')
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.statute.add'), eq(auditLog.entityId, body.id)))
    expect(audit).toHaveLength(1)
  })

  it('numbers two versions sent at once apart: never two of one number', async () => {
    const body = await seedBody(t, 'rdpp', { slug: fresh('rdpp') })
    const send = (days: number) =>
      koordynator.post(`${STAFF_RD}/${body.slug}/statut`, {
        statute: rdppStatute({ validFrom: '2026-10-01', opinionDays: days }),
      })
    const results = await Promise.all([send(20), send(25)])
    const statuses = results.map((r) => r.status)
    expect(statuses).toContain(201)
    for (const s of statuses) expect([201, 409]).toContain(s)
    const rows = await t.db.select().from(councilStatutes).where(eq(councilStatutes.bodyId, body.id))
    expect(rows).toHaveLength(1 + statuses.filter((s) => s === 201).length)
    expect(new Set(rows.map((r) => r.version)).size).toBe(rows.length)
  })

  it('attaches the resolution’s PDF to a version and serves it publicly; refuses what is not a PDF', async () => {
    const body = await seedBody(t, 'rdpp', { slug: fresh('rdpp') })
    await expectProblem(await new Agent(t).get(`${PUB_RD}/${body.slug}/statut/1/plik`), 404)
    const fake = await expectProblem(
      await postForm(
        koordynator,
        `${STAFF_RD}/${body.slug}/statut/1/plik`,
        fileForm(new TextEncoder().encode('<html>'), 'statut.pdf', 'application/pdf'),
      ),
      400,
    )
    expect(fake.errors?.[0]?.field).toBe('file')
    const attached = await postForm(
      koordynator,
      `${STAFF_RD}/${body.slug}/statut/1/plik`,
      fileForm(pdfBytes(), 'uchwala.pdf', 'application/pdf'),
    )
    expect(attached.status).toBe(200)
    expect(((await attached.json()) as { attachment: boolean }).attachment).toBe(true)
    const file = await new Agent(t).get(`${PUB_RD}/${body.slug}/statut/1/plik`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(new TextDecoder().decode(await file.arrayBuffer())).toMatch(/^%PDF-/)
    await expectProblem(await new Agent(t).get(`${PUB_RD}/${body.slug}/statut/7/plik`), 404)
    await expectProblem(
      await postForm(
        koordynator,
        `${STAFF_RD}/${body.slug}/statut/7/plik`,
        fileForm(pdfBytes(), 'u.pdf', 'application/pdf'),
      ),
      404,
    )
  })
})

describe('terms', () => {
  it('opens the next term with its last day from the statute and refuses an overlap or a body without a statute', async () => {
    const body = await seedBody(t, 'rdpp', { slug: fresh('rdpp') })
    const overlap = await expectProblem(
      await koordynator.post(`${STAFF_RD}/${body.slug}/kadencje`, { startsOn: '2028-06-01' }),
      400,
    )
    expect(overlap.errors?.[0]?.field).toBe('startsOn')
    const next = await json(koordynator.post(`${STAFF_RD}/${body.slug}/kadencje`, { startsOn: '2029-01-01' }), 201)
    expect(next).toEqual({ number: 2, startsOn: '2029-01-01', endsOn: '2031-12-31' })
    const bare = newBody()
    await json(koordynator.post(STAFF_RD, bare), 201)
    const noStatute = await expectProblem(
      await koordynator.post(`${STAFF_RD}/${bare.slug}/kadencje`, { startsOn: '2027-01-01' }),
      400,
    )
    expect(noStatute.detail).toContain('statut')
    await expectProblem(await koordynator.post(`${STAFF_RD}/${bare.slug}/kadencje`, { startsOn: '2027-02-30' }), 400)
  })

  it('lets one of two terms sent at once in', async () => {
    const body = await seedBody(t, 'rada_seniorow', { slug: fresh('rada-seniorow') })
    const results = await Promise.all([
      koordynator.post(`${STAFF_RD}/${body.slug}/kadencje`, { startsOn: '2029-01-01' }),
      koordynator.post(`${STAFF_RD}/${body.slug}/kadencje`, { startsOn: '2029-01-01' }),
    ])
    const statuses = results.map((r) => r.status).sort()
    // At once: the unique index refuses the second (409); one after the other: it overlaps the first (400).
    expect(statuses[0]).toBe(201)
    expect([400, 409]).toContain(statuses[1])
    const detail = await json<StaffDetail>(koordynator.get(`${STAFF_RD}/${body.slug}`))
    expect(detail.terms.map((x) => x.number)).toEqual([1, 2])
  })
})

describe('the public body page', () => {
  it('aggregates members, meetings, adopted resolutions with named votes, opinions and inquiries, without personal data', async () => {
    const body = await seedBody(t, 'rdpp', { slug: fresh('rdpp') })
    const members = await seedMembers(t, body, [
      { name: 'Anna Nowak', role: 'przewodniczacy', seatCategory: 'ngo', represents: 'Stowarzyszenie Razem' },
      { name: 'Jan Kowalski', seatCategory: 'wojt' },
      { name: 'Ewa Zielińska', seatCategory: 'rada', represents: 'Rada Gminy' },
      { name: 'Piotr Wiśniewski', seatCategory: 'ngo', represents: 'Fundacja Las' },
    ])
    await seedActivity(t, body, members)
    const res = await new Agent(t).get(`${PUB_RD}/${body.slug}`)
    const text = await res.clone().text()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('etag')).toBeTruthy()
    expect(text).not.toContain('@')
    expect(text).not.toContain('keyHash')
    const page = JSON.parse(text)
    expect(Object.keys(page).sort()).toEqual(
      ['body', 'inquiries', 'meetings', 'members', 'opinions', 'resolutions', 'statute', 'term'].sort(),
    )
    expect(page.body).toEqual({
      slug: body.slug,
      name: 'Rada Działalności Pożytku Publicznego',
      kind: 'rdpp',
      kindName: 'gminna rada działalności pożytku publicznego',
      description: '',
      status: 'dziala',
    })
    expect(page.statute).toMatchObject({
      version: 1,
      termYears: 3,
      quorum: { numerator: 1, denominator: 2, base: 'sklad' },
      majority: { kind: 'zwykla' },
    })
    expect(page.statute.seats[2]).toEqual({
      key: 'ngo',
      name: 'przedstawiciele organizacji pozarządowych',
      seats: 6,
      represents: 'organizacje',
      fill: 'zgloszenie',
    })
    expect(page.term).toEqual({ number: 1, startsOn: '2026-01-01', endsOn: '2028-12-31' })
    expect(page.members[0]).toEqual({
      id: members[0]!.id,
      name: 'Anna Nowak',
      role: 'przewodniczacy',
      represents: 'Stowarzyszenie Razem',
      seatCategory: 'ngo',
    })
    expect(page.members.map((m: { name: string }) => m.name)).toEqual([
      'Anna Nowak',
      'Ewa Zielińska',
      'Jan Kowalski',
      'Piotr Wiśniewski',
    ])
    expect(page.meetings).toEqual([
      {
        number: 1,
        startsAt: '2026-03-10T16:00:00.000Z',
        place: 'Urząd Gminy, sala 3',
        agenda: 'Opinia o programie współpracy',
        minutes: 'Rada przyjęła opinię.',
        attendance: { present: 2, excused: 1, absent: 1 },
      },
    ])
    expect(page.resolutions).toHaveLength(1)
    expect(page.resolutions[0]).toMatchObject({
      number: '1/2026',
      kind: 'opinia',
      adoptedOn: '2026-03-10',
      tally: { counts: { za: 2, przeciw: 1 } },
    })
    expect(page.resolutions[0].votes).toEqual([
      { member: 'Anna Nowak', option: 'za' },
      { member: 'Ewa Zielińska', option: 'przeciw' },
      { member: 'Jan Kowalski', option: 'za' },
    ])
    expect(page.opinions).toEqual([
      {
        number: 2,
        title: 'Projekt strategii rozwoju',
        subject: 'strategia_rozwoju',
        deliveredAt: '2026-05-01T09:00:00.000Z',
        dueOn: '2026-05-15',
        status: 'rezygnacja',
        resolution: null,
      },
      {
        number: 1,
        title: 'Projekt programu współpracy na 2027 rok',
        subject: 'program_wspolpracy',
        deliveredAt: '2026-03-01T09:00:00.000Z',
        dueOn: '2026-03-16',
        status: 'wydana',
        resolution: {
          number: '1/2026',
          title: 'Opinia o projekcie programu współpracy',
          text: 'Rada opiniuje projekt pozytywnie.',
        },
      },
    ])
    expect(
      page.inquiries.map((i: { number: number; overdue: boolean; answer: string | null }) => [
        i.number,
        i.overdue,
        i.answer,
      ]),
    ).toEqual([
      [2, true, null],
      [1, false, 'Ławki staną w czerwcu.'],
    ])
    const list = await json<{ items: { slug: string; members: number }[] }>(new Agent(t).get(PUB_RD))
    expect(list.items.find((b) => b.slug === body.slug)?.members).toBe(4)
    await t.db.insert(councilOpinionRequests).values({
      id: newId(),
      tenantId: body.tenantId,
      bodyId: body.id,
      number: 3,
      subject: 'inny',
      title: 'Otwarta',
      deliveredAt: new Date(),
      status: 'oczekuje',
      createdAt: new Date(),
    })
    const staffList = await json<{ items: { slug: string; members: number; openRequests: number }[] }>(
      koordynator.get(STAFF_RD),
    )
    expect(staffList.items.find((b) => b.slug === body.slug)).toMatchObject({ members: 4, openRequests: 1 })
  })

  it('answers 404 in Polish for an unknown body or JST, and a member whose mandate ended is not listed', async () => {
    const body = await seedBody(t, 'rada_seniorow', { slug: fresh('rada-seniorow') })
    const [gone] = await seedMembers(t, body, [{ name: 'Była Członkini' }])
    const { councilMembers } = await import('../../../worker/councils/tables')
    await t.db
      .update(councilMembers)
      .set({ endsOn: '2026-02-01', endReason: 'rezygnacja' })
      .where(eq(councilMembers.id, gone!.id))
    const page = await json(new Agent(t).get(`${PUB_RD}/${body.slug}`))
    expect(page.members).toEqual([])
    const missing = await expectProblem(await new Agent(t).get(`${PUB_RD}/nie-ma-takiej`), 404)
    expect(missing.detail).toBe('Nie ma takiej rady.')
    await expectProblem(await new Agent(t).get('/api/v1/jst/nie-ma-jst/rady'), 404)
  })
})

describe('authorisation', () => {
  it('refuses the weryfikator and residents; another JST’s staff reach neither the list nor a body', async () => {
    const body = await seedBody(t, 'rdpp', { slug: fresh('rdpp') })
    const weryfikator = await loggedIn(t, demo.weryfikator)
    await expectProblem(await weryfikator.get(STAFF_RD), 403)
    await expectProblem(await weryfikator.post(STAFF_RD, newBody()), 403)
    await expectProblem(await new Agent(t).get(`${STAFF_RD}/${body.slug}`), 401)
    const other = await staffOfAnotherJst(t, 'admin')
    for (const res of [
      await other.agent.get(STAFF_RD),
      await other.agent.get(`${STAFF_RD}/${body.slug}`),
      await other.agent.patch(`${STAFF_RD}/${body.slug}`, { name: 'Przejęta' }),
      await other.agent.post(`${STAFF_RD}/${body.slug}/statut`, { statute: rdppStatute() }),
      await other.agent.post(`${STAFF_RD}/${body.slug}/kadencje`, { startsOn: '2029-01-01' }),
    ])
      await expectProblem(res, 403)
    // In their own JST, the demo body's slug names nothing: bodies are looked up within the JST of the path.
    const otherStaff = `/api/v1/jst/${newTenant.slug}/staff/rady`
    await expectProblem(await other.agent.get(`${otherStaff}/${body.slug}`), 404)
    await expectProblem(await other.agent.patch(`${otherStaff}/${body.slug}`, { name: 'Przejęta' }), 404)
    await expectProblem(await other.agent.post(`${otherStaff}/${body.slug}/statut`, { statute: rdppStatute() }), 404)
    await expectProblem(await new Agent(t).get(`/api/v1/jst/${newTenant.slug}/rady/${body.slug}`), 404)
    expect((await json<{ items: unknown[] }>(other.agent.get(otherStaff))).items).toEqual([])
    const mine = await json<StaffDetail>(koordynator.get(`${STAFF_RD}/${body.slug}`))
    expect(mine.body.name).toBe('Rada Działalności Pożytku Publicznego')
  })

  it('lets the admin in as well as the koordynator', async () => {
    const admin = await loggedIn(t, demo.admin)
    const input = newBody()
    await json(admin.post(STAFF_RD, input), 201)
    const detail = await json<StaffDetail>(admin.get(`${STAFF_RD}/${input.slug}`))
    expect(detail.body.email).toBe('rdpp@gmina-przykladowa.example')
  })
})
