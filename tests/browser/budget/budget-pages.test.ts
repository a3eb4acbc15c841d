import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  baseUrl,
  checkA11y,
  horizontalOverflow,
  launch,
  login,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  visit,
} from '../../support/browser'
import { authorRequest, createEdition, createProject, emailMatching, linkIn, retireEditions } from './helpers'

/**
 * The budget pages one by one (editions made through the API for speed): axe-core at desktop width and at 320 px
 * without horizontal scrolling, errors next to fields, autosave and resuming a draft, the e-mailed link, the GET
 * filter form, and the author's panel.
 */
let browser: Browser
let coordinator: BrowserContext
let anonymous: BrowserContext
let year = 0
let pools: { id: string; name: string }[] = []
let submitted = { id: '', token: '' }
let draft = { id: '', token: '' }

const widths = [1280, 320] as const

beforeAll(async () => {
  browser = await launch()
  anonymous = (await open(browser)).context
  const c = await open(browser)
  coordinator = c.context
  await login(c.page, 'koordynator')
  ;({ year, pools } = await createEdition(c.page))
  // A submitted project in the area pool (1 supporter needed) and a draft.
  submitted = await createProject(year, pools[1]!.id, { title: 'Plac zabaw na Osiedlu Północ', category: 'sport' })
  const support = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}/projects/${submitted.id}/supports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Ewa Mazur', address: 'ul. Polna 3', residenceDeclared: true }),
  })
  expect(support.status).toBe(201)
  expect((await authorRequest('POST', year, `/${submitted.id}/submit`, submitted.token)).status).toBe(200)
  draft = await createProject(year, pools[0]!.id, { title: 'Ławki nad stawem' })
})

afterAll(async () => {
  await browser?.close()
  if (year) await retireEditions([year])
})

async function check(context: BrowserContext, name: string, path: string, shot = false) {
  const page = await context.newPage()
  try {
    await page.setViewportSize({ width: widths[0], height: 800 })
    await visit(page, path)
    for (const width of widths) {
      // The same page, reflowed: resizing is enough (no reload), which keeps the suite fast.
      await page.setViewportSize({ width, height: 800 })
      await checkA11y(page, `${name} (${path}) at ${width} px`)
      const { scrollWidth } = await horizontalOverflow(page)
      expect(scrollWidth, `${name} at ${width} px scrolls horizontally`).toBeLessThanOrEqual(width)
      if (shot) await screenshot(page, `budget-${name.replace(/\W+/g, '-')}-${width}`)
    }
  } finally {
    await page.close()
  }
}

describe('budget pages: axe-core (WCAG 2.1 A/AA) and 320 px reflow', () => {
  const publicPages: [string, () => string, boolean?][] = [
    ['editions', () => `/${SLUG}/bo`],
    ['edition', () => `/${SLUG}/bo/${year}`, true],
    ['project list', () => `/${SLUG}/bo/${year}/projekty`],
    ['project list, empty result', () => `/${SLUG}/bo/${year}/projekty?szukaj=nie-ma-takiego-projektu`],
    ['project page', () => `/${SLUG}/bo/${year}/projekty/${submitted.id}`, true],
    ['support page', () => `/${SLUG}/bo/${year}/projekty/${submitted.id}/poparcie`],
    ['support page of a draft', () => `/${SLUG}/bo/${year}/projekty/${draft.id}/poparcie`],
    ['ballot list (empty)', () => `/${SLUG}/bo/${year}/lista`],
    ['submission form, step 1', () => `/${SLUG}/bo/${year}/zglos`],
    ['co-author page without a key', () => `/${SLUG}/bo/wspolautor`],
    ['edit link without a key', () => `/${SLUG}/bo/${year}/projekty/${draft.id}/edycja`],
    ['unknown edition', () => `/${SLUG}/bo/1999`],
  ]
  for (const [name, path, shot] of publicPages) {
    it(`public: ${name}`, async () => {
      await check(anonymous, name, path(), shot)
    })
  }

  const staffPages: [string, () => string, boolean?][] = [
    ['panel: editions', () => `/panel/${SLUG}/bo`],
    ['panel: projects', () => `/panel/${SLUG}/bo/${year}`],
    ['panel: project with assessment form', () => `/panel/${SLUG}/bo/${year}/projekty/${submitted.id}`, true],
    ['panel: appeals (none)', () => `/panel/${SLUG}/bo/${year}/odwolania`],
  ]
  for (const [name, path, shot] of staffPages) {
    it(`staff: ${name}`, async () => {
      await check(coordinator, name, path(), shot)
    })
  }
})

describe('budget pages: behaviour', () => {
  it('submission form: errors next to fields, money in złote, autosave, resume after closing the tab, the e-mailed link', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, `/${SLUG}/bo/${year}/zglos`)
    // Step 1 refuses an empty form, next to each field and in the summary.
    await page.getByRole('button', { name: 'Zapisz szkic i przejdź dalej' }).click()
    await page.getByRole('alert').filter({ hasText: 'Nie udało się wysłać formularza' }).waitFor()
    expect(await page.getByLabel('Imię i nazwisko').getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel(/Oświadczam, że mieszkam/).getAttribute('aria-invalid')).toBe('true')
    await checkA11y(page, 'step 1 with errors')
    await page.setViewportSize({ width: 320, height: 800 })
    await checkA11y(page, 'step 1 with errors at 320 px')
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(320)
    await page.setViewportSize({ width: 1280, height: 900 })

    const email = `szkic.${Date.now().toString(36)}@example.pl`
    await page.getByLabel('Imię i nazwisko').fill('Marek Wiśniewski')
    await page.getByLabel('Adres e-mail').fill(email)
    await page.getByLabel(/Oświadczam, że mieszkam/).check()
    await page.getByRole('button', { name: 'Zapisz szkic i przejdź dalej' }).click()
    await page.getByRole('heading', { name: 'Krok 2 z 7: Projekt' }).waitFor()
    await page.getByLabel('Tytuł projektu').fill('Siłownia pod chmurką')
    await page.getByLabel('Pula').selectOption({ label: 'Osiedle Północ (projekt do 150 000,00 zł)' })
    await page
      .locator('.bo-autosave')
      .filter({ hasText: /Zapisano o \d{1,2}:\d{2}/ })
      .waitFor()

    // Money: złote as people type them; something else is refused next to the field.
    await page.getByRole('button', { name: '4. Kosztorys' }).click()
    await page.getByRole('heading', { name: 'Krok 4 z 7: Kosztorys' }).waitFor()
    await page.getByLabel('Nazwa pozycji').fill('Urządzenia do ćwiczeń')
    await page.getByLabel('Kwota (zł)').fill('12,345,6')
    await page.locator('.bo-autosave').filter({ hasText: 'Nie zapisano zmian' }).waitFor()
    expect(await page.getByLabel('Kwota (zł)').getAttribute('aria-invalid')).toBe('true')
    expect(await pageText(page, '.field-invalid')).toContain('Podaj kwotę w złotych')
    await checkA11y(page, 'cost step with an amount error')
    await page.getByLabel('Kwota (zł)').fill('200 000')
    await page
      .locator('.bo-autosave')
      .filter({ hasText: /Zapisano o/ })
      .waitFor()
    // Above the pool's limit: said in words next to the total.
    expect(await pageText(page, '.bo-total')).toContain('to więcej niż maksymalny koszt projektu w tej puli')
    await page.getByLabel('Kwota (zł)').fill('12 500,50')
    await page
      .locator('.bo-total')
      .filter({ hasText: /12\s500,50\szł/ })
      .waitFor()
    const projectId = await page.evaluate(() =>
      Object.keys(JSON.parse(localStorage.getItem('wspolnota.bo.authorKeys') ?? '{}')).at(-1),
    )
    const token = await page.evaluate(
      (id) => JSON.parse(localStorage.getItem('wspolnota.bo.authorKeys') ?? '{}')[id!] as string,
      projectId,
    )
    expect(projectId).toBeTruthy()
    // The autosave reaches the server (debounced PATCH).
    await expect
      .poll(
        async () =>
          (await authorRequest('GET', year, `/${projectId}/author`, token)).body?.project?.costItems?.[0]?.amount,
        { timeout: 5000 },
      )
      .toBe(1_250_050)
    await page
      .locator('.bo-autosave')
      .filter({ hasText: /Zapisano o/ })
      .waitFor()
    await page.setViewportSize({ width: 320, height: 800 })
    await screenshot(page, 'budget-submit-step4-320')
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(320)
    await page.setViewportSize({ width: 1280, height: 900 })

    // Closing the tab and coming back resumes the same draft.
    await page.close()
    const again = await context.newPage()
    await visit(again, `/${SLUG}/bo/${year}/zglos`)
    await again.getByRole('status').filter({ hasText: 'Wróciliśmy do szkicu' }).waitFor()
    expect(await again.getByLabel('Tytuł projektu').inputValue()).toBe('Siłownia pod chmurką')
    await again.getByRole('button', { name: '4. Kosztorys' }).click()
    expect(await again.getByLabel('Kwota (zł)').inputValue()).toBe('12500,50')
    // The server's list of what is missing, with links to the fields.
    await again.getByRole('button', { name: '7. Sprawdzenie i zgłoszenie' }).click()
    const missing = again.getByRole('list', { name: 'Czego jeszcze brakuje' })
    await missing.getByRole('link', { name: /^Projekt: Napisz krótki opis/ }).click()
    await again.getByRole('heading', { name: 'Krok 2 z 7: Projekt' }).waitFor()
    await again.waitForFunction(() => (document.activeElement as HTMLTextAreaElement | null)?.name === 'summary')
    await again.close()

    // The e-mailed link opens the same form in another browser; the key leaves the address bar.
    const other = await open(browser)
    const link = linkIn((await emailMatching(email, /edycja#klucz=/)).text, /edycja#klucz=/)
    expect(link.pathname).toBe(`/${SLUG}/bo/${year}/projekty/${projectId}/edycja`)
    await visit(other.page, link.pathname + link.hash)
    await other.page.getByRole('heading', { name: 'Krok 2 z 7: Projekt' }).waitFor()
    expect(other.page.url()).not.toContain('klucz')
    expect(await other.page.getByLabel('Tytuł projektu').inputValue()).toBe('Siłownia pod chmurką')
    expect(
      await other.page.evaluate(
        (id) => JSON.parse(localStorage.getItem('wspolnota.bo.authorKeys') ?? '{}')[id!],
        projectId,
      ),
    ).toBeTruthy()
    await checkA11y(other.page, 'form opened from the e-mailed link')
    expect(problems).toEqual([])
    expect(other.problems).toEqual([])
    await other.context.close()
    await context.close()
  })

  it('project list: a GET form with the filters in the address, a count and an empty state', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, `/${SLUG}/bo/${year}/projekty`)
    expect(await pageText(page)).toContain('Liczba projektów: 1.')
    await page.getByLabel('Szukaj').fill('PLAC zabaw polnoc')
    await page.getByLabel('Status').selectOption('submitted')
    await page.getByRole('button', { name: 'Pokaż projekty' }).click()
    await page.waitForURL(
      (url) => url.searchParams.get('szukaj') === 'PLAC zabaw polnoc' && url.searchParams.get('status') === 'submitted',
    )
    await page.getByRole('status').filter({ hasText: 'Znalezione projekty: 1.' }).waitFor()
    await page.getByRole('link', { name: /Plac zabaw na Osiedlu Północ/ }).waitFor()
    await page.getByLabel('Kategoria').selectOption('kultura')
    await page.getByRole('button', { name: 'Pokaż projekty' }).click()
    await page.waitForURL((url) => url.searchParams.get('kategoria') === 'kultura')
    await page.getByText('Żaden projekt nie spełnia wybranych kryteriów.').waitFor()
    await checkA11y(page, 'project list with no results')
    // The address alone reproduces the search (a bookmark, a shared link).
    await visit(page, `/${SLUG}/bo/${year}/projekty?pula=${pools[1]!.id}`)
    expect(await page.getByLabel('Pula').inputValue()).toBe(pools[1]!.id)
    await page.getByRole('status').filter({ hasText: 'Znalezione projekty: 1.' }).waitFor()
    expect(problems).toEqual([])
    await context.close()
  })

  it("author's panel: answers the verifier's question, then withdraws the project after confirming", async () => {
    // A second submitted project, and a question to its author from the coordinator.
    const project = await createProject(year, pools[1]!.id, { title: 'Zieleń przy przychodni' })
    await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}/projects/${project.id}/supports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Adam Lis', address: 'ul. Leśna 9', residenceDeclared: true }),
    })
    expect((await authorRequest('POST', year, `/${project.id}/submit`, project.token)).status).toBe(200)
    const staff = await coordinator.newPage()
    await visit(staff, `/panel/${SLUG}/bo/${year}/projekty/${project.id}`)
    await staff.getByLabel('Pytanie do autora').fill('Czy teren przy przychodni należy do gminy?')
    await staff.getByRole('button', { name: 'Wyślij pytanie' }).click()
    await staff.getByRole('status').filter({ hasText: 'Wysłano pytanie.' }).waitFor()
    await staff.close()

    const { page, context, problems } = await open(browser)
    await visit(page, `/${SLUG}/bo/${year}/projekty/${project.id}/edycja#klucz=${project.token}`)
    await page.waitForURL(`**/projekty/${project.id}`)
    await settled(page)
    await page.getByRole('heading', { name: 'Panel autora' }).waitFor()
    expect(await pageText(page)).toContain('Czy teren przy przychodni należy do gminy?')
    // The answer goes with the correction form (budget-panel-edit.test.ts covers corrections themselves).
    await page.getByRole('button', { name: 'Zapisz poprawki i odpowiedź' }).click()
    await page.waitForFunction(
      () =>
        document.querySelector('.bo-author-panel textarea[name^="answer."]')?.getAttribute('aria-invalid') === 'true',
    )
    await checkA11y(page, 'author panel with an answer error')
    await page.getByLabel('Odpowiedź na pytanie 1').fill('Tak, działka nr 123/4 jest własnością gminy.')
    await page.getByRole('button', { name: 'Zapisz poprawki i odpowiedź' }).click()
    await page.getByRole('status').filter({ hasText: 'Wysłano odpowiedź.' }).waitFor()
    await page.getByText('Tak, działka nr 123/4 jest własnością gminy.').first().waitFor()

    await page.getByRole('button', { name: 'Wycofaj projekt' }).click()
    const dialog = page.getByRole('dialog', { name: 'Wycofać projekt?' })
    await dialog.waitFor()
    await checkA11y(page, 'withdraw confirmation dialog')
    await dialog.getByRole('button', { name: 'Wycofaj projekt' }).click()
    await page.getByRole('status').filter({ hasText: 'Projekt został wycofany.' }).waitFor()
    await page.locator('.bo-project-head').filter({ hasText: 'wycofany' }).waitFor()
    await screenshot(page, 'budget-author-panel-1280')
    expect(problems).toEqual([])
    await context.close()
  })

  it('the JST home lists the running edition; the panel is closed to a moderator', async () => {
    const { page, context } = await open(browser)
    await visit(page, `/${SLUG}`)
    await page.getByRole('link', { name: `Budżet obywatelski ${year}` }).waitFor()
    expect(await page.getByRole('link', { name: 'Budżet obywatelski — wszystkie edycje' }).getAttribute('href')).toBe(
      `/${SLUG}/bo`,
    )
    await login(page, 'moderator')
    await visit(page, `/panel/${SLUG}/bo`)
    expect(await pageText(page)).toContain(
      'Panel budżetu obywatelskiego jest dostępny dla administratora, koordynatora i weryfikatora.',
    )
    expect(await page.getByRole('link', { name: 'Budżet obywatelski', exact: true }).count()).toBe(0)
    await context.close()
  })
})
