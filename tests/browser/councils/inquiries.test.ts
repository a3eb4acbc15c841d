import { createClient, type Client } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { seniorsStatute } from '../../../worker/councils/domain/fixtures'
import { checkA11y, launch, login, open, pageText, SLUG, visit } from '../../support/browser'
import { closeDb, fitsWidth, staff } from '../budget/voting-helpers'

/**
 * Inquiries and open data in the browser: the coordinator, on a 360 px phone, finds a rada seniorów's inquiry with its
 * last day and the days left, records the answer in the form (found by its accessible names) and sees it answered in
 * time; the JST's open-data page lists every dataset with its CSV and JSON links. axe-core finds nothing on either.
 */

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const stamp = Date.now().toString(36)
const body = `seniorzy-${stamp}`
const bodyName = `Rada Seniorów ${stamp}`
const today = warsawDate(new Date()).date

let browser: Browser
let db: Client

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  const [tenant] = (await db.execute({ sql: 'SELECT id FROM tenants WHERE slug = ?', args: [SLUG] })).rows
  const tenantId = String(tenant!.id)
  const now = Date.now()
  const bodyId = `b-${stamp}`
  await db.batch([
    {
      sql: "INSERT INTO rd_bodies (id, tenant_id, kind, slug, name, description, status, created_at) VALUES (?, ?, 'rada_seniorow', ?, ?, '', 'dziala', ?)",
      args: [bodyId, tenantId, body, bodyName, now],
    },
    {
      sql: "INSERT INTO rd_statutes (id, tenant_id, body_id, version, statute, applies, valid_from, created_at) VALUES (?, ?, ?, 1, ?, 'od_razu', '2025-12-01', ?)",
      args: [`s-${stamp}`, tenantId, bodyId, JSON.stringify(seniorsStatute({ validFrom: '2025-12-01' })), now],
    },
  ])
  const coordinator = await staff('koordynator')
  const created = await coordinator.post(`/jst/${SLUG}/staff/rady/${body}/zapytania`, {
    title: 'Dostępność przychodni',
    text: 'Rada prosi o informację o godzinach otwarcia przychodni.',
    deliveredOn: today,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
})

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

describe('council inquiries', () => {
  it('the coordinator answers an inquiry in the panel on a phone', async () => {
    const { context, page, problems } = await open(browser, phone)
    try {
      await login(page, 'koordynator')
      // the councils' panel page lists what waits for an answer across every body, and links to it
      await visit(page, `/panel/${SLUG}/rady`)
      const waiting = page.getByRole('list', { name: 'Zapytania i wnioski czekające na odpowiedź' })
      const link = waiting.getByRole('link', { name: `${bodyName}: zapytanie nr 1 — Dostępność przychodni` })
      await link.waitFor()
      expect(await pageText(page, '.rdq-waiting')).toMatch(/Ostatni dzień na odpowiedź: .*czeka na odpowiedź/)
      await checkA11y(page, 'panel councils with waiting inquiries')
      await link.click()
      await page.getByRole('heading', { level: 1, name: `Zapytania i wnioski — ${bodyName}` }).waitFor()
      await page.getByRole('heading', { level: 3, name: 'Zapytanie nr 1: Dostępność przychodni' }).waitFor()
      const text = await pageText(page)
      expect(text).toContain('w ciągu 30 dni od doręczenia')
      expect(text).toMatch(/czeka na odpowiedź — dni do końca terminu: \d+/)
      expect(text).toContain('Ostatni dzień na odpowiedź')
      await checkA11y(page, 'panel inquiries')
      await fitsWidth(page, 'panel inquiries')

      const form = page.getByRole('form', { name: 'Odpowiedź na zapytanie nr 1' })
      await form.getByRole('button', { name: 'Zapisz odpowiedź na zapytanie nr 1' }).click()
      await form.getByText('Wpisz treść odpowiedzi albo dołącz plik PDF.').first().waitFor()
      await checkA11y(page, 'answer refused')
      await form.getByRole('textbox', { name: /Treść odpowiedzi/ }).fill('Przychodnia jest czynna od 7:00 do 20:00.')
      await form.getByRole('button', { name: 'Zapisz odpowiedź na zapytanie nr 1' }).click()
      await page.getByRole('status').getByText('Zapisano odpowiedź na zapytanie nr 1.').waitFor()
      await page.getByRole('heading', { level: 4, name: 'Odpowiedź', exact: true }).waitFor()
      const after = await pageText(page)
      expect(after).toContain('odpowiedziano w terminie')
      expect(after).toContain('Przychodnia jest czynna od 7:00 do 20:00.')
      expect(await page.getByRole('form', { name: 'Odpowiedź na zapytanie nr 1' }).count()).toBe(0)
      await checkA11y(page, 'inquiry answered')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('the open-data page lists every dataset with its CSV and JSON', async () => {
    const { context, page, problems } = await open(browser, phone)
    try {
      await visit(page, `/${SLUG}/rady/dane`)
      await page.getByRole('heading', { level: 1, name: 'Otwarte dane rad' }).waitFor()
      for (const name of [
        'Rady',
        'Członkowie',
        'Posiedzenia',
        'Uchwały i głosowania',
        'Wnioski o opinię',
        'Zapytania i wnioski',
        'Wybory',
      ]) {
        await page.getByRole('heading', { level: 2, name, exact: true }).waitFor()
        await page.getByRole('link', { name: `${name} — CSV` }).waitFor()
        await page.getByRole('link', { name: `${name} — JSON` }).waitFor()
      }
      const csv = await page.getByRole('link', { name: 'Zapytania i wnioski — CSV' }).getAttribute('href')
      const res = await context.request.get(csv!)
      expect(res.status()).toBe(200)
      expect(await res.text()).toContain('Dostępność przychodni')
      await checkA11y(page, 'open data')
      await fitsWidth(page, 'open data')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})
