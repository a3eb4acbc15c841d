import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { hashToken, newId, newToken } from '../../../worker/core/ids'
import { membersTick } from '../../../worker/councils/actions/members-tick'
import { councilMembers } from '../../../worker/councils/tables'
import { Agent, demo, expectProblem, loggedIn, staffOfAnotherJst, type TestApp, testApp } from '../../support/api'
import { memberNames, seedBody, seedMembers, type SeededBody } from '../../support/councils'
import { json } from '../budget/helpers'
import { keyFromMail, pdfBytes, PUB_RD, sendForm, STAFF_RD, withKey } from './members-helpers'

let t: TestApp
let staff: Agent
beforeAll(async () => {
  t = await testApp()
  staff = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

interface StaffMember {
  id: string
  name: string
  role: string
  seatCategory: string
  endsOn: string | null
  endReason: string | null
  endReasonText: string | null
  inOffice: boolean
  absences: { since: string; meetings: number[] } | null
}
interface StaffMeeting {
  number: number
  attendance: Record<string, string>
  quorum: { present: number; needed: number; reached: boolean }
  minutes: string | null
  minutesFile: boolean
  cancelled: boolean
}

let bodies = 0
/** A body's address (the support's default may draw a character addresses refuse). */
const slug = () => `rada-czlonkow-${++bodies}`

const person = (n: string, extra: Record<string, unknown> = {}) => ({
  name: `Osoba ${n}`,
  email: `osoba-${n}-${newId().slice(0, 5).toLowerCase()}@rady.example`.replace(/[^a-z0-9@.-]/g, 'x'),
  seatCategory: 'ngo',
  represents: 'Stowarzyszenie Przykładowe',
  startsOn: '2026-02-01',
  ...extra,
})

async function addMember(body: SeededBody, extra: Record<string, unknown> = {}) {
  const input = person(newId().slice(0, 4), extra)
  const m = await json<StaffMember>(staff.post(`${STAFF_RD}/${body.slug}/czlonkowie`, input), 201)
  return { ...m, email: input.email as string, key: await keyFromMail(staff, input.email as string) }
}

async function meeting(body: SeededBody, startsAt = '2026-03-02T17:00') {
  return json<StaffMeeting>(
    staff.post(`${STAFF_RD}/${body.slug}/posiedzenia`, {
      startsAt,
      place: 'Urząd Gminy, sala 5',
      agenda: '1. Otwarcie',
    }),
    201,
  )
}

const attend = (body: SeededBody, n: number, attendance: Record<string, string>) =>
  staff.request('PUT', `${STAFF_RD}/${body.slug}/posiedzenia/${n}/obecnosc`, { attendance })

describe('staff manage members', () => {
  it('adds a member in a statute seat, e-mails the invitation whose key opens the members’ space', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const m = await addMember(body, { role: 'przewodniczacy' })
    expect(m).toMatchObject({ seatCategory: 'ngo', endsOn: '2028-12-31', inOffice: true, role: 'przewodniczacy' })
    const res = await withKey(new Agent(t), m.key).get(`${PUB_RD}/${body.slug}/czlonek`)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const space = await json(res, 200)
    expect(space.me).toMatchObject({ id: m.id, name: m.name, role: 'przewodniczacy' })
    expect(space.body).toMatchObject({ slug: body.slug, kind: 'rdpp' })
    expect(space.members.map((x: { id: string }) => x.id)).toEqual([m.id])
    expect(JSON.stringify(space.members)).not.toContain('@')
    expect(space.topics[0]).toMatchObject({ topic: 'ogolne', kind: 'ogolne' })
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.member.add'), eq(auditLog.entityId, m.id)))
    expect(audit).toBeDefined()
  })

  it('refuses a seat category the statute lacks, a full category, and the same person twice', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const url = `${STAFF_RD}/${body.slug}/czlonkowie`
    const wrong = await expectProblem(await staff.post(url, person('x', { seatCategory: 'sejm' })), 400)
    expect(wrong.errors?.[0]?.field).toBe('seatCategory')
    const first = person('a', { seatCategory: 'rada' })
    await json(staff.post(url, first), 201)
    await expectProblem(await staff.post(url, { ...first, name: 'Ktoś Inny' }), 409)
    await json(staff.post(url, person('b', { seatCategory: 'rada' })), 201)
    // the last of the three council seats, asked for twice at once: exactly one gets it
    const race = await Promise.all([
      staff.post(url, person('c', { seatCategory: 'rada' })),
      staff.post(url, person('d', { seatCategory: 'rada' })),
    ])
    expect(race.map((r) => r.status).sort()).toEqual([201, 409])
    const full = await expectProblem(await staff.post(url, person('e', { seatCategory: 'rada' })), 409)
    expect(full.detail).toContain('(3)')
    const list = await json<{ items: StaffMember[]; seats: { key: string; taken: number }[] }>(staff.get(url), 200)
    expect(list.seats.find((s) => s.key === 'rada')?.taken).toBe(3)
  })

  it('refuses a member outside any term and an invalid e-mail', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const url = `${STAFF_RD}/${body.slug}/czlonkowie`
    await expectProblem(await staff.post(url, person('f', { startsOn: '2025-06-01' })), 409)
    await expectProblem(await staff.post(url, person('g', { email: 'nie-adres' })), 400)
  })

  it('changes a function, ends a mandate with its reason once, and the ended member’s key stops working', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const m = await addMember(body)
    const url = `${STAFF_RD}/${body.slug}/czlonkowie/${m.id}`
    expect(await json(staff.patch(url, { role: 'sekretarz' }), 200)).toMatchObject({ role: 'sekretarz' })
    await expectProblem(await staff.post(`${url}/wygasniecie`, { endsOn: '2025-01-01', reason: 'rezygnacja' }), 400)
    await expectProblem(await staff.post(`${url}/wygasniecie`, { endsOn: '2026-05-01', reason: 'znudzenie' }), 400)
    const ended = await json<StaffMember>(
      staff.post(`${url}/wygasniecie`, { endsOn: '2026-05-01', reason: 'rezygnacja', note: 'pismo z 30 kwietnia' }),
      200,
    )
    expect(ended).toMatchObject({
      endsOn: '2026-05-01',
      endReason: 'rezygnacja',
      endReasonText: 'rezygnacja',
      inOffice: false,
    })
    await expectProblem(await staff.post(`${url}/wygasniecie`, { endsOn: '2026-06-01', reason: 'odwolanie' }), 409)
    await expectProblem(await withKey(new Agent(t), m.key).get(`${PUB_RD}/${body.slug}/czlonek`), 401)
    await expectProblem(await staff.post(`${url}/link`), 409)
    await expectProblem(await staff.patch(url, { role: 'czlonek' }), 409)
  })

  it('re-sends the link: the new key works, the old one no longer', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const m = await addMember(body)
    await json(staff.post(`${STAFF_RD}/${body.slug}/czlonkowie/${m.id}/link`), 200)
    const fresh = await keyFromMail(staff, m.email)
    expect(fresh).not.toBe(m.key)
    await json(withKey(new Agent(t), fresh).get(`${PUB_RD}/${body.slug}/czlonek`), 200)
    await expectProblem(await withKey(new Agent(t), m.key).get(`${PUB_RD}/${body.slug}/czlonek`), 401)
  })

  it('refuses other JSTs’ staff and roles without the councils', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const { agent: other } = await staffOfAnotherJst(t, 'admin')
    await expectProblem(await other.get(`${STAFF_RD}/${body.slug}/czlonkowie`), 403)
    await expectProblem(await other.post(`${STAFF_RD}/${body.slug}/czlonkowie`, person('h')), 403)
    await expectProblem(await other.post(`${STAFF_RD}/${body.slug}/posiedzenia`, {}), 403)
    const weryfikator = await loggedIn(t, demo.weryfikator)
    await expectProblem(await weryfikator.get(`${STAFF_RD}/${body.slug}/posiedzenia`), 403)
    await expectProblem(await staff.get(`${STAFF_RD}/nie-ma-takiej/czlonkowie`), 404)
  })
})

describe('meetings, attendance and quorum', () => {
  it('records attendance of members in office with the live quorum of the statute (half of 12 seats)', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const members = await seedMembers(t, body, memberNames(7))
    const m = await meeting(body)
    expect(m).toMatchObject({ number: 1, quorum: { present: 0, needed: 6, reached: false } })
    const five = Object.fromEntries(members.slice(0, 5).map((x) => [x.id, 'obecny']))
    const a = await json<StaffMeeting>(attend(body, 1, { ...five, [members[5]!.id]: 'usprawiedliwiony' }), 200)
    expect(a.quorum).toMatchObject({ present: 5, needed: 6, reached: false })
    const b = await json<StaffMeeting>(attend(body, 1, { [members[6]!.id]: 'obecny' }), 200)
    expect(b.quorum).toMatchObject({ present: 6, needed: 6, reached: true })
    expect(b.attendance[members[5]!.id]).toBe('usprawiedliwiony')
    // the same again changes nothing
    expect((await json<StaffMeeting>(attend(body, 1, { [members[6]!.id]: 'obecny' }), 200)).quorum.present).toBe(6)
  })

  it('refuses attendance of someone not in office that day, of another body’s member, and before the meeting’s day', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const other = await seedBody(t, 'rdpp', { slug: slug() })
    const [mine] = await seedMembers(t, body, memberNames(1))
    const [theirs] = await seedMembers(t, other, memberNames(1))
    await meeting(body, '2025-12-15T17:00')
    const before = await expectProblem(await attend(body, 1, { [mine!.id]: 'obecny' }), 400)
    expect(before.errors?.[0]?.field).toBe(`attendance.${mine!.id}`)
    await meeting(body)
    await expectProblem(await attend(body, 2, { [theirs!.id]: 'obecny' }), 400)
    await expectProblem(await attend(body, 2, { [mine!.id]: 'spóźniony' }), 400)
    await meeting(body, '2030-01-10T17:00')
    await expectProblem(await attend(body, 3, { [mine!.id]: 'obecny' }), 409)
    await expectProblem(await attend(body, 9, { [mine!.id]: 'obecny' }), 404)
  })

  it('changes and cancels a meeting (twice is once); a cancelled one takes no attendance', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const [m] = await seedMembers(t, body, memberNames(1))
    await meeting(body)
    const url = `${STAFF_RD}/${body.slug}/posiedzenia/1`
    expect(await json(staff.patch(url, { place: 'Biblioteka' }), 200)).toMatchObject({ place: 'Biblioteka' })
    await expectProblem(await staff.patch(url, { startsAt: '2026-13-45T99:00' }), 400)
    expect(await json(staff.post(`${url}/odwolanie`), 200)).toMatchObject({ cancelled: true })
    await json(staff.post(`${url}/odwolanie`), 200)
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'rd.meeting.cancel'))
    expect(
      rows.filter((r) => (r.after as { number: number }).number === 1 && r.tenantId === body.tenantId).length,
    ).toBeGreaterThanOrEqual(1)
    await expectProblem(await attend(body, 1, { [m!.id]: 'obecny' }), 409)
    await expectProblem(await staff.patch(url, { place: 'Gdzie indziej' }), 409)
  })

  it('keeps the minutes’ text and PDF; the public downloads the PDF', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    await meeting(body)
    const url = `${STAFF_RD}/${body.slug}/posiedzenia/1/protokol`
    const text = await json<StaffMeeting>(staff.request('PUT', url, { text: 'Rada zaopiniowała program.' }), 200)
    expect(text).toMatchObject({ minutes: 'Rada zaopiniowała program.', minutesFile: false })
    await expectProblem(await staff.request('PUT', url, { text: '' }), 400)
    const bad = new FormData()
    bad.set('text', 'Protokół')
    bad.set('file', new File([new TextEncoder().encode('nie pdf')], 'p.pdf', { type: 'application/pdf' }))
    await expectProblem(await sendForm(staff, 'PUT', url, bad), 400)
    const form = new FormData()
    form.set('text', 'Protokół z podpisem.')
    form.set('file', new File([pdfBytes()], 'protokol.pdf', { type: 'application/pdf' }))
    expect(await json(sendForm(staff, 'PUT', url, form), 200)).toMatchObject({ minutesFile: true })
    const pdf = await new Agent(t).get(`${PUB_RD}/${body.slug}/posiedzenia/1/protokol.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    await expectProblem(await new Agent(t).get(`${PUB_RD}/${body.slug}/posiedzenia/2/protokol.pdf`), 404)
  })
})

describe('absences', () => {
  it('flags a member after three unexcused absences in a row (an excuse breaks the run) and e-mails the admins once', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const [a, b] = await seedMembers(t, body, memberNames(2))
    const days = ['2026-03-02', '2026-04-02', '2026-05-04', '2026-06-01']
    for (const d of days) await meeting(body, `${d}T17:00`)
    await attend(body, 1, { [a!.id]: 'nieobecny', [b!.id]: 'nieobecny' })
    await attend(body, 2, { [a!.id]: 'nieobecny', [b!.id]: 'usprawiedliwiony' })
    await attend(body, 3, { [a!.id]: 'nieobecny', [b!.id]: 'nieobecny' })
    let list = await json<{ items: StaffMember[] }>(staff.get(`${STAFF_RD}/${body.slug}/czlonkowie`), 200)
    expect(list.items.find((m) => m.id === a!.id)?.absences).toEqual({ since: '2026-03-02', meetings: [1, 2, 3] })
    expect(list.items.find((m) => m.id === b!.id)?.absences).toBeNull()
    await attend(body, 4, { [b!.id]: 'nieobecny' })
    list = await json<{ items: StaffMember[] }>(staff.get(`${STAFF_RD}/${body.slug}/czlonkowie`), 200)
    expect(list.items.find((m) => m.id === b!.id)?.absences).toBeNull()

    const mailsTo = async () =>
      ((await json(staff.get('/api/v1/dev/outbox'))).items as { to: string; subject: string; text: string }[]).filter(
        (m) => m.to === demo.admin && m.text.includes(`${a!.name}, członek rady`) && m.text.includes(body.slug),
      )
    await membersTick(t.tick())
    await membersTick(t.tick())
    const mails = await mailsTo()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain('nr 1, 2, 3')
  })
})

describe('the term’s end', () => {
  it('records koniec_kadencji for mandates whose last day passed without a reason, and only for them', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug(), termStart: '2023-01-01', termEnd: '2025-12-31' })
    const key = newToken()
    const ids = [newId(), newId()]
    for (const [i, id] of ids.entries())
      await t.db.insert(councilMembers).values({
        id,
        tenantId: body.tenantId,
        bodyId: body.id,
        termId: body.termId,
        name: `Była ${i}`,
        role: 'czlonek',
        seatCategory: 'ngo',
        startsOn: '2023-01-01',
        endsOn: i === 0 ? '2025-12-31' : '2024-05-01',
        endReason: i === 0 ? null : 'rezygnacja',
        keyHash: i === 0 ? await hashToken(key) : null,
        createdAt: new Date(),
      })
    await membersTick(t.tick())
    await membersTick(t.tick())
    const rows = await t.db.select().from(councilMembers).where(eq(councilMembers.bodyId, body.id))
    expect(rows.find((r) => r.id === ids[0])?.endReason).toBe('koniec_kadencji')
    expect(rows.find((r) => r.id === ids[1])?.endReason).toBe('rezygnacja')
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rd.member.term-end'), eq(auditLog.entityId, ids[0]!)))
    expect(audit).toHaveLength(1)
    await expectProblem(await withKey(new Agent(t), key).get(`${PUB_RD}/${body.slug}/czlonek`), 401)
  })
})

describe('the members’ space is the members’ only', () => {
  it('refuses without a key (401), with a stranger’s key (401), another body’s member (403), an ended mandate (401)', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const other = await seedBody(t, 'rada_seniorow', { slug: slug() })
    const [mine] = await seedMembers(t, body, memberNames(1))
    const [theirs] = await seedMembers(t, other, memberNames(1))
    const space = `${PUB_RD}/${body.slug}/czlonek`
    const posts = `${space}/wpisy`
    for (const [method, path] of [
      ['GET', space],
      ['GET', posts],
      ['POST', posts],
    ] as const) {
      const anon = await new Agent(t).request(method, path, method === 'POST' ? { text: 'x' } : undefined)
      await expectProblem(anon, 401)
      await expectProblem(
        await withKey(new Agent(t), newToken())[method === 'GET' ? 'get' : 'post'](path, { text: 'x' }),
        401,
      )
      await expectProblem(await theirs!.agent.request(method, path, method === 'POST' ? { text: 'x' } : undefined), 403)
    }
    await json(mine!.agent.get(space), 200)
    await t.db
      .update(councilMembers)
      .set({ endsOn: '2026-02-01', endReason: 'rezygnacja' })
      .where(eq(councilMembers.id, mine!.id))
    await expectProblem(await mine!.agent.get(space), 401)
    await expectProblem(await mine!.agent.post(posts, { text: 'Nadal tu jestem?' }), 401)
  })

  it('members post in the discussion and read each other’s posts; a double click posts once', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const [a, b] = await seedMembers(t, body, memberNames(2))
    const posts = `${PUB_RD}/${body.slug}/czlonek/wpisy`
    const first = await json(a!.agent.post(posts, { text: 'Proponuję spotkanie w czwartek.' }), 201)
    expect(first).toMatchObject({ author: a!.name, mine: true })
    await expectProblem(await a!.agent.post(posts, { text: '' }), 400)
    await expectProblem(await a!.agent.post(posts, { text: 'x'.repeat(5001) }), 400)
    await json(a!.agent.post(posts, { text: 'x'.repeat(5000) }), 201)
    const key = newToken().slice(0, 24)
    const race = await Promise.all([
      b!.agent.request('POST', posts, { text: 'Zgoda.' }, { 'Idempotency-Key': key }),
      b!.agent.request('POST', posts, { text: 'Zgoda.' }, { 'Idempotency-Key': key }),
    ])
    expect(race.map((r) => r.status).sort()).toEqual([200, 201])
    const clientId = newToken().slice(0, 20)
    const again = await Promise.all([
      b!.agent.post(posts, { text: 'Jeszcze jedno.', clientId }),
      b!.agent.post(posts, { text: 'Jeszcze jedno.', clientId }),
    ])
    expect(again.map((r) => r.status).sort()).toEqual([200, 201])
    await expectProblem(await b!.agent.post(posts, { text: 'Inny tekst.', clientId }), 409)
    const list = await json<{ items: { text: string; author: string; mine: boolean }[] }>(a!.agent.get(posts), 200)
    expect(list.items.map((p) => p.text)).toEqual([
      'Proponuję spotkanie w czwartek.',
      'x'.repeat(5000),
      'Zgoda.',
      'Jeszcze jedno.',
    ])
    expect(list.items.map((p) => p.mine)).toEqual([true, true, false, false])
    await expectProblem(await a!.agent.get(`${posts}?temat=opinia:${newId()}`), 404)
    await expectProblem(await a!.agent.get(`${posts}?temat=cokolwiek`), 400)
    const space = await json(a!.agent.get(`${PUB_RD}/${body.slug}/czlonek`), 200)
    expect(space.topics[0].posts).toBe(4)
  })
})

describe('send me a new link', () => {
  it('answers the same for a member and a stranger; the new key replaces the old on first use', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const [m] = await seedMembers(t, body, memberNames(1))
    const url = `${PUB_RD}/${body.slug}/czlonek/link`
    const anon = new Agent(t)
    const forMember = await anon.post(url, { email: m!.email })
    const forStranger = await anon.post(url, { email: 'nikt@rady.example' })
    expect(forMember.status).toBe(202)
    expect(forStranger.status).toBe(202)
    expect(await forMember.json()).toEqual(await forStranger.json())
    const outbox = (await json(staff.get('/api/v1/dev/outbox'))).items as { to: string }[]
    expect(outbox.some((x) => x.to === 'nikt@rady.example')).toBe(false)
    const fresh = await keyFromMail(staff, m!.email)
    const space = `${PUB_RD}/${body.slug}/czlonek`
    // the old link keeps working until the new one is used (a stranger asking cannot lock the member out)
    await json(m!.agent.get(space), 200)
    await json(withKey(new Agent(t), fresh).get(space), 200)
    await expectProblem(await m!.agent.get(space), 401)
    await expectProblem(await anon.post(url, { email: 'to nie adres' }), 400)
  })

  it('is rate-limited per e-mail', async () => {
    const body = await seedBody(t, 'rdpp', { slug: slug() })
    const url = `${PUB_RD}/${body.slug}/czlonek/link`
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await new Agent(t).post(url, { email: 'limit@rady.example' })).status)
    expect(statuses.slice(0, 5).every((s) => s === 202)).toBe(true)
    expect(statuses[5]).toBe(429)
  })
})
