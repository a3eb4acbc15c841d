import type { Browser, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open, pageText, settled, SLUG } from '../../support/browser'
import { freeYear, retireEditions } from './helpers'
import { castViaApi, closeDb, createVotingEdition, endVoting, staff, type VotingEdition } from './voting-helpers'

/**
 * The first view of the public pages (issue #12): the server renders a page with the API answers of its first render
 * embedded, and names the chunk of the page in its HTML, so it paints with the HTML and the app takes over without
 * asking again. Here, in Chromium, for each page:
 * - as served, the page asks the API for nothing (the embedded answers are its first render's), every chunk named is
 *   downloaded once and no other chunk is needed;
 * - the same page as the plain shell (no rendering, no data, no links) asks for exactly the API URLs whose answers
 *   the server embedded and loads the chunks it named, so the server gives exactly what the page needs.
 * A page the server does not render (a filtered list) still has its API calls preloaded (the third test).
 */
let browser: Browser
let finished: VotingEdition
let voting: VotingEdition

beforeAll(async () => {
  browser = await launch()
  // An edition whose results are published (edition, list, results, closed vote) and one in its voting phase.
  finished = await createVotingEdition()
  const og = finished.pools.find((p) => p.code === 'OG')!.id
  const [a, b] = finished.projects.filter((p) => p.poolCode === 'OG')
  for (const [i, choice] of [a!, b!].entries())
    await castViaApi(
      finished.year,
      `pierwszy.widok.${i}.${finished.year}@example.pl`,
      { [og]: { [choice.id]: 1 } },
      { firstName: `Osoba${i}`, lastName: 'Widokowa', address: `ul. Krótka ${i + 1}, Przykładowo` },
    )
  await endVoting(finished.year)
  expect((await (await staff('koordynator')).post(`/jst/${SLUG}/staff/bo/${finished.year}/results`)).status).toBe(201)
  expect((await (await staff('admin')).post(`/jst/${SLUG}/staff/bo/${finished.year}/results/publish`)).status).toBe(200)
  voting = await createVotingEdition()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  closeDb()
  await retireEditions([finished?.year, voting?.year].filter(Boolean))
})

interface FirstView {
  /** Every request of the page, as `METHOD url`. */
  requests: string[]
  /** API GETs (path and query). */
  api: string[]
  /** Scripts under /assets other than the entry. */
  chunks: string[]
  preloaded: string[]
  /** The API URLs whose answers the server embedded in the page. */
  embedded: string[]
  modulepreloaded: string[]
  text: string
  problems: string[]
}

const pathOf = (url: string) => {
  const u = new URL(url)
  return u.pathname + u.search
}

/**
 * Opens `path` in a fresh context (empty cache), optionally as the plain shell: the first-view links, the server's
 * rendering and its embedded answers taken out of its HTML.
 */
async function firstView(path: string, { withoutLinks = false, locale = 'pl-PL' } = {}): Promise<FirstView> {
  const { context, page, problems } = await open(browser, { locale, viewport: { width: 412, height: 823 } })
  if (withoutLinks)
    await context.route(
      (url) => url.pathname + url.search === path,
      async (route) => {
        const response = await route.fetch()
        const html = (await response.text())
          .replace(/\s*<link rel="(?:preload|modulepreload)"[^>]*>/g, '')
          .replace(/\s*<link rel="stylesheet" crossorigin href="\/assets\/(?!index-)[^"]*">/g, '')
          .replace(/<script type="application\/json" id="ssr-data">[\s\S]*?<\/script>/, '')
          .replace(
            /<script defer src="[^"]*" data-entry="([^"]+)" data-chunks="[^"]*"><\/script>/,
            '<script type="module" crossorigin src="$1"></script>',
          )
          .replace(/<div id="app">[\s\S]*<\/div>(\s*<\/body>)/, '<div id="app"></div>$1')
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      },
    )
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  page.on('console', (message) => {
    if (message.type() === 'warning' && /preload/i.test(message.text())) problems.push(message.text())
  })
  await page.goto(path)
  await settled(page)
  // Anything the page would still ask for after its first render.
  await page.waitForLoadState('networkidle')
  const links = (selector: string) =>
    page.evaluate(
      (s) =>
        [...document.querySelectorAll<HTMLLinkElement>(s)].map(
          (l) => new URL(l.href).pathname + new URL(l.href).search,
        ),
      selector,
    )
  const entry = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')!.src)
  const served = await (await context.request.get(path)).text()
  const data = /<script type="application\/json" id="ssr-data">([\s\S]*?)<\/script>/.exec(served)?.[1]
  const view: FirstView = {
    requests: requests.map((r) => `${r.method()} ${pathOf(r.url())}`),
    api: requests
      .filter((r) => pathOf(r.url()).startsWith('/api/v1/') && r.method() === 'GET')
      .map((r) => pathOf(r.url())),
    chunks: requests
      .filter((r) => /^\/assets\/.*\.js$/.test(pathOf(r.url())) && r.url() !== entry && !/\/boot-/.test(r.url()))
      .map((r) => pathOf(r.url())),
    preloaded: await links('link[rel="preload"][as="fetch"]'),
    embedded: data && !withoutLinks ? Object.keys(JSON.parse(data).answers).map((p) => `/api/v1${p}`) : [],
    modulepreloaded: await links('link[rel="modulepreload"]'),
    text: await pageText(page),
    problems,
  }
  await context.close()
  return view
}

const sorted = (xs: string[]) => [...xs].sort()

/** The checks of the file's comment, for one page; returns what was embedded. */
async function expectFirstView(path: string, heading: string | RegExp, expectChunk: boolean) {
  const served = await firstView(path)
  expect(served.problems, path).toEqual([])
  expect(served.text, path).toMatch(heading)
  expect(served.embedded.length, path).toBeGreaterThan(0)
  // Rendered with its answers: nothing preloaded, nothing asked again.
  expect(served.preloaded, path).toEqual([])
  expect(served.api, path).toEqual([])
  expect(sorted(served.chunks), path).toEqual(sorted(served.modulepreloaded))
  expect(served.modulepreloaded.length > 0, path).toBe(expectChunk)

  const alone = await firstView(path, { withoutLinks: true })
  expect(alone.preloaded, path).toEqual([])
  expect(alone.text, path).toMatch(heading)
  expect(sorted([...new Set(alone.api)]), `${path}: what the page asks for by itself`).toEqual(sorted(served.embedded))
  expect(sorted(alone.chunks), `${path}: the chunks it loads by itself`).toEqual(sorted(served.modulepreloaded))
  return { ...served, preloaded: served.embedded }
}

describe('the first view of the public pages', () => {
  it('renders the platform home and a JST home with their data', async () => {
    const home = await expectFirstView('/', /samorząd i mieszkańcy/, false)
    expect(home.preloaded).toEqual(['/api/v1/jst'])
    const jst = await expectFirstView(`/${SLUG}`, /Gmina Przykładowa/, false)
    expect(jst.preloaded).toEqual([`/api/v1/jst/${SLUG}`])
  })

  it('renders an edition, its projects, its results and its vote with their data and names their chunks', async () => {
    const base = `/${SLUG}/bo/${finished.year}`
    const edition = await expectFirstView(base, new RegExp(`Budżet obywatelski ${finished.year}`), false)
    expect(edition.preloaded).toEqual([`/api/v1/jst/${SLUG}`, `/api/v1/jst/${SLUG}/bo/${finished.year}`])
    const list = await expectFirstView(`${base}/projekty`, new RegExp(finished.projects[0]!.title), true)
    expect(list.preloaded.at(-1)).toMatch(/\/projects$/)
    const results = await expectFirstView(`${base}/wyniki`, /Wyniki/, true)
    expect(results.preloaded.at(-1)).toMatch(/\/results$/)
    await expectFirstView(`${base}/glosuj`, /Głosowanie zakończyło się/, true)
    // During the vote: the wizard's first step.
    await expectFirstView(`/${SLUG}/bo/${voting.year}/glosuj`, new RegExp(`Budżet obywatelski ${voting.year}`), true)
  })

  it('asks afresh after the first view, and asks again in the interface’s language for a preloaded refusal', async () => {
    const { page } = await open(browser, { locale: 'pl-PL' })
    const api: string[] = []
    page.on('request', (r) => pathOf(r.url()).startsWith('/api/v1/') && api.push(pathOf(r.url())))
    await page.goto(`/${SLUG}/bo/${finished.year}`)
    await settled(page)
    const before = api.length
    await page
      .getByRole('link', { name: /Wyniki/ })
      .first()
      .click()
    await settled(page)
    expect(api.slice(before), 'the results page after a navigation').toContain(
      `/api/v1/jst/${SLUG}/bo/${finished.year}/results`,
    )
    // Loaded again with its code in the browser's cache: the page code arrives before the first render's effects.
    for (let i = 0; i < 3; i++) {
      await page.goto(`/${SLUG}/bo/${finished.year}/projekty`)
      await settled(page)
      expect(await pageText(page)).toContain(finished.projects[0]!.title)
    }
    await page.context().close()

    // A page whose data is a refusal is not rendered on the server: its calls are preloaded. An English browser: the
    // preloaded refusal is in English, the interface Polish, so the page asks again.
    const year = await freeYear()
    const english = await firstView(`/${SLUG}/bo/${year}/projekty`, { locale: 'en-US' })
    expect(english.embedded).toEqual([])
    expect(english.text).toContain(`Nie ma edycji budżetu obywatelskiego na rok ${year}.`)
    expect(english.api.filter((p) => p === `/api/v1/jst/${SLUG}/bo/${year}`)).toHaveLength(2)
    // A Polish one takes the preloaded refusal as it is.
    const polish = await firstView(`/${SLUG}/bo/${year}/projekty`)
    expect(polish.text).toContain(`Nie ma edycji budżetu obywatelskiego na rok ${year}.`)
    expect(polish.api.filter((p) => p === `/api/v1/jst/${SLUG}/bo/${year}`)).toHaveLength(1)
  })
})
