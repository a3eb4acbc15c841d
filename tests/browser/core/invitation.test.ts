import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkA11y,
  demoPassword,
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

describe('inviting a new team member', () => {
  it('admin invites a koordynator, who accepts from the e-mail and reaches the panel; the audit log shows it', async () => {
    const email = `nowy.koordynator.${Date.now()}@gmina-przykladowa.example`
    const name = 'Zofia Nowak-Testowa'
    const admin = await open(browser)
    await login(admin.page, 'admin')
    await visit(admin.page, `/panel/${SLUG}/uzytkownicy`)
    await admin.page.getByLabel('Adres e-mail osoby zapraszanej').fill(email)
    await admin.page.getByLabel('Rola', { exact: true }).selectOption('koordynator')
    await admin.page.getByRole('button', { name: 'Wyślij zaproszenie' }).click()
    await admin.page
      .getByRole('status')
      .filter({ hasText: `Wysłano zaproszenie na adres ${email}.` })
      .waitFor()
    await admin.page.getByRole('region', { name: 'Oczekujące zaproszenia', exact: true }).getByText(email).waitFor()

    // The e-mail, read from the development outbox.
    const mail = await lastEmailTo(email)
    expect(mail.subject).toContain(TENANT_NAME)
    const link = firstLink(mail.text)
    expect(link.pathname).toMatch(/^\/panel\/zaproszenie\/.+/)

    // The invitee, in a separate browser context (no cookies), accepts.
    const invitee = await open(browser)
    await visit(invitee.page, link.pathname + link.search)
    expect(await invitee.page.getByRole('heading', { level: 1 }).textContent()).toBe('Zaproszenie do zespołu')
    const facts = (await invitee.page.locator('dl').textContent()) ?? ''
    expect(facts).toContain(TENANT_NAME)
    expect(facts).toContain('Koordynator')
    expect(facts).toContain(email)
    await checkA11y(invitee.page, 'invitation acceptance')
    // Mismatched passwords first: an error next to the repeat field.
    await invitee.page.getByLabel('Imię i nazwisko').fill(name)
    await invitee.page.getByLabel('Nowe hasło', { exact: true }).fill('bardzo-dlugie-haslo-1')
    await invitee.page.getByLabel('Powtórz nowe hasło').fill('bardzo-dlugie-haslo-2')
    await invitee.page.getByRole('button', { name: 'Przyjmij zaproszenie' }).click()
    await invitee.page.waitForFunction(() => document.querySelectorAll('input[aria-invalid="true"]').length === 1)
    expect(await invitee.page.getByLabel('Powtórz nowe hasło').getAttribute('aria-invalid')).toBe('true')
    const password = `${demoPassword()}-zosia`
    await invitee.page.getByLabel('Nowe hasło', { exact: true }).fill(password)
    await invitee.page.getByLabel('Powtórz nowe hasło').fill(password)
    await invitee.page.getByRole('button', { name: 'Przyjmij zaproszenie' }).click()
    await invitee.page.waitForURL(`**/panel/${SLUG}`)
    await settled(invitee.page)
    expect(await invitee.page.getByRole('heading', { level: 1 }).textContent()).toBe(`Panel: ${TENANT_NAME}`)
    expect(await invitee.page.getByRole('heading', { level: 2, name: 'Twoja rola: Koordynator' }).count()).toBe(1)
    await visit(invitee.page, '/panel')
    expect(await invitee.page.getByRole('heading', { level: 1 }).textContent()).toBe(`Dzień dobry, ${name}`)
    // The link cannot be used twice.
    const reuse = await open(browser)
    await visit(reuse.page, link.pathname)
    expect(await reuse.page.getByText('Zaproszenie jest nieważne').count()).toBe(1)
    await reuse.context.close()

    // The admin sees the new member and both events in the audit log.
    await visit(admin.page, `/panel/${SLUG}/uzytkownicy`)
    const row = admin.page.getByRole('row').filter({ hasText: email })
    expect(await row.getByRole('cell', { name: 'Koordynator', exact: true }).count()).toBe(1)
    await visit(admin.page, `/panel/${SLUG}/dziennik`)
    const log = admin.page.getByRole('region', { name: 'Wpisy dziennika zdarzeń' })
    const invited = log.getByRole('row').filter({ hasText: 'Wysłanie zaproszenia' }).filter({ hasText: email })
    const accepted = log.getByRole('row').filter({ hasText: 'Przyjęcie zaproszenia' }).filter({ hasText: name })
    expect(await invited.count()).toBe(1)
    expect(await accepted.count()).toBe(1)
    expect(await invited.locator('ins').first().textContent()).toBe(email)

    // Change the role with confirmation; the invitee's next page reflects it.
    await visit(admin.page, `/panel/${SLUG}/uzytkownicy`)
    await admin.page.getByLabel(`Nowa rola: ${name}`).selectOption('weryfikator')
    await admin.page.getByRole('button', { name: `Zmień rolę — ${name}` }).click()
    const dialog = admin.page.getByRole('dialog', { name: 'Zmienić rolę?' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('„Koordynator”')
    await checkA11y(admin.page, 'role change dialog')
    await dialog.getByRole('button', { name: 'Zmień rolę' }).click()
    await admin.page
      .getByRole('status')
      .filter({ hasText: `${name} ma teraz rolę „Weryfikator”` })
      .waitFor()
    await admin.page.getByRole('dialog').waitFor({ state: 'hidden' })

    // Deactivate (cancel first, then confirm); the invitee loses access.
    await admin.page.getByRole('button', { name: `Wyłącz dostęp — ${name}` }).click()
    await admin.page.getByRole('dialog', { name: 'Wyłączyć dostęp?' }).getByRole('button', { name: 'Anuluj' }).click()
    await admin.page.getByRole('dialog').waitFor({ state: 'hidden' })
    // Focus returns to the button that opened the dialog.
    await expect
      .poll(() => admin.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Wyłącz dostęp — ${name}`)
    await admin.page.getByRole('button', { name: `Wyłącz dostęp — ${name}` }).click()
    await admin.page
      .getByRole('dialog', { name: 'Wyłączyć dostęp?' })
      .getByRole('button', { name: 'Wyłącz dostęp' })
      .click()
    await admin.page
      .getByRole('status')
      .filter({ hasText: `Wyłączono dostęp: ${name}.` })
      .waitFor()
    await admin.page.getByRole('row').filter({ hasText: email }).getByText('Wyłączone').waitFor()
    expect(await admin.page.getByRole('button', { name: `Przywróć dostęp — ${name}` }).count()).toBe(1)
    await visit(invitee.page, `/panel/${SLUG}`)
    expect(await invitee.page.getByRole('heading', { level: 1 }).textContent()).not.toBe(`Panel: ${TENANT_NAME}`)

    await visit(admin.page, `/panel/${SLUG}/dziennik`)
    expect(
      await admin.page.getByRole('row').filter({ hasText: 'Zmiana roli lub dostępu' }).count(),
    ).toBeGreaterThanOrEqual(2)
    expect(admin.problems).toEqual([])
    await invitee.context.close()
    await admin.context.close()
  })
})
