import { createClient, type Client } from '@libsql/client'
import { and, eq } from 'drizzle-orm'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { wrapDb } from '../../../worker/core/db/client'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { councilBodies, councilStatutes, councilTerms } from '../../../worker/councils/tables'
import type { TestApp } from '../../support/api'
import { checkA11y, launch, login, open, settled, SLUG, visit } from '../../support/browser'
import { seedMembers } from '../../support/councils'
import { phone } from '../consultations/helpers'
import { fitsWidth, focused, tabTo } from '../budget/voting-helpers'

/**
 * Bodies end to end on a 360 px phone: the coordinator creates an RDPP with the keyboard alone, gives it its statute
 * from the law's template (a share of NGO seats below half is refused next to the seats, naming art. 41f upp, then
 * fixed) and opens its first term; with members seeded in it, the public list and the body's page show them by
 * function and whom they represent. axe-core finds nothing on any of these pages.
 */

let browser: Browser
let client: Client
const stamp = Date.now().toString(36)
const name = `Rada Pożytku ${stamp}`
const slug = `rada-pozytku-${stamp}`
const today = warsawDate(new Date()).date

beforeAll(async () => {
  browser = await launch()
  client = createClient({ url: `file:${inject('dbFile')}` })
})
afterAll(async () => {
  await browser?.close()
  client?.close()
})

async function stillFits(page: Page, label: string) {
  await settled(page)
  await fitsWidth(page, label)
  await checkA11y(page, label)
}

describe('councils: bodies', () => {
  it('staff create an RDPP and its statute from the template; a refused NGO share shows next to the seats', async () => {
    const { context, page, problems } = await open(browser, phone)
    await login(page, 'koordynator')
    await visit(page, `/panel/${SLUG}/rady`)
    expect(await page.getByRole('heading', { level: 1, name: 'Rady' }).isVisible()).toBe(true)
    await stillFits(page, 'panel: councils list')

    // The create form with the keyboard alone: the kind's radios by arrows, the address follows the name.
    await tabTo(page, 'Rada seniorów')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect((await focused(page)).name).toBe('Rada działalności pożytku publicznego')
    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toContain('Nazwa rady')
    await page.keyboard.type(name)
    await page.keyboard.press('Tab')
    expect(await page.getByLabel('Adres strony rady').inputValue()).toBe(slug)
    await tabTo(page, 'E-mail rady')
    await page.keyboard.type(`rdpp.${stamp}@gmina-przykladowa.example`)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === `/panel/${SLUG}/rady/${slug}`)
    await settled(page)
    expect(await page.getByRole('heading', { level: 1, name }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Utworzono radę.').isVisible()).toBe(true)
    await stillFits(page, 'panel: a new body')

    // The template: three categories with 3 + 3 + 6 seats; only the act's number is left to the office.
    const seats = page.getByRole('group', { name: 'Kategorie miejsc' })
    expect(await page.getByLabel('Liczba miejsc w kategorii 3').inputValue()).toBe('6')
    await page.getByLabel('Numer uchwały').fill('XV/150/2026')
    await page.getByLabel('Liczba miejsc w kategorii 3').fill('5')
    await page.getByRole('button', { name: 'Zapisz nową wersję statutu' }).click()
    await expect.poll(() => seats.getByText(/co najmniej połowę miejsc \(art\. 41f upp\)/).isVisible()).toBe(true)
    expect(await page.getByRole('alert').filter({ hasText: 'art. 41f upp' }).count()).toBeGreaterThan(0)
    await stillFits(page, 'panel: statute refused')

    await page.getByLabel('Liczba miejsc w kategorii 3').fill('6')
    await page.getByRole('button', { name: 'Zapisz nową wersję statutu' }).click()
    await expect.poll(() => page.getByText('Zapisano wersję 1 statutu.').isVisible()).toBe(true)
    await settled(page)
    await expect
      .poll(() => page.getByRole('heading', { name: 'Wersja 1: uchwała nr XV/150/2026' }).isVisible())
      .toBe(true)
    expect(await seats.getByText(/art\. 41f upp/).count()).toBe(0)

    await page.getByLabel('Pierwszy dzień nowej kadencji').fill(today)
    await page.getByRole('button', { name: 'Dodaj kadencję' }).click()
    await expect.poll(() => page.getByText('Dodano kadencję.').isVisible()).toBe(true)
    await settled(page)
    const terms = page.getByRole('list', { name: 'Kadencje' })
    await expect.poll(() => terms.getByRole('listitem').count()).toBe(1)
    expect(await terms.getByRole('listitem').textContent()).toMatch(/^Kadencja nr 1: od .+ do .+ włącznie$/)
    for (const section of ['Nabory kandydatów', 'Członkowie', 'Posiedzenia', 'Prośby o opinię', 'Wnioski i zapytania'])
      expect(await page.getByRole('link', { name: section, exact: true }).getAttribute('href')).toMatch(
        new RegExp(`^/panel/${SLUG}/rady/${slug}/`),
      )
    await stillFits(page, 'panel: body with statute and term')
    expect(problems).toEqual([])
    await context.close()
  })

  it('shows the body on the public list and its members by function on its page', async () => {
    const db = wrapDb(client)
    const [body] = await db.select().from(councilBodies).where(eq(councilBodies.slug, slug))
    expect(body, 'the body created by the previous test').toBeTruthy()
    const [term] = await db.select().from(councilTerms).where(eq(councilTerms.bodyId, body!.id))
    const [version] = await db
      .select()
      .from(councilStatutes)
      .where(and(eq(councilStatutes.bodyId, body!.id), eq(councilStatutes.version, 1)))
    await seedMembers(
      { db } as TestApp,
      { id: body!.id, slug, tenantId: body!.tenantId, termId: term!.id, statute: version!.statute },
      [
        { name: 'Anna Nowak', role: 'przewodniczacy', seatCategory: 'ngo', represents: 'Stowarzyszenie Razem' },
        { name: 'Jan Kowalski', seatCategory: 'wojt', represents: 'Urząd Gminy' },
      ],
    )

    const { context, page, problems } = await open(browser, phone)
    await visit(page, `/${SLUG}/rady`)
    expect(await page.getByRole('heading', { level: 1, name: 'Rady' }).isVisible()).toBe(true)
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) })
    expect(await card.textContent()).toContain('członkowie w kadencji: 2')
    await stillFits(page, 'public: councils list')

    await page.getByRole('link', { name }).click()
    await page.waitForURL((url) => url.pathname === `/${SLUG}/rady/${slug}`)
    await settled(page)
    expect(await page.getByRole('heading', { level: 1, name }).isVisible()).toBe(true)
    const members = page.getByRole('list', { name: 'Członkowie' })
    expect(await members.getByRole('listitem').count()).toBe(2)
    const anna = members.getByRole('listitem').filter({ hasText: 'Anna Nowak' })
    expect(await anna.textContent()).toContain('przewodniczący')
    expect(await anna.textContent()).toContain('Stowarzyszenie Razem')
    expect(await anna.textContent()).toContain('przedstawiciele organizacji pozarządowych')
    expect(await members.getByRole('listitem').filter({ hasText: 'Jan Kowalski' }).textContent()).toContain('członek')
    const composition = page.getByRole('list', { name: 'Skład rady według statutu' })
    expect(await composition.getByRole('listitem').count()).toBe(3)
    expect(await composition.getByRole('listitem').nth(2).textContent()).toContain('miejsc 6')
    expect(await page.getByText('co najmniej połowa ustawowego składu rady').isVisible()).toBe(true)
    expect(await page.getByText('zwykła większość głosów', { exact: false }).isVisible()).toBe(true)
    expect(await page.locator('main').textContent()).not.toContain('@')
    await stillFits(page, 'public: body page')
    expect(problems).toEqual([])
    await context.close()
  })
})
