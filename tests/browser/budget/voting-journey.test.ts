import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  baseUrl,
  checkA11y,
  launch,
  login,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  visit,
} from '../../support/browser'
import {
  castViaApi,
  closeDb,
  createVotingEdition,
  endVoting,
  expectStep,
  fitsWidth,
  focused,
  tabTo,
  voteCode,
  type VotingEdition,
} from './voting-helpers'

/**
 * The vote, end to end: a resident on a 360 px phone, keyboard only, asks for a code, opens the ballot, chooses an
 * area and projects (the draft survives a reload), gives their details, casts the vote and gets a receipt; the
 * receipt check says "recorded"; the coordinator's first attempt to compute is refused while voting runs, then the
 * vote ends, the coordinator computes and an administrator publishes in the panel; the resident finds their ballot
 * counted and their line in the downloaded `.pb` file. axe-core on every page and state on the way.
 */
let browser: Browser
let edition: VotingEdition

beforeAll(async () => {
  browser = await launch()
  edition = await createVotingEdition({ voting: { receipts: 'inclusion-and-content' } })
})

afterAll(async () => {
  await browser?.close()
  closeDb()
})

/** axe-core and no horizontal scroll, at the page's current (360 px) width. */
async function audit(page: Page, label: string) {
  await checkA11y(page, label)
  await fitsWidth(page, label)
}

describe('voting: resident, count, publication, receipt', () => {
  it('a resident votes with the keyboard on a phone; staff compute and publish; the receipt finds the ballot in the .pb file', async () => {
    const { year } = edition
    const base = `/${SLUG}/bo/${year}`
    const email = `mieszkanka.${Date.now().toString(36)}@example.pl`
    const og = edition.projects.filter((p) => p.poolCode === 'OG')
    const pn = edition.projects.filter((p) => p.poolCode === 'PN')

    // ——— 1. Before the vote is over: no results yet. ———
    const resident = await open(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: false })
    const r = resident.page
    await visit(r, `${base}/wyniki`)
    expect(await pageText(r)).toContain('Wyniki nie zostały jeszcze opublikowane.')
    await audit(r, 'results before publication')

    // ——— 2. The e-mail step, first with an empty address (error state), keyboard only. ———
    await visit(r, `${base}/glosuj`)
    expect(await pageText(r, '.vt-step-heading')).toContain('Krok 1 z 7')
    await audit(r, 'wizard: e-mail')
    await tabTo(r, 'Wyślij kod')
    await r.keyboard.press('Enter')
    await r.locator('.error-summary').waitFor()
    expect(await pageText(r, '.field-invalid')).toContain('Podaj adres e-mail.')
    expect((await focused(r)).tag).toBe('div') // the error summary takes the focus
    await audit(r, 'wizard: e-mail with an error')
    await screenshot(r, 'voting-1-email-error-360')
    await tabTo(r, 'Adres e-mail: Podaj adres e-mail.')
    await r.keyboard.press('Enter') // the summary's link moves focus to the field
    expect((await focused(r)).name).toContain('Adres e-mail')
    await r.keyboard.type(email)
    await r.keyboard.press('Enter')

    // ——— 3. The code: a wrong one first (error next to the field), then the right one. ———
    await expectStep(r, 'Krok 2 z 7')
    await audit(r, 'wizard: code')
    const code = await voteCode(email)
    await tabTo(r, 'Kod z wiadomości')
    expect(
      await r.evaluate(() => [
        document.activeElement?.getAttribute('inputmode'),
        document.activeElement?.getAttribute('autocomplete'),
      ]),
    ).toEqual(['numeric', 'one-time-code'])
    await r.keyboard.type(code === '000000' ? '111111' : '000000')
    await r.keyboard.press('Enter')
    await r.locator('.field-error').waitFor()
    expect(await pageText(r, '.field-invalid')).toContain('Kod jest nieprawidłowy albo wygasł.')
    await audit(r, 'wizard: wrong code')
    await screenshot(r, 'voting-2-code-error-360')
    await tabTo(r, 'Kod z wiadomości: Kod jest nieprawidłowy') // the link in the error summary leads to the field
    await r.keyboard.press('Enter')
    expect((await focused(r)).name).toContain('Kod z wiadomości')
    await r.keyboard.press('Control+A')
    await r.keyboard.type(code)
    await r.keyboard.press('Enter')

    // ——— 4. The area (one area pool only). ———
    await expectStep(r, 'Krok 3 z 7')
    expect(await pageText(r, '.vt-step-heading')).toContain('Projekty którego obszaru chcesz wybrać?')
    await audit(r, 'wizard: area')
    await tabTo(r, 'Dalej')
    await r.keyboard.press('Enter')
    expect(await pageText(r, '.field-invalid')).toContain('Wybierz obszar')
    await audit(r, 'wizard: area with an error')
    await tabTo(r, 'Osiedle Północ')
    await r.keyboard.press('Space')
    await tabTo(r, 'Dalej')
    await r.keyboard.press('Enter')

    // ——— 5. The whole-JST pool: too many projects (live counter, error), then two. ———
    await expectStep(r, 'Projekty: Ogólnogminna')
    expect(await pageText(r, '.vt-step-heading')).toContain('Krok 4 z 7')
    expect(await pageText(r, '.vt-counter')).toBe('Wybrano 0 z maks. 2')
    for (const project of og) {
      await tabTo(r, `Nr ${project.number} ${project.title}`)
      await r.keyboard.press('Space')
    }
    expect(await pageText(r, '.vt-counter')).toBe('Wybrano 3 z maks. 2 — odznacz 1')
    await tabTo(r, 'Dalej')
    await r.keyboard.press('Enter')
    await r.locator('.error-summary').waitFor()
    expect(await pageText(r, '.vt-fieldset .field-error')).toContain('możesz wybrać najwyżej 2 projekty')
    await audit(r, 'wizard: whole-JST pool with too many projects')
    await screenshot(r, 'voting-3-pool-error-360')
    const dropped = og[1]!
    await tabTo(r, `Nr ${dropped.number} ${dropped.title}`)
    await r.keyboard.press('Space')
    expect(await pageText(r, '.vt-counter')).toBe('Wybrano 2 z maks. 2')

    // A closed tab resumes: the draft is on the server, the token in localStorage. The save awaited is the one
    // without the dropped project (an earlier save may still be answering on a busy machine).
    const sentChoices = (body: string | null) =>
      Object.values((JSON.parse(body ?? '{}') as { choices?: Record<string, Record<string, number>> }).choices ?? {})
        .flatMap((pool) => Object.keys(pool))
        .sort()
        .join()
    await r.waitForResponse(
      (res) =>
        res.url().endsWith('/vote/draft') &&
        res.request().method() === 'PUT' &&
        res.ok() &&
        sentChoices(res.request().postData()) === [og[0]!.id, og[2]!.id].sort().join(),
      { timeout: 10_000 },
    )
    await r.reload()
    await settled(r)
    await r.locator('h2', { hasText: 'Projekty: Ogólnogminna' }).waitFor()
    expect(await pageText(r)).toContain('Wracasz do rozpoczętej karty')
    expect(await r.getByRole('checkbox', { name: new RegExp(og[0]!.title) }).isChecked()).toBe(true)
    expect(await r.getByRole('checkbox', { name: new RegExp(dropped.title) }).isChecked()).toBe(false)
    await audit(r, 'wizard: resumed pool')
    await tabTo(r, 'Dalej', 60)
    await r.keyboard.press('Enter')

    // ——— 6. The area pool. ———
    await expectStep(r, 'Projekty: Osiedle Północ')
    expect(await pageText(r, '.vt-step-heading')).toContain('Krok 5 z 7')
    await tabTo(r, `Nr ${pn[0]!.number} ${pn[0]!.title}`)
    await r.keyboard.press('Space')
    await audit(r, 'wizard: area pool')
    await tabTo(r, 'Dalej')
    await r.keyboard.press('Enter')

    // ——— 7. About you: errors first, then the details (no PESEL asked; 13+ confirmed; optional statistics). ———
    await expectStep(r, 'Krok 6 z 7')
    expect(await r.getByLabel('Numer PESEL').count()).toBe(0)
    await tabTo(r, 'Dalej')
    await r.keyboard.press('Enter')
    await r.locator('.error-summary').waitFor()
    expect(await pageText(r, '.error-summary')).toContain('Imię: Podaj imię.')
    expect(await pageText(r, '.error-summary')).toContain('Zaznacz, czy masz ukończone 13 lat.')
    await audit(r, 'wizard: identity with errors')
    await screenshot(r, 'voting-4-identity-errors-360')
    await tabTo(r, /^Imię$/)
    await r.keyboard.type('Halina')
    await tabTo(r, /^Nazwisko$/)
    await r.keyboard.type('Wiśniewska')
    await tabTo(r, /^Adres zamieszkania$/)
    await r.keyboard.type('ul. Klonowa 12 m. 3, Przykładowo')
    await tabTo(r, 'Oświadczam, że mieszkam')
    await r.keyboard.press('Space')
    await tabTo(r, 'Tak, mam co najmniej 13 lat')
    await r.keyboard.press('Space')
    await tabTo(r, 'Wiek (przedział)')
    await r.keyboard.press('End') // "65 lat i więcej"
    await tabTo(r, 'Nie chcę podawać') // sex: the default answer is checked; arrows move within the group
    await r.keyboard.press('ArrowUp')
    await r.keyboard.press('ArrowUp') // "Kobieta"
    expect((await focused(r)).name).toBe('Kobieta')
    await audit(r, 'wizard: identity filled in')
    await tabTo(r, 'Dalej')
    await r.keyboard.press('Enter')

    // ——— 8. The summary, with "Zmień" to go back to a step. ———
    await expectStep(r, 'Krok 7 z 7')
    const summary = await pageText(r)
    expect(summary).toContain(og[0]!.title)
    expect(summary).toContain(og[2]!.title)
    expect(summary).not.toContain(dropped.title)
    expect(summary).toContain(pn[0]!.title)
    expect(summary).toContain('Halina Wiśniewska')
    expect(summary).toContain('65 lat i więcej')
    expect(summary).toContain('Kobieta')
    await audit(r, 'wizard: summary')
    await screenshot(r, 'voting-5-summary-360')
    await tabTo(r, 'Zmień swoje dane')
    await r.keyboard.press('Enter')
    await expectStep(r, 'Twoje dane')
    await tabTo(r, 'Dalej')
    await r.keyboard.press('Enter')
    await expectStep(r, 'Sprawdź i oddaj głos')
    await tabTo(r, 'Oddaj głos')
    await r.keyboard.press('Enter')

    // ——— 9. The receipt, shown large. ———
    await expectStep(r, 'Dziękujemy! Twój głos został oddany')
    const receipt = (await r.locator('[data-receipt]').getAttribute('data-receipt'))!
    expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
    expect(await pageText(r, '.vt-receipt')).toBe(`${receipt.slice(0, 5)} ${receipt.slice(5)}`)
    await audit(r, 'wizard: confirmation')
    await screenshot(r, 'voting-6-receipt-360')
    // The session is gone from storage: the ballot cannot be reopened from this device without a new code.
    expect(
      await r.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wspolnota.glosowanie.'))),
    ).toEqual([])
    // A reload shows the receipt again (kept for this tab only).
    await r.reload()
    await settled(r)
    expect(await r.locator('[data-receipt]').getAttribute('data-receipt')).toBe(receipt)

    // ——— 10. The receipt check before publication: recorded. ———
    await tabTo(r, 'Sprawdź swój głos')
    await r.keyboard.press('Enter')
    await r.waitForURL((url) => url.pathname === `${base}/potwierdzenie`)
    await r.locator('.vt-result').waitFor()
    expect(await pageText(r, '.vt-result')).toContain('Twój głos jest zapisany')
    expect(await pageText(r, '.vt-result')).toContain('sprawdzisz tutaj po publikacji wyników')
    await audit(r, 'receipt check before publication')
    // A mistyped code: the error next to the field.
    await tabTo(r, /^Kod potwierdzenia$/, 20, true)
    await r.keyboard.press('Control+A')
    await r.keyboard.type('ZZZZZ ZZZZZ')
    await r.keyboard.press('Enter')
    await r.locator('.field-invalid').waitFor()
    expect(await pageText(r, '.field-invalid')).toContain('Nie znaleziono głosu z takim kodem')
    await audit(r, 'receipt check: unknown code')

    // More residents vote (through the API), so that the statistics have groups over and under 10.
    const choices = (i: number) => ({
      [edition.pools.find((p) => p.code === 'OG')!.id]: { [og[i % 3]!.id]: 1, [og[2]!.id]: 1 },
    })
    for (let i = 0; i < 10; i++) {
      await castViaApi(
        year,
        `glosujacy.${i}.${year}@example.pl`,
        i % 3 === 2 ? { [edition.pools.find((p) => p.code === 'OG')!.id]: { [og[2]!.id]: 1 } } : choices(i),
        {
          firstName: `Osoba${i}`,
          lastName: 'Testowa',
          address: `ul. Długa ${i + 1}, Przykładowo`,
          sex: 'k',
          ageBand: '35-44',
        },
      )
    }

    // ——— 11. Staff: computing is refused while voting runs (shown), then allowed; an admin publishes. ———
    const coordinator = await open(browser)
    const c = coordinator.page
    await login(c, 'koordynator')
    await visit(c, `/panel/${SLUG}/bo/${year}/wyniki`)
    expect(await pageText(c)).toContain('Wyniki nie zostały jeszcze obliczone.')
    await c.getByRole('button', { name: 'Oblicz wyniki' }).click()
    await c.locator('[role="alert"]', { hasText: 'Wyniki można obliczyć dopiero po zakończeniu głosowania.' }).waitFor()
    await checkA11y(c, 'panel results: refused while voting runs')

    await endVoting(year)
    await visit(c, `/panel/${SLUG}/bo/${year}/wyniki`)
    await c.getByRole('button', { name: 'Oblicz wyniki' }).click()
    await c.getByText('Wyniki obliczone. Sprawdź je poniżej przed publikacją.').waitFor()
    await c.locator('.status', { hasText: 'Nieopublikowane' }).waitFor()
    await settled(c)
    const preview = await pageText(c)
    expect(preview).toContain('Nieopublikowane')
    expect(preview).toContain('Wyniki publikuje administrator.')
    expect(await c.getByRole('button', { name: 'Opublikuj' }).count()).toBe(0) // coordinators compute, admins publish
    await checkA11y(c, 'panel results: preview (coordinator)')
    await screenshot(c, 'voting-7-panel-preview')
    // Still not public.
    expect((await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}/results`)).status).toBe(404)

    const admin = await open(browser)
    const a = admin.page
    await login(a, 'admin')
    await visit(a, `/panel/${SLUG}/bo/${year}/wyniki`)
    await a.getByRole('button', { name: 'Opublikuj' }).click()
    const dialog = a.getByRole('dialog', { name: 'Opublikować wyniki?' })
    await dialog.waitFor()
    await checkA11y(a, 'panel results: publication dialog')
    await dialog.getByRole('button', { name: 'Tak, opublikuj' }).click()
    await a.getByText('Wyniki opublikowane. Widzi je każdy.').waitFor()
    await a.locator('.status', { hasText: /^Opublikowane/ }).waitFor()
    await settled(a)
    expect(await pageText(a)).toContain('Opublikowane')
    await checkA11y(a, 'panel results: published')
    await coordinator.context.close()
    await admin.context.close()

    // ——— 12. The public results at 360 px. ———
    await visit(r, `${base}/wyniki`)
    const results = await pageText(r)
    expect(results).toContain('Ogólnogminna')
    expect(results).toContain('Publiczne losowanie')
    expect(results).toContain('Ziarno losowania:')
    expect(results).toContain('mniej niż 10') // e.g. paper ballots, other age bands
    expect(await pageText(r, 'table:has(caption:text("według płci")) tbody tr:has(th:text("Kobieta")) td')).toBe('11') // shown in full
    const winner = r.locator('tr.vt-row-selected').first()
    expect(await winner.textContent()).toContain(og[2]!.title) // chosen on every ballot
    // Why it won is in view on its row, with no "Dlaczego?" to open first.
    expect(await winner.locator('.vt-explain').isVisible()).toBe(true)
    expect(await winner.locator('td.vt-outcome').textContent()).toBe('wybrany')
    await audit(r, 'public results at 360 px')
    await screenshot(r, 'voting-8-results-360')

    // ——— 13. The receipt after publication: counted, the voterId line is in the downloaded pool file. ———
    await visit(r, `${base}/potwierdzenie`)
    await tabTo(r, /^Kod potwierdzenia$/)
    await r.keyboard.type(receipt.toLowerCase().replace(/^(.{5})/, '$1 '))
    await r.keyboard.press('Enter')
    await r.locator('.vt-result').waitFor()
    const check = await pageText(r, '.vt-result')
    expect(check).toContain('Twój głos został policzony')
    const voterId = ((await r.locator('.vt-voter-id code').textContent()) ?? '').replace(/;$/, '')
    expect(voterId).toMatch(/^[0-9a-f]{16}$/)
    expect(check).toContain('Ogólnogminna')
    expect(check).toContain('Osiedle Północ')
    expect(await r.getByRole('link', { name: 'Przelicz wyniki samodzielnie' }).getAttribute('href')).toBe(
      '/przeliczenie',
    )
    await audit(r, 'receipt check after publication')
    await screenshot(r, 'voting-9-receipt-check-360')
    const [download] = await Promise.all([
      r.waitForEvent('download'),
      r.getByRole('link', { name: 'Pobierz plik .pb: Ogólnogminna' }).click(),
    ])
    const file = readFileSync((await download.path())!, 'utf8')
    const line = file.split('\n').find((l) => l.startsWith(`${voterId};`))
    expect(line, `no line for ${voterId} in\n${file}`).toBeDefined()
    expect(line!.split(';')[1]!.split(',').sort()).toEqual([String(og[0]!.number), String(og[2]!.number)].sort())
    expect(file).toMatch(/^tie_policy;seeded-draw$/m)
    expect(resident.problems).toEqual([])
    await resident.context.close()
  })
})
