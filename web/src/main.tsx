import { render } from 'preact'
import { App } from './App'
import { applyLang, loadCurrentCatalog } from './core/i18n'
import { pagesReady } from './core/lib/lazy'
import { takePreloads } from './core/lib/preloaded'
import { startRouter } from './router'
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

void Promise.all([loadCurrentCatalog(), takePreloads(deadline)]).then(async () => {
  applyLang()
  startRouter()
  const root = document.getElementById('app')
  if (!root) return
  // Rendered hidden and shown once the page's own code is in (or at the deadline), so that the first paint is the
  // page with its content, not a loading line that the content then pushes down the screen.
  root.hidden = true
  root.textContent = ''
  render(<App />, root)
  await Promise.race([pagesReady(), untilDeadline()])
  root.hidden = false
})
