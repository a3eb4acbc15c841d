import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { requestLang, translate } from '../i18n'

/** One field's complaint, shown next to that field in the UI. */
export interface FieldError {
  field: string
  detail: string
}

/** Problem titles by status, in Polish (the message ids of the catalogues, which give the other languages). */
export const problemTitles: Readonly<Record<number, string>> = {
  400: 'Niepoprawne dane',
  401: 'Wymagane logowanie',
  403: 'Brak uprawnień',
  404: 'Nie znaleziono',
  409: 'Konflikt',
  413: 'Zbyt duże żądanie',
  415: 'Nieobsługiwany format',
  422: 'Nie można wykonać',
  429: 'Zbyt wiele prób',
  500: 'Błąd serwera',
}

/**
 * An error a handler throws to answer with RFC 9457 problem+json. Thrown rather than returned so that queries and
 * helpers deep in a request can refuse without threading responses back up.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly options: { errors?: FieldError[]; type?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail)
  }
}

/**
 * Writes a problem document. Its `title`, `detail` and each field's `detail` are shown to people as they are, so they
 * come in the request's language (`Accept-Language`): thrown in Polish, which is also what an untranslated text and
 * any other language get, and translated from the catalogues (`worker/core/i18n`) when the request prefers English.
 * `Content-Language` says which one it is, and `Vary` keeps caches from serving one language for the other.
 */
export function problem(c: Context, error: ApiError): Response {
  const lang = requestLang(c.req.header('accept-language'))
  const say = (text: string) => translate(text, lang)
  const errors = error.options.errors
  const body = {
    type: error.options.type ?? 'about:blank',
    title: say(problemTitles[error.status] ?? 'Błąd'),
    status: error.status,
    detail: say(error.detail),
    instance: new URL(c.req.url).pathname,
    requestId: c.get('requestId' as never) as string | undefined,
    ...(errors?.length
      ? { errors: lang === 'pl' ? errors : errors.map((e) => ({ ...e, detail: say(e.detail) })) }
      : {}),
  }
  return c.body(JSON.stringify(body), error.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Language': lang,
    Vary: 'Accept-Language',
    ...error.options.headers,
  })
}

export const notFound = (what = 'Nie znaleziono zasobu.') => new ApiError(404, what)
export const forbidden = (why = 'Nie masz uprawnień do tej operacji.') => new ApiError(403, why)
export const unauthorized = () => new ApiError(401, 'Zaloguj się, aby kontynuować.')
