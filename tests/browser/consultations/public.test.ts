import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draftV1, draftV2 } from '../../api/consultations/helpers'
import { checkA11y, launch, open, pageText, screenshot, settled, SLUG, TENANT_NAME, visit } from '../../support/browser'
import { phone, publishedConsultation, staffBase } from './helpers'
import { closeDb, fitsWidth, staff } from '../budget/voting-helpers'

/**
 * A resident's first consultation: staff announce one through the API (open from today, a draft in two versions),
 * and a resident on a 360 px phone finds it on the JST's home page, by keyboard alone as well, reads the announcement,
 * follows a link to one paragraph of the draft, and reads what the second version changed — axe-core clean, nothing
 * wider than the screen.
 */
let browser: Browser
const title = `Konsultacje uchwały o zieleni ${Math.random().toString(36).slice(2, 8)}`
let number = 0
let thirdId = ''

interface Paragraph {
  id: string
  ref?: string
  text: string
}

beforeAll(async () => {
  browser = await launch()
  const coordinator = await staff('koordynator')
  const base = staffBase
  number = (await publishedConsultation(coordinator, { title })).number
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

  it('orders the page as a resident reads it, headings one level at a time, axe-clean at 320 and 1280 px', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 900 },
    ]) {
      const { page, context, problems } = await open(browser, { viewport })
      await visit(page, `/${SLUG}/konsultacje/${number}`)
      await page.getByRole('heading', { level: 2, name: 'Uwagi', exact: true }).waitFor()
      await settled(page)
      const headings = await page.getByRole('main').evaluate((main) =>
        [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
          level: Number(h.tagName.slice(1)),
          text: (h.textContent ?? '').trim(),
        })),
      )
      expect(headings[0]).toEqual({ level: 1, text: title })
      headings.slice(1).forEach((h, i) => {
        expect(h.level, `"${h.text}" follows "${headings[i]!.text}"`).toBeLessThanOrEqual(headings[i]!.level + 1)
        expect(h.level, `"${h.text}" is below the page's h1`).toBeGreaterThan(1)
      })
      // What it is, how to take part, the draft, then the comments.
      const sections = headings.filter((h) => h.level === 2).map((h) => h.text)
      const order = ['Ogłoszenie o konsultacjach', 'Jak wziąć udział', 'Projekt dokumentu', 'Uwagi']
      expect(sections.filter((s) => order.includes(s))).toEqual(order)
      const takePart = page.getByRole('region', { name: 'Jak wziąć udział' })
      expect(await takePart.textContent()).toContain('Przyjdź na spotkanie konsultacyjne')
      expect(await takePart.getByRole('link', { name: 'Przejdź do zgłaszania uwag' }).getAttribute('href')).toBe(
        '#uwagi',
      )
      await checkA11y(page, `consultation (${viewport.width} px)`)
      await fitsWidth(page, `consultation (${viewport.width} px)`)
      expect(problems).toEqual([])
      await context.close()
    }
  })

  it('shows each card’s subject and its confirmed comments on the list', async () => {
    const { page, context, problems } = await open(browser, { viewport: { width: 320, height: 640 } })
    await visit(page, `/${SLUG}/konsultacje`)
    const card = page
      .getByRole('region', { name: 'Trwające' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title }) })
    const text = ((await card.textContent()) ?? '').replace(/\s+/g, ' ')
    expect(text).toContain('Projekt uchwały w sprawie zasad ochrony zieleni miejskiej')
    expect(text).toMatch(/Stan: trwają · 0 potwierdzonych uwag/)
    expect(await card.getByRole('link', { name: /Raport opublikowany/ }).count()).toBe(0)
    await checkA11y(page, 'consultations list (320 px)')
    await fitsWidth(page, 'consultations list (320 px)')
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
