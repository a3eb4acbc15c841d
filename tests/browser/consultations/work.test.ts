import { createClient, type Client } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addDays, startOfWarsawDay } from '../../../worker/consultations/domain/presets'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { checkA11y, launch, login, open, SLUG } from '../../support/browser'
import { closeDb, fitsWidth, staff } from '../budget/voting-helpers'

/**
 * The consultations' part of the panel's start page: the koordynator sees a consultation open now (linked to its
 * comments) and an ended one whose report is due, with its last day; a moderator sees only what is open. axe-core
 * finds nothing, and nothing is wider than a 360 px phone.
 */

let browser: Browser
let db: Client
const today = warsawDate(new Date()).date
const stamp = Date.now().toString(36)
const openTitle = `Konsultacje trwające ${stamp}`
const endedTitle = `Konsultacje po terminie ${stamp}`
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
let openNumber = 0
let endedNumber = 0

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  const coordinator = await staff('koordynator')
  const base = `/jst/${SLUG}/staff/konsultacje`
  const made: number[] = []
  for (const title of [openTitle, endedTitle]) {
    const created = await coordinator.post(base, {
      preset: 'inne',
      title,
      subject: 'Projekt uchwały w sprawie zieleni',
      purpose: 'Poznanie opinii mieszkańców',
      startDate: today,
      endDate: addDays(today, 13),
      participants: 'Mieszkańcy gminy',
      area: 'Cała gmina',
      forms: ['written'],
      responsibleUnit: 'Wydział Ochrony Środowiska',
      resultsForm: 'Raport na platformie',
      councilResolution: 'uchwała nr XII/123/2026 Rady Gminy Przykładowo',
      audience: 'residents',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const published = await coordinator.post(`${base}/${created.body.number}/publish`, {
      version: created.body.version,
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    made.push(created.body.number)
  }
  ;[openNumber, endedNumber] = made as [number, number]
  // The second ran for two weeks until yesterday; its report is due in 20 days.
  await db.execute({
    sql: 'UPDATE ks_consultations SET start_date = ?, end_date = ?, starts_at = ?, ends_at = ?, report_due_date = ? WHERE title = ?',
    args: [
      addDays(today, -14),
      addDays(today, -1),
      startOfWarsawDay(addDays(today, -14)).getTime(),
      startOfWarsawDay(today).getTime(),
      addDays(today, 20),
      endedTitle,
    ],
  })
})

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

describe('consultations on the panel’s start page', () => {
  it('shows the koordynator what is open and the report due, with working links', async () => {
    const { context, page, problems } = await open(browser, phone)
    try {
      await login(page, 'koordynator')
      const work = page.getByRole('region', { name: 'Konsultacje — do zrobienia' })
      await work.getByRole('link', { name: endedTitle }).waitFor()
      const openList = work.getByRole('list', { name: 'Trwają teraz' })
      expect(await openList.getByRole('link', { name: openTitle }).getAttribute('href')).toBe(
        `/panel/${SLUG}/konsultacje/${openNumber}/uwagi`,
      )
      const reports = work.getByRole('list', { name: 'Raporty do opublikowania' })
      const due = reports.getByRole('listitem').filter({ hasText: endedTitle })
      expect(await due.getByRole('link').getAttribute('href')).toBe(`/panel/${SLUG}/konsultacje/${endedNumber}/raport`)
      expect(((await due.textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(/termin: \d{1,2} \S+ \d{4} włącznie/)
      expect(await openList.getByRole('link', { name: endedTitle }).count()).toBe(0)
      await checkA11y(page, 'panel start with consultations (koordynator)')
      await fitsWidth(page, 'panel start with consultations (koordynator)')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('shows a moderator only what is open', async () => {
    const { context, page, problems } = await open(browser)
    try {
      await login(page, 'moderator')
      const work = page.getByRole('region', { name: 'Konsultacje — do zrobienia' })
      await work.getByRole('link', { name: openTitle }).waitFor()
      expect(await work.getByRole('heading', { name: 'Raporty do opublikowania' }).count()).toBe(0)
      expect(await work.getByRole('heading', { name: 'Uwagi czekające na odpowiedź' }).count()).toBe(0)
      await checkA11y(page, 'panel start with consultations (moderator)')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})
