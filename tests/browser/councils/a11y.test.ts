import { createClient, type Client } from '@libsql/client'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { wrapDb } from '../../../worker/core/db/client'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { addDays } from '../../../worker/councils/domain/dates'
import type { TestApp } from '../../support/api'
import { baseUrl, checkA11y, lastEmailTo, launch, login, open, screenshot, SLUG, visit } from '../../support/browser'
import { memberNames, seedBody, seedMembers, type SeededMember } from '../../support/councils'
import { publishedConsultation } from '../consultations/helpers'
import { closeDb, fitsWidth, staff, type StaffApi } from '../budget/voting-helpers'

/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) on every page of the councils module, at desktop width and at 320 px, where
 * no page may scroll sideways nor hold a table wider than the screen: the residents' pages, the members' space
 * (signed in by the key in the `#klucz=` link) and the staff panel, each with data in it, and the empty and error
 * states a person meets (a body with nobody in it yet, an unknown body, a link without its secret).
 */

const widths = [1280, 320] as const
const stamp = Date.now().toString(36)
const today = warsawDate(new Date()).date
const bornYearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`
const callDays = {
  opensOn: today,
  deadline: addDays(today, 10),
  electionDay: addDays(today, 20),
  termStart: '2026-01-01',
}

let browser: Browser
let client: Client
let coordinator: StaffApi
let anonymous: BrowserContext
let admin: BrowserContext
let members: SeededMember[] = []
/** Addresses found while arranging the data. */
const at = {
  rdpp: '',
  empty: '',
  application: 0,
  call: 0,
  youth: '',
  youthCall: 0,
  guardian: '',
  candidacy: '',
  adopted: '',
  open: '',
}

/** A member's call of the members' API from Node, with the key as `Authorization: Bearer`. */
async function asMember(m: SeededMember, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/rady/${at.rdpp}/czlonek${path}`, {
    method,
    headers: { Authorization: `Bearer ${m.key}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json().catch(() => null)) as any
  expect(response.status, `${method} ${path}: ${JSON.stringify(json)}`).toBeLessThan(300)
  return json
}

beforeAll(async () => {
  browser = await launch()
  client = createClient({ url: `file:${inject('dbFile')}` })
  const t = { db: wrapDb(client) } as TestApp
  coordinator = await staff('koordynator')

  // An RDPP with six members (enough for the quorum of its 12 seats), a meeting, an opinion adopted by a named vote,
  // a resolution still open for the vote and an inquiry; a rada seniorów with nobody in it yet.
  const rdpp = await seedBody(t, 'rdpp', { slug: `rdpp-a11y-${stamp}`, name: `Rada Pożytku A11y ${stamp}` })
  at.rdpp = rdpp.slug
  members = await seedMembers(
    t,
    rdpp,
    memberNames(6).map((m) => ({ ...m, seatCategory: 'ngo', represents: 'Stowarzyszenie Przykładowe' })),
  )
  at.empty = (
    await seedBody(t, 'rada_seniorow', { slug: `seniorzy-a11y-${stamp}`, name: `Rada Seniorów A11y ${stamp}` })
  ).slug
  const staffBody = `/jst/${SLUG}/staff/rady/${at.rdpp}`
  const meeting = await coordinator.post(`${staffBody}/posiedzenia`, {
    startsAt: `${today}T00:05`,
    place: 'Urząd Gminy, sala 5',
    agenda: '1. Program współpracy na 2027 rok.',
  })
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201)
  const request = await coordinator.post(`${staffBody}/opinie`, {
    subject: 'projekt_uchwaly',
    title: 'Projekt uchwały o zasadach przyznawania małych grantów',
    consultationNumber: (await publishedConsultation(coordinator, { title: `Małe granty ${stamp}` }, { draft: true }))
      .number,
  })
  expect(request.status, JSON.stringify(request.body)).toBe(201)
  const inquiry = await coordinator.post(`${staffBody}/zapytania`, {
    title: 'Dostępność lokali dla organizacji',
    text: 'Rada prosi o wykaz lokali gminy, które organizacje mogą wynajmować na preferencyjnych zasadach.',
    deliveredOn: today,
  })
  expect(inquiry.status, JSON.stringify(inquiry.body)).toBe(201)
  const [chair] = members
  const opinion = await asMember(chair!, 'POST', '/opinie/1/uchwala', {
    title: 'Opinia o projekcie uchwały o małych grantach',
    text: 'Rada pozytywnie opiniuje projekt i proponuje uprościć sprawozdania z małych grantów.',
  })
  at.adopted = opinion.id
  for (const m of members) await asMember(m, 'PUT', `/uchwaly/${at.adopted}/glos`, { option: 'za' })
  await asMember(chair!, 'POST', `/uchwaly/${at.adopted}/zamkniecie`, {})
  const proposed = await asMember(members[1]!, 'POST', '/uchwaly', {
    kind: 'wniosek',
    title: 'Wniosek o dyżury urzędnika dla organizacji',
    text: 'Rada wnosi o comiesięczne dyżury urzędnika do spraw współpracy z organizacjami pozarządowymi.',
  })
  at.open = proposed.id
  await asMember(members[2]!, 'PUT', `/uchwaly/${at.open}/glos`, { option: 'przeciw' })

  // A seniors' petition, a call for the RDPP's NGO seats, and a youth council's call with a 15-year-old registered.
  const petitioner = `seniorzy.a11y.${stamp}@example.pl`
  const petition = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/rady/wnioski`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      applicantKind: 'mieszkancy',
      bodyKind: 'rada_seniorow',
      title: `Rada seniorów ${stamp}`,
      justification: 'Seniorzy chcą mieć głos w sprawach gminy.',
      contactEmail: petitioner,
    }),
  })
  expect(petition.status, await petition.clone().text()).toBe(201)
  at.application = ((await petition.json()) as { number: number }).number
  const confirmation = /#potwierdzenie=([0-9a-f]{64})/.exec((await lastEmailTo(petitioner)).text)![1]
  const confirmed = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/rady/wnioski/${at.application}/potwierdzenie`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: confirmation }),
  })
  expect(confirmed.status, await confirmed.clone().text()).toBeLessThan(300)
  const call = await coordinator.post(`${staffBody}/nabory`, {
    seatCategory: 'ngo',
    title: 'Nabór przedstawicieli organizacji do RDPP',
    ...callDays,
  })
  expect(call.status, JSON.stringify(call.body)).toBe(201)
  at.call = call.body.number
  at.youth = (
    await seedBody(t, 'mlodziezowa_rada', { slug: `mrg-a11y-${stamp}`, name: `Młodzieżowa Rada ${stamp}` })
  ).slug
  const youthCall = await coordinator.post(`/jst/${SLUG}/staff/rady/${at.youth}/nabory`, {
    seatCategory: 'radni',
    title: 'Wybory do Młodzieżowej Rady Gminy',
    ...callDays,
  })
  expect(youthCall.status, JSON.stringify(youthCall.body)).toBe(201)
  at.youthCall = youthCall.body.number
  // an election running on the youth call (announced by staff after a published list; written here, the staff's
  // side has its own journey), and the RDPP's call without one
  const [row] = (
    await client.execute({
      sql: 'SELECT c.id, c.tenant_id, c.body_id FROM rd_calls c JOIN tenants t ON t.id = c.tenant_id WHERE t.slug = ? AND c.number = ?',
      args: [SLUG, at.youthCall],
    })
  ).rows
  await client.execute({
    sql: "INSERT INTO rd_elections (id, tenant_id, body_id, call_id, voting_from, voting_to, votes_per_ballot, electorate, voter_min_age, voter_max_age, lots, created_at) VALUES (?, ?, ?, ?, ?, ?, 2, 'deklaracja', 13, 19, '[]', ?)",
    args: [`e-a11y-${stamp}`, row!.tenant_id, row!.body_id, row!.id, addDays(today, -1), addDays(today, 5), Date.now()],
  })
  const candidate = `julia.a11y.${stamp}@rady.example`
  const guardian = `opiekun.a11y.${stamp}@rady.example`
  const registered = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/rady/nabory/${at.youthCall}/kandydatury`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Julia Piętnastolatka',
      email: candidate,
      birthDate: bornYearsBefore(callDays.electionDay, 15),
      resident: true,
      constituency: 'sp1',
      school: 'sp1',
      consentToStand: true,
      guardianEmail: guardian,
    }),
  })
  expect(registered.status, await registered.clone().text()).toBe(201)
  const local = (text: string, pattern: RegExp) => pattern.exec(text)![1]!.replace(/^https?:\/\/[^/]+/, '')
  at.guardian = local((await lastEmailTo(guardian)).text, /(\S*\/rady\/zgoda#t=[\w-]+)/)
  at.candidacy = local((await lastEmailTo(candidate)).text, /(\S*\/rady\/kandydatura#klucz=[\w-]+)/)

  anonymous = (await open(browser)).context
  const a = await open(browser)
  admin = a.context
  await login(a.page, 'admin')
})

afterAll(async () => {
  await browser?.close()
  client?.close()
  closeDb()
})

/** Both widths: axe-core finds nothing, and nothing is wider than the screen. */
async function check(context: BrowserContext, name: string, path: string, heading: RegExp, shot = false) {
  const page = await context.newPage()
  try {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 })
      await visit(page, path)
      expect(await page.locator('h1').first().textContent(), `${name}: its heading`).toMatch(heading)
      await checkA11y(page, `${name} (${path}) at ${width} px`)
      await fitsWidth(page, `${name} at ${width} px`)
      if (shot) await screenshot(page, `rd-a11y-${name.replace(/\W+/g, '-')}-${width}`)
    }
  } finally {
    await page.close()
  }
}

const r = (path: string) => `/${SLUG}/rady${path}`
const p = (path: string) => `/panel/${SLUG}/rady${path}`

/** `[name, address, the page's heading]`: the heading says the page shows what it should, not an error. */
const publicPages: [string, () => string, RegExp][] = [
  ['bodies', () => r(''), /^Rady$/],
  ['body page (members, meetings, resolutions, opinions, inquiries)', () => r(`/${at.rdpp}`), /^Rada Pożytku A11y/],
  ['body page, nobody in it yet', () => r(`/${at.empty}`), /^Rada Seniorów A11y/],
  ['unknown body', () => r('/nie-ma-takiej-rady'), /^Nie znaleziono strony$/],
  ['open data', () => r('/dane'), /^Otwarte dane rad$/],
  ['applications', () => r('/wnioski'), /^Wnioski o utworzenie rad$/],
  ['an application', () => r(`/wnioski/${at.application}`), /^Rada seniorów /],
  ['unknown application', () => r('/wnioski/999999'), /^Nie znaleziono strony$/],
  ['NGOs’ joint application', () => r('/wnioski/organizacje'), /^Wniosek organizacji o utworzenie rady$/],
  ['an RDPP call', () => r(`/nabory/${at.call}`), /^Nabór przedstawicieli organizacji do RDPP$/],
  ['a youth council call', () => r(`/nabory/${at.youthCall}`), /^Wybory do Młodzieżowej Rady Gminy$/],
  ['unknown call', () => r('/nabory/999999'), /^Nie znaleziono strony$/],
  [
    'an election, voting',
    () => r(`/nabory/${at.youthCall}/wybory`),
    /^Wybory: Młodzieżowa Rada \w+ — radni młodzieżowi$/,
  ],
  ['a call without an election', () => r(`/nabory/${at.call}/wybory`), /^Nie znaleziono strony$/],
  ['guardian’s consent', () => at.guardian, /^Zgoda rodzica lub opiekuna na kandydowanie$/],
  ['guardian’s page without the link’s secret', () => r('/zgoda'), /^Zgoda rodzica lub opiekuna na kandydowanie$/],
  ['candidacy', () => at.candidacy, /^Twoja kandydatura$/],
  ['candidacy without the link’s secret', () => r('/kandydatura'), /^Twoja kandydatura$/],
  ['members’ space without a key', () => r(`/${at.empty}/czlonek`), /^Przestrzeń członków rady$/],
]

const memberPages: [string, () => string, RegExp][] = [
  ['members’ space', () => r(`/${at.rdpp}/czlonek`), /^Przestrzeń członków: Rada Pożytku A11y/],
  [
    'opinion request',
    () => r(`/${at.rdpp}/czlonek/opinie/1`),
    /^Projekt uchwały o zasadach przyznawania małych grantów$/,
  ],
  [
    'resolution adopted',
    () => r(`/${at.rdpp}/czlonek/uchwaly/${at.adopted}`),
    /^Opinia o projekcie uchwały o małych grantach$/,
  ],
  [
    'resolution open for the vote',
    () => r(`/${at.rdpp}/czlonek/uchwaly/${at.open}`),
    /^Wniosek o dyżury urzędnika dla organizacji$/,
  ],
  ['unknown opinion request', () => r(`/${at.rdpp}/czlonek/opinie/999`), /^Prośba o opinię$/],
]

const panelPages: [string, () => string, RegExp][] = [
  ['bodies', () => p(''), /^Rady$/],
  ['a body with the statute editor', () => p(`/${at.rdpp}`), /^Rada Pożytku A11y/],
  ['an empty body', () => p(`/${at.empty}`), /^Rada Seniorów A11y/],
  ['applications', () => p('/wnioski'), /^Wnioski o utworzenie rad$/],
  ['an application', () => p(`/wnioski/${at.application}`), /^Rada seniorów /],
  ['calls', () => p(`/${at.rdpp}/nabory`), /^Nabory kandydatów$/],
  ['calls, none yet', () => p(`/${at.empty}/nabory`), /^Nabory kandydatów$/],
  ['calls with an election', () => p(`/${at.youth}/nabory`), /^Nabory kandydatów$/],
  ['members', () => p(`/${at.rdpp}/czlonkowie`), /^Członkowie rady$/],
  ['members, none yet', () => p(`/${at.empty}/czlonkowie`), /^Członkowie rady$/],
  ['meetings', () => p(`/${at.rdpp}/posiedzenia`), /^Posiedzenia rady$/],
  ['meetings, none yet', () => p(`/${at.empty}/posiedzenia`), /^Posiedzenia rady$/],
  ['opinion requests', () => p(`/${at.rdpp}/opinie`), /^Prośby o opinię$/],
  ['opinion requests, none yet', () => p(`/${at.empty}/opinie`), /^Prośby o opinię$/],
  ['inquiries', () => p(`/${at.rdpp}/zapytania`), /^Zapytania i wnioski — Rada Pożytku A11y/],
  ['inquiries, none yet', () => p(`/${at.empty}/zapytania`), /^Zapytania i wnioski — Rada Seniorów A11y/],
  ['unknown body', () => p('/nie-ma-takiej-rady'), /^nie-ma-takiej-rady$/],
]

describe('councils: accessibility (axe-core, WCAG 2.1 A/AA) and 320 px reflow', () => {
  for (const [name, path, heading] of publicPages) {
    it(`public: ${name}`, async () => {
      await check(
        anonymous,
        name,
        path(),
        heading,
        name === 'body page (members, meetings, resolutions, opinions, inquiries)',
      )
    })
  }

  it('members: the space, an opinion request and resolutions, signed in by the #klucz= link', async () => {
    const { context, page } = await open(browser)
    try {
      // the chair: the open resolution shows the close-and-count part too
      await visit(page, `${r(`/${at.rdpp}/czlonek`)}#klucz=${members[0]!.key}`)
      expect(new URL(page.url()).hash).toBe('')
      for (const [name, path, heading] of memberPages) await check(context, `members: ${name}`, path(), heading)
    } finally {
      await context.close()
    }
  })

  for (const [name, path, heading] of panelPages) {
    it(`panel: ${name}`, async () => {
      await check(admin, `panel: ${name}`, path(), heading, name === 'a body with the statute editor')
    })
  }

  it('English: the body page and the members’ panel', async () => {
    const page = await admin.newPage()
    try {
      await visit(page, r(`/${at.rdpp}`))
      await page.getByRole('button', { name: 'English' }).click()
      await page.waitForFunction(() => document.documentElement.lang === 'en')
      await checkA11y(page, 'body page in English')
      await visit(page, p(`/${at.rdpp}/czlonkowie`))
      await checkA11y(page, 'panel members in English')
      await page.getByRole('button', { name: 'Polski' }).click()
      await page.waitForFunction(() => document.documentElement.lang === 'pl')
    } finally {
      await page.close()
    }
  })
})
