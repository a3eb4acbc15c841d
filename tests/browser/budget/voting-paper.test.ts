import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkA11y, launch, login, open, pageText, screenshot, settled, SLUG, visit } from '../../support/browser'
import { closeDb, createVotingEdition, endVoting, fitsWidth, type VotingEdition } from './voting-helpers'

/**
 * Paper ballots in the staff panel: the coordinator keys a card in (errors first), may not confirm their own card
 * (no button; the API refuses with 403), a verifier confirms it after comparing; a second card with a defect is
 * entered by the verifier and blocks the count until the coordinator rejects it with a reason; then the count runs
 * and includes the confirmed paper ballot. axe-core on each page and state, no horizontal scroll at 360 px.
 */
let browser: Browser
let edition: VotingEdition

beforeAll(async () => {
  browser = await launch()
  edition = await createVotingEdition()
})

afterAll(async () => {
  await browser?.close()
  closeDb()
})

async function at360(page: Page, label: string) {
  await page.setViewportSize({ width: 360, height: 800 })
  await settled(page)
  await checkA11y(page, `${label} at 360 px`)
  await fitsWidth(page, `${label} at 360 px`)
  await page.setViewportSize({ width: 1280, height: 900 })
}

const card = (page: Page, number: string) =>
  page.locator('li.vt-card', { has: page.getByRole('heading', { name: new RegExp(`Karta nr ${number}\\b`) }) })

describe('voting: paper ballots with a second person', () => {
  it('one staff member keys a card in, the same person cannot confirm it, another confirms it; a defective card is rejected with a reason', async () => {
    const { year } = edition
    const cards = `/panel/${SLUG}/bo/${year}/karty`
    const og = edition.projects.filter((p) => p.poolCode === 'OG')

    // ——— The coordinator enters card P-001. ———
    const coordinator = await open(browser)
    const c = coordinator.page
    await login(c, 'koordynator')
    await visit(c, cards)
    expect(await pageText(c, 'h1')).toContain('Papierowe karty')
    expect(await pageText(c)).toContain('Nie wprowadzono jeszcze żadnej karty.')
    await checkA11y(c, 'paper cards: empty')
    await c.getByRole('button', { name: 'Zapisz kartę do potwierdzenia' }).click()
    await c.locator('.error-summary').waitFor()
    expect(await pageText(c, '.error-summary')).toContain('Numer karty: Podaj numer karty.')
    await checkA11y(c, 'paper cards: entry errors')
    await c.getByLabel('Numer karty').fill('P-001')
    await c
      .getByRole('group', { name: 'Zaznaczone projekty: Ogólnogminna' })
      .getByLabel(new RegExp(og[0]!.title))
      .check()
    await c
      .getByRole('group', { name: 'Zaznaczone projekty: Ogólnogminna' })
      .getByLabel(new RegExp(og[2]!.title))
      .check()
    await c.getByLabel('Imię', { exact: true }).fill('Stanisław')
    await c.getByLabel('Nazwisko', { exact: true }).fill('Papierowy')
    await c.getByLabel('Adres zamieszkania').fill('ul. Polna 8, Przykładowo')
    await c.getByLabel('Wiek (przedział)').selectOption('65+')
    await c.getByRole('button', { name: 'Zapisz kartę do potwierdzenia' }).click()
    await c.getByText('Karta nr P-001 zapisana. Potwierdzić ją musi inna osoba z zespołu.').waitFor()
    await settled(c)
    const own = card(c, 'P-001')
    await own.waitFor()
    expect(await own.textContent()).toContain('Wprowadzona przez Ciebie')
    expect(await own.textContent()).toContain(og[0]!.title)
    expect(await own.getByRole('button', { name: /Potwierdź/ }).count()).toBe(0)
    await checkA11y(c, 'paper cards: own pending card')
    await at360(c, 'paper cards (coordinator)')
    // The same person is refused by the server too.
    const items = (await (await c.request.get(`/api/v1/jst/${SLUG}/staff/bo/${year}/paper-cards`)).json()) as {
      items: { id: string; cardNumber: string }[]
    }
    const p001 = items.items.find((i) => i.cardNumber === 'P-001')!
    const selfConfirm = await c.request.post(`/api/v1/jst/${SLUG}/staff/bo/${year}/paper-cards/${p001.id}/confirm`, {
      data: {},
    })
    expect(selfConfirm.status()).toBe(403)
    expect(((await selfConfirm.json()) as { detail: string }).detail).toBe(
      'Kartę potwierdza inna osoba niż ta, która ją wprowadziła.',
    )

    // ——— A verifier confirms it, then enters a defective card P-002. ———
    const verifier = await open(browser)
    const v = verifier.page
    await login(v, 'weryfikator')
    await visit(v, cards)
    const theirs = card(v, 'P-001')
    expect(await theirs.textContent()).toContain('Wprowadzona przez inną osobę')
    await checkA11y(v, 'paper cards: a card to confirm')
    await theirs.getByRole('button', { name: 'Potwierdź Karta nr P-001' }).click()
    await v.getByText('Karta nr P-001 potwierdzona. Głos: ważny.').waitFor()
    await settled(v)
    expect(await pageText(v)).toContain('Rozpatrzone (1)')
    expect(await card(v, 'P-001').textContent()).toContain('potwierdzona')

    await v.getByLabel('Numer karty').fill('P-002')
    for (const project of og)
      await v
        .getByRole('group', { name: 'Zaznaczone projekty: Ogólnogminna' })
        .getByLabel(new RegExp(project.title))
        .check()
    // The rules are shown as a warning only: the card is typed in as it is.
    expect(await pageText(v, '.vt-rule-warning')).toContain('możesz wybrać najwyżej 2 projekty')
    await v.getByLabel('Imię', { exact: true }).fill('Zofia')
    await v.getByLabel('Nazwisko', { exact: true }).fill('Niepodpisana')
    await v.getByLabel('Adres zamieszkania').fill('ul. Krótka 2, Przykładowo')
    await v.getByLabel('Karta niepodpisana').check()
    await checkA11y(v, 'paper cards: entry with a rule warning and a defect')
    await v.getByRole('button', { name: 'Zapisz kartę do potwierdzenia' }).click()
    await v.getByText('Karta nr P-002 zapisana.', { exact: false }).waitFor()
    await screenshot(v, 'voting-paper-verifier')
    // Verifiers key in and confirm cards; computing the results is for organisers.
    await visit(v, `/panel/${SLUG}/bo/${year}/wyniki`)
    expect(await pageText(v)).toContain('Wyniki oblicza administrator lub koordynator.')
    expect(await v.getByRole('button', { name: 'Oblicz wyniki' }).count()).toBe(0)
    await checkA11y(v, 'panel results as a verifier')
    await verifier.context.close()

    // ——— The vote ends; the count is refused while P-002 is pending. ———
    await endVoting(year)
    await visit(c, `/panel/${SLUG}/bo/${year}/wyniki`)
    await c.getByRole('button', { name: 'Oblicz wyniki' }).click()
    await c
      .locator('[role="alert"]', { hasText: 'Najpierw rozpatrz wszystkie papierowe karty (1 czeka na potwierdzenie).' })
      .waitFor()
    await checkA11y(c, 'panel results: refused with a pending card')

    // ——— The coordinator rejects P-002 (a reason is required). ———
    await visit(c, cards)
    const defective = card(c, 'P-002')
    expect(await defective.textContent()).toContain('Karta niepodpisana')
    await defective.getByRole('button', { name: 'Odrzuć Karta nr P-002' }).click()
    const reason = c.getByLabel('Powód odrzucenia karty nr P-002')
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true)
    await defective.getByRole('button', { name: 'Odrzuć kartę' }).click()
    expect(await pageText(c, 'li.vt-card .field-error')).toContain('Podaj powód (co najmniej 5 znaków).')
    await checkA11y(c, 'paper cards: rejection without a reason')
    await screenshot(c, 'voting-paper-reject-error')
    await reason.fill('Błąd przy wpisywaniu: karta ma podpis, wprowadzić ponownie.')
    await defective.getByRole('button', { name: 'Odrzuć kartę' }).click()
    await c.getByText('Karta nr P-002 odrzucona. Wprowadź ją ponownie.').waitFor()
    await settled(c)
    expect(await pageText(c)).toContain('Żadna karta nie czeka na potwierdzenie.')
    expect(await card(c, 'P-002').textContent()).toContain('Błąd przy wpisywaniu')
    await checkA11y(c, 'paper cards: all decided')

    // ——— Now the count runs and includes the paper ballot. ———
    await visit(c, `/panel/${SLUG}/bo/${year}/wyniki`)
    await c.getByRole('button', { name: 'Oblicz wyniki' }).click()
    await c.getByText('Wyniki obliczone.', { exact: false }).waitFor()
    await settled(c)
    const row = c.locator('table', { hasText: 'Ogólnogminna' }).locator('tr', { hasText: og[0]!.title })
    expect((await row.locator('td').first().textContent())?.trim()).toBe('1')
    expect(await pageText(c)).toContain('mniej niż 10') // one paper ballot: a group under 10
    await at360(c, 'panel results preview')
    expect(coordinator.problems.filter((p) => !/status of 403/.test(p))).toEqual([])
    await coordinator.context.close()
  })
})
