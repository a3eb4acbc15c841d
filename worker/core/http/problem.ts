import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** One field's complaint, shown next to that field in the UI. */
export interface FieldError {
  field: string
  detail: string
}

const titles: Record<number, string> = {
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

/** Writes a problem document; `detail` is Polish because it is shown to people as it is. */
export function problem(c: Context, error: ApiError): Response {
  const body = {
    type: error.options.type ?? 'about:blank',
    title: titles[error.status] ?? 'Błąd',
    status: error.status,
    detail: error.detail,
    instance: new URL(c.req.url).pathname,
    requestId: c.get('requestId' as never) as string | undefined,
    ...(error.options.errors?.length ? { errors: error.options.errors } : {}),
  }
  return c.body(JSON.stringify(body), error.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    ...error.options.headers,
  })
}

export const notFound = (what = 'Nie znaleziono zasobu.') => new ApiError(404, what)
export const forbidden = (why = 'Nie masz uprawnień do tej operacji.') => new ApiError(403, why)
export const unauthorized = () => new ApiError(401, 'Zaloguj się, aby kontynuować.')
