import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkA11y,
  horizontalOverflow,
  launch,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  visit,
} from '../../support/browser'
import { closeDb, createVotingEdition, expectStep, voteCode } from './voting-helpers'

/**
 * The other ballot formats and identity rules of the wizard: points (3-2-1, each value once per pool) with PESEL
 * asked and a minor voting with a guardian's declaration; knapsack (running total against the pool amount) with
 * two code channels offered. axe-core on every state, including the client-side errors, and no horizontal scroll.
 */
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  closeDb()
})

async function audit(page: Page, label: string) {
  await settled(page)
  await checkA11y(page, label)
  const { scrollWidth, clientWidth } = await horizontalOverflow(page)
  expect(scrollWidth, `${label} scrolls horizontally`).toBeLessThanOrEqual(clientWidth)
}

async function openBallot(page: Page, year: number, email: string) {
  await visit(page, `/${SLUG}/bo/${year}/glosuj`)
  await page.getByLabel('Adres e-mail').fill(email)
  await page.getByRole('button', { name: 'Wyślij kod' }).click()
  await expectStep(page, 'Wpisz kod z wiadomości')
  await page.getByLabel('Kod z wiadomości').fill(await voteCode(email))
  await page.getByRole('button', { name: 'Otwórz kartę do głosowania' }).click()
}

describe('voting: points, knapsack, PESEL and minors', () => {
  it('points 3-2-1 with PESEL and a guardian’s declaration', async () => {
    const edition = await createVotingEdition({
      ballot: { format: 'points', points: [3, 2, 1], minProjects: 1, maxProjects: 3, areaPools: 'all-areas' },
      askPesel: true,
      voting: { minorAge: 13 },
    })
    const og = edition.projects.filter((p) => p.poolCode === 'OG')
    const { page, context, problems } = await open(browser, { viewport: { width: 360, height: 800 } })
    await openBallot(page, edition.year, `punkty.${edition.year}@example.pl`)

    // All areas allowed: no area question; the first pool comes straight after the code (3 pools + 4 steps).
    await expectStep(page, 'Krok 3 z 7')
    expect(await pageText(page, '.vt-step-heading')).toContain('Projekty: Ogólnogminna')
    expect(await pageText(page, '.vt-counter')).toBe('Przydzielone punkty: brak. Do przydzielenia: 3, 2, 1.')
    await audit(page, 'points ballot')
    await page.getByLabel(`Punkty dla projektu: ${og[0]!.title}`).selectOption('3')
    expect(await pageText(page, '.vt-counter')).toBe('Przydzielone punkty: 3. Do przydzielenia: 2, 1.')
    // A value already given is no longer offered for another project.
    const offered = await page.getByLabel(`Punkty dla projektu: ${og[1]!.title}`).locator('option').allTextContents()
    expect(offered).toEqual(['Bez punktów', '2 pkt', '1 pkt'])
    await page.getByLabel(`Punkty dla projektu: ${og[1]!.title}`).selectOption('1')
    await screenshot(page, 'voting-points-360')
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Projekty: Osiedle Północ')
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Projekty: Osiedle Południe')
    await page.getByRole('button', { name: 'Dalej' }).click()

    // About you: PESEL with the reason; a minor needs a guardian.
    await expectStep(page, 'Twoje dane')
    expect(await pageText(page)).toContain('Uchwała w sprawie budżetu obywatelskiego wymaga numeru PESEL')
    await page.getByLabel('Imię', { exact: true }).fill('Kacper')
    await page.getByLabel('Nazwisko', { exact: true }).fill('Nowak')
    await page.getByLabel('Adres zamieszkania').fill('ul. Szkolna 4, Przykładowo')
    await page.getByLabel('Numer PESEL').fill('44051401358') // wrong check digit
    await page.getByLabel(/Oświadczam, że mieszkam/).check()
    await page.getByLabel('Nie, mam mniej niż 13 lat').check()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await page.locator('.error-summary').waitFor()
    const errors = await pageText(page, '.error-summary')
    expect(errors).toContain('Numer PESEL: Podaj poprawny numer PESEL')
    expect(errors).toContain('Imię i nazwisko rodzica lub opiekuna: Podaj imię i nazwisko rodzica lub opiekuna.')
    expect(errors).toContain('Rodzic lub opiekun musi zaznaczyć oświadczenie.')
    await audit(page, 'identity with PESEL and guardian errors')
    await screenshot(page, 'voting-minor-errors-360')
    await page.getByLabel('Numer PESEL').fill('44051401359')
    await page.getByLabel('Imię i nazwisko rodzica lub opiekuna').fill('Anna Nowak')
    await page.getByLabel(/Jestem rodzicem lub opiekunem prawnym/).check()
    await page.getByRole('button', { name: 'Dalej' }).click()

    await expectStep(page, 'Sprawdź i oddaj głos')
    const summary = await pageText(page)
    expect(summary).toContain(`${og[0]!.title} — 3 pkt`)
    expect(summary).toContain(`${og[1]!.title} — 1 pkt`)
    expect(summary).toContain('Anna Nowak')
    expect(summary).toContain('44051401359')
    await audit(page, 'points summary')
    await page.getByRole('button', { name: 'Oddaj głos' }).click()
    await expectStep(page, 'Dziękujemy! Twój głos został oddany')
    expect(await page.locator('[data-receipt]').getAttribute('data-receipt')).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
    expect(problems).toEqual([])
    await context.close()
  })

  it('knapsack: a running total against the pool amount; two channels for the code', async () => {
    const edition = await createVotingEdition(
      {
        ballot: { format: 'knapsack', minProjects: 1, maxProjects: null, areaPools: 'own-area' },
        voting: { channels: ['email', 'sms'], minorAge: null },
      },
      { amounts: { OG: 50_000_000 } },
    )
    const og = edition.projects.filter((p) => p.poolCode === 'OG')
    const { page, context, problems } = await open(browser, { viewport: { width: 360, height: 800 } })
    await visit(page, `/${SLUG}/bo/${edition.year}/glosuj`)
    expect(await pageText(page, '.vt-step-heading')).toContain('Gdzie wysłać kod do głosowania?')
    await page.getByLabel('SMS-em na telefon komórkowy').check()
    expect(await page.getByLabel('Numer telefonu komórkowego').getAttribute('type')).toBe('tel')
    await page.getByLabel('Numer telefonu komórkowego').fill('12')
    await page.getByRole('button', { name: 'Wyślij kod' }).click()
    expect(await pageText(page, '.field-invalid')).toContain('Podaj polski numer komórkowy')
    await audit(page, 'two channels, a wrong phone number')
    await page.getByLabel('E-mailem').check()
    await page.getByLabel('Adres e-mail').fill(`plecak.${edition.year}@example.pl`)
    await page.getByRole('button', { name: 'Wyślij kod' }).click()
    await expectStep(page, 'Wpisz kod z wiadomości')
    await page.getByLabel('Kod z wiadomości').fill(await voteCode(`plecak.${edition.year}@example.pl`))
    await page.getByRole('button', { name: 'Otwórz kartę do głosowania' }).click()

    await expectStep(page, 'Na którym obszarze mieszkasz?')
    await audit(page, 'own area question')
    await page.getByLabel('Osiedle Południe').check()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Projekty: Ogólnogminna')
    expect(await pageText(page, '.vt-counter')).toBe('Wybrane projekty kosztują 0 zł z 500 000 zł. Zostało 500 000 zł.')
    await page.getByLabel(new RegExp(og[0]!.title)).check()
    await page.getByLabel(new RegExp(og[1]!.title)).check()
    expect(await pageText(page, '.vt-counter')).toBe(
      'Wybrane projekty kosztują 850 000 zł, a pula wynosi 500 000 zł. Przekroczono ją o 350 000 zł.',
    )
    await page.getByRole('button', { name: 'Dalej' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await pageText(page, '.vt-fieldset .field-error')).toContain('kosztują 850 000 zł, a pula wynosi 500 000 zł')
    await audit(page, 'knapsack over the pool amount')
    await screenshot(page, 'voting-knapsack-over-360')
    await page.getByLabel(new RegExp(og[1]!.title)).uncheck()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Projekty: Osiedle Południe')
    await page.getByRole('button', { name: 'Wstecz' }).click()
    await expectStep(page, 'Projekty: Ogólnogminna')
    expect(await page.getByLabel(new RegExp(og[0]!.title)).isChecked()).toBe(true)
    expect(problems).toEqual([])
    await context.close()
  })

  it('wrong codes lock the address for a while, with the message next to the code field', async () => {
    const edition = await createVotingEdition()
    const email = `zgadywacz.${edition.year}@example.pl`
    const { page, context } = await open(browser, { viewport: { width: 360, height: 800 } })
    await visit(page, `/${SLUG}/bo/${edition.year}/glosuj`)
    await page.getByLabel('Adres e-mail').fill(email)
    await page.getByRole('button', { name: 'Wyślij kod' }).click()
    await expectStep(page, 'Wpisz kod z wiadomości')
    const right = await voteCode(email)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
    let message = ''
    const tryCode = async (code: string) => {
      await page.getByLabel('Kod z wiadomości').fill(code)
      await Promise.all([
        page.waitForResponse((res) => res.url().endsWith('/vote/session')),
        page.getByRole('button', { name: 'Otwórz kartę do głosowania' }).click(),
      ])
      await settled(page)
      return pageText(page, '.field-invalid')
    }
    for (let attempt = 0; attempt < 8 && !/Zbyt wiele błędnych kodów/.test(message); attempt++)
      message = await tryCode(wrong)
    expect(message).toMatch(/Zbyt wiele błędnych kodów\. Spróbuj ponownie za \d+ min\./)
    // Even the right code is refused while locked.
    expect(await tryCode(right)).toMatch(/Zbyt wiele błędnych kodów/)
    await audit(page, 'code step locked out')
    await screenshot(page, 'voting-lockout-360')
    await context.close()
  })
})
