import { ORIGIN, type Agent, lastMail } from '../../support/api'

/** The staff and public API of the demo JST's councils (the members' part). */
export const STAFF_RD = '/api/v1/jst/gmina-przykladowa/staff/rady'
export const PUB_RD = '/api/v1/jst/gmina-przykladowa/rady'

/** A member's key from the newest members' space link e-mailed to `email`. */
export async function keyFromMail(agent: Agent, email: string): Promise<string> {
  const mail = await lastMail(agent, email)
  const key = /#klucz=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1]
  if (!key) throw new Error(`no key in the mail to ${email}: ${mail.text}`)
  return key
}

/** Sends a multipart form as `agent` with `method` (its session cookie, a same-origin `Origin`). */
export async function sendForm(agent: Agent, method: string, path: string, form: FormData): Promise<Response> {
  return await agent.t.app.request(`${ORIGIN}${path}`, {
    method,
    headers: { ...(agent.cookie ? { Cookie: agent.cookie } : {}), Origin: ORIGIN },
    body: form,
  })
}

/** A tiny valid PDF. */
export const pdfBytes = () =>
  new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')

/** Requests with a member's key. */
export function withKey(agent: Agent, key: string) {
  const h = { Authorization: `Bearer ${key}` }
  return {
    get: (path: string) => agent.request('GET', path, undefined, h),
    post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      agent.request('POST', path, body, { ...h, ...headers }),
  }
}
