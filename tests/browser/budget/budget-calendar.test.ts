import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DAY, daysFromNow } from '../../support/editions'
import { budgetBrowser, createEdition, datetimeLocal, emailMatching, submitProject, tabPress, tabTo } from './helpers'
import { baseUrl, checkA11y, login, open, pageText, screenshot, settled, SLUG, visit } from '../../support/browser'

/**
 * Changing the dates of a running edition in a real browser, keyboard only: once submission has opened, the
 * coordinator's "Ustawienia edycji" explains the lock and offers "Zmień terminy"; the ended and running parts of the
 * calendar cannot be edited; a missing reason is refused next to its field; saving announces itself; residents see
 * the notice ("Zmiany harmonogramu") on the public edition page and the author is e-mailed. axe-core checks both
 * pages.
 */
const suite = budgetBrowser()

/**
 * Moves the date in the focused datetime-local field `days` later with the arrow keys, as a keyboard user does. The
 * order of the field's segments follows the browser's locale, so each segment is tried (↑ then ↓ back) until the
 * one that changes the day is found; then ↑ `days` times (the day must not pass the end of its month).
 */
async function laterByDays(page: Page, label: string, days: number): Promise<void> {
  const field = page.getByLabel(label)
  for (let segment = 0; segment < 6; segment++) {
    const before = await field.inputValue()
    await page.keyboard.press('ArrowUp')
    const after = await field.inputValue()
    await page.keyboard.press('ArrowDown')
    if (before.slice(8, 10) !== after.slice(8, 10) && before.slice(0, 7) === after.slice(0, 7)) {
      for (let i = 0; i < days; i++) await page.keyboard.press('ArrowUp')
      return
    }
    await page.keyboard.press('ArrowRight')
  }
  throw new Error(`No day segment found in "${label}"`)
}

describe('budget panel: changing the dates of a running edition', () => {
  it('extends submission by keyboard only, refuses an empty reason next to its field, and publishes the notice', async () => {
    const stamp = Date.now().toString(36)
    const coordinator = await open(suite.browser)
    const c = coordinator.page
    await login(c, 'koordynator')
    // Submission is open (started yesterday, ends in ten days or a little more, on a day before the 26th so three
    // days more stay in the month); assessment starts five days after it ends.
    let end = 10
    while (new Date(Date.now() + end * DAY).getDate() > 25) end++
    const { year, pools } = await createEdition(c, {
      phases: [
        { phase: 'submission', startsAt: daysFromNow(-1), endsAt: daysFromNow(end) },
        { phase: 'assessment', startsAt: daysFromNow(end + 5), endsAt: daysFromNow(end + 15) },
        { phase: 'appeals', startsAt: daysFromNow(end + 15), endsAt: daysFromNow(end + 25) },
        { phase: 'voting', startsAt: daysFromNow(end + 30), endsAt: daysFromNow(end + 40) },
      ],
    })
    suite.years.push(year)
    const author = `autor.${stamp}@example.pl`
    const pn = pools.find((p) => p.name === 'Osiedle Północ')!.id
    await submitProject(year, pn, { authorEmail: author, title: `Ławki przy stawie ${stamp}` })

    // ——— The panel: settings locked, dates may move. ———
    await visit(c, `/panel/${SLUG}/bo/${year}`)
    const section = 'section[aria-labelledby="bo-settings-heading"]'
    expect(await pageText(c, section)).toContain('zablokowane są wszystkie pola')
    expect(await pageText(c, section)).toContain('Terminy faz można jeszcze przesunąć')
    await checkA11y(c, 'edition panel page, settings locked, dates may move')

    await c.getByRole('heading', { level: 1 }).focus()
    await tabTo(c, 'Zmień terminy', 120)
    await c.keyboard.press('Enter')
    const toggle = c.getByRole('button', { name: 'Zamknij zmianę terminów bez zapisywania' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    // The running phase keeps its start; the others are open to change.
    expect(await c.getByLabel('Początek: Zgłaszanie projektów').isDisabled()).toBe(true)
    expect(await pageText(c, '#bo-calendar-form')).toContain('Nie można zmienić: faza już trwa.')
    expect(await c.getByLabel('Koniec: Zgłaszanie projektów').isDisabled()).toBe(false)
    expect(await c.getByLabel('Początek: Ocena formalna i merytoryczna').isDisabled()).toBe(false)
    await checkA11y(c, 'change of dates form')

    // Three days more for submission, with the arrow keys in the date field.
    const edition = await (await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}`)).json()
    const newEnd = new Date(edition.phases[0].endsAt)
    newEnd.setDate(newEnd.getDate() + 3)
    newEnd.setSeconds(0, 0)
    await tabTo(c, 'Koniec: Zgłaszanie projektów')
    await laterByDays(c, 'Koniec: Zgłaszanie projektów', 3)
    expect(await c.getByLabel('Koniec: Zgłaszanie projektów').inputValue()).toBe(datetimeLocal(newEnd))

    // No reason: refused by the server, the message next to the field and in the summary, which takes focus. (Tab
    // visits every segment of each date field on the way.)
    await tabTo(c, 'Zapisz nowe terminy', 150)
    await c.keyboard.press('Enter')
    await c.waitForFunction(
      () => document.querySelector('textarea[name="reason"]')?.getAttribute('aria-invalid') === 'true',
    )
    expect(await pageText(c, '.field-invalid:has(textarea[name="reason"])')).toContain(
      'Podaj powód zmiany terminów (co najmniej 10 znaków)',
    )
    await c.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    await checkA11y(c, 'change of dates form with an error')
    await screenshot(c, 'budget-calendar-change-error-1280')

    // From the summary's link to the field, then type the reason and save.
    await tabPress(c, 'Powód zmiany')
    await c.waitForFunction(() => (document.activeElement as HTMLTextAreaElement | null)?.name === 'reason')
    const reason = `Przedłużenie naboru na wniosek rad osiedli ${stamp}.`
    await c.keyboard.type(reason)
    await tabPress(c, 'Zapisz nowe terminy')
    await c
      .getByRole('status')
      .filter({ hasText: `Zapisano nowe terminy edycji ${year}.` })
      .waitFor()
    await c.waitForFunction(() => document.activeElement?.textContent === 'Zmień terminy')
    await checkA11y(c, 'edition panel page after the change of dates')

    const saved = await (await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}`)).json()
    expect(Date.parse(saved.phases[0].endsAt)).toBe(newEnd.getTime())
    expect(saved.phases[0].startsAt).toBe(edition.phases[0].startsAt)
    expect(saved.phases.slice(1)).toEqual(edition.phases.slice(1))

    // ——— The public page: the calendar and the notice. ———
    const resident = await open(suite.browser)
    const r = resident.page
    await visit(r, `/${SLUG}/bo/${year}`)
    await r.getByRole('heading', { name: 'Zmiany harmonogramu' }).waitFor()
    const notice = await pageText(r, 'section[aria-labelledby="bo-changes-heading"]')
    expect(notice).toContain(`Powód: ${reason}`)
    expect(notice).toContain('Zgłaszanie projektów: koniec przesunięty z')
    expect(notice).toContain('Ogłoszono')
    await checkA11y(r, 'public edition page with a change of dates')
    await screenshot(r, 'budget-edition-calendar-changes-1280')
    expect(resident.problems).toEqual([])
    await resident.context.close()

    const mail = await emailMatching(author, /zmieniły się terminy/)
    expect(mail.text).toContain(reason)
    expect(coordinator.problems).toEqual([])
    await coordinator.context.close()
  }, 120_000)
})
