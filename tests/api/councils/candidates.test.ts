import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, dayOf } from '../../../worker/councils/domain/dates'
import { councilCandidates, councilMembers } from '../../../worker/councils/tables'
import {
  demo,
  expectProblem,
  lastMail,
  loggedIn,
  staffOfAnotherJst,
  Agent,
  type TestApp,
  testApp,
} from '../../support/api'
import { memberByKey } from '../../../worker/councils/queries/member-key'
import { seedBody, type SeededBody } from '../../support/councils'
import { rdppStatute } from '../../../worker/councils/domain/fixtures'
import {
  bearer,
  bornYearsBefore,
  callDays,
  email,
  json,
  ngo,
  PUB,
  pastDeadline,
  resident,
  secretOf,
  staffOf,
} from './candidates-helpers'

let t: TestApp
let staff: Agent
let youth: SeededBody
let rdpp: SeededBody
let seniors: SeededBody

beforeAll(async () => {
  t = await testApp()
  staff = await loggedIn(t, demo.koordynator)
  youth = await seedBody(t, 'mlodziezowa_rada', { slug: 'mrg' })
  rdpp = await seedBody(t, 'rdpp', { slug: 'rdpp' })
  seniors = await seedBody(t, 'rada_seniorow', { slug: 'seniorzy' })
})
afterAll(() => t.close())

interface StaffCall {
  number: number
  status: string
  listPublishedAt: string | null
  candidates: {
    id: string
    name: string
    email: string | null
    birthDate: string | null
    status: string
    reason: string | null
    nominator: string | null
    nominationFile?: boolean
    support: { valid: number; needed: number } | null
    eraseAfter: string | null
  }[]
}

async function openCall(body: SeededBody, seatCategory: string, title = 'Nabór do rady'): Promise<StaffCall> {
  return json<StaffCall>(staff.post(`${staffOf(body.slug)}/nabory`, { seatCategory, title, ...callDays() }), 201)
}

const pupil = (over: Record<string, unknown> = {}) => ({
  name: 'Ola Uczennica',
  email: email('uczen'),
  birthDate: bornYearsBefore(callDays().electionDay, 15),
  resident: true,
  constituency: 'sp1',
  school: 'sp1',
  statement: 'Chcę, żeby młodzież miała głos.',
  consentToStand: true,
  ...over,
})

describe('staff open calls for a category of the statute', () => {
  it('refuses a category the statute does not have and days out of order, naming the field', async () => {
    const wrong = await expectProblem(
      await staff.post(`${staffOf(youth.slug)}/nabory`, {
        seatCategory: 'seniorzy',
        title: 'Nabór błędny',
        ...callDays(),
      }),
      400,
    )
    expect(wrong.errors?.[0]).toMatchObject({ field: 'seatCategory' })
    const days = callDays()
    const order = await expectProblem(
      await staff.post(`${staffOf(youth.slug)}/nabory`, {
        seatCategory: 'radni',
        title: 'Nabór z odwrotnym terminem',
        ...days,
        deadline: addDays(days.opensOn, -1),
      }),
      400,
    )
    expect(order.errors?.map((e) => e.field)).toContain('deadline')
  })

  it('keeps other JSTs staff and the public out of the panel (403/404, 401)', async () => {
    const call = await openCall(youth, 'radni', 'Nabór widziany tylko przez swój urząd')
    const other = await staffOfAnotherJst(t, 'admin')
    for (const [method, path] of [
      ['GET', `${staffOf(youth.slug)}/nabory`],
      ['GET', `${staffOf(youth.slug)}/nabory/${call.number}`],
      ['POST', `${staffOf(youth.slug)}/nabory/${call.number}/lista`],
    ] as const) {
      const res = await other.agent.request(method, path, method === 'GET' ? undefined : {})
      expect([403, 404]).toContain(res.status)
      expect((await new Agent(t).request(method, path, method === 'GET' ? undefined : {})).status).toBe(401)
    }
    const weryfikator = await loggedIn(t, demo.weryfikator)
    expect((await weryfikator.get(`${staffOf(youth.slug)}/nabory`)).status).toBe(403)
  })
})

describe('a youth candidate (statute: 13–18 on the election day, a guardian under 18)', () => {
  let number: number
  beforeAll(async () => {
    number = (await openCall(youth, 'radni', 'Wybory do Młodzieżowej Rady Gminy')).number
  })

  it('a 12-year-old cannot stand: 400 naming the rule', async () => {
    const days = callDays()
    const problem = await expectProblem(
      await resident(t).post(
        `${PUB}/nabory/${number}/kandydatury`,
        pupil({ birthDate: bornYearsBefore(days.electionDay, 12) }),
      ),
      400,
    )
    expect(problem.detail).toMatch(/co najmniej 13 lat/)
    expect(problem.errors?.[0]).toMatchObject({ field: 'birthDate' })
    expect(problem.errors?.[0]?.detail).toMatch(/co najmniej 13 lat w dniu .* a będzie miał 12/)
  })

  it("a 15-year-old's candidacy waits for the guardian's consent, does not count, and the guardian confirms by the link", async () => {
    const who = resident(t)
    const noGuardian = await expectProblem(await who.post(`${PUB}/nabory/${number}/kandydatury`, pupil()), 400)
    expect(noGuardian.errors?.map((e) => e.field)).toEqual(['guardianEmail'])

    const guardianEmail = email('rodzic')
    const body = pupil({ guardianEmail, name: 'Julia Piętnastolatka' })
    const sent = await json<{ key: string; candidacy: { status: string; guardian: { confirmed: boolean } } }>(
      who.post(`${PUB}/nabory/${number}/kandydatury`, body),
      201,
    )
    expect(sent.candidacy).toMatchObject({ status: 'oczekuje_zgody', guardian: { confirmed: false } })

    // the candidate's own link, and the public page shows the candidacy as waiting, without personal data
    const own = await secretOf(t, body.email, 'klucz')
    expect(own.mail.text).toContain('/gmina-przykladowa/rady/kandydatura#klucz=')
    const view = await json<{ status: string }>(resident(t).post(`${PUB}/kandydatura`, { key: own.secret }), 200)
    expect(view.status).toBe('oczekuje_zgody')
    const page = await resident(t).get(`${PUB}/nabory/${number}`)
    const text = await page.clone().text()
    expect(text).not.toContain(body.birthDate)
    expect(text).not.toContain(body.email)
    expect(text).not.toContain(guardianEmail)
    const shown = ((await page.json()) as { candidates: { name: string; status: string }[] }).candidates
    expect(shown.find((c) => c.name === 'Julia Piętnastolatka')?.status).toBe('oczekuje_zgody')

    // staff cannot verify it before the consent
    const listed = await json<StaffCall>(staff.get(`${staffOf(youth.slug)}/nabory/${number}`), 200)
    const row = listed.candidates.find((c) => c.name === 'Julia Piętnastolatka')!
    expect(row.birthDate).toBe(body.birthDate)
    await expectProblem(
      await staff.post(`${staffOf(youth.slug)}/kandydatury/${row.id}/weryfikacja`, { decision: 'zweryfikowany' }),
      409,
    )

    // the guardian reads what is consented to and confirms; twice gives the same answer
    const guardian = await secretOf(t, guardianEmail, 't')
    expect(guardian.mail.text).toContain('/gmina-przykladowa/rady/zgoda#t=')
    const preview = await json<{ candidate: { name: string; school: string }; confirmed: boolean }>(
      resident(t).post(`${PUB}/zgoda/podglad`, { token: guardian.secret }),
      200,
    )
    expect(preview).toMatchObject({
      candidate: { name: 'Julia Piętnastolatka', school: 'Szkoła Podstawowa nr 1' },
      confirmed: false,
    })
    const first = await json<{ status: string; confirmed: boolean }>(
      resident(t).post(`${PUB}/zgoda`, { token: guardian.secret }),
      200,
    )
    expect(first).toMatchObject({ status: 'zgloszony', confirmed: true })
    const second = await json(resident(t).post(`${PUB}/zgoda`, { token: guardian.secret }), 200)
    expect(second).toEqual(first)
    const after = await json<{ status: string }>(resident(t).post(`${PUB}/kandydatura`, { key: own.secret }), 200)
    expect(after.status).toBe('zgloszony')
    await expectProblem(await resident(t).post(`${PUB}/zgoda`, { token: 'x'.repeat(43) }), 404)
  })

  it('two confirmations at once both answer the same and record one consent', async () => {
    const guardianEmail = email('opiekun')
    await json(
      resident(t).post(`${PUB}/nabory/${number}/kandydatury`, pupil({ guardianEmail, name: 'Adam Równoległy' })),
      201,
    )
    const { secret } = await secretOf(t, guardianEmail, 't')
    const [a, b] = await Promise.all([
      resident(t).post(`${PUB}/zgoda`, { token: secret }),
      resident(t).post(`${PUB}/zgoda`, { token: secret }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    const audits = await t.db.all<{ n: number }>(
      sql`SELECT count(*) AS n FROM audit_log WHERE action = 'rd.candidate.consent' AND after LIKE ${`%${number}%`}`,
    )
    expect(Number(audits[0]?.n)).toBe(2) // Julia's and Adam's, one each
  })

  it('an adult (18 on the election day) needs no guardian; the same e-mail stands once, even twice at once', async () => {
    const days = callDays()
    const adult = pupil({ name: 'Marek Osiemnastoletni', birthDate: bornYearsBefore(days.electionDay, 18) })
    const [a, b] = await Promise.all([
      resident(t).post(`${PUB}/nabory/${number}/kandydatury`, adult),
      resident(t).post(`${PUB}/nabory/${number}/kandydatury`, adult),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const ok = (await (a.status === 201 ? a : b).json()) as { candidacy: { status: string; guardian: null } }
    expect(ok.candidacy).toMatchObject({ status: 'zgloszony', guardian: null })
    const refused = await expectProblem(a.status === 201 ? b : a, 409)
    expect(refused.detail).toMatch(/zgłosił już kandydaturę/)
  })

  it('support lists: signatures counted and shown as a count; one per person and candidate', async () => {
    const call = await json<StaffCall>(staff.get(`${staffOf(youth.slug)}/nabory/${number}`), 200)
    const marek = call.candidates.find((c) => c.name === 'Marek Osiemnastoletni')!
    expect(marek.support).toEqual({ valid: 0, needed: 15, enough: false })
    const sign = (i: number) =>
      resident(t).post(`${PUB}/nabory/${number}/kandydatury/${marek.id}/poparcie`, {
        name: `Popierający ${i}`,
        birthDate: '2010-01-01',
        address: `ul. Szkolna ${i}`,
      })
    for (let i = 1; i <= 14; i++) await json(sign(i), 201)
    const again = await json<{ support: { valid: number } }>(sign(1), 201)
    expect(again.support.valid).toBe(14)
    // not enough yet: staff cannot verify
    const short = await expectProblem(
      await staff.post(`${staffOf(youth.slug)}/kandydatury/${marek.id}/weryfikacja`, { decision: 'zweryfikowany' }),
      409,
    )
    expect(short.detail).toMatch(/14 ważnych podpisów, a statut wymaga 15/)
    await json(sign(15), 201)
    const page = await json<{ candidates: { id: string; support: { valid: number } }[] }>(
      resident(t).get(`${PUB}/nabory/${number}`),
      200,
    )
    expect(page.candidates.find((c) => c.id === marek.id)?.support.valid).toBe(15)
    expect(JSON.stringify(page)).not.toContain('Popierający')
    await json(
      staff.post(`${staffOf(youth.slug)}/kandydatury/${marek.id}/weryfikacja`, { decision: 'zweryfikowany' }),
      200,
    )
  })

  it('a refusal needs a reason, which the candidate reads', async () => {
    const who = pupil({ name: 'Karol Odrzucany', birthDate: bornYearsBefore(callDays().electionDay, 18) })
    const { key } = await json<{ key: string }>(resident(t).post(`${PUB}/nabory/${number}/kandydatury`, who), 201)
    const call = await json<StaffCall>(staff.get(`${staffOf(youth.slug)}/nabory/${number}`), 200)
    const karol = call.candidates.find((c) => c.name === 'Karol Odrzucany')!
    const noReason = await expectProblem(
      await staff.post(`${staffOf(youth.slug)}/kandydatury/${karol.id}/weryfikacja`, { decision: 'odrzucony' }),
      400,
    )
    expect(noReason.errors?.[0]).toMatchObject({ field: 'reason' })
    await json(
      staff.post(`${staffOf(youth.slug)}/kandydatury/${karol.id}/weryfikacja`, {
        decision: 'odrzucony',
        reason: 'Kandydat nie jest uczniem wskazanej szkoły.',
      }),
      200,
    )
    const view = await json<{ status: string; reason: string }>(resident(t).post(`${PUB}/kandydatura`, { key }), 200)
    expect(view).toMatchObject({ status: 'odrzucony', reason: 'Kandydat nie jest uczniem wskazanej szkoły.' })
  })

  it('the candidate withdraws with the key; twice gives the same answer', async () => {
    const who = pupil({
      name: 'Ewa Wycofująca',
      birthDate: bornYearsBefore(callDays().electionDay, 17),
      guardianEmail: email('rodzic'),
    })
    const { key } = await json<{ key: string }>(resident(t).post(`${PUB}/nabory/${number}/kandydatury`, who), 201)
    const first = await json<{ status: string; canWithdraw: boolean }>(
      resident(t).post(`${PUB}/kandydatura/wycofanie`, { key }),
      200,
    )
    expect(first).toMatchObject({ status: 'wycofany', canWithdraw: false })
    expect(await json(resident(t).post(`${PUB}/kandydatura/wycofanie`, { key }), 200)).toEqual(first)
  })
})

describe('an NGO nominates an RDPP candidate', () => {
  let number: number
  beforeAll(async () => {
    number = (await openCall(rdpp, 'ngo', 'Nabór przedstawicieli organizacji do RDPP')).number
  })
  const nominee = (over: Record<string, unknown> = {}) => ({
    name: 'Anna Społeczniczka',
    email: email('nominowana'),
    resident: true,
    statement: 'Od dziesięciu lat prowadzę świetlicę.',
    consentToStand: true,
    ...over,
  })

  it('with the representative key of an NGO of the JST; once per call (409 naming the organisation)', async () => {
    const org = await ngo(t, staff, 'Stowarzyszenie Przyjaciół Biblioteki')
    const made = await json<{ candidacy: { status: string; nominator: string; nominatedBy: string } }>(
      resident(t).post(`${PUB}/nabory/${number}/zgloszenia`, nominee(), bearer(org.key)),
      201,
    )
    expect(made.candidacy).toMatchObject({ status: 'zgloszony', nominatedBy: 'organizacja', nominator: org.name })
    const twice = await expectProblem(
      await resident(t).post(
        `${PUB}/nabory/${number}/zgloszenia`,
        nominee({ name: 'Drugi Kandydat' }),
        bearer(org.key),
      ),
      409,
    )
    expect(twice.detail).toContain('Stowarzyszenie Przyjaciół Biblioteki')
    expect(twice.detail).toMatch(/zgłosiła już kandydata/)
  })

  it('nominates twice where the statute does not limit an organisation to one candidate', async () => {
    const statute = rdppStatute({ validFrom: '2025-12-01' })
    statute.seats = statute.seats.map((c) => (c.key === 'ngo' ? { ...c, onePerOrganisation: false } : c))
    const open = await seedBody(t, 'rdpp', { statute })
    const call = await openCall(open, 'ngo', 'Nabór bez limitu zgłoszeń')
    const org = await ngo(t, staff, 'Fundacja Dwóch Kandydatów')
    const both = await Promise.all(
      ['Pierwsza Kandydatka', 'Drugi Kandydat'].map((name, i) =>
        resident(t).post(
          `${PUB}/nabory/${call.number}/zgloszenia`,
          nominee({ name, email: email(`dwa-${i}`) }),
          bearer(org.key),
        ),
      ),
    )
    expect(both.map((r) => r.status)).toEqual([201, 201])
    const rows = await t.db.select().from(councilCandidates).where(eq(councilCandidates.organizationId, org.id))
    expect(rows.map((r) => [r.name, r.organizationOnce]).sort()).toEqual([
      ['Drugi Kandydat', false],
      ['Pierwsza Kandydatka', false],
    ])
  })

  it('the organisation attaches its nominating resolution (PDF); staff download it', async () => {
    const org = await ngo(t, staff, 'Towarzystwo z Uchwałą')
    const made = await json<{ candidacy: { id: string } }>(
      resident(t).post(`${PUB}/nabory/${number}/zgloszenia`, nominee({ name: 'Celina Uchwałowa' }), bearer(org.key)),
      201,
    )
    const id = made.candidacy.id
    const upload = (key: string, bytes: string, type = 'application/pdf') => {
      const form = new FormData()
      form.set('file', new File([bytes], 'uchwala.pdf', { type }))
      return t.app.request(`http://localhost${PUB}/nabory/${number}/zgloszenia/${id}/uchwala`, {
        method: 'PUT',
        body: form,
        headers: { Origin: 'http://localhost', Authorization: `Bearer ${key}`, 'CF-Connecting-IP': '192.0.2.7' },
      })
    }
    const pdf = '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'
    const other = await ngo(t, staff, 'Obce Stowarzyszenie')
    await expectProblem(await upload(other.key, pdf), 404)
    const notPdf = await expectProblem(await upload(org.key, 'to nie jest pdf'), 400)
    expect(notPdf.errors?.[0]).toMatchObject({ field: 'file' })
    expect((await upload(org.key, pdf)).status).toBe(200)
    const call = await json<StaffCall>(staff.get(`${staffOf(rdpp.slug)}/nabory/${number}`), 200)
    expect(call.candidates.find((c) => c.id === id)).toMatchObject({ nominationFile: true })
    const file = await staff.get(`${staffOf(rdpp.slug)}/kandydatury/${id}/uchwala`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(await file.text()).toBe(pdf)
    expect((await resident(t).get(`${staffOf(rdpp.slug)}/kandydatury/${id}/uchwala`)).status).toBe(401)
    // withdrawn, so the rest of the journey deals with the two nominations below only
    await json(resident(t).post(`${PUB}/kandydatura/wycofanie`, { key: (made as unknown as { key: string }).key }), 200)
  })

  it('two nominations of one NGO at once: one is taken, the other refused', async () => {
    const org = await ngo(t, staff, 'Fundacja Równoległa')
    const [a, b] = await Promise.all([
      resident(t).post(`${PUB}/nabory/${number}/zgloszenia`, nominee({ name: 'Pierwszy Równoległy' }), bearer(org.key)),
      resident(t).post(`${PUB}/nabory/${number}/zgloszenia`, nominee({ name: 'Drugi Równoległy' }), bearer(org.key)),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const rows = await t.db.select().from(councilCandidates).where(eq(councilCandidates.organizationId, org.id))
    expect(rows).toHaveLength(1)
  })

  it('refuses without a key (401), with an unknown key (403), and a resident on an NGO seat (409)', async () => {
    await expectProblem(await resident(t).post(`${PUB}/nabory/${number}/zgloszenia`, nominee()), 401)
    await expectProblem(
      await resident(t).post(`${PUB}/nabory/${number}/zgloszenia`, nominee(), bearer('k'.repeat(43))),
      403,
    )
    const self = await expectProblem(await resident(t).post(`${PUB}/nabory/${number}/kandydatury`, nominee()), 409)
    expect(self.detail).toMatch(/zgłaszają organizacje/)
  })

  it('closes after the last day; the tick marks the call closed; staff verify, publish and appoint members with keys', async () => {
    const late = await ngo(t, staff, 'Klub Spóźnionych')
    await pastDeadline(t, number)
    const closed = await expectProblem(
      await resident(t).post(`${PUB}/nabory/${number}/zgloszenia`, nominee(), bearer(late.key)),
      409,
    )
    expect(closed.detail).toMatch(/Nabór jest zamknięty/)
    const { councilTick } = await import('../../../worker/councils/tick')
    await councilTick(t.tick())
    let call = await json<StaffCall>(staff.get(`${staffOf(rdpp.slug)}/nabory/${number}`), 200)
    expect(call.status).toBe('zamkniety')

    await expectProblem(await staff.post(`${staffOf(rdpp.slug)}/nabory/${number}/lista`), 409)
    for (const c of call.candidates.filter((x) => x.status === 'zgloszony'))
      await json(
        staff.post(`${staffOf(rdpp.slug)}/kandydatury/${c.id}/weryfikacja`, { decision: 'zweryfikowany' }),
        200,
      )
    call = await json<StaffCall>(staff.post(`${staffOf(rdpp.slug)}/nabory/${number}/lista`), 200)
    expect(call.listPublishedAt).not.toBeNull()
    const page = await json<{ candidates: { name: string; nominator: string; status: string }[] }>(
      resident(t).get(`${PUB}/nabory/${number}`),
      200,
    )
    expect(page.candidates.map((c) => c.nominator).sort()).toEqual([
      'Fundacja Równoległa',
      'Stowarzyszenie Przyjaciół Biblioteki',
    ])
    expect(JSON.stringify(page)).not.toMatch(/@example\.pl/)

    const anna = call.candidates.find((c) => c.name === 'Anna Społeczniczka')!
    const appointment = { candidateIds: [anna.id], startsOn: dayOf(new Date()) }
    const [a, b] = await Promise.all([
      staff.post(`${staffOf(rdpp.slug)}/nabory/${number}/powolanie`, appointment),
      staff.post(`${staffOf(rdpp.slug)}/nabory/${number}/powolanie`, appointment),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    const members = await t.db.select().from(councilMembers).where(eq(councilMembers.candidateId, anna.id))
    expect(members).toHaveLength(1)
    expect(members[0]).toMatchObject({
      represents: 'Stowarzyszenie Przyjaciół Biblioteki',
      seatCategory: 'ngo',
      endsOn: '2028-12-31',
    })
    const mail = await lastMail(staff, anna.email!)
    expect(mail.text).toContain(`/gmina-przykladowa/rady/${rdpp.slug}/czlonek#klucz=`)
    // the member signs in with the e-mailed key
    const memberKey = /#klucz=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!
    expect((await memberByKey(t.db, memberKey, dayOf(new Date())))?.id).toBe(members[0]!.id)

    call = await json<StaffCall>(staff.get(`${staffOf(rdpp.slug)}/nabory/${number}`), 200)
    expect(call.status).toBe('rozstrzygniety')
    const other = call.candidates.find((c) => c.name !== 'Anna Społeczniczka')!
    expect(call.candidates.find((c) => c.id === anna.id)?.status).toBe('wybrany')
    expect(other.eraseAfter).not.toBeNull()

    // three months on, the tick erases the unsuccessful candidacy's personal data; the appointed one keeps its name
    // (a member is public by name) and loses its e-mail, which the member's row holds while the mandate runs
    await councilTick(t.tick(new Date(Date.now() + 100 * 24 * 3600 * 1000)))
    call = await json<StaffCall>(staff.get(`${staffOf(rdpp.slug)}/nabory/${number}`), 200)
    expect(call.candidates.find((c) => c.id === other.id)).toMatchObject({ email: null, name: 'dane usunięte' })
    expect(call.candidates.find((c) => c.id === anna.id)).toMatchObject({
      email: null,
      name: 'Anna Społeczniczka',
      status: 'wybrany',
      eraseAfter: null,
    })
    expect((await memberByKey(t.db, memberKey, dayOf(new Date())))?.email).toBe(anna.email)
  })

  it('appointing someone who is not a candidate of the call is refused', async () => {
    const second = await openCall(rdpp, 'rada', 'Nabór przedstawicieli rady')
    const cat = await expectProblem(
      await staff.post(`${staffOf(rdpp.slug)}/nabory/${second.number}/powolanie`, {
        candidateIds: ['nieznany'],
        startsOn: dayOf(new Date()),
      }),
      404,
    )
    expect(cat.detail).toMatch(/Nie ma takiego kandydata/)
  })
})

describe('a school nomination and support lists of a rada seniorów', () => {
  it('staff nominate on a school’s behalf', async () => {
    const { number } = await openCall(youth, 'radni', 'Nabór uzupełniający')
    const made = await json<{ nominatedBy: string; nominator: string; status: string }>(
      staff.post(`${staffOf(youth.slug)}/nabory/${number}/kandydatury`, {
        ...pupil({
          name: 'Zosia Szkolna',
          birthDate: bornYearsBefore(callDays().electionDay, 16),
          guardianEmail: email('rodzic'),
        }),
        schoolName: 'Szkoła Podstawowa nr 1',
      }),
      201,
    )
    expect(made).toMatchObject({ nominatedBy: 'szkola', nominator: 'Szkoła Podstawowa nr 1', status: 'oczekuje_zgody' })
  })

  it('with one supporter per call, a second candidate cannot be backed by the same person; supporters must be 60+', async () => {
    const { number } = await openCall(seniors, 'seniorzy', 'Nabór przedstawicieli seniorów')
    const senior = (name: string) => ({
      name,
      email: email('senior'),
      birthDate: '1950-03-03',
      resident: true,
      statement: '',
      consentToStand: true,
    })
    await json(resident(t).post(`${PUB}/nabory/${number}/kandydatury`, senior('Halina Pierwsza')), 201)
    await json(resident(t).post(`${PUB}/nabory/${number}/kandydatury`, senior('Józef Drugi')), 201)
    const page = await json<{ candidates: { id: string; name: string }[] }>(
      resident(t).get(`${PUB}/nabory/${number}`),
      200,
    )
    const [halina, jozef] = ['Halina Pierwsza', 'Józef Drugi'].map((n) => page.candidates.find((c) => c.name === n)!)
    const supporter = { name: 'Stanisław Popierający', birthDate: '1955-01-01', address: 'ul. Długa 7' }
    await json(resident(t).post(`${PUB}/nabory/${number}/kandydatury/${halina!.id}/poparcie`, supporter), 201)
    const other = await expectProblem(
      await resident(t).post(`${PUB}/nabory/${number}/kandydatury/${jozef!.id}/poparcie`, {
        ...supporter,
        address: 'Długa 7',
      }),
      409,
    )
    expect(other.detail).toMatch(/jednego kandydata/)
    const young = await expectProblem(
      await resident(t).post(`${PUB}/nabory/${number}/kandydatury/${jozef!.id}/poparcie`, {
        ...supporter,
        name: 'Młody Popierający',
        birthDate: '1990-01-01',
      }),
      400,
    )
    expect(young.errors?.[0]).toMatchObject({ field: 'birthDate' })
    const rdppCall = await openCall(rdpp, 'wojt', 'Nabór bez list poparcia')
    await expectProblem(
      await resident(t).post(`${PUB}/nabory/${rdppCall.number}/kandydatury/${halina!.id}/poparcie`, supporter),
      409,
    )
  })
})
