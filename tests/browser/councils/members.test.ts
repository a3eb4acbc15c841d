import { createClient, type Client } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { rdppStatute } from '../../../worker/councils/domain/fixtures'
import {
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
import { closeDb, fitsWidth, focused, staff, tabTo, type StaffApi } from '../budget/voting-helpers'

/**
 * The members' part end to end: a member opens the e-mailed invitation on a 360 px phone, sees the members' space
 * and posts in the discussion with the keyboard alone, stays signed in on reload and signs out; the coordinator
 * records attendance as radio groups and hears the live quorum. axe-core finds nothing on any of these pages.
 */

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const stamp = Date.now().toString(36)
const body = `rdpp-${stamp}`
const bodyName = `Rada Pożytku ${stamp}`
const today = warsawDate(new Date()).date
const chair = { name: 'Anna Przewodnicząca', email: `anna.${stamp}@rady.example` }
const member = { name: 'Bogdan Członkowski', email: `bogdan.${stamp}@rady.example` }

let browser: Browser
let coordinator: StaffApi
let db: Client

beforeAll(async () => {
  browser = await launch()
  db = createClient({ url: `file:${inject('dbFile')}` })
  const [tenant] = (await db.execute({ sql: 'SELECT id FROM tenants WHERE slug = ?', args: [SLUG] })).rows
  const tenantId = String(tenant!.id)
  const now = Date.now()
  const bodyId = `b-${stamp}`
  await db.batch([
    {
      sql: "INSERT INTO rd_bodies (id, tenant_id, kind, slug, name, description, status, created_at) VALUES (?, ?, 'rdpp', ?, ?, '', 'dziala', ?)",
      args: [bodyId, tenantId, body, bodyName, now],
    },
    {
      sql: "INSERT INTO rd_statutes (id, tenant_id, body_id, version, statute, applies, valid_from, created_at) VALUES (?, ?, ?, 1, ?, 'od_razu', '2025-12-01', ?)",
      args: [`s-${stamp}`, tenantId, bodyId, JSON.stringify(rdppStatute({ validFrom: '2025-12-01' })), now],
    },
    {
      sql: "INSERT INTO rd_terms (id, tenant_id, body_id, number, starts_on, ends_on, created_at) VALUES (?, ?, ?, 1, '2026-01-01', '2028-12-31', ?)",
      args: [`t-${stamp}`, tenantId, bodyId, now],
    },
  ])
  coordinator = await staff('koordynator')
  for (const [person, role] of [
    [chair, 'przewodniczacy'],
    [member, 'czlonek'],
  ] as const) {
    const added = await coordinator.post(`/jst/${SLUG}/staff/rady/${body}/czlonkowie`, {
      ...person,
      role,
      seatCategory: 'ngo',
      represents: 'Stowarzyszenie Przykładowe',
      startsOn: '2026-01-01',
    })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
  }
  const meeting = await coordinator.post(`/jst/${SLUG}/staff/rady/${body}/posiedzenia`, {
    startsAt: `${today}T00:05`,
    place: 'Urząd Gminy, sala 5',
    agenda: '1. Program współpracy na 2027 rok.',
  })
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201)
})

afterAll(async () => {
  await browser?.close()
  db?.close()
  closeDb()
})

describe('council members', () => {
  it('a member opens the invitation on a phone, sees the space and posts with the keyboard alone', async () => {
    const mail = await lastEmailTo(member.email)
    const path = /(\/\S*\/czlonek#klucz=[\w-]+)/.exec(mail.text)![1]!.replace(/^https?:\/\/[^/]+/, '')
    const { context, page, problems } = await open(browser, phone)
    try {
      await visit(page, path)
      await page.getByRole('heading', { level: 1, name: `Przestrzeń członków: ${bodyName}` }).waitFor()
      expect(new URL(page.url()).hash).toBe('')
      const text = await pageText(page)
      expect(text).toContain('Mój mandat')
      expect(text).toContain(chair.name)
      expect(text).toContain('1. Program współpracy na 2027 rok.')
      expect(text).not.toContain(chair.email)
      await page.getByRole('heading', { level: 2, name: 'Dyskusja' }).waitFor()
      await checkA11y(page, 'members’ space')
      await fitsWidth(page, 'members’ space')

      await tabTo(page, 'Opublikuj wpis', 80)
      await page.keyboard.press('Enter')
      await page.getByText('Wpisz treść wpisu.').first().waitFor()
      await tabTo(page, /^Twój wpis/, 20, true)
      expect((await focused(page)).tag).toBe('textarea')
      await page.keyboard.type('Proponuję poprawki do rozdziału o małych grantach.')
      await tabTo(page, 'Opublikuj wpis')
      await page.keyboard.press('Enter')
      await page.getByRole('status').getByText('Wpis opublikowany.').waitFor()
      await page.getByText('Proponuję poprawki do rozdziału o małych grantach.').waitFor()
      expect(await pageText(page, '.rdm-posts')).toContain(`${member.name} (Ty)`)
      await checkA11y(page, 'after posting')
      await fitsWidth(page, 'after posting')
      await screenshot(page, 'rd-members-space-360')

      // the key stays in this browser: the space opens again without the link
      await visit(page, `/${SLUG}/rady/${body}/czlonek`)
      await page.getByRole('heading', { level: 2, name: 'Mój mandat' }).waitFor()
      await tabTo(page, 'Wyloguj na tym komputerze', 80)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 2, name: 'Wyślij mi nowy link' }).waitFor()
      await checkA11y(page, 'members’ space signed out')
      await tabTo(page, /^Adres e-mail/, 40)
      await page.keyboard.type(member.email)
      await tabTo(page, 'Wyślij link')
      await page.keyboard.press('Enter')
      await page.getByText('Jeśli ten adres należy do członka rady, wysłaliśmy na niego nowy link.').waitFor()
      await checkA11y(page, 'new link requested')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('the coordinator records attendance and sees the live quorum', async () => {
    const { context, page, problems } = await open(browser, phone)
    try {
      await login(page, 'koordynator')
      await visit(page, `/panel/${SLUG}/rady/${body}/posiedzenia`)
      await page.getByRole('heading', { level: 1, name: 'Posiedzenia rady' }).waitFor()
      await page.getByRole('heading', { name: 'Obecność na posiedzeniu nr 1' }).waitFor()
      const quorum = page.locator('.rdm-quorum')
      expect(await quorum.getAttribute('aria-live')).toBe('polite')
      expect(await quorum.textContent()).toBe('Brak kworum: obecnych 0, potrzeba co najmniej 6.')
      await checkA11y(page, 'panel meetings')
      await fitsWidth(page, 'panel meetings')

      const chairGroup = page.getByRole('group', { name: chair.name })
      await chairGroup.getByRole('radio', { name: 'obecny', exact: true }).focus()
      await page.keyboard.press('Space')
      await page.getByText('Brak kworum: obecnych 1, potrzeba co najmniej 6.').waitFor()
      const memberGroup = page.getByRole('group', { name: member.name })
      await memberGroup.getByRole('radio', { name: 'obecny', exact: true }).focus()
      await page.keyboard.press('ArrowDown')
      expect(await memberGroup.getByRole('radio', { name: 'nieobecny usprawiedliwiony' }).isChecked()).toBe(true)
      await tabTo(page, 'Zapisz obecność na posiedzeniu nr 1')
      await page.keyboard.press('Enter')
      await page.getByText('Obecność na posiedzeniu nr 1 zapisana.').waitFor()
      await settled(page)
      await checkA11y(page, 'attendance saved')

      const saved = await coordinator.get(`/jst/${SLUG}/staff/rady/${body}/posiedzenia`)
      expect(saved.body.items[0].quorum).toMatchObject({ present: 1, excused: 1, needed: 6, reached: false })

      await page.locator('summary', { hasText: 'Zmień posiedzenie nr 1' }).click()
      const edit = page.getByRole('region', { name: 'Zmień posiedzenie nr 1' })
      const place = edit.getByRole('textbox', { name: /^Miejsce/ })
      expect(await place.inputValue()).toBe('Urząd Gminy, sala 5')
      await place.fill('Dom Kultury, sala widowiskowa')
      await edit.getByRole('button', { name: 'Zapisz zmiany posiedzenia nr 1' }).click()
      await page.getByText('Zapisano zmiany posiedzenia nr 1.').waitFor()
      await settled(page)
      await checkA11y(page, 'meeting changed')
      const changed = await coordinator.get(`/jst/${SLUG}/staff/rady/${body}/posiedzenia`)
      expect(changed.body.items[0]).toMatchObject({ place: 'Dom Kultury, sala widowiskowa', number: 1 })
      expect(changed.body.items[0].agenda).toBe('1. Program współpracy na 2027 rok.')

      await visit(page, `/panel/${SLUG}/rady/${body}/czlonkowie`)
      await page.getByRole('heading', { level: 1, name: 'Członkowie rady' }).waitFor()
      expect(await pageText(page)).toContain('przedstawiciele organizacji pozarządowych: zajęte 2 z 6')
      await checkA11y(page, 'panel members')
      await fitsWidth(page, 'panel members')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})
