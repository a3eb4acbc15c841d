import { createClient, type Client } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { NGOS } from '../../../worker/consultations/demo/content'
import { hashToken } from '../../../worker/core/ids'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { addDays } from '../../../worker/councils/domain/dates'
import { rdppStatute, youthStatute } from '../../../worker/councils/domain/fixtures'
import {
  checkA11y,
  chooseFileByKeyboard,
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
import { closeDb, fitsWidth, focused, staff, tabTo, type StaffApi } from '../budget/voting-helpers'

/**
 * Calls for candidates end to end, on a 360 px phone with the keyboard alone: an NGO whose representative's key this
 * browser keeps nominates an RDPP candidate (and cannot nominate twice), the coordinator verifies the candidacy in
 * the panel; a 15-year-old registers for the youth council (a 12-year-old is stopped by the statute's rule in the
 * form), the guardian opens the e-mailed link and confirms, and the candidacy counts. axe-core finds nothing.
 */

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const stamp = Date.now().toString(36)
const today = warsawDate(new Date()).date
const days = { opensOn: today, deadline: addDays(today, 10), electionDay: addDays(today, 20), termStart: '2026-01-01' }
const bornYearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`
const rdpp = `rdpp-c-${stamp}`
const youth = `mrg-c-${stamp}`
const orgName = `Stowarzyszenie Nominujące ${stamp}`

let browser: Browser
let coordinator: StaffApi
let db: Client
let rdppCall: number
let youthCall: number
let org: { id: string; key: string }

async function insertBody(tenantId: string, kind: string, slug: string, name: string, statute: unknown) {
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

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  const [tenant] = (await db.execute({ sql: 'SELECT id FROM tenants WHERE slug = ?', args: [SLUG] })).rows
  const tenantId = String(tenant!.id)
  await insertBody(tenantId, 'rdpp', rdpp, `Rada Pożytku ${stamp}`, rdppStatute({ validFrom: '2025-12-01' }))
  await insertBody(
    tenantId,
    'mlodziezowa_rada',
    youth,
    `Młodzieżowa Rada ${stamp}`,
    youthStatute({ validFrom: '2025-12-01' }),
  )
  coordinator = await staff('koordynator')
  const a = await coordinator.post(`/jst/${SLUG}/staff/rady/${rdpp}/nabory`, {
    seatCategory: 'ngo',
    title: 'Nabór przedstawicieli organizacji do RDPP',
    ...days,
  })
  expect(a.status, JSON.stringify(a.body)).toBe(201)
  rdppCall = a.body.number
  const b = await coordinator.post(`/jst/${SLUG}/staff/rady/${youth}/nabory`, {
    seatCategory: 'radni',
    title: 'Wybory do Młodzieżowej Rady Gminy',
    ...days,
  })
  expect(b.status, JSON.stringify(b.body)).toBe(201)
  youthCall = b.body.number
  // an NGO of the JST's directory, added (so verified) by staff, with a representative's key of our own
  const added = await coordinator.post(`/jst/${SLUG}/staff/organizations`, {
    ...NGOS[0],
    name: orgName,
    registerNumber: `${String(Date.now()).slice(-5)}77777`,
    tenants: [SLUG],
  })
  expect(added.status, JSON.stringify(added.body)).toBe(201)
  const key = `klucz-przedstawiciela-${stamp}-${added.body.id}`.replace(/[^A-Za-z0-9_-]/g, '')
  await db.execute({
    sql: 'UPDATE organizations SET representative_key_hash = ?, last_active_at = ? WHERE id = ?',
    args: [await hashToken(key), Date.now(), added.body.id],
  })
  org = { id: added.body.id, key }
})

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

describe('calls for candidates', () => {
  it('an NGO nominates an RDPP candidate, once, and the coordinator verifies the candidacy', async () => {
    const { context, page, problems } = await open(browser, phone)
    // the browser keeps the representative's key as web/src/core/organizations/keys.ts does
    await context.addInitScript(
      ([id, key]) => localStorage.setItem('wspolnota.organizations.keys', JSON.stringify({ [id!]: key })),
      [org.id, org.key],
    )
    try {
      await visit(page, `/${SLUG}/rady/nabory/${rdppCall}`)
      await page.getByRole('heading', { level: 1, name: 'Nabór przedstawicieli organizacji do RDPP' }).waitFor()
      await page.getByRole('heading', { level: 2, name: 'Zgłoś kandydata w imieniu organizacji' }).waitFor()
      const text = await pageText(page)
      expect(text).toContain('każda organizacja zgłasza jednego kandydata')
      expect(text).toContain(`Zgłaszasz w imieniu: ${orgName}`)
      await checkA11y(page, 'RDPP call')
      await fitsWidth(page, 'RDPP call')

      await tabTo(page, 'Imię i nazwisko', 80)
      await page.keyboard.type('Anna Społeczniczka')
      await tabTo(page, 'Adres e-mail kandydata')
      await page.keyboard.type(`anna.${stamp}@rady.example`)
      await tabTo(page, 'Mieszkam na terenie')
      await page.keyboard.press('Space')
      await tabTo(page, 'Zgadzam się kandydować')
      await page.keyboard.press('Space')
      await tabTo(page, `Zgłoś kandydata w imieniu: ${orgName}`)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: 'Kandydat zgłoszony' }).waitFor()
      await checkA11y(page, 'nominated')
      // the nominating resolution, attached with the keyboard
      await tabTo(page, 'Plik uchwały (PDF)', 40)
      await chooseFileByKeyboard(page, {
        name: 'uchwala-zarzadu.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
      })
      await tabTo(page, 'Dołącz uchwałę', 10)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: 'Uchwała dołączona' }).waitFor()
      await checkA11y(page, 'resolution attached')
      await screenshot(page, 'rd-candidates-ngo-360')

      // the same organisation again: refused, the organisation named
      await visit(page, `/${SLUG}/rady/nabory/${rdppCall}`)
      await tabTo(page, 'Imię i nazwisko', 80)
      await page.keyboard.type('Drugi Kandydat')
      await tabTo(page, 'Zgadzam się kandydować')
      await page.keyboard.press('Space')
      await tabTo(page, `Zgłoś kandydata w imieniu: ${orgName}`)
      await page.keyboard.press('Enter')
      await page.getByText(`Organizacja „${orgName}” zgłosiła już kandydata w tym naborze`).waitFor()
      await checkA11y(page, 'nominated twice')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }

    const staffSide = await open(browser, phone)
    try {
      const p = staffSide.page
      await login(p, 'koordynator')
      await visit(p, `/panel/${SLUG}/rady/${rdpp}/nabory`)
      await p.getByRole('heading', { level: 1, name: 'Nabory kandydatów' }).waitFor()
      expect(await pageText(p)).toContain(orgName)
      await p.getByRole('link', { name: 'Pobierz uchwałę o zgłoszeniu (PDF): Anna Społeczniczka' }).waitFor()
      await checkA11y(p, 'panel calls')
      await fitsWidth(p, 'panel calls')
      await tabTo(p, 'Zweryfikuj: Anna Społeczniczka', 120)
      await p.keyboard.press('Enter')
      await p.getByText('Zweryfikowano: Anna Społeczniczka.').waitFor()
      await checkA11y(p, 'verified')
      expect(staffSide.problems).toEqual([])
    } finally {
      await staffSide.context.close()
    }
  })

  it('a youth candidate registers and the guardian confirms from the e-mailed link', async () => {
    const guardianEmail = `rodzic.${stamp}@rady.example`
    const { context, page, problems } = await open(browser, phone)
    try {
      await visit(page, `/${SLUG}/rady/nabory/${youthCall}`)
      await page.getByRole('heading', { level: 1, name: 'Wybory do Młodzieżowej Rady Gminy' }).waitFor()
      expect(await pageText(page)).toContain('Wiek kandydata: od 13 do 18 lat w dniu wyborów.')
      await checkA11y(page, 'youth call')
      await fitsWidth(page, 'youth call')

      await tabTo(page, 'Imię i nazwisko', 80)
      await page.keyboard.type('Julia Piętnastolatka')
      await tabTo(page, 'Adres e-mail kandydata')
      await page.keyboard.type(`julia.${stamp}@rady.example`)
      await tabTo(page, 'Data urodzenia')
      const birth = page.getByLabel('Data urodzenia')
      // a 12-year-old: the statute's rule, checked by the same domain code as the server's, next to the field
      await birth.fill(bornYearsBefore(days.electionDay, 12))
      expect(await page.getByLabel('Adres e-mail rodzica lub opiekuna').count()).toBe(1)
      await tabTo(page, 'Zgadzam się kandydować', 20)
      await page.keyboard.press('Space')
      await tabTo(page, 'Zgłaszam kandydaturę')
      await page.keyboard.press('Enter')
      await page
        .getByText(/Kandydat musi mieć co najmniej 13 lat/)
        .first()
        .waitFor()
      expect(await birth.getAttribute('aria-invalid')).toBe('true')
      await checkA11y(page, 'youth call refused')

      await birth.fill(bornYearsBefore(days.electionDay, 15))
      await birth.focus()
      await tabTo(page, 'Adres e-mail rodzica lub opiekuna', 5)
      await page.keyboard.type(guardianEmail)
      await tabTo(page, 'Zgłaszam kandydaturę', 20)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: 'Kandydatura przyjęta' }).waitFor()
      expect(await pageText(page)).toContain('Kandydatura będzie się liczyć, gdy ją potwierdzi.')
      await checkA11y(page, 'youth registered')
      await tabTo(page, 'Zobacz swoją kandydaturę', 80)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: 'Twoja kandydatura' }).waitFor()
      await page.getByText('czeka na zgodę rodzica lub opiekuna (jeszcze się nie liczy)').waitFor()
      expect(new URL(page.url()).hash).toBe('')
      await checkA11y(page, 'candidacy page')
      await fitsWidth(page, 'candidacy page')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }

    const mail = await lastEmailTo(guardianEmail)
    const path = /(\/[^\s]*\/rady\/zgoda#t=[\w-]+)/.exec(mail.text)![1]!.replace(/^https?:\/\/[^/]+/, '')
    const guardian = await open(browser, phone)
    try {
      const p = guardian.page
      await visit(p, path)
      await p.getByRole('heading', { level: 1, name: 'Zgoda rodzica lub opiekuna na kandydowanie' }).waitFor()
      await p.getByText('Szkoła Podstawowa nr 1').waitFor()
      expect(new URL(p.url()).hash).toBe('')
      await checkA11y(p, 'guardian page')
      await fitsWidth(p, 'guardian page')
      await tabTo(p, 'Potwierdzam zgodę na kandydowanie: Julia Piętnastolatka', 80)
      expect((await focused(p)).tag).toBe('button')
      await p.keyboard.press('Enter')
      await p.getByRole('heading', { name: 'Zgoda potwierdzona' }).waitFor()
      await checkA11y(p, 'guardian confirmed')
      await screenshot(p, 'rd-candidates-guardian-360')
      expect(guardian.problems).toEqual([])
    } finally {
      await guardian.context.close()
    }
    const call = await coordinator.get(`/jst/${SLUG}/staff/rady/${youth}/nabory/${youthCall}`)
    const julia = call.body.candidates.find((c: { name: string }) => c.name === 'Julia Piętnastolatka')
    expect(julia.status).toBe('zgloszony')
    expect(julia.guardian.confirmedAt).not.toBeNull()
  })
  it('staff key in a school’s nomination for the youth council in the panel; the minor waits for the guardian', async () => {
    const { context, page, problems } = await open(browser, phone)
    try {
      await login(page, 'koordynator')
      await visit(page, `/panel/${SLUG}/rady/${youth}/nabory`)
      await page.getByRole('heading', { level: 1, name: 'Nabory kandydatów' }).waitFor()
      await page.locator('summary', { hasText: `Zgłoszenie kandydata przez szkołę (nabór nr ${youthCall})` }).click()
      const form = page.getByRole('form', { name: `Zgłoszenie przez szkołę — nabór nr ${youthCall}` })
      await form.getByRole('button', { name: 'Wpisz zgłoszenie szkoły' }).click()
      await form.getByText('Podaj imię i nazwisko', { exact: false }).first().waitFor()
      await checkA11y(page, 'school nomination refused')
      await form.getByRole('textbox', { name: /^Imię i nazwisko/ }).fill('Tymon Szkolny')
      await form.getByLabel('Data urodzenia').fill(bornYearsBefore(days.electionDay, 14))
      await form
        .getByRole('textbox', { name: /^Adres e-mail rodzica lub opiekuna/ })
        .fill(`rodzic.szkola.${stamp}@rady.example`)
      await form.getByRole('combobox', { name: /^Szkoła/ }).selectOption('sp2')
      expect(await form.getByText('Puste pole: zgłasza Szkoła Podstawowa nr 2.').count()).toBe(1)
      await form.getByRole('checkbox', { name: /Zgadzam się kandydować/ }).check()
      await form.getByRole('button', { name: 'Wpisz zgłoszenie szkoły' }).click()
      await page.getByText('Wpisano zgłoszenie: Tymon Szkolny (zgłasza Szkoła Podstawowa nr 2).').waitFor()
      await settled(page)
      await checkA11y(page, 'school nomination entered')
      await fitsWidth(page, 'school nomination entered')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
    const call = await coordinator.get(`/jst/${SLUG}/staff/rady/${youth}/nabory/${youthCall}`)
    const tymon = call.body.candidates.find((c: { name: string }) => c.name === 'Tymon Szkolny')
    expect(tymon).toMatchObject({ status: 'oczekuje_zgody', nominatedBy: 'szkola', constituency: 'sp2' })
  })
})
