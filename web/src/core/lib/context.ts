/** Top-level path segments that are not JST slugs. */
export const RESERVED = new Set([
  'panel',
  'przeliczenie',
  'deklaracja-dostepnosci',
  'rodo',
  'api',
  'assets',
  'dev',
  'admin',
  'static',
  'organizacje',
])
const PANEL_RESERVED = new Set(['logowanie', 'reset-hasla', 'zaproszenie', 'jst'])

/** The JST whose pages are shown: `/:slug/...` publicly or `/panel/:slug/...` in the staff panel. */
export function tenantSlugOf(path: string): { slug: string; panel: boolean } | null {
  const parts = path.split('/').filter(Boolean)
  if (parts.length === 0) return null
  if (parts[0] === 'panel') {
    const slug = parts[1]
    if (!slug || PANEL_RESERVED.has(slug)) return null
    return { slug: safeDecode(slug), panel: true }
  }
  if (RESERVED.has(parts[0])) return null
  return { slug: safeDecode(parts[0]), panel: false }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export function tenantPath(slug: string, sub = ''): string {
  return `/${encodeURIComponent(slug)}${sub ? `/${sub}` : ''}`
}

export function panelPath(slug: string, sub = ''): string {
  return `/panel/${encodeURIComponent(slug)}${sub ? `/${sub}` : ''}`
}
