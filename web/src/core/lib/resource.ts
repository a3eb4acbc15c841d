import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { api, ApiError } from './api'
import { preloadedAnswer, preloadedRequest } from './preloaded'

export type Resource<T> =
  | { status: 'loading'; data: T | null; error: null; reload: () => void }
  | { status: 'ok'; data: T; error: null; reload: () => void }
  | { status: 'error'; data: T | null; error: ApiError; reload: () => void }

/**
 * Loads `path` from the API (null: nothing to load yet) and reloads when it changes. On the first view its first render
 * starts from the answer the server preloaded with the page, when it has arrived (preloaded.ts), instead of a loading
 * state; every later load, a reload included, asks the API.
 */
export function useResource<T>(path: string | null): Resource<T> {
  // The preloaded path the first render started from (answered) or waits for, until the first load has used it.
  const initial = useRef<{ path: string; answered: boolean } | null>(null)
  const [result, setResult] = useState<{ status: 'loading' | 'ok' | 'error'; data: T | null; error: ApiError | null }>(
    () => {
      const preloaded = path === null ? undefined : preloadedAnswer<T>(path)
      if (path !== null && (preloaded || preloadedRequest(path))) initial.current = { path, answered: !!preloaded }
      if (preloaded?.ok) return { status: 'ok', data: preloaded.data, error: null }
      if (preloaded) return { status: 'error', data: null, error: preloaded.error }
      return { status: 'loading', data: null, error: null }
    },
  )
  const [tick, setTick] = useState(0)
  const last = useRef<string | null>(null)

  useEffect(() => {
    if (path === null) return
    const first = initial.current?.path === path ? initial.current : null
    initial.current = null
    const samePath = last.current === path
    last.current = path
    if (first?.answered) return
    const controller = new AbortController()
    setResult((prev) => ({ status: 'loading', data: samePath ? prev.data : null, error: null }))
    ;((first && preloadedRequest<T>(path)) || api<T>(path, { signal: controller.signal }))
      .then((data) => {
        if (!controller.signal.aborted) setResult({ status: 'ok', data, error: null })
      })
      .catch((error: unknown) => {
        if ((error as Error)?.name === 'AbortError' || controller.signal.aborted) return
        setResult((prev) => ({
          status: 'error',
          data: prev.data,
          error: error instanceof ApiError ? error : new ApiError(0, {}),
        }))
      })
    return () => controller.abort()
  }, [path, tick])

  // Busy from the moment a reload is asked for, not only once the effect has run: a page that says "saved" and
  // reloads is never seen (or read by a screen reader) as settled on the old data in between.
  const reload = useCallback(() => {
    setResult((prev) => ({ status: 'loading', data: prev.data, error: null }))
    setTick((n) => n + 1)
  }, [])
  return { ...result, reload } as Resource<T>
}
