import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type FileChooser,
  type Page,
} from 'playwright-core'
import { inject } from 'vitest'

export const baseUrl = () => inject('baseUrl')
export const demoPassword = () => inject('demoPassword')

export const SLUG = 'gmina-przykladowa'
export const TENANT_NAME = 'Gmina Przykładowa'
export const ACCOUNTS = {
  operator: 'operator@wspolnota.example',
  admin: `admin@${SLUG}.example`,
  koordynator: `koordynator@${SLUG}.example`,
  weryfikator: `weryfikator@${SLUG}.example`,
  moderator: `moderator@${SLUG}.example`,
} as const
export type AccountRole = keyof typeof ACCOUNTS

/** Debian's Chromium; never a downloaded browser. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

export interface Opened {
  context: BrowserContext
  page: Page
  /** Messages the page printed to the console as errors, and CSP violations: both should stay empty. */
  problems: string[]
}

/** A 1×1 light grey PNG: what map tiles are in tests. */
export const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGN4AgAA5gDlWNqJzgAAAABJRU5ErkJggg==',
  'base64',
)
/** Addresses of the map's default tile server (web/src/components/map/config.ts). */
export const TILE_URLS = /^https:\/\/([a-c]\.)?tile\.openstreetmap\.org\//

/** A fresh context (own cookies, Polish by default) and page, recording console errors and CSP violations. */
export async function open(browser: Browser, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'pl-PL',
    viewport: { width: 1280, height: 900 },
    ...options,
  })
  // Map tiles never go to the network (tests have none, and OpenStreetMap's servers are no test fixture).
  await context.route(TILE_URLS, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG }))
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    // Expected refusals (401 from /auth/me when signed out, 4xx in error tests) are logged by Chromium as errors.
    if (/Failed to load resource: the server responded with a status of (401|403|404|409|429|400)/.test(text)) return
    problems.push(text)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  return { context, page, problems }
}

/** Waits until the page is settled: no `aria-busy="true"` region and no loading indicator left. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('domcontentloaded')
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy="true"]') &&
      !document.querySelector('.state-loading') &&
      // A page rendered on the server is settled only once the app has rendered over it (main.tsx removes its data).
      !document.getElementById('ssr-data') &&
      document.querySelector('h1'),
    undefined,
    { timeout: 15_000 },
  )
}

export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await settled(page)
}

/**
 * The text of the first element matching `selector` (the page's main by default) with white space folded and
 * trimmed, as a reader takes it in: the journeys compare it with the Polish they expect without caring how the markup
 * breaks lines.
 */
export async function pageText(page: Page, selector = 'main'): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: string[]; failureSummary?: string }[]
}

/**
 * Runs axe-core with the WCAG 2.0 / 2.1 A and AA rules (and `landmark-unique`) and fails with a readable list of violations. axe is
 * injected with `page.evaluate` (a CDP call, not a `<script>` element), so the page's strict CSP stays on.
 */
export async function checkA11y(page: Page, label = page.url()): Promise<void> {
  await settled(page)
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined')
  if (!hasAxe) await page.evaluate(axeSource)
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe
    const wcag = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })
    // Best practice, not WCAG, but a screen reader's landmark list is useless when two regions share one name.
    const landmarks = await axe.run(document, {
      runOnly: { type: 'rule', values: ['landmark-unique'] },
      resultTypes: ['violations'],
    })
    return [...wcag.violations, ...landmarks.violations]
  })) as AxeViolation[]
  if (violations.length === 0) return
  const report = violations
    .map(
      (v) =>
        `• [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n')
  throw new Error(`axe-core found ${violations.length} WCAG A/AA violation(s) on ${label}:\n${report}`)
}

/** No horizontal scrollbar: the document is not wider than the viewport. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
}

/**
 * Signs in through the login form, as a person would, and waits for the panel: its start page for the operator,
 * the JST's own panel for the demo staff (each works in one JST, so there is no unit to choose).
 */
export async function login(page: Page, role: AccountRole, password = demoPassword()): Promise<void> {
  await visit(page, '/panel/logowanie')
  await page.getByLabel('Adres e-mail').fill(ACCOUNTS[role])
  await page.getByLabel('Hasło', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await page.waitForURL((url) => url.pathname === (role === 'operator' ? '/panel' : `/panel/${SLUG}`))
  await settled(page)
}

export interface OutboxItem {
  id: string
  to: string
  subject: string | null
  text: string
  createdAt: string
}

/** The newest e-mail to `to` in the development outbox (polled briefly: sending is part of the request). */
export async function lastEmailTo(to: string): Promise<OutboxItem> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl()}/api/v1/dev/outbox`)
    if (!response.ok) throw new Error(`GET /api/v1/dev/outbox answered ${response.status}`)
    const { items } = (await response.json()) as { items: OutboxItem[] }
    const found = items.find((item) => item.to === to)
    if (found) return found
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`No e-mail to ${to} in the outbox`)
}

export function firstLink(text: string): URL {
  const match = /(https?:\/\/\S+)/.exec(text)
  if (!match) throw new Error(`No link in the e-mail:\n${text}`)
  return new URL(match[1])
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `tmp/screenshots/${name}.png`, fullPage: true })
}

/**
 * Space on the focused file input, then `file` picked in the chooser it opens: how a keyboard user attaches a file.
 * Playwright switches file-chooser interception on when the first listener is added, with a message it does not wait
 * for; a round trip through the page after adding the listener makes sure it is on before the key is pressed
 * (without it, the chooser sometimes opened unseen and the test waited in vain).
 */
export async function chooseFileByKeyboard(page: Page, file: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.evaluate(() => 0)
  await page.keyboard.press('Space')
  await (await chooser).setFiles(file)
}
