import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkA11y,
  horizontalOverflow,
  launch,
  login,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  TILE_URLS,
  visit,
} from '../../support/browser'
import { authorRequest, createEdition, createProject, retireEditions, submitProject, tabTo } from './helpers'

/**
 * The map of the budget pages (web/src/components/map): the projects map with keyboard-reachable markers and their
 * popups, the list under it as the text alternative, the project page's small map, and the location picker of the
 * submission form (keyboard, mouse, the number fields kept in sync, a point outside Poland refused). Tiles are a
 * 1×1 PNG served by the test (helpers.ts), or refused outright to check the map without a background. The projects
 * lie in Łomianki, a town of the demo JST's size just north of Warsaw.
 */
let browser: Browser
let anonymous: BrowserContext
let year = 0
let pools: { id: string; name: string }[] = []

interface Made {
  id: string
  token: string
  number: number
  title: string
}
const located: Made[] = []
let unlocated: Made

const LOMIANKI = [
  { title: 'Plac zabaw przy ul. Warszawskiej', lat: 52.3339, lng: 20.8868, address: 'ul. Warszawska 71, Łomianki' },
  { title: 'Ścieżka rowerowa do Kiełpina', lat: 52.3462, lng: 20.9005, address: 'ul. Kolejowa, Łomianki – Kiełpin' },
  {
    title: 'Ławki nad Jeziorem Dziekanowskim',
    lat: 52.3556,
    lng: 20.8578,
    address: 'brzeg Jeziora Dziekanowskiego, Łomianki Dolne',
  },
]

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ')
const textOf = async (locator: Locator) => squash(await locator.first().textContent())

/** A project submitted through the API: created, supported once (the area pool needs one supporter), submitted. */
async function submitted(fields: Record<string, unknown>): Promise<Made> {
  return { ...(await submitProject(year, pools[1]!.id, fields)), title: fields.title as string }
}

const markerName = (p: Made) => `Nr ${p.number}: ${p.title}`

/** Whether `inner` lies within `outer` (both on screen). */
async function inside(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox()
  const b = await outer.boundingBox()
  if (!a || !b) return false
  return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
}

/** The centre of an element's box. */
async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** The crosshair's coordinates as the page writes them ("52,33391"). */
async function crosshair(page: Page): Promise<{ lat: string; lng: string }> {
  const m = /szerokość (-?[\d,]+), długość (-?[\d,]+)/.exec(await pageText(page, '.map-crosshair-text'))
  if (!m) throw new Error('no crosshair text')
  return { lat: m[1]!, lng: m[2]! }
}

const num = (s: string) => Number(s.replace(',', '.'))

beforeAll(async () => {
  browser = await launch()
  anonymous = (await open(browser)).context
  const c = await open(browser)
  await login(c.page, 'koordynator')
  ;({ year, pools } = await createEdition(c.page))
  await c.context.close()
  for (const p of LOMIANKI) located.push(await submitted(p))
  unlocated = await submitted({
    title: 'Zajęcia z programowania dla seniorów',
    address: 'Biblioteka Publiczna w Łomiankach',
  })
})

afterAll(async () => {
  await browser?.close()
  if (year) await retireEditions([year])
})

describe('projects map', () => {
  it('shows the projects with a point as markers, opened with the keyboard; the rest listed under the map', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, `/${SLUG}/bo/${year}/projekty`)
    // The list stays the default view; the switch is a pair of links that keep the filters and the focus.
    expect(await page.getByRole('application').count()).toBe(0)
    const switchTo = page.getByRole('navigation', { name: 'Sposób pokazania projektów' })
    await switchTo.getByRole('link', { name: 'Mapa' }).click()
    await page.waitForURL((url) => url.searchParams.get('widok') === 'mapa')
    await settled(page)
    expect(await switchTo.getByRole('link', { name: 'Mapa' }).getAttribute('aria-current')).toBe('true')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Mapa')

    const map = page.getByRole('application', { name: 'Mapa projektów' })
    await map.waitFor()
    expect(await map.getByRole('button').count()).toBe(3)
    // Framed on load: every marker is inside the map.
    for (const p of located)
      expect(await inside(map.getByRole('button', { name: markerName(p) }), map), markerName(p)).toBe(true)
    // West to east and north to south as on the ground.
    const [playground, path, benches] = await Promise.all(
      located.map((p) => centre(map.getByRole('button', { name: markerName(p) }))),
    )
    expect(benches!.x).toBeLessThan(playground!.x)
    expect(playground!.x).toBeLessThan(path!.x)
    expect(benches!.y).toBeLessThan(path!.y)
    expect(path!.y).toBeLessThan(playground!.y)

    // The text alternative: said before the map, and the list under it split by location.
    const main = await pageText(page)
    expect(main).toContain('Projekty ze wskazaną lokalizacją na mapie: 3. Ta sama informacja jest na liście pod mapą')
    await page.getByRole('heading', { name: 'Projekty na mapie' }).waitFor()
    const without = page.getByRole('heading', { name: 'Projekty bez wskazanej lokalizacji' })
    await without.waitFor()
    expect(await textOf(page.locator('ul.bo-project-list').last())).toContain(unlocated.title)
    expect(await textOf(page.locator('ul.bo-project-list').first())).toContain('ul. Warszawska 71, Łomianki')
    expect(await page.getByRole('link', { name: '© OpenStreetMap contributors' }).getAttribute('href')).toBe(
      'https://www.openstreetmap.org/copyright',
    )
    await checkA11y(page, 'projects map')

    // Keyboard: Tab reaches a marker, Enter opens its popup (focus moves into it), Escape closes it and focus returns.
    await switchTo.getByRole('link', { name: 'Mapa' }).focus()
    await tabTo(page, markerName(located[0]!))
    await page.keyboard.press('Enter')
    const popup = page.getByRole('dialog', { name: markerName(located[0]!) })
    await popup.waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog')
    expect(await map.getByRole('button', { name: markerName(located[0]!) }).getAttribute('aria-expanded')).toBe('true')
    const about = await textOf(popup)
    expect(about).toContain('Osiedle Północ')
    expect(about).toMatch(/40\s000,00\szł/)
    expect(await popup.getByRole('link', { name: new RegExp(located[0]!.title) }).getAttribute('href')).toBe(
      `/${SLUG}/bo/${year}/projekty/${located[0]!.id}`,
    )
    await checkA11y(page, 'projects map with a popup')
    await screenshot(page, 'map-projects-popup-1280')
    await page.keyboard.press('Escape')
    await popup.waitFor({ state: 'detached' })
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(markerName(located[0]!))

    // Arrow keys pan, + and − zoom, while the map has focus (a visible frame says so).
    await map.focus()
    expect(await map.locator('.map-focus-frame-inner').evaluate((el) => getComputedStyle(el).stroke)).not.toBe('none')
    await screenshot(page, 'map-projects-focused-1280')
    const before = await centre(map.getByRole('button', { name: markerName(located[1]!) }))
    await page.keyboard.press('ArrowRight')
    const after = await centre(map.getByRole('button', { name: markerName(located[1]!) }))
    expect(before.x - after.x).toBeCloseTo(48, 0)
    expect(after.y).toBeCloseTo(before.y, 0)
    const spread = async () => {
      const [a, b] = await Promise.all([
        centre(map.getByRole('button', { name: markerName(located[0]!) })),
        centre(map.getByRole('button', { name: markerName(located[2]!) })),
      ])
      return Math.hypot(a.x - b.x, a.y - b.y)
    }
    const far = await spread()
    await page.keyboard.press('-')
    expect((await spread()) / far).toBeCloseTo(0.5, 1)
    await page.getByRole('button', { name: 'Przybliż mapę' }).click()
    expect((await spread()) / far).toBeCloseTo(1, 1)
    // A click opens a popup too; the link leads to the project.
    await map.getByRole('button', { name: markerName(located[2]!) }).click()
    await page
      .getByRole('dialog', { name: markerName(located[2]!) })
      .getByRole('link')
      .click()
    await page.waitForURL(`**/projekty/${located[2]!.id}`)
    expect(problems).toEqual([])
    await context.close()
  })

  it('follows the filters, keeps the map view when the filter form is sent, and reflows at 320 px', async () => {
    const page = await anonymous.newPage()
    await visit(page, `/${SLUG}/bo/${year}/projekty?widok=mapa&szukaj=sciezka`)
    const map = page.getByRole('application', { name: 'Mapa projektów' })
    expect(await map.getByRole('button').count()).toBe(1)
    await map.getByRole('button', { name: markerName(located[1]!) }).waitFor()
    expect(await page.getByRole('heading', { name: 'Projekty bez wskazanej lokalizacji' }).count()).toBe(0)
    await page.getByLabel('Szukaj').fill('seniorów')
    await page.getByRole('button', { name: 'Pokaż projekty' }).click()
    await page.waitForURL(
      (url) => url.searchParams.get('szukaj') === 'seniorów' && url.searchParams.get('widok') === 'mapa',
    )
    await page.getByRole('heading', { name: 'Projekty bez wskazanej lokalizacji' }).waitFor()
    expect(await map.getByRole('button').count()).toBe(0)
    expect(await pageText(page)).toContain('Żaden z tych projektów nie ma wskazanego punktu na mapie.')
    await visit(page, `/${SLUG}/bo/${year}/projekty?widok=mapa`)
    await page.setViewportSize({ width: 320, height: 640 })
    await settled(page)
    await checkA11y(page, 'projects map at 320 px')
    await screenshot(page, 'map-projects-320')
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(320)
    expect(await map.getByRole('button').count()).toBe(3)
    for (const p of located)
      expect(await inside(map.getByRole('button', { name: markerName(p) }), map), `${markerName(p)} at 320 px`).toBe(
        true,
      )
    // Forced colours (Windows high contrast): the pins take system colours instead of the brand blue.
    const pinFill = () =>
      map
        .locator('.map-marker-pin')
        .first()
        .evaluate((el) => getComputedStyle(el).fill)
    expect(await pinFill()).toBe('rgb(11, 61, 102)')
    await page.emulateMedia({ forcedColors: 'active' })
    expect(await pinFill()).not.toBe('rgb(11, 61, 102)')
    await screenshot(page, 'map-projects-forced-colors-320')
    await page.close()
  })

  it('without tiles (offline) keeps a neutral background, the markers in place and says why', async () => {
    const { page, context, problems } = await open(browser)
    await page.route(TILE_URLS, (route) => route.abort('internetdisconnected'))
    await visit(page, `/${SLUG}/bo/${year}/projekty?widok=mapa`)
    await page.getByText('Nie udało się wczytać podkładu mapy').waitFor()
    const map = page.getByRole('application', { name: 'Mapa projektów' })
    expect(await map.getByRole('button').count()).toBe(3)
    for (const p of located) expect(await inside(map.getByRole('button', { name: markerName(p) }), map)).toBe(true)
    expect(await page.locator('.map-tile-missing').count()).toBeGreaterThan(0)
    await map.getByRole('button', { name: markerName(located[0]!) }).click()
    await page.getByRole('dialog', { name: markerName(located[0]!) }).waitFor()
    await checkA11y(page, 'projects map without tiles')
    await screenshot(page, 'map-projects-offline-1280')
    // Chromium reports the refused tiles themselves; nothing else may go wrong.
    expect(problems.filter((p) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([])
    await context.close()
  })
})

describe('project page', () => {
  it('has a small map with the marker and the place in words; none without coordinates', async () => {
    const { page, context, problems } = await open(browser)
    await visit(page, `/${SLUG}/bo/${year}/projekty/${located[0]!.id}`)
    await page.getByRole('heading', { name: 'Lokalizacja na mapie' }).waitFor()
    expect(await pageText(page)).toContain('Miejsce: ul. Warszawska 71, Łomianki')
    const map = page.getByRole('application', { name: `Mapa: lokalizacja projektu ${located[0]!.title}` })
    const marker = map.locator('.map-marker')
    expect(await marker.count()).toBe(1)
    const box = (await map.boundingBox())!
    const tip = (await marker.boundingBox())!
    expect(Math.abs(tip.x + tip.width / 2 - (box.x + box.width / 2))).toBeLessThan(3)
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 })
      await checkA11y(page, `project page with a map at ${width} px`)
      await screenshot(page, `map-project-page-${width}`)
      expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(width)
    }
    await visit(page, `/${SLUG}/bo/${year}/projekty/${unlocated.id}`)
    expect(await page.getByRole('application').count()).toBe(0)
    expect(await page.getByRole('heading', { name: 'Lokalizacja na mapie' }).count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('location picker in the submission form', () => {
  it('sets the point with the keyboard and the mouse, keeps the fields in sync, refuses a point outside Poland, removes it', async () => {
    const draft = await createProject(year, pools[1]!.id, { title: 'Skwer z fontanną' })
    const { page, context, problems } = await open(browser)
    await visit(page, `/${SLUG}/bo/${year}/projekty/${draft.id}/edycja#klucz=${draft.token}`)
    await page.getByRole('heading', { name: 'Krok 2 z 7: Projekt' }).waitFor()
    await page.getByRole('button', { name: '3. Lokalizacja' }).click()
    await page.getByRole('heading', { name: 'Krok 3 z 7: Lokalizacja' }).waitFor()
    const lat = page.getByLabel('Szerokość geograficzna')
    const lng = page.getByLabel('Długość geograficzna')
    expect(await lat.inputValue()).toBe('')
    await checkA11y(page, 'location step')

    // The map opens over the edition's other projects (Łomianki), not over all of Poland.
    const map = page.getByRole('application', { name: 'Mapa do wskazania miejsca projektu' })
    await page.waitForFunction(() =>
      /szerokość 52,3/.test(document.querySelector('.map-crosshair-text')?.textContent ?? ''),
    )

    // Keyboard only: Tab from the address to the map, arrows move the map under the crosshair, Enter marks the point.
    await page.getByLabel('Lokalizacja (adres lub opis miejsca)').fill('Skwer przy ul. Wiejskiej')
    await tabTo(page, 'Mapa do wskazania miejsca projektu')
    const start = await crosshair(page)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowUp')
    const aim = await crosshair(page)
    expect(num(aim.lng)).toBeGreaterThan(num(start.lng))
    expect(num(aim.lat)).toBeGreaterThan(num(start.lat))
    await page.keyboard.press('Enter')
    await page
      .getByRole('status')
      .filter({ hasText: `Zaznaczono punkt: szerokość ${aim.lat}, długość ${aim.lng}.` })
      .waitFor()
    expect(await lat.inputValue()).toBe(aim.lat)
    expect(await lng.inputValue()).toBe(aim.lng)
    // Enter stayed on the map: the step did not change.
    await page.getByRole('heading', { name: 'Krok 3 z 7: Lokalizacja' }).waitFor()
    // The marked point is under the crosshair.
    const point = await centre(map.locator('.map-point .map-marker-pin'))
    const middle = await centre(map)
    expect(Math.abs(point.x - middle.x)).toBeLessThan(2)
    // The autosave stores the point.
    await expect
      .poll(async () => (await authorRequest('GET', year, `/${draft.id}/author`, draft.token)).body?.project?.lat, {
        timeout: 5000,
      })
      .toBeCloseTo(num(aim.lat), 5)

    // The mouse: a click east of the crosshair marks a point further east.
    await map.click({
      position: { x: (await map.boundingBox())!.width / 2 + 80, y: (await map.boundingBox())!.height / 2 },
    })
    await expect.poll(async () => num(await lng.inputValue())).toBeGreaterThan(num(aim.lng))
    expect(num(await lat.inputValue())).toBeCloseTo(num(aim.lat), 3)

    // Typed by hand: a point outside Poland is refused next to the field, and not saved.
    await lat.fill('60,1')
    const latField = page.locator('.field').filter({ has: lat })
    await latField
      .locator('.field-error')
      .filter({ hasText: 'Ten punkt leży poza Polską: szerokość geograficzna musi być od 49 do 54,9' })
      .waitFor()
    expect(await lat.getAttribute('aria-invalid')).toBe('true')
    expect(await lat.getAttribute('aria-describedby')).toContain('lat-error')
    await checkA11y(page, 'location step with a point outside Poland')
    await screenshot(page, 'map-picker-error-1280')
    expect((await authorRequest('GET', year, `/${draft.id}/author`, draft.token)).body.project.lat).toBeCloseTo(
      num(aim.lat),
      5,
    )
    // The API refuses it too (swapped latitude and longitude), with the same box.
    const refused = await authorRequest('PATCH', year, `/${draft.id}`, draft.token, { lat: 21.0122, lng: 52.2297 })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Punkt musi leżeć w Polsce: szerokość geograficzna od 49 do 54,9.')
    // Typed coordinates move the map to them.
    await lat.fill('52,3400')
    await lng.fill('20,8700')
    await page.waitForFunction(() => !document.querySelector('input[name="lat"]')?.getAttribute('aria-invalid'))
    await page.waitForFunction(() =>
      /szerokość 52,34, długość 20,87/.test(document.querySelector('.map-crosshair-text')?.textContent ?? ''),
    )
    await expect
      .poll(async () => (await authorRequest('GET', year, `/${draft.id}/author`, draft.token)).body?.project?.lng, {
        timeout: 5000,
      })
      .toBeCloseTo(20.87, 5)

    // "Usuń punkt" empties the fields, focus goes to the latitude field, and the draft loses its point.
    await page.getByRole('button', { name: 'Usuń punkt' }).click()
    expect(await lat.inputValue()).toBe('')
    expect(await lng.inputValue()).toBe('')
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('lat')
    expect(await map.locator('.map-point').count()).toBe(0)
    await expect
      .poll(async () => (await authorRequest('GET', year, `/${draft.id}/author`, draft.token)).body?.project?.lat, {
        timeout: 5000,
      })
      .toBeNull()
    await page.setViewportSize({ width: 320, height: 700 })
    await checkA11y(page, 'location step at 320 px')
    await screenshot(page, 'map-picker-320')
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(320)
    expect(problems).toEqual([])
    await context.close()
  })
})
