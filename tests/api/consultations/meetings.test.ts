import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { meetingsSummary } from '../../../worker/consultations/queries/meetings'
import { consultationTick } from '../../../worker/consultations/tick'
import { meetings, meetingSignups } from '../../../worker/consultations/tables'
import { Agent, demo, expectProblem, lastMail, loggedIn, type TestApp, testApp } from '../../support/api'
import { json } from '../budget/helpers'
import { consultationBody, fileForm, inDays, postForm, PUB_KS, STAFF_KS } from './helpers'
import { meetingBegan, meetingBody, openConsultation, pdfBytes } from './meetings-helpers'

let t: TestApp
let koordynator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

interface StaffMeeting {
  number: number
  version: number
  signedUp: number
  placesLeft: number | null
  address: string | null
  place: string
  attendance: number | null
  minutes: boolean
  cancelled: boolean
  signupOpen: boolean
}

const signup = (name: string, email: string, extra: Record<string, unknown> = {}) => ({
  name,
  email,
  needs: '',
  privacyAccepted: true,
  ...extra,
})

async function withMeeting(extra: Record<string, unknown> = {}) {
  const c = await openConsultation(t, koordynator)
  const m = await json<StaffMeeting>(koordynator.post(`${STAFF_KS}/${c.number}/meetings`, meetingBody(extra)), 201)
  return { c, m, pub: `${PUB_KS}/${c.number}/meetings`, staff: `${STAFF_KS}/${c.number}/meetings` }
}

describe('planning meetings', () => {
  it('creates on-site and online meetings; the public sees the address but never the join link', async () => {
    const { c, m, pub, staff } = await withMeeting()
    expect(m).toMatchObject({ number: 1, signedUp: 0, placesLeft: 20, address: 'Urząd Gminy, sala 12, ul. Długa 5' })
    const online = await json<StaffMeeting>(
      koordynator.post(
        staff,
        meetingBody({ mode: 'online', place: 'https://spotkania.example/ks-tajny-pokoj', capacity: null }),
      ),
      201,
    )
    expect(online).toMatchObject({ number: 2, address: null, place: 'https://spotkania.example/ks-tajny-pokoj' })
    const res = await new Agent(t).get(pub)
    const text = await res.clone().text()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('etag')).toBeTruthy()
    expect(text).not.toContain('tajny-pokoj')
    const items = JSON.parse(text).items
    expect(items).toHaveLength(2)
    expect(items[0]).toMatchObject({ accessibility: 'Wejście bez progów, pętla indukcyjna.', signupOpen: true })
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.meeting.create'))
    expect(audit.length).toBeGreaterThanOrEqual(2)
    void c
  })

  it('refuses a meeting outside the consultation’s days, an end before the start, a bad online link', async () => {
    const c = await openConsultation(t, koordynator)
    const staff = `${STAFF_KS}/${c.number}/meetings`
    const before = await expectProblem(
      await koordynator.post(staff, meetingBody({ startsAt: `${inDays(-3)}T17:00`, endsAt: `${inDays(-3)}T18:00` })),
      400,
    )
    expect(before.errors?.[0]?.field).toBe('startsAt')
    const after = await expectProblem(
      await koordynator.post(staff, meetingBody({ startsAt: `${inDays(11)}T17:00`, endsAt: `${inDays(11)}T18:00` })),
      400,
    )
    expect(after.errors?.[0]?.field).toBe('endsAt')
    const reversed = await expectProblem(
      await koordynator.post(staff, meetingBody({ endsAt: `${inDays(1)}T16:00` })),
      400,
    )
    expect(reversed.errors?.[0]?.field).toBe('endsAt')
    const link = await expectProblem(
      await koordynator.post(staff, meetingBody({ mode: 'online', place: 'pokój 5' })),
      400,
    )
    expect(link.errors?.[0]?.field).toBe('place')
  })

  it('changes a meeting from its version (stale: 409) and never below the places already given', async () => {
    const { m, pub, staff } = await withMeeting({ capacity: 3 })
    for (const who of ['a', 'b'])
      await json(new Agent(t).post(`${pub}/1/signups`, signup(`Osoba ${who}`, `${who}@example.com`)), 201)
    const changed = await json<StaffMeeting>(
      koordynator.patch(`${staff}/1`, { version: m.version, title: 'Spotkanie o drzewach' }),
      200,
    )
    expect(changed.version).toBe(m.version + 1)
    await expectProblem(await koordynator.patch(`${staff}/1`, { version: m.version, title: 'Stara wersja' }), 409)
    const low = await expectProblem(
      await koordynator.patch(`${staff}/1`, { version: changed.version, capacity: 1 }),
      400,
    )
    expect(low.errors?.[0]?.field).toBe('capacity')
  })

  it('cancels a meeting once, telling those signed up; sign-up is then refused', async () => {
    const { m, pub, staff } = await withMeeting()
    await json(new Agent(t).post(`${pub}/1/signups`, signup('Anna Zapisana', 'anna.odwolane@example.com')), 201)
    const cancelled = await json<StaffMeeting>(koordynator.post(`${staff}/1/cancel`, { version: m.version }), 200)
    expect(cancelled.cancelled).toBe(true)
    const again = await json<StaffMeeting>(koordynator.post(`${staff}/1/cancel`, { version: m.version }), 200)
    expect(again.cancelled).toBe(true)
    const mail = await lastMail(koordynator, 'anna.odwolane@example.com')
    expect(mail.subject).toContain('spotkanie odwołane')
    await expectProblem(await new Agent(t).post(`${pub}/1/signups`, signup('Ktoś Inny', 'inny@example.com')), 409)
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.meeting.cancel'))
    const ids = new Set((await t.db.select({ id: meetings.id }).from(meetings)).map((r) => r.id))
    expect(audit.filter((a) => ids.has(a.entityId!))).toHaveLength(1)
  })
})

describe('signing up', () => {
  it('signs up, e-mails the join link of an online meeting and a cancellation link; one sign-up per address', async () => {
    const { pub } = await withMeeting({ mode: 'online', place: 'https://spotkania.example/pokoj-42', capacity: 5 })
    const res = await json(
      new Agent(t).post(`${pub}/1/signups`, signup('Jan Kowalski', 'Jan.Kowalski@Example.com')),
      201,
    )
    expect(res).toMatchObject({ meeting: 1, email: 'jan.kowalski@example.com', status: 'signed_up' })
    const mail = await lastMail(koordynator, 'jan.kowalski@example.com')
    expect(mail.text).toContain('https://spotkania.example/pokoj-42')
    expect(mail.text).toMatch(/\/spotkania\/rezygnacja#t=[\w-]{20,}/)
    const twice = await expectProblem(
      await new Agent(t).post(`${pub}/1/signups`, signup('Jan Kowalski', ' JAN.KOWALSKI@example.com ')),
      409,
    )
    expect(twice.errors?.[0]?.field).toBe('email')
    const list = await json<{ items: { placesLeft: number }[] }>(new Agent(t).get(pub), 200)
    expect(list.items[0]!.placesLeft).toBe(4)
  })

  it('gives the last place to one of two people asking at once; the other gets a Polish 409', async () => {
    const { pub, staff } = await withMeeting({ capacity: 2 })
    await json(new Agent(t).post(`${pub}/1/signups`, signup('Pierwsza Osoba', 'pierwsza@example.com')), 201)
    const [a, b] = await Promise.all([
      new Agent(t).post(`${pub}/1/signups`, signup('Druga Osoba', 'druga@example.com')),
      new Agent(t).post(`${pub}/1/signups`, signup('Trzecia Osoba', 'trzecia@example.com')),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const refused = await expectProblem(a.status === 409 ? a : b, 409)
    expect(refused.detail).toBe('Brak wolnych miejsc na to spotkanie.')
    const list = await json<{ items: { id: string; cancelled: boolean }[]; meeting: StaffMeeting }>(
      koordynator.get(`${staff}/1/signups`),
      200,
    )
    expect(list.items).toHaveLength(2)
    expect(list.meeting.signedUp).toBe(2)
    const english = await new Agent(t).request(
      'POST',
      `${pub}/1/signups`,
      signup('Czwarta Osoba', 'czwarta@example.com'),
      { 'Accept-Language': 'en' },
    )
    expect((await expectProblem(english, 409)).detail).toBe('There are no places left at this meeting.')
  })

  it('signs one address up once when the same form is sent twice at once', async () => {
    const { pub, staff } = await withMeeting()
    const [a, b] = await Promise.all([
      new Agent(t).post(`${pub}/1/signups`, signup('Tomasz Dwuklik', 'dwuklik@example.com')),
      new Agent(t).post(`${pub}/1/signups`, signup('Tomasz Dwuklik', 'dwuklik@example.com')),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const list = await json<{ items: unknown[]; meeting: StaffMeeting }>(koordynator.get(`${staff}/1/signups`), 200)
    expect(list.items).toHaveLength(1)
    expect(list.meeting.signedUp).toBe(1)
  })

  it('cancels by the e-mailed link (repeat: same answer), freeing the place, and lets the address sign up again', async () => {
    const { pub, staff } = await withMeeting({ capacity: 1 })
    await json(new Agent(t).post(`${pub}/1/signups`, signup('Ewa Rezygnuje', 'ewa@example.com')), 201)
    const { link } = await lastMail(koordynator, 'ewa@example.com')
    const token = link.split('#t=')[1]!
    await expectProblem(await new Agent(t).post(`${pub}/1/signups`, signup('Ola Czeka', 'ola@example.com')), 409)
    const cancelled = await json(new Agent(t).post(`${pub}/cancel`, { token }), 200)
    expect(cancelled).toMatchObject({ meeting: 1, status: 'cancelled' })
    expect(await json(new Agent(t).post(`${pub}/cancel`, { token }), 200)).toEqual(cancelled)
    await expectProblem(await new Agent(t).post(`${pub}/cancel`, { token: 'x'.repeat(43) }), 404)
    await json(new Agent(t).post(`${pub}/1/signups`, signup('Ola Czeka', 'ola@example.com')), 201)
    // Ewa's place went to Ola; Ewa may sign up again (her cancelled sign-up is taken up) once there is room.
    const m = (await json<{ items: StaffMeeting[] }>(koordynator.get(staff), 200)).items[0]!
    await json(koordynator.patch(`${staff}/1`, { version: m.version, capacity: 2 }), 200)
    await json(new Agent(t).post(`${pub}/1/signups`, signup('Ewa Wraca', 'ewa@example.com')), 201)
  })

  it('refuses sign-up to a meeting that has begun, and cancellation after the start', async () => {
    const { c, pub } = await withMeeting()
    await json(new Agent(t).post(`${pub}/1/signups`, signup('Piotr Spóźniony', 'piotr@example.com')), 201)
    const { link } = await lastMail(koordynator, 'piotr@example.com')
    await meetingBegan(t, c.id, 1)
    const late = await expectProblem(
      await new Agent(t).post(`${pub}/1/signups`, signup('Ktoś Nowy', 'nowy@example.com')),
      409,
    )
    expect(late.detail).toContain('rozpoczęło')
    await expectProblem(await new Agent(t).post(`${pub}/cancel`, { token: link.split('#t=')[1] }), 409)
  })

  it('validates the form in Polish (name, e-mail, privacy) and hides a draft consultation’s meetings', async () => {
    const { pub } = await withMeeting()
    const bad = await expectProblem(
      await new Agent(t).post(`${pub}/1/signups`, { name: '', email: 'nie-adres', privacyAccepted: false }),
      400,
    )
    expect(bad.errors?.map((e) => e.field).sort()).toEqual(['email', 'name', 'privacyAccepted'])
    const draft = await json<{ number: number }>(koordynator.post(STAFF_KS, consultationBody()), 201)
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${draft.number}/meetings`), 404)
  })
})

describe('after the meeting', () => {
  it('records attendance after the start only, from the version, with those present among the sign-ups', async () => {
    const { c, pub, staff } = await withMeeting()
    await json(new Agent(t).post(`${pub}/1/signups`, signup('Maria Obecna', 'maria@example.com')), 201)
    await json(new Agent(t).post(`${pub}/1/signups`, signup('Marek Nieobecny', 'marek@example.com')), 201)
    const list = await json<{ items: { id: string; name: string }[]; meeting: StaffMeeting }>(
      koordynator.get(`${staff}/1/signups`),
      200,
    )
    const maria = list.items.find((s) => s.name === 'Maria Obecna')!.id
    const early = await koordynator.request('PUT', `${staff}/1/attendance`, {
      version: list.meeting.version,
      attendance: 5,
      present: [maria],
    })
    await expectProblem(early, 409)
    await meetingBegan(t, c.id, 1)
    const tooFew = await koordynator.request('PUT', `${staff}/1/attendance`, {
      version: list.meeting.version,
      attendance: 0,
      present: [maria],
    })
    expect((await expectProblem(tooFew, 400)).errors?.[0]?.field).toBe('attendance')
    const saved = await json<StaffMeeting>(
      koordynator.request('PUT', `${staff}/1/attendance`, {
        version: list.meeting.version,
        attendance: 12,
        present: [maria],
      }),
      200,
    )
    expect(saved.attendance).toBe(12)
    const after = await json<{ items: { name: string; attended: boolean | null }[] }>(
      koordynator.get(`${staff}/1/signups`),
      200,
    )
    expect(Object.fromEntries(after.items.map((s) => [s.name, s.attended]))).toEqual({
      'Maria Obecna': true,
      'Marek Nieobecny': false,
    })
    const stale = await koordynator.request('PUT', `${staff}/1/attendance`, {
      version: list.meeting.version,
      attendance: 13,
      present: [],
    })
    await expectProblem(stale, 409)
    expect((await json<{ items: { attendance: number }[] }>(new Agent(t).get(pub), 200)).items[0]!.attendance).toBe(12)
    const summary = await meetingsSummary(t.db, c.id)
    expect(summary).toMatchObject({ held: 1, attendance: 12, withMinutes: 0 })
    expect(summary.items[0]).toMatchObject({
      number: 1,
      signedUp: 2,
      attendance: 12,
      place: 'Urząd Gminy, sala 12, ul. Długa 5',
    })
  })

  it('publishes minutes as a PDF by content, refuses anything else, and serves them inline with nosniff', async () => {
    const { c, pub, staff } = await withMeeting()
    await expectProblem(
      await postForm(koordynator, `${staff}/1/minutes`, fileForm(pdfBytes(), 'protokol.pdf', 'application/pdf')),
      409,
    )
    await meetingBegan(t, c.id, 1)
    const fake = new TextEncoder().encode('<html><script>alert(1)</script></html>')
    const refused = await expectProblem(
      await postForm(koordynator, `${staff}/1/minutes`, fileForm(fake, 'protokol.pdf', 'application/pdf')),
      400,
    )
    expect(refused.detail).toBe('To nie jest plik PDF.')
    const ok = await postForm(
      koordynator,
      `${staff}/1/minutes`,
      fileForm(pdfBytes(), 'protokół 1.pdf', 'application/pdf'),
    )
    expect(ok.status, await ok.clone().text()).toBe(200)
    const file = await new Agent(t).get(`${pub}/1/minutes.pdf`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new TextDecoder().decode(await file.arrayBuffer())).toMatch(/^%PDF-/)
    expect((await json<{ items: { minutes: boolean }[] }>(new Agent(t).get(pub), 200)).items[0]!.minutes).toBe(true)
    // A second upload replaces the first: one file in the store.
    await postForm(
      koordynator,
      `${staff}/1/minutes`,
      fileForm(pdfBytes(), 'protokol-poprawiony.pdf', 'application/pdf'),
    )
    const [m] = await t.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.consultationId, c.id), eq(meetings.number, 1)))
    const { files } = await import('../../../worker/core/files/schema')
    const stored = await t.db.select({ id: files.id }).from(files).where(eq(files.ownerId, m!.id))
    expect(stored).toHaveLength(1)
  })

  it('erases the sign-ups’ names and addresses when their time comes, keeping the counts (tick, idempotent)', async () => {
    const { c, pub, staff } = await withMeeting()
    await json(
      new Agent(t).post(`${pub}/1/signups`, signup('Zofia Dousunięcia', 'zofia@example.com', { needs: 'tłumacz PJM' })),
      201,
    )
    const [m] = await t.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.consultationId, c.id), eq(meetings.number, 1)))
    const [row] = await t.db.select().from(meetingSignups).where(eq(meetingSignups.meetingId, m!.id))
    expect(row!.eraseAfter.getTime()).toBeGreaterThan(m!.endsAt.getTime())
    await consultationTick(t.tick())
    expect((await t.db.select().from(meetingSignups).where(eq(meetingSignups.id, row!.id)))[0]!.email).toBe(
      'zofia@example.com',
    )
    const later = new Date(row!.eraseAfter.getTime() + 1000)
    await consultationTick(t.tick(later))
    await consultationTick(t.tick(later))
    const [erased] = await t.db.select().from(meetingSignups).where(eq(meetingSignups.id, row!.id))
    expect(erased).toMatchObject({ name: null, email: null, needs: '' })
    expect(erased!.emailKey).toBe(`erased:${row!.id}`)
    const list = await json<{ items: { erased: boolean }[]; meeting: StaffMeeting }>(
      koordynator.get(`${staff}/1/signups`),
      200,
    )
    expect(list.items[0]!.erased).toBe(true)
    expect(list.meeting.signedUp).toBe(1)
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.meeting.signups_erase'))
    expect(audit.filter((a) => a.entityId === m!.id)).toHaveLength(1)
  })
})

describe('authorisation', () => {
  it('lets only organisers plan meetings and read sign-ups; a moderator and the public are refused', async () => {
    const { m, staff } = await withMeeting()
    const moderator = await loggedIn(t, demo.moderator)
    await expectProblem(await moderator.get(`${staff}/1/signups`), 403)
    await expectProblem(await moderator.post(staff, meetingBody()), 403)
    await expectProblem(await new Agent(t).get(`${staff}/1/signups`), 401)
    await expectProblem(await new Agent(t).post(`${staff}/1/cancel`, { version: m.version }), 401)
    const admin = await loggedIn(t, demo.admin)
    expect((await admin.get(`${staff}/1/signups`)).status).toBe(200)
  })
})
