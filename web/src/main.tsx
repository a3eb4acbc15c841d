import { render } from 'preact'
import { App, pageCode } from './App'
import { applyLang, loadCurrentCatalog } from './core/i18n'
import { pagesReady } from './core/lib/lazy'
import { SERVER_DATA_ID, takePreloads, takeServerAnswers } from './core/lib/preloaded'
import { getRouterState, startRouter } from './router'
import './styles.css'

/**
 * How long the first view may wait for what the server preloaded with the page (its API answers, its page code)
 * before it is shown anyway, with loading states where something is missing. The preloads start with the HTML, so on
 * a phone they are normally there when this script has run; on a very slow link a loading line after this long says
 * more than an empty page.
 */
const FIRST_VIEW_WAIT_MS = 1500

const deadline = performance.now() + FIRST_VIEW_WAIT_MS
const untilDeadline = () => new Promise<void>((done) => setTimeout(done, Math.max(0, deadline - performance.now())))

/** A page the server rendered (worker/core/http/ssr.ts) carries the answers it was rendered from. */
const serverRendered = takeServerAnswers()

void Promise.all([loadCurrentCatalog(), takePreloads(deadline)]).then(async () => {
  applyLang()
  startRouter()
  const root = document.getElementById('app')
  if (!root) return
  if (serverRendered) {
    // The page is on screen already. The first render goes over the server's elements and keeps them, once the page's
    // own code is in (as the server rendered it, not its loading state). `render` rather than `hydrate`: it also
    // compares every attribute, so whatever differs from the server's view (English chosen earlier, a vote this
    // browser resumes) is corrected instead of left half-updated.
    await Promise.race([pageCode(getRouterState().path), untilDeadline()])
    render(<App />, root)
    // Taken: the answers live on in the app's state, and the element's absence says the page is now the app's.
    document.getElementById(SERVER_DATA_ID)?.remove()
    return
  }
  // Rendered hidden and shown once the page's own code is in (or at the deadline), so that the first paint is the
  // page with its content, not a loading line that the content then pushes down the screen.
  root.hidden = true
  root.textContent = ''
  render(<App />, root)
  await Promise.race([pagesReady(), untilDeadline()])
  root.hidden = false
})
