import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  baseUrl,
  checkA11y,
  firstLink,
  horizontalOverflow,
  lastEmailTo,
  launch,
  login,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  TENANT_NAME,
  visit,
} from '../../support/browser'

/**
 * The NGO directory's journey: a resident registers an organisation on a 360 px phone with the keyboard alone and
 * confirms it from the e-mailed link; a koordynator verifies it in the JST's panel (and refuses another, with a reason);
 * the organisation shows in the directory with its badge, and a resident writes to it without ever seeing its address.
 * Every page passes axe-core.
 */

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

/** The focused element's label or accessible name, as a keyboard user meets it. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return ''
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? ''
    const aria = el.getAttribute('aria-label') ?? ''
    return (aria || labelled || el.textContent || '').replace(/\s+/g, ' ').trim()
  })
}

/**
 * Tab (only Tab) until the focused element's name starts with `name` — or, for a field (`exact`), is its label, with
 * "(nieobowiązkowe)" after it at most, so the error summary's link to the field is passed by.
 */
async function tabTo(page: Page, name: string, { max = 80, exact = false } = {}): Promise<void> {
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const now = await focusedName(page)
    if (exact ? now === name || now.startsWith(`${name} (`) : now.startsWith(name)) return
    seen.push(now.slice(0, 30))
  }
  throw new Error(`Tab did not reach "${name}" in ${max} presses; passed: ${seen.join(' | ')}`)
}

async function tabType(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, name, { exact: true })
  await page.keyboard.type(text)
}

async function tabPress(page: Page, name: string, key = 'Enter'): Promise<void> {
  await tabTo(page, name)
  await page.keyboard.press(key)
}

async function fits(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth } = await horizontalOverflow(page)
  expect(scrollWidth, `${label}: no horizontal scrolling at 360 px`).toBeLessThanOrEqual(clientWidth)
}

const stamp = Date.now()
const orgName = `Fundacja Zielony Łęg ${stamp}`
const orgEmail = `fundacja.${stamp}@zielony-leg.example`
const krs = String(stamp).slice(-10).padStart(10, '0')

describe('the NGO directory', () => {
  it('a resident registers an NGO by keyboard on a phone and confirms it; staff verify it; it is in the directory', async () => {
    // ——— 1. The resident, on a 360 px phone, with the keyboard alone. ———
    const phone = await open(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
    const r = phone.page
    await visit(r, '/organizacje')
    expect(await r.getByRole('heading', { level: 1 }).textContent()).toBe('Organizacje pozarządowe')
    await checkA11y(r, 'directory')
    await fits(r, 'directory')
    await tabPress(r, 'Zgłoś organizację do katalogu')
    await r.waitForURL((url) => url.pathname === '/organizacje/rejestracja')
    await settled(r)
    expect(await r.getByRole('heading', { level: 1 }).textContent()).toBe('Zgłoś organizację')
    await checkA11y(r, 'registration form')
    await fits(r, 'registration form')

    // Sent empty: the summary takes the focus and every field says what is wrong, next to it.
    await tabPress(r, 'Zgłoś organizację')
    await r.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    const summary = await pageText(r, '.error-summary')
    expect(summary).toContain('Pełna nazwa organizacji: Podaj pełną nazwę organizacji.')
    expect(summary).toContain('Numer KRS: Numer KRS to dokładnie 10 cyfr')
    expect(summary).toContain('Sfery zadań publicznych: Wybierz co najmniej jedną sferę zadań publicznych.')
    expect(await r.getByLabel('Pełna nazwa organizacji').getAttribute('aria-invalid')).toBe('true')
    await checkA11y(r, 'registration form with errors')
    await screenshot(r, 'organizations-register-errors-360')

    await tabType(r, 'Pełna nazwa organizacji', orgName)
    await tabType(r, 'Numer KRS', '12345')
    await tabPress(r, 'ekologia i ochrona zwierząt', 'Space')
    await tabPress(r, 'nauka, szkolnictwo wyższe', 'Space')
    await tabPress(r, TENANT_NAME, 'Space')
    await tabType(r, 'Krótki opis działalności', 'Sadzimy drzewa nad rzeką i uczymy o przyrodzie.')
    await tabType(r, 'Imię i nazwisko osoby reprezentującej organizację', 'Anna Kowalska')
    await tabType(r, 'Adres e-mail organizacji do kontaktu', orgEmail)
    await tabPress(r, 'Oświadczam, że mogę działać', 'Space')
    await tabPress(r, 'Zgłoś organizację')
    // Only the KRS number is wrong now; its link in the summary takes the keyboard to the field.
    await r.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length === 1)
    expect(await r.getByLabel('Numer KRS').getAttribute('aria-invalid')).toBe('true')
    await tabPress(r, 'Numer KRS: Numer KRS to dokładnie 10 cyfr')
    expect(await focusedName(r)).toBe('Numer KRS')
    await r.keyboard.press('Control+A')
    await r.keyboard.type(krs)
    await tabPress(r, 'Zgłoś organizację')
    await r.getByRole('heading', { name: 'Sprawdź skrzynkę e-mail' }).waitFor()
    expect(await pageText(r)).toContain(`Wysłaliśmy link potwierdzający na adres ${orgEmail}`)
    await fits(r, 'registration sent')

    // ——— 2. The link from the e-mail confirms the address. ———
    const mail = await lastEmailTo(orgEmail)
    expect(mail.subject).toBe('Katalog organizacji pozarządowych: potwierdź adres e-mail')
    const link = firstLink(mail.text)
    expect(link.origin).toBe(new URL(baseUrl()).origin)
    expect(link.pathname).toBe('/organizacje/potwierdzenie')
    await visit(r, link.pathname + link.hash)
    await r.getByRole('heading', { name: 'Adres potwierdzony' }).waitFor()
    expect(await pageText(r)).toContain(`Wpis organizacji „${orgName}” jest już w katalogu.`)
    // The code left the address bar at once.
    expect(new URL(r.url()).hash).toBe('')
    await checkA11y(r, 'confirmation')
    await fits(r, 'confirmation')
    // The representative's page opens with the key this browser kept.
    await r.getByRole('link', { name: 'Zarządzaj wpisem' }).click()
    await settled(r)
    expect(await pageText(r)).toContain('Czeka na weryfikację urzędu')
    expect(await pageText(r)).toContain(orgEmail)
    await checkA11y(r, 'representative page')
    await fits(r, 'representative page')

    // A second organisation, registered through the API, for the refusal.
    const otherName = `Stowarzyszenie Pomyłka ${stamp}`
    const otherEmail = `pomylka.${stamp}@example.pl`
    const registered = await fetch(`${baseUrl()}/api/v1/organizations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: otherName,
        legalForm: 'stowarzyszenie',
        register: 'krs',
        registerNumber: String(stamp + 1)
          .slice(-10)
          .padStart(10, '0'),
        areas: ['kultura'],
        tenants: [SLUG],
        representativeName: 'Jan Nowak',
        contactEmail: otherEmail,
        representationDeclared: true,
      }),
    })
    expect(registered.status).toBe(201)
    const otherLink = firstLink((await lastEmailTo(otherEmail)).text)
    const confirmed = await fetch(`${baseUrl()}/api/v1/organizations/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: /#kod=([\w-]+)/.exec(otherLink.hash)![1] }),
    })
    expect(confirmed.status).toBe(200)

    // ——— 3. The koordynator verifies the first and refuses the second, with a reason. ———
    const staff = await open(browser)
    const s = staff.page
    await login(s, 'koordynator')
    await s
      .getByRole('navigation', { name: /^Panel jednostki/ })
      .getByRole('link', { name: 'Organizacje' })
      .click()
    await s.waitForURL((url) => url.pathname === `/panel/${SLUG}/organizacje`)
    await settled(s)
    expect(await s.getByRole('heading', { level: 1 }).textContent()).toBe('Organizacje pozarządowe')
    const table = s.getByRole('region', { name: `Organizacje pozarządowe działające w: ${TENANT_NAME}` })
    await table.getByText(orgName).waitFor()
    expect(await pageText(s, 'table')).toContain(orgEmail)
    await checkA11y(s, 'panel: organisations')
    await screenshot(s, 'organizations-panel-1280')

    await s.getByRole('button', { name: `Zweryfikuj: ${orgName}` }).click()
    const verifyDialog = s.getByRole('dialog', { name: 'Zweryfikować organizację?' })
    await verifyDialog.waitFor()
    await checkA11y(s, 'panel: verification dialog')
    await verifyDialog.getByRole('button', { name: 'Zweryfikuj' }).click()
    await s
      .getByRole('status')
      .filter({ hasText: `Zweryfikowano: ${orgName}.` })
      .waitFor()
    await settled(s)
    expect(await s.getByRole('button', { name: `Zweryfikuj: ${orgName}` }).count()).toBe(0)

    await s.getByRole('button', { name: `Odmów weryfikacji: ${otherName}` }).click()
    const refuseDialog = s.getByRole('dialog', { name: 'Odmowa weryfikacji' })
    await refuseDialog.waitFor()
    await refuseDialog.getByLabel('Powód odmowy').fill('Za krótko')
    await refuseDialog.getByRole('button', { name: 'Odmów' }).click()
    await refuseDialog.getByText('Napisz powód odmowy (co najmniej 10 znaków)').waitFor()
    expect(await refuseDialog.getByLabel('Powód odmowy').getAttribute('aria-invalid')).toBe('true')
    await checkA11y(s, 'panel: refusal dialog with an error')
    const reason = 'Numer KRS należy do innej organizacji — prosimy o kontakt z urzędem.'
    await refuseDialog.getByLabel('Powód odmowy').fill(reason)
    await refuseDialog.getByRole('button', { name: 'Odmów' }).click()
    await s
      .getByRole('status')
      .filter({ hasText: `Odmówiono weryfikacji: ${otherName}.` })
      .waitFor()
    const refusal = await lastEmailTo(otherEmail)
    expect(refusal.subject).toBe('Katalog organizacji pozarządowych: odmowa weryfikacji')
    expect(refusal.text).toContain(reason)
    expect((await lastEmailTo(orgEmail)).subject).toBe('Katalog organizacji pozarządowych: wpis zweryfikowany')

    // ——— 4. In the directory: the badge, the page, and a message that never shows the address. ———
    await visit(r, `/organizacje?q=${encodeURIComponent('zielony leg ' + stamp)}`)
    const card = r.getByRole('listitem').filter({ hasText: orgName })
    await card.waitFor()
    expect(await card.textContent()).toContain('Zweryfikowana')
    expect(await pageText(r)).not.toContain(otherName)
    await checkA11y(r, 'directory with a result')
    await screenshot(r, 'organizations-directory-360')
    await fits(r, 'directory with a result')
    // The JST's own directory lists it too.
    await visit(r, `/${SLUG}/organizacje`)
    await r.getByRole('link', { name: orgName }).waitFor()
    expect(await pageText(r)).not.toContain(otherName)
    await r.getByRole('link', { name: orgName }).click()
    await settled(r)
    expect(await r.getByRole('heading', { level: 1 }).textContent()).toBe(orgName)
    const text = await pageText(r)
    expect(text).toContain('Zweryfikowana')
    expect(text).toContain(krs)
    expect(text).toContain('ekologia i ochrona zwierząt')
    expect(text).not.toContain(orgEmail)
    await checkA11y(r, 'organisation page')
    await screenshot(r, 'organizations-page-360')
    await fits(r, 'organisation page')

    await tabType(r, 'Imię i nazwisko', 'Jan Mieszkaniec')
    await tabType(r, 'Twój adres e-mail', 'jan.mieszkaniec@example.pl')
    await tabType(r, 'Wiadomość', 'Chciałbym pomóc przy sadzeniu drzew w sobotę.')
    await tabPress(r, 'Wyślij wiadomość')
    await r
      .getByRole('status')
      .filter({ hasText: 'Wiadomość wysłana. Odpowiedź organizacji przyjdzie na adres jan.mieszkaniec@example.pl.' })
      .waitFor()
    expect(await pageText(r)).not.toContain(orgEmail)
    const message = await lastEmailTo(orgEmail)
    expect(message.subject).toBe('Katalog organizacji pozarządowych: wiadomość od Jan Mieszkaniec')
    expect(message.text).toContain('Chciałbym pomóc przy sadzeniu drzew w sobotę.')

    expect(phone.problems).toEqual([])
    expect(staff.problems).toEqual([])
    await phone.context.close()
    await staff.context.close()
  })

  it('keeps the verification section from roles that do not deal with organisations', async () => {
    const { page, context, problems } = await open(browser)
    await login(page, 'weryfikator')
    expect(
      await page
        .getByRole('navigation', { name: /^Panel jednostki/ })
        .getByRole('link', { name: 'Organizacje' })
        .count(),
    ).toBe(0)
    await visit(page, `/panel/${SLUG}/organizacje`)
    expect(await pageText(page)).toContain('Organizacjami pozarządowymi zajmują się administrator i koordynator.')
    await checkA11y(page, 'panel: organisations refused to a weryfikator')
    expect(problems).toEqual([])
    await context.close()
  })
})
