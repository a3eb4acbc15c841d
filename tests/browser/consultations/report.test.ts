import { createClient, type Client } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addDays } from '../../../worker/consultations/domain/presets'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { checkA11y, launch, login, open, pageText, screenshot, settled, SLUG, visit } from '../../support/browser'
import { phone, publishedConsultation, staffBase } from './helpers'
import { closeDb, fitsWidth, focused, staff, tabTo } from '../budget/voting-helpers'

/**
 * The report, end to end in the browser: a consultation with comments keyed in by staff and answered through the API
 * ends; the coordinator, on a 360 px phone and with the keyboard alone, opens the panel's report page (the deadline,
 * nothing missing, the preview), publishes behind the confirmation; a resident then reads the public report with every
 * comment and its answer, and the PDF and CSV links — axe-core clean, nothing wider than the screen.
 */
let browser: Browser
let db: Client
let number = 0
const title = `Konsultacje uchwały o drzewach ${Math.random().toString(36).slice(2, 8)}`
const day = (n: number) => addDays(warsawDate(new Date()).date, n)

const comments = [
  {
    text: 'Proszę objąć ochroną również krzewy w pasach drogowych.',
    answer: 'Uwzględniono: § 2 obejmie także krzewy.',
    kind: 'accepted',
  },
  {
    text: 'Wycinkę powinna zatwierdzać rada osiedla, nie burmistrz.',
    answer: 'Nie uwzględniono: zgodę wydaje organ wskazany w ustawie.',
    kind: 'rejected',
  },
]

/** Moves the consultation's days (from today) in the server's database file, as the API tests do. */
async function setDays(start: number, end: number, due: number) {
  await db.execute({
    sql: 'UPDATE ks_consultations SET start_date = ?, end_date = ?, starts_at = ?, ends_at = ?, report_due_date = ? WHERE number = ? AND tenant_id = (SELECT id FROM tenants WHERE slug = ?)',
    args: [
      day(start),
      day(end),
      Date.parse(`${day(start)}T00:00:00+01:00`),
      Date.parse(`${day(end + 1)}T00:00:00+01:00`),
      day(due),
      number,
      SLUG,
    ],
  })
}

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  const coordinator = await staff('koordynator')
  const base = staffBase
  number = (
    await publishedConsultation(
      coordinator,
      {
        title,
        subject: 'Projekt uchwały w sprawie ochrony drzew',
        startDate: day(3),
        endDate: day(16),
        participants: 'Mieszkańcy gminy',
        councilResolution: undefined,
      },
      { draft: true },
    )
  ).number
  await setDays(-5, 5, 30)
  for (const [i, c] of comments.entries()) {
    const keyed = await coordinator.post(`${base}/${number}/comments`, {
      text: c.text,
      authorKind: 'resident',
      authorName: `Mieszkaniec ${i + 1}`,
      authorAddress: 'ul. Lipowa 1',
      channel: 'paper',
      receivedOn: day(-1),
    })
    expect(keyed.status, JSON.stringify(keyed.body)).toBe(201)
  }
  await setDays(-14, -1, 25)
  for (const [i, c] of comments.entries()) {
    const target = { comment: i + 1 }
    const saved = await coordinator.post(`${base}/${number}/answers`, {
      target,
      action: 'save',
      kind: c.kind,
      justification: c.answer,
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const approved = await coordinator.post(`${base}/${number}/answers`, {
      target,
      action: 'approve',
      version: saved.body.answer.version,
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
  }
})

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

describe('the consultation report', () => {
  it('staff publish it from the panel with the keyboard, and residents read every comment and answer', async () => {
    const { page, context, problems } = await open(browser, phone)
    await login(page, 'koordynator')
    await visit(page, `/panel/${SLUG}/konsultacje/${number}/raport`)
    const main = page.getByRole('main')
    await expect.poll(() => pageText(page)).toContain('Każda uwaga ma zatwierdzoną odpowiedź')
    expect(await pageText(page)).toContain('Termin publikacji raportu:')
    expect(await main.getByRole('link', { name: 'Raport', exact: true }).getAttribute('aria-current')).toBe('page')
    await checkA11y(page, 'panel: raport')
    await screenshot(page, 'consultations-report-panel')
    await fitsWidth(page, 'panel: raport')

    await tabTo(page, 'Opublikuj raport')
    expect((await focused(page)).tag).toBe('button')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Opublikować raport?' })
    await dialog.waitFor()
    await checkA11y(page, 'panel: potwierdzenie publikacji')
    await tabTo(page, 'Opublikuj raport')
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: 'Opublikowano raport.' }).waitFor()
    await expect.poll(() => pageText(page)).toContain('Raport opublikowano')
    await main.getByRole('link', { name: 'Strona raportu dla mieszkańców' }).waitFor()
    expect(await main.getByRole('button', { name: 'Opublikuj raport' }).count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()

    const resident = await open(browser, phone)
    await visit(resident.page, `/${SLUG}/konsultacje/${number}`)
    await resident.page.getByRole('link', { name: 'Raport z konsultacji' }).click()
    await resident.page.waitForURL(`**/${SLUG}/konsultacje/${number}/raport`)
    await settled(resident.page)
    const report = resident.page.getByRole('main')
    await report.getByRole('heading', { level: 1, name: new RegExp(`Raport z konsultacji: ${title}`) }).waitFor()
    await report.getByRole('heading', { level: 2, name: 'Uwagi i odpowiedzi' }).waitFor()
    const text = await pageText(resident.page)
    for (const [i, c] of comments.entries()) {
      await report.getByRole('heading', { level: 3, name: `Uwaga nr ${i + 1}` }).waitFor()
      expect(text).toContain(c.text)
      expect(text).toContain(c.answer)
    }
    expect(text).toContain('uwzględniona')
    expect(text).toContain('nieuwzględniona')
    expect(text).not.toContain('Lipowa')
    expect(await report.getByRole('link', { name: /Raport w PDF/ }).getAttribute('href')).toBe(
      `/api/v1/jst/${SLUG}/konsultacje/${number}/report.pdf`,
    )
    expect(await report.getByRole('link', { name: /CSV/ }).getAttribute('href')).toBe(
      `/api/v1/jst/${SLUG}/konsultacje/${number}/report.csv`,
    )
    await checkA11y(resident.page, 'raport')
    await screenshot(resident.page, 'consultations-report')
    await fitsWidth(resident.page, 'raport')
    expect(resident.problems).toEqual([])
    await resident.context.close()
  })
})
