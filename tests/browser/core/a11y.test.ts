import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkA11y,
  firstLink,
  horizontalOverflow,
  lastEmailTo,
  launch,
  login,
  open,
  screenshot,
  SLUG,
  visit,
} from '../../support/browser'

/**
 * axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page, at desktop width and at 320 px, where the page must
 * not scroll horizontally (which also covers 200% zoom of a 640 px wide window).
 */
let browser: Browser
let admin: BrowserContext
let operator: BrowserContext
let anonymous: BrowserContext
let invitationPath = ''

const widths = [1280, 320] as const

beforeAll(async () => {
  browser = await launch()
  anonymous = (await open(browser)).context
  const a = await open(browser)
  admin = a.context
  await login(a.page, 'admin')
  const o = await open(browser)
  operator = o.context
  await login(o.page, 'operator')
  // An open invitation, to check the acceptance page.
  const email = `a11y.zaproszenie.${Date.now()}@gmina-przykladowa.example`
  const response = await a.page.request.post(`/api/v1/jst/${SLUG}/staff/invitations`, {
    data: { email, role: 'moderator' },
  })
  expect(response.status()).toBe(201)
  invitationPath = firstLink((await lastEmailTo(email)).text).pathname
})

afterAll(async () => {
  await browser?.close()
})

const publicPages: [string, () => string][] = [
  ['home', () => '/'],
  ['tenant home', () => `/${SLUG}`],
  ['tenant accessibility statement', () => `/${SLUG}/deklaracja-dostepnosci`],
  ['platform accessibility statement', () => '/deklaracja-dostepnosci'],
  ['tenant privacy notice', () => `/${SLUG}/rodo`],
  ['platform privacy notice', () => '/rodo'],
  ['404 page', () => '/tej-strony-nie-ma/wcale'],
  ['404 for an unknown JST', () => '/nieznana-gmina'],
  ['login', () => '/panel/logowanie'],
  ['password reset request', () => '/panel/reset-hasla'],
  ['password reset confirm', () => '/panel/reset-hasla/nieznany-token-0123456789abcdef'],
  ['invitation acceptance', () => invitationPath],
  ['invalid invitation', () => '/panel/zaproszenie/niewazny-token-0123456789abcdef'],
]

const adminPages: [string, string][] = [
  ['panel home', '/panel'],
  ['tenant panel', `/panel/${SLUG}`],
  ['team (users)', `/panel/${SLUG}/uzytkownicy`],
  ['audit log', `/panel/${SLUG}/dziennik`],
  ['JST profile', `/panel/${SLUG}/profil`],
]

async function check(context: BrowserContext, name: string, path: string) {
  const page = await context.newPage()
  try {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 })
      await visit(page, path)
      await checkA11y(page, `${name} (${path}) at ${width} px`)
      const { scrollWidth } = await horizontalOverflow(page)
      expect(scrollWidth, `${name} at ${width} px scrolls horizontally`).toBeLessThanOrEqual(width)
      if (
        name === 'tenant home' ||
        name === 'audit log' ||
        name === 'team (users)' ||
        name === 'JST profile' ||
        name === 'login'
      ) {
        await screenshot(page, `${name.replace(/\W+/g, '-')}-${width}`)
      }
    }
  } finally {
    await page.close()
  }
}

describe('accessibility (axe-core, WCAG 2.1 A/AA) and 320 px reflow', () => {
  for (const [name, path] of publicPages) {
    it(`public: ${name}`, async () => {
      await check(anonymous, name, path())
    })
  }

  for (const [name, path] of adminPages) {
    it(`admin: ${name}`, async () => {
      await check(admin, name, path)
    })
  }

  it('operator: JSTs (list and create form)', async () => {
    await check(operator, 'operator JSTs', '/panel/jst')
  })

  it('English version of the statement and the panel', async () => {
    const page = await admin.newPage()
    await visit(page, `/${SLUG}/deklaracja-dostepnosci`)
    await page.getByRole('button', { name: 'English' }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    await checkA11y(page, 'statement in English')
    await visit(page, `/panel/${SLUG}/uzytkownicy`)
    await checkA11y(page, 'team page in English')
    await page.getByRole('button', { name: 'Polski' }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'pl')
    await page.close()
  })
})
