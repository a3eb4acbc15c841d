import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { campaignLetter } from '../../api/consultations/answers-helpers'
import { checkA11y, launch, login, open, pageText, SLUG, visit } from '../../support/browser'
import { phone, publishedConsultation, staffBase } from './helpers'
import { closeDb, fitsWidth, focused, staff, tabTo } from '../budget/voting-helpers'

/**
 * Staff answer a campaign: three copies of one letter (signed by different people) and one comment of its own are
 * keyed in through the comments API; the coordinator, on a 360 px phone and with the keyboard alone, groups the
 * similar comments, answers the group (kind as a radio, justification), saves and approves — one answer that every
 * comment of the group then carries. axe-core finds nothing before and after.
 */
let browser: Browser
const today = warsawDate(new Date()).date
const title = `Konsultacje uchwały o drzewach ${Math.random().toString(36).slice(2, 8)}`
let number = 0
const justification = 'Wycinka jest konieczna ze względu na przebudowę sieci wodociągowej pod jezdnią.'

beforeAll(async () => {
  browser = await launch()
  const coordinator = await staff('koordynator')
  const base = staffBase
  number = (
    await publishedConsultation(coordinator, {
      title,
      subject: 'Projekt uchwały w sprawie zasad ochrony drzew',
      participants: 'Mieszkańcy gminy',
      resultsForm: 'Raport na platformie',
    })
  ).number
  const letters = [
    campaignLetter('Anna Kowalska', 'Lipowa 3'),
    campaignLetter('Jan Nowak', 'Klonowa 12'),
    campaignLetter('Ewa Wiśniewska', 'Brzozowa 7'),
    'Proponuję, aby nasadzenia zastępcze obejmowały także krzewy miododajne przy szkołach.',
  ]
  for (const [i, text] of letters.entries()) {
    const keyed = await coordinator.post(`${base}/${number}/comments`, {
      text,
      authorKind: 'resident',
      authorName: `Autor listu ${i + 1}`,
      authorAddress: `ul. Lipowa ${i + 1}, Przykładowo`,
      channel: 'paper',
      receivedOn: today,
    })
    expect(keyed.status, JSON.stringify(keyed.body)).toBe(201)
  }
})

afterAll(async () => {
  await browser?.close()
  closeDb()
})

/** Waits for the polite notice (`role=status`) to say `text`. */
const notice = (page: Page, text: RegExp) =>
  page.waitForFunction(
    (source) => [...document.querySelectorAll('.notice')].some((n) => new RegExp(source).test(n.textContent ?? '')),
    text.source,
    { timeout: 10_000 },
  )

describe('staff answer a campaign once', () => {
  it('groups the duplicates and answers the group with the keyboard on a phone', async () => {
    const { page, context } = await open(browser, phone)
    await login(page, 'koordynator')
    await visit(page, `/panel/${SLUG}/konsultacje/${number}/odpowiedzi`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    expect(await page.getByRole('link', { name: 'Odpowiedzi', exact: true }).getAttribute('aria-current')).toBe('page')
    expect(await pageText(page)).toContain('Potwierdzone uwagi: 4.')
    await checkA11y(page, 'answers: before grouping')

    await tabTo(page, 'Grupuj podobne uwagi', 60)
    await page.keyboard.press('Enter')
    await notice(page, /Pogrupowano uwagi: nowe grupy 1, dołączone uwagi 3/)
    const group = page.getByRole('article', { name: 'Grupa nr 1 (uwagi: 3)' })
    await group.waitFor()
    expect(await page.getByRole('article').count()).toBe(2)

    // On from the grouping button, by Tab and arrow keys only: the group's members, then the decision's radios.
    expect((await focused(page)).name).toBe('Grupuj podobne uwagi')
    await tabTo(page, 'Uwagi w grupie (3)', 15)
    await page.keyboard.press('Enter')
    expect(await group.getByRole('button', { name: /^Wyjmij z grupy uwagę nr \d+$/ }).count()).toBe(3)
    await tabTo(page, 'uwzględniona', 10)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await group.getByRole('radio', { name: 'nieuwzględniona' }).isChecked()).toBe(true)
    await tabTo(page, 'Uzasadnienie', 5)
    await page.keyboard.type(justification)
    await tabTo(page, 'Zapisz wersję roboczą', 5)
    await page.keyboard.press('Enter')
    await notice(page, /Grupa nr 1 \(uwagi: 3\): zapisano wersję roboczą odpowiedzi/)
    await group.locator('.ksa-tag-draft').waitFor()
    expect(await group.locator('.ksa-tag').textContent()).toBe('odpowiedź robocza')

    expect((await focused(page)).name).toBe('Zapisz wersję roboczą')
    await tabTo(page, 'Zatwierdź', 3)
    await page.keyboard.press('Enter')
    await notice(page, /Grupa nr 1 \(uwagi: 3\): odpowiedź zatwierdzono/)
    await page.waitForFunction(() => document.querySelector('.ksa-tag-approved'))
    const answered = (await group.textContent()) ?? ''
    expect(answered).toContain('zatwierdzona')
    expect(answered).toContain(justification)
    await checkA11y(page, 'answers: group approved')
    await fitsWidth(page, 'answers page')

    // The filter: nothing waits for approval; one item has no approved answer yet (the comment of its own).
    await page.getByRole('radio', { name: 'bez zatwierdzonej odpowiedzi (nowe i robocze)' }).focus()
    await page.keyboard.press('Space')
    await page.waitForFunction(() => document.querySelectorAll('article').length === 1)
    expect(await page.getByRole('article').first().getAttribute('aria-labelledby')).toMatch(/^ksa-c/)

    // Every comment of the group carries the group's answer (the server's work list, which the report reads).
    const coordinator = await staff('koordynator')
    const list = await coordinator.get(`/jst/${SLUG}/staff/konsultacje/${number}/answers`)
    expect(list.body.groups[0]).toMatchObject({ size: 3, answer: { status: 'approved', kind: 'rejected' } })
    expect(list.body.counts).toMatchObject({ comments: 4, grouped: 3, approved: 1, none: 1 })
    await context.close()
  })
})
