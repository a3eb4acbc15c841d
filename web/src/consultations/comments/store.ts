import { useEffect, useState } from 'preact/hooks'
import { api, ApiError } from '../../core/lib/api'
import { commentsApi } from './api'
import type { PublicComments } from './types'

type State =
  | { status: 'loading'; data: null; error: null }
  | { status: 'ok'; data: PublicComments; error: null }
  | { status: 'error'; data: null; error: ApiError }

interface Entry {
  state: State
  listeners: Set<(s: State) => void>
}

const entries = new Map<string, Entry>()

function load(path: string, entry: Entry) {
  api<PublicComments>(path)
    .then((data) => publish(entry, { status: 'ok', data, error: null }))
    .catch((error: unknown) =>
      publish(entry, { status: 'error', data: null, error: error instanceof ApiError ? error : new ApiError(0, {}) }),
    )
}

function publish(entry: Entry, state: State) {
  entry.state = state
  for (const listener of entry.listeners) listener(state)
}

/**
 * The consultation's public comments, asked for once however many paragraphs show theirs: every paragraph of the
 * draft and the comments' section read the same answer. The answer is forgotten when the last reader leaves the
 * page, so the next visit asks again.
 */
export function usePublicComments(slug: string, number: string): State {
  const path = commentsApi.list(slug, number)
  const [state, setState] = useState<State>(
    () => entries.get(path)?.state ?? { status: 'loading', data: null, error: null },
  )
  useEffect(() => {
    let entry = entries.get(path)
    if (!entry) {
      entry = { state: { status: 'loading', data: null, error: null }, listeners: new Set() }
      entries.set(path, entry)
      load(path, entry)
    }
    const current = entry
    current.listeners.add(setState)
    setState(current.state)
    return () => {
      current.listeners.delete(setState)
      if (current.listeners.size === 0) entries.delete(path)
    }
  }, [path])
  return state
}
