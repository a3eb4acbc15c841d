import { deflateSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  baseUrl,
  checkA11y,
  chooseFileByKeyboard,
  horizontalOverflow,
  launch,
  login,
  open,
  type Opened,
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
  focused,
  staff,
  tablesFit,
  tabTo,
  type VotingEdition,
} from './voting-helpers'

/**
 * Implementation tracking and the results charts: before publication the residents' page says "not yet"; after it,
 * the results page has accessible SVG charts (named, described, no inline styles, `<10` groups in words, still
 * distinguishable in forced colours); a coordinator — keyboard only — sets a winner "w realizacji", adds a note with a
 * photo, is stopped when abandoning another winner without a reason (client-side, then a server refusal shown next to
 * the field), and saves it with a reason; residents see the statuses, the note and its photo, and filter by status.
 * Then the coordinator, keyboard only, corrects a note in place (a too-short text refused next to the field) and
 * deletes another after a confirmation, and residents see the correction dated. axe-core on every page and state.
 */
let browser: Browser
let edition: VotingEdition
let base: string
const NOTE = 'Trwają prace ziemne, posadzono pierwsze drzewa przy szkole.'
const REASON = 'Wykonawca wycofał się, a ponowny przetarg nie przyniósł żadnej oferty.'
const TYPO = 'Wylano fundamnety pod altane.'
const CORRECTED = 'Wylano fundamenty pod altanę.'
const UNWANTED = 'Ta informacja trafiła do złego projektu.'
const PNG = tinyPng(24, 16)

/** A real PNG (solid green, `width`×`height`), made here so the test needs no fixture file. */
function tinyPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => [0x2e, 0x7d, 0x32]).flat()),
  ])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

beforeAll(async () => {
  browser = await launch()
  edition = await createVotingEdition()
  base = `/${SLUG}/bo/${edition.year}`
  const og = edition.projects.filter((p) => p.poolCode === 'OG')
  const pn = edition.projects.filter((p) => p.poolCode === 'PN')
  const pool = (code: string) => edition.pools.find((p) => p.code === code)!.id
  // 11 women (shown in full) and 2 men (shown as "<10"), all online.
  for (let i = 0; i < 13; i++) {
    await castViaApi(
      edition.year,
      `realizacja.${i}.${edition.year}@example.pl`,
      { [pool('OG')]: { [og[0]!.id]: 1, [og[2]!.id]: 1 }, [pool('PN')]: { [pn[0]!.id]: 1 } },
      {
        firstName: `Osoba${i}`,
        lastName: 'Realizacyjna',
        address: `ul. Krótka ${i + 1}, Przykładowo`,
        sex: i < 11 ? 'k' : 'm',
        ageBand: '45-54',
      },
    )
  }
  await endVoting(edition.year)
  const computed = await (await staff('koordynator')).post(`/jst/${SLUG}/staff/bo/${edition.year}/results`)
  expect(computed.status, JSON.stringify(computed.body)).toBe(201)
})

afterAll(async () => {
  await browser?.close()
  closeDb()
})

async function audit(page: Page, label: string) {
  await checkA11y(page, label)
  const { scrollWidth, clientWidth } = await horizontalOverflow(page)
  expect(scrollWidth, `${label} scrolls horizontally`).toBeLessThanOrEqual(clientWidth)
  expect(await tablesFit(page), `${label}: tables wider than the screen`).toEqual([])
  // (axe-core leaves empty `style=""` on form controls it measured; only real inline styles count.)
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('[style]:not([style=""])')].map(
        (el) => `${el.tagName}: ${el.getAttribute('style')}`,
      ),
    ),
    `${label}: inline style attributes`,
  ).toEqual([])
}

/** The first project by number, and the next one: the two winners the coordinator works on. */
async function winners(): Promise<{ projectId: string; scope: { number: number; title: string } }[]> {
  const response = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${edition.year}/implementation`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { items: { projectId: string; scope: { number: number; title: string } }[] }).items
}

describe('implementation tracking and results charts', () => {
  let resident: Opened

  it('says "not yet" in Polish before the results are published, without an error', async () => {
    resident = await open(browser, { viewport: { width: 360, height: 740 }, isMobile: true })
    const r = resident.page
    await visit(r, `${base}/realizacja`)
    expect(await pageText(r, 'h1')).toContain('Realizacja projektów')
    expect(await pageText(r, '.state-empty')).toContain(
      'Realizację projektów pokażemy po ogłoszeniu wyników głosowania.',
    )
    expect(await r.locator('.state-empty').getAttribute('role')).toBe('status')
    expect(await r.locator('[role="alert"]').count()).toBe(0)
    expect(await r.getByRole('link', { name: 'Wyniki głosowania' }).getAttribute('href')).toBe(`${base}/wyniki`)
    await audit(r, 'implementation before publication')
  })

  it('draws accessible SVG charts on the published results page', async () => {
    const published = await (await staff('admin')).post(`/jst/${SLUG}/staff/bo/${edition.year}/results/publish`)
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const r = resident.page
    await visit(r, `${base}/wyniki`)
    const charts = await r.evaluate(() =>
      [...document.querySelectorAll('main svg[role="img"]')].map((svg) => ({
        name: document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        nameIsTitle: document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.tagName === 'title',
        desc: document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      })),
    )
    const names = charts.map((c) => c.name)
    expect(names).toContain('Ogólnogminna: głosy na projekty')
    expect(names.some((n) => n.startsWith('Ogólnogminna: wydano'))).toBe(true)
    expect(names).toContain('Ważne karty według sposobu głosowania')
    expect(names).toContain('Ważne karty według wieku')
    expect(names).toContain('Ważne karty według płci')
    for (const chart of charts) {
      expect(chart.nameIsTitle, chart.name).toBe(true)
      expect(chart.desc.length, chart.name).toBeGreaterThan(20)
    }
    // The winners are named in words in the description, not only by the solid bar.
    const votes = charts.find((c) => c.name === 'Ogólnogminna: głosy na projekty')!
    const og = edition.projects.filter((p) => p.poolCode === 'OG')
    expect(votes.desc).toContain(`Nr ${og[0]!.number} ${og[0]!.title}: 13, wybrany`)
    // "<10" is words, not a bar: the men's row has no bar and says so; the women's row has a bar and the figure.
    const sex = r.locator('svg[role="img"]:has(title:text-is("Ważne karty według płci"))')
    expect(await sex.locator('.vt-chart-suppressed').allTextContents()).toEqual(['mniej niż 10 (bez słupka)'])
    expect(await sex.locator('.vt-chart-bar').count()).toBe(1)
    expect(await sex.locator('.vt-chart-value').allTextContents()).toEqual(['11'])
    expect(await pageText(r, 'table:has(caption:text("według płci")) tbody tr:has(th:text("Mężczyzna")) td')).toBe(
      'mniej niż 10',
    )
    expect(await r.getByRole('link', { name: 'Realizacja zwycięskich projektów' }).getAttribute('href')).toBe(
      `${base}/realizacja`,
    )
    await audit(r, 'results with charts at 360 px')
    await screenshot(r, 'implementation-1-results-charts-360')

    // Forced colours (Windows high contrast): system colours, and the marks still differ by shape.
    await r.emulateMedia({ forcedColors: 'active' })
    const fills = await r.evaluate(() => {
      const solid = document.querySelector('.vt-chart-bar-solid')!
      const hatched = document.querySelector('.vt-chart-bar-hatched')!
      return { solid: getComputedStyle(solid).fill, hatched: getComputedStyle(hatched).fill }
    })
    expect(fills.solid).not.toBe(fills.hatched)
    expect(fills.hatched).toMatch(/^url\(/)
    await checkA11y(r, 'results with charts in forced colours')
    await r.emulateMedia({ forcedColors: 'none' })
  })

  it('a coordinator changes statuses and adds a note with a photo, keyboard only', async () => {
    const [first, second] = await winners()
    expect(second, 'two winners').toBeDefined()
    const firstName = `Nr ${first!.scope.number} ${first!.scope.title}`
    const secondName = `Nr ${second!.scope.number} ${second!.scope.title}`
    const coordinator = await open(browser)
    const c = coordinator.page
    await login(c, 'koordynator')
    await visit(c, `/panel/${SLUG}/bo/${edition.year}`)
    await c
      .getByRole('navigation', { name: new RegExp(String(edition.year)) })
      .getByRole('link', { name: 'Realizacja projektów' })
      .click()
    await c.waitForURL((url) => url.pathname === `/panel/${SLUG}/bo/${edition.year}/realizacja`)
    await settled(c)
    expect(await pageText(c, 'h1')).toBe(`Realizacja projektów — Budżet obywatelski ${edition.year}`)
    await audit(c, 'staff implementation page')

    // 1. The first winner: "w realizacji".
    await tabTo(c, 'Stan realizacji', 60)
    expect((await focused(c)).tag).toBe('select')
    await c.keyboard.press('ArrowDown')
    expect(await c.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('in_progress')
    await tabTo(c, 'Zapisz stan')
    expect((await focused(c)).name).toBe(`Zapisz stan projektu ${firstName}`)
    await c.keyboard.press('Enter')
    await c
      .getByRole('status')
      .filter({ hasText: `Zapisano stan projektu ${firstName}: w realizacji.` })
      .waitFor()

    // 2. A progress note with a photo, the file chosen from the keyboard.
    await tabTo(c, 'Informacja o postępie prac')
    await c.keyboard.type(NOTE)
    await tabTo(c, 'Zdjęcie (nieobowiązkowe)')
    await chooseFileByKeyboard(c, { name: 'skwer.png', mimeType: 'image/png', buffer: PNG })
    await tabTo(c, 'Dodaj informację')
    await c.keyboard.press('Enter')
    await c
      .getByRole('status')
      .filter({ hasText: `Dodano informację o postępie projektu ${firstName} ze zdjęciem.` })
      .waitFor()
    await settled(c)
    const firstSection = c.locator('section.impl-winner').first()
    await firstSection.locator('.impl-note-text', { hasText: NOTE }).waitFor()
    expect(await firstSection.locator('.impl-status').textContent()).toBe('w realizacji')
    await expect
      .poll(() => c.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label')))
      .toBe(`Dodaj informację o projekcie ${firstName}`)
    expect(await firstSection.getByLabel('Informacja o postępie prac').inputValue()).toBe('') // ready for the next note
    await audit(c, 'staff: status and note saved')

    // 3. The second winner: abandoned without a reason → the error next to the reason field, which gets the focus.
    await tabTo(c, 'Stan realizacji', 60)
    expect(await c.evaluate(() => document.activeElement?.closest('section')?.querySelector('h2')?.textContent)).toBe(
      secondName,
    )
    await c.keyboard.press('End')
    expect(await c.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('abandoned')
    await tabTo(c, 'Zapisz stan')
    await c.keyboard.press('Enter')
    const secondSection = c.locator('section.impl-winner', { has: c.getByRole('heading', { name: secondName }) })
    await secondSection.locator('.field-error').waitFor()
    expect(await secondSection.locator('.field-invalid .field-error').textContent()).toContain(
      'Podaj powód odstąpienia od realizacji (co najmniej 10 znaków).',
    )
    await expect.poll(async () => (await focused(c)).name).toContain('Powód odstąpienia od realizacji')
    expect(await c.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true')
    await audit(c, 'staff: reason missing')
    await screenshot(c, 'implementation-2-reason-missing')

    // 4. The server's refusal of a field is shown next to that field too (here forced, as the form checks first).
    await c.route('**/implementation/*', (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              status: 400,
              title: 'Błędne dane',
              detail: 'Uzasadnienie jest niezrozumiałe.',
              errors: [{ field: 'reason', detail: 'Uzasadnienie jest niezrozumiałe.' }],
            }),
          })
        : route.continue(),
    )
    await c.keyboard.type(REASON)
    await tabTo(c, 'Zapisz stan')
    await c.keyboard.press('Enter')
    await secondSection.locator('.field-error', { hasText: 'Uzasadnienie jest niezrozumiałe.' }).waitFor()
    await expect.poll(async () => (await focused(c)).name).toContain('Powód odstąpienia od realizacji')
    expect(await secondSection.locator('[role="alert"]').count()).toBe(0) // said once, next to the field
    await c.unroute('**/implementation/*')

    // 5. With the reason: saved.
    await tabTo(c, 'Zapisz stan')
    await c.keyboard.press('Enter')
    await c
      .getByRole('status')
      .filter({ hasText: `Zapisano stan projektu ${secondName}: odstąpiono od realizacji.` })
      .waitFor()
    await settled(c)
    expect(await secondSection.locator('.field-error').count()).toBe(0)
    expect(await secondSection.locator('.impl-reason').textContent()).toBe(REASON)
    await audit(c, 'staff: abandoned with a reason')
    expect(coordinator.problems).toEqual([])
    await coordinator.context.close()
  })

  it('residents see the statuses, the note with its photo, and filter by status', async () => {
    const [first, second] = await winners()
    const r = resident.page
    await visit(r, `${base}/realizacja`)
    const page = await pageText(r)
    expect(page).toContain(`w realizacji: 1`)
    expect(page).toContain(`odstąpiono od realizacji: 1`)
    const firstItem = r.locator('article', {
      has: r.getByRole('heading', { name: `Nr ${first!.scope.number} ${first!.scope.title}` }),
    })
    expect(await firstItem.locator('.impl-status').textContent()).toBe('w realizacji')
    expect(await pageText(r, `article:has(h3:text("${second!.scope.title}")) .impl-reason`)).toBe(REASON)
    expect(await firstItem.locator('.impl-note-text').textContent()).toBe(NOTE)
    const photo = firstItem.getByRole('img', { name: `Zdjęcie: ${NOTE}` })
    await photo.waitFor()
    await r.waitForFunction(
      (alt) =>
        [...document.querySelectorAll('img')].some((img) => img.alt === alt && img.complete && img.naturalWidth > 0),
      `Zdjęcie: ${NOTE}`,
    )
    await audit(r, 'implementation published at 360 px')
    await screenshot(r, 'implementation-3-public-360')

    // The filter, from the keyboard: the link keeps the focus, the list and the count change, the address too.
    await tabTo(r, 'w realizacji: 1', 60)
    await r.keyboard.press('Enter')
    await r.waitForURL((url) => url.search === '?stan=in_progress')
    await r.locator('.impl-shown', { hasText: 'Pokazano 1 z' }).waitFor()
    expect(await pageText(r, '.impl-shown')).toMatch(/^Pokazano 1 z \d+ projektów — stan: w realizacji\.$/)
    expect(await r.locator('.impl-item').count()).toBe(1)
    await expect.poll(async () => (await focused(r)).name).toBe('w realizacji: 1')
    expect(await r.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('true')
    await audit(r, 'implementation filtered')

    // The edition page links here once the vote is over.
    await visit(r, base)
    expect(await r.getByRole('link', { name: 'Realizacja zwycięskich projektów' }).getAttribute('href')).toBe(
      `${base}/realizacja`,
    )
    expect(resident.problems).toEqual([])
    await resident.context.close()
  })

  it('a coordinator corrects one note and deletes another, keyboard only; residents see the correction dated', async () => {
    const [first] = await winners()
    const firstName = `Nr ${first!.scope.number} ${first!.scope.title}`
    const coordinatorApi = await staff('koordynator')
    for (const text of [TYPO, UNWANTED]) {
      const added = await coordinatorApi.post(
        `/jst/${SLUG}/staff/bo/${edition.year}/implementation/${first!.projectId}/notes`,
        { text },
      )
      expect(added.status, JSON.stringify(added.body)).toBe(201)
    }
    const coordinator = await open(browser)
    const c = coordinator.page
    await login(c, 'koordynator')
    await visit(c, `/panel/${SLUG}/bo/${edition.year}/realizacja`)
    const firstSection = c.locator('section.impl-winner').first()
    expect(await firstSection.locator('.impl-note').count()).toBe(3)

    // 1. "Popraw" on the second note: named for the note and the project; the focus moves to the text.
    await tabTo(c, 'Popraw informację nr 2 ', 80)
    expect((await focused(c)).name).toMatch(new RegExp(`^Popraw informację nr 2 z .+ o projekcie ${firstName}$`))
    await c.keyboard.press('Enter')
    await expect.poll(async () => (await focused(c)).name).toContain('Poprawiona treść informacji nr 2')
    expect(await c.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe(TYPO)
    await audit(c, 'staff: correcting a note')

    // 2. Escape (and "Anuluj") leave the note as it was and give the focus back to "Popraw".
    await c.keyboard.press('Escape')
    await expect.poll(async () => (await focused(c)).name).toMatch(/^Popraw informację nr 2 /)
    await c.keyboard.press('Enter')
    await expect.poll(async () => (await focused(c)).name).toContain('Poprawiona treść informacji nr 2')
    await tabTo(c, 'Anuluj poprawianie informacji nr 2')
    await c.keyboard.press('Enter')
    await expect.poll(async () => (await focused(c)).name).toMatch(/^Popraw informację nr 2 /)
    expect(await firstSection.locator('.impl-note-text').nth(1).textContent()).toBe(TYPO)

    // 3. Too short: the error next to the field, which keeps the focus; nothing sent.
    await c.keyboard.press('Enter')
    await expect.poll(async () => (await focused(c)).name).toContain('Poprawiona treść informacji nr 2')
    await c.keyboard.press('ControlOrMeta+A')
    await c.keyboard.type('abc')
    await tabTo(c, 'Zapisz poprawkę')
    expect((await focused(c)).name).toMatch(
      new RegExp(`^Zapisz poprawkę informacji nr 2 z .+ o projekcie ${firstName}$`),
    )
    await c.keyboard.press('Enter')
    await firstSection.locator('.impl-note-edit .field-error').waitFor()
    expect(await firstSection.locator('.impl-note-edit .field-error').textContent()).toContain(
      'Wpisz informację o postępie prac (co najmniej 5 znaków).',
    )
    await expect.poll(async () => (await focused(c)).name).toContain('Poprawiona treść informacji nr 2')
    expect(await c.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true')
    await audit(c, 'staff: correction too short')

    // 4. Corrected: announced, the focus back on "Popraw", the new text in the list with the date of the correction.
    await c.keyboard.press('ControlOrMeta+A')
    await c.keyboard.type(CORRECTED)
    await tabTo(c, 'Zapisz poprawkę')
    await c.keyboard.press('Enter')
    await c
      .getByRole('status')
      .filter({ hasText: `Poprawiono informację nr 2 o projekcie ${firstName}.` })
      .waitFor()
    await settled(c)
    await expect.poll(async () => (await focused(c)).name).toMatch(/^Popraw informację nr 2 /)
    expect(await firstSection.locator('.impl-note-text').allTextContents()).toEqual([NOTE, CORRECTED, UNWANTED])
    expect(await firstSection.locator('.impl-note').nth(1).locator('.impl-note-edited').textContent()).toMatch(
      /poprawiono/,
    )
    expect(await firstSection.locator('.impl-note-edited').count()).toBe(1)
    await audit(c, 'staff: note corrected')

    // 5. "Usuń" on the third note asks first; Escape cancels and returns the focus to "Usuń".
    await tabTo(c, 'Usuń informację nr 3 ')
    expect((await focused(c)).name).toMatch(new RegExp(`^Usuń informację nr 3 z .+ o projekcie ${firstName}$`))
    await c.keyboard.press('Enter')
    const dialog = c.getByRole('dialog', { name: 'Usunąć informację o postępie?' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain(UNWANTED)
    expect(await c.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true)
    await audit(c, 'staff: delete confirmation')
    await c.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(async () => (await focused(c)).name).toMatch(/^Usuń informację nr 3 /)
    expect(await firstSection.locator('.impl-note').count()).toBe(3)

    // 6. Confirmed: the note is gone, announced, and the focus is on the list's heading, not lost.
    await c.keyboard.press('Enter')
    await dialog.waitFor()
    await tabTo(c, 'Usuń informację', 5)
    expect((await focused(c)).name).toBe('Usuń informację')
    await c.keyboard.press('Enter')
    await c
      .getByRole('status')
      .filter({ hasText: `o projekcie ${firstName}.` })
      .filter({ hasText: 'Usunięto informację z' })
      .waitFor()
    await expect.poll(() => firstSection.locator('.impl-note').count()).toBe(2)
    await expect
      .poll(() => c.evaluate(() => document.activeElement?.textContent))
      .toBe(`Postęp realizacji: ${firstName}`)
    expect(await firstSection.locator('.impl-note-text').allTextContents()).toEqual([NOTE, CORRECTED])
    await audit(c, 'staff: note deleted')
    await screenshot(c, 'implementation-4-note-corrected')
    expect(coordinator.problems).toEqual([])
    await coordinator.context.close()

    // Residents see the corrected text with the date of the correction, and no trace of the deleted note.
    const resident = await open(browser, { viewport: { width: 360, height: 740 }, isMobile: true })
    const r = resident.page
    await visit(r, `${base}/realizacja`)
    const item = r.locator('article', { has: r.getByRole('heading', { name: firstName }) })
    expect(await item.locator('.impl-note-text').allTextContents()).toEqual([NOTE, CORRECTED])
    expect(await item.locator('.impl-note').nth(1).locator('.impl-note-edited time').count()).toBe(1)
    expect(await pageText(r)).not.toContain(UNWANTED)
    await audit(r, 'implementation with a corrected note at 360 px')
    expect(resident.problems).toEqual([])
    await resident.context.close()
  })
})
