import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  endOfWarsawDay,
  instantOfWarsawLocal,
  warsawDate,
  warsawLocalInput,
} from '../../../worker/core/time/polish-calendar'
import { submissionPhases } from '../../support/editions'
import { createEdition, editionBody, freeYear, retireEditions } from './helpers'
import { checkA11y, launch, login, open, pageText, screenshot, SLUG, visit } from '../../support/browser'
import { closeDb, createVotingEdition, expectStep, fitsWidth, staff, voteCode } from './voting-helpers'
import { polishDay } from '../../support/polish-dates'

/**
 * Dates as residents read them, on a phone set to New York time: the edition page and the voting page give Warsaw
 * time and name the zone after a time; a deadline reads as its last day ("do … włącznie"), and the submission
 * deadline stands next to "Zgłoś projekt"; a vote that has not begun says when it will begin. The voting wizard on a
 * ballot with one pool left (no area chosen): no "you may leave this pool empty", and "Krok n z 7" all the way.
 */
let browser: Browser
const years: number[] = []

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await retireEditions(years)
  closeDb()
})

/** The Warsaw calendar date `days` after today's. */
const warsawDayIn = (days: number) => warsawDate(new Date(Date.now() + days * 86_400_000)).date
/** The instant of `hour`:00 in Warsaw on `date`, whatever the offset that day. */
function warsawAt(date: string, hour: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  for (const offset of [1, 2]) {
    const at = new Date(Date.UTC(y, m - 1, d, hour - offset))
    const shown = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Warsaw',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(at)
    if (warsawDate(at).date === date && Number(shown) === hour) return at
  }
  throw new Error(`No ${hour}:00 in Warsaw on ${date}`)
}

/** A phone in New York: the device's zone is not Warsaw's, so a page that prints device time shows it. */
const phoneInNewYork = { timezoneId: 'America/New_York', viewport: { width: 360, height: 740 }, isMobile: true }

async function audit(page: Page, label: string) {
  await checkA11y(page, label)
  await fitsWidth(page, label)
}

describe('dates and deadlines in Warsaw time', () => {
  it('the edition page and a vote not yet begun, on a phone in New York', async () => {
    const lastDay = warsawDayIn(12)
    const votingFrom = warsawDayIn(30)
    const votingLastDay = warsawDayIn(40)
    const submissionStart = new Date(Date.now() - 86_400_000)
    const at = (date: string) => endOfWarsawDay(date).toISOString()
    const phases = [
      { phase: 'submission', startsAt: submissionStart.toISOString(), endsAt: at(lastDay) },
      { phase: 'assessment', startsAt: at(lastDay), endsAt: at(warsawDayIn(20)) },
      { phase: 'appeals', startsAt: at(warsawDayIn(20)), endsAt: at(warsawDayIn(25)) },
      { phase: 'voting', startsAt: warsawAt(votingFrom, 8).toISOString(), endsAt: at(votingLastDay) },
    ]
    const year = await freeYear()
    years.push(year)
    const coordinator = await staff('koordynator')
    const created = await coordinator.post(`/jst/${SLUG}/staff/bo/editions`, editionBody(year, { phases }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)

    const { context, page, problems } = await open(browser, phoneInNewYork)
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York')

    // The deadline next to "Zgłoś projekt", tied to the link so a screen reader hears it with it.
    await visit(page, `/${SLUG}/bo/${year}`)
    const submit = page.getByRole('link', { name: 'Zgłoś projekt' })
    const described = await submit.getAttribute('aria-describedby')
    expect(described).toBeTruthy()
    expect(await pageText(page, `[id="${described}"]`)).toBe(`Projekty przyjmujemy do ${polishDay(lastDay)} włącznie.`)

    // The calendar: a start off midnight with its Warsaw time and zone, an end at midnight as its last day.
    const startTime = new Intl.DateTimeFormat('pl-PL', {
      timeZone: 'Europe/Warsaw',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(submissionStart)
    const calendar = page.getByRole('list', { name: 'Kalendarz' })
    const submission = (
      (await calendar.getByRole('listitem').filter({ hasText: 'Zgłaszanie projektów' }).textContent()) ?? ''
    ).replace(/\s+/g, ' ')
    expect(submission).toContain(
      `od ${polishDay(warsawDate(submissionStart).date)}, ${startTime} (czasu polskiego) do ${polishDay(lastDay)} włącznie`,
    )
    const voting = (
      (await calendar.getByRole('listitem').filter({ hasText: 'Głosowanie' }).textContent()) ?? ''
    ).replace(/\s+/g, ' ')
    expect(voting).toContain(
      `od ${polishDay(votingFrom)}, 08:00 (czasu polskiego) do ${polishDay(votingLastDay)} włącznie`,
    )
    await audit(page, 'edition page in submission, phone in New York')
    await screenshot(page, 'dates-edition-360')

    // The vote has not begun: when it will, in Warsaw time (the phone would say 02:00).
    await visit(page, `/${SLUG}/bo/${year}/glosuj`)
    const state = page.getByRole('status').filter({ hasText: 'Głosowanie jeszcze się nie rozpoczęło.' })
    expect(((await state.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(
      `Głosowanie rozpocznie się ${polishDay(votingFrom)}, 08:00 (czasu polskiego) i potrwa do ${polishDay(votingLastDay)} włącznie.`,
    )
    expect(await pageText(page)).not.toContain('trwa od')
    await audit(page, 'vote not begun, phone in New York')

    // English: the same Warsaw dates, the zone named in English.
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('status').filter({ hasText: 'Voting has not started yet.' }).waitFor()
    expect(
      ((await page.getByRole('status').filter({ hasText: 'Voting has not started yet.' }).textContent()) ?? '').replace(
        /\s+/g,
        ' ',
      ),
    ).toMatch(
      /Voting will open on \d{1,2} \w+ \d{4}, 08:00 \(Polish time\) and run until \d{1,2} \w+ \d{4} inclusive\./,
    )
    expect(problems).toEqual([])
    await context.close()
  })

  it('the voting wizard on a one-pool ballot: no “leave it empty” hint, and the step count never changes', async () => {
    const edition = await createVotingEdition()
    years.push(edition.year)
    const og = edition.projects.filter((p) => p.poolCode === 'OG')
    const email = `strefa.${edition.year}.${Date.now().toString(36)}@example.pl`
    const { context, page, problems } = await open(browser, phoneInNewYork)

    await visit(page, `/${SLUG}/bo/${edition.year}/glosuj`)
    expect(await pageText(page, '.vt-step-heading')).toContain('Krok 1 z 7')
    await page.getByLabel('Adres e-mail').fill(email)
    await page.getByRole('button', { name: 'Wyślij kod' }).click()
    await expectStep(page, 'Krok 2 z 7')
    await page.getByLabel('Kod z wiadomości').fill(await voteCode(email))
    await page.getByRole('button', { name: 'Otwórz kartę do głosowania' }).click()

    // No area: the whole-JST pool is this voter's only pool, so it may not be left empty.
    await expectStep(page, 'Krok 3 z 7')
    await page.getByLabel('Żaden — nie głosuję na projekty lokalne').check()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Projekty: Ogólnogminna')
    expect(await pageText(page, '.vt-step-heading')).toContain('Krok 4 z 7')
    const pool = page.getByRole('group', { name: 'Projekty do wyboru: Ogólnogminna' })
    const hintIds = ((await pool.getAttribute('aria-describedby')) ?? '').split(' ')
    const hint = await pageText(page, `[id="${hintIds[0]}"]`)
    expect(hint).toContain('Wybierz co najmniej jeden projekt.')
    expect(hint).not.toContain('nic nie wybierać')
    await audit(page, 'one-pool ballot, phone in New York')
    await screenshot(page, 'dates-one-pool-360')

    await page.getByLabel(new RegExp(og[0]!.title)).check()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Twoje dane')
    expect(await pageText(page, '.vt-step-heading')).toContain('Krok 6 z 7')
    await page.getByLabel('Imię', { exact: true }).fill('Ewa')
    await page.getByLabel('Nazwisko', { exact: true }).fill('Strefowa')
    await page.getByLabel('Adres zamieszkania').fill('ul. Polna 1, Przykładowo')
    await page.getByLabel(/Oświadczam, że mieszkam/).check()
    await page.getByLabel(/Tak, mam co najmniej/).check()
    await page.getByRole('button', { name: 'Dalej' }).click()
    await expectStep(page, 'Krok 7 z 7')
    expect(problems).toEqual([])
    await context.close()
  })

  it('the calendar fields of the panel read and save Warsaw time on a computer in New York', async () => {
    const { context, page, problems } = await open(browser, {
      timezoneId: 'America/New_York',
      viewport: { width: 1280, height: 900 },
    })
    await login(page, 'koordynator')
    // Submission opens in four days: the edition can still be edited.
    const { year } = await createEdition(page, { phases: submissionPhases(5) })
    years.push(year)
    const edition = (await (await page.request.get(`/api/v1/jst/${SLUG}/bo/${year}`)).json()) as {
      phases: { phase: string; endsAt: string }[]
    }
    const end = edition.phases.find((p) => p.phase === 'submission')!.endsAt
    await visit(page, `/panel/${SLUG}/bo/${year}`)
    await page.getByRole('region', { name: 'Ustawienia edycji' }).getByRole('button', { name: 'Edytuj edycję' }).click()
    const field = page.getByLabel('Koniec: Zgłaszanie projektów')
    // The device would show New York's wall clock (six hours earlier); the JST's calendar is in Warsaw time.
    expect(await field.inputValue()).toBe(warsawLocalInput(end))
    // The evening before the end's day: earlier than the end at any hour it falls on, so the next phase still follows.
    const dayBefore = new Date(Date.parse(`${warsawLocalInput(end).slice(0, 10)}T12:00:00Z`) - 86_400_000)
    const moved = `${dayBefore.toISOString().slice(0, 10)}T18:30`
    await field.fill(moved)
    await page.getByRole('button', { name: 'Zapisz zmiany w edycji' }).click()
    await expect
      .poll(
        async () =>
          ((await (await page.request.get(`/api/v1/jst/${SLUG}/bo/${year}`)).json()) as typeof edition).phases.find(
            (p) => p.phase === 'submission',
          )!.endsAt,
      )
      .toBe(instantOfWarsawLocal(moved)!.toISOString())
    await checkA11y(page, 'edition form on a computer in New York')
    expect(problems).toEqual([])
    await context.close()
  })
})
