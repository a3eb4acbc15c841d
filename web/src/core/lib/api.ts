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
  /**
   * The language the problem's texts are in (`Content-Language`), which is the request's `Accept-Language`: a
   * preloaded answer was asked in the browser's languages, not the interface's (see preloaded.ts).
   */
  readonly language: string | null

  constructor(status: number, problem: Problem, retryAfter: number | null = null, language: string | null = null) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
    this.language = language
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

/**
 * The web app's one request to the API: JSON or multipart form data, with the staff session's cookie or, for the
 * account-free paths of residents (an author's key from the e-mailed link, a voting session), a bearer token. An
 * error answer becomes an `ApiError` with the problem+json body and `Retry-After`; a 401 on the staff session (no
 * token) tells the session store, so the panel asks to sign in again.
 */
export async function api<T = unknown>(
  path: string,
  options: {
    method?: Method
    body?: unknown
    form?: FormData
    token?: string | null
    signal?: AbortSignal
    /** Lets a request outlive the page (a draft saved as the tab closes). */
    keepalive?: boolean
  } = {},
): Promise<T> {
  const { method = 'GET', body, form, token, signal, keepalive } = options
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLang() }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetch(`${API}${path}`, {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: 'same-origin',
      signal,
      keepalive,
    })
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error
    throw new ApiError(0, {})
  }
  if (response.status === 204) return undefined as T
  const type = response.headers.get('Content-Type') ?? ''
  const data: unknown = type.includes('json') ? await response.json().catch(() => null) : null
  if (!response.ok) {
    const problem = (data && typeof data === 'object' ? data : {}) as Problem
    const error = new ApiError(
      response.status,
      problem,
      parseRetryAfter(response.headers.get('Retry-After')),
      response.headers.get('Content-Language'),
    )
    if (response.status === 401 && !token && !path.startsWith('/auth/login')) {
      for (const listener of unauthorisedListeners) listener()
    }
    throw error
  }
  return (data ?? undefined) as T
}

export const enc = encodeURIComponent
