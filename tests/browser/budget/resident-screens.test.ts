import { createClient } from '@libsql/client'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  authorRequest,
  createProject,
  editionBody,
  freeYear,
  retireEditions,
  submitProject,
  tabTo as tabForward,
} from './helpers'
import {
  ACCOUNTS,
  baseUrl,
  checkA11y,
  demoPassword,
  launch,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  visit,
} from '../../support/browser'
import {
  castViaApi,
  closeDb,
  createVotingEdition,
  endVoting,
  fitsWidth,
  focused,
  staff,
  tabTo,
  type VotingEdition,
} from './voting-helpers'

/**
 * What residents meet on the budget's public screens, on a phone first:
 * - a finished edition: winners labelled "wybrany w głosowaniu" and by their implementation stage ("zrealizowany"),
 *   the status filter offering those stages, the history in Polish words (never "selected" or "implementation");
 * - its results: projects ranked by votes (a winner with fewer votes below a project that did not fit), the outcome
 *   and its short reason on every row without opening anything, age groups youngest first with "nie podano" last,
 *   and chart labels wrapped rather than cut off at 360 px;
 * - the phone header (360 × 740): one compact row with a menu button (aria-expanded, Escape closes and returns the
 *   focus), so the first field of the submission form and the first voting step are on the first screen;
 * - the platform home and a role description naming only the modules that exist (the budget and consultations);
 * - the projects map: two projects at one address are one group marker "2 projekty w tym miejscu", whose Enter opens
 *   both projects; an edition in submission links to no results and keeps the lost-link form, a finished one the
 *   reverse; a scanned support list is named (not linked) among the attachments, as the history mentions it.
 * axe-core finds nothing on every page and state.
 */
let browser: Browser
let finished: VotingEdition
let voting: VotingEdition
let submissionYear = 0
const LONG_TITLE = 'Zielony skwer z łąką kwietną, ławkami i poidełkiem przy Szkole Podstawowej nr 1 w Przykładowie'
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true }
const SCHOOL = { lat: 52.3339, lng: 20.8868, address: 'ul. Szkolna 1, Łomianki' }
let sameA: { id: string; number: number }
let sameB: { id: string; number: number }
let apart: { id: string; number: number }
let scanned = ''

/** A PATCH with a staff member's cookie session (voting-helpers' `staff` only GETs and POSTs). */
async function staffPatch(role: 'koordynator', path: string, body: unknown): Promise<number> {
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ACCOUNTS[role], password: demoPassword() }),
  })
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const response = await fetch(`${baseUrl()}/api/v1${path}`, {
    method: 'PATCH',
    headers: { Cookie: cookie, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return response.status
}

/** Renames a project in the server's database (the voting fixture has short titles; a chart label must wrap). */
async function rename(id: string, title: string): Promise<void> {
  const client = createClient({ url: `file:${inject('dbFile')}` })
  try {
    await client.execute({ sql: 'UPDATE bo_projects SET title = ? WHERE id = ?', args: [title, id] })
  } finally {
    client.close()
  }
}

async function audit(page: Page, label: string): Promise<void> {
  await checkA11y(page, label)
  await fitsWidth(page, label)
}

beforeAll(async () => {
  browser = await launch()
  // 1. A finished edition. In the whole-JST pool (500 000 zł) B (450 000 zł, 5 votes) wins, A (400 000 zł, 3 votes)
  //    no longer fits, and C (35 000 zł, 2 votes) still does: a winner with fewer votes than a project that lost.
  finished = await createVotingEdition({}, { amounts: { OG: 50_000_000 } })
  const [a, b, c] = finished.projects.filter((p) => p.poolCode === 'OG')
  await rename(a!.id, LONG_TITLE)
  a!.title = LONG_TITLE
  const og = finished.pools.find((p) => p.code === 'OG')!.id
  const ballots: [Record<string, number>, string | undefined][] = [
    [{ [b!.id]: 1, [a!.id]: 1 }, undefined],
    [{ [b!.id]: 1, [a!.id]: 1 }, '65+'],
    [{ [b!.id]: 1, [a!.id]: 1 }, '25-34'],
    [{ [b!.id]: 1, [c!.id]: 1 }, '18-24'],
    [{ [b!.id]: 1, [c!.id]: 1 }, '45-54'],
  ]
  for (const [i, [choices, ageBand]] of ballots.entries()) {
    await castViaApi(
      finished.year,
      `mieszkaniec.${i}.${finished.year}@example.pl`,
      { [og]: choices },
      {
        firstName: `Osoba${i}`,
        lastName: 'Wynikowa',
        address: `ul. Długa ${i + 1}, Przykładowo`,
        ...(ageBand ? { ageBand } : {}),
      },
    )
  }
  await endVoting(finished.year)
  const computed = await (await staff('koordynator')).post(`/jst/${SLUG}/staff/bo/${finished.year}/results`)
  expect(computed.status, JSON.stringify(computed.body)).toBe(201)
  const published = await (await staff('admin')).post(`/jst/${SLUG}/staff/bo/${finished.year}/results/publish`)
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  expect(
    await staffPatch('koordynator', `/jst/${SLUG}/staff/bo/${finished.year}/implementation/${b!.id}`, {
      status: 'done',
    }),
  ).toBe(200)

  // 2. An edition in its voting phase (the first step of voting on a phone).
  voting = await createVotingEdition()

  // 3. An edition in its submission phase: two projects at one school, one elsewhere, one with a scanned support list.
  submissionYear = await freeYear()
  const created = await (await staff('koordynator')).post(`/jst/${SLUG}/staff/bo/editions`, editionBody(submissionYear))
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const area = (created.body.pools as { id: string }[])[1]!.id
  sameA = await submitProject(submissionYear, area, { title: 'Ławki przy szkole', ...SCHOOL })
  sameB = await submitProject(submissionYear, area, { title: 'Stojaki na rowery przy szkole', ...SCHOOL })
  apart = await submitProject(submissionYear, area, {
    title: 'Plac zabaw nad jeziorem',
    lat: 52.3556,
    lng: 20.8578,
    address: 'Jezioro Dziekanowskie',
  })
  const project = await createProject(submissionYear, area, { title: 'Łąka kwietna z listą podpisów' })
  const form = new FormData()
  form.append(
    'file',
    new File([new TextEncoder().encode('%PDF-1.4 skan listy poparcia')], 'lista-poparcia.pdf', {
      type: 'application/pdf',
    }),
  )
  form.append('kind', 'support-list')
  form.append('paperSupporters', '3')
  const upload = await fetch(
    `${baseUrl()}/api/v1/jst/${SLUG}/bo/${submissionYear}/projects/${project.id}/attachments`,
    { method: 'POST', headers: { Authorization: `Bearer ${project.token}` }, body: form },
  )
  expect(upload.status, await upload.text()).toBe(201)
  const done = await authorRequest('POST', submissionYear, `/${project.id}/submit`, project.token)
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  scanned = project.id
})

afterAll(async () => {
  await browser?.close()
  closeDb()
  await retireEditions([finished?.year, voting?.year, submissionYear].filter(Boolean))
})

describe("residents' screens", () => {
  it('labels winners by the vote and their implementation, filters by it, and tells the history in words', async () => {
    const { page } = await open(browser, PHONE)
    const base = `/${SLUG}/bo/${finished.year}`
    const [a, b, c] = finished.projects.filter((p) => p.poolCode === 'OG')
    await visit(page, `${base}/projekty`)
    const badge = async (title: string) =>
      (
        (await page
          .locator('li.bo-project-card')
          .filter({ has: page.locator('h2', { hasText: title }) })
          .locator('.bo-status')
          .textContent()) ?? ''
      ).trim()
    expect(await badge(b!.title)).toBe('zrealizowany')
    expect(await badge(c!.title)).toBe('wybrany w głosowaniu')
    expect(await badge(a!.title)).toBe('dopuszczony do głosowania')
    const options = await page.getByLabel('Status').locator('option').allTextContents()
    expect(options).toEqual(expect.arrayContaining(['wybrany w głosowaniu', 'w realizacji', 'zrealizowany']))
    expect(await pageText(page, 'label[for$="-szukaj"]')).toBe('Szukaj')
    await audit(page, 'finished edition: projects')

    await page.getByLabel('Status').selectOption({ label: 'zrealizowany' })
    await page.getByRole('button', { name: 'Pokaż projekty' }).click()
    await page.waitForURL((url) => url.searchParams.get('status') === 'done')
    await settled(page)
    expect(await page.locator('li.bo-project-card h2').allTextContents()).toEqual([`Nr ${b!.number}.${b!.title}`])
    await audit(page, 'finished edition: projects filtered by "zrealizowany"')

    await visit(page, `${base}/projekty/${b!.id}`)
    expect(await pageText(page, '.bo-project-head .bo-status')).toBe('zrealizowany')
    const history = await pageText(page, 'ol.bo-history')
    expect(history).toContain('Projekt wybrany w głosowaniu do realizacji.')
    expect(history).toContain('Realizacja: zrealizowany')
    expect(history).not.toMatch(/\b(selected|implementation)\b/)
    await audit(page, 'finished edition: a winner implemented')

    // A finished edition: no form for a lost author link, the past phases agree with any phase name.
    await visit(page, base)
    expect(await page.getByRole('heading', { name: 'Zgubiony link do projektu?' }).count()).toBe(0)
    expect(await page.locator('.bo-phase-past .bo-phase-flag').first().textContent()).toBe('etap zakończony')
    await audit(page, 'finished edition page')
    await page.context().close()
  })

  it('ranks results by votes with each outcome and reason in view, and age groups in age order', async () => {
    const { page } = await open(browser, PHONE)
    const [a, b, c] = finished.projects.filter((p) => p.poolCode === 'OG')
    await visit(page, `/${SLUG}/bo/${finished.year}/wyniki`)
    const table = page.getByRole('table', { name: 'Ogólnogminna: projekty według wyniku' })
    const rows = table.locator('tbody tr')
    expect(await rows.locator('.vt-project-title').allTextContents()).toEqual([b!.title, a!.title, c!.title])
    expect(await rows.locator('td.vt-num').first().textContent()).toBe('5')
    const outcome = async (i: number) =>
      ((await rows.nth(i).locator('td').last().textContent()) ?? '').replace(/\s+/g, ' ').trim()
    expect(await outcome(0)).toBe('wybrany')
    expect(await outcome(1)).toBe('niewybrany zabrakło pieniędzy w puli')
    expect(await outcome(2)).toBe('wybrany')
    expect(await table.locator('details').count()).toBe(0)
    for (let i = 0; i < 3; i++) expect(await rows.nth(i).locator('.vt-explain').isVisible()).toBe(true)
    expect(await pageText(page, '.vt-order-note')).toContain('od największej liczby głosów')
    const ages = await page.locator('table:has(caption:text("według wieku")) tbody th').allTextContents()
    expect(ages).toEqual(['18–24 lata', '25–34 lata', '45–54 lata', '65 lat i więcej', 'nie podano'])

    // Every chart label fits its chart (the long title wraps onto more lines instead of being cut at the edge).
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>('main .vt-chart-label')]
        .filter(
          (label) =>
            label.getComputedTextLength() >
            (label.closest('.vt-chart-svg') as SVGSVGElement).getBoundingClientRect().width,
        )
        .map((label) => label.textContent),
    )
    expect(cut).toEqual([])

    // The results CSV linked from the page states each cost as the page does, in złoty (not 100 times smaller).
    const shownCost = ((await rows.nth(0).locator('.vt-cost-inline').textContent()) ?? '')
      .replace(/[^\d,]/g, '')
      .replace(/,00$/, '')
    const csvLink = page.getByRole('link', { name: 'Wyniki wszystkich pul (CSV)' })
    const csv = await (await page.request.get((await csvLink.getAttribute('href'))!)).text()
    const header = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(';')
    const line = csv
      .split('\r\n')
      .find((l) => l.includes(b!.title))!
      .split(';')
    expect(header).toContain('koszt_zl')
    expect(line[header.indexOf('koszt_zl')]).toBe(shownCost)
    expect(Number(shownCost)).toBe(b!.cost / 100)
    await audit(page, 'results at 360 px')
    await page
      .locator('section.vt-pool-results')
      .first()
      .screenshot({ path: 'tmp/screenshots/resident-results-pool-360.png' })
    await page.context().close()
  })

  it('keeps a phone header compact with a menu button, and the first field and voting step on the first screen', async () => {
    const { page } = await open(browser, PHONE)
    await visit(page, `/${SLUG}/bo/${submissionYear}/zglos`)
    const firstField = page.locator('main').locator('input:not([type="hidden"]), select, textarea').first()
    const box = await firstField.boundingBox()
    expect(box, 'the first field of the submission form').not.toBeNull()
    expect(box!.y + box!.height).toBeLessThanOrEqual(740)
    const header = await page.locator('.site-header').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(90)
    await audit(page, 'submission form at 360 × 740')
    await screenshot(page, 'resident-submit-360')

    // The menu by keyboard: folded, opened with Enter, links reachable, Escape closes it and returns the focus.
    const button = page.getByRole('button', { name: 'Menu', exact: true })
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    expect(await page.getByRole('navigation', { name: 'Menu główne' }).isVisible()).toBe(false)
    await tabTo(page, 'Menu', 15, true)
    await page.keyboard.press('Enter')
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    const nav = page.locator(`#${await button.getAttribute('aria-controls')}`)
    expect(await nav.isVisible()).toBe(true)
    expect(await nav.getAttribute('aria-label')).toBe('Menu główne')
    await tabForward(page, 'Strona główna', 3)
    await audit(page, 'phone menu open')
    await page.keyboard.press('Escape')
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    expect(await nav.isVisible()).toBe(false)
    expect((await focused(page)).name).toBe('Menu')

    await visit(page, `/${SLUG}/bo/${voting.year}/glosuj`)
    const step = page.locator('.vt-step-heading').first()
    expect(await step.textContent()).toContain('Krok 1 z')
    const stepBox = await step.boundingBox()
    expect(stepBox!.y + stepBox!.height).toBeLessThanOrEqual(740)
    await audit(page, 'first voting step at 360 × 740')
    await page.context().close()

    // On a wide screen the menu is always there and the button is not.
    const wide = await open(browser)
    await visit(wide.page, '/')
    expect(await wide.page.getByRole('navigation', { name: 'Menu główne' }).isVisible()).toBe(true)
    expect(await wide.page.getByRole('button', { name: 'Menu', exact: true }).isVisible()).toBe(false)
    await wide.context.close()
  })

  it('names on the home page and in role descriptions only the modules that exist', async () => {
    const { page, context } = await open(browser, PHONE)
    await visit(page, '/')
    expect(await page.locator('main .feature-list li').allTextContents()).toEqual([
      'Budżet obywatelski: zgłaszanie projektów, ocena, głosowanie i jawne wyniki.',
      'Konsultacje społeczne: ogłoszenie zgodne z ustawą, projekt dokumentu w kolejnych wersjach i kanał Atom.',
      'Rady seniorów, młodzieżowe i pożytku publicznego: statut jako dane, wnioski o utworzenie, nabory, posiedzenia i opinie w ustawowych terminach.',
    ])
    await audit(page, 'platform home')
    await visit(page, '/panel/logowanie')
    await page.getByLabel('Adres e-mail').fill(ACCOUNTS.koordynator)
    await page.getByLabel('Hasło', { exact: true }).fill(demoPassword())
    await page.getByRole('button', { name: 'Zaloguj się' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/panel') && !url.pathname.startsWith('/panel/logowanie'))
    await visit(page, `/panel/${SLUG}`)
    const role = await pageText(page, 'section[aria-labelledby="role-heading"]')
    expect(role).toContain('budżet obywatelski')
    expect(role).toContain('rady seniorów, młodzieżowe i pożytku publicznego')
    await context.close()
  })

  it('groups projects at one place into one marker, and links an edition in submission only to what exists', async () => {
    const { page } = await open(browser, PHONE)
    const base = `/${SLUG}/bo/${submissionYear}`
    await visit(page, `${base}/projekty?widok=mapa`)
    const map = page.getByRole('application', { name: 'Mapa projektów' })
    const group = map.getByRole('button', { name: '2 projekty w tym miejscu' })
    await group.waitFor()
    expect(await group.count()).toBe(1)
    expect(await pageText(page, '.map-group .map-group-count')).toBe('2')
    expect(await map.getByRole('button', { name: /^Nr \d+: Ławki przy szkole$/ }).count()).toBe(0)
    expect(await map.getByRole('button', { name: `Nr ${apart.number}: Plac zabaw nad jeziorem` }).count()).toBe(1)
    await audit(page, 'projects map with a group')
    await group.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: '2 projekty w tym miejscu' })
    await dialog.waitFor()
    expect(await dialog.getByRole('link').allTextContents()).toEqual([
      `Nr ${sameA.number}.Ławki przy szkole`,
      `Nr ${sameB.number}.Stojaki na rowery przy szkole`,
    ])
    await audit(page, 'group opened')
    await screenshot(page, 'resident-map-group-360')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect((await focused(page)).name).toBe('2 projekty w tym miejscu')

    // An edition in submission: no results or receipt to link to yet; the lost-link form is there for authors.
    await visit(page, base)
    const links = await page
      .getByRole('navigation', { name: 'Projekty tej edycji' })
      .getByRole('link')
      .allTextContents()
    expect(links).not.toContain('Wyniki głosowania')
    expect(links).not.toContain('Sprawdź kod potwierdzenia głosu')
    expect(await page.getByRole('heading', { name: 'Zgubiony link do projektu?' }).count()).toBe(1)
    await audit(page, 'edition in submission')

    // The scanned support list: named (not a link) among the attachments, as the history says a file was added.
    await visit(page, `${base}/projekty/${scanned}`)
    expect(await pageText(page, 'ul.bo-files')).toContain('Skan papierowej listy poparcia — niepubliczny')
    expect(await page.locator('ul.bo-files a').count()).toBe(0)
    expect(await pageText(page, 'ol.bo-history')).toContain('Dodano załącznik')
    await audit(page, 'project with a scanned support list')
    await page.context().close()
  })
})
