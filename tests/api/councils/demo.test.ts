import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { councils } from '../../../worker/councils'
import { RDPP, SENIORS, YOUTH } from '../../../worker/councils/demo/content'
import { addDays } from '../../../worker/councils/domain/dates'
import { configFromEnv } from '../../../worker/core/config'
import { seedModules } from '../../../worker/core/module'
import { modules } from '../../../worker/modules'
import { Agent, demo, lastMail, loggedIn, ORIGIN, testApp, type TestApp } from '../../support/api'

/**
 * The demo content the councils module adds to "Gmina Przykładowa" (worker/councils/demo/seed.ts), seeded as
 * `npm start` does (every module's `seedDemo`, the consultations' first, whose open programme of cooperation the RDPP
 * is asked about) and seen through the API as residents, the office and the members see it: a rada seniorów with its
 * members, a held meeting with attendance and minutes, an opinion adopted by named votes and a request to the wójt
 * answered in its 30 days; an RDPP with twelve
 * members and an open request on the programme, listed among the consultation's advisory bodies with the statutory
 * 14 days; and nothing more on a second run.
 */
let t: TestApp
let description = ''
const SLUG = 'gmina-przykladowa'
const PUB = `/api/v1/jst/${SLUG}/rady`
const config = () => configFromEnv({ APP_ENV: 'development', APP_URL: ORIGIN }, modules)
const get = async <T = any>(path: string): Promise<T> => {
  const res = await new Agent(t).get(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

beforeAll(async () => {
  t = await testApp()
  description = (await seedModules(modules, t.db, config()))(ORIGIN)
}, 180_000)
afterAll(() => t.close())

/**
 * A member's key, as the member gets it: the seed's invitations keep no readable body (like the consultations' demo,
 * it mails as outside development), so the koordynator sends the member a new link and the test reads that e-mail.
 */
async function memberKey(body: string, email: string): Promise<string> {
  const office = await loggedIn(t, demo.koordynator)
  const staff = `/api/v1/jst/${SLUG}/staff/rady/${body}/czlonkowie`
  const { items } = (await (await office.get(staff)).json()) as { items: { id: string; email: string }[] }
  const member = items.find((m) => m.email === email)!
  expect((await office.post(`${staff}/${member.id}/link`)).status).toBe(200)
  const mail = await lastMail(office, email)
  const key = mail.text.split('#klucz=')[1]?.match(/^[\w-]+/)?.[0]
  if (!key) throw new Error(`no key for ${email}`)
  return key
}

const asMember = (key: string, path: string) =>
  new Agent(t).request('GET', path, undefined, { Authorization: `Bearer ${key}` })

/** The open programme of cooperation of the demo (the consultations' demo seeds it). */
async function programme(): Promise<{ number: number; title: string }> {
  const { items } = await get<{ items: { number: number; title: string; preset: string; state: string }[] }>(
    `/api/v1/jst/${SLUG}/konsultacje`,
  )
  return items.find((c) => c.preset === 'program_wspolpracy' && c.state === 'open')!
}

describe('demo councils', () => {
  it('seeds without an error and names both bodies’ public pages in the first-run message', async () => {
    expect(description).not.toMatch(/nie udało się/)
    const { items } = await get<{ items: { slug: string; kind: string; status: string; members: number }[] }>(PUB)
    expect(items.map((b) => `${b.slug}:${b.kind}:${b.status}:${b.members}`).sort()).toEqual([
      'mlodziezowa-rada:mlodziezowa_rada:tworzona:0',
      'rada-seniorow:rada_seniorow:dziala:9',
      'rdpp:rdpp:dziala:12',
    ])
    for (const b of items) expect(description).toContain(`${ORIGIN}/${SLUG}/rady/${b.slug}`)
    expect(description).not.toMatch(/klucz/i)
  })

  it('shows the rada seniorów with its statute, term and members representing seniors, organisations and a UTW', async () => {
    const page = await get<any>(`${PUB}/rada-seniorow`)
    expect(page.body.name).toBe(SENIORS.body.name)
    expect(page.statute.seats.map((s: any) => `${s.key}:${s.seats}`)).toEqual(['seniorzy:5', 'organizacje:3', 'utw:1'])
    expect(page.statute.act.number).toMatch(/^XXV\/214\/\d{4}$/)
    expect(page.term.number).toBe(1)
    expect(page.term.startsOn < page.term.endsOn).toBe(true)
    expect(page.members).toHaveLength(9)
    expect(page.members[0]).toMatchObject({ name: 'Krystyna Wiśniewska', role: 'przewodniczacy' })
    expect(new Set(page.members.map((m: any) => m.seatCategory))).toEqual(new Set(['seniorzy', 'organizacje', 'utw']))
    expect(JSON.stringify(page.members)).not.toContain('@')
    // The organisations' seats name organisations of the JST's directory.
    const directory = await get<{ items: { name: string }[] }>(`/api/v1/jst/${SLUG}/organizations`)
    const listed = new Set(directory.items.map((o) => o.name))
    expect(page.members.filter((m: any) => listed.has(m.represents))).toHaveLength(2)
  })

  it('shows its past meeting with the agenda, attendance with one excused, and the minutes', async () => {
    const page = await get<any>(`${PUB}/rada-seniorow`)
    expect(page.meetings).toHaveLength(1)
    const [meeting] = page.meetings
    expect(meeting.number).toBe(1)
    expect(Date.parse(meeting.startsAt)).toBeLessThan(Date.now())
    expect(meeting.agenda).toBe(SENIORS.meeting.agenda)
    expect(meeting.attendance).toEqual({ present: 8, excused: 1, absent: 0 })
    expect(meeting.minutes).toContain('Obecnych 8 z 9')
  })

  it('shows the opinion adopted by the members’ named votes, on the request it answered', async () => {
    const page = await get<any>(`${PUB}/rada-seniorow`)
    expect(page.resolutions.map((r: any) => r.kind).sort()).toEqual(['opinia', 'wniosek'])
    const adopted = page.resolutions.find((r: any) => r.kind === 'opinia')
    expect(adopted.number).toMatch(/^1\/\d{4}$/)
    expect(adopted.title).toMatch(/^Opinia o projekcie Gminnego Programu Polityki Senioralnej na lata \d{4}–\d{4}$/)
    expect(adopted.votes).toHaveLength(8)
    expect(adopted.votes.filter((v: any) => v.option === 'za')).toHaveLength(7)
    expect(adopted.votes.find((v: any) => v.option === 'wstrzymuje_sie').member).toBe('Stanisław Pietrzak')
    expect(adopted.votes.map((v: any) => v.member)).not.toContain(SENIORS.meeting.excused)
    expect(adopted.tally.adopted).toBe(true)
    expect(page.opinions).toHaveLength(1)
    const [opinion] = page.opinions
    expect(opinion).toMatchObject({ status: 'wydana', subject: 'projekt_uchwaly' })
    expect(opinion.resolution).toMatchObject({ number: adopted.number, title: adopted.title })
    expect(opinion.resolution.text).toMatch(/pozytywnie opiniuje/)
    // Adopted before its 21 days ran out.
    expect(adopted.adoptedOn <= opinion.dueOn).toBe(true)
  })

  it('shows the request to the wójt adopted at the same meeting, answered within its 30 days', async () => {
    const page = await get<any>(`${PUB}/rada-seniorow`)
    const wniosek = page.resolutions.find((r: any) => r.kind === 'wniosek')
    expect(wniosek.number).toMatch(/^2\/\d{4}$/)
    expect(wniosek.title).toBe(SENIORS.inquiry.title)
    expect(wniosek.votes.map((v: any) => v.option)).toEqual(Array(8).fill('za'))
    expect(page.inquiries).toHaveLength(1)
    const [inquiry] = page.inquiries
    expect(inquiry).toMatchObject({ number: 1, title: SENIORS.inquiry.title, overdue: false })
    expect(inquiry.answer).toContain('w poniedziałki i czwartki')
    const day = (at: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(at))
    expect(inquiry.dueOn >= addDays(day(inquiry.deliveredAt), 30)).toBe(true)
    expect(day(inquiry.answeredAt) <= inquiry.dueOn).toBe(true)
  })

  it('shows the RDPP 3 + 3 + 6 with twelve members, the NGO seats held by organisations', async () => {
    const page = await get<any>(`${PUB}/rdpp`)
    expect(page.body.name).toBe(RDPP.body.name)
    expect(page.statute.seats.map((s: any) => `${s.key}:${s.seats}`)).toEqual(['rada:3', 'wojt:3', 'ngo:6'])
    expect(page.statute.termYears).toBe(3)
    expect(page.members).toHaveLength(12)
    expect(page.members[0]).toMatchObject({ name: 'Jadwiga Sikora', role: 'przewodniczacy', seatCategory: 'ngo' })
    const directory = await get<{ items: { name: string }[] }>(`/api/v1/jst/${SLUG}/organizations`)
    const ngoSeats = page.members.filter((m: any) => m.seatCategory === 'ngo').map((m: any) => m.represents)
    for (const o of directory.items) expect(ngoSeats).toContain(o.name)
    expect(page.resolutions).toEqual([])
  })

  it('shows the RDPP’s open request on the programme of cooperation with its 14-day last day', async () => {
    const { number, title } = await programme()
    const page = await get<any>(`${PUB}/rdpp`)
    expect(page.opinions).toHaveLength(1)
    const [request] = page.opinions
    expect(request).toMatchObject({ status: 'oczekuje', subject: 'program_wspolpracy', title, resolution: null })
    const delivered = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(
      new Date(request.deliveredAt),
    )
    expect(request.dueOn >= addDays(delivered, 14)).toBe(true)
    expect(request.dueOn <= addDays(delivered, 17)).toBe(true)

    // The consultation lists the RDPP once among its advisory bodies, with the request's last day.
    const office = await loggedIn(t, demo.koordynator)
    const res = await office.get(`/api/v1/jst/${SLUG}/staff/konsultacje/${number}/opinions`)
    expect(res.status).toBe(200)
    const { items } = (await res.json()) as { items: any[] }
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ bodyName: RDPP.body.name, required: true, dueOn: request.dueOn })
    expect(items[0].opinion ?? null).toBeNull()

    // Today's scheduled work leaves it waiting: its last day is ahead.
    await councils.tick!(t.tick())
    expect((await get<any>(`${PUB}/rdpp`)).opinions[0].status).toBe('oczekuje')
  })

  it('shows the request in the RDPP members’ space with its statutory 14 days and no vote', async () => {
    const key = await memberKey('rdpp', 'j.sikora@poczta.example')
    const list = await asMember(key, `${PUB}/rdpp/czlonek/opinie`)
    expect(list.status).toBe(200)
    expect(list.headers.get('cache-control')).toMatch(/no-store/)
    const { items } = (await list.json()) as { items: any[] }
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ days: 14, statutory: true, silenceWaives: true, state: 'oczekuje' })
    expect(items[0].daysLeft).toBeGreaterThan(0)
    const one = await asMember(key, `${PUB}/rdpp/czlonek/opinie/${items[0].number}`)
    expect(one.status).toBe(200)
    const detail = (await one.json()) as any
    expect(detail.resolutions).toEqual([])
    expect(detail.draft.sections.length).toBeGreaterThan(0)
    // A member of the rada seniorów is not let into the RDPP's space.
    const senior = await memberKey('rada-seniorow', 'k.wisniewska@poczta.example')
    expect((await asMember(senior, `${PUB}/rdpp/czlonek/opinie`)).status).toBe(403)
  })

  it('runs the youth council’s election in three schools, with verified pupils and ballots, open to a visitor', async () => {
    const calls = await get<{ items: { number: number; body: { slug: string } }[] }>(`${PUB}/nabory`)
    const call = calls.items.find((c) => c.body.slug === 'mlodziezowa-rada')!
    const election = await get<any>(`${PUB}/nabory/${call.number}/wybory`)
    expect(election).toMatchObject({ phase: 'trwa', electorate: 'deklaracja', votesPerBallot: 1, voterMinAge: 13 })
    expect(election.constituencies.map((c: any) => `${c.key}:${c.seats}:${c.candidates.length}`)).toEqual([
      'sp1:5:2',
      'sp2:4:1',
      'lo:6:2',
    ])
    expect(election.constituencies.flatMap((c: any) => c.candidates.map((x: any) => x.name)).sort()).toEqual(
      YOUTH.candidates.map((c) => c.name).sort(),
    )
    expect(JSON.stringify(election)).not.toContain('@')
    const office = await loggedIn(t, demo.koordynator)
    const staff = `/api/v1/jst/${SLUG}/staff/rady/mlodziezowa-rada/nabory/${call.number}/wybory`
    const ballots = async () => ((await (await office.get(staff)).json()) as { ballots: number }).ballots
    expect(await ballots()).toBe(YOUTH.ballots.length)

    // A visitor of the demo votes as any pupil would: a code by e-mail, then the ballot.
    const visitor = new Agent(t)
    const address = 'gosc.demo@poczta.example'
    expect((await visitor.post(`${PUB}/nabory/${call.number}/wybory/kod`, { address })).status).toBe(202)
    const code = /\b(\d{6})\b/.exec((await lastMail(office, address)).text)![1]
    const session = await visitor.post(`${PUB}/nabory/${call.number}/wybory/sesja`, { address, code })
    expect(session.status).toBe(201)
    const { token } = (await session.json()) as { token: string }
    const lena = election.constituencies[1].candidates[0]
    const cast = await visitor.request(
      'POST',
      `${PUB}/nabory/${call.number}/wybory/glos`,
      {
        firstName: 'Ola',
        lastName: 'Odwiedzająca',
        birthDate: addDays(election.votingTo, -15 * 366),
        constituency: 'sp2',
        choices: [lena.id],
        eligibilityDeclared: true,
      },
      { Authorization: `Bearer ${token}` },
    )
    expect(cast.status, await cast.clone().text()).toBe(201)
    expect(await ballots()).toBe(YOUTH.ballots.length + 1)
  })

  it('adds nothing on a second run', async () => {
    const again = await seedModules(
      modules.filter((m) => m.name === 'councils'),
      t.db,
      config(),
    )
    expect(again(ORIGIN)).toBe('')
    const { items } = await get<{ items: { slug: string; members: number }[] }>(PUB)
    expect(items.map((b) => `${b.slug}:${b.members}`).sort()).toEqual([
      'mlodziezowa-rada:0',
      'rada-seniorow:9',
      'rdpp:12',
    ])
    const seniors = await get<any>(`${PUB}/rada-seniorow`)
    expect(seniors.meetings).toHaveLength(1)
    expect(seniors.resolutions).toHaveLength(2)
    expect(seniors.inquiries).toHaveLength(1)
    expect((await get<any>(`${PUB}/rdpp`)).opinions).toHaveLength(1)
  })
})
