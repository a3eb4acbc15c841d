import type { MiddlewareHandler } from 'hono'
import type { FirstViewMatch } from './first-view'

/**
 * Server-side rendering of the public pages' first view, module-agnostic: which pages render here and what they need
 * is each module's first-view table (`ssr: true` and its `api` list, web/src/<module>/first-view.ts, built into
 * `first-view.json`), and the rendering is the web app itself (web/src/entry-server.tsx, built by vite.ssr.config.ts
 * into `<web build>/ssr/entry-server.js`). The Node server loads that file next to the web build it serves; the Worker
 * has it bundled in (wrangler.toml `[alias]`). Without it, pages are served as before (the shell and the first-view
 * links).
 *
 * Why: on a phone a client-rendered page paints only after its HTML, the entry script, its chunk and its API answers
 * have arrived one after the other; rendered here, the content paints with the HTML.
 *
 * The data are the app's own public API answers, asked in process with the page's API paths (never a fetch over the
 * network to our own origin, never with the visitor's cookie): the same handlers, access rules and views as the
 * browser's requests, so a server-rendered page can show nothing a resident's browser could not fetch. They travel in
 * the page as JSON (`<script type="application/json">`, escaped so no value can close the element) and the browser's
 * first render takes them instead of fetching (web/src/core/lib/preloaded.ts), so it matches the HTML.
 */

/**
 * An API answer as embedded in a page: the data of a 200 (the web's `EmbeddedAnswer` also reads a refusal, which the
 * server never embeds: see `answersOf`).
 */
export type EmbeddedAnswer = { ok: true; data: unknown }

/** What the SSR bundle (web/src/entry-server.tsx) exports. */
export interface SsrBundle {
  /** Resolves once every lazily loaded page's code is in. */
  ready: Promise<void>
  /** The id of the element the answers travel in (main.tsx reads the same). */
  dataElementId: string
  /** The HTML of the app at this address with these answers. */
  renderPage(pathname: string, search: string, answers: Readonly<Record<string, EmbeddedAnswer>>): string
}

/** The app's own API in process: `path` is after `/api/v1`, asked as an anonymous GET in Polish. */
export type InProcessApi = (path: string) => Promise<Response>

/**
 * A request that gets the plain page (the shell with its first-view links), never a server rendering: a signed-in
 * staff member (the session cookie, under either of its names) or a request with credentials, for whom the API may
 * answer differently from the anonymous answers a rendering is made of. Personal pages are not rendered at all (no
 * first view declares them).
 */
export function wantsPlainPage(request: Request): boolean {
  if (request.headers.has('Authorization')) return true
  return /(?:^|;\s*)(?:__Host-)?wspolnota_session=/.test(request.headers.get('Cookie') ?? '')
}

/**
 * The answers of `paths`, asked in process; null unless every one is a 200 with JSON: a refusal (an unknown JST, an
 * edition not published) carries a request id of its own, so its page would differ on every request and never
 * revalidate, and a server error or a throttle is for the browser to ask again. Such a page is served unrendered, with
 * its calls preloaded, as before.
 */
export async function answersOf(
  paths: readonly string[],
  ask: InProcessApi,
): Promise<Record<string, EmbeddedAnswer> | null> {
  const answers = await Promise.all(
    paths.map(async (path): Promise<EmbeddedAnswer | null> => {
      const res = await ask(path)
      if (!/json/.test(res.headers.get('Content-Type') ?? '')) return null
      const body: unknown = await res.json().catch(() => undefined)
      if (body === undefined) return null
      return res.status === 200 ? { ok: true as const, data: body } : null
    }),
  )
  if (answers.some((a) => a === null)) return null
  return Object.fromEntries(paths.map((path, i) => [path, answers[i]!]))
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` as `\u003c`… (so no value, a project
 * title with `</script>` or `<!--` included, can end the element or open a comment), and the two line separators
 * JavaScript once refused in strings. `JSON.parse` reads it back unchanged.
 */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The shell's mount point with what it holds (the `<noscript>` note), replaced by the rendered page. */
const MOUNT = /<div id="app">[\s\S]*?<\/div>/
/** Vite's entry script and the preloads of its imports, in the shell's `<head>`. */
const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/
const MODULEPRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g
/** A stylesheet link as Vite writes the entry's and first-view.ts the page's. */
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g
/**
 * The largest page (its HTML without stylesheets, in UTF-16 units) that gets its stylesheets written into it. The
 * first round trip of a new connection carries about 14 KB (TCP's initial window); the app's stylesheets add about
 * 6–7 KB compressed, which a page of this size still leaves within it. A larger page (the project list, the results)
 * would need a second round trip for its own HTML, which costs as much as the stylesheet requests it saves.
 */
export const INLINE_STYLES_MAX_PAGE = 32 * 1024

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The shell (index.html with the page's stylesheets) with the rendered page in its mount point, the answers embedded
 * before `</body>`, and the app's start deferred until the page is painted: the entry script and every module preload
 * (Vite's and the page's `chunks`) become the `data-` of one small classic script, `boot` (web/src/boot.ts), which asks
 * for them after the first paint. Their 80 KiB or more would otherwise share a phone's link with the HTML and the
 * stylesheets the paint waits for. Given its text (`start.script`), that script is written into the page, after the
 * answers (where a deferred script would run), rather than linked: one request fewer before the first paint, which
 * Lighthouse's simulation otherwise counts into the page's LCP. `scripts` lists that text, whose hash the page's policy
 * must allow (`inlineStylesPolicy`). Null when the shell has no mount point or entry script (a build this code does
 * not know).
 *
 * On a page of at most `INLINE_STYLES_MAX_PAGE`, every stylesheet link whose text is in `styles` (the entry's and the
 * page's, kept by the build) becomes a `<style>` with that text, so the first paint waits for no request but the
 * page's own: on a phone each stylesheet was another round trip (and a new connection) before anything showed. The link stays, `disabled` (which a browser does not
 * fetch), so that Vite's loader, which looks for it, does not fetch the sheet again when the page's chunk comes.
 * `inlined` lists the `<style>` texts, whose hashes the page's Content-Security-Policy must allow (`inlineStylesPolicy`).
 */
export function withServerView(
  shell: string,
  html: string,
  answers: Record<string, EmbeddedAnswer>,
  id: string,
  start: { boot: string; chunks: readonly string[]; script?: string | null },
  styles: ReadonlyMap<string, string> = new Map(),
  inlined: string[] = [],
  scripts: string[] = [],
): string | null {
  const mount = MOUNT.exec(shell)
  const end = shell.lastIndexOf('</body>')
  const entry = ENTRY.exec(shell)
  if (!mount || !entry || end < mount.index || entry.index > mount.index) return null
  const before = shell.slice(0, mount.index)
  const chunks = [...[...before.matchAll(MODULEPRELOAD)].map((m) => m[1]!), ...start.chunks]
  const data_ = `data-entry="${entry[1]}" data-chunks="${attribute(chunks.join(' '))}"`
  // The start's text in the page, at its end (where a deferred script would run), when the build gave it: one request
  // fewer before the first paint. A text that could end the element is never written (no build makes one).
  const script = start.script && !/<\/script/i.test(start.script) ? start.script : null
  const boot = script ? '' : `<script defer src="${attribute(start.boot)}" ${data_}></script>`
  const head = before.replace(MODULEPRELOAD, '').replace(ENTRY, () => boot)
  const data =
    `<script type="application/json" id="${id}">${embeddedJson({ answers })}</script>\n  ` +
    (script ? `<script ${data_}>${script}</script>\n  ` : '')
  if (script) scripts.push(script)
  const at = mount.index + mount[0].length
  const page = `<div id="app">${html}</div>${shell.slice(at, end)}${data}${shell.slice(end)}`
  if (head.length + page.length > INLINE_STYLES_MAX_PAGE) return head + page
  const styled = head.replace(STYLESHEET, (link, href: string) => {
    const css = styles.get(href)
    // A text that could end the element is never written (no build makes one).
    if (css === undefined || /<\/style/i.test(css)) return link
    inlined.push(css)
    return `<style>${css}</style><link rel="stylesheet" crossorigin href="${href}" disabled>`
  })
  return styled + page
}

const sources = new Map<string, Promise<string>>()
/**
 * The CSP source that allows a `<style>` with this text (`'sha256-…'` of its UTF-8 bytes, as browsers compute it),
 * with the runtime's Web Crypto on both runtimes; computed once per text, of which a build has a handful.
 */
export function styleSource(css: string): Promise<string> {
  return hashSource(css)
}

/** The CSP source (`'sha256-…'`) of an inline element's text: a `<style>`'s (`styleSource`) or a `<script>`'s. */
export function hashSource(text: string): Promise<string> {
  let source = sources.get(text)
  if (!source) {
    source = crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((digest) => {
      let binary = ''
      for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte)
      return `'sha256-${btoa(binary)}'`
    })
    sources.set(text, source)
  }
  return source
}

/**
 * The `<style>` and `<script>` sources of each page rendered for a request, until the policy middleware has put them
 * in its CSP.
 */
const pageStyles = new WeakMap<Request, string[]>()
const pageScripts = new WeakMap<Request, string[]>()

/** `policy` with `sources` added to its `directive` (which, when absent, starts from `'self'`). */
function withSources(policy: string, directive: string, sources: readonly string[]): string {
  if (!sources.length) return policy
  const extra = sources.join(' ')
  const found = new RegExp(`(^|;\\s*)${directive} ([^;]*)`)
  return found.test(policy)
    ? policy.replace(found, (_, start: string, value: string) => `${start}${directive} ${value.trim()} ${extra}`)
    : `${policy}; ${directive} 'self' ${extra}`
}

/**
 * The app's Content-Security-Policy for a page rendered on the server with its stylesheets and start inside
 * (`withServerView`): the hashes of exactly those `<style>` texts are added to its `style-src` and that of its start's
 * text to its `script-src`, so the policy still allows no other inline style or script (no `'unsafe-inline'`), and
 * every other answer keeps the policy as it is. Registered before (around) the
 * middleware that sets the policy, whose header it then amends.
 */
export function inlineStylesPolicy(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const styles = pageStyles.get(c.req.raw) ?? []
    const scripts = pageScripts.get(c.req.raw) ?? []
    const policy = c.res.headers.get('Content-Security-Policy')
    if ((!styles.length && !scripts.length) || !policy) return
    c.res.headers.set(
      'Content-Security-Policy',
      withSources(withSources(policy, 'style-src', styles), 'script-src', scripts),
    )
  }
}

/**
 * The page at `url` rendered on the server, or null when it is not to be rendered here (no `ssr` first view, a query
 * string the server cannot map, a staff session, an API answer that is not a 200, a rendering that failed):
 * the caller then serves the shell as before. `shell` is index.html with the page's first-view links (chunks and
 * stylesheets only: the answers are in the page and its code comes after the paint; see `withServerView`).
 */
export async function renderServerView(
  bundle: SsrBundle,
  request: Request,
  view: FirstViewMatch,
  shell: string,
  ask: InProcessApi,
): Promise<string | null> {
  if (!view.route.ssr || !view.boot || !view.complete || request.method !== 'GET' || wantsPlainPage(request))
    return null
  try {
    const answers = await answersOf(view.api, ask)
    if (!answers) return null
    await bundle.ready
    const url = new URL(request.url)
    const html = bundle.renderPage(url.pathname, url.search, answers)
    const inlined: string[] = []
    const scripts: string[] = []
    const page = withServerView(
      shell,
      html,
      answers,
      bundle.dataElementId,
      { boot: view.boot, chunks: view.route.scripts, script: view.bootScript },
      view.styles,
      inlined,
      scripts,
    )
    if (page && inlined.length) pageStyles.set(request, await Promise.all(inlined.map(hashSource)))
    if (page && scripts.length) pageScripts.set(request, await Promise.all(scripts.map(hashSource)))
    return page
  } catch (error) {
    console.error('ssr', new URL(request.url).pathname, error)
    return null
  }
}

/**
 * The `Vary` of a page that may be rendered on the server: its bytes also depend on the session cookie (a staff member
 * gets the plain page), which a shared cache must know.
 */
export const SSR_VARY = 'Accept-Encoding, Cookie'
