import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../worker/core/ids'
import { dayOf } from '../../../worker/councils/domain/dates'
import { datasetKeys } from '../../../worker/councils/views/open-data'
import { councilAttendance, councilMeetings, councilOpinionRequests } from '../../../worker/councils/tables'
import { Agent, demo, loggedIn, testApp, type TestApp } from '../../support/api'
import { memberNames, seedBody, seedMembers, type SeededBody, type SeededMember } from '../../support/councils'
import { readPdf } from '../../support/pdf'
import { seedResolution } from './inquiries-helpers'

let t: TestApp
let seniors: SeededBody
let members: SeededMember[]
const open = '/api/v1/jst/gmina-przykladowa/rady/dane'
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/

beforeAll(async () => {
  t = await testApp()
  seniors = await seedBody(t, 'rada_seniorow', { slug: 'rada-seniorow-od', name: 'Gminna Rada Seniorów' })
  members = await seedMembers(t, seniors, [
    { name: 'Anna Kowalska', role: 'przewodniczacy', represents: 'Klub Seniora' },
    { name: '=HYPERLINK("http://zly.example")', represents: '+48 formuła' },
    ...memberNames(4).map((m) => ({ ...m, role: 'czlonek' as const })),
  ])
  await seedResolution(t, seniors, members, {
    kind: 'opinia',
    title: 'Opinia o programie „Senior+”',
    text: '§ 1. Rada opiniuje pozytywnie projekt programu.\n\n§ 2. Uchwała wchodzi w życie z dniem podjęcia.',
    number: '3/2026',
    adoptedOn: '2026-03-12',
    votes: ['za', 'za', 'za', 'przeciw', 'wstrzymuje_sie', 'nie_glosowal'],
  })
  await seedResolution(t, seniors, members, {
    kind: 'wniosek',
    title: '@SUM(1+1) wniosek bez kworum',
    number: '4/2026',
    adoptedOn: '2026-03-12',
    votes: ['za', 'za'],
  })
  const meetingId = newId()
  const now = new Date()
  await t.db.insert(councilMeetings).values({
    id: meetingId,
    tenantId: seniors.tenantId,
    bodyId: seniors.id,
    number: 1,
    startsAt: new Date('2026-03-12T15:00:00Z'),
    place: 'Sala narad',
    agenda: '1. Otwarcie. 2. Opinia o programie.',
    createdAt: now,
  })
  await t.db.insert(councilAttendance).values(
    members.map((m, i) => ({
      meetingId,
      memberId: m.id,
      attendance: (i < 5 ? 'obecny' : 'usprawiedliwiony') as 'obecny' | 'usprawiedliwiony',
      recordedAt: now,
    })),
  )
  await t.db.insert(councilOpinionRequests).values({
    id: newId(),
    tenantId: seniors.tenantId,
    bodyId: seniors.id,
    number: 1,
    subject: 'inny',
    title: 'Projekt programu „Senior+”',
    deliveredAt: new Date('2026-03-01T10:00:00Z'),
    days: 21,
    dueOn: '2026-03-23',
    status: 'oczekuje',
    createdAt: now,
  })
  const admin = await loggedIn(t, demo.admin)
  const res = await admin.post(`/api/v1/jst/gmina-przykladowa/staff/rady/${seniors.slug}/zapytania`, {
    title: '-1 zapytanie o ławki',
    text: 'Rada prosi o ławki.',
    deliveredOn: dayOf(new Date()),
  })
  expect(res.status).toBe(201)
})
afterAll(() => t.close())

describe('open data of the councils', () => {
  it('lists every dataset with its JSON and CSV address in the catalogue and the OpenAPI document', async () => {
    const res = await new Agent(t).get(open)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const catalogue = await res.json()
    expect(catalogue.datasets.map((d: { key: string }) => d.key)).toEqual([...datasetKeys])
    expect(catalogue.datasets[0].json).toBe(`http://localhost${open}/organy.json`)
    const doc = await (await new Agent(t).get('/api/openapi.json')).json()
    for (const key of datasetKeys)
      for (const format of ['json', 'csv'])
        expect(doc.paths[`/api/v1/jst/{slug}/rady/dane/${key}.${format}`]?.get, `${key}.${format}`).toBeDefined()
  })

  it('serves every dataset as JSON and CSV, without e-mails or birth dates, formulas neutralised', async () => {
    for (const key of datasetKeys) {
      const json = await new Agent(t).get(`${open}/${key}.json`)
      expect(json.status, key).toBe(200)
      const text = await json.text()
      expect(text, key).not.toMatch(EMAIL)
      expect(text, key).not.toMatch(/birth|urodz|email|e-mail|keyHash|key_hash/i)
      const csv = await new Agent(t).get(`${open}/${key}.csv`)
      expect(csv.status, key).toBe(200)
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(csv.headers.get('cache-control')).toBe('no-cache')
      const bytes = new Uint8Array(await csv.arrayBuffer())
      expect([...bytes.slice(0, 3)], key).toEqual([0xef, 0xbb, 0xbf])
      const body = new TextDecoder().decode(bytes)
      expect(body, key).not.toMatch(EMAIL)
      for (const line of body.split('\r\n').slice(1))
        for (const cell of line.split(';')) expect(cell, `${key}: ${line}`).not.toMatch(/^"?[=+\-@]/)
    }
    const members = await (await new Agent(t).get(`${open}/czlonkowie.csv`)).text()
    expect(members).toContain(`"'=HYPERLINK(""http://zly.example"")"`)
    expect(members).toContain(`'+48 formuła`)
    const inquiries = await (await new Agent(t).get(`${open}/zapytania.csv`)).text()
    expect(inquiries).toContain(`'-1 zapytanie o ławki`)
  })

  it('gives each resolution its vote event: counts and each member’s named vote (JSON), a row per vote (CSV)', async () => {
    const { items } = await (await new Agent(t).get(`${open}/uchwaly.json`)).json()
    const adopted = items.find((r: { number: string | null }) => r.number === '3/2026')
    expect(adopted.status).toBe('przyjeta')
    expect(adopted.voteEvent.counts).toEqual({ za: 3, przeciw: 1, wstrzymuje_sie: 1, nie_glosowal: 1 })
    expect(adopted.voteEvent.votes).toHaveLength(6)
    expect(adopted.voteEvent.votes).toContainEqual({ memberId: members[0]!.id, member: 'Anna Kowalska', option: 'za' })
    expect(adopted.pdf).toBe(`http://localhost/api/v1/jst/gmina-przykladowa/rady/${seniors.slug}/uchwaly/3-2026/pdf`)
    const failed = items.find((r: { title: string }) => r.title.includes('bez kworum'))
    expect(failed).toMatchObject({ status: 'brak_kworum', number: null, pdf: null })
    const csv = (await (await new Agent(t).get(`${open}/uchwaly.csv`)).text()).split('\r\n')
    expect(csv.filter((l) => l.includes('3/2026'))).toHaveLength(6)
    expect(csv.find((l) => l.includes('Anna Kowalska') && l.includes('3/2026'))).toMatch(/;za$/)
  })

  it('gives meetings with each member’s attendance, opinion requests and inquiries with their dates', async () => {
    const meetings = await (await new Agent(t).get(`${open}/posiedzenia.json`)).json()
    expect(meetings.items[0]).toMatchObject({ body: seniors.slug, number: 1, counts: { present: 5, excused: 1 } })
    expect(meetings.items[0].attendance).toHaveLength(6)
    expect((await (await new Agent(t).get(`${open}/posiedzenia.csv`)).text()).split('\r\n')).toHaveLength(1 + 6 + 1)
    const opinions = await (await new Agent(t).get(`${open}/opinie.json`)).json()
    expect(opinions.items[0]).toMatchObject({ number: 1, dueOn: '2026-03-23', status: 'oczekuje' })
    const inquiries = await (await new Agent(t).get(`${open}/zapytania.json`)).json()
    expect(inquiries.items[0]).toMatchObject({ body: seniors.slug, number: 1, state: 'oczekuje', answer: null })
    const bodies = await (await new Agent(t).get(`${open}/organy.json`)).json()
    expect(bodies.items[0]).toMatchObject({
      slug: seniors.slug,
      kindName: 'gminna rada seniorów',
      term: { number: 1, startsOn: '2026-01-01' },
    })
  })
})

describe('the BIP-ready PDF of a resolution', () => {
  it('is a tagged PDF with the body, number, day, title, text, legal basis and the named votes', async () => {
    const res = await new Agent(t).get(`/api/v1/jst/gmina-przykladowa/rady/${seniors.slug}/uchwaly/3-2026/pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = await readPdf(new Uint8Array(await res.arrayBuffer()))
    expect(pdf.lang).toBe('pl-PL')
    expect(pdf.title).toContain('Uchwała nr 3/2026')
    const text = pdf.text.replace(/\s+/g, ' ')
    for (const part of [
      'Uchwała nr 3/2026',
      'Gminna Rada Seniorów',
      '12 marca 2026',
      'Opinia o programie „Senior+”',
      'Rada opiniuje pozytywnie projekt programu',
      'art. 5c ustawy z dnia 8 marca 1990 r. o samorządzie gminnym',
      'Anna Kowalska',
      'wstrzymuje się',
      'Za: 3, przeciw: 1',
    ])
      expect(text).toContain(part)
    expect(pdf.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'Table', 'TH', 'TD']))
  })

  it('is there only for an adopted resolution of that body', async () => {
    for (const n of ['4-2026', '99-2026', '3_2026'])
      expect(
        (await new Agent(t).get(`/api/v1/jst/gmina-przykladowa/rady/${seniors.slug}/uchwaly/${n}/pdf`)).status,
      ).toBe(404)
    const other = await seedBody(t, 'rdpp')
    expect((await new Agent(t).get(`/api/v1/jst/gmina-przykladowa/rady/${other.slug}/uchwaly/3-2026/pdf`)).status).toBe(
      404,
    )
  })
})
