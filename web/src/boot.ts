/**
 * The app's start on a page rendered on the server (worker/core/http/ssr.ts): a tiny classic script the server puts
 * in place of the entry's `<script type="module">`, which asks for the entry and the page's chunks only once the
 * server's HTML has been painted. The page's content needs no script to show; asked for with the HTML, the app's code
 * (some 80 KiB) shares a slow phone's link with the HTML and stylesheets that the first paint waits for. Built by the
 * `firstView` plugin of vite.config.ts, whose text (`bootScript` in `first-view.json`) the server writes at the end of
 * the page, allowed by its hash in the page's policy (no request before the paint; a build's hashed file `boot` is
 * still linked with `defer` when the table has no text); the server fills in `data-entry` and `data-chunks`.
 */
const script = document.currentScript as HTMLScriptElement | null
let started = false

function start(): void {
  if (started || !script?.dataset.entry) return
  started = true
  for (const href of (script.dataset.chunks ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    link.href = href
    document.head.append(link)
  }
  const entry = document.createElement('script')
  entry.type = 'module'
  entry.crossOrigin = ''
  entry.src = script.dataset.entry
  document.head.append(entry)
}

// Once the page's largest content is on screen (the browser reports it when the frame is shown, which is later than
// the frame's own callbacks), or after the next frame where that is not reported. A tab in the background paints
// nothing, so a timer starts it there.
if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) {
  new PerformanceObserver(() => setTimeout(start, 0)).observe({ type: 'largest-contentful-paint', buffered: true })
} else {
  requestAnimationFrame(() => setTimeout(start, 0))
}
setTimeout(start, 1000)
