import { createClient } from '@libsql/client'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'
import { warsawLocalInput } from '../../../worker/core/time/polish-calendar'
import { editionBody as sharedEditionBody } from '../../support/editions'
import { baseUrl, launch, SLUG, type OutboxItem } from '../../support/browser'

const day = 86_400_000

/**
 * A budget year no edition of the demo JST uses yet (other browser test files share the server), chosen at random
 * in a range far from the years real editions would use.
 */
export async function freeYear(): Promise<number> {
  const response = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo`)
  const { items } = (await response.json()) as { items: { year: number }[] }
  const taken = new Set(items.map((e) => e.year))
  for (;;) {
    const year = 2040 + Math.floor(Math.random() * 60)
    if (!taken.has(year)) return year
  }
}

/** An edition whose submission phase is open now (the shared fixture), allowing three projects per author. */
export function editionBody(year: number, overrides: Record<string, unknown> = {}) {
  const body = sharedEditionBody(year)
  return {
    ...body,
    rules: { ...body.rules, submission: { ...body.rules.submission, maxProjectsPerAuthor: 3 } },
    ...overrides,
  }
}

/** Creates an edition through the API with the session of a signed-in coordinator's page. */
export async function createEdition(
  page: Page,
  overrides: Record<string, unknown> = {},
): Promise<{ year: number; pools: { id: string; name: string }[] }> {
  const year = await freeYear()
  const response = await page.request.post(`/api/v1/jst/${SLUG}/staff/bo/editions`, {
    data: editionBody(year, overrides),
  })
  expect(response.status(), await response.text()).toBe(201)
  return { year, pools: ((await response.json()) as { pools: { id: string; name: string }[] }).pools }
}

/** A draft (and optionally submitted project) made through the API, as a resident would. */
export async function createProject(
  year: number,
  poolId: string,
  fields: Record<string, unknown> = {},
): Promise<{ id: string; token: string }> {
  const response = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}/projects`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      authorName: 'Anna Kowalska',
      authorEmail: `anna.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.pl`,
      residenceDeclared: true,
      title: 'Zielony skwer przy szkole',
      summary: 'Nowe drzewa, ławki i łąka kwietna przy Szkole Podstawowej nr 1.',
      description:
        'Projekt zakłada nasadzenie 20 drzew, ustawienie 6 ławek i założenie łąki kwietnej na nieużytku przy szkole. Teren należy do gminy.',
      poolId,
      category: 'zieleń',
      beneficiaries: 'Uczniowie, rodzice i sąsiedzi szkoły',
      address: 'ul. Szkolna 1, Przykładowo',
      costItems: [{ name: 'Drzewa (20 szt.)', amount: 4_000_000 }],
      extra: { ogolnodostepny: true },
      ...fields,
    }),
  })
  const text = await response.text()
  expect(response.status, text).toBe(201)
  const { token, project } = JSON.parse(text) as { token: string; project: { id: string } }
  return { id: project.id, token }
}

export async function authorRequest(method: string, year: number, path: string, token: string, body?: unknown) {
  const response = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}/projects${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

/** The newest e-mail to `to` whose text matches `pattern` (polled briefly). */
export async function emailMatching(to: string, pattern: RegExp): Promise<OutboxItem> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl()}/api/v1/dev/outbox`)
    const { items } = (await response.json()) as { items: OutboxItem[] }
    const found = items.find((item) => item.to === to && pattern.test(item.text))
    if (found) return found
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`No e-mail to ${to} matching ${pattern}`)
}

export function linkIn(text: string, pattern: RegExp): URL {
  const link = (text.match(/https?:\/\/\S+/g) ?? []).find((l) => pattern.test(l))
  if (!link) throw new Error(`No link matching ${pattern} in:\n${text}`)
  return new URL(link)
}

/** A description of the focused element: its label (or accessible name) and tag, for keyboard-only navigation. */
async function focused(page: Page): Promise<{ tag: string; name: string; type: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return { tag: '', name: '', type: '' }
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? ''
    const aria = el.getAttribute('aria-label') ?? ''
    const name = (aria || labelled || el.textContent || '').replace(/\s+/g, ' ').trim()
    return { tag: el.tagName.toLowerCase(), name, type: (el as HTMLInputElement).type ?? '' }
  })
}

/**
 * Presses Tab (only Tab) until the focused element's label or name starts with `name`; fails after `max` presses.
 * This is how a keyboard user moves through the form.
 */
export async function tabTo(page: Page, name: string | RegExp, max = 40): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n.startsWith(name) : name.test(n))
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (matches(f.name)) return
    seen.push(`${f.tag}:${f.name.slice(0, 40)}`)
  }
  throw new Error(`Tab did not reach "${name}" in ${max} presses; passed: ${seen.join(' | ')}`)
}

/** Tab to a text field and type into it. */
export async function tabType(page: Page, name: string | RegExp, text: string): Promise<void> {
  await tabTo(page, name)
  await page.keyboard.type(text)
}

/** Tab to a button (or link) and press Enter. */
export async function tabPress(page: Page, name: string | RegExp, key = 'Enter'): Promise<void> {
  await tabTo(page, name)
  await page.keyboard.press(key)
}

/**
 * Moves the whole calendar of the given editions two years back, so that after this file they are no longer
 * running: the JST home lists running editions, and other test files expect the demo JST to have none. There is no
 * API to end an edition early (its calendar is fixed once submission opens), so this writes the server's libSQL
 * file (its path comes from global-setup.ts), like the voting tests do.
 */
export async function retireEditions(years: number[]): Promise<void> {
  const file = inject('dbFile' as never) as string | undefined
  if (!file || years.length === 0) return
  const client = createClient({ url: `file:${file}` })
  try {
    const shift = 2 * 365 * day
    await client.execute({
      sql: `UPDATE bo_phases SET starts_at = starts_at - ?, ends_at = ends_at - ? WHERE edition_id IN (SELECT e.id FROM bo_editions e JOIN tenants t ON t.id = e.tenant_id WHERE t.slug = ? AND e.year IN (${years.map(() => '?').join(', ')}))`,
      args: [shift, shift, SLUG, ...years],
    })
  } finally {
    client.close()
  }
}

/**
 * The setup of a budget journey file: one browser for its tests, and the editions they create (pushed to `years`)
 * retired after them so the next file finds the demo JST without a running edition. Call it at the top level of the
 * file; `browser` is there from the first test on.
 */
export function budgetBrowser(): { browser: Browser; years: number[] } {
  const suite = { browser: undefined as unknown as Browser, years: [] as number[] }
  beforeAll(async () => {
    suite.browser = await launch()
  })
  afterAll(async () => {
    await suite.browser?.close()
    await retireEditions(suite.years)
  })
  return suite
}

/** `YYYY-MM-DDTHH:mm`, the value of a datetime-local input of the panel: Warsaw time, whatever the machine's zone. */
export function datetimeLocal(d: Date): string {
  return warsawLocalInput(d)
}

/** A datetime-local value `days` from now. */
export const localIn = (days: number) => datetimeLocal(new Date(Date.now() + days * day))

/**
 * A project submitted through the API in an area pool (one supporter needed there): created, supported once and
 * submitted by its author, with the number submission gave it — how the journeys get projects the panel can work on.
 */
export async function submitProject(
  year: number,
  poolId: string,
  fields: Record<string, unknown> = {},
): Promise<{ id: string; token: string; number: number }> {
  const project = await createProject(year, poolId, fields)
  const support = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}/projects/${project.id}/supports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Ola Zielińska',
      address: `ul. Lipowa ${Math.floor(Math.random() * 1000)}`,
      residenceDeclared: true,
    }),
  })
  expect(support.status, await support.text()).toBe(201)
  const done = await authorRequest('POST', year, `/${project.id}/submit`, project.token)
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  return { ...project, number: done.body.project.number as number }
}
