import { createClient, type Client } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addDays, startOfWarsawDay } from '../../../worker/consultations/domain/presets'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import {
  baseUrl,
  checkA11y,
  lastEmailTo,
  launch,
  login,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  visit,
} from '../../support/browser'
import { phone, publishedConsultation, staffBase } from './helpers'
import { closeDb, fitsWidth, focused, staff, tabTo, type StaffApi } from '../budget/voting-helpers'

/**
 * Meetings end to end: a resident signs up for a meeting from a 360 px phone with the keyboard alone and is told the
 * confirmation went out; another cancels by the e-mailed link; the coordinator, after the meeting, records who came
 * on the panel's meetings page; the open-data page lists the downloads. axe-core finds nothing on any of these pages.
 */

let browser: Browser
let coordinator: StaffApi
let db: Client
const today = warsawDate(new Date()).date
const tomorrow = addDays(today, 1)
const stamp = Date.now().toString(36)
const title = `Konsultacje ze spotkaniem ${stamp}`
const meetingTitle = `Spotkanie o zieleni ${stamp}`
const residentEmail = `spotkanie.${stamp}@example.pl`
const otherEmail = `rezygnacja.${stamp}@example.pl`
let number = 0

/**
 * A start that has passed and falls today in Warsaw: an hour ago, or midnight when the day is younger than that (the
 * consultation starts today, so a meeting yesterday would be outside it, whatever hour the tests run at).
 */
const begunToday = () => Math.max(Date.now() - 3_600_000, startOfWarsawDay(warsawDate(new Date()).date).getTime())

const api = (path: string, body: unknown) =>
  fetch(`${baseUrl()}/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Origin: baseUrl() },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  coordinator = await staff('koordynator')
  const base = staffBase
  number = (
    await publishedConsultation(coordinator, {
      title,
      participants: 'Mieszkańcy gminy',
      resultsForm: 'Raport na platformie',
    })
  ).number
  const meeting = await coordinator.post(`${base}/${number}/meetings`, {
    mode: 'onsite',
    title: meetingTitle,
    startsAt: `${tomorrow}T17:00`,
    endsAt: `${tomorrow}T19:00`,
    place: 'Urząd Gminy, sala 12, ul. Długa 5',
    accessibility: 'Wejście bez progów, pętla indukcyjna.',
    capacity: 10,
  })
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201)
  const online = await coordinator.post(`${base}/${number}/meetings`, {
    mode: 'online',
    title: `Spotkanie online ${stamp}`,
    startsAt: `${addDays(today, 2)}T18:00`,
    endsAt: `${addDays(today, 2)}T19:30`,
    place: 'https://spotkania.example/pokoj-zieleni',
    capacity: null,
  })
  expect(online.status, JSON.stringify(online.body)).toBe(201)
})

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

describe('consultation meetings', () => {
  it('a resident signs up for a meeting on a 360 px phone with the keyboard alone', async () => {
    const { context, page } = await open(browser, phone)
    try {
      await visit(page, `/${SLUG}/konsultacje/${number}`)
      await page.getByRole('heading', { level: 2, name: 'Spotkania konsultacyjne' }).waitFor()
      const section = await pageText(page, '#spotkania')
      expect(section).toContain('Urząd Gminy, sala 12, ul. Długa 5')
      expect(section).toContain('Wolne miejsca: 10 z 10')
      expect(section).toMatch(/17:00–19:00 \(czasu polskiego\)/)
      expect(section).toContain('Link do spotkania wyślemy e-mailem osobom zapisanym.')
      expect(section).not.toContain('pokoj-zieleni')
      await checkA11y(page, 'consultation page with meetings')
      await fitsWidth(page, 'consultation page with meetings')

      await tabTo(page, `Zapisz się na spotkanie: ${meetingTitle}`, 120)
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.activeElement?.tagName === 'H4')
      expect((await focused(page)).name).toContain(`Zapis na spotkanie: ${meetingTitle}`)
      // Sent empty first: the errors are listed and the summary takes the focus.
      await tabTo(page, 'Zapisz mnie')
      await page.keyboard.press('Enter')
      await page.getByRole('alert').first().waitFor()
      expect(await pageText(page, '#spotkania')).toContain('Podaj imię i nazwisko.')
      await checkA11y(page, 'sign-up form with errors')

      // The summary's links name the fields too ("Imię i nazwisko: Podaj…"): the field itself is the exact label.
      await tabTo(page, /^Imię i nazwisko$/)
      await page.keyboard.type('Halina Spotkaniowa')
      await page.keyboard.press('Tab')
      expect((await focused(page)).name).toBe('Adres e-mail')
      await page.keyboard.type(residentEmail)
      await page.keyboard.press('Tab')
      await page.keyboard.type('Pętla indukcyjna')
      await tabTo(page, 'Znam zasady przetwarzania')
      await page.keyboard.press('Space')
      await tabTo(page, 'Zapisz mnie')
      await page.keyboard.press('Enter')
      await page.getByText('Zapisaliśmy Cię na spotkanie.').waitFor()
      await settled(page)
      expect(await pageText(page, '#spotkania')).toContain(`Potwierdzenie wysłaliśmy na adres ${residentEmail}`)
      // the list is read again after the sign-up (a background reload, not a busy state): wait for its new count
      await page.locator('#spotkania').getByText('Wolne miejsca: 9 z 10').waitFor()
      await checkA11y(page, 'after signing up')
      await fitsWidth(page, 'after signing up')
      await screenshot(page, 'ks-meeting-signed-up-360')

      const mail = await lastEmailTo(residentEmail)
      expect(mail.text).toContain('Urząd Gminy, sala 12, ul. Długa 5')
      expect(mail.text).toMatch(/\/spotkania\/rezygnacja#t=/)
    } finally {
      await context.close()
    }
  })

  it('another resident cancels by the e-mailed link, pressing the button (opening the link alone changes nothing)', async () => {
    const signed = await api(`/jst/${SLUG}/konsultacje/${number}/meetings/1/signups`, {
      name: 'Robert Rezygnujący',
      email: otherEmail,
      privacyAccepted: true,
    })
    expect(signed.status, await signed.clone().text()).toBe(201)
    const mail = await lastEmailTo(otherEmail)
    const path = /(\/[^\s]*\/spotkania\/rezygnacja#t=[\w-]+)/.exec(mail.text)![1]!
    const { context, page } = await open(browser, phone)
    try {
      await visit(page, path.replace(/^https?:\/\/[^/]+/, ''))
      expect(new URL(page.url()).hash).toBe('')
      await checkA11y(page, 'cancellation page')
      await fitsWidth(page, 'cancellation page')
      const before = await coordinator.get(`/jst/${SLUG}/staff/konsultacje/${number}/meetings/1/signups`)
      expect(before.body.meeting.signedUp).toBe(2)
      await tabTo(page, 'Rezygnuję z udziału')
      await page.keyboard.press('Enter')
      await page.getByText(`Zrezygnowano z udziału w spotkaniu „${meetingTitle}”.`).waitFor()
      await checkA11y(page, 'cancellation done')
      const after = await coordinator.get(`/jst/${SLUG}/staff/konsultacje/${number}/meetings/1/signups`)
      expect(after.body.meeting.signedUp).toBe(1)
    } finally {
      await context.close()
    }
  })

  it('the coordinator records attendance after the meeting on the panel page', async () => {
    // The meeting has begun (today, within the consultation): attendance comes after the start.
    const { rows } = await db.execute({
      sql: 'SELECT m.id FROM ks_meetings m JOIN ks_consultations c ON c.id = m.consultation_id WHERE c.title = ? AND m.number = 1',
      args: [title],
    })
    await db.execute({
      sql: 'UPDATE ks_meetings SET starts_at = ?, ends_at = ? WHERE id = ?',
      args: [begunToday(), Date.now() + 3_600_000, String(rows[0]!.id)],
    })
    const { context, page } = await open(browser)
    try {
      await login(page, 'koordynator')
      await visit(page, `/panel/${SLUG}/konsultacje/${number}/spotkania`)
      await page.getByRole('heading', { level: 2, name: 'Spotkania' }).waitFor()
      expect(await pageText(page)).toContain(`Spotkanie nr 1: ${meetingTitle}`)
      expect(await pageText(page)).toContain('https://spotkania.example/pokoj-zieleni')
      await checkA11y(page, 'panel meetings page')
      const comments = page.getByRole('link', { name: 'Wpisz uwagi zgłoszone na spotkaniu' })
      expect(await comments.getAttribute('href')).toBe(`/panel/${SLUG}/konsultacje/${number}/uwagi?spotkanie=1`)

      await page.getByRole('button', { name: 'Obecność' }).click()
      await page.getByRole('heading', { name: 'Obecność na spotkaniu' }).waitFor()
      await settled(page)
      await page.getByRole('checkbox', { name: 'Halina Spotkaniowa' }).check()
      await page.getByLabel('Liczba uczestników ogółem').fill('7')
      await checkA11y(page, 'attendance form')
      await page.getByRole('button', { name: 'Zapisz obecność' }).click()
      await page.getByText('Zapisano obecność.').waitFor()
      await settled(page)
      const list = await coordinator.get(`/jst/${SLUG}/staff/konsultacje/${number}/meetings/1/signups`)
      expect(list.body.meeting.attendance).toBe(7)
      const halina = list.body.items.find((s: { name: string }) => s.name === 'Halina Spotkaniowa')
      expect(halina.attended).toBe(true)
      await checkA11y(page, 'attendance saved')
    } finally {
      await context.close()
    }
  })

  it('a moderator keys in a remark made at the meeting, from the meetings page’s link to the comments page', async () => {
    // As after the attendance above: the meeting has begun today, within the consultation.
    const { rows } = await db.execute({
      sql: 'SELECT m.id FROM ks_meetings m JOIN ks_consultations c ON c.id = m.consultation_id WHERE c.title = ? AND m.number = 1',
      args: [title],
    })
    await db.execute({
      sql: 'UPDATE ks_meetings SET starts_at = ?, ends_at = ? WHERE id = ?',
      args: [begunToday(), Date.now() + 3_600_000, String(rows[0]!.id)],
    })
    const { context, page, problems } = await open(browser)
    try {
      await login(page, 'moderator')
      await visit(page, `/panel/${SLUG}/konsultacje/${number}/uwagi?spotkanie=1`)
      const intake = page.getByRole('region', { name: 'Wpisz uwagę z pisma, e-maila lub spotkania' })
      await intake.getByText(`Wpisujesz uwagi zgłoszone na spotkaniu „${meetingTitle}”.`).waitFor()
      expect(await intake.getByRole('radio', { name: 'spotkanie' }).isChecked()).toBe(true)
      const meeting = intake.getByRole('combobox', { name: 'Spotkanie' })
      expect(await meeting.locator('option:checked').textContent()).toContain(meetingTitle)
      // The online meeting (the day after tomorrow) is a choice too; the date received is the meeting's day.
      expect(await meeting.locator('option').allTextContents()).toEqual([
        'Wybierz spotkanie',
        expect.stringContaining(meetingTitle),
        expect.stringContaining(`Spotkanie online ${stamp}`),
      ])
      expect(await intake.getByLabel('Data wpływu (data na piśmie lub spotkania)').inputValue()).toBe(today)
      await checkA11y(page, 'staff comments: from a meeting')

      await intake
        .getByLabel('Treść uwagi lub uzasadnienie')
        .fill('Na spotkaniu: więcej ławek przy nowych nasadzeniach.')
      await intake.getByLabel('Imię i nazwisko').fill('Halina Spotkaniowa')
      await intake.getByLabel('Adres zamieszkania').fill('ul. Polna 3, Przykładowo')
      await intake.getByRole('button', { name: 'Zapisz uwagę' }).click()
      await page.waitForFunction(() => /^Zapisano uwagę nr \d+$/.test(document.activeElement?.textContent ?? ''))
      const remarkNumber = Number(/\d+/.exec((await focused(page)).name)![0])
      const remark = page.getByRole('article', { name: `Uwaga nr ${remarkNumber} — cały dokument (uwaga ogólna)` })
      await remark.waitFor()
      const text = ((await remark.textContent()) ?? '').replace(/\s+/g, ' ')
      expect(text).toContain('spotkanie')
      expect(text).toContain(`Spotkanie${meetingTitle}`)
      const stored = await coordinator.get(`/jst/${SLUG}/staff/konsultacje/${number}/comments?channel=meeting`)
      const meetings = await coordinator.get(`/jst/${SLUG}/staff/konsultacje/${number}/meetings`)
      const first = meetings.body.items.find((m: { number: number }) => m.number === 1)
      expect(stored.body.items).toEqual([
        expect.objectContaining({ number: remarkNumber, channel: 'meeting', meetingId: first.id, receivedOn: today }),
      ])

      // The next remark stays on the same meeting; switching to a letter hides the choice of meetings.
      await intake.getByRole('button', { name: 'Wpisz kolejną uwagę' }).click()
      expect(await intake.getByRole('combobox', { name: 'Spotkanie' }).inputValue()).toBe(first.id)
      await intake.getByRole('radio', { name: 'pismo' }).check()
      expect(await intake.getByRole('combobox', { name: 'Spotkanie' }).count()).toBe(0)
      await checkA11y(page, 'staff comments: next remark')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('the open-data page lists the downloads with what their columns mean', async () => {
    const { context, page } = await open(browser, phone)
    try {
      await visit(page, `/${SLUG}/konsultacje/dane`)
      await page.getByRole('heading', { level: 1, name: 'Otwarte dane konsultacji' }).waitFor()
      const text = await pageText(page)
      expect(text).toContain('„Mieszkaniec”')
      expect(text).toContain(title)
      const csv = page.getByRole('link', { name: `Uwagi, CSV: ${title}` })
      const href = (await csv.getAttribute('href'))!
      const res = await fetch(`${baseUrl()}${href}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/csv')
      await checkA11y(page, 'open data page')
      await fitsWidth(page, 'open data page')
    } finally {
      await context.close()
    }
  })
})
