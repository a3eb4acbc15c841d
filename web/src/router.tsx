import type { ComponentChildren, JSX } from 'preact'
import { useEffect, useState } from 'preact/hooks'

/**
 * A small history-API router. Same-origin links anywhere in the document are intercepted (so plain `<a href>`
 * works in every page, including module pages written elsewhere), `popstate` is followed, and after every
 * navigation focus goes to the new page's main heading (see `PageHeading`) so screen readers announce the page.
 */

export interface RouterState {
  path: string
  search: string
  /** Increases with every navigation; the initial load is 0 and does not move focus. */
  navId: number
}

const listeners = new Set<() => void>()
/** On the server (web/src/entry-server.tsx) there is no `location`: the address is set for each page rendered. */
let state: RouterState = typeof location === 'undefined' ? { path: '/', search: '', navId: 0 } : readLocation(0)
let focusRequestedFor = -1

function readLocation(navId: number): RouterState {
  const path = normalise(location.pathname)
  return { path, search: location.search, navId }
}

/**
 * The address the server renders a page for (web/src/entry-server.tsx): it has no `location`, and a server render is
 * synchronous, so setting the one router state right before it is safe. Always the first view (`navId` 0).
 */
export function serverLocation(pathname: string, search = ''): void {
  state = { path: normalise(pathname), search, navId: 0 }
}

function normalise(path: string): string {
  if (path.length > 1 && path.endsWith('/')) return path.replace(/\/+$/, '') || '/'
  return path
}

function notify(): void {
  for (const listener of listeners) listener()
}

export function getRouterState(): RouterState {
  return state
}

export function navigate(to: string, options: { replace?: boolean; focus?: boolean } = {}): void {
  const url = new URL(to, location.href)
  if (url.origin !== location.origin) {
    location.assign(url.href)
    return
  }
  const target = url.pathname + url.search + url.hash
  if (options.replace) history.replaceState(null, '', target)
  else history.pushState(null, '', target)
  state = readLocation(state.navId + 1)
  if (options.focus !== false) focusRequestedFor = state.navId
  if (!url.hash) window.scrollTo(0, 0)
  notify()
}

/** Called by the page heading: true once per navigation, for the first heading that asks. */
export function takeFocusRequest(navId: number): boolean {
  if (focusRequestedFor !== navId) return false
  focusRequestedFor = -1
  return true
}

function shouldIntercept(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0) return false
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false
  if (anchor.target && anchor.target !== '_self') return false
  if (anchor.hasAttribute('download') || anchor.getAttribute('rel')?.includes('external')) return false
  const href = anchor.getAttribute('href')
  if (!href || href.startsWith('#') || href.startsWith('mailto:') || href.startsWith('tel:')) return false
  const url = new URL(anchor.href, location.href)
  if (url.origin !== location.origin) return false
  if (url.pathname.startsWith('/api/')) return false
  return true
}

let started = false

/** Installs the link and history listeners once. */
export function startRouter(): void {
  if (started) return
  started = true
  window.addEventListener('popstate', () => {
    state = readLocation(state.navId + 1)
    focusRequestedFor = state.navId
    notify()
  })
  document.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a')
    if (!anchor || !shouldIntercept(event, anchor)) return
    event.preventDefault()
    const url = new URL(anchor.href, location.href)
    navigate(url.pathname + url.search + url.hash)
  })
}

export function useLocation(): RouterState {
  const [current, setCurrent] = useState(state)
  useEffect(() => {
    const listener = () => setCurrent(state)
    listeners.add(listener)
    listener()
    return () => {
      listeners.delete(listener)
    }
  }, [])
  return current
}

export function useSearchParam(name: string): string | null {
  const { search } = useLocation()
  return new URLSearchParams(search).get(name)
}

export type Params = Record<string, string>

function compile(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${source}$`)
}

const compiled = new Map<string, RegExp>()

export function matchPath(pattern: string, path: string): Params | null {
  let re = compiled.get(pattern)
  if (!re) {
    re = compile(pattern)
    compiled.set(pattern, re)
  }
  const m = re.exec(path)
  if (!m) return null
  const params: Params = {}
  for (const [key, value] of Object.entries(m.groups ?? {})) {
    try {
      params[key] = decodeURIComponent(value)
    } catch {
      params[key] = value
    }
  }
  return params
}

/** `aria-current="page"` for the link to the page being shown. */
export function NavLink({
  href,
  exact = true,
  children,
  ...rest
}: JSX.HTMLAttributes<HTMLAnchorElement> & { href: string; exact?: boolean; children?: ComponentChildren }) {
  const { path } = useLocation()
  const active = exact ? path === href : path === href || path.startsWith(`${href}/`)
  return (
    <a href={href} aria-current={active ? 'page' : undefined} {...rest}>
      {children}
    </a>
  )
}
