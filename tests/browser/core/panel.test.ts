import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkA11y,
  firstLink,
  lastEmailTo,
  launch,
  login,
  open,
  settled,
  SLUG,
  TENANT_NAME,
  visit,
} from '../../support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

describe('operator and admin pages', () => {
  it('operator creates a JST: field errors first, then the new JST is listed and public', async () => {
    const { page, context, problems } = await open(browser)
    await login(page, 'operator')
    await page.getByRole('link', { name: 'Jednostki samorządu na platformie' }).click()
    await page.waitForURL('**/panel/jst')
    await settled(page)
    expect(
      await page
        .getByRole('region', { name: 'Jednostki na platformie', exact: true })
        .getByRole('link', { name: TENANT_NAME, exact: true })
        .count(),
    ).toBe(1)

    // Empty form: errors next to the fields.
    await page.getByRole('button', { name: 'Dodaj jednostkę' }).click()
    await page.waitForFunction(() => document.querySelectorAll('input[aria-invalid="true"]').length >= 3)
    expect(await page.getByLabel('Nazwa', { exact: true }).getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('Kod TERYT').getAttribute('aria-invalid')).toBe('true')
    await checkA11y(page, 'create JST with errors')

    // The kind select offers the six kinds with Polish names.
    const kinds = await page.getByLabel('Rodzaj jednostki').locator('option').allTextContents()
    expect(kinds).toEqual([
      'Gmina miejska',
      'Gmina wiejska',
      'Gmina miejsko-wiejska',
      'Miasto na prawach powiatu',
      'Powiat',
      'Województwo',
    ])

    const suffix = Date.now().toString(36)
    const name = `Gmina Testowa ${suffix}`
    await page.getByLabel('Nazwa', { exact: true }).fill(name)
    expect(await page.getByLabel('Adres strony').inputValue()).toBe(`gmina-testowa-${suffix}`)
    await page.getByLabel('Rodzaj jednostki').selectOption('gmina-wiejska')
    await page.getByLabel('Kod TERYT').fill('0201012')
    await page.getByLabel('Liczba mieszkańców').fill('4 321')
    await page.getByLabel('E-mail do kontaktu').fill(`urzad@${suffix}.example`)
    // A BIP address without https:// is refused by the server, next to its field.
    await page.getByLabel('Adres Biuletynu Informacji Publicznej').fill('bip.example')
    await page.getByRole('button', { name: 'Dodaj jednostkę' }).click()
    await page.waitForFunction(
      () => document.querySelector('input[name="bipUrl"]')?.getAttribute('aria-invalid') === 'true',
    )
    await page.getByLabel('Adres Biuletynu Informacji Publicznej').fill(`https://bip.${suffix}.example`)
    await page.getByLabel('Adres urzędu').fill('ul. Testowa 1, 00-001 Testowo')
    await page.getByRole('button', { name: 'Dodaj jednostkę' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Dodano jednostkę: ${name}.` })
      .waitFor()
    await page
      .getByRole('region', { name: 'Jednostki na platformie', exact: true })
      .getByRole('link', { name, exact: true })
      .waitFor()

    // The operator invites the new JST's first administrator from its team page.
    await page.getByRole('link', { name: `Zespół: ${name}` }).click()
    await page.waitForURL(`**/panel/gmina-testowa-${suffix}/uzytkownicy`)
    await settled(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Zespół')
    expect(await page.getByText('W zespole nie ma jeszcze nikogo.').count()).toBe(1)
    await checkA11y(page, 'team page of a new JST (operator)')
    const firstAdmin = `sekretarz@${suffix}.example`
    await page.getByLabel('Adres e-mail osoby zapraszanej').fill(firstAdmin)
    await page.getByLabel('Rola', { exact: true }).selectOption('admin')
    await page.getByRole('button', { name: 'Wyślij zaproszenie' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Wysłano zaproszenie na adres ${firstAdmin}.` })
      .waitFor()
    expect(firstLink((await lastEmailTo(firstAdmin)).text).pathname).toMatch(/^\/panel\/zaproszenie\//)

    await visit(page, `/gmina-testowa-${suffix}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name)
    expect(await page.getByText('Gmina wiejska').count()).toBe(1)
    await visit(page, `/gmina-testowa-${suffix}/rodo`)
    expect(await page.locator('main').textContent()).toContain(`Wójt Gminy — ${name}, ul. Testowa 1, 00-001 Testowo`)
    expect(problems).toEqual([])
    await context.close()
  })

  it('admin edits the public details; they appear on the JST page and in the audit log with a readable diff', async () => {
    const { page, context, problems } = await open(browser)
    await login(page, 'admin')
    await visit(page, `/panel/${SLUG}/profil`)
    const phone = page.getByLabel('Telefon do kontaktu')
    const newPhone = `+48 22 ${String(Date.now()).slice(-3)} 00 00`
    const oldPhone = await phone.inputValue()
    await phone.fill(newPhone)
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click()
    await page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' }).waitFor()
    // Invalid e-mail: error next to the field.
    await page.getByLabel('E-mail do kontaktu').fill('to-nie-email')
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click()
    await page.waitForFunction(
      () => document.querySelector('input[name="contactEmail"]')?.getAttribute('aria-invalid') === 'true',
    )
    await checkA11y(page, 'profile with an error')

    await visit(page, `/${SLUG}`)
    expect(await page.getByRole('link', { name: newPhone }).count()).toBe(1)
    await visit(page, `/panel/${SLUG}/dziennik`)
    const row = page.getByRole('row').filter({ hasText: 'Zmiana danych jednostki' }).first()
    const changes = (await row.textContent()) ?? ''
    expect(changes).toContain('Telefon do kontaktu')
    expect(changes).toContain(newPhone)
    if (oldPhone) expect(changes).toContain(oldPhone)
    expect(problems).toEqual([])
    await context.close()
  })

  it('audit log pages with "Wczytaj starsze"', async () => {
    const { page, context, problems } = await open(browser)
    await login(page, 'admin')
    // Enough entries for a second page (50 per page).
    for (let i = 0; i < 52; i++) {
      const response = await page.request.patch(`/api/v1/jst/${SLUG}/staff/profile`, {
        data: { population: 12000 + i },
      })
      expect(response.status()).toBe(200)
    }
    await visit(page, `/panel/${SLUG}/dziennik`)
    const region = page.getByRole('region', { name: 'Wpisy dziennika zdarzeń' })
    expect(await region.locator('tbody tr').count()).toBe(50)
    expect(await page.getByText('Wyświetlane wpisy: 50').count()).toBe(1)
    await page.getByRole('button', { name: 'Wczytaj starsze' }).click()
    await page.waitForFunction(() => document.querySelectorAll('.audit-table tbody tr').length > 50)
    await settled(page)
    const total = await region.locator('tbody tr').count()
    expect(total).toBeGreaterThan(50)
    // Focus moves to the first newly loaded row, so keyboard users continue from there.
    await page.waitForFunction(() => document.activeElement?.tagName === 'TR')
    // No entry is shown twice (compared by id: two entries can read the same, e.g. the scheduler's phase changes).
    const ids = await region
      .locator('tbody tr[data-entry-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry-id')))
    expect(ids.length).toBe(total)
    expect(new Set(ids).size).toBe(ids.length)
    await checkA11y(page, 'audit log, second page')
    expect(problems).toEqual([])
    await context.close()
  })
})
