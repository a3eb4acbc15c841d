import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ACCOUNTS,
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
  type AccountRole,
} from '../../support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return {
      tag: el?.tagName,
      id: el?.id,
      text: el?.textContent?.trim(),
      type: el?.getAttribute('type'),
      inMain: !!el?.closest('main'),
    }
  })

describe('staff sign-in', () => {
  const roleLabels: Record<AccountRole, string | null> = {
    operator: null,
    admin: 'Administrator',
    koordynator: 'Koordynator',
    weryfikator: 'Weryfikator',
    moderator: 'Moderator',
  }

  for (const role of Object.keys(ACCOUNTS) as AccountRole[]) {
    it(`${role} signs in and reaches the panel`, async () => {
      const { page, context, problems } = await open(browser)
      await login(page, role)
      if (role === 'operator') {
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Dzień dobry, /)
        expect(await page.title()).toBe('Panel pracownika — Wspólnota')
        expect(await page.getByRole('link', { name: 'Jednostki samorządu na platformie' }).getAttribute('href')).toBe(
          '/panel/jst',
        )
      } else {
        // One JST: straight into its panel, with no unit to choose.
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Panel: ${TENANT_NAME}`)
        expect(await page.getByRole('heading', { level: 2, name: `Twoja rola: ${roleLabels[role]}` }).count()).toBe(1)
        const subnav = page.getByRole('navigation', { name: `Panel jednostki ${TENANT_NAME}` })
        expect(await subnav.getByRole('link', { name: 'Zespół' }).count()).toBe(role === 'admin' ? 1 : 0)
        if (role !== 'admin') {
          // Only what the role may: the admin pages explain the refusal instead of failing.
          await visit(page, `/panel/${SLUG}/uzytkownicy`)
          expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Brak uprawnień')
          expect(await page.getByRole('alert').textContent()).toContain(`Twoja rola: ${roleLabels[role]}`)
        }
        // The start page of the panel still lists the unit, for the way back.
        await visit(page, '/panel')
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Dzień dobry, /)
        expect(await page.getByRole('main').getByRole('link', { name: TENANT_NAME }).getAttribute('href')).toBe(
          `/panel/${SLUG}`,
        )
        expect(await page.getByText(`Twoja rola: ${roleLabels[role]}`).count()).toBe(1)
      }
      expect(problems).toEqual([])
      await context.close()
    })
  }

  it('sends a signed-out visitor to the login page and back to where they were going', async () => {
    const { page, context } = await open(browser)
    await visit(page, `/panel/${SLUG}/profil`)
    await page.waitForURL((url) => url.pathname === '/panel/logowanie')
    expect(new URL(page.url()).searchParams.get('powrot')).toBe(`/panel/${SLUG}/profil`)
    await page.getByLabel('Adres e-mail').fill(ACCOUNTS.admin)
    await page.getByLabel('Hasło', { exact: true }).fill(demoPassword())
    await page.getByRole('button', { name: 'Zaloguj się' }).click()
    await page.waitForURL(`**/panel/${SLUG}/profil`)
    await settled(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dane jednostki')
    // Sign out.
    await visit(page, '/panel')
    await page.getByRole('button', { name: 'Wyloguj', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/panel/logowanie')
    await settled(page)
    expect(await page.getByRole('status').filter({ hasText: 'Wylogowano.' }).count()).toBe(1)
    await visit(page, '/panel')
    await page.waitForURL((url) => url.pathname === '/panel/logowanie')
    await context.close()
  })

  it('shows field errors and the general error for a wrong password', async () => {
    const { page, context } = await open(browser)
    await visit(page, '/panel/logowanie')
    // Empty form: errors next to both fields, checked in the browser.
    await page.getByRole('button', { name: 'Zaloguj się' }).click()
    const email = page.getByLabel('Adres e-mail')
    await page.waitForFunction(
      () => document.querySelector('input[type=email]')?.getAttribute('aria-invalid') === 'true',
    )
    const describedBy = (await email.getAttribute('aria-describedby')) ?? ''
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toContain('Podaj adres e-mail.')
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    await checkA11y(page, 'login with errors')

    // Wrong password: the server's message, next to the password field and in the summary.
    await email.fill(ACCOUNTS.moderator)
    await page.getByLabel('Hasło', { exact: true }).fill('to-nie-jest-haslo')
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'))
    await page.getByRole('button', { name: 'Zaloguj się' }).click()
    expect((await answer).status()).toBe(401)
    const password = page.getByLabel('Hasło', { exact: true })
    await page.getByRole('alert').filter({ hasText: 'Nieprawidłowy e-mail lub hasło.' }).waitFor()
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    const passwordDescribedBy = (await password.getAttribute('aria-describedby')) ?? ''
    expect(await page.locator(`[id="${passwordDescribedBy}"]`).textContent()).toContain(
      'Nieprawidłowy e-mail lub hasło.',
    )
    expect(await email.getAttribute('aria-invalid')).toBeNull()
    expect(new URL(page.url()).pathname).toBe('/panel/logowanie')
    await checkA11y(page, 'login with a wrong password')
    await context.close()
  })

  it('tells the person to wait after repeated failures (throttling)', async () => {
    const { page, context } = await open(browser)
    await visit(page, '/panel/logowanie')
    await page.getByLabel('Adres e-mail').fill('nikt-taki@gmina-przykladowa.example')
    let message = ''
    for (let attempt = 0; attempt < 7 && !message.includes('Zbyt wiele'); attempt++) {
      await page.getByLabel('Hasło', { exact: true }).fill(`zle-haslo-${attempt}`)
      const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'))
      await page.getByRole('button', { name: 'Zaloguj się' }).click()
      await response
      await page.waitForFunction(() => document.querySelector('.error-summary'))
      message = (await page.locator('.error-summary').textContent()) ?? ''
    }
    expect(message).toContain('Zbyt wiele nieudanych prób logowania')
    expect(message).toMatch(/Możesz spróbować ponownie za około \d+ min\./)
    await context.close()
  })

  it('keyboard only: the skip link comes first, and signing in works without a mouse', async () => {
    const { page, context } = await open(browser)
    await visit(page, '/')
    await page.keyboard.press('Tab')
    const first = await activeElement(page)
    expect(first.tag).toBe('A')
    expect(first.text).toBe('Przejdź do treści')
    // The skip link is visible when focused.
    const box = await page.locator('.skip-link').boundingBox()
    expect(box && box.y >= 0).toBe(true)
    await page.keyboard.press('Enter')
    const afterSkip = await activeElement(page)
    expect(afterSkip.id).toBe('tresc')
    await page.keyboard.press('Tab')
    expect((await activeElement(page)).inMain).toBe(true)

    // Reach the login page from the menu with the keyboard.
    await page.keyboard.press('Shift+Tab')
    let guard = 0
    while ((await activeElement(page)).text !== 'Panel pracownika' && guard++ < 30)
      await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/panel/logowanie')
    await settled(page)
    // Focus is on the page heading after navigation; Tab on to the e-mail field.
    expect((await activeElement(page)).tag).toBe('H1')
    guard = 0
    while ((await activeElement(page)).type !== 'email' && guard++ < 30) await page.keyboard.press('Tab')
    await page.keyboard.type(ACCOUNTS.koordynator)
    await page.keyboard.press('Tab')
    expect((await activeElement(page)).type).toBe('password')
    await page.keyboard.type(demoPassword())
    await page.keyboard.press('Enter')
    // One JST: straight into its panel, with focus on its heading.
    await page.waitForURL((url) => url.pathname === `/panel/${SLUG}`)
    await settled(page)
    const focused = await activeElement(page)
    expect(focused.tag).toBe('H1')
    expect(focused.text).toBe(`Panel: ${TENANT_NAME}`)
    await context.close()
  })

  it('password reset: request, e-mailed link, new password, sign in with it', async () => {
    const { page, context } = await open(browser)
    await visit(page, '/panel/logowanie')
    await page.getByRole('link', { name: 'Nie pamiętasz hasła?' }).click()
    await page.waitForURL('**/panel/reset-hasla')
    await settled(page)
    await checkA11y(page, 'password reset request')
    await page.getByLabel('Adres e-mail').fill(ACCOUNTS.weryfikator)
    await page.getByRole('button', { name: 'Wyślij link' }).click()
    await page.getByRole('status').filter({ hasText: 'wysłaliśmy na nie link' }).waitFor()
    const mail = await lastEmailTo(ACCOUNTS.weryfikator)
    const link = firstLink(mail.text)
    expect(link.pathname).toMatch(/^\/panel\/reset-hasla\/.+/)
    await visit(page, link.pathname)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ustaw nowe hasło')
    await checkA11y(page, 'password reset confirm')
    // Too short first: error next to the field.
    await page.getByLabel('Nowe hasło', { exact: true }).fill('krotkie')
    await page.getByLabel('Powtórz nowe hasło').fill('krotkie')
    await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click()
    await page.getByText('Hasło musi mieć co najmniej 12 znaków.').first().waitFor()
    const newPassword = `${demoPassword()}-nowe`
    await page.getByLabel('Nowe hasło', { exact: true }).fill(newPassword)
    await page.getByLabel('Powtórz nowe hasło').fill(newPassword)
    await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click()
    await page.getByRole('status').filter({ hasText: 'Hasło zostało zmienione' }).waitFor()
    await login(page, 'weryfikator', newPassword)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Panel: ${TENANT_NAME}`)
    // Put the demo password back for other tests.
    await visit(page, '/panel')
    await page.getByRole('button', { name: 'Wyloguj ze wszystkich urządzeń' }).click()
    await page.waitForURL((url) => url.pathname === '/panel/logowanie')
    await page.request.post('/api/v1/auth/password-reset', { data: { email: ACCOUNTS.weryfikator } })
    const again = firstLink((await lastEmailTo(ACCOUNTS.weryfikator)).text)
    const token = again.pathname.split('/').pop()
    const restored = await page.request.post('/api/v1/auth/password-reset/confirm', {
      data: { token, password: demoPassword() },
    })
    expect(restored.status()).toBe(204)
    await context.close()
  })
})
