import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { councilTick } from '../../../worker/councils/tick'
import { councilApplications, councilBodies, councilSignatures } from '../../../worker/councils/tables'
import { decisionDeadline } from '../../../worker/councils/domain/applications'
import { addDays, dayOf } from '../../../worker/councils/domain/dates'
import {
  Agent,
  demo,
  expectProblem,
  lastMail,
  loggedIn,
  staffOfAnotherJst,
  type TestApp,
  testApp,
} from '../../support/api'
import {
  bearer,
  confirmationOf,
  email,
  json,
  ngo,
  openPetition,
  PUB,
  resident,
  seedSignatures,
  STAFF,
} from './applications-helpers'

let t: TestApp
let staff: Agent
beforeAll(async () => {
  t = await testApp()
  staff = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

const signer = (i: number) => ({
  name: `Halina Nowak ${i}`,
  address: `ul. Polna ${i}, Przykładowo`,
  declaredSenior: true,
  resident: true,
})

interface PublicApp {
  number: number
  status: string
  threshold: number | null
  valid: number | null
  reached: boolean | null
  filedOn: string | null
  decisionDueOn: string | null
  decision: { outcome: string; act: string | null; reason: string | null } | null
  organisations: { name: string }[]
}

async function audits(action: string, number: number): Promise<number> {
  const [a] = await t.db.select().from(councilApplications).where(eq(councilApplications.number, number))
  const rows = await t.db
    .select({ n: sql<number>`count(*)` })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, a!.id)))
  return Number(rows[0]!.n)
}

describe('a residents’ petition for a rada seniorów', () => {
  it('is listed only once its contact e-mail is confirmed by the mailed link', async () => {
    const who = resident(t)
    const contactEmail = email()
    const { number } = await json<{ number: number }>(
      who.post(PUB, {
        applicantKind: 'mieszkancy',
        bodyKind: 'rada_seniorow',
        title: 'Rada seniorów dla Przykładowa',
        justification: '',
        contactEmail,
      }),
      201,
    )
    await expectProblem(await who.get(`${PUB}/${number}`), 404)
    const list = await json<{ items: PublicApp[] }>(who.get(PUB), 200)
    expect(list.items.map((i) => i.number)).not.toContain(number)
    const { mail, token } = await confirmationOf(t, contactEmail)
    expect(mail.text).toContain(`http://localhost/gmina-przykladowa/rady/wnioski/${number}#potwierdzenie=`)
    await expectProblem(await who.post(`${PUB}/${number}/potwierdzenie`, { token: '0'.repeat(64) }), 404)
    const confirmations = await Promise.all([
      who.post(`${PUB}/${number}/potwierdzenie`, { token }),
      who.post(`${PUB}/${number}/potwierdzenie`, { token }),
    ])
    expect(confirmations.map((r) => r.status)).toEqual([200, 200])
    expect(await audits('rd.application.confirm', number)).toBe(1)
    const one = await json<PublicApp>(who.get(`${PUB}/${number}`), 200)
    // the demo gmina has 24,500 residents: 100 signatures (50 only up to 20,000)
    expect(one).toMatchObject({ status: 'zbieranie', threshold: 100, valid: 0, reached: false, filedOn: null })
  })

  it('takes each person once, needs both declarations, and shows no names publicly', async () => {
    const number = await openPetition(t)
    const who = resident(t)
    const first = await json<{ valid: number; threshold: number }>(who.post(`${PUB}/${number}/podpisy`, signer(1)), 201)
    expect(first).toMatchObject({ valid: 1, threshold: 100 })
    // the same person, written differently ("ul." left out, other case)
    const again = await expectProblem(
      await resident(t).post(`${PUB}/${number}/podpisy`, {
        ...signer(1),
        name: 'HALINA nowak 1',
        address: 'Polna 1 Przykładowo',
      }),
      409,
    )
    expect(again.detail).toMatch(/już podpisała/)
    const noDeclaration = await expectProblem(
      await who.post(`${PUB}/${number}/podpisy`, { ...signer(2), declaredSenior: false }),
      400,
    )
    expect(noDeclaration.errors?.[0]).toMatchObject({ field: 'declaredSenior' })
    expect(noDeclaration.errors?.[0]?.detail).toMatch(/60 lat/)
    await expectProblem(await who.post(`${PUB}/${number}/podpisy`, { ...signer(2), resident: false }), 400)
    const res = await who.get(`${PUB}/${number}`)
    const text = await res.text()
    expect(text).not.toContain('Halina')
    expect(JSON.parse(text)).toMatchObject({ valid: 1 })
  })

  it('limits the signatures sent from one network address (429 with Retry-After)', async () => {
    const number = await openPetition(t)
    const who = resident(t, '192.0.2.77')
    for (let i = 0; i < 30; i++) expect((await who.post(`${PUB}/${number}/podpisy`, signer(100 + i))).status).toBe(201)
    const refused = await who.post(`${PUB}/${number}/podpisy`, signer(200))
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await expectProblem(refused, 429)).detail).toMatch(/Zbyt wiele podpisów/)
    expect((await json<PublicApp>(resident(t).get(`${PUB}/${number}`), 200)).valid).toBe(30)
  })

  it('staff key in paper signatures, duplicates skipped and counted, and see the list (no-store)', async () => {
    const number = await openPetition(t)
    await json(resident(t).post(`${PUB}/${number}/podpisy`, signer(1)), 201)
    const paper = await json<{ added: number; duplicates: number; count: { valid: number; undeclared: number } }>(
      staff.post(`${STAFF}/${number}/podpisy`, {
        signatures: [
          { name: 'Halina Nowak 1', address: 'Polna 1, Przykładowo', declaredSenior: true },
          { name: 'Jan Kowalski', address: 'ul. Leśna 3', declaredSenior: true },
          { name: 'Jan Kowalski', address: 'Leśna 3', declaredSenior: true },
          { name: 'Anna Zielińska', address: 'ul. Łąkowa 7', declaredSenior: false },
        ],
      }),
      200,
    )
    expect(paper).toMatchObject({ added: 2, duplicates: 2, count: { valid: 2, undeclared: 1 } })
    const res = await staff.get(`${STAFF}/${number}`)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const view = (await res.json()) as { signatures: { name: string; channel: string }[]; count: { valid: number } }
    expect(view.signatures.map((s) => [s.name, s.channel])).toEqual([
      ['Halina Nowak 1', 'online'],
      ['Jan Kowalski', 'papier'],
      ['Anna Zielińska', 'papier'],
    ])
    expect(view.count.valid).toBe(2)
  })

  it('below the threshold cannot be filed; at it, filing starts the 3-month clock (once, even twice at once)', async () => {
    const number = await openPetition(t)
    await seedSignatures(t, number, 98)
    await json(resident(t).post(`${PUB}/${number}/podpisy`, signer(1)), 201)
    const below = await expectProblem(await staff.post(`${STAFF}/${number}/zlozenie`), 409)
    expect(below.detail).toMatch(/podpisało 99 uprawnionych .* potrzeba 100/)
    const english = await expectProblem(
      await staff.request('POST', `${STAFF}/${number}/zlozenie`, {}, { 'Accept-Language': 'en' }),
      409,
    )
    expect(english.detail).not.toMatch(/Wniosek podpisało/)
    await json(resident(t).post(`${PUB}/${number}/podpisy`, signer(2)), 201)
    const staffView = await json<{ reached: boolean; count: { valid: number; threshold: number } }>(
      staff.get(`${STAFF}/${number}`),
      200,
    )
    expect(staffView).toMatchObject({ reached: true, count: { valid: 100, threshold: 100 } })
    const [a, b] = await Promise.all([
      staff.post(`${STAFF}/${number}/zlozenie`),
      staff.post(`${STAFF}/${number}/zlozenie`),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    expect(await audits('rd.application.file', number)).toBe(1)
    const today = dayOf(new Date())
    const one = await json<PublicApp>(resident(t).get(`${PUB}/${number}`), 200)
    expect(one).toMatchObject({
      status: 'zlozony',
      filedOn: today,
      decisionDueOn: decisionDeadline('rada_seniorow', today)!.lastDay,
    })
    expect(one.decisionDueOn! > addDays(today, 88)).toBe(true)
    await expectProblem(await resident(t).post(`${PUB}/${number}/podpisy`, signer(3)), 409)
  })

  it('reminds the JST’s admins and coordinators once, 14 days before the decision’s last day', async () => {
    const number = await openPetition(t)
    await seedSignatures(t, number, 100)
    const filed = await json<{ decisionDueOn: string }>(staff.post(`${STAFF}/${number}/zlozenie`), 200)
    const outbox = async () =>
      Number(
        (
          await t.db.all<{ n: number }>(
            sql`SELECT count(*) AS n FROM outbox WHERE kind = 'staff-notice' AND subject LIKE ${`Wniosek nr ${number}:%`}`,
          )
        )[0]!.n,
      )
    const at = (day: string) => new Date(`${day}T10:00:00Z`)
    await councilTick(t.tick(at(addDays(filed.decisionDueOn, -15))))
    expect(await outbox()).toBe(0)
    await councilTick(t.tick(at(addDays(filed.decisionDueOn, -14))))
    await councilTick(t.tick(at(addDays(filed.decisionDueOn, -13))))
    expect(await outbox()).toBeGreaterThanOrEqual(2)
    const mail = await lastMail(staff, demo.koordynator)
    expect(mail.subject).toContain(`Wniosek nr ${number}`)
    expect(mail.text).toContain(`http://localhost/panel/gmina-przykladowa/rady/wnioski/${number}`)
    const before = await outbox()
    await councilTick(t.tick(at(addDays(filed.decisionDueOn, 1))))
    expect(await outbox()).toBe(before)
  })

  it('a decision creates the body; a year later names, addresses and the contact are erased', async () => {
    const number = await openPetition(t)
    await seedSignatures(t, number, 100)
    await json(staff.post(`${STAFF}/${number}/zlozenie`), 200)
    await expectProblem(await staff.post(`${STAFF}/${number}/decyzja`, { decision: 'uwzgledniony' }), 400)
    const decided = await json<{ bodyId: string }>(
      staff.post(`${STAFF}/${number}/decyzja`, {
        decision: 'uwzgledniony',
        act: 'Uchwała nr XII/101/2026',
        createBody: { name: 'Gminna Rada Seniorów', slug: `rada-seniorow-${number}` },
      }),
      200,
    )
    const [body] = await t.db.select().from(councilBodies).where(eq(councilBodies.id, decided.bodyId))
    expect(body).toMatchObject({ status: 'tworzona', kind: 'rada_seniorow' })
    await expectProblem(await staff.post(`${STAFF}/${number}/decyzja`, { decision: 'odrzucony', reason: 'x' }), 409)
    const one = await json<PublicApp>(resident(t).get(`${PUB}/${number}`), 200)
    expect(one.decision).toMatchObject({ outcome: 'uwzgledniony', act: 'Uchwała nr XII/101/2026' })
    const [a] = await t.db.select().from(councilApplications).where(eq(councilApplications.number, number))
    await councilTick(t.tick(new Date(Date.now() + 300 * 24 * 3600 * 1000)))
    expect(
      (await t.db.select().from(councilApplications).where(eq(councilApplications.id, a!.id)))[0]!.contactEmail,
    ).not.toBeNull()
    await councilTick(t.tick(new Date(Date.now() + 370 * 24 * 3600 * 1000)))
    const [after] = await t.db.select().from(councilApplications).where(eq(councilApplications.id, a!.id))
    expect(after!.contactEmail).toBeNull()
    const sigs = await t.db.select().from(councilSignatures).where(eq(councilSignatures.applicationId, a!.id))
    expect(sigs).toHaveLength(100)
    expect(sigs.every((s) => s.name === null && s.address === null)).toBe(true)
    expect((await json<PublicApp>(resident(t).get(`${PUB}/${number}`), 200)).valid).toBe(100)
  })

  it('an application never confirmed is deleted after 7 days', async () => {
    const contactEmail = email()
    const { number } = await json<{ number: number }>(
      resident(t).post(PUB, {
        applicantKind: 'mieszkancy',
        bodyKind: 'rada_seniorow',
        title: 'Niepotwierdzona petycja',
        justification: '',
        contactEmail,
      }),
      201,
    )
    await councilTick(t.tick(new Date(Date.now() + 8 * 24 * 3600 * 1000)))
    expect(await t.db.select().from(councilApplications).where(eq(councilApplications.number, number))).toHaveLength(0)
  })
})

describe('a pupils’ council applies for a youth council', () => {
  it('is confirmed by e-mail, filed by staff with no threshold, with the 3-month clock', async () => {
    const contactEmail = email()
    const { number } = await json<{ number: number }>(
      resident(t).post(PUB, {
        applicantKind: 'samorzad_uczniowski',
        bodyKind: 'mlodziezowa_rada',
        applicantName: 'Samorząd Uczniowski SP nr 1',
        school: 'Szkoła Podstawowa nr 1 w Przykładowie',
        title: 'Młodzieżowa rada gminy Przykładowo',
        justification: 'Chcemy mieć wpływ.',
        contactEmail,
      }),
      201,
    )
    const { token } = await confirmationOf(t, contactEmail)
    await json(resident(t).post(`${PUB}/${number}/potwierdzenie`, { token }), 200)
    const filed = await json<{ filedOn: string; decisionDueOn: string }>(staff.post(`${STAFF}/${number}/zlozenie`), 200)
    expect(filed.decisionDueOn).toBe(decisionDeadline('mlodziezowa_rada', filed.filedOn)!.lastDay)
    const one = await json<PublicApp & { applicant: { name: string } }>(resident(t).get(`${PUB}/${number}`), 200)
    expect(one.applicant.name).toContain('Samorząd Uczniowski SP nr 1')
    expect(one.threshold).toBeNull()
  })
})

describe('the NGOs’ joint application for an RDPP', () => {
  it('four organisations do not make it; the fifth files it with the 2-month clock', async () => {
    const orgs = [] as { key: string; id: string; name: string }[]
    for (let i = 0; i < 6; i++) orgs.push(await ngo(t, staff))
    const lead = orgs[0]!
    await expectProblem(
      await resident(t).post(`${PUB}/organizacje`, { bodyKind: 'rdpp', title: 'Rada pożytku', justification: '' }),
      403,
    )
    await expectProblem(
      await resident(t).post(
        `${PUB}/organizacje`,
        { bodyKind: 'rdpp', title: 'Rada pożytku', justification: '' },
        bearer('klucz-nieistniejacy'),
      ),
      403,
    )
    const { number } = await json<{ number: number }>(
      resident(t).post(
        `${PUB}/organizacje`,
        { bodyKind: 'rdpp', title: 'Rada Działalności Pożytku Publicznego', justification: 'Chcemy współpracy.' },
        bearer(lead.key),
      ),
      201,
    )
    await expectProblem(await resident(t).post(`${PUB}/${number}/organizacje`, {}, bearer(lead.key)), 409)
    for (const o of orgs.slice(1, 3))
      await json(resident(t).post(`${PUB}/${number}/organizacje`, {}, bearer(o.key)), 200)
    // the fourth joins twice at once: one takes effect
    const race = await Promise.all([
      resident(t).post(`${PUB}/${number}/organizacje`, {}, bearer(orgs[3]!.key)),
      resident(t).post(`${PUB}/${number}/organizacje`, {}, bearer(orgs[3]!.key)),
    ])
    expect(race.map((r) => r.status).sort()).toEqual([200, 409])
    const four = await json<PublicApp>(resident(t).get(`${PUB}/${number}`), 200)
    expect(four).toMatchObject({ status: 'zbieranie', threshold: 5, valid: 4, reached: false })
    const refused = await expectProblem(await staff.post(`${STAFF}/${number}/zlozenie`), 409)
    expect(refused.detail).toMatch(/co najmniej 5 organizacji .*na liście jest 4/)
    const fifth = await json<{ status: string }>(
      resident(t).post(`${PUB}/${number}/organizacje`, {}, bearer(orgs[4]!.key)),
      200,
    )
    expect(fifth.status).toBe('zlozony')
    const five = await json<PublicApp>(resident(t).get(`${PUB}/${number}`), 200)
    const today = dayOf(new Date())
    expect(five).toMatchObject({
      status: 'zlozony',
      valid: 5,
      filedOn: today,
      decisionDueOn: decisionDeadline('rdpp', today)!.lastDay,
    })
    expect(five.organisations.map((o) => o.name)).toEqual(orgs.slice(0, 5).map((o) => o.name))
    await expectProblem(await resident(t).post(`${PUB}/${number}/organizacje`, {}, bearer(orgs[5]!.key)), 409)
  })
})

describe('authorisation', () => {
  it('another JST’s staff and residents cannot reach the staff routes', async () => {
    const number = await openPetition(t)
    const other = await staffOfAnotherJst(t, 'admin')
    for (const res of [
      await other.agent.get(STAFF),
      await other.agent.get(`${STAFF}/${number}`),
      await other.agent.post(`${STAFF}/${number}/zlozenie`),
      await other.agent.post(`${STAFF}/${number}/decyzja`, { decision: 'odrzucony', reason: 'Nie' }),
    ])
      expect(res.status).toBe(403)
    await expectProblem(await new Agent(t).get(`${STAFF}/${number}`), 401)
    const moderator = await loggedIn(t, demo.moderator)
    await expectProblem(await moderator.post(`${STAFF}/${number}/zlozenie`), 403)
  })
})

describe('the 6-month lock after a refusal', () => {
  it('refuses a new residents’ petition for a rada seniorów, naming the first allowed day', async () => {
    const { number } = await json<{ number: number }>(
      staff.post(STAFF, {
        bodyKind: 'rada_seniorow',
        applicantKind: 'mieszkancy',
        applicantName: 'Mieszkańcy (petycja papierowa)',
        title: 'Petycja złożona na papierze',
        justification: '',
      }),
      201,
    )
    await seedSignatures(t, number, 100)
    await json(staff.post(`${STAFF}/${number}/zlozenie`), 200)
    await json(
      staff.post(`${STAFF}/${number}/decyzja`, { decision: 'odrzucony', reason: 'Rada już działa w innej formie.' }),
      200,
    )
    const refused = await expectProblem(
      await resident(t).post(PUB, {
        applicantKind: 'mieszkancy',
        bodyKind: 'rada_seniorow',
        title: 'Jeszcze raz o radę seniorów',
        justification: '',
        contactEmail: email(),
      }),
      409,
    )
    expect(refused.detail).toMatch(/po 6 miesiącach, od \d{1,2} \S+ \d{4}/)
    // another kind of body is not locked
    const contactEmail = email()
    await json(
      resident(t).post(PUB, {
        applicantKind: 'samorzad_uczniowski',
        bodyKind: 'mlodziezowa_rada',
        applicantName: 'SU Liceum',
        school: 'Liceum Ogólnokształcące w Przykładowie',
        title: 'Młodzieżowa rada dla liceum',
        justification: '',
        contactEmail,
      }),
      201,
    )
  })
})
