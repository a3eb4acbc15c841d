import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { api, ApiError } from './api'

export type Resource<T> =
  | { status: 'loading'; data: T | null; error: null; reload: () => void }
  | { status: 'ok'; data: T; error: null; reload: () => void }
  | { status: 'error'; data: T | null; error: ApiError; reload: () => void }

/** Loads `path` from the API (null: nothing to load yet) and reloads when it changes. */
export function useResource<T>(path: string | null): Resource<T> {
  const [result, setResult] = useState<{ status: 'loading' | 'ok' | 'error'; data: T | null; error: ApiError | null }>({
    status: 'loading',
    data: null,
    error: null,
  })
  const [tick, setTick] = useState(0)
  const last = useRef<string | null>(null)

  useEffect(() => {
    if (path === null) return
    const controller = new AbortController()
    const samePath = last.current === path
    last.current = path
    setResult((prev) => ({ status: 'loading', data: samePath ? prev.data : null, error: null }))
    api<T>(path, { signal: controller.signal })
      .then((data) => setResult({ status: 'ok', data, error: null }))
      .catch((error: unknown) => {
        if ((error as Error)?.name === 'AbortError') return
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
