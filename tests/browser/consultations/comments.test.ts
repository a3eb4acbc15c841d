import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../../worker/consultations/domain/presets'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { draftV1, draftV2 } from '../../api/consultations/helpers'
import {
  baseUrl,
  checkA11y,
  demoPassword,
  firstLink,
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
import { closeDb, fitsWidth, focused, staff, type StaffApi } from '../budget/voting-helpers'

/**
 * Comments on a consultation, end to end: a resident and an NGO's representative comment on paragraphs of the draft
 * from a 360 px phone with the keyboard alone, get their receipt, confirm by the e-mailed link and find their comment
 * under the paragraph (the resident never named, the NGO by its directory name); the resident corrects theirs by the
 * receipt, another withdraws theirs; after a new version the comments show where they now sit; a moderator keys in a
 * letter and hides a comment with a reason, which the public then reads in its place. axe-core finds nothing on any
 * page or state on the way.
 */

let browser: Browser
let coordinator: StaffApi
const today = warsawDate(new Date()).date
const stamp = Date.now().toString(36)
const title = `Konsultacje zieleni z uwagami ${stamp}`
let number = 0
const ids: Record<string, string> = {}
const org = { id: '', key: '', name: `Stowarzyszenie Zielone Przykładowo ${stamp}` }
const residentEmail = `mieszkanka.${stamp}@example.pl`
const orgEmail = `zarzad.${stamp}@zielone-przykladowo.example`
let residentNumber = 0
let residentReceipt = ''
let orgNumber = 0

interface Paragraph {
  id: string
  ref?: string
}

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${baseUrl()}/api/v1${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(init.headers ?? {}) },
  })

beforeAll(async () => {
  browser = await launch()
  coordinator = await staff('koordynator')
  const base = staffBase
  number = (
    await publishedConsultation(coordinator, {
      title,
      purpose: 'Poznanie opinii mieszkańców i organizacji o projekcie uchwały',
      participants: 'Mieszkańcy gminy i organizacje pozarządowe',
      audience: 'both',
      publicTaskAreas: ['ekologia'],
    })
  ).number
  const added = await coordinator.post(`${base}/${number}/document`, { format: 'markdown', source: draftV1 })
  expect(added.status, JSON.stringify(added.body)).toBe(201)
  const doc = await coordinator.get(`/jst/${SLUG}/konsultacje/${number}/document`)
  for (const p of (doc.body.sections as { paragraphs: Paragraph[] }[]).flatMap((s) => s.paragraphs))
    if (p.ref) ids[p.ref] = p.id

  // An NGO registered in the directory and confirmed by its representative: the key the browser will hold.
  const registered = await api('/organizations', {
    method: 'POST',
    body: JSON.stringify({
      name: org.name,
      legalForm: 'stowarzyszenie',
      register: 'krs',
      registerNumber: String(Date.now()).slice(-10).padStart(10, '0'),
      areas: ['ekologia'],
      tenants: [SLUG],
      representativeName: 'Zofia Zielińska',
      contactEmail: orgEmail,
      representationDeclared: true,
    }),
  })
  expect(registered.status, await registered.clone().text()).toBe(201)
  const link = firstLink((await lastEmailTo(orgEmail)).text)
  const confirmed = await api('/organizations/confirm', {
    method: 'POST',
    body: JSON.stringify({ token: /#kod=([\w-]+)/.exec(link.hash)![1] }),
  })
  expect(confirmed.status).toBe(200)
  const answer = (await confirmed.json()) as { organization: { id: string }; key: string }
  org.id = answer.organization.id
  org.key = answer.key
})

afterAll(async () => {
  await browser?.close()
  closeDb()
})

/** Tab (only Tab) until the focused element is the field labelled `label` ("(nieobowiązkowe)" may follow). */
async function tabToField(page: Page, label: string, max = 60): Promise<void> {
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const { name } = await focused(page)
    if (name === label || name.startsWith(`${label} (`)) return
    seen.push(name.slice(0, 30))
  }
  throw new Error(`Tab did not reach "${label}" in ${max} presses; passed: ${seen.join(' | ')}`)
}

/** Tab until the focused element's name is exactly `name`. */
async function tabToName(page: Page, name: string, max = 80): Promise<void> {
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const now = (await focused(page)).name
    if (now === name) return
    seen.push(now.slice(0, 30))
  }
  throw new Error(`Tab did not reach "${name}" in ${max} presses; passed: ${seen.join(' | ')}`)
}

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabToField(page, label)
  await page.keyboard.type(text)
}

/** The element with the focus is a heading reading `text`. */
async function headingFocused(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const el = document.activeElement
      return !!el && /^H[1-6]$/.test(el.tagName) && (el.textContent ?? '').replace(/\s+/g, ' ').trim() === expected
    },
    text,
    { timeout: 10_000 },
  )
}

/** The description of term `term` in the page's first list of terms (`.ksc-facts`). */
async function fact(page: Page, term: string): Promise<string> {
  const dd = page
    .locator('.ksc-facts dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
  return ((await dd.first().textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/** The e-mailed confirmation link, opened as the person would (its path and the fragment with the token). */
async function confirmByLink(page: Page, email: string, expectedNumber: number): Promise<void> {
  const mail = await lastEmailTo(email)
  const link = firstLink(mail.text)
  expect(link.pathname).toBe(`/${SLUG}/konsultacje/${number}/uwagi/potwierdz`)
  expect(link.hash).toMatch(/^#t=/)
  await visit(page, link.pathname + link.hash)
  await page.getByText(`Uwaga nr ${expectedNumber} jest potwierdzona.`).waitFor()
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Potwierdzenie uwagi')
  // The token leaves the address bar at once.
  expect(await page.evaluate(() => location.hash)).toBe('')
}

describe('comments on a consultation', () => {
  it('a resident comments on a paragraph from a phone with the keyboard alone and confirms by the link', async () => {
    const { page, context, problems } = await open(browser, phone)
    await visit(page, `/${SLUG}/konsultacje/${number}`)
    await tabToName(page, 'Zgłoś uwagę do tego fragmentu (§ 3)')
    await page.keyboard.press('Enter')
    await headingFocused(page, 'Uwaga do fragmentu § 3')
    await checkA11y(page, 'comment form (phone)')
    await fitsWidth(page, 'comment form (phone)')

    // Sending it empty: the error summary takes the focus and names each field to fill.
    await tabToName(page, 'Wyślij uwagę')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    const summary = await pageText(page, '.error-summary')
    for (const words of ['Uzasadnienie: Napisz treść uwagi.', 'Adres zamieszkania: Podaj adres zamieszkania.'])
      expect(summary).toContain(words)
    await checkA11y(page, 'comment form with errors (phone)')

    await typeInto(page, 'Fragment, którego dotyczy uwaga', 'dwa nowe')
    await typeInto(page, 'Proponowane brzmienie', 'Za każde usunięte drzewo sadzi się trzy nowe.')
    await typeInto(page, 'Uzasadnienie', 'Dwa drzewa nie zastąpią starego drzewa przez wiele lat.')
    await typeInto(page, 'Imię i nazwisko', 'Anna Mieszkańska')
    await typeInto(page, 'Adres zamieszkania', 'ul. Lipowa 3, Przykładowo')
    await typeInto(page, 'Adres e-mail', residentEmail)
    await tabToField(page, 'Zapoznałam/zapoznałem się z informacją o przetwarzaniu danych osobowych')
    await page.keyboard.press('Space')
    await tabToName(page, 'Wyślij uwagę')
    await page.keyboard.press('Enter')

    await page.waitForFunction(() => /^Zapisaliśmy uwagę nr \d+$/.test(document.activeElement?.textContent ?? ''))
    residentNumber = Number(/\d+/.exec((await focused(page)).name)![0])
    residentReceipt = ((await page.locator('.ksc-code code').textContent()) ?? '').trim()
    expect(residentReceipt).toMatch(/^KS-[0-9A-Z]{4}(-[0-9A-Z]{4}){2,}$/)
    const receiptText = await pageText(page, '.ksc-receipt')
    expect(receiptText).toContain(`Wysłaliśmy link na adres ${residentEmail}.`)
    expect(receiptText).toContain('Uwaga będzie się liczyć dopiero po kliknięciu tego linku.')
    expect(receiptText).toMatch(/Link działa do \d{1,2} \S+ \d{4}/)
    expect(await page.getByRole('button', { name: 'Kopiuj numer potwierdzenia' }).isVisible()).toBe(true)
    await checkA11y(page, 'receipt (phone)')
    await fitsWidth(page, 'receipt (phone)')
    await screenshot(page, 'ks-comment-receipt-360')

    // Unconfirmed, it is nowhere in public.
    const before = (await (await api(`/jst/${SLUG}/konsultacje/${number}/comments`)).json()) as { count: number }
    expect(before.count).toBe(0)

    const mail = await lastEmailTo(residentEmail)
    expect(mail.text).toContain(residentReceipt)
    await confirmByLink(page, residentEmail, residentNumber)
    await checkA11y(page, 'confirmation page (phone)')
    await fitsWidth(page, 'confirmation page (phone)')

    // Back to the consultation, where the paragraph shows its comment: "Mieszkaniec", never the name.
    await tabToName(page, 'Wróć do konsultacji')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === `/${SLUG}/konsultacje/${number}` && url.hash === '#uwagi')
    await settled(page)
    await page.locator('summary', { hasText: '1 uwaga do tego fragmentu' }).waitFor()
    await tabToName(page, '1 uwaga do tego fragmentu')
    await page.keyboard.press('Enter')
    const item = page.locator(`[id="${ids['§ 3']}"] + .ksc-paragraph .ksc-item`)
    await item.waitFor()
    const itemText = ((await item.textContent()) ?? '').replace(/\s+/g, ' ')
    expect(itemText).toContain(`Uwaga nr ${residentNumber} — Mieszkaniec`)
    expect(itemText).toContain('Za każde usunięte drzewo sadzi się trzy nowe.')
    expect(itemText).not.toContain('Anna Mieszkańska')
    expect(itemText).not.toContain('Lipowa')
    await checkA11y(page, 'consultation with comments (phone)')
    await fitsWidth(page, 'consultation with comments (phone)')
    expect(problems).toEqual([])
    await context.close()
  })

  it('the resident reads and corrects the comment by the receipt; a wrong receipt reveals nothing', async () => {
    const { page, context, problems } = await open(browser, phone)
    await visit(page, `/${SLUG}/konsultacje/${number}/uwagi/moja`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Moja uwaga')
    await checkA11y(page, 'my comment (phone)')

    await typeInto(page, 'Numer potwierdzenia', 'KS-AAAA-BBBB-CCCC')
    await page.keyboard.press('Enter')
    await page.getByText('Nie ma uwagi o tym numerze potwierdzenia.').first().waitFor()
    await checkA11y(page, 'my comment, wrong receipt (phone)')

    // From the error summary's link back to the field, then the right receipt (typed in lower case: it is folded).
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect((await focused(page)).name).toBe('Numer potwierdzenia')
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(residentReceipt.toLowerCase())
    await page.keyboard.press('Enter')
    await headingFocused(page, `Uwaga nr ${residentNumber}`)
    expect(await fact(page, 'Stan')).toBe('potwierdzona')
    expect(await fact(page, 'Dotyczy')).toBe('fragmentu § 3')
    expect(await fact(page, 'Autor')).toBe('Anna Mieszkańska')
    await checkA11y(page, 'my comment shown (phone)')
    await fitsWidth(page, 'my comment shown (phone)')

    await tabToName(page, 'Popraw uwagę')
    await page.keyboard.press('Enter')
    await headingFocused(page, 'Poprawka uwagi')
    await tabToField(page, 'Uzasadnienie')
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('Młode drzewa dają cień dopiero po latach, więc potrzeba ich więcej.')
    await tabToName(page, 'Zapisz poprawkę')
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: 'Zapisano poprawkę.' }).waitFor()
    const corrected = await pageText(page, '.ksc-mine')
    expect(corrected).toContain('Młode drzewa dają cień dopiero po latach, więc potrzeba ich więcej.')
    expect(await fact(page, 'Poprawki')).toBe('wersja 2 (wcześniejsze brzmienie zachowujemy)')
    await checkA11y(page, 'my comment corrected (phone)')
    expect(problems).toEqual([])
    await context.close()
  })

  it('an NGO’s representative comments with the directory key, keyboard only, and is named by the directory', async () => {
    const { page, context, problems } = await open(browser, phone)
    // The representative's link keeps the key in this browser (core/organizations/keys.ts).
    await visit(page, `/organizacje/${org.id}/przedstawiciel#klucz=${org.key}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(org.name)

    await visit(page, `/${SLUG}/konsultacje/${number}`)
    await tabToName(page, 'Zgłoś uwagę do tego fragmentu (§ 4)')
    await page.keyboard.press('Enter')
    await headingFocused(page, 'Uwaga do fragmentu § 4')
    await typeInto(page, 'Uzasadnienie', 'Sadzenie latem się nie udaje; warto dopisać, kto podlewa młode drzewa.')
    await tabToField(page, 'we własnym imieniu')
    await page.keyboard.press('ArrowDown')
    expect((await focused(page)).name).toBe('w imieniu organizacji pozarządowej')
    // The organisation of the directory is offered, and chosen.
    await page.getByRole('radio', { name: org.name }).waitFor()
    expect(await page.getByRole('radio', { name: org.name }).isChecked()).toBe(true)
    expect(await page.getByLabel('Numer w rejestrze (KRS lub inny)').count()).toBe(0)
    expect(await page.getByLabel(/^Adres zamieszkania/).count()).toBe(0)
    await checkA11y(page, 'NGO comment form (phone)')
    await fitsWidth(page, 'NGO comment form (phone)')
    await typeInto(page, 'Imię i nazwisko', 'Zofia Zielińska')
    await typeInto(page, 'Adres e-mail', orgEmail)
    await tabToField(page, 'Zapoznałam/zapoznałem się z informacją o przetwarzaniu danych osobowych')
    await page.keyboard.press('Space')
    await tabToName(page, 'Wyślij uwagę')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => /^Zapisaliśmy uwagę nr \d+$/.test(document.activeElement?.textContent ?? ''))
    orgNumber = Number(/\d+/.exec((await focused(page)).name)![0])
    await checkA11y(page, 'NGO receipt (phone)')

    await confirmByLink(page, orgEmail, orgNumber)
    const list = (await (await api(`/jst/${SLUG}/konsultacje/${number}/comments`)).json()) as {
      items: { number: number; author?: string; authorKind?: string }[]
    }
    const mine = list.items.find((c) => c.number === orgNumber)
    expect(mine?.author).toBe(org.name)
    expect(mine?.authorKind).toBe('organization')

    await visit(page, `/${SLUG}/konsultacje/${number}`)
    await page.locator('summary', { hasText: '1 uwaga do tego fragmentu' }).nth(1).waitFor()
    const four = page.locator(`[id="${ids['§ 4']}"] + .ksc-paragraph`)
    await four.locator('summary').click()
    expect(((await four.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(`Uwaga nr ${orgNumber} — ${org.name}`)
    expect(problems).toEqual([])
    await context.close()
  })

  it('a comment is withdrawn by its receipt, after a confirmation in a dialog', async () => {
    const email = `wycofanie.${stamp}@example.pl`
    const sent = await api(`/jst/${SLUG}/konsultacje/${number}/comments`, {
      method: 'POST',
      body: JSON.stringify({
        text: 'Proszę o dłuższy termin konsultacji.',
        authorKind: 'resident',
        authorName: 'Piotr Wycofany',
        authorAddress: 'ul. Krótka 1, Przykładowo',
        email,
        privacyAccepted: true,
      }),
    })
    expect(sent.status, await sent.clone().text()).toBe(201)
    const { number: withdrawnNumber, receipt } = (await sent.json()) as { number: number; receipt: string }

    const { page, context, problems } = await open(browser, phone)
    await visit(page, `/${SLUG}/konsultacje/${number}/uwagi/moja`)
    await typeInto(page, 'Numer potwierdzenia', receipt)
    await page.keyboard.press('Enter')
    await headingFocused(page, `Uwaga nr ${withdrawnNumber}`)
    expect(await fact(page, 'Stan')).toMatch(/^niepotwierdzona — /)
    await tabToName(page, 'Wycofaj uwagę')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: `Wycofać uwagę nr ${withdrawnNumber}?` })
    await dialog.waitFor()
    await checkA11y(page, 'withdrawal dialog (phone)')
    expect((await focused(page)).name).toBe('Wycofaj uwagę')
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: 'Uwaga została wycofana.' }).waitFor()
    expect(await fact(page, 'Stan')).toBe('wycofana')
    expect(await page.getByRole('button', { name: 'Wycofaj uwagę' }).count()).toBe(0)
    await checkA11y(page, 'withdrawn comment (phone)')
    expect(problems).toEqual([])
    await context.close()
  })

  it('a moderator keys in a letter and hides a comment with a reason; the public reads the reason', async () => {
    // A new version of the draft: § 3 reworded, § 4 removed.
    const v2 = await coordinator.post(`/jst/${SLUG}/staff/konsultacje/${number}/document`, {
      format: 'markdown',
      source: draftV2,
    })
    expect(v2.status, JSON.stringify(v2.body)).toBe(201)

    const { page, context, problems } = await open(browser)
    await login(page, 'moderator')
    await visit(page, `/panel/${SLUG}/konsultacje/${number}/uwagi`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    const list = page.getByRole('region', { name: 'Zgłoszone uwagi' })
    const resident = page.getByRole('article', { name: `Uwaga nr ${residentNumber} — § 3` })
    await resident.waitFor()
    const residentText = ((await resident.textContent()) ?? '').replace(/\s+/g, ' ')
    expect(residentText).toContain('Anna Mieszkańska')
    expect(residentText).toContain(residentEmail)
    expect(residentText).toContain('zmieniony od wersji 1')
    expect(await list.count()).toBe(1)
    await checkA11y(page, 'staff comments')
    await screenshot(page, 'ks-comments-panel-1280')

    // Keying in a letter on § 3, dated today.
    const intake = page.getByRole('region', { name: 'Wpisz uwagę z pisma, e-maila lub spotkania' })
    expect(await intake.getByRole('radio', { name: 'pismo' }).isChecked()).toBe(true)
    await intake.getByLabel('Fragment projektu').selectOption(ids['§ 3']!)
    await intake.getByLabel('Treść uwagi lub uzasadnienie').fill('Proszę o nasadzenia drzew owocowych przy szkole.')
    await intake.getByLabel('Imię i nazwisko').fill('Jan Listowny')
    await intake.getByLabel('Adres zamieszkania').fill('ul. Pocztowa 5, Przykładowo')
    await intake.getByRole('button', { name: 'Zapisz uwagę' }).click()
    await page.waitForFunction(() => /^Zapisano uwagę nr \d+$/.test(document.activeElement?.textContent ?? ''))
    const letterNumber = Number(/\d+/.exec((await focused(page)).name)![0])
    expect(((await intake.locator('.ksc-code code').textContent()) ?? '').trim()).toMatch(/^KS-/)
    await checkA11y(page, 'staff comments: letter keyed in')
    const letter = page.getByRole('article', { name: `Uwaga nr ${letterNumber} — § 3` })
    await letter.waitFor()
    expect(((await letter.textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(/potwierdzona.*pismo/)

    // Filtering by channel: only the letter.
    await page.getByLabel('Sposób wpływu').selectOption('paper')
    await page.getByRole('status').filter({ hasText: 'Pokazano 1 uwagę.' }).waitFor()
    expect(await page.getByRole('article').count()).toBe(1)
    await page.getByLabel('Sposób wpływu').selectOption('')
    await page.getByRole('article', { name: `Uwaga nr ${orgNumber} — § 4` }).waitFor()

    // Hiding the NGO's comment with a reason.
    await page.getByRole('button', { name: `Ukryj Uwaga nr ${orgNumber}` }).click()
    const dialog = page.getByRole('dialog', { name: `Ukryć uwagę nr ${orgNumber}?` })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Ukryj' }).click()
    await dialog.getByText('Podaj powód ukrycia uwagi (co najmniej 5 znaków).').waitFor()
    await checkA11y(page, 'hide dialog with an error')
    await dialog.getByLabel('Powód ukrycia').fill('Dane osobowe osób trzecich')
    await dialog.getByRole('button', { name: 'Ukryj' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Ukryto uwagę nr ${orgNumber}.` })
      .waitFor()
    const hidden = page.getByRole('article', { name: `Uwaga nr ${orgNumber} — § 4` })
    await hidden.getByText('Dane osobowe osób trzecich').waitFor()
    expect(await hidden.getByRole('button', { name: `Pokaż ponownie Uwaga nr ${orgNumber}` }).count()).toBe(1)
    await checkA11y(page, 'staff comments: one hidden')
    expect(problems).toEqual([])
    await context.close()

    // The public page: the letter and the corrected comment under § 3 (with the note on the reworded passage), the
    // hidden one by its reason only.
    const reader = await open(browser, phone)
    await visit(reader.page, `/${SLUG}/konsultacje/${number}`)
    const three = reader.page.locator(`[id="${ids['§ 3']}"] + .ksc-paragraph`)
    await three.locator('summary', { hasText: '2 uwagi do tego fragmentu' }).click()
    const threeText = ((await three.textContent()) ?? '').replace(/\s+/g, ' ')
    expect(threeText).toContain(`Uwaga nr ${letterNumber} — Mieszkaniec`)
    expect(threeText).toContain('(pismo)')
    expect(threeText).toContain('Uwaga zgłoszona do wersji 1 projektu; ten fragment zmienił się od tego czasu.')
    const section = reader.page.getByRole('region', { name: 'Uwagi' })
    await section.locator('summary', { hasText: 'Pokaż 1 ukrytą uwagę' }).click()
    const sectionText = ((await section.textContent()) ?? '').replace(/\s+/g, ' ')
    expect(sectionText).toContain(`Uwaga nr ${orgNumber} — ukryta przez moderatora.`)
    expect(sectionText).toContain('Powód: Dane osobowe osób trzecich')
    expect(sectionText).not.toContain('Sadzenie latem się nie udaje')
    await checkA11y(reader.page, 'consultation with a hidden comment (phone)')
    await fitsWidth(reader.page, 'consultation with a hidden comment (phone)')
    expect(reader.problems).toEqual([])
    await reader.context.close()
  })
})

describe('a comment with the consultation’s survey', () => {
  const surveyTitle = `Konsultacje z ankietą ${stamp}`
  let surveyNumber = 0
  const questions = [
    {
      id: 'support',
      kind: 'single',
      text: 'Czy popierasz projekt?',
      options: ['tak', 'nie', 'nie mam zdania'],
      required: true,
    },
    { id: 'places', kind: 'multiple', text: 'Gdzie sadzić drzewa?', options: ['parki', 'ulice', 'szkoły'] },
    { id: 'score', kind: 'scale', text: 'Jak oceniasz zieleń w gminie?', min: 1, max: 5 },
    { id: 'idea', kind: 'open', text: 'Twój pomysł na zieleń' },
  ]

  beforeAll(async () => {
    const base = `/jst/${SLUG}/staff/konsultacje`
    const created = await coordinator.post(base, {
      preset: 'inne',
      title: surveyTitle,
      subject: 'Projekt programu zazieleniania gminy',
      purpose: 'Poznanie opinii mieszkańców',
      startDate: today,
      endDate: addDays(today, 13),
      participants: 'Mieszkańcy gminy',
      area: 'Cała gmina',
      forms: ['written', 'survey'],
      responsibleUnit: 'Wydział Ochrony Środowiska',
      resultsForm: 'Raport na platformie',
      audience: 'residents',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    surveyNumber = created.body.number
    // The survey is set while the consultation is a draft (the API refuses it once it has started).
    const login = await api('/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: `koordynator@${SLUG}.example`, password: demoPassword() }),
    })
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const put = await api(`${base}/${surveyNumber}/survey`, {
      method: 'PUT',
      headers: { Cookie: cookie },
      body: JSON.stringify({ questions }),
    })
    expect(put.status, await put.clone().text()).toBe(200)
    const added = await coordinator.post(`${base}/${surveyNumber}/document`, { format: 'markdown', source: draftV1 })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    const current = await coordinator.get(`${base}/${surveyNumber}`)
    const published = await coordinator.post(`${base}/${surveyNumber}/publish`, { version: current.body.version })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
  })

  it('asks the survey with a general comment, keyboard only, and keeps the answers', async () => {
    const email = `ankieta.${stamp}@example.pl`
    const { page, context, problems } = await open(browser, phone)
    await visit(page, `/${SLUG}/konsultacje/${surveyNumber}`)
    await tabToName(page, 'Zgłoś uwagę do całego dokumentu')
    await page.keyboard.press('Enter')
    await headingFocused(page, 'Uwaga do całego dokumentu')
    // the survey's questions arrive with the form's own request: wait for them, not for a fixed moment
    await page.getByRole('group', { name: 'Ankieta' }).waitFor()
    await typeInto(page, 'Treść uwagi', 'Więcej drzew przy szkołach, mniej betonu na rynku.')
    await typeInto(page, 'Imię i nazwisko', 'Ewa Ankietowa')
    await typeInto(page, 'Adres zamieszkania', 'ul. Szkolna 2, Przykładowo')
    await typeInto(page, 'Adres e-mail', email)
    await tabToField(page, 'Zapoznałam/zapoznałem się z informacją o przetwarzaniu danych osobowych')
    await page.keyboard.press('Space')
    await tabToName(page, 'Wyślij uwagę')
    await page.keyboard.press('Enter')
    // The required question left unanswered is named in the summary, next to its question.
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    expect(await pageText(page, '.error-summary')).toContain('Czy popierasz projekt?: Odpowiedz na to pytanie ankiety.')
    await checkA11y(page, 'comment form with the survey (phone)')
    await fitsWidth(page, 'comment form with the survey (phone)')

    await tabToField(page, 'tak')
    await page.keyboard.press('Space')
    await tabToField(page, 'parki')
    await page.keyboard.press('Space')
    await tabToField(page, 'szkoły')
    await page.keyboard.press('Space')
    await tabToField(page, '1')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect((await focused(page)).name).toBe('4')
    await typeInto(page, 'Twój pomysł na zieleń', 'Łąki kwietne zamiast trawników.')
    await tabToName(page, 'Wyślij uwagę')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => /^Zapisaliśmy uwagę nr \d+$/.test(document.activeElement?.textContent ?? ''))
    const receipt = ((await page.locator('.ksc-code code').textContent()) ?? '').trim()

    const mine = await api(`/jst/${SLUG}/konsultacje/${surveyNumber}/comments/mine`, {
      method: 'POST',
      body: JSON.stringify({ receipt }),
    })
    expect(mine.status).toBe(200)
    expect(((await mine.json()) as { surveyAnswers: unknown }).surveyAnswers).toEqual({
      support: 'tak',
      places: ['parki', 'szkoły'],
      score: 4,
      idea: 'Łąki kwietne zamiast trawników.',
    })

    // The author's page shows the answers beside their questions.
    await visit(page, `/${SLUG}/konsultacje/${surveyNumber}/uwagi/moja`)
    await typeInto(page, 'Numer potwierdzenia', receipt)
    await page.keyboard.press('Enter')
    await page.locator('.ksc-survey-answers').waitFor()
    const answers = ((await page.locator('.ksc-survey-answers').textContent()) ?? '').replace(/\s+/g, ' ')
    expect(answers).toContain('Gdzie sadzić drzewa?parki, szkoły')
    expect(answers).toContain('Jak oceniasz zieleń w gminie?4')
    await checkA11y(page, 'my comment with survey answers (phone)')
    expect(problems).toEqual([])
    await context.close()
  })
})
