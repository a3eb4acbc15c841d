import { getRouterState } from '../../router'
import { getLang } from '../i18n'
import { api, API, ApiError, type Problem } from './api'

/**
 * The API answers the server preloaded for this page (`<link rel="preload" as="fetch">` in its HTML, named by the
 * page's first view: worker/core/http/first-view.ts), taken before the first render so that the page paints with its
 * content rather than a loading state that the content then pushes down.
 *
 * Every one of them is taken here, at start-up, by a plain public request. That is not only for speed: a browser hands
 * a preloaded answer to the first `fetch` of the same URL whatever that request's headers or cache mode, so a request
 * carrying a voting session's or an author's token must never be the first to ask for a preloaded URL.
 */
type Answer = { ok: true; data: unknown } | { ok: false; error: ApiError }

const requests = new Map<string, Promise<unknown>>()
const answers = new Map<string, Answer>()

/** Only the first view is served from the preloads: after a navigation every page asks for fresh data. */
const firstView = () => getRouterState().navId === 0

/**
 * Takes every preloaded API answer of the page and resolves once all have arrived or `deadline` (a `performance.now()`
 * time) has passed, whichever is first; main.tsx renders then. A refusal is kept as the answer when its texts are in
 * the interface's language; one in another language (the preload was asked in the browser's `Accept-Language`) or a
 * failed connection is asked again, as the page itself would.
 */
export function takePreloads(deadline: number): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve()
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')) {
    const url = new URL(link.href, location.href)
    if (url.origin !== location.origin || !url.pathname.startsWith(`${API}/`)) continue
    const path = url.pathname.slice(API.length) + url.search
    if (requests.has(path)) continue
    const request = api(path).catch((error: unknown) => {
      if (error instanceof ApiError && error.status !== 0 && (error.language ?? getLang()) === getLang()) throw error
      return api(path)
    })
    request.then(
      (data) => answers.set(path, { ok: true, data }),
      (error: unknown) =>
        answers.set(path, { ok: false, error: error instanceof ApiError ? error : new ApiError(0, {}) }),
    )
    requests.set(path, request)
  }
  if (!requests.size) return Promise.resolve()
  const all = Promise.allSettled(requests.values()).then(() => undefined)
  return Promise.race([all, new Promise<void>((done) => setTimeout(done, Math.max(0, deadline - performance.now())))])
}

/**
 * An API answer as the server embeds it in a page it rendered (worker/core/http/ssr.ts): the data of a 200, or the
 * status and problem document of a refusal (an unknown JST, an edition not yet published).
 */
export type EmbeddedAnswer = { ok: true; data: unknown } | { ok: false; status: number; problem: Problem }

/**
 * Takes the answers a server-rendered page came with as the first view's answers, exactly as if they had been
 * preloaded: the first render shows what the server showed, and nothing is asked again. On the server (entry-server.tsx)
 * the same call gives the page its data for one render; `clearAnswers` forgets them afterwards.
 */
export function seedAnswers(embedded: Readonly<Record<string, EmbeddedAnswer>>): void {
  for (const [path, answer] of Object.entries(embedded)) {
    const taken: Answer = answer.ok
      ? { ok: true, data: answer.data }
      : { ok: false, error: new ApiError(answer.status, answer.problem ?? {}) }
    answers.set(path, taken)
    const request = taken.ok ? Promise.resolve(taken.data) : Promise.reject(taken.error)
    request.catch(() => {})
    requests.set(path, request)
  }
}

/** The id of the `<script type="application/json">` a server-rendered page carries its answers in. */
export const SERVER_DATA_ID = 'ssr-data'

/**
 * Takes the answers of a page the server rendered (`seedAnswers`) and says whether it was one: main.tsx then renders
 * over the server's HTML instead of into an empty page.
 */
export function takeServerAnswers(): boolean {
  const text = typeof document === 'undefined' ? null : document.getElementById(SERVER_DATA_ID)?.textContent
  if (!text) return false
  try {
    const data = JSON.parse(text) as { answers?: Record<string, EmbeddedAnswer> }
    if (!data.answers || typeof data.answers !== 'object') return false
    seedAnswers(data.answers)
    return true
  } catch {
    return false
  }
}

/** Forgets every answer (the server, after each page it rendered). */
export function clearAnswers(): void {
  answers.clear()
  requests.clear()
}

/** The preloaded answer for `path` once it has arrived, during the first view: the state a page's first render shows. */
export function preloadedAnswer<T>(path: string): { ok: true; data: T } | { ok: false; error: ApiError } | undefined {
  return firstView() ? (answers.get(path) as { ok: true; data: T } | { ok: false; error: ApiError }) : undefined
}

/** The preloaded request for `path` during the first view, for a page rendered before its answer arrived. */
export function preloadedRequest<T>(path: string): Promise<T> | undefined {
  return firstView() ? (requests.get(path) as Promise<T> | undefined) : undefined
}
