import { randomBytes } from 'node:crypto'
import { createClient, type Client } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addDays } from '../../../worker/consultations/domain/presets'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { baseUrl, checkA11y, launch, login, open, settled, SLUG, visit, type OutboxItem } from '../../support/browser'
import { closeDb, fitsWidth, focused, tabTo } from '../budget/voting-helpers'

/**
 * The acceptance journey of outreach: the koordynator launches a programme of cooperation from its preset in the
 * panel, lists the RDPP on the "Zasięg i opinie" page with the keyboard alone, publishes — and exactly the matching
 * organisations of the directory (by area of public tasks and JST; not an unconfirmed one, not one of another area)
 * get their personal invitation, the RDPP its request, and the page counts them per channel. Then a resident
 * subscribes to the JST's consultations from the consultation's page and confirms from the e-mailed link. 360 px,
 * axe-core clean.
 */
let browser: Browser
let db: Client
const run = randomBytes(3).toString('hex')
const title = `Program współpracy — test zasięgu ${run}`
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const orgs: Record<'verified' | 'pending' | 'unconfirmed' | 'otherArea', string> = {
  verified: '',
  pending: '',
  unconfirmed: '',
  otherArea: '',
}

async function addOrganization(name: string, status: string, areas: string[]): Promise<string> {
  const id = randomBytes(16).toString('base64url')
  const email = `ngo-${run}-${status}-${areas[0]}@ngo.example`
  const now = Date.now()
  await db.execute({
    sql: `INSERT INTO organizations (id, name, search_text, legal_form, register, register_key, register_number, areas,
            status, contact_email, representative_name, lang, last_active_at, created_at, updated_at)
          VALUES (?, ?, ?, 'stowarzyszenie', 'krs', 'krs', ?, ?, ?, ?, 'Jan Przedstawiciel', 'pl', ?, ?, ?)`,
    args: [
      id,
      name,
      name.toLowerCase(),
      String(8_000_000_000 + Math.floor(Math.random() * 999_999_999)).padStart(10, '0'),
      JSON.stringify(areas),
      status,
      email,
      now,
      now,
      now,
    ],
  })
  await db.execute({
    sql: `INSERT INTO organization_tenants (organization_id, tenant_id) SELECT ?, id FROM tenants WHERE slug = ?`,
    args: [id, SLUG],
  })
  return email
}

async function outbox(): Promise<OutboxItem[]> {
  const response = await fetch(`${baseUrl()}/api/v1/dev/outbox`)
  return ((await response.json()) as { items: OutboxItem[] }).items
}

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  orgs.verified = await addOrganization(`Stowarzyszenie Pomocy ${run}`, 'verified', ['pomoc-spoleczna'])
  orgs.pending = await addOrganization(`Fundacja Aktywizacji ${run}`, 'pending', ['zatrudnienie'])
  orgs.unconfirmed = await addOrganization(`Fundacja Niepotwierdzona ${run}`, 'unconfirmed', ['pomoc-spoleczna'])
  orgs.otherArea = await addOrganization(`Klub Sportowy ${run}`, 'verified', ['kultura-fizyczna'])
})

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

describe('outreach on launch', () => {
  it('the koordynator launches a programme of cooperation and exactly the matching NGOs are invited', async () => {
    const { page, context, problems } = await open(browser, phone)
    await login(page, 'koordynator')

    // From the preset, in the panel.
    await visit(page, `/panel/${SLUG}/konsultacje`)
    await page.getByRole('radio', { name: /Program współpracy/ }).check()
    await page.getByLabel('Tytuł').fill(title)
    await page.getByRole('button', { name: 'Utwórz szkic konsultacji' }).click()
    await page.waitForURL((url) => /^\/panel\/gmina-przykladowa\/konsultacje\/\d+$/.test(url.pathname))
    await settled(page)
    const number = Number(new URL(page.url()).pathname.split('/').pop())

    // The act's text is the office's own (typed here through the API); what matters below is who hears of it.
    const coordinator = await koordynatorApi()
    const current = await coordinator('GET', `/jst/${SLUG}/staff/konsultacje/${number}`)
    const today = warsawDate(new Date()).date
    const patched = await coordinator('PATCH', `/jst/${SLUG}/staff/konsultacje/${number}`, {
      version: (current.body as { version: number }).version,
      subject: 'Projekt uchwały w sprawie rocznego programu współpracy z organizacjami pozarządowymi',
      purpose: 'Poznanie opinii organizacji o projekcie programu',
      startDate: addDays(today, 2),
      endDate: addDays(today, 11),
      participants: 'Organizacje pozarządowe działające na terenie gminy',
      area: 'Cała gmina',
      forms: ['written'],
      responsibleUnit: 'Referat Współpracy z Organizacjami',
      resultsForm: 'Sprawozdanie na platformie i w BIP',
      audience: 'ngos',
      publicTaskAreas: ['pomoc-spoleczna', 'zatrudnienie'],
      programmeYear: Number(today.slice(0, 4)) + 1,
    })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)

    // The RDPP is listed before publishing, from the "Zasięg i opinie" page, by keyboard alone.
    await visit(page, `/panel/${SLUG}/konsultacje/${number}/zasieg`)
    await checkA11y(page, 'zasięg (szkic)')
    await page.getByRole('heading', { name: 'Dodaj organ doradczy' }).scrollIntoViewIfNeeded()
    await page.getByLabel('Nazwa organu').focus()
    await page.keyboard.type('Rada Działalności Pożytku Publicznego')
    await page.keyboard.press('Tab')
    await page.keyboard.type(`rdpp-${run}@gmina-przykladowa.example`)
    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toMatch(/Opinia jest obowiązkowa/)
    await page.keyboard.press('Space')
    await tabTo(page, 'Dodaj organ')
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: 'Dodano: Rada Działalności Pożytku Publicznego' }).waitFor()
    await page.getByRole('heading', { name: 'Rada Działalności Pożytku Publicznego', level: 3 }).waitFor()

    // Published from the panel's act page.
    await visit(page, `/panel/${SLUG}/konsultacje/${number}`)
    await page.getByRole('button', { name: 'Ogłoś konsultacje' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Ogłoś', exact: true }).click()
    await page.getByText('Ogłoszono konsultacje.').first().waitFor({ timeout: 15_000 })

    const items = await outbox()
    const to = (address: string) => items.filter((m) => m.to === address)
    expect(to(orgs.verified)).toHaveLength(1)
    expect(to(orgs.verified)[0]!.subject).toBe(`Zaproszenie do konsultacji: ${title}`)
    expect(to(orgs.pending)).toHaveLength(1)
    expect(to(orgs.unconfirmed)).toHaveLength(0)
    expect(to(orgs.otherArea)).toHaveLength(0)
    expect(to(`rdpp-${run}@gmina-przykladowa.example`).map((m) => m.subject)).toEqual([`Prośba o opinię: ${title}`])

    // The panel counts them per channel, and the RDPP's 14 days are set.
    await visit(page, `/panel/${SLUG}/konsultacje/${number}/zasieg`)
    const counts = page.getByRole('region', { name: 'Wysłane zaproszenia według kanału' })
    await expect(rowValue(counts, 'Organizacje (e-mail, według sfer zadań)')).resolves.toBe('2')
    await expect(rowValue(counts, 'Organy doradcze (prośba o opinię)')).resolves.toBe('1')
    expect(await page.getByRole('main').textContent()).toMatch(/Termin na opinię/)
    // The RDPP's opinion arrives: recorded with the day it came.
    const rdppCard = page.getByRole('article', { name: 'Rada Działalności Pożytku Publicznego' })
    await rdppCard.getByLabel(/Treść opinii/).fill('Rada opiniuje projekt programu pozytywnie.')
    await rdppCard.getByLabel(/Dzień otrzymania opinii/).fill(warsawDate(new Date()).date)
    await rdppCard.getByRole('button', { name: /^Zapisz opinię/ }).click()
    await page.getByRole('status').filter({ hasText: 'Zapisano: Rada Działalności Pożytku Publicznego' }).waitFor()
    await rdppCard.getByText(/^otrzymana/).waitFor()
    await checkA11y(page, 'zasięg (ogłoszone)')
    await fitsWidth(page, 'zasięg')

    // The announcement for the BIP.
    await visit(page, `/${SLUG}/konsultacje/${number}/ogloszenie`)
    await page
      .getByRole('heading', { name: 'Komórka organizacyjna odpowiedzialna za przeprowadzenie konsultacji' })
      .waitFor()
    await checkA11y(page, 'ogłoszenie')
    await fitsWidth(page, 'ogłoszenie')
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('a resident subscribes to the JST’s consultations', () => {
  it('subscribes from a consultation’s page and confirms from the e-mailed link', async () => {
    const { page, context, problems } = await open(browser, phone)
    const coordinator = await koordynatorApi()
    const today = warsawDate(new Date()).date
    const created = await coordinator('POST', `/jst/${SLUG}/staff/konsultacje`, {
      preset: 'inne',
      title: `Konsultacje regulaminu targowiska ${run}`,
      subject: 'Projekt regulaminu targowiska miejskiego',
      purpose: 'Poznanie opinii mieszkańców',
      startDate: addDays(today, 3),
      endDate: addDays(today, 16),
      participants: 'Mieszkańcy gminy',
      area: 'Cała gmina',
      forms: ['written'],
      responsibleUnit: 'Referat Gospodarki Komunalnej',
      resultsForm: 'Raport na platformie',
      councilResolution: 'uchwała nr XII/123/2026 Rady Gminy Przykładowo',
      audience: 'residents',
    })
    const c = created.body as { number: number; version: number }
    const published = await coordinator('POST', `/jst/${SLUG}/staff/konsultacje/${c.number}/publish`, {
      version: c.version,
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    await visit(page, `/${SLUG}/konsultacje/${c.number}`)
    await page.getByRole('link', { name: 'Powiadamiaj mnie o nowych konsultacjach' }).click()
    await page.waitForURL(`**/${SLUG}/konsultacje/subskrypcja/zapis`)
    await settled(page)
    await checkA11y(page, 'subskrypcja')
    const email = `mieszkaniec-${run}@example.com`
    await page.getByLabel('Adres e-mail').fill(email)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Sprawdź skrzynkę e-mail' }).waitFor()
    const mail = (await outbox()).find((m) => m.to === email)
    expect(mail?.subject).toMatch(/^Potwierdź zapis/)
    const link = new URL(/https?:\/\/\S+subskrypcja\/potwierdz#t=\S+/.exec(mail!.text)![0])
    await page.goto(`${link.pathname}${link.hash}`)
    await page.getByRole('heading', { name: 'Zapis potwierdzony' }).waitFor()
    expect(new URL(page.url()).hash).toBe('')
    await checkA11y(page, 'potwierdzenie subskrypcji')
    await fitsWidth(page, 'potwierdzenie subskrypcji')
    expect(problems).toEqual([])
    await context.close()
  })
})

/** The number in a counts table's row named `label`. */
async function rowValue(region: ReturnType<import('playwright-core').Page['getByRole']>, label: string) {
  const row = region.getByRole('row').filter({ has: region.page().getByRole('rowheader', { name: label }) })
  return ((await row.getByRole('cell').textContent()) ?? '').trim()
}

/** The koordynator's API from Node, with a cookie session of its own (paths below `/api/v1`). */
async function koordynatorApi() {
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'koordynator@gmina-przykladowa.example', password: inject('demoPassword') }),
  })
  expect(login.status).toBe(200)
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl()}/api/v1${path}`, {
      method,
      headers: {
        Cookie: cookie,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as unknown }
  }
}
