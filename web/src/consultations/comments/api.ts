import { getLang } from '../../core/i18n'
import { api, ApiError, enc, type Problem } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'

/*
 * The comments' addresses (web and API) and the answers' shapes as the web reads them. The paths are the contract of
 * docs/consultations.md ("Comments"); the shapes are the server's views (worker/consultations/views/comments.ts).
 */

const base = (slug: string, number: string | number) => `/jst/${enc(slug)}/konsultacje/${enc(String(number))}`
const staffBase = (slug: string, number: string | number) =>
  `/jst/${enc(slug)}/staff/konsultacje/${enc(String(number))}`

export const commentsApi = {
  list: (slug: string, number: string | number) => `${base(slug, number)}/comments`,
  submit: (slug: string, number: string | number) => `${base(slug, number)}/comments`,
  confirm: (slug: string, number: string | number) => `${base(slug, number)}/comments/confirm`,
  mine: (slug: string, number: string | number) => `${base(slug, number)}/comments/mine`,
  withdraw: (slug: string, number: string | number) => `${base(slug, number)}/comments/mine/withdraw`,
  survey: (slug: string, number: string | number) => `${base(slug, number)}/survey`,
  document: (slug: string, number: string | number) => `${base(slug, number)}/document`,
  meetings: (slug: string, number: string | number) => `${base(slug, number)}/meetings`,
  staffList: (slug: string, number: string | number, query = '') =>
    `${staffBase(slug, number)}/comments${query ? `?${query}` : ''}`,
  staffIntake: (slug: string, number: string | number) => `${staffBase(slug, number)}/comments`,
  hide: (slug: string, number: string | number, comment: number) =>
    `${staffBase(slug, number)}/comments/${comment}/hide`,
  unhide: (slug: string, number: string | number, comment: number) =>
    `${staffBase(slug, number)}/comments/${comment}/unhide`,
}

export const commentsPaths = {
  /** The page the e-mailed link opens; the token travels in the fragment (`#t=…`), never to a server's log. */
  confirm: (slug: string, number: string | number) => tenantPath(slug, `konsultacje/${number}/uwagi/potwierdz`),
  mine: (slug: string, number: string | number) => tenantPath(slug, `konsultacje/${number}/uwagi/moja`),
  /** Where the consultation's page lists its comments and the general comment's form. */
  section: (slug: string, number: string | number) => `${tenantPath(slug, `konsultacje/${number}`)}#uwagi`,
  staff: (slug: string, number: string | number) => `/panel/${enc(slug)}/konsultacje/${number}/uwagi`,
}

/** Groups of four for reading a receipt aloud or copying it by hand: "KS-7Q4M-9XTA-2PLC" stays as the server wrote it. */
export const normaliseReceipt = (value: string) => value.trim().toUpperCase().replace(/\s+/g, '')

/**
 * A staff intake with its `Idempotency-Key`: the key is made once per filled-in form, so sending it again after a
 * lost answer (a dropped connection on the office's network) records the comment once and answers with the same
 * receipt. The core's `api()` sends no custom headers, so this one request is made here, answering as `api()` does.
 */
export async function postIdempotent<T>(path: string, body: unknown, key: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': getLang(),
        'Content-Type': 'application/json',
        'Idempotency-Key': key,
      },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError(0, {})
  }
  const data: unknown = (response.headers.get('Content-Type') ?? '').includes('json')
    ? await response.json().catch(() => null)
    : null
  if (!response.ok) {
    const retry = Number(response.headers.get('Retry-After'))
    throw new ApiError(
      response.status,
      (data && typeof data === 'object' ? data : {}) as Problem,
      Number.isFinite(retry) && retry > 0 ? retry : null,
      response.headers.get('Content-Language'),
    )
  }
  return data as T
}

/** A fresh idempotency key: random, so two forms (two staff members) never share one. */
export const newIdempotencyKey = () => crypto.randomUUID()
