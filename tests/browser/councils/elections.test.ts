import { createClient, type Client } from '@libsql/client'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hashToken, newToken } from '../../../worker/core/ids'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { addDays } from '../../../worker/councils/domain/dates'
import { seniorsStatute, youthStatute } from '../../../worker/councils/domain/fixtures'
import { checkA11y, launch, login, open, pageText, screenshot, SLUG, visit } from '../../support/browser'
import { closeDb, fitsWidth, focused, staff, tabTo, voteCode, type StaffApi } from '../budget/voting-helpers'

/*
 * A youth council's election end to end: the coordinator announces it in the panel's "Wybory" section of the call
 * (its list of verified candidates published), a pupil on a 360 px phone votes with the keyboard alone — the e-mail
 * address, the 6-digit code read from the outbox, the ballot (name, birth date, school, two candidates, the
 * declaration) — and gets a receipt; after the voting days (moved in the database) the coordinator counts and
 * publishes, and the public page shows the results table with the elected named in words. axe-core finds nothing on
 * each step of the public page and on the panel's section.
 */

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const stamp = Date.now().toString(36)
const today = warsawDate(new Date()).date
const youth = `mrg-e-${stamp}`
const bodyName = `Młodzieżowa Rada ${stamp}`
const voterEmail = `uczen.${stamp}@rady.example`

let browser: Browser
let coordinator: StaffApi
let db: Client
let callNumber: number
let callId: string
let tenantId: string

/** The keyboard is on the heading of the vote's step (h3, focused when the voter moves on) that contains `text`. */
async function onStep(page: Page, text: string): Promise<void> {
  await page
    .waitForFunction(
      (expected) => {
        const el = document.activeElement
        return !!el && /^H[23]$/.test(el.tagName) && (el.textContent ?? '').replace(/\s+/g, ' ').includes(expected)
      },
      text,
      { timeout: 10_000 },
    )
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nThe page reads: ${await pageText(page)}`)
    })
}

/** A body with its statute and first term, written straight in (the bodies' journey creates them through the panel). */
async function insertBody(kind: string, slug: string, name: string, statute: unknown) {
  const now = Date.now()
  const id = `b-${slug}`
  await db.batch([
    {
      sql: "INSERT INTO rd_bodies (id, tenant_id, kind, slug, name, description, status, created_at) VALUES (?, ?, ?, ?, ?, '', 'dziala', ?)",
      args: [id, tenantId, kind, slug, name, now],
    },
    {
      sql: "INSERT INTO rd_statutes (id, tenant_id, body_id, version, statute, applies, valid_from, created_at) VALUES (?, ?, ?, 1, ?, 'od_razu', '2025-12-01', ?)",
      args: [`s-${slug}`, tenantId, id, JSON.stringify(statute), now],
    },
    {
      sql: "INSERT INTO rd_terms (id, tenant_id, body_id, number, starts_on, ends_on, created_at) VALUES (?, ?, ?, 1, '2026-01-01', '2028-12-31', ?)",
      args: [`t-${slug}`, tenantId, id, now],
    },
  ])
}

/**
 * A call of `body` for `seatCategory` with `candidates` (name → constituency) verified, written straight in, and its
 * list published through the API after the deadline (moved to yesterday). Returns the call's number and id.
 */
async function callWithList(body: string, seatCategory: string, candidates: [string, string | null][]) {
  const call = await coordinator.post(`/jst/${SLUG}/staff/rady/${body}/nabory`, {
    seatCategory,
    title: 'Wybory do rady',
    opensOn: today,
    deadline: addDays(today, 10),
    electionDay: addDays(today, 20),
    termStart: '2026-01-01',
  })
  expect(call.status, JSON.stringify(call.body)).toBe(201)
  const number: number = call.body.number
  const [row] = (
    await db.execute({ sql: 'SELECT id FROM rd_calls WHERE tenant_id = ? AND number = ?', args: [tenantId, number] })
  ).rows
  const id = String(row!.id)
  const now = Date.now()
  for (const [name, constituency] of candidates)
    await db.execute({
      sql: "INSERT INTO rd_candidates (id, tenant_id, call_id, name, resident, constituency, school, statement, nominated_by, status, key_hash, verified_at, created_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, 'sam', 'zweryfikowany', ?, ?, ?)",
      args: [
        `c-${id}-${name.split(' ')[0]}`,
        tenantId,
        id,
        name,
        constituency,
        constituency,
        `Program: ${name}`,
        await hashToken(newToken()),
        now,
        now,
      ],
    })
  await db.execute({
    sql: 'UPDATE rd_calls SET opens_on = ?, deadline = ? WHERE id = ?',
    args: [addDays(today, -11), addDays(today, -1), id],
  })
  const published = await coordinator.post(`/jst/${SLUG}/staff/rady/${body}/nabory/${number}/lista`)
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return { number, id }
}

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  const [tenant] = (await db.execute({ sql: 'SELECT id FROM tenants WHERE slug = ?', args: [SLUG] })).rows
  tenantId = String(tenant!.id)
  coordinator = await staff('koordynator')
  await insertBody('mlodziezowa_rada', youth, bodyName, youthStatute({ validFrom: '2025-12-01' }))
  // The candidacies, verified, written straight in (registration and verification have their own journeys).
  const call = await callWithList(youth, 'radni', [
    ['Ala Kandydatka', 'sp1'],
    ['Bartek Kandydat', 'sp1'],
    ['Celina Licealistka', 'lo'],
  ])
  callNumber = call.number
  callId = call.id
})

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

describe('councils elections', () => {
  it('the coordinator announces the election and a pupil votes by an e-mailed code, with the keyboard alone', async () => {
    const staffSide = await open(browser)
    try {
      const p = staffSide.page
      await login(p, 'koordynator')
      await visit(p, `/panel/${SLUG}/rady/${youth}/nabory`)
      const section = p.getByRole('region', { name: `Wybory w naborze nr ${callNumber}` })
      await section.getByRole('heading', { name: 'Ogłoś wybory' }).waitFor()
      await checkA11y(p, 'panel election: announce')
      await section.getByLabel('Pierwszy dzień głosowania').fill(today)
      await section.getByLabel('Ostatni dzień głosowania').fill(addDays(today, 6))
      await section.getByLabel('Ilu kandydatów można zaznaczyć na karcie').fill('2')
      await section.getByRole('button', { name: 'Ogłoś wybory' }).click()
      await p.getByText(`Ogłoszono wybory w naborze nr ${callNumber}.`).waitFor()
      await section.getByText('trwa głosowanie').waitFor()
      expect(await pageText(p, `section[aria-labelledby="rde-panel-${callNumber}"]`)).toContain(
        'Osoby, które w dniu głosowania mają najwyżej 18 lat.',
      )
      await checkA11y(p, 'panel election: voting')
      expect(staffSide.problems).toEqual([])
    } finally {
      await staffSide.context.close()
    }

    const { context, page, problems } = await open(browser, phone)
    try {
      // the public call page links to its election
      await visit(page, `/${SLUG}/rady/nabory/${callNumber}`)
      await page.getByRole('link', { name: 'Wybory kandydatów z tego naboru' }).click()
      await page.getByRole('heading', { level: 1, name: `Wybory: ${bodyName} — radni młodzieżowi` }).waitFor()
      const text = await pageText(page)
      expect(text).toContain('trwa głosowanie')
      expect(text).toContain(`włącznie`)
      expect(text).toContain('Ala Kandydatka')
      expect(text).toContain('Liceum Ogólnokształcące (miejsc: 6)')
      await checkA11y(page, 'election: e-mail step')
      await fitsWidth(page, 'election: e-mail step')

      await tabTo(page, /^Adres e-mail$/, 80)
      await page.keyboard.type(voterEmail)
      await tabTo(page, 'Wyślij kod')
      await page.keyboard.press('Enter')
      await onStep(page, 'Kod z e-maila')
      await checkA11y(page, 'election: code step')
      const code = await voteCode(voterEmail)
      await tabTo(page, /^Kod \(6 cyfr\)$/)
      await page.keyboard.type(code)
      await tabTo(page, 'Otwórz kartę')
      await page.keyboard.press('Enter')
      await onStep(page, 'Twoja karta')
      expect(new URL(page.url()).search).toBe('')
      const stored = await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length }))
      expect(stored.session).toBeGreaterThan(0)
      await checkA11y(page, 'election: ballot step')

      // sent empty: every problem next to its field, the summary first
      await tabTo(page, 'Oddaj głos', 40)
      await page.keyboard.press('Enter')
      await page.getByText('Wpisz imię.').first().waitFor()
      expect(await page.getByLabel('Imię', { exact: true }).getAttribute('aria-invalid')).toBe('true')
      await checkA11y(page, 'election: ballot refused')

      await tabTo(page, /^Imię$/, 40)
      await page.keyboard.type('Zosia')
      await tabTo(page, /^Nazwisko$/)
      await page.keyboard.type('Uczennica')
      await tabTo(page, /^Data urodzenia$/)
      // a 15-year-old, the date typed segment by segment as a keyboard user fills the browser's date field; day and
      // month alike, so that the field's order of them (the browser's own locale) does not matter
      const birthDate = `${Number(today.slice(0, 4)) - 15}-05-05`
      await page.keyboard.type(`0505${birthDate.slice(0, 4)}`)
      expect(await page.getByLabel('Data urodzenia').inputValue()).toBe(birthDate)
      await tabTo(page, /^Szkoła Podstawowa nr 1/)
      await page.keyboard.press('Space')
      expect(await page.getByRole('radio', { name: /^Szkoła Podstawowa nr 1/ }).isChecked()).toBe(true)
      await tabTo(page, 'Ala Kandydatka')
      await page.keyboard.press('Space')
      await tabTo(page, 'Bartek Kandydat')
      await page.keyboard.press('Space')
      await page.getByText('Zaznaczono 2 z 2.').waitFor()
      await tabTo(page, /^Oświadczam/)
      await page.keyboard.press('Space')
      await tabTo(page, 'Oddaj głos')
      expect((await focused(page)).tag).toBe('button')
      await page.keyboard.press('Enter')
      await onStep(page, 'Głos oddany')
      const receipt = await page.locator('[data-receipt]').getAttribute('data-receipt')
      expect(receipt).toMatch(/^[0-9A-Z]{10}$/)
      await checkA11y(page, 'election: receipt')
      await fitsWidth(page, 'election: receipt')
      await screenshot(page, 'rd-election-receipt-360')

      // a reload of this tab shows the receipt again; nothing of the session is left in localStorage
      await visit(page, `/${SLUG}/rady/nabory/${callNumber}/wybory`)
      await page.getByText(receipt!).waitFor()
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('wybory')))).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
    const ballots = await db.execute({
      sql: 'SELECT b.constituency, b.choices FROM rd_election_ballots b JOIN rd_elections e ON e.id = b.election_id WHERE e.call_id = ?',
      args: [callId],
    })
    expect(ballots.rows.map((r) => [r.constituency, JSON.parse(String(r.choices)).length])).toEqual([['sp1', 2]])
  })

  it('after the voting days the coordinator counts and publishes, and the public page shows the results', async () => {
    await db.execute({
      sql: 'UPDATE rd_elections SET voting_from = ?, voting_to = ? WHERE call_id = ?',
      args: [addDays(today, -7), addDays(today, -1), callId],
    })
    const staffSide = await open(browser)
    try {
      const p = staffSide.page
      await login(p, 'koordynator')
      await visit(p, `/panel/${SLUG}/rady/${youth}/nabory`)
      const section = p.getByRole('region', { name: `Wybory w naborze nr ${callNumber}` })
      await section.getByRole('button', { name: 'Policz głosy' }).click()
      await p.getByText('Policzono głosy (oddane karty: 1).').waitFor()
      await section.getByRole('table', { name: 'Głosy na kandydatów: Szkoła Podstawowa nr 1' }).waitFor()
      await checkA11y(p, 'panel election: counted')
      await section.getByRole('button', { name: 'Opublikuj wyniki' }).click()
      await p.getByText('Opublikowano wyniki wyborów.').waitFor()
      await section.getByRole('heading', { name: 'Powołaj wybranych' }).waitFor()
      expect(await pageText(p, `section[aria-labelledby="rde-panel-${callNumber}"]`)).toContain(
        'Wybrani: Ala Kandydatka, Bartek Kandydat.',
      )
      await checkA11y(p, 'panel election: published')
      await screenshot(p, 'rd-election-panel')
      await section.getByLabel('Pierwszy dzień mandatu').fill(today)
      await section.getByRole('button', { name: 'Powołaj wybranych' }).click()
      await p.getByText('Powołano członków: 2.', { exact: false }).waitFor()
      await section.getByText('Wybrani zostali powołani na członków rady.').waitFor()
      expect(staffSide.problems).toEqual([])
    } finally {
      await staffSide.context.close()
    }

    const { context, page, problems } = await open(browser, phone)
    try {
      await visit(page, `/${SLUG}/rady/nabory/${callNumber}/wybory`)
      await page.getByRole('heading', { level: 2, name: 'Wyniki wyborów' }).waitFor()
      const table = page.getByRole('table', { name: 'Głosy na kandydatów: Szkoła Podstawowa nr 1' })
      const ala = table.getByRole('row', { name: /Ala Kandydatka/ })
      expect(await ala.locator('td').allTextContents()).toEqual(['1', 'wybrany'])
      const lo = page.getByRole('table', { name: 'Głosy na kandydatów: Liceum Ogólnokształcące' })
      expect(
        await lo
          .getByRole('row', { name: /Celina Licealistka/ })
          .locator('td')
          .allTextContents(),
      ).toEqual(['0', 'niewybrany'])
      expect(await pageText(page)).toContain('wyniki ogłoszone')
      await checkA11y(page, 'election: results')
      await fitsWidth(page, 'election: results')
      await screenshot(page, 'rd-election-results-360')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it("an electors' list before voting, a tie at the last seat drawn by lot in the panel, the lot's note published", async () => {
    const seniors = `rs-e-${stamp}`
    const statute = seniorsStatute({ validFrom: '2025-12-01' })
    statute.seats[0]!.seats = 1
    await insertBody('rada_seniorow', seniors, `Rada Seniorów ${stamp}`, statute)
    const call = await callWithList(seniors, 'seniorzy', [
      ['Halina Seniorka', null],
      ['Zenon Senior', null],
    ])
    const created = await coordinator.post(`/jst/${SLUG}/staff/rady/${seniors}/nabory/${call.number}/wybory`, {
      votingFrom: addDays(today, 1),
      votingTo: addDays(today, 3),
      electorate: 'spis',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const section = (p: Page) => p.getByRole('region', { name: `Wybory w naborze nr ${call.number}` })

    const staffSide = await open(browser)
    try {
      const p = staffSide.page
      await login(p, 'koordynator')
      await visit(p, `/panel/${SLUG}/rady/${seniors}/nabory`)
      await section(p).getByRole('heading', { name: 'Spis wyborców' }).waitFor()
      await section(p)
        .getByLabel('Spis wyborców (jedna osoba w wierszu)')
        .fill('Jan Senior;1950-01-01\nAnna Seniorka;1948-03-02')
      await section(p).getByRole('button', { name: 'Zapisz spis wyborców' }).click()
      await p.getByText('Zapisano spis wyborców; osób w spisie: 2.').first().waitFor()
      await checkA11y(p, 'panel election: electors')
      expect(staffSide.problems).toEqual([])
    } finally {
      await staffSide.context.close()
    }

    const resident = await open(browser, phone)
    try {
      await visit(resident.page, `/${SLUG}/rady/nabory/${call.number}/wybory`)
      const text = await pageText(resident.page)
      expect(text).toContain('zapowiedziane')
      expect(text).toContain('Głosowanie zacznie się')
      expect(text).toContain('Osoby, które w dniu głosowania mają co najmniej 60 lat.')
      expect(text).toContain('Głosują osoby ze spisu wyborców')
      expect(await resident.page.getByLabel('Adres e-mail').count()).toBe(0)
      await checkA11y(resident.page, 'election announced')
      expect(resident.problems).toEqual([])
    } finally {
      await resident.context.close()
    }

    // the voting days passed with one ballot for each candidate: a tie for the one seat
    const [election] = (await db.execute({ sql: 'SELECT id FROM rd_elections WHERE call_id = ?', args: [call.id] }))
      .rows
    await db.execute({
      sql: 'UPDATE rd_elections SET voting_from = ?, voting_to = ? WHERE id = ?',
      args: [addDays(today, -3), addDays(today, -1), String(election!.id)],
    })
    for (const name of ['Halina', 'Zenon'])
      await db.execute({
        sql: "INSERT INTO rd_election_ballots (id, tenant_id, election_id, constituency, choices, person_key, contact_key, receipt, cast_at) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?)",
        args: [
          `eb-${stamp}-${name}`,
          tenantId,
          String(election!.id),
          JSON.stringify([`c-${call.id}-${name}`]),
          `osoba-${stamp}-${name}`,
          `kontakt-${stamp}-${name}`,
          `R${stamp}${name}`.slice(0, 10).toUpperCase(),
          Date.now(),
        ],
      })

    const again = await open(browser)
    try {
      const p = again.page
      await login(p, 'koordynator')
      await visit(p, `/panel/${SLUG}/rady/${seniors}/nabory`)
      await section(p).getByRole('button', { name: 'Policz głosy' }).click()
      await p.getByText('Policzono głosy (oddane karty: 2).').waitFor()
      const lot = section(p).getByRole('form', { name: 'Losowanie: przedstawiciele osób starszych' })
      await lot.waitFor()
      expect(await section(p).getByRole('button', { name: 'Opublikuj wyniki' }).count()).toBe(0)
      expect(
        await section(p)
          .getByRole('row', { name: /Zenon Senior/ })
          .locator('td')
          .allTextContents(),
      ).toEqual(['1', 'remis — rozstrzyga losowanie'])
      // sent without a choice: refused next to the fields
      await lot.getByRole('button', { name: 'Zapisz wynik losowania' }).click()
      await lot.getByText('Zaznacz dokładnie 1.').first().waitFor()
      await checkA11y(p, 'panel election: lot refused')
      await lot.getByLabel('Halina Seniorka').check()
      await lot.getByLabel('Przebieg losowania').fill('Losowała komisja: dwie kartki w urnie, ciągnęła sekretarz.')
      await lot.getByRole('button', { name: 'Zapisz wynik losowania' }).click()
      await p.getByText('Zapisano wynik losowania: przedstawiciele osób starszych.').waitFor()
      await section(p).getByRole('button', { name: 'Opublikuj wyniki' }).click()
      await p.getByText('Opublikowano wyniki wyborów.').waitFor()
      await checkA11y(p, 'panel election: lot published')
      expect(again.problems).toEqual([])
    } finally {
      await again.context.close()
    }

    const reader = await open(browser, phone)
    try {
      const p = reader.page
      await visit(p, `/${SLUG}/rady/nabory/${call.number}/wybory`)
      await p.getByRole('heading', { level: 3, name: 'Losowania przy równej liczbie głosów' }).waitFor()
      const text = await pageText(p)
      expect(text).toContain('spośród Halina Seniorka, Zenon Senior los wskazał: Halina Seniorka.')
      expect(text).toContain('Przebieg losowania: Losowała komisja: dwie kartki w urnie, ciągnęła sekretarz.')
      expect(text).not.toContain('Zapisał:')
      expect(
        await p
          .getByRole('row', { name: /Halina Seniorka/ })
          .locator('td')
          .allTextContents(),
      ).toEqual(['1', 'wybrany'])
      await checkA11y(p, 'election: lot on the public page')
      await fitsWidth(p, 'election: lot on the public page')
      expect(reader.problems).toEqual([])
    } finally {
      await reader.context.close()
    }
  })
})
