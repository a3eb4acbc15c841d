import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { authorRequest, budgetBrowser, createProject, editionBody, freeYear, submitProject } from './helpers'
import {
  ACCOUNTS,
  baseUrl,
  checkA11y,
  demoPassword,
  horizontalOverflow,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  TENANT_NAME,
  visit,
  type AccountRole,
} from '../../support/browser'
import { staff } from './voting-helpers'

/**
 * The official's side of the panel. A koordynator signs in and lands in the JST's panel (one JST: no unit to choose)
 * with "Czeka na Ciebie": projects without a verifier and a paper card keyed in by someone else, each a working link,
 * and the coming phase changes. The projects table fits 1280 px with every column, finds a project by search and
 * sorts by a column header (aria-sort). A weryfikator opens the scanned paper support list of a project assigned to
 * them, sees only the formal criteria at the formal stage, the rolling-assessment notice, and on a project nobody
 * was assigned to, that nobody was. axe-core on every page; the table and the overview at 360 px do not scroll the page.
 */
const suite = budgetBrowser()
let year: number

/** Titles and costs (grosze) of the edition's projects; `scan` comes with a scanned paper support list. */
const P = {
  big: ['Nowe chodniki na Osiedlu Północ', 14_999_999],
  small: ['Stojaki na rowery przy szkole', 600_000],
  mid: ['Łąka kwietna przy bibliotece', 2_500_000],
  lit: ['Oświetlenie boiska przy ul. Klonowej', 5_000_000],
  scan: ['Ławki przy stawie z listą podpisów', 1_000_000],
} as const
type Key = keyof typeof P
const ids = {} as Record<Key, string>
const fields = (key: Key) => ({ title: P[key][0], costItems: [{ name: 'Całość prac', amount: P[key][1] }] })

/** A project whose author attaches a scanned paper support list before submitting it. */
async function submitWithScan(poolId: string): Promise<string> {
  const { id, token } = await createProject(year, poolId, fields('scan'))
  const form = new FormData()
  form.append(
    'file',
    new File([new TextEncoder().encode('%PDF-1.4 skan listy poparcia')], 'lista-poparcia.pdf', {
      type: 'application/pdf',
    }),
  )
  form.append('kind', 'support-list')
  form.append('paperSupporters', '3')
  const upload = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}/projects/${id}/attachments`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  })
  expect(upload.status, await upload.text()).toBe(201)
  const support = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}/projects/${id}/supports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Jan Stawowy', address: 'ul. Stawowa 2', residenceDeclared: true }),
  })
  expect(support.status, await support.text()).toBe(201)
  const done = await authorRequest('POST', year, `/${id}/submit`, token)
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  return id
}

/** Signs in through the form and expects to land in the JST's panel, not on the list of units. */
async function signIn(page: Page, role: AccountRole): Promise<void> {
  await visit(page, '/panel/logowanie')
  await page.getByLabel('Adres e-mail').fill(ACCOUNTS[role])
  await page.getByLabel('Hasło', { exact: true }).fill(demoPassword())
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await page.waitForURL((url) => url.pathname === `/panel/${SLUG}`)
  await settled(page)
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Panel: ${TENANT_NAME}`)
}

/** Project titles in the panel table, top to bottom. */
const rowTitles = (page: Page) => page.locator('.bo-staff-table tbody th a').allTextContents()

async function at360(page: Page, label: string) {
  await page.setViewportSize({ width: 360, height: 800 })
  await settled(page)
  await screenshot(page, `panel-work-${label.replace(/\W+/g, '-')}-360`)
  await checkA11y(page, `${label} at 360 px`)
  const { scrollWidth, clientWidth } = await horizontalOverflow(page)
  expect(scrollWidth, `${label} scrolls horizontally at 360 px`).toBeLessThanOrEqual(clientWidth)
  await page.setViewportSize({ width: 1280, height: 900 })
  await settled(page)
}

beforeAll(async () => {
  const coordinator = await staff('koordynator')
  year = await freeYear()
  const created = await coordinator.post(`/jst/${SLUG}/staff/bo/editions`, editionBody(year))
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  suite.years.push(year)
  const area = (created.body.pools as { id: string }[])[1]!.id
  for (const key of ['big', 'small', 'mid', 'lit'] as const)
    ids[key] = (await submitProject(year, area, fields(key))).id
  ids.scan = await submitWithScan(area)
  const list = await coordinator.get(`/jst/${SLUG}/staff/bo/${year}/projects`)
  const verifierId = (list.body.verifiers as { id: string; role: string }[]).find((v) => v.role === 'weryfikator')!.id
  for (const key of ['lit', 'scan'] as const)
    expect(
      (await coordinator.post(`/jst/${SLUG}/staff/bo/${year}/projects/${ids[key]}/assign`, { verifierId })).status,
    ).toBe(200)
  // A paper card keyed in by the weryfikator waits for a second person: the koordynator.
  const verifier = await staff('weryfikator')
  const card = await verifier.post(`/jst/${SLUG}/staff/bo/${year}/paper-cards`, {
    cardNumber: 'P-7',
    choices: {},
    identity: { firstName: 'Jan', lastName: 'Nowak', address: 'ul. Polna 1', residenceDeclared: true },
    flags: {},
  })
  expect(card.status, JSON.stringify(card.body)).toBe(201)
})

describe('the official’s side of the panel', () => {
  it('a koordynator lands in the JST panel and finds what waits for them, with working links and the coming deadlines', async () => {
    const { page, context, problems } = await open(suite.browser)
    await signIn(page, 'koordynator')
    const waiting = page.getByRole('region', { name: 'Czeka na Ciebie' })
    const work = waiting.getByRole('list', { name: `Budżet obywatelski ${year}` })
    await work.waitFor()
    expect(await work.getByRole('link', { name: 'Projekty bez weryfikatora: 3' }).count()).toBe(1)
    expect(await work.getByRole('link', { name: 'Papierowe karty do potwierdzenia: 1' }).count()).toBe(1)
    const deadlines = ((await page.getByRole('region', { name: 'Najbliższe terminy' }).textContent()) ?? '').replace(
      /\s+/g,
      ' ',
    )
    expect(deadlines).toContain(`Budżet obywatelski ${year}`)
    expect(deadlines).toContain('Zgłaszanie projektów')
    expect(deadlines).toContain('Ocena formalna i merytoryczna')
    await checkA11y(page, 'JST panel with work waiting')
    await screenshot(page, 'panel-work-overview')
    await at360(page, 'JST panel with work waiting')

    await work.getByRole('link', { name: 'Projekty bez weryfikatora: 3' }).click()
    await page.waitForURL(
      (url) => url.pathname === `/panel/${SLUG}/bo/${year}` && url.searchParams.get('weryfikator') === 'brak',
    )
    await settled(page)
    expect((await rowTitles(page)).sort()).toEqual([P.big[0], P.mid[0], P.small[0]].sort())
    expect(await page.getByLabel('Weryfikator', { exact: true }).inputValue()).toBe('brak')

    await page.goBack()
    await settled(page)
    await page
      .getByRole('region', { name: 'Czeka na Ciebie' })
      .getByRole('list', { name: `Budżet obywatelski ${year}` })
      .getByRole('link', { name: 'Papierowe karty do potwierdzenia: 1' })
      .click()
    await page.waitForURL(`**/panel/${SLUG}/bo/${year}/karty`)
    await settled(page)
    expect(await pageText(page, 'h1')).toContain('Papierowe karty')
    expect(problems).toEqual([])
    await context.close()
  })

  it('the projects table fits 1280 px with the cost column, finds a project by search and sorts by a column header', async () => {
    const { page, context, problems } = await open(suite.browser)
    await signIn(page, 'koordynator')
    await visit(page, `/panel/${SLUG}/bo/${year}`)
    const table = page.getByRole('table', { name: `Zgłoszone projekty w edycji ${year}` })
    await table.waitFor()
    const cost = table.getByRole('columnheader', { name: /Koszt/ })
    const box = (await cost.boundingBox())!
    expect(box.x + box.width, 'the cost column is inside the window').toBeLessThanOrEqual(1280)
    const fits = await page.evaluate(() =>
      [...document.querySelectorAll('.table-wrap')].every((el) => el.scrollWidth <= el.clientWidth + 1),
    )
    expect(fits, 'the table needs no scrolling at 1280 px').toBe(true)
    expect(await rowTitles(page)).toHaveLength(5)

    const search = page.getByRole('searchbox', { name: /Szukaj/ })
    await search.fill('stojaki')
    await expect.poll(() => rowTitles(page)).toEqual([P.small[0]])
    expect(await page.getByRole('status').filter({ hasText: 'Pokazano 1 z 5 projektów' }).count()).toBe(1)
    await search.fill('')
    await expect.poll(async () => (await rowTitles(page)).length).toBe(5)

    const byCost = [...(Object.keys(P) as Key[])].sort((a, b) => P[a][1] - P[b][1]).map((k) => P[k][0])
    await cost.getByRole('button').click()
    await expect.poll(() => cost.getAttribute('aria-sort')).toBe('ascending')
    expect(await rowTitles(page)).toEqual(byCost)
    expect(await table.getByRole('columnheader', { name: /Nr/ }).getAttribute('aria-sort')).toBeNull()
    await cost.getByRole('button').click()
    await expect.poll(() => cost.getAttribute('aria-sort')).toBe('descending')
    expect(await rowTitles(page)).toEqual([...byCost].reverse())
    await checkA11y(page, 'projects table sorted by cost')
    await screenshot(page, 'panel-work-table-1280')
    await at360(page, 'projects table')
    expect(problems).toEqual([])
    await context.close()
  })

  it('a weryfikator opens the support list scan, assesses with the formal criteria only, and learns when nobody is assigned', async () => {
    const { page, context, problems } = await open(suite.browser)
    await signIn(page, 'weryfikator')
    const work = page
      .getByRole('region', { name: 'Czeka na Ciebie' })
      .getByRole('list', { name: `Budżet obywatelski ${year}` })
    await work.getByRole('link', { name: 'Projekty do Twojej oceny: 2' }).click()
    await page.waitForURL((url) => url.pathname === `/panel/${SLUG}/bo/${year}`)
    await settled(page)
    expect((await rowTitles(page)).sort()).toEqual([P.lit[0], P.scan[0]].sort())

    await page.getByRole('link', { name: P.scan[0] }).click()
    await page.waitForURL(`**/panel/${SLUG}/bo/${year}/projekty/${ids.scan}`)
    await settled(page)
    expect(await pageText(page)).not.toMatch(/\bAPI\b|nie udostępnia/)
    const scans = page.getByRole('region', { name: 'Skany list poparcia' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      scans.getByRole('link', { name: 'lista-poparcia.pdf' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('lista-poparcia.pdf')
    expect(await download.failure()).toBeNull()

    const form = page.getByRole('region', { name: 'Ocena' })
    expect(await pageText(page, '.bo-assess')).toContain('Etap oceny: Ocena formalna')
    expect(await form.getByRole('checkbox', { name: 'Spełnione: Wymogi formalne' }).count()).toBe(1)
    for (const other of ['Zgodność z prawem', 'Wykonalność techniczna', 'Realność kosztorysu', 'Ogólnodostępność'])
      expect(await form.getByRole('checkbox', { name: `Spełnione: ${other}` }).count()).toBe(0)
    expect(await pageText(page, '.bo-assess')).toContain('Ocena na bieżąco')
    await checkA11y(page, 'project with a support list scan and the formal assessment form')
    await screenshot(page, 'panel-work-project')

    await visit(page, `/panel/${SLUG}/bo/${year}/projekty/${ids.big}`)
    const text = await pageText(page)
    expect(text).toContain('Nikt nie został jeszcze przypisany do oceny tego projektu.')
    expect(text).not.toContain('inny weryfikator')
    expect(await page.getByRole('button', { name: 'Zapisz ocenę' }).count()).toBe(0)
    await checkA11y(page, 'project without a verifier, seen by a weryfikator')
    expect(problems).toEqual([])
    await context.close()
  })
})
