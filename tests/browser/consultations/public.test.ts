import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../../worker/consultations/domain/presets'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { draftV1, draftV2 } from '../../api/consultations/helpers'
import { checkA11y, launch, open, pageText, screenshot, settled, SLUG, TENANT_NAME, visit } from '../../support/browser'
import { closeDb, fitsWidth, staff } from '../budget/voting-helpers'

/**
 * A resident's first consultation: staff announce one through the API (open from today, a draft in two versions),
 * and a resident on a 360 px phone finds it on the JST's home page, by keyboard alone as well, reads the announcement,
 * follows a link to one paragraph of the draft, and reads what the second version changed — axe-core clean, nothing
 * wider than the screen.
 */
let browser: Browser
const today = warsawDate(new Date()).date
const title = `Konsultacje uchwały o zieleni ${Math.random().toString(36).slice(2, 8)}`
let number = 0
let thirdId = ''

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }

interface Paragraph {
  id: string
  ref?: string
  text: string
}

beforeAll(async () => {
  browser = await launch()
  const coordinator = await staff('koordynator')
  const base = `/jst/${SLUG}/staff/konsultacje`
  const created = await coordinator.post(base, {
    preset: 'inne',
    title,
    subject: 'Projekt uchwały w sprawie zasad ochrony zieleni miejskiej',
    purpose: 'Poznanie opinii mieszkańców o projekcie uchwały',
    startDate: today,
    endDate: addDays(today, 13),
    participants: 'Mieszkańcy gminy, którzy ukończyli 16 lat',
    area: 'Cała gmina',
    forms: ['written', 'meeting'],
    responsibleUnit: 'Wydział Ochrony Środowiska',
    resultsForm: 'Raport na platformie i w Biuletynie Informacji Publicznej',
    councilResolution: 'uchwała nr XII/123/2026 Rady Gminy Przykładowo',
    audience: 'residents',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  number = created.body.number
  const published = await coordinator.post(`${base}/${number}/publish`, { version: created.body.version })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  for (const source of [draftV1, draftV2]) {
    const added = await coordinator.post(`${base}/${number}/document`, { format: 'markdown', source })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
  }
  const doc = await coordinator.get(`/jst/${SLUG}/konsultacje/${number}/document`)
  const paragraphs = (doc.body.sections as { paragraphs: Paragraph[] }[]).flatMap((s) => s.paragraphs)
  thirdId = paragraphs.find((p) => p.ref === '§ 3')!.id
})

afterAll(async () => {
  await browser?.close()
  closeDb()
})

/** The accessible name of the focused element (its text, for a link). */
const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim())

describe('a resident reads a consultation on a phone', () => {
  it('finds it on the JST’s home page, reads the announcement, one paragraph, and the changes', async () => {
    const { page, context, problems } = await open(browser, phone)
    await visit(page, `/${SLUG}`)
    const home = page.getByRole('main')
    expect(await home.getByRole('link', { name: 'Konsultacje społeczne', exact: true }).getAttribute('href')).toBe(
      `/${SLUG}/konsultacje`,
    )
    await home.getByRole('link', { name: title }).click()
    await page.waitForURL(`**/${SLUG}/konsultacje/${number}`)
    await settled(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await page.title()).toBe(`${title} — ${TENANT_NAME} — Wspólnota`)
    const text = await pageText(page)
    expect(text).toMatch(/trwają — od \d{1,2} \S+ \d{4} do \d{1,2} \S+ \d{4} włącznie/)
    for (const words of [
      'Cel konsultacji',
      'Poznanie opinii mieszkańców o projekcie uchwały',
      'Przedmiot konsultacji',
      'Kto może wziąć udział',
      'Cała gmina',
      'uwagi pisemne na formularzu',
      'spotkania',
      'Wydział Ochrony Środowiska',
      'Raport na platformie',
      'Podstawa prawna',
      'Inne konsultacje społeczne',
      'mieszkańcy',
      'Wersja 2 z',
      'Rozdział 2. Nasadzenia',
    ])
      expect(text).toContain(words)
    // Every paragraph carries its reference and an anchor on its stable id.
    const third = page.locator(`[id="${thirdId}"]`)
    expect(await third.textContent()).toBe('§ 3Za każde usunięte drzewo sadzi się trzy nowe.')
    expect(await third.getByRole('link', { name: 'Odnośnik do akapitu § 3' }).getAttribute('href')).toBe(`#${thirdId}`)
    await checkA11y(page, 'consultation (phone)')
    await fitsWidth(page, 'consultation (phone)')
    await screenshot(page, 'ks-consultation-360')

    // A link to one paragraph opens the page at that paragraph, marked.
    await visit(page, `/${SLUG}/konsultacje/${number}#${thirdId}`)
    await expect.poll(() => third.getAttribute('class')).toContain('ks-paragraph-target')
    await expect
      .poll(() =>
        third.evaluate((el) => {
          const box = el.getBoundingClientRect()
          return box.top >= 0 && box.top < window.innerHeight
        }),
      )
      .toBe(true)

    // The versions and what the second one changed, in words as well as struck through or underlined.
    await page.getByRole('link', { name: 'Zmiany w wersji 2 względem wersji 1' }).click()
    await page.waitForURL(`**/${SLUG}/konsultacje/${number}/porownanie/1/2`)
    await settled(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Porównanie wersji 1 i 2')
    const changes = await pageText(page)
    expect(changes).toContain('Zmieniony akapit: § 3')
    expect(changes).toContain('Za każde usunięte drzewo sadzi się [usunięto: dwa][dodano: trzy] nowe.')
    expect(await page.locator('del').first().textContent()).toBe('[usunięto: dwa]')
    expect(await page.locator('ins').first().textContent()).toBe('[dodano: trzy]')
    expect(changes).toContain('Gmina prowadzi rejestr nasadzeń zastępczych dostępny publicznie.')
    expect(changes).toContain('Nasadzenia prowadzi się wiosną i jesienią.')
    await checkA11y(page, 'comparison (phone)')
    await fitsWidth(page, 'comparison (phone)')
    await screenshot(page, 'ks-comparison-360')

    // Back to the paragraph in the current version.
    await page.getByRole('link', { name: 'Zobacz ten akapit w aktualnej wersji' }).first().click()
    await page.waitForURL(`**/${SLUG}/konsultacje/${number}#${thirdId}`)
    await settled(page)
    await expect.poll(() => third.getAttribute('class')).toContain('ks-paragraph-target')
    expect(problems).toEqual([])
    await context.close()
  })

  it('lists the JST’s consultations with their dates and the Atom feed', async () => {
    const { page, context, problems } = await open(browser, phone)
    await visit(page, `/${SLUG}/konsultacje`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Konsultacje społeczne')
    const open_ = page.getByRole('region', { name: 'Trwające' })
    const card = open_.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) })
    expect(await card.getByRole('link', { name: title }).getAttribute('href')).toBe(`/${SLUG}/konsultacje/${number}`)
    expect(((await card.textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(
      /Inne konsultacje społeczne.*od \d{1,2} \S+ \d{4} do \d{1,2} \S+ \d{4} włącznie.*Stan: trwają/,
    )
    const feed = page.getByRole('link', { name: 'Subskrybuj (Atom)' })
    expect(await feed.getAttribute('href')).toBe(`/api/v1/jst/${SLUG}/konsultacje/feed.atom`)
    expect(await feed.getAttribute('type')).toBe('application/atom+xml')
    const atom = await page.request.get(`/api/v1/jst/${SLUG}/konsultacje/feed.atom`)
    expect(atom.status()).toBe(200)
    expect(await atom.text()).toContain(title)
    await checkA11y(page, 'consultations list (phone)')
    await fitsWidth(page, 'consultations list (phone)')
    expect(problems).toEqual([])
    await context.close()
  })

  it('reaches the consultation from the JST’s home page by keyboard alone', async () => {
    const { page, context, problems } = await open(browser, phone)
    await visit(page, `/${SLUG}`)
    let found = false
    for (let presses = 0; presses < 80 && !found; presses++) {
      await page.keyboard.press('Tab')
      found = (await focusedText(page)) === title
    }
    expect(found, 'the consultation’s link is reachable with Tab').toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/${SLUG}/konsultacje/${number}`)
    await settled(page)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    // On to the draft's paragraph references, each a focusable link.
    found = false
    for (let presses = 0; presses < 80 && !found; presses++) {
      await page.keyboard.press('Tab')
      found = (await focusedText(page)) === '§ 3'
    }
    expect(found, 'the § 3 anchor is reachable with Tab').toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${thirdId}`)
    await expect.poll(() => page.locator(`[id="${thirdId}"]`).getAttribute('class')).toContain('ks-paragraph-target')
    expect(problems).toEqual([])
    await context.close()
  })
})
