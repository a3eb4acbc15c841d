import { useEffect, useState } from 'preact/hooks'
import { api, ApiError, onUnauthorised } from './api'
import type { User } from './types'

/** Who is signed in: `unknown` before the first check, then `in` or `out`. */
export type SessionStatus = 'unknown' | 'in' | 'out'
export interface SessionState {
  status: SessionStatus
  user: User | null
  /** Set when the first check failed for a reason other than "not signed in" (network, server error). */
  error: ApiError | null
}

let state: SessionState = { status: 'unknown', user: null, error: null }
let pending: Promise<void> | null = null
const listeners = new Set<() => void>()

function set(next: SessionState): void {
  state = next
  for (const listener of listeners) listener()
}

onUnauthorised(() => {
  if (state.status === 'in') set({ status: 'out', user: null, error: null })
})

export function loadSession(force = false): Promise<void> {
  if (pending && !force) return pending
  if (state.status !== 'unknown' && !force) return Promise.resolve()
  pending = api<{ user: User }>('/auth/me')
    .then(({ user }) => set({ status: 'in', user, error: null }))
    .catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) set({ status: 'out', user: null, error: null })
      else set({ status: 'out', user: null, error: error instanceof ApiError ? error : new ApiError(0, {}) })
    })
    .finally(() => {
      pending = null
    })
  return pending
}

export function signedIn(user: User): void {
  set({ status: 'in', user, error: null })
}

export async function signOut(everywhere = false): Promise<void> {
  await api(everywhere ? '/auth/logout-all' : '/auth/logout', { method: 'POST' })
  set({ status: 'out', user: null, error: null })
}

export function useSession(): SessionState {
  const [current, setCurrent] = useState(state)
  useEffect(() => {
    const listener = () => setCurrent(state)
    listeners.add(listener)
    listener()
    if (state.status === 'unknown') void loadSession()
    return () => {
      listeners.delete(listener)
    }
  }, [])
  return current
}
