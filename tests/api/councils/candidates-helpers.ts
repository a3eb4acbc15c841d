import { eq } from 'drizzle-orm'
import { NGOS } from '../../../worker/consultations/demo/content'
import { hashToken } from '../../../worker/core/ids'
import { organizations } from '../../../worker/core/organizations/tables'
import { addDays, dayOf } from '../../../worker/councils/domain/dates'
import { councilCalls } from '../../../worker/councils/tables'
import { Agent, lastMail, type TestApp } from '../../support/api'

/*
 * Helpers of the candidates' tests: a resident's browser with its own address, the days of a call around today,
 * birth dates of a given age on a day, NGOs of the directory with representatives' keys, and moving a call's last
 * day into the past (the clock of a call is the real day; the tick gets its own `now`).
 */

export const PUB = '/api/v1/jst/gmina-przykladowa/rady'
export const staffOf = (body: string) => `/api/v1/jst/gmina-przykladowa/staff/rady/${body}`

let addresses = 0
/** A resident's browser with its own address (`CF-Connecting-IP`), so the per-address limits do not mix tests. */
export function resident(t: TestApp, ip = `198.51.100.${++addresses % 250}`) {
  const agent = new Agent(t)
  const headers = (extra: Record<string, string> = {}) => ({ 'CF-Connecting-IP': ip, ...extra })
  return {
    get: (path: string) => agent.request('GET', path, undefined, headers()),
    post: (path: string, body: unknown = {}, extra: Record<string, string> = {}) =>
      agent.request('POST', path, body, headers(extra)),
  }
}

export async function json<T = Record<string, unknown>>(res: Promise<Response> | Response, status: number): Promise<T> {
  const r = await res
  const text = await r.text()
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`)
  return JSON.parse(text) as T
}

/** The days of a call open today: last day in 10 days, election in 20, for the running term from 2026-01-01. */
export function callDays() {
  const today = dayOf(new Date())
  return { opensOn: today, deadline: addDays(today, 10), electionDay: addDays(today, 20), termStart: '2026-01-01' }
}

/** A birth date that makes a person exactly `years` old on `day`. */
export const bornYearsBefore = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`

let people = 0
export const email = (who = 'kandydat') => `${who}${++people}-${Date.now() % 100000}@example.pl`

/** The secret of the newest e-mail to `to` after `marker` (`#t=` or `#klucz=`), and the mail. */
export async function secretOf(t: TestApp, to: string, marker: 't' | 'klucz') {
  const mail = await lastMail(new Agent(t), to)
  const secret = new RegExp(`#${marker}=([A-Za-z0-9_-]{20,200})`).exec(mail.text)?.[1]
  if (!secret) throw new Error(`no #${marker}= link in: ${mail.text}`)
  return { mail, secret }
}

let registers = 0
/** A verified NGO of the demo JST (added by staff) with a representative's key of our own. */
export async function ngo(t: TestApp, staff: Agent, name?: string): Promise<{ key: string; id: string; name: string }> {
  registers++
  const added = await json<{ id: string; name: string }>(
    staff.post('/api/v1/jst/gmina-przykladowa/staff/organizations', {
      ...NGOS[0],
      name: name ?? `Stowarzyszenie Kandydujące nr ${registers}`,
      registerNumber: `${String(Date.now() % 100000).padStart(5, '0')}${String(registers + 500).padStart(5, '0')}`,
      tenants: ['gmina-przykladowa'],
    }),
    201,
  )
  const key = `klucz-przedstawiciela-rd-${added.id}`
  await t.db
    .update(organizations)
    .set({ representativeKeyHash: await hashToken(key), lastActiveAt: new Date() })
    .where(eq(organizations.id, added.id))
  return { key, id: added.id, name: added.name }
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` })

/** Moves the call's last day to yesterday (and its opening before it), as if its days had passed. */
export async function pastDeadline(t: TestApp, number: number): Promise<void> {
  const yesterday = addDays(dayOf(new Date()), -1)
  await t.db
    .update(councilCalls)
    .set({ opensOn: addDays(yesterday, -10), deadline: yesterday })
    .where(eq(councilCalls.number, number))
}
