import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createClient, type Client } from '@libsql/client'
import type { Page } from 'playwright-core'
import { votingPhases } from '../../support/editions'
import { expect, inject } from 'vitest'
import {
  ACCOUNTS,
  baseUrl,
  demoPassword,
  horizontalOverflow,
  SLUG,
  type AccountRole,
  type OutboxItem,
} from '../../support/browser'

/**
 * Arranging the voting scenarios from Node: editions through the staff API (cookie sessions of the demo accounts),
 * accepted projects and moved phase dates written straight into the server's libSQL file (see global-setup.ts).
 * `VOTING_BASE_URL` / `VOTING_DB_FILE` / `VOTING_PASSWORD` let the same helpers seed a hand-started server.
 */

const base = () => process.env.VOTING_BASE_URL || baseUrl()
const password = () => process.env.VOTING_PASSWORD || demoPassword()
const dbPath = () => process.env.VOTING_DB_FILE || inject('dbFile')

let client: Client | null = null
function db(): Client {
  client ??= createClient({ url: `file:${dbPath()}` })
  return client
}

export function closeDb(): void {
  client?.close()
  client = null
}

export interface StaffApi {
  get: (path: string) => Promise<{ status: number; body: any }>
  post: (path: string, body?: unknown) => Promise<{ status: number; body: any }>
}

/** A staff member's cookie session for API calls from Node (paths relative to `/api/v1`). */
export async function staff(role: AccountRole): Promise<StaffApi> {
  const login = await fetch(`${base()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ACCOUNTS[role], password: password() }),
  })
  expect(login.status, await login.clone().text()).toBe(200)
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base()}/api/v1${path}`, {
      method,
      headers: {
        Cookie: cookie,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json().catch(() => null)) as any }
  }
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body ?? {}) }
}

async function freeYear(): Promise<number> {
  const response = await fetch(`${base()}/api/v1/jst/${SLUG}/bo`)
  const { items } = (await response.json()) as { items: { year: number }[] }
  const taken = new Set(items.map((e) => e.year))
  for (;;) {
    const year = 2030 + Math.floor(Math.random() * 70)
    if (!taken.has(year)) return year
  }
}

export interface VotingEdition {
  year: number
  pools: { id: string; code: string; name: string }[]
  projects: { id: string; number: number; title: string; poolCode: string; cost: number }[]
}

const POOLS = [
  {
    code: 'OG',
    name: 'Ogólnogminna',
    kind: 'jst',
    amount: 100_000_000,
    minProjectCost: 1_000_000,
    maxProjectCost: 50_000_000,
    residents: 24_500,
    residentsSource: 'Rejestr mieszkańców, stan na 31.12.2025',
    requiredSupporters: 2,
  },
  {
    code: 'PN',
    name: 'Osiedle Północ',
    kind: 'area',
    areas: ['Osiedle Północ'],
    amount: 30_000_000,
    minProjectCost: 500_000,
    maxProjectCost: 15_000_000,
    residents: 3_200,
    residentsSource: 'Rejestr mieszkańców, stan na 31.12.2025',
    requiredSupporters: 1,
  },
  {
    code: 'PD',
    name: 'Osiedle Południe',
    kind: 'area',
    areas: ['Osiedle Południe', 'Sołectwo Lipki'],
    amount: 20_000_000,
    minProjectCost: 500_000,
    maxProjectCost: 15_000_000,
    residents: 2_800,
    residentsSource: 'Rejestr mieszkańców, stan na 31.12.2025',
    requiredSupporters: 1,
  },
]

/** Projects on the ballot, per pool code: title, short description, cost in grosze. */
const PROJECTS: Record<string, [string, string, number][]> = {
  OG: [
    ['Zielony skwer przy szkole', 'Drzewa, ławki i łąka kwietna przy Szkole Podstawowej nr 1.', 40_000_000],
    ['Ścieżka rowerowa nad rzeką', 'Bezpieczna droga rowerowa z oświetleniem, 1,2 km wzdłuż bulwaru.', 45_000_000],
    ['Biblioteka sąsiedzka', 'Półki z książkami do wymiany w pięciu wiatach przystankowych.', 3_500_000],
  ],
  PN: [
    ['Plac zabaw na Północy', 'Nowe urządzenia i bezpieczna nawierzchnia na placu przy ul. Klonowej.', 12_000_000],
    ['Oświetlenie alejki parkowej', 'Dwanaście latarni LED w parku osiedlowym.', 8_000_000],
  ],
  PD: [
    ['Siłownia pod chmurką', 'Sześć urządzeń do ćwiczeń dla dorosłych i seniorów.', 9_000_000],
    ['Ławki i kosze na Południu', 'Dwadzieścia ławek i kosze do segregacji odpadów.', 4_000_000],
  ],
}

/**
 * An edition in its voting phase now (earlier phases in the past), three pools (one whole-JST, two areas), seven
 * accepted projects. `rules` is merged into sensible defaults: approval, 1–2 projects per pool, one area pool.
 */
export async function createVotingEdition(
  rules: Record<string, unknown> = {},
  options: { amounts?: Record<string, number> } = {},
): Promise<VotingEdition> {
  const year = await freeYear()
  const coordinator = await staff('koordynator')
  const created = await coordinator.post(`/jst/${SLUG}/staff/bo/editions`, {
    year,
    title: `Budżet obywatelski ${year}`,
    resolutionNumber: 'XII/123/2026',
    resolutionDate: '2026-03-01',
    resolutionPublication: 'Dz. Urz. Woj. Maz. 2026 poz. 1234',
    rules: {
      submission: { minAge: null, maxProjectsPerAuthor: 3, formFields: [], categories: ['zieleń', 'sport', 'kultura'] },
      ballot: { format: 'approval', minProjects: 1, maxProjects: 2, areaPools: 'any-one-area' },
      winnerRule: 'greedy',
      tiePolicy: 'seeded-draw',
      appeal: { days: 7, dayKind: 'calendar' },
      ...rules,
    },
    pools: POOLS.map((p) =>
      options.amounts?.[p.code]
        ? {
            ...p,
            amount: options.amounts[p.code],
            maxProjectCost: Math.min(p.maxProjectCost, options.amounts[p.code]!),
          }
        : p,
    ),
    phases: votingPhases(),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const pools = (created.body.pools as { id: string; code: string; name: string }[]).map(({ id, code, name }) => ({
    id,
    code,
    name,
  }))
  const edition = await db().execute({
    sql: 'SELECT e.id, e.tenant_id FROM bo_editions e JOIN tenants t ON t.id = e.tenant_id WHERE t.slug = ? AND e.year = ?',
    args: [SLUG, year],
  })
  const { id: editionId, tenant_id: tenantId } = edition.rows[0] as unknown as { id: string; tenant_id: string }
  const projects: VotingEdition['projects'] = []
  let number = 1
  const now = Date.now()
  for (const pool of pools) {
    for (const [title, summary, cost] of PROJECTS[pool.code] ?? []) {
      const id = randomUUID()
      await db().execute({
        sql: `INSERT INTO bo_projects (id, tenant_id, edition_id, pool_id, number, status, title, summary, description, category, beneficiaries, address, cost_items, cost, extra, author_name, author_email, author_token_hash, author_residence_declared, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, 'accepted', ?, ?, ?, 'zieleń', 'Mieszkańcy', 'Przykładowo', '[]', ?, '{}', 'Autor Testowy', ?, ?, 1, ?, ?)`,
        args: [
          id,
          tenantId,
          editionId,
          pool.id,
          number,
          title,
          summary,
          `${summary} Opis szczegółowy projektu.`,
          cost,
          `autor.${number}.${year}@example.pl`,
          createHash('sha256').update(randomBytes(16)).digest('hex'),
          now,
          now,
        ],
      })
      projects.push({ id, number, title, poolCode: pool.code, cost })
      number++
    }
  }
  return { year, pools, projects }
}

/** Moves the end of voting (and the start of the results phase) to a moment ago, as if the vote had ended. */
export async function endVoting(year: number): Promise<void> {
  const now = Date.now()
  const edition = `(SELECT e.id FROM bo_editions e JOIN tenants t ON t.id = e.tenant_id WHERE t.slug = ? AND e.year = ?)`
  await db().execute({
    sql: `UPDATE bo_phases SET ends_at = ? WHERE phase = 'voting' AND edition_id = ${edition}`,
    args: [now - 2_000, SLUG, year],
  })
  await db().execute({
    sql: `UPDATE bo_phases SET starts_at = ? WHERE phase = 'results' AND edition_id = ${edition}`,
    args: [now - 2_000, SLUG, year],
  })
}

/** The 6-digit code of the newest e-mail to `to` (polled briefly), other than the codes in `except`. */
export async function voteCode(to: string, except: string[] = []): Promise<string> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const response = await fetch(`${base()}/api/v1/dev/outbox`)
    const { items } = (await response.json()) as { items: OutboxItem[] }
    for (const item of items) {
      if (item.to !== to) continue
      const code = /\b(\d{6})\b/.exec(item.text)?.[1]
      if (code && !except.includes(code)) return code
      break
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`No new voting code for ${to} in the outbox`)
}

/** A resident's whole vote through the API (to fill the results with more ballots). Returns the receipt. */
export async function castViaApi(
  year: number,
  email: string,
  choices: Record<string, Record<string, number>>,
  identity: Record<string, unknown>,
): Promise<string> {
  const pub = `${base()}/api/v1/jst/${SLUG}/bo/${year}`
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${pub}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
  expect((await post('/vote/code', { channel: 'email', address: email })).status).toBe(202)
  const code = await voteCode(email)
  const session = await post('/vote/session', { channel: 'email', address: email, code })
  expect(session.status).toBe(201)
  const { token } = (await session.json()) as { token: string }
  const cast = await post(
    '/vote/cast',
    { choices, identity: { residenceDeclared: true, adult: true, ...identity } },
    token,
  )
  const body = (await cast.json()) as { receipt: string }
  expect(cast.status, JSON.stringify(body)).toBe(201)
  return body.receipt
}

/** What has the keyboard focus: its label (or accessible name), tag and type. */
export async function focused(page: Page): Promise<{ tag: string; name: string; type: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return { tag: '', name: '', type: '' }
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? ''
    const aria = el.getAttribute('aria-label') ?? ''
    const name = (aria || labelled || el.textContent || '').replace(/\s+/g, ' ').trim()
    return { tag: el.tagName.toLowerCase(), name, type: (el as HTMLInputElement).type ?? '' }
  })
}

/** Presses Tab (or Shift+Tab) until the focused element's label or name matches; fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, max = 40, backwards = false): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n.startsWith(name) : name.test(n))
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const f = await focused(page)
    if (matches(f.name)) return
    seen.push(`${f.tag}:${f.name.slice(0, 40)}`)
  }
  throw new Error(`Tab did not reach "${name}" in ${max} presses; passed: ${seen.join(' | ')}`)
}

/** The heading of the current wizard step has the keyboard focus and contains `text`. */
export async function expectStep(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const el = document.activeElement
      return !!el && el.tagName === 'H2' && (el.textContent ?? '').replace(/\s+/g, ' ').includes(expected)
    },
    text,
    { timeout: 10_000 },
  )
}

/** Tables scroll inside their wrapper rather than the page; at 360 px they should not need to scroll at all. */
export async function tablesFit(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.table-wrap')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.querySelector('caption')?.textContent ?? 'table'}: ${el.scrollWidth} > ${el.clientWidth}`),
  )
}

/** No horizontal scroll and no table wider than the screen, at the page's current width (phones: 360 px). */
export async function fitsWidth(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth } = await horizontalOverflow(page)
  expect(scrollWidth, `${label} scrolls horizontally`).toBeLessThanOrEqual(clientWidth)
  expect(await tablesFit(page), `${label}: tables wider than the screen`).toEqual([])
}
