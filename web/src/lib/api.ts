import { getLang } from '../i18n'

/** RFC 9457 problem details as returned by the API; `detail` and field details are Polish, ready to show. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  requestId?: string
  errors?: { field: string; detail: string }[]
}

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  /** Seconds from the `Retry-After` header, when the server sent one (throttling). */
  readonly retryAfter: number | null

  constructor(status: number, problem: Problem, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
  }
}

export const API = '/api/v1'

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

const unauthorisedListeners = new Set<() => void>()

/** Lets the session store learn that the server no longer recognises the session. */
export function onUnauthorised(listener: () => void): () => void {
  unauthorisedListeners.add(listener)
  return () => unauthorisedListeners.delete(listener)
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

export async function api<T = unknown>(
  path: string,
  options: { method?: Method; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const { method = 'GET', body, signal } = options
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLang() }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`${API}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    })
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error
    throw new ApiError(0, {})
  }
  if (response.status === 204 || response.status === 202) {
    // 202 may carry a body, but nothing in the UI needs it.
    return undefined as T
  }
  const type = response.headers.get('Content-Type') ?? ''
  const isJson = type.includes('json')
  const data: unknown = isJson ? await response.json().catch(() => null) : null
  if (!response.ok) {
    const problem = (data && typeof data === 'object' ? data : {}) as Problem
    const error = new ApiError(response.status, problem, parseRetryAfter(response.headers.get('Retry-After')))
    if (response.status === 401 && !path.startsWith('/auth/login')) {
      for (const listener of unauthorisedListeners) listener()
    }
    throw error
  }
  return data as T
}

export const enc = encodeURIComponent
