import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configFromEnv } from '../../../worker/core/config'
import { seedModules } from '../../../worker/core/module'
import { modules } from '../../../worker/modules'
import { PROGRAMME_V1, PROGRAMME_V2 } from '../../../worker/consultations/demo/drafts'
import {
  ENDED_CAMPAIGN,
  ENDED_COMMENTS,
  ENDED_MEETING,
  PROGRAMME_COMMENTS,
} from '../../../worker/consultations/demo/content'
import { Agent, loggedIn, demo, ORIGIN, testApp, type TestApp } from '../../support/api'
import { readPdf } from '../../support/pdf'
import { PUB_KS, STAFF_KS } from './helpers'

/**
 * The demo content the consultations module adds to "Gmina Przykładowa" (worker/consultations/demo/seed.ts), seeded as
 * `npm start` does (every module's `seedDemo`) and seen through the API as residents and the office see it: an open
 * programme of cooperation with two versions of its draft, its comments (one hidden, one general, one from paper), a
 * meeting with sign-ups and the RDPP asked; an ended consultation with its comments grouped and answered, its meeting
 * held and its report published in JSON, PDF and CSV; three verified NGOs; and nothing more on a second run.
 */
let t: TestApp
let description = ''
const config = () => configFromEnv({ APP_ENV: 'development', APP_URL: ORIGIN }, modules)
const get = async <T = any>(path: string): Promise<T> => {
  const res = await new Agent(t).get(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

interface Summary {
  number: number
  title: string
  preset: string
  state: string
}

beforeAll(async () => {
  t = await testApp()
  description = (await seedModules(modules, t.db, config()))(ORIGIN)
}, 120_000)
afterAll(() => t.close())

/** The number of the demo consultation in `state` (`open`, or `reported` for the ended one with its report). */
async function numberOf(state: 'open' | 'reported'): Promise<number> {
  const { items } = await get<{ items: Summary[] }>(PUB_KS)
  return items.find((c) => c.state === state)!.number
}

describe('demo consultations', () => {
  it('lists the open programme of cooperation and an ended consultation, each in the first-run message', async () => {
    const { items } = await get<{ items: Summary[] }>(PUB_KS)
    expect(items.map((c) => `${c.preset}:${c.state}`).sort()).toEqual(['inne:reported', 'program_wspolpracy:open'])
    for (const c of items) expect(description).toContain(`${ORIGIN}/gmina-przykladowa/konsultacje/${c.number}`)
    const ended = items.find((c) => c.state === 'reported')!
    expect(description).toContain(`${ORIGIN}/gmina-przykladowa/konsultacje/${ended.number}/raport`)
    const open = items.find((c) => c.state === 'open')!
    const page = await get(`${PUB_KS}/${open.number}`)
    expect(page.audience).toBe('ngos')
    expect(page.forms).toEqual(['written', 'mail', 'meeting'])
    expect(page.publicTaskAreas).toContain('wolontariat')
    expect(page.endDate > page.startDate).toBe(true)
  })

  it('gives the open one two versions whose comparison shows changes; the ended one has one', async () => {
    const { items } = await get<{ items: Summary[] }>(PUB_KS)
    const open = items.find((c) => c.state === 'open')!
    const doc = await get<{ versions: { version: number }[] }>(`${PUB_KS}/${open.number}/document`)
    expect(doc.versions.map((v) => v.version)).toEqual([1, 2])
    const diff = await get<{ paragraphs: unknown[] }>(`${PUB_KS}/${open.number}/document/compare/1/2`)
    expect(diff.paragraphs.length).toBeGreaterThan(0)
    const ended = items.find((c) => c.state === 'reported')!
    const endedDoc = await get<{ versions: { version: number }[] }>(`${PUB_KS}/${ended.number}/document`)
    expect(endedDoc.versions.map((v) => v.version)).toEqual([1])
  })

  it('shows the open one’s comments: organisations only, one hidden with its reason, one general, one from paper, read against version 2', async () => {
    const open = await numberOf('open')
    const list = await get<{ public: boolean; items: any[] }>(`${PUB_KS}/${open}/comments`)
    expect(list.public).toBe(true)
    expect(list.items).toHaveLength(PROGRAMME_COMMENTS.length)
    const hidden = list.items.filter((c) => c.hidden)
    expect(hidden).toHaveLength(1)
    expect(hidden[0].hiddenReason).toMatch(/dane osobowe/)
    expect(hidden[0].text).toBeUndefined()
    const shown = list.items.filter((c) => !c.hidden)
    expect(shown.every((c) => c.authorKind === 'organization' && c.documentVersion === 1 && !c.answer)).toBe(true)
    expect(shown.filter((c) => c.paragraphId === null)).toHaveLength(1)
    expect(shown.filter((c) => c.channel === 'paper').map((c) => c.author)).toEqual([
      'Koło Gospodyń Wiejskich w Lipkach',
    ])
    const authors = shown.map((c) => c.author)
    expect(authors).toContain('Fundacja „Razem dla Seniora”')
    expect(authors).toContain('Uczniowski Ludowy Klub Sportowy „Orlik Przykładowo”')
    // Version 2 dropped the room offer and changed the amount the comments were about.
    const on = (ref: string) => shown.find((c) => c.paragraphRef === ref)!
    expect(on('§ 5 pkt 5').placement).toBe('removed')
    expect(on('§ 8').placement).not.toBe('same')

    const office = await loggedIn(t, demo.koordynator)
    const staff = await office.get(`${STAFF_KS}/${open}/comments`)
    expect(staff.status).toBe(200)
    const rows = ((await staff.json()) as { items: { status: string; organizationId: string | null }[] }).items
    expect(rows.every((c) => c.status === 'confirmed')).toBe(true)
    // The two directory organisations signed through their representatives' keys.
    expect(rows.filter((c) => c.organizationId).length).toBe(2)
  })

  it('gives the open one a meeting next week with two sign-ups, and the RDPP asked for its opinion', async () => {
    const open = await numberOf('open')
    const { items } = await get<{ items: any[] }>(`${PUB_KS}/${open}/meetings`)
    expect(items).toHaveLength(1)
    expect(items[0].mode).toBe('onsite')
    expect(items[0].capacity).toBe(30)
    expect(items[0].placesLeft).toBe(28)
    expect(Date.parse(items[0].startsAt)).toBeGreaterThan(Date.now() + 5 * 86_400_000)
    const office = await loggedIn(t, demo.koordynator)
    const opinions = await office.get(`${STAFF_KS}/${open}/opinions`)
    const [rdpp, ...others] = ((await opinions.json()) as { items: any[] }).items
    expect(others).toHaveLength(0)
    expect(rdpp.bodyName).toMatch(/Rada Działalności Pożytku Publicznego/)
    expect(rdpp.required).toBe(true)
    expect(rdpp.askedAt).not.toBeNull()
    expect(rdpp.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('publishes the ended one’s report with every comment answered, the campaign as one group, the meeting held', async () => {
    const ended = await numberOf('reported')
    const report = await get<any>(`${PUB_KS}/${ended}/report`)
    const comments = ENDED_COMMENTS.length + ENDED_CAMPAIGN.letters.length
    expect(report.items).toHaveLength(comments)
    expect(report.items.every((i: any) => i.answer && i.answer.justification.length >= 10)).toBe(true)
    expect(new Set(report.items.map((i: any) => i.answer.kind))).toEqual(
      new Set(['accepted', 'partly_accepted', 'rejected', 'out_of_scope', 'already_included']),
    )
    const grouped = report.items.filter((i: any) => i.groupNumber !== null)
    expect(grouped).toHaveLength(ENDED_CAMPAIGN.letters.length)
    expect(new Set(grouped.map((i: any) => i.groupNumber)).size).toBe(1)
    expect(report.statistics.byChannel).toEqual({ online: 5, paper: 4, email: 1, meeting: 2 })
    expect(report.statistics.meetings).toBe(1)
    expect(report.statistics.attendance).toBe(ENDED_MEETING.attendance)
    expect(report.opinions).toEqual([expect.objectContaining({ received: true, required: false })])
    expect(report.items.some((i: any) => i.author === 'Uczniowski Ludowy Klub Sportowy „Orlik Przykładowo”')).toBe(true)
    expect(JSON.stringify(report)).not.toContain('Agnieszka Lis')

    // The public list of comments shows the same answers.
    const list = await get<{ items: any[] }>(`${PUB_KS}/${ended}/comments`)
    expect(list.items).toHaveLength(comments)
    expect(list.items.every((c) => c.answer?.kind)).toBe(true)

    const csv = await new Agent(t).get(`${PUB_KS}/${ended}/report.csv`)
    expect(csv.status).toBe(200)
    const text = await csv.text()
    // Rows end with CRLF; a letter's own line breaks stay inside its quoted cell.
    const rows = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(rows).toHaveLength(comments + 1)
    expect(rows.slice(1).map((r) => Number(r.split(';')[0]))).toEqual(report.items.map((i: any) => i.number))
    expect(text).toContain('PN-EN 16630')
    const pdf = await new Agent(t).get(`${PUB_KS}/${ended}/report.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toMatch(/application\/pdf/)
    const read = await readPdf(new Uint8Array(await pdf.arrayBuffer()))
    expect(read.lang).toMatch(/^pl/)
    const words = read.text.replace(/\s+/g, ' ')
    expect(words).toContain('Regulamin korzystania z placów zabaw')
    expect(words).toContain('PN-EN 16630')
  })

  it('lists three verified organisations in the JST’s directory', async () => {
    const page = await get<{ items: { verified: boolean; registerNumber: string }[]; total: number }>(
      '/api/v1/jst/gmina-przykladowa/organizations',
    )
    expect(page.total).toBe(3)
    expect(page.items.every((o) => o.verified)).toBe(true)
    expect(page.items.map((o) => o.registerNumber).sort()).toEqual(['0000000001', '0000000002', '0000000003'])
  })

  it('adds nothing on a second run', async () => {
    const again = await seedModules(
      modules.filter((m) => m.name === 'consultations'),
      t.db,
      config(),
    )
    expect(again(ORIGIN)).toBe('')
    expect((await get<{ items: unknown[] }>(PUB_KS)).items).toHaveLength(2)
    const open = await numberOf('open')
    expect((await get<{ items: unknown[] }>(`${PUB_KS}/${open}/comments`)).items).toHaveLength(
      PROGRAMME_COMMENTS.length,
    )
    expect((await get<{ items: unknown[] }>(`${PUB_KS}/${open}/meetings`)).items).toHaveLength(1)
    expect((await get<{ total: number }>('/api/v1/jst/gmina-przykladowa/organizations')).total).toBe(3)
  })

  it('seeds the drafts of the fixtures word for word', () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../../worker/consultations/domain/fixtures/${name}`, import.meta.url), 'utf8')
    expect(PROGRAMME_V1).toBe(fixture('program-wspolpracy.md'))
    expect(PROGRAMME_V2).toBe(fixture('program-wspolpracy-v2.md'))
  })
})
