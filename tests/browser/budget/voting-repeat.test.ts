import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { retireEditions } from './helpers'
import { checkA11y, launch, open, pageText, SLUG, visit } from '../../support/browser'
import { castViaApi, closeDb, createVotingEdition, expectStep, fitsWidth, voteCode } from './voting-helpers'

/**
 * A resident who has already voted from an e-mail address votes again from it on another phone: at the moment of
 * casting they are told plainly that a ballot was already cast from that address, when, and that the earlier one is
 * the one that counts, instead of being thanked as if this one counted.
 */
let browser: Browser
const years: number[] = []

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await retireEditions(years)
  closeDb()
})

describe('a second ballot from the same e-mail address', () => {
  it('is told at once that the earlier ballot counts, on a 360 px phone', async () => {
    const edition = await createVotingEdition()
    years.push(edition.year)
    const og = edition.projects.filter((p) => p.poolCode === 'OG')
    const email = `drugi.raz.${edition.year}.${Date.now().toString(36)}@example.pl`
    const person = { firstName: 'Ewa', lastName: 'Powtórna', address: 'ul. Polna 1, Przykładowo' }
    const firstReceipt = await castViaApi(
      edition.year,
      email,
      { [edition.pools.find((p) => p.code === 'OG')!.id]: { [og[0]!.id]: 1 } },
      person,
    )
    const usedCode = await voteCode(email)

    const { context, page, problems } = await open(browser, { viewport: { width: 360, height: 740 }, isMobile: true })
    await visit(page, `/${SLUG}/bo/${edition.year}/glosuj`)
    await page.getByLabel('Adres e-mail').fill(email)
    await page.getByRole('button', { name: 'Wyślij kod' }).click()
    await expectStep(page, 'Krok 2 z 7')
    await page.getByLabel('Kod z wiadomości').fill(await voteCode(email, [usedCode]))
    await page.getByRole('button', { name: 'Otwórz kartę do głosowania' }).click()
    await expectStep(page, 'Krok 3 z 7')
    await page.getByLabel('Żaden — nie głosuję na projekty lokalne').check()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await page.getByLabel(new RegExp(og[1]!.title)).check()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Twoje dane')
    await page.getByLabel('Imię', { exact: true }).fill(person.firstName)
    await page.getByLabel('Nazwisko', { exact: true }).fill(person.lastName)
    await page.getByLabel('Adres zamieszkania').fill(person.address)
    await page.getByLabel(/Oświadczam, że mieszkam/).check()
    await page.getByLabel(/Tak, mam co najmniej/).check()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Krok 7 z 7')
    await page.getByRole('button', { name: /Oddaj głos/ }).click()

    const heading = page.getByRole('heading', { name: 'Z tego adresu głos został już oddany' })
    await heading.waitFor()
    const text = await pageText(page)
    expect(text).toContain('Z tego adresu e-mail lub numeru telefonu oddano już kartę do głosowania')
    expect(text).toContain('Liczy się tamta, wcześniejsza karta.')
    expect(text).not.toContain('Dziękujemy! Twój głos został oddany')
    const receipt = await page.locator('.vt-receipt').getAttribute('data-receipt')
    expect(receipt).toBeTruthy()
    expect(receipt).not.toBe(firstReceipt)
    await checkA11y(page, 'second ballot of one e-mail address')
    await fitsWidth(page, 'second ballot of one e-mail address')

    // A reload in this tab shows the same answer, not a thank-you.
    await page.reload()
    await page.getByRole('heading', { name: 'Z tego adresu głos został już oddany' }).waitFor()
    expect(problems).toEqual([])
    await context.close()
  })
})
