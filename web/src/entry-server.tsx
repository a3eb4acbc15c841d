import { renderToString } from 'preact-render-to-string'
import { App } from './App'
import { loadAllPages } from './core/lib/lazy'
import { clearAnswers, seedAnswers, SERVER_DATA_ID, type EmbeddedAnswer } from './core/lib/preloaded'
import { serverLocation } from './router'

/**
 * The web app on the server: the same `App` the browser runs, rendered to a string for the first view of a public page
 * (worker/core/http/ssr.ts calls it on both runtimes; `vite.ssr.config.ts` bundles this file with everything it imports
 * into one module). The page's data are the answers the server took from its own API in process, exactly the answers
 * the browser's first render would otherwise fetch; they are embedded in the page and taken again by main.tsx, so the
 * browser's first render matches this one. Nothing here touches `window`: the router's address is set for each render,
 * the language is Polish (the browser switches to one chosen earlier after it has rendered), and effects (the session
 * check, focus, the document title) never run on the server.
 */

/**
 * Every module's page catalogues, registered before any render: the lazy pages import them too, but the server must
 * never render a page before its texts.
 */
import.meta.glob('./*/i18n/pages.ts', { eager: true })

/** Every lazy page's code, loaded once, so that a page rendered here is never its loading state. */
export const ready: Promise<void> = loadAllPages()

/** Where the page's answers travel (`<script type="application/json" id="…">`): main.tsx reads the same id. */
export const dataElementId = SERVER_DATA_ID

/**
 * The HTML of `<App />` at `pathname` (as the browser sends it, percent-encoded) with `answers` (the API answers of
 * its first render, keyed by the path after `/api/v1`). Synchronous, so the module's one router state and answer
 * table belong to this render alone; they are cleared afterwards.
 */
export function renderPage(
  pathname: string,
  search: string,
  answers: Readonly<Record<string, EmbeddedAnswer>>,
): string {
  serverLocation(pathname, search)
  seedAnswers(answers)
  try {
    return renderToString(<App />)
  } finally {
    clearAnswers()
    serverLocation('/')
  }
}
