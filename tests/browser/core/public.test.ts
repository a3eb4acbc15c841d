import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open, screenshot, settled, SLUG, TENANT_NAME, visit } from '../../support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

describe('public pages', () => {
  it('home lists the JSTs, links to the recount and sets the title', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, '/')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Wspólnota')
    expect(await page.title()).toBe('Strona główna — Wspólnota')
    expect(await page.locator('html').getAttribute('lang')).toBe('pl')
    const jst = page.getByRole('main').getByRole('link', { name: TENANT_NAME })
    expect(await jst.getAttribute('href')).toBe(`/${SLUG}`)
    const recount = page.getByRole('main').getByRole('link', { name: 'Otwarte przeliczenie wyników' })
    expect(await recount.getAttribute('href')).toBe('/przeliczenie')
    expect(await page.locator('meta[name="deklaracja-dostępności"]').getAttribute('content')).toBe(
      '/deklaracja-dostepnosci',
    )
    await screenshot(page, 'home-1280')
    expect(problems).toEqual([])
    await context.close()
  })

  it('navigates client-side, moves focus to the new heading and shows the JST in the header', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, '/')
    await page.getByRole('main').getByRole('link', { name: TENANT_NAME }).click()
    await page.waitForURL(`**/${SLUG}`)
    await settled(page)
    const h1 = page.getByRole('heading', { level: 1 })
    expect(await h1.textContent()).toBe(TENANT_NAME)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await page.title()).toBe(`${TENANT_NAME} — Wspólnota`)
    expect(await page.getByRole('banner').getByText(TENANT_NAME).count()).toBeGreaterThan(0)
    expect(await page.getByText('Gmina miejsko-wiejska').count()).toBe(1)
    // Other test files may have a budget edition running in the demo JST: either the list or its empty state is shown.
    expect(await page.getByRole('heading', { name: 'Aktywne procesy' }).count()).toBe(1)
    expect(
      (await page.getByText('Brak aktywnych procesów').count()) +
        (await page.getByRole('link', { name: /Budżet obywatelski/ }).count()),
    ).toBeGreaterThan(0)
    // The footer now points to the JST's own documents.
    const footer = page.getByRole('contentinfo')
    expect(await footer.getByRole('link', { name: 'Deklaracja dostępności' }).getAttribute('href')).toBe(
      `/${SLUG}/deklaracja-dostepnosci`,
    )
    expect(await footer.getByRole('link', { name: 'Klauzula informacyjna RODO' }).getAttribute('href')).toBe(
      `/${SLUG}/rodo`,
    )
    // Back button works (popstate).
    await page.goBack()
    await page.waitForURL((url) => url.pathname === '/')
    await settled(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Wspólnota')
    expect(problems).toEqual([])
    await context.close()
  })

  it('the JST accessibility statement has the official structure and ids', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, `/${SLUG}/deklaracja-dostepnosci`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Deklaracja dostępności')
    for (const id of [
      'a11y-wstep',
      'a11y-podmiot',
      'a11y-url',
      'a11y-data-publikacja',
      'a11y-data-aktualizacja',
      'a11y-status',
      'a11y-ocena',
      'a11y-data-sporzadzenie',
      'a11y-kontakt',
      'a11y-osoba',
      'a11y-email',
      'a11y-telefon',
      'a11y-procedura',
      'a11y-architektura',
      'a11y-aplikacje',
    ]) {
      expect(await page.locator(`#${id}`).count(), id).toBe(1)
    }
    expect(await page.locator('#a11y-podmiot').textContent()).toBe(TENANT_NAME)
    expect(await page.locator('#a11y-url').getAttribute('href')).toMatch(new RegExp(`/${SLUG}$`))
    expect(await page.locator('#a11y-data-publikacja').evaluate((el) => el.tagName)).toBe('TIME')
    expect(await page.locator('#a11y-data-publikacja').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await page.locator('#a11y-data-aktualizacja').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await page.locator('#a11y-status').textContent()).toContain('częściowo zgodna')
    expect(await page.locator('#a11y-email').textContent()).toContain('@')
    const procedure = await page.locator('main').textContent()
    expect(procedure).toContain('7 dni')
    expect(procedure).toContain('2 miesiące')
    expect(procedure).toContain('Rzecznika Praw Obywatelskich')
    expect(problems).toEqual([])
    await context.close()
  })

  it('the platform statement and privacy notice exist outside any JST', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, '/deklaracja-dostepnosci')
    expect(await page.locator('#a11y-podmiot').count()).toBe(1)
    expect(await page.locator('#a11y-url').getAttribute('href')).toMatch(/\/$/)
    await visit(page, '/rodo')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Klauzula informacyjna RODO')
    expect(await page.getByRole('link', { name: `Klauzula informacyjna — ${TENANT_NAME}` }).getAttribute('href')).toBe(
      `/${SLUG}/rodo`,
    )
    expect(problems).toEqual([])
    await context.close()
  })

  it('the JST privacy notice names the controller, the IOD, the legal basis and the rights', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, `/${SLUG}/rodo`)
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).toContain(`Administratorem Twoich danych osobowych jest Burmistrz Miasta i Gminy — ${TENANT_NAME}`)
    expect(text).toContain('art. 6 ust. 1 lit. e RODO')
    expect(text).toContain('art. 5a ustawy z dnia 8 marca 1990 r. o samorządzie gminnym')
    expect(text).toContain('art. 28 RODO')
    expect(text).toContain('B5')
    expect(text).toContain('Prezesa Urzędu Ochrony Danych Osobowych')
    expect(text).toContain('profilowania')
    expect(problems).toEqual([])
    await context.close()
  })

  it('unknown paths and unknown JSTs show the 404 page with a link home', async () => {
    const { page, context } = await open(browser)
    for (const path of ['/nie-ma-takiej-gminy', '/a/b/c/d', '/nie-ma-takiej-gminy/rodo']) {
      await visit(page, path)
      expect(await page.getByRole('heading', { level: 1 }).textContent(), path).toBe('Nie znaleziono strony')
      expect(
        await page.getByRole('main').getByRole('link', { name: 'Przejdź do strony głównej' }).getAttribute('href'),
      ).toBe('/')
      expect(await page.title()).toBe('Nie znaleziono strony — Wspólnota')
    }
    await context.close()
  })

  it('downloads the code of a page on its first visit; a failed download offers a retry that works', async () => {
    const { page, context } = await open(browser)
    await visit(page, '/')
    const entry = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => /\/assets\/.*\.js$/.test(n)),
    )
    expect(
      entry.some((n) => /Recount-/.test(n)),
      'the recount page is not in the first download',
    ).toBe(false)
    let refuse = true
    await page.route(/\/assets\/Recount-.*\.js$/, (route) => (refuse ? route.abort() : route.continue()))
    await page.getByRole('main').getByRole('link', { name: 'Otwarte przeliczenie wyników' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Nie udało się wczytać strony' }).waitFor(),
    ).resolves.toBeUndefined()
    refuse = false
    await page.getByRole('alert').getByRole('button').first().click()
    await settled(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Nie udało się wczytać strony')
    expect(page.url()).toMatch(/\/przeliczenie$/)
    await context.close()
  })

  it('switches the language to English and back, remembering the choice', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, '/')
    await page.getByRole('button', { name: 'English' }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Wspólnota — local government and residents decide together',
    )
    expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1)
    expect(await page.getByRole('navigation', { name: 'Main menu' }).count()).toBe(1)
    expect(await page.title()).toBe('Home — Wspólnota')
    // Remembered across a reload (localStorage).
    await page.reload()
    await settled(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { level: 2, name: 'Local governments on the platform' }).count()).toBe(1)
    await visit(page, `/${SLUG}`)
    expect(await page.getByText('Urban-rural municipality').count()).toBe(1)
    await screenshot(page, 'tenant-en-1280')
    await page.getByRole('button', { name: 'Polski' }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'pl')
    expect(await page.getByText('Gmina miejsko-wiejska').count()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })
})
