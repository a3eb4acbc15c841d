import { RESERVED } from './context'

/**
 * What a public page needs for its first paint, declared next to its route so that the server can name it in the
 * page's HTML before any script runs: the browser then downloads the page's own code (`<link rel="modulepreload">`)
 * and asks the API (`<link rel="preload" as="fetch">`) while it is still fetching the entry script, instead of entry →
 * page code → API one after the other — on a phone over a slow link each step costs a round trip of 150 ms or more.
 *
 * The tables are plain data, read by the build rather than shipped to the browser: `vite build` (the `firstView`
 * plugin in vite.config.ts) takes this file's `firstView` and every module's `web/src/<module>/first-view.ts`, turns
 * each `page` into the files of its chunk, and writes `first-view.json`, which the server reads on both runtimes
 * (worker/core/http/first-view.ts). A page missing here still works; it only waits for its data as before.
 */
export interface FirstView {
  /** The page's URL pattern, exactly as in its route table (`:name` stands for one path segment). */
  pattern: string
  /**
   * Regular expressions a segment must match for the route to be the page (the web's own checks, such as a four-digit
   * budget year or a JST slug that is not a reserved word): an address that shows "not found" needs no data.
   */
  where?: Readonly<Record<string, string>>
  /**
   * The page's source file under web/src (`budget/voting/Results.tsx`) when its code is downloaded on first visit
   * (`lazyPage`); the build names the chunk and every chunk and stylesheet it imports. Left out for pages in the entry.
   */
  page?: string
  /**
   * The API GETs of the page's first render, exactly as the web asks for them (the path after `/api/v1`, `:name`
   * filled with the URL's segment, encoded as `encodeURIComponent` does): each is preloaded, and a preload the page
   * does not then make is a wasted request and a console warning.
   */
  api: readonly string[]
  /**
   * Those of `api` whose query the page builds from its own query string (a filtered project list): preloaded only
   * for the address without one, since the server does not know how the page maps its filters.
   */
  filtered?: readonly string[]
  /**
   * Rendered on the server with the answers of `api` (worker/core/http/ssr.ts), so that its content paints with the
   * HTML. Only for a public page whose first render needs nothing but the address and those anonymous answers: what a
   * browser keeps for itself (a voting session, an author's key) may change the page after its first render, never
   * what the server renders. A staff member signed in always gets the page unrendered.
   */
  ssr?: boolean
}

/** A path segment that is a JST's slug: any segment except the words the platform keeps for itself (`panel`, …). */
export const SLUG = `^(?!(?:${[...RESERVED].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$).+$`

/** The core's public pages that visits start on: the platform's home page (the JST list) and a JST's home page. */
export const firstView: readonly FirstView[] = [
  { pattern: '/', api: ['/jst'], ssr: true },
  { pattern: '/:slug', where: { slug: SLUG }, api: ['/jst/:slug'], ssr: true },
]
