import { createClient, type Client } from '@libsql/client'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { PROGRAMME } from '../../../worker/consultations/demo/content'
import { PROGRAMME_FIXTURE_YEAR, PROGRAMME_V1 } from '../../../worker/consultations/demo/drafts'
import { addDays, deadlineInDays } from '../../../worker/councils/domain/dates'
import { rdppStatute } from '../../../worker/councils/domain/fixtures'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { hashToken, newToken } from '../../../worker/core/ids'
import { checkA11y, launch, login, open, pageText, settled, SLUG, visit } from '../../support/browser'
import { closeDb, fitsWidth, focused, staff, tabTo, type StaffApi } from '../budget/voting-helpers'

/**
 * Opinions end to end (the acceptance): the coordinator asks an RDPP, seeded with members, for its opinion on
 * the demo's programme of cooperation (a published consultation of the demo JST) from the panel on a 360 px phone;
 * the members open their links, the first proposes the opinion's text, six vote (enough for the quorum of 12 seats),
 * mostly with the keyboard alone, and the chair closes and counts; the panel and the consultation's report show the
 * opinion, and the body's public page shows the members and the adopted opinion. axe-core finds nothing on any page.
 */

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const stamp = Date.now().toString(36)
const today = warsawDate(new Date()).date
/** The RDPP's 14 days from today, moved off a weekend or holiday, counted as the pages show them. */
const lastDay = deadlineInDays(today, 14).lastDay
const daysLeft = Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
const body = `rdpp-op-${stamp}`
const bodyName = `Rada Pożytku Opinie ${stamp}`
const names = ['Anna Przewodnicząca', 'Bogdan Członkowski', 'Celina Czajka', 'Dariusz Dąb', 'Ewa Estera', 'Filip Fik']
const opinionText = 'Rada pozytywnie opiniuje projekt programu współpracy i proponuje zwiększenie małych grantów.'

let browser: Browser
let coordinator: StaffApi
let db: Client
let programme = 0
const keys: string[] = []

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  const [tenant] = (await db.execute({ sql: 'SELECT id FROM tenants WHERE slug = ?', args: [SLUG] })).rows
  const tenantId = String(tenant!.id)
  const now = Date.now()
  const bodyId = `b-op-${stamp}`
  const statements = [
    {
      sql: "INSERT INTO rd_bodies (id, tenant_id, kind, slug, name, description, email, status, created_at) VALUES (?, ?, 'rdpp', ?, ?, '', ?, 'dziala', ?)",
      args: [bodyId, tenantId, body, bodyName, `${body}@rady.example`, now],
    },
    {
      sql: "INSERT INTO rd_statutes (id, tenant_id, body_id, version, statute, applies, valid_from, created_at) VALUES (?, ?, ?, 1, ?, 'od_razu', '2025-12-01', ?)",
      args: [`s-op-${stamp}`, tenantId, bodyId, JSON.stringify(rdppStatute({ validFrom: '2025-12-01' })), now],
    },
    {
      sql: "INSERT INTO rd_terms (id, tenant_id, body_id, number, starts_on, ends_on, created_at) VALUES (?, ?, ?, 1, '2026-01-01', '2028-12-31', ?)",
      args: [`t-op-${stamp}`, tenantId, bodyId, now],
    },
  ]
  for (const [i, name] of names.entries()) {
    const key = newToken()
    keys.push(key)
    statements.push({
      sql: "INSERT INTO rd_members (id, tenant_id, body_id, term_id, name, email, role, seat_category, represents, starts_on, ends_on, key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ngo', 'Stowarzyszenie Przykładowe', '2026-01-01', '2028-12-31', ?, ?)",
      args: [
        `m-op-${stamp}-${i}`,
        tenantId,
        bodyId,
        `t-op-${stamp}`,
        name,
        `czlonek${i}.${stamp}@rady.example`,
        i === 0 ? 'przewodniczacy' : 'czlonek',
        await hashToken(key),
        now,
      ],
    })
  }
  await db.batch(statements)
  coordinator = await staff('koordynator')
  programme = await demoProgramme()
})

/**
 * The demo's programme of cooperation: the published one of the demo JST (found through the consultations API), or,
 * where the server started without the modules' demo (`DEMO_BUDGET=false`), the same programme and draft published
 * now through the staff API.
 */
async function demoProgramme(): Promise<number> {
  const list = await coordinator.get(`/jst/${SLUG}/konsultacje`)
  const found = (list.body.items as { number: number; preset: string }[]).find((c) => c.preset === 'program_wspolpracy')
  if (found) return found.number
  const year = Number(today.slice(0, 4)) + 1
  const forYear = (text: string) => text.replaceAll(String(PROGRAMME_FIXTURE_YEAR), String(year))
  const created = await coordinator.post(`/jst/${SLUG}/staff/konsultacje`, {
    ...PROGRAMME.body,
    title: forYear(PROGRAMME.body.title),
    programmeYear: year,
    startDate: addDays(today, 3),
    endDate: addDays(today, 13),
    audience: 'ngos',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const staffPath = `/jst/${SLUG}/staff/konsultacje/${created.body.number}`
  const doc = await coordinator.post(`${staffPath}/document`, { format: 'markdown', source: forYear(PROGRAMME_V1) })
  expect(doc.status, JSON.stringify(doc.body)).toBe(201)
  const published = await coordinator.post(`${staffPath}/publish`, { version: created.body.version })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return created.body.number as number
}

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

/** Signs the browser in as member `i` by opening the members' space link with the key in its fragment. */
async function asMember(page: Page, i: number) {
  await visit(page, `/${SLUG}/rady/${body}/czlonek#klucz=${keys[i]}`)
  await page.getByRole('heading', { level: 1, name: new RegExp(bodyName) }).waitFor()
}

describe('opinions of a council', () => {
  it('staff request an opinion on the programme and members adopt it by a named vote', async () => {
    const { context, page, problems } = await open(browser, phone)
    try {
      await login(page, 'koordynator')
      await visit(page, `/panel/${SLUG}/rady/${body}/opinie`)
      await page.getByRole('heading', { level: 1, name: 'Prośby o opinię' }).waitFor()
      await page.getByText('Rada nie dostała jeszcze żadnej prośby o opinię.').waitFor()
      await checkA11y(page, 'panel requests, empty')
      await fitsWidth(page, 'panel requests, empty')
      await page.getByLabel('Czego dotyczy projekt').selectOption('program_wspolpracy')
      await page.getByLabel('Tytuł projektu').fill('Projekt rocznego programu współpracy')
      const consultation = page.getByLabel('Konsultacje', { exact: true })
      const value = await consultation.locator('option', { hasText: `${programme}:` }).getAttribute('value')
      await consultation.selectOption(value!)
      await tabTo(page, 'Wyślij prośbę o opinię', 40)
      await page.keyboard.press('Enter')
      await page.getByRole('status').getByText('Prośba o opinię nr 1 jest wysłana').waitFor()
      const row = page.getByRole('row', { name: /Projekt rocznego programu współpracy/ })
      await row.getByText('czeka na opinię').waitFor()
      expect(await row.textContent()).toContain(`zostało dni: ${daysLeft}`)
      await checkA11y(page, 'panel requests, one sent')
      await fitsWidth(page, 'panel requests, one sent')

      // The first member proposes the opinion's text.
      await asMember(page, 1)
      await visit(page, `/${SLUG}/rady/${body}/czlonek/opinie/1`)
      await page.getByRole('heading', { level: 1, name: 'Projekt rocznego programu współpracy' }).waitFor()
      await page.getByRole('heading', { level: 2, name: 'Projekt do zaopiniowania' }).waitFor()
      const facts = await pageText(page, '.rdo-card')
      expect(facts).toContain('Ostatni dzień na opinię')
      expect(facts).toContain(`zostało dni: ${daysLeft}`)
      await checkA11y(page, 'opinion request for members')
      await fitsWidth(page, 'opinion request for members')
      await tabTo(page, /^Treść opinii/, 80)
      expect((await focused(page)).tag).toBe('textarea')
      await page.keyboard.type(opinionText)
      await tabTo(page, 'Poddaj pod głosowanie')
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 2, name: 'Twój głos' }).waitFor()
      const resolutionUrl = new URL(page.url()).pathname
      expect(resolutionUrl).toMatch(new RegExp(`/${SLUG}/rady/${body}/czlonek/uchwaly/`))
      await checkA11y(page, 'resolution open for the vote')
      await fitsWidth(page, 'resolution open for the vote')

      // Six members vote for it: the radio group by its accessible name, with the keyboard.
      for (let i = 0; i < names.length; i++) {
        await asMember(page, i)
        await visit(page, resolutionUrl)
        const group = page.getByRole('group', { name: 'Jak głosujesz nad tą uchwałą?' })
        await group.waitFor()
        await group.getByRole('radio', { name: 'za' }).focus()
        await page.keyboard.press('Space')
        expect(await group.getByRole('radio', { name: 'za' }).isChecked()).toBe(true)
        await tabTo(page, 'Zapisz głos')
        await page.keyboard.press('Enter')
        await page.getByRole('status').getByText('Zapisano Twój głos: za.').waitFor()
        await page.getByText(`Za: ${i + 1}`).waitFor()
      }
      expect(await pageText(page, '.rdo-table')).toContain(names[0])

      // The chair closes and counts.
      await asMember(page, 0)
      await visit(page, resolutionUrl)
      await page.getByRole('heading', { level: 2, name: 'Zamknięcie głosowania' }).waitFor()
      await checkA11y(page, 'resolution for the chair')
      await tabTo(page, 'Zamknij głosowanie i policz głosy', 80)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 2, name: 'Wynik głosowania' }).waitFor()
      const outcome = await pageText(page, '.rdo-outcome')
      expect(outcome).toContain('Uchwałę podjęto: za 6, przeciw 0')
      expect(await pageText(page)).toMatch(/Numer\s*1\/\d{4}/)
      await checkA11y(page, 'resolution adopted')
      await fitsWidth(page, 'resolution adopted')

      // The panel shows the outcome (the staff session is still there); the consultation's report lists the opinion.
      await visit(page, `/panel/${SLUG}/rady/${body}/opinie`)
      const given = page.getByRole('row', { name: /Projekt rocznego programu współpracy/ })
      await given.getByRole('cell', { name: 'opinia wydana', exact: true }).waitFor()
      expect(await given.textContent()).toMatch(/Opinia wydana uchwałą nr 1\/\d{4}/)
      await checkA11y(page, 'panel requests, opinion given')
      const report = await coordinator.get(`/jst/${SLUG}/staff/konsultacje/${programme}/report`)
      const opinion = (
        report.body.draft.opinions as { bodyName: string; received: boolean; opinion: string | null }[]
      ).find((o) => o.bodyName === bodyName)
      expect(opinion).toMatchObject({ received: true })
      expect(opinion!.opinion).toContain(opinionText)
      // The same in the browser: the consultation's report (the panel's preview) lists the body's opinion.
      await visit(page, `/panel/${SLUG}/konsultacje/${programme}/raport`)
      const opinions = page.getByRole('region', { name: 'Opinie ciał doradczych' })
      await opinions.waitFor()
      await opinions.getByText(`${bodyName}: opinię wydano`, { exact: false }).first().waitFor()
      expect(await opinions.textContent()).toContain(opinionText)
      await checkA11y(page, 'consultation report preview with the opinion')

      // The body's public page: the members and the adopted opinion.
      await visit(page, `/${SLUG}/rady/${body}`)
      await page.getByRole('heading', { level: 1, name: new RegExp(bodyName) }).waitFor()
      await settled(page)
      const publicText = await pageText(page)
      expect(publicText).toContain(names[0])
      expect(publicText).toContain('Projekt rocznego programu współpracy')
      await checkA11y(page, 'public body page with the opinion')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})
