/**
 * A secret from the address's fragment (`#t=…`, `#kod=…`, `#klucz=…` of an e-mailed link), removed from the address
 * bar and the history at once. Links carry secrets in the fragment because a fragment never reaches a server's log;
 * taking it out of the address keeps it off a shared screen and out of the history. Null when the fragment has none,
 * and on the server's render (worker/core/http/ssr.ts), which has no address bar: the browser's render takes it.
 */
export function takeFromFragment(name: string): string | null {
  if (typeof location === 'undefined') return null
  const match = new RegExp(`(?:^#|&)${name}=([^&]+)`).exec(location.hash)
  if (!match) return null
  let value = match[1]!
  try {
    value = decodeURIComponent(value)
  } catch {
    // keep as is
  }
  history.replaceState(history.state, '', location.pathname + location.search)
  return value
}
