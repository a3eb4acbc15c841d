import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { consultationBody, docx } from '../../api/consultations/helpers'
import { checkA11y, launch, login, open, pageText, screenshot, settled, SLUG, visit } from '../../support/browser'
import { closeDb, fitsWidth, staff } from '../budget/voting-helpers'

/**
 * The staff panel's consultations section: an administrator launches a consultation on the programme of cooperation
 * from its preset with the keyboard alone, on a 360 px phone and on a desktop — the preset's rules shown before
 * anything is sent, the opening act completed, the draft pasted as text, the check before publishing, the
 * confirmation, the advice of the programme's chain — axe-core clean; and a refused launch puts the statute's rule
 * next to the field that breaks it.
 */
let browser: Browser
const today = warsawDate(new Date()).date
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const desktop = { viewport: { width: 1280, height: 900 } }

const pastedDraft = [
  'Rozdział 1. Postanowienia ogólne',
  '§ 1. Program określa cele, zasady i formy współpracy gminy z organizacjami pozarządowymi.',
  '§ 2. 1. Celem głównym programu jest budowanie partnerstwa.',
  '2. Cele szczegółowe określa rozdział 2.',
  'Rozdział 2. Cele szczegółowe',
  '§ 3. Gmina wspiera inicjatywy mieszkańców w sferze kultury i sportu.',
].join('\n')

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  closeDb()
})

/** What the focused element is called: its label's text for a control, its text for a button or link. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    if (!el) return ''
    const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? ''
    return label.replace(/\s+/g, ' ').trim()
  })

/** Presses Tab (or Shift+Tab) until the focused control's name starts with `name`; fails if it never does. */
async function tabTo(page: Page, name: string, { back = false, max = 200 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if ((await focused(page)).startsWith(name)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`“${name}” is not reachable with ${back ? 'Shift+Tab' : 'Tab'}; last: “${await focused(page)}”`)
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, name)
  await page.keyboard.type(text)
}

async function launchByKeyboard(page: Page, label: string, title: string): Promise<number> {
  await visit(page, `/panel/${SLUG}/konsultacje`)
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Konsultacje społeczne')
  // The preset's rules are on the page before anything is sent.
  const presetGroup = page.getByRole('group', { name: 'Rodzaj konsultacji' })
  const rules = ((await presetGroup.textContent()) ?? '').replace(/\s+/g, ' ')
  expect(rules).toContain('Trwają co najmniej 30 dni, licząc pierwszy i ostatni dzień.')
  expect(rules).toContain('Program współpracy rada uchwala do 30 listopada roku poprzedzającego')
  await checkA11y(page, `consultations list (${label})`)
  await fitsWidth(page, `consultations list (${label})`)

  await tabTo(page, 'Program współpracy z organizacjami pozarządowymi')
  await page.keyboard.press('Space')
  expect(await page.getByRole('radio', { name: 'Program współpracy z organizacjami pozarządowymi' }).isChecked()).toBe(
    true,
  )
  await typeInto(page, 'Tytuł', title)
  await tabTo(page, 'Utwórz szkic konsultacji')
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/konsultacje\/\d+\?utworzono=1$/)
  await settled(page)
  const number = Number(/konsultacje\/(\d+)/.exec(page.url())![1])
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
  expect(await page.getByRole('status').filter({ hasText: 'Utworzono szkic konsultacji' }).count()).toBe(1)

  // The consultation's navigation, the current section marked.
  const nav = page.getByRole('navigation', { name: `Części konsultacji nr ${number}` })
  expect(await nav.getByRole('link', { name: 'Ogłoszenie i projekt' }).getAttribute('aria-current')).toBe('page')
  expect(await nav.getByRole('link', { name: 'Uwagi' }).getAttribute('href')).toBe(
    `/panel/${SLUG}/konsultacje/${number}/uwagi`,
  )

  // The preset's defaults and its check, before anything is filled in.
  expect(await page.getByLabel('Podstawa prawna', { exact: true }).inputValue()).toContain(
    'ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie',
  )
  expect(await page.getByRole('checkbox', { name: /^uwagi pisemne na formularzu/ }).isChecked()).toBe(true)
  expect(await page.getByRole('radio', { name: 'organizacje pozarządowe', exact: true }).isChecked()).toBe(true)
  const readiness = page.getByRole('region', { name: 'Sprawdzenie przed ogłoszeniem' })
  expect(await readiness.textContent()).toContain('Przedmiot konsultacji: Podaj przedmiot konsultacji.')
  await checkA11y(page, `launch form (${label})`)
  await fitsWidth(page, `launch form (${label})`)

  // The opening act by keyboard: the six things, the programme's year (this year's: its chain is already missed).
  await page.getByRole('heading', { level: 1 }).focus()
  await typeInto(page, 'Przedmiot konsultacji', 'Projekt programu współpracy z organizacjami pozarządowymi')
  await typeInto(page, 'Cel konsultacji', 'Poznanie opinii organizacji o projekcie programu')
  await typeInto(page, 'Rok, na który jest program', today.slice(0, 4))
  await typeInto(page, 'Kto może wziąć udział', 'Organizacje pozarządowe działające w gminie')
  await typeInto(page, 'Zasięg terytorialny', 'Cała gmina')
  await typeInto(page, 'Komórka urzędu', 'Biuro Współpracy z Organizacjami')
  await typeInto(page, 'Sposób podania wyników', 'Raport na platformie i w BIP')
  await tabTo(page, 'działalność charytatywna')
  await page.keyboard.press('Space')
  expect(await page.getByRole('checkbox', { name: 'działalność charytatywna' }).isChecked()).toBe(true)
  await expect.poll(() => readiness.textContent()).toContain('Ogłoszenie spełnia wymogi tego rodzaju konsultacji.')
  const chain = ((await page.locator('.ks-chain').textContent()) ?? '').replace(/\s+/g, ' ')
  expect(chain).toContain(`Terminy programu współpracy na ${today.slice(0, 4)} rok`)
  expect(chain).toContain('Przy tych datach projekt nie zdąży na sesję rady z opinią.')
  expect(await readiness.textContent()).toContain('trzeba było zacząć najpóźniej')

  await tabTo(page, 'Zapisz szkic')
  await page.keyboard.press('Enter')
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Zapisano szkic.' }).count()).toBe(1)

  // The draft pasted as text.
  await tabTo(page, 'Tekst projektu')
  await page.keyboard.type(pastedDraft)
  await tabTo(page, 'Dodaj wersję projektu')
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'Dodano wersję 1' }).count(), { timeout: 10_000 })
    .toBe(1)
  await settled(page)
  expect(await pageText(page)).toContain('Aktualna wersja: 1 (rozdziały: 2, akapity: 4).')
  await checkA11y(page, `launch form with a draft (${label})`)
  await fitsWidth(page, `launch form with a draft (${label})`)

  // Publishing: back to the button, the confirmation, then the published state with the advice.
  await tabTo(page, 'Ogłoś konsultacje', { back: true })
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Ogłosić konsultacje?' })
  await expect.poll(() => dialog.isVisible()).toBe(true)
  await checkA11y(page, `publish confirmation (${label})`)
  // The dialog takes the focus, on its first button.
  await expect.poll(() => focused(page)).toBe('Ogłoś')
  await page.keyboard.press('Enter')
  const published = page.getByRole('heading', { name: 'Konsultacje ogłoszone' })
  await expect.poll(() => published.isVisible(), { timeout: 10_000 }).toBe(true)
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Konsultacje ogłoszone')
  const after = await pageText(page)
  expect(after).toContain('Uwagi z chwili ogłoszenia:')
  expect(after).toContain('trzeba było zacząć najpóźniej')
  expect(after).toContain('ogłoszone, jeszcze się nie zaczęły')
  await checkA11y(page, `published (${label})`)
  await fitsWidth(page, `published (${label})`)
  return number
}

describe('an administrator launches a consultation from its preset', () => {
  for (const [label, options] of [
    ['360 px', phone],
    ['desktop', desktop],
  ] as const) {
    it(`program współpracy, keyboard only (${label})`, async () => {
      const { page, context, problems } = await open(browser, options)
      await login(page, 'admin')
      const title = `Program współpracy ${label} ${Math.random().toString(36).slice(2, 8)}`
      const number = await launchByKeyboard(page, label, title)
      if (label === '360 px') await screenshot(page, 'ks-panel-published-360')

      // What the server holds: published, from the preset, with the version pasted.
      const admin = await staff('admin')
      const stored = await admin.get(`/jst/${SLUG}/staff/konsultacje/${number}`)
      expect(stored.body).toMatchObject({
        status: 'published',
        preset: 'program_wspolpracy',
        title,
        audience: 'ngos',
        publicTaskAreas: ['dzialalnosc-charytatywna'],
        forms: ['written', 'mail'],
        responsibleUnit: 'Biuro Współpracy z Organizacjami',
        programmeYear: Number(today.slice(0, 4)),
        commentsPublic: true,
        answerReview: 'single',
      })
      expect(stored.body.warnings.length).toBeGreaterThan(0)
      const doc = await admin.get(`/jst/${SLUG}/konsultacje/${number}/document`)
      expect(doc.status).toBe(200)
      expect(doc.body.version).toBe(1)
      expect(doc.body.sourceKind).toBe('text')

      // The list shows it with its state; residents see it too.
      await visit(page, `/panel/${SLUG}/konsultacje`)
      const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) })
      expect(((await row.textContent()) ?? '').replace(/\s+/g, ' ')).toContain('ogłoszone, jeszcze się nie zaczęły')
      expect(await row.getByRole('link', { name: title }).getAttribute('href')).toBe(
        `/panel/${SLUG}/konsultacje/${number}`,
      )
      expect((await admin.get(`/jst/${SLUG}/konsultacje/${number}`)).status).toBe(200)
      expect(problems).toEqual([])
      await context.close()
    })
  }
})

describe('a refused launch', () => {
  it('shows the statute’s rule next to the field that breaks it, and publishes nothing', async () => {
    const admin = await staff('admin')
    const created = await admin.post(`/jst/${SLUG}/staff/konsultacje`, {
      preset: 'program_wspolpracy',
      title: `Program współpracy odmowa ${Math.random().toString(36).slice(2, 8)}`,
    })
    expect(created.status).toBe(201)
    const number = created.body.number as number
    const { page, context, problems } = await open(browser, phone)
    await login(page, 'admin')
    await visit(page, `/panel/${SLUG}/konsultacje/${number}`)

    // Residents only: the programme of cooperation is consulted with NGOs, so this refuses.
    await page.getByRole('heading', { level: 1 }).focus()
    await tabTo(page, 'organizacje pozarządowe')
    await page.keyboard.press('ArrowUp')
    expect(await page.getByRole('radio', { name: 'mieszkańcy', exact: true }).isChecked()).toBe(true)
    await tabTo(page, 'Ogłoś konsultacje')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('dialog', { name: 'Ogłosić konsultacje?' }).isVisible()).toBe(true)
    await expect.poll(() => focused(page)).toBe('Ogłoś')
    await page.keyboard.press('Enter')

    const summary = page.locator('.error-summary')
    await expect.poll(() => summary.isVisible(), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
    const audience = page.getByRole('group', { name: 'Adresaci' })
    const audienceText = ((await audience.textContent()) ?? '').replace(/\s+/g, ' ')
    expect(audienceText).toContain(
      'Program współpracy konsultuje się z organizacjami pozarządowymi (art. 5 ust. 5 i art. 5a ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie)',
    )
    // The error is tied to its control for screen readers, and the empty subject is refused at its own field.
    const describedBy = (await audience.getAttribute('aria-describedby')) ?? ''
    expect(describedBy).toMatch(/-audience-error/)
    const subject = page.getByLabel('Przedmiot konsultacji')
    expect(await subject.getAttribute('aria-invalid')).toBe('true')
    const subjectError = (await subject.getAttribute('aria-describedby'))!
      .split(' ')
      .find((id) => id.endsWith('-error'))!
    expect(await page.locator(`[id="${subjectError}"]`).textContent()).toContain('Podaj przedmiot konsultacji.')
    await checkA11y(page, 'refused launch (360 px)')
    await fitsWidth(page, 'refused launch (360 px)')
    await screenshot(page, 'ks-panel-refused-360')

    const stored = await admin.get(`/jst/${SLUG}/staff/konsultacje/${number}`)
    expect(stored.body.status).toBe('draft')
    expect(stored.body.audience).toBe('residents')
    expect(problems).toEqual([])
    await context.close()
  })

  it('keeps a moderator to the list and the comments', async () => {
    const { page, context, problems } = await open(browser, desktop)
    await login(page, 'moderator')
    await visit(page, `/panel/${SLUG}/konsultacje`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Konsultacje społeczne')
    expect(await page.getByRole('heading', { name: 'Nowe konsultacje' }).count()).toBe(0)
    await checkA11y(page, 'consultations list (moderator)')
    // A published consultation is listed with a link to its comments; its announcement is the organisers'.
    const admin = await staff('admin')
    const title = `Konsultacje dla moderatora ${Math.random().toString(36).slice(2, 8)}`
    const created = await admin.post(`/jst/${SLUG}/staff/konsultacje`, { ...consultationBody(), title })
    const number = created.body.number as number
    await admin.post(`/jst/${SLUG}/staff/konsultacje/${number}/publish`, { version: created.body.version })
    await visit(page, `/panel/${SLUG}/konsultacje`)
    expect(await page.getByRole('link', { name: title }).getAttribute('href')).toBe(
      `/panel/${SLUG}/konsultacje/${number}/uwagi`,
    )
    await visit(page, `/panel/${SLUG}/konsultacje/${number}`)
    expect(await pageText(page)).toContain('Ta część konsultacji jest dla administratora i koordynatora.')
    expect(await page.getByRole('link', { name: 'Przejdź do uwag' }).getAttribute('href')).toBe(
      `/panel/${SLUG}/konsultacje/${number}/uwagi`,
    )
    expect(await page.getByLabel('Przedmiot konsultacji').count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })

  it('refuses a save made from an older version and loads what is stored', async () => {
    const admin = await staff('admin')
    const created = await admin.post(`/jst/${SLUG}/staff/konsultacje`, {
      preset: 'inne',
      title: `Konsultacje zmienione w międzyczasie ${Math.random().toString(36).slice(2, 8)}`,
    })
    const number = created.body.number as number
    const { page, context, problems } = await open(browser, desktop)
    await login(page, 'admin')
    await visit(page, `/panel/${SLUG}/konsultacje/${number}`)
    // Someone else saves meanwhile.
    const patched = await page.request.patch(`/api/v1/jst/${SLUG}/staff/konsultacje/${number}`, {
      data: { version: created.body.version, area: 'Osiedle Północ' },
      headers: { Accept: 'application/json', Origin: new URL(page.url()).origin },
    })
    expect(patched.status(), await patched.text()).toBe(200)
    await page.getByLabel('Zasięg terytorialny').fill('Cała gmina')
    await page.getByRole('button', { name: 'Zapisz szkic' }).click()
    const summary = page.locator('.error-summary')
    await expect.poll(() => summary.textContent()).toContain('Ktoś inny zmienił te konsultacje w międzyczasie')
    await checkA11y(page, 'stale save')
    await page.getByRole('button', { name: 'Wczytaj aktualną treść' }).click()
    await expect.poll(() => page.getByLabel('Zasięg terytorialny').inputValue()).toBe('Osiedle Północ')
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Wczytano aktualną treść konsultacji.' }).count())
      .toBe(1)
    // Saving again from what is loaded now works.
    await page.getByLabel('Zasięg terytorialny').fill('Cała gmina')
    await page.getByRole('button', { name: 'Zapisz szkic' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Zapisano szkic.' }).count()).toBe(1)
    expect((await admin.get(`/jst/${SLUG}/staff/konsultacje/${number}`)).body.area).toBe('Cała gmina')
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('the draft of a published consultation', () => {
  it('takes a .docx as a new version and links the comparison', async () => {
    const admin = await staff('admin')
    const created = await admin.post(`/jst/${SLUG}/staff/konsultacje`, {
      ...consultationBody(),
      title: `Konsultacje z plikiem ${Math.random().toString(36).slice(2, 8)}`,
    })
    const number = created.body.number as number
    expect(
      (await admin.post(`/jst/${SLUG}/staff/konsultacje/${number}/publish`, { version: created.body.version })).status,
    ).toBe(200)
    expect(
      (await admin.post(`/jst/${SLUG}/staff/konsultacje/${number}/document`, { format: 'text', source: pastedDraft }))
        .status,
    ).toBe(201)
    const { page, context, problems } = await open(browser, phone)
    await login(page, 'admin')
    await visit(page, `/panel/${SLUG}/konsultacje/${number}`)
    expect(await page.getByRole('heading', { name: 'Konsultacje ogłoszone' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Zapisz szkic' }).count()).toBe(0)
    await page.getByRole('radio', { name: 'Plik .docx' }).check()
    await page.getByLabel('Plik projektu (.docx, do 5 MB)').setInputFiles({
      name: 'projekt.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(
        docx([
          '# Rozdział 1. Postanowienia ogólne',
          '§ 1. Program określa cele, zasady i formy współpracy gminy z organizacjami pozarządowymi.',
          '§ 2. Gmina wspiera inicjatywy mieszkańców w sferze kultury, sportu i turystyki.',
        ]),
      ),
    })
    await page.getByRole('button', { name: 'Dodaj wersję projektu' }).click()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Dodano wersję 2' }).count(), { timeout: 10_000 })
      .toBe(1)
    const link = page.getByRole('link', { name: 'Zmiany w wersji 2 względem wersji 1' })
    await expect.poll(() => link.count()).toBe(1)
    expect(await link.getAttribute('href')).toBe(`/${SLUG}/konsultacje/${number}/porownanie/1/2`)
    expect(await pageText(page)).toContain('Wersja 2 — Plik .docx')
    await checkA11y(page, 'published with a .docx version (360 px)')
    await fitsWidth(page, 'published with a .docx version (360 px)')
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('in English', () => {
  it('says the statute’s refusals before publishing in the words the server uses', async () => {
    const admin = await staff('admin')
    const created = await admin.post(`/jst/${SLUG}/staff/konsultacje`, {
      preset: 'rewitalizacja',
      title: `Rewitalizacja po angielsku ${Math.random().toString(36).slice(2, 8)}`,
    })
    const number = created.body.number as number
    const { page, context, problems } = await open(browser, desktop)
    await login(page, 'admin')
    await page.evaluate(() => localStorage.setItem('wspolnota.lang', 'en'))
    await visit(page, `/panel/${SLUG}/konsultacje/${number}`)
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    const readiness = page.getByRole('region', { name: 'Check before publishing' })
    await expect.poll(() => readiness.textContent()).toContain('Enter the subject of the consultation.')
    await checkA11y(page, 'launch form (English)')
    expect(problems).toEqual([])
    await context.close()
  })
})
