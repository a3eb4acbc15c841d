import { useEffect, useState } from 'preact/hooks'
import { api, ApiError, enc } from './api'
import { preloadedAnswer, preloadedRequest } from './preloaded'
import type { Tenant } from './types'

/**
 * Public tenant details are needed by both the layout (the JST name in the header, footer links) and the page
 * itself; one cached request per slug serves both. On the first view that is the request the server preloaded with
 * the page (preloaded.ts), and its answer, once arrived, is the first render's state.
 */
const cache = new Map<string, Promise<Tenant>>()
const resolved = new Map<string, Tenant>()
const listeners = new Set<() => void>()
/** JSTs whose preloaded answer has been used: after an invalidation they are asked for afresh. */
const preloadTaken = new Set<string>()

export function fetchTenant(slug: string): Promise<Tenant> {
  let promise = cache.get(slug)
  if (!promise) {
    const path = `/jst/${enc(slug)}`
    // An answer already in (embedded by the server, or a preload that arrived) is known at once, so that a second
    // `useTenant` of the same page never falls back to loading while the promise settles.
    const preloaded = preloadTaken.has(slug) ? undefined : preloadedAnswer<Tenant>(path)
    if (preloaded?.ok) resolved.set(slug, preloaded.data)
    promise = (!preloadTaken.has(slug) && preloadedRequest<Tenant>(path)) || api<Tenant>(path)
    preloadTaken.add(slug)
    cache.set(slug, promise)
    promise
      .then((tenant) => resolved.set(slug, tenant))
      .catch(() => {
        // Errors other than "unknown JST" are retried on the next visit.
        setTimeout(() => cache.delete(slug), 0)
      })
  }
  return promise
}

export function invalidateTenant(slug: string): void {
  cache.delete(slug)
  resolved.delete(slug)
  for (const listener of listeners) listener()
}

export type TenantState =
  | { status: 'loading'; tenant: null; error: null }
  | { status: 'ok'; tenant: Tenant; error: null }
  | { status: 'error'; tenant: null; error: ApiError }

export function useTenant(slug: string | null): TenantState & { reload: () => void } {
  const initial = (): TenantState => {
    const preloaded = slug && !preloadTaken.has(slug) ? preloadedAnswer<Tenant>(`/jst/${enc(slug)}`) : undefined
    const known = slug ? (resolved.get(slug) ?? (preloaded?.ok ? preloaded.data : undefined)) : undefined
    return known ? { status: 'ok', tenant: known, error: null } : { status: 'loading', tenant: null, error: null }
  }
  const [result, setResult] = useState<TenantState>(initial)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    const listener = () => setVersion((v) => v + 1)
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }, [])

  useEffect(() => {
    if (!slug) return
    let live = true
    setResult(initial())
    fetchTenant(slug)
      .then((tenant) => live && setResult({ status: 'ok', tenant, error: null }))
      .catch((error: unknown) => {
        if (!live) return
        setResult({ status: 'error', tenant: null, error: error instanceof ApiError ? error : new ApiError(0, {}) })
      })
    return () => {
      live = false
    }
  }, [slug, version])

  return { ...result, reload: () => slug && invalidateTenant(slug) }
}
