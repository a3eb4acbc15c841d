import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { deadlineAfter, warsawDate } from '../../../worker/core/time/polish-calendar'
import { inviteOnLaunch } from '../../../worker/consultations/actions/outreach'
import { lastDayOf } from '../../../worker/consultations/domain/presets'
import { consultationById } from '../../../worker/consultations/queries'
import { consultationInvitations, consultationSubscriptions, consultations } from '../../../worker/consultations/tables'
import { createServices } from '../../../worker/core/services'
import { configFromEnv } from '../../../worker/core/config'
import { modules } from '../../../worker/modules'
import {
  Agent,
  demo,
  expectProblem,
  loggedIn,
  ORIGIN,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'
import { readPdf } from '../../support/pdf'
import { renderPdf } from '../../../worker/core/pdf'
import { json } from '../budget/helpers'
import { consultationBody, fileForm, postForm, PUB_KS, STAFF_KS } from './helpers'
import { addOrganization, fragmentToken, mailsTo, programmeBody } from './outreach-helpers'

let t: TestApp
let koordynator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

type Staff = { number: number; version: number; status: string; title: string }
type Outreach = {
  status: string
  counts: { ngo_email: number; advisory_body_email: number; subscriber_email: number }
  total: number
  invitations: { channel: string; recipientName: string; sentAt: string }[]
  opinions: {
    id: string
    bodyName: string
    email: string
    required: boolean
    dueOn: string | null
    askedAt: string | null
    opinion: string | null
    receivedOn: string | null
  }[]
  uninvitedOrganizations: number
  unsent: number
}

const draft = (body: Record<string, unknown>) => json<Staff>(koordynator.post(STAFF_KS, body), 201)
const publish = (c: { number: number; version: number }) =>
  koordynator.post(`${STAFF_KS}/${c.number}/publish`, { version: c.version })
const outreachOf = (n: number) => json<Outreach>(koordynator.get(`${STAFF_KS}/${n}/outreach`), 200)

/** Subscribes `email` and confirms it from the e-mailed link. */
async function subscribed(email: string): Promise<void> {
  const anyone = new Agent(t)
  expect((await anyone.post(`${PUB_KS}/subscriptions`, { email })).status).toBe(202)
  const [mail] = await mailsTo(t, email)
  await json(anyone.post(`${PUB_KS}/subscriptions/confirm`, { token: fragmentToken(mail!.text) }), 200)
}

describe('invitations on launch', () => {
  it('e-mails exactly the matching NGOs, the advisory body and the confirmed subscribers, once each', async () => {
    const verified = await addOrganization(t, {
      name: 'Stowarzyszenie Pomocy Sąsiedzkiej',
      status: 'verified',
      areas: ['pomoc-spoleczna'],
    })
    const pending = await addOrganization(t, {
      name: 'Fundacja Praca Teraz',
      status: 'pending',
      areas: ['zatrudnienie', 'kultura'],
      lang: 'en',
    })
    const unconfirmed = await addOrganization(t, {
      name: 'Fundacja Niepotwierdzona',
      status: 'unconfirmed',
      areas: ['pomoc-spoleczna'],
    })
    const refused = await addOrganization(t, {
      name: 'Fundacja Odrzucona',
      status: 'refused',
      areas: ['pomoc-spoleczna'],
    })
    const otherArea = await addOrganization(t, {
      name: 'Klub Szachowy Goniec',
      status: 'verified',
      areas: ['kultura-fizyczna'],
    })
    await staffOfAnotherJst(t, 'koordynator')
    const otherJst = await addOrganization(t, {
      name: 'Stowarzyszenie z Innej Gminy',
      status: 'verified',
      areas: ['pomoc-spoleczna'],
      jst: ['gmina-inna'],
    })
    await subscribed('mieszkanka@example.com')
    const waiting = new Agent(t)
    expect((await waiting.post(`${PUB_KS}/subscriptions`, { email: 'niepotwierdzony@example.com' })).status).toBe(202)

    const c = await draft(programmeBody())
    const rdpp = await json<Outreach['opinions'][number]>(
      koordynator.post(`${STAFF_KS}/${c.number}/opinions`, {
        bodyName: 'Rada Działalności Pożytku Publicznego Gminy Przykładowo',
        email: 'rdpp@gmina-przykladowa.example',
        required: true,
      }),
      201,
    )
    // Listed before publishing: asked on publishing, not now.
    expect(rdpp.askedAt).toBeNull()
    expect(await mailsTo(t, 'rdpp@gmina-przykladowa.example')).toHaveLength(0)

    const published = await json<Staff>(publish(c), 200)
    expect(published.status).toBe('published')

    const v = await mailsTo(t, verified.email)
    expect(v).toHaveLength(1)
    expect(v[0]!.subject).toBe(`Zaproszenie do konsultacji: ${c.title}`)
    expect(v[0]!.text).toContain('„Stowarzyszenie Pomocy Sąsiedzkiej”')
    expect(v[0]!.text).toContain('pomoc społeczna')
    expect(v[0]!.text).toContain(`${ORIGIN}/gmina-przykladowa/konsultacje/${c.number}`)
    // The pending organisation is invited too, in its own language.
    const p = await mailsTo(t, pending.email)
    expect(p).toHaveLength(1)
    expect(p[0]!.subject).toBe(`Invitation to a consultation: ${c.title}`)
    expect(p[0]!.text).toContain('“Fundacja Praca Teraz”')
    expect(p[0]!.text).toMatch(/runs from \d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4} inclusive/)
    expect(p[0]!.text).toContain('Kind regards')
    for (const o of [unconfirmed, refused, otherArea, otherJst]) expect(await mailsTo(t, o.email)).toHaveLength(0)

    const body = await mailsTo(t, 'rdpp@gmina-przykladowa.example')
    expect(body).toHaveLength(1)
    expect(body[0]!.subject).toBe(`Prośba o opinię: ${c.title}`)
    const notices = await mailsTo(t, 'mieszkanka@example.com')
    expect(notices.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Potwierdź zapis/),
      `Nowe konsultacje: ${c.title}`,
    ])
    expect(notices[1]!.text).toMatch(/\/gmina-przykladowa\/konsultacje\/subskrypcja\/wypisz#t=/)
    expect((await mailsTo(t, 'niepotwierdzony@example.com')).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Potwierdź zapis/),
    ])

    const outreach = await outreachOf(c.number)
    expect(outreach.counts).toEqual({ ngo_email: 2, advisory_body_email: 1, subscriber_email: 1 })
    expect(outreach.total).toBe(4)
    expect(outreach.invitations.map((i) => i.recipientName).sort()).toEqual([
      'Fundacja Praca Teraz',
      'Rada Działalności Pożytku Publicznego Gminy Przykładowo',
      'Stowarzyszenie Pomocy Sąsiedzkiej',
    ])
    // The RDPP's 14 days (art. 41i upp) run from the request.
    const asked = outreach.opinions[0]!
    expect(asked.askedAt).not.toBeNull()
    expect(asked.dueOn).toBe(lastDayOf(deadlineAfter(new Date(asked.askedAt!), 14, 'calendar')))
    expect(body[0]!.text).toContain('Opinię prosimy przekazać do')
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ks.invitation.send')))
    expect(audits.filter((a) => (a.after as { consultation: number }).consultation === c.number)).toHaveLength(4)

    // A repeated publish (and "send what is missing") sends nothing again.
    expect((await json<Staff>(publish(c), 200)).status).toBe('published')
    const again = await json<{ sent: Outreach['counts'] }>(
      koordynator.post(`${STAFF_KS}/${c.number}/outreach/invite`),
      200,
    )
    expect(again.sent).toEqual({ ngo_email: 0, advisory_body_email: 0, subscriber_email: 0 })
    expect(await mailsTo(t, verified.email)).toHaveLength(1)
    expect(await mailsTo(t, 'rdpp@gmina-przykladowa.example')).toHaveLength(1)
    expect(await mailsTo(t, 'mieszkanka@example.com')).toHaveLength(2)
    expect((await outreachOf(c.number)).total).toBe(4)

    // An organisation joining the directory later is counted as uninvited, and invited on request, once.
    const late = await addOrganization(t, {
      name: 'Spółdzielnia Socjalna Nowa',
      status: 'verified',
      areas: ['zatrudnienie'],
    })
    // A subscriber who joined after the launch hears of the next consultation, not of this one.
    await subscribed('pozny.subskrybent@example.com')
    expect(await outreachOf(c.number)).toMatchObject({ uninvitedOrganizations: 1, unsent: 1 })
    const [a, b] = await Promise.all([
      json<{ sent: Outreach['counts'] }>(koordynator.post(`${STAFF_KS}/${c.number}/outreach/invite`), 200),
      json<{ sent: Outreach['counts'] }>(koordynator.post(`${STAFF_KS}/${c.number}/outreach/invite`), 200),
    ])
    expect(a.sent.ngo_email + b.sent.ngo_email).toBe(1)
    expect(await mailsTo(t, late.email)).toHaveLength(1)
    expect(await mailsTo(t, 'pozny.subskrybent@example.com')).toHaveLength(1)
    expect(await outreachOf(c.number)).toMatchObject({ uninvitedOrganizations: 0, unsent: 0 })
  })

  it('sends nothing twice when two publishes run at once', async () => {
    const o = await addOrganization(t, {
      name: 'Stowarzyszenie Wyścigowe',
      status: 'verified',
      areas: ['pomoc-spoleczna'],
    })
    const c = await draft(programmeBody({ publicTaskAreas: ['pomoc-spoleczna'] }))
    const [x, y] = await Promise.all([publish(c), publish(c)])
    expect([x.status, y.status]).toEqual([200, 200])
    expect(await mailsTo(t, o.email)).toHaveLength(1)
    expect((await outreachOf(c.number)).counts.ngo_email).toBeGreaterThanOrEqual(1)
    const rows = await t.db.select().from(consultationInvitations).where(eq(consultationInvitations.recipientKey, o.id))
    expect(rows).toHaveLength(1)
  })

  it('sends nothing twice when the launch invitations themselves run twice at once', async () => {
    const o = await addOrganization(t, {
      name: 'Fundacja Równoległa',
      status: 'verified',
      areas: ['integracja-cudzoziemcow'],
    })
    const c = await draft(programmeBody({ publicTaskAreas: ['integracja-cudzoziemcow'] }))
    await json(publish(c), 200)
    const row = await t.db.query.consultations.findFirst({ where: eq(consultations.number, c.number) })
    const stored = (await consultationById(t.db, row!.id))!
    await t.db.delete(consultationInvitations).where(eq(consultationInvitations.consultationId, stored.id))
    const config = configFromEnv({ APP_ENV: 'development', APP_URL: ORIGIN }, modules)
    const deps = {
      ...createServices(t.db, config),
      config,
      user: null,
      role: null,
      requestId: 'test',
      ip: '127.0.0.1',
      lang: 'pl' as const,
      now: () => new Date(),
    }
    const [first, second] = await Promise.all([inviteOnLaunch(deps, stored), inviteOnLaunch(deps, stored)])
    expect(first.ngo_email + second.ngo_email).toBe(1)
    expect(await mailsTo(t, o.email)).toHaveLength(2) // one at publish, one after the record was deleted here
  })

  it('does not e-mail NGOs about a consultation for residents; subscribers hear of it', async () => {
    const o = await addOrganization(t, {
      name: 'Stowarzyszenie Tylko Dla Mieszkańców',
      status: 'verified',
      areas: ['pomoc-spoleczna'],
    })
    await subscribed('mieszkaniec.inne@example.com')
    const c = await draft(consultationBody({ audience: 'residents', publicTaskAreas: ['pomoc-spoleczna'] }))
    await json(publish(c), 200)
    expect(await mailsTo(t, o.email)).toHaveLength(0)
    expect((await mailsTo(t, 'mieszkaniec.inne@example.com')).at(-1)!.subject).toBe(`Nowe konsultacje: ${c.title}`)
    expect((await outreachOf(c.number)).counts.ngo_email).toBe(0)
  })
})

describe('subscriptions', () => {
  it('answers the same for known and unknown addresses and sends a confirmed subscriber nothing more', async () => {
    const anyone = new Agent(t)
    await subscribed('znany@example.com')
    const known = await anyone.post(`${PUB_KS}/subscriptions`, { email: 'znany@example.com' })
    const unknown = await anyone.post(`${PUB_KS}/subscriptions`, { email: 'nieznany@example.com' })
    expect(known.status).toBe(202)
    expect(unknown.status).toBe(202)
    expect(await known.json()).toEqual(await unknown.json())
    expect(await mailsTo(t, 'znany@example.com')).toHaveLength(1) // only the first confirmation
    expect(await mailsTo(t, 'nieznany@example.com')).toHaveLength(1)
  })

  it('needs confirmation: an unconfirmed address hears of no consultation; a repeated confirmation answers the same', async () => {
    const anyone = new Agent(t)
    await anyone.post(`${PUB_KS}/subscriptions`, { email: 'Powoli@Example.com' })
    const c = await draft(consultationBody())
    await json(publish(c), 200)
    const mails = await mailsTo(t, 'powoli@example.com')
    expect(mails).toHaveLength(1)
    const token = fragmentToken(mails[0]!.text)
    expect(await json(anyone.post(`${PUB_KS}/subscriptions/confirm`, { token }), 200)).toEqual({ status: 'confirmed' })
    expect(await json(anyone.post(`${PUB_KS}/subscriptions/confirm`, { token }), 200)).toEqual({ status: 'confirmed' })
    await expectProblem(await anyone.post(`${PUB_KS}/subscriptions/confirm`, { token: 'x'.repeat(43) }), 404)
    await expectProblem(await anyone.post(`${PUB_KS}/subscriptions/confirm`, { token: 'krótki' }), 400)
  })

  it('refuses an expired link (410) and deletes the address', async () => {
    const anyone = new Agent(t)
    await anyone.post(`${PUB_KS}/subscriptions`, { email: 'spozniony@example.com' })
    const token = fragmentToken((await mailsTo(t, 'spozniony@example.com'))[0]!.text)
    await t.db
      .update(consultationSubscriptions)
      .set({ confirmExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(consultationSubscriptions.email, 'spozniony@example.com'))
    await expectProblem(await anyone.post(`${PUB_KS}/subscriptions/confirm`, { token }), 410)
    expect(
      await t.db
        .select()
        .from(consultationSubscriptions)
        .where(eq(consultationSubscriptions.email, 'spozniony@example.com')),
    ).toHaveLength(0)
  })

  it('unsubscribes from the link in a notice, erasing the address; the link answers the same again', async () => {
    await subscribed('wypisz.mnie@example.com')
    const c = await draft(consultationBody())
    await json(publish(c), 200)
    const notice = (await mailsTo(t, 'wypisz.mnie@example.com')).at(-1)!
    const token = fragmentToken(notice.text)
    const anyone = new Agent(t)
    expect(await json(anyone.post(`${PUB_KS}/subscriptions/unsubscribe`, { token }), 200)).toEqual({
      status: 'unsubscribed',
    })
    expect(await json(anyone.post(`${PUB_KS}/subscriptions/unsubscribe`, { token }), 200)).toEqual({
      status: 'unsubscribed',
    })
    expect(
      await t.db
        .select()
        .from(consultationSubscriptions)
        .where(eq(consultationSubscriptions.email, 'wypisz.mnie@example.com')),
    ).toHaveLength(0)
    const next = await draft(consultationBody())
    await json(publish(next), 200)
    expect(await mailsTo(t, 'wypisz.mnie@example.com')).toHaveLength(2) // confirmation and the first notice only
  })

  it('makes one subscription of two requests at once', async () => {
    const anyone = new Agent(t)
    const [a, b] = await Promise.all([
      anyone.post(`${PUB_KS}/subscriptions`, { email: 'podwojny@example.com' }),
      anyone.post(`${PUB_KS}/subscriptions`, { email: 'podwojny@example.com' }),
    ])
    expect([a.status, b.status]).toEqual([202, 202])
    expect(
      await t.db
        .select()
        .from(consultationSubscriptions)
        .where(eq(consultationSubscriptions.email, 'podwojny@example.com')),
    ).toHaveLength(1)
  })

  it('refuses a malformed address as a field error and limits requests per address', async () => {
    const anyone = new Agent(t)
    const bad = await expectProblem(await anyone.post(`${PUB_KS}/subscriptions`, { email: 'to nie adres' }), 400)
    expect(bad.errors?.[0]?.field).toBe('email')
    for (let i = 0; i < 3; i++)
      expect((await anyone.post(`${PUB_KS}/subscriptions`, { email: 'limit@example.com' })).status).toBe(202)
    await expectProblem(await anyone.post(`${PUB_KS}/subscriptions`, { email: 'limit@example.com' }), 429)
  })
})

describe('advisory bodies and their opinions', () => {
  it('asks a body added after publishing at once, refuses the same body twice (also at once), records the opinion', async () => {
    const c = await draft(consultationBody())
    await json(publish(c), 200)
    const body = {
      bodyName: 'Gminna Rada Seniorów',
      email: 'seniorzy@gmina-przykladowa.example',
      required: false,
      dueOn: '2099-01-15',
    }
    const [a, b] = await Promise.all([
      koordynator.post(`${STAFF_KS}/${c.number}/opinions`, body),
      koordynator.post(`${STAFF_KS}/${c.number}/opinions`, body),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const added = (await (a.status === 201 ? a : b).json()) as Outreach['opinions'][number]
    expect(added).toMatchObject({ bodyName: 'Gminna Rada Seniorów', dueOn: '2099-01-15', receivedOn: null })
    expect(added.askedAt).not.toBeNull()
    const mails = await mailsTo(t, 'seniorzy@gmina-przykladowa.example')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain('15 stycznia 2099')

    const received = await json<Outreach['opinions'][number]>(
      koordynator.patch(`${STAFF_KS}/${c.number}/opinions/${added.id}`, {
        opinion: 'Rada pozytywnie opiniuje projekt.',
        receivedOn: warsawDate(new Date()).date,
      }),
      200,
    )
    expect(received).toMatchObject({
      opinion: 'Rada pozytywnie opiniuje projekt.',
      receivedOn: warsawDate(new Date()).date,
    })
    const list = await json<{ items: Outreach['opinions'] }>(koordynator.get(`${STAFF_KS}/${c.number}/opinions`), 200)
    expect(list.items).toHaveLength(1)
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, added.id))
    expect(audit.map((r) => r.action).sort()).toEqual(['ks.opinion.add', 'ks.opinion.receive'])
    // The same again changes nothing (no audit row).
    await json(
      koordynator.patch(`${STAFF_KS}/${c.number}/opinions/${added.id}`, {
        opinion: 'Rada pozytywnie opiniuje projekt.',
      }),
      200,
    )
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, added.id))).toHaveLength(2)
    await expectProblem(await koordynator.patch(`${STAFF_KS}/${c.number}/opinions/nie-ma`, { required: true }), 404)
    const bad = await expectProblem(
      await koordynator.post(`${STAFF_KS}/${c.number}/opinions`, { ...body, email: 'zły', bodyName: 'X' }),
      400,
    )
    expect(bad.errors?.map((e) => e.field).sort()).toEqual(['bodyName', 'email'])
  })
})

describe('the opinion as a file', () => {
  it('keeps a PDF opinion (checked by its bytes), records it received, and serves it to the organisers only', async () => {
    const c = await draft(consultationBody())
    const body = await json<Outreach['opinions'][number] & { hasFile: boolean }>(
      koordynator.post(`${STAFF_KS}/${c.number}/opinions`, {
        bodyName: 'Młodzieżowa Rada Gminy',
        email: 'mrg@gmina-przykladowa.example',
        required: false,
      }),
      201,
    )
    const path = `${STAFF_KS}/${c.number}/opinions/${body.id}/file`
    const notPdf = await expectProblem(
      await postForm(koordynator, path, fileForm(new TextEncoder().encode('<html>nie PDF</html>'), 'opinia.pdf')),
      400,
    )
    expect(notPdf.errors?.[0]?.field).toBe('file')
    await expectProblem(await koordynator.get(path), 404)
    const pdf = await renderPdf({ title: 'Uchwała MRG', lang: 'pl' }, [{ kind: 'p', text: 'Opinia pozytywna.' }])
    const saved = await json<{ hasFile: boolean; receivedOn: string | null }>(
      postForm(koordynator, path, fileForm(pdf, 'uchwała MRG.pdf', 'application/pdf')),
      200,
    )
    expect(saved).toMatchObject({ hasFile: true, receivedOn: warsawDate(new Date()).date })
    const served = await koordynator.get(path)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('cache-control')).toBe('no-store')
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(pdf)
    const moderator = await loggedIn(t, demo.moderator)
    expect((await moderator.get(path)).status).toBe(403)
    expect((await postForm(moderator, path, fileForm(pdf, 'x.pdf'))).status).toBe(403)
  })
})

describe('announcement and poster', () => {
  it('gives the announcement’s six elements, a tagged announcement PDF and a poster with the title and the address', async () => {
    const c = await draft(programmeBody({ orderNumber: '123/2026', orderDate: '2026-09-01' }))
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${c.number}/announcement`), 404)
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${c.number}/poster.pdf`), 404)
    await json(publish(c), 200)
    const a = await json<{
      elements: { key: string; text: string; items?: string[] }[]
      pageUrl: string
      order: string
    }>(new Agent(t).get(`${PUB_KS}/${c.number}/announcement`), 200)
    expect(a.elements.map((e) => e.key)).toEqual(['subject', 'period', 'participants', 'forms', 'unit', 'results'])
    expect(a.pageUrl).toBe(`${ORIGIN}/gmina-przykladowa/konsultacje/${c.number}`)
    expect(a.order).toBe('zarządzenie nr 123/2026 z dnia 1 września 2026')

    const poster = await new Agent(t).get(`${PUB_KS}/${c.number}/poster.pdf`)
    expect(poster.status).toBe(200)
    expect(poster.headers.get('content-type')).toBe('application/pdf')
    const read = await readPdf(new Uint8Array(await poster.arrayBuffer()))
    expect(read.text).toContain('test zasięgu')
    expect(read.text.replace(/\s+/g, '')).toContain(a.pageUrl)
    expect(read.lang).toMatch(/^pl/)
    expect(read.roles).toContain('Figure')
    expect(read.roles).toContain('H1')

    const pdf = await new Agent(t).get(`${PUB_KS}/${c.number}/announcement.pdf`)
    const doc = await readPdf(new Uint8Array(await pdf.arrayBuffer()))
    expect(doc.title).toContain('Ogłoszenie o konsultacjach')
    expect(doc.text).toContain('Komórka organizacyjna odpowiedzialna')
    expect(doc.roles.filter((r) => r === 'H2').length).toBeGreaterThanOrEqual(6)
  })
})

describe('authorisation', () => {
  it('keeps the outreach panel and the advisory bodies to the organisers of the JST', async () => {
    const c = await draft(consultationBody())
    const paths = [
      ['GET', `${STAFF_KS}/${c.number}/outreach`],
      ['POST', `${STAFF_KS}/${c.number}/outreach/invite`],
      ['GET', `${STAFF_KS}/${c.number}/opinions`],
      ['POST', `${STAFF_KS}/${c.number}/opinions`],
      ['PATCH', `${STAFF_KS}/${c.number}/opinions/x`],
    ] as const
    const body = { bodyName: 'Młodzieżowa Rada Gminy', email: 'mrg@example.com', required: false }
    for (const [method, path] of paths) {
      expect((await new Agent(t).request(method, path, method === 'GET' ? undefined : body)).status).toBe(401)
      for (const who of [demo.moderator, demo.weryfikator]) {
        const agent = await loggedIn(t, who)
        expect((await agent.request(method, path, method === 'GET' ? undefined : body)).status).toBe(403)
      }
    }
    const other = new Agent(t)
    expect((await other.login('koordynator@gmina-inna.example', 'Haslo-innej-gminy-2026')).status).toBe(200)
    expect((await other.get(`${STAFF_KS}/${c.number}/outreach`)).status).toBe(403)
    // Inviting before publishing is refused.
    await expectProblem(await koordynator.post(`${STAFF_KS}/${c.number}/outreach/invite`), 409)
  })
})
