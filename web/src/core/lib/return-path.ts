/**
 * The page to go back to after login (`?powrot=…`), or null when the value could lead anywhere but a page of this
 * site. Browsers strip tabs and line breaks from URLs and read `\` as `/`, so `/\t/evil.example` looks local to a
 * prefix check yet opens evil.example: the value is refused if it holds a control character or a backslash, and what
 * is kept is the path the browser itself resolves against this site's origin, only when that origin is unchanged.
 * No DOM here, so a Node unit test can check it (the login page passes `location.origin`).
 */
export function safeReturnPath(value: string | null, origin: string): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return null
  }
  if (url.origin !== new URL(origin).origin) return null
  const path = url.pathname + url.search + url.hash
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/panel/logowanie')) return null
  return path
}
