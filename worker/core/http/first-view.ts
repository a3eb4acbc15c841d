import type { Context } from 'hono'
import { revalidate } from './caching'
import type { AppEnv } from './context'
import { renderServerView, SSR_VARY, type InProcessApi, type SsrBundle } from './ssr'

/**
 * The first view of a public page, as `vite build` writes it into `first-view.json` (the `firstView` plugin in
 * vite.config.ts, from the tables in `web/src/core/lib/first-view.ts` and each module's `web/src/<module>/first-view.ts`).
 * The core reads it as data and knows no module's pages: a module adds its pages to its own table.
 */
export interface FirstViewRoute {
  /** The page's URL pattern (`/:slug/bo/:year/wyniki`). */
  pattern: string
  /** Regular expressions a segment must match (decoded) for the address to be this page. */
  where?: Record<string, string>
  /** The API GETs of its first render, after `/api/v1`, with `:name` standing for the URL's segment. */
  api: string[]
  /** Those of `api` that depend on the page's query string: named only for an address without one. */
  filtered?: string[]
  /**
   * Rendered on the server (worker/core/http/ssr.ts) with the answers of `api`: a public page whose first render needs
   * nothing but those answers and the address.
   */
  ssr?: boolean
  /** The page's chunk and the chunks it imports (not the entry's). */
  scripts: string[]
  /** Their stylesheets. */
  styles: string[]
}

/** The links of an address's first view (`''` for an address with none): what goes into the page's `<head>`. */
export type FirstViewLinks = (url: URL) => string

/** An address's first view: its route and what its first render asks the API for. */
export interface FirstViewMatch {
  route: FirstViewRoute
  /** The API GETs of its first render, after `/api/v1`, filled and encoded as the web asks them. */
  api: string[]
  /** False when the query string dropped some of them (`filtered`): the server cannot know those. */
  complete: boolean
  /** The build's start of a page rendered on the server (web/src/boot.ts), null in a build without it. */
  boot: string | null
  /**
   * The text of that start (web/src/boot.ts), which a page rendered on the server carries in itself rather than asks
   * for; null in a build without it (the page then links `boot`).
   */
  bootScript: string | null
  /**
   * The text of the build's stylesheets that a page rendered on the server carries in itself rather than links
   * (the entry's and the `ssr` pages' own), by their address; empty in a build without them.
   */
  styles: ReadonlyMap<string, string>
}

/** Where the web app's API lives; the web's `api()` asks `${API}${path}`. */
const API = '/api/v1'

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The path as the web's router sees it: without a trailing slash (`/gmina/` is `/gmina`). */
const normalise = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') || '/' : path)

function isRoute(value: unknown): value is FirstViewRoute {
  const r = value as FirstViewRoute
  const strings = (xs: unknown) => Array.isArray(xs) && xs.every((x) => typeof x === 'string')
  return (
    !!r &&
    typeof r.pattern === 'string' &&
    r.pattern.startsWith('/') &&
    strings(r.api) &&
    strings(r.scripts) &&
    strings(r.styles) &&
    (r.filtered === undefined || strings(r.filtered)) &&
    (r.ssr === undefined || typeof r.ssr === 'boolean') &&
    (r.where === undefined ||
      (typeof r.where === 'object' && Object.values(r.where).every((w) => typeof w === 'string')))
  )
}

/**
 * Compiles `first-view.json` into the function that finds an address's first view. The first route whose pattern
 * and `where` match wins, in the order of the tables (the core's pages, then each module's), as the web's router
 * tries its routes. A missing or unreadable file (an older build) gives no first views: the pages then load as before.
 * Path segments go into the API paths encoded as the web encodes them (`encodeURIComponent` of the decoded segment).
 */
export function compileFirstViews(table: unknown): (url: URL) => FirstViewMatch | null {
  const list = (table as { routes?: unknown } | null)?.routes
  const routes = Array.isArray(list) ? list.filter(isRoute) : []
  const given = (table as { boot?: unknown } | null)?.boot
  const boot = typeof given === 'string' && given.startsWith('/') ? given : null
  const script = (table as { bootScript?: unknown } | null)?.bootScript
  const bootScript = typeof script === 'string' && script ? script : null
  const sheets = (table as { styles?: unknown } | null)?.styles
  const styles = new Map(
    Object.entries(sheets && typeof sheets === 'object' ? sheets : {}).filter(
      (entry): entry is [string, string] => entry[0].startsWith('/') && typeof entry[1] === 'string',
    ),
  )
  const compiled = routes.map((route) => ({
    route,
    segments: route.pattern.split('/').slice(1),
    where: Object.entries(route.where ?? {}).map(([name, source]) => [name, new RegExp(source)] as const),
  }))
  return (url) => {
    const parts = normalise(url.pathname).split('/').slice(1)
    for (const { route, segments, where } of compiled) {
      if (segments.length !== parts.length) continue
      const params: Record<string, string> = {}
      const matches = segments.every((segment, i) => {
        if (segment.startsWith(':')) {
          if (!parts[i]) return false
          params[segment.slice(1)] = decode(parts[i]!)
          return true
        }
        return segment === parts[i]
      })
      if (!matches || !where.every(([name, re]) => re.test(params[name] ?? ''))) continue
      const filtered = new Set(url.search.length > 1 ? (route.filtered ?? []) : [])
      const api = route.api
        .filter((path) => !filtered.has(path))
        .map((path) => path.replace(/:(\w+)/g, (whole, name: string) => encodeURIComponent(params[name] ?? whole)))
      return { route, api, complete: api.length === route.api.length, boot, bootScript, styles }
    }
    return null
  }
}

/**
 * The links of a first view, in this order: each API call of its first render (`<link rel="preload" as="fetch"
 * crossorigin>`: the same URL, CORS mode and same-origin credentials as the web's `fetch`, so that the browser hands
 * the preloaded answer to the web instead of asking twice — web/src/core/lib/preloaded.ts takes every one of them
 * before the first render); its chunks (`<link rel="modulepreload" crossorigin>`, as Vite names the entry's own);
 * neither for a page `rendered` on the server, which carries its answers and asks for its code only once painted
 * (worker/core/http/ssr.ts); and its stylesheets (`<link
 * rel="stylesheet" crossorigin>`, which Vite's loader then recognises and does not add again), so that the page is
 * styled on its first paint. Every value is escaped for the attribute it lands in.
 */
export function firstViewLinks(view: FirstViewMatch, { rendered = false }: { rendered?: boolean } = {}): string {
  return [
    ...(rendered ? [] : view.api).map(
      (path) => `<link rel="preload" as="fetch" crossorigin href="${attribute(API + path)}">`,
    ),
    ...(rendered ? [] : view.route.scripts).map(
      (href) => `<link rel="modulepreload" crossorigin href="${attribute(href)}">`,
    ),
    ...view.route.styles.map((href) => `<link rel="stylesheet" crossorigin href="${attribute(href)}">`),
  ].join('\n    ')
}

/** `compileFirstViews` for the links alone: an address's `<head>` links, `''` for an address with no first view. */
export function compileFirstView(table: unknown): FirstViewLinks {
  const find = compileFirstViews(table)
  return (url) => {
    const view = find(url)
    return view ? firstViewLinks(view) : ''
  }
}

/** The SPA's index.html with an address's first view at the end of its `<head>`. */
export function withFirstView(html: string, links: string): string {
  if (!links) return html
  const at = html.indexOf('</head>')
  return at < 0 ? html : `${html.slice(0, at)}  ${links}\n  ${html.slice(at)}`
}

/**
 * The Workers side: the web app from the assets binding, with each page's first view in its HTML. `wrangler.toml`
 * sends every address except the hashed files, the icon and robots.txt to the Worker first (`run_worker_first`), and
 * the binding answers an address that is no file with index.html (`not_found_handling = "single-page-application"`);
 * that answer gets the links, read from the deployed `first-view.json` once per isolate, and a page that renders on
 * the server (`ssr` and a `bundle`, worker/core/http/ssr.ts) gets its rendering and its answers as well.
 *
 * The page's bytes then differ by address, so the binding's ETag no longer describes them: the binding is asked
 * without the browser's validators and the page gets a weak ETag of its own bytes, which turns a revisit into a 304
 * as before (`revalidate`). Anything else the binding answers (files, redirects, a HEAD) passes through unchanged,
 * in a copy whose headers the app's middleware may still set (the binding's own are immutable).
 */
export function assetsWithFirstView(fetchAsset: (request: Request) => Promise<Response>, bundle?: SsrBundle | null) {
  let views: Promise<(url: URL) => FirstViewMatch | null> | undefined
  // An older build has no first-view.json, and the binding answers its address with index.html: that, or a file that
  // is not JSON, means no first views for this deployment. Only a failed fetch is tried again on the next page.
  const load = (origin: string) =>
    (views ??= fetchAsset(new Request(`${origin}/first-view.json`)).then(
      async (res) =>
        compileFirstViews(
          res.ok && /json/.test(res.headers.get('Content-Type') ?? '') ? await res.json().catch(() => null) : null,
        ),
      (error: unknown) => {
        console.error('first-view.json', error)
        views = undefined
        return compileFirstViews(null)
      },
    ))
  // The binding's answers have immutable headers, and the app's middleware (secure headers) still sets its own.
  const passThrough = async (request: Request) => {
    const res = await fetchAsset(request)
    return new Response(res.body, res)
  }
  return async (c: Context<AppEnv>, api?: InProcessApi): Promise<Response> => {
    const request = c.req.raw
    const url = new URL(request.url)
    if (request.method !== 'GET' || url.pathname.startsWith('/assets/')) return passThrough(request)
    const view = (await load(url.origin))(url)
    if (!view) return passThrough(request)
    const headers = new Headers(request.headers)
    headers.delete('If-None-Match')
    headers.delete('If-Modified-Since')
    const res = await passThrough(new Request(request, { headers }))
    if (res.status !== 200 || !res.headers.get('Content-Type')?.startsWith('text/html')) return res
    const index = await res.text()
    const rendered =
      bundle && api && view.route.ssr
        ? await renderServerView(
            bundle,
            request,
            view,
            withFirstView(index, firstViewLinks(view, { rendered: true })),
            api,
          )
        : null
    const page = new Response(rendered ?? withFirstView(index, firstViewLinks(view)), res)
    for (const name of ['ETag', 'Content-Length', 'Content-Encoding']) page.headers.delete(name)
    if (view.route.ssr) {
      page.headers.set('Vary', SSR_VARY)
      // The binding's own (`max-age=0, must-revalidate`) says the same; a page must never be kept unrevalidated.
      if (!page.headers.has('Cache-Control')) page.headers.set('Cache-Control', 'no-cache')
    }
    c.res = page
    await revalidate(c)
    return c.res
  }
}
