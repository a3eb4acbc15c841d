import { eq } from 'drizzle-orm'
import { NGOS } from '../../../worker/consultations/demo/content'
import { hashToken, newId } from '../../../worker/core/ids'
import { normalizeAddress, normalizeText, personKey } from '../../../worker/core/identity/person'
import { organizations } from '../../../worker/core/organizations/tables'
import { councilApplications, councilSignatures } from '../../../worker/councils/tables'
import { Agent, lastMail, type TestApp } from '../../support/api'

/*
 * Helpers of the applications' tests: residents with their own network address, a confirmed petition, NGOs of the
 * directory with representatives' keys, and signatures written straight to the database to reach a threshold.
 */

export const PUB = '/api/v1/jst/gmina-przykladowa/rady/wnioski'
export const STAFF = '/api/v1/jst/gmina-przykladowa/staff/rady/wnioski'

let addresses = 0
/** A resident's browser with its own address (`CF-Connecting-IP`), so the per-address limits do not mix tests. */
export function resident(t: TestApp, ip = `203.0.113.${++addresses % 250}`) {
  const agent = new Agent(t)
  const headers = (extra: Record<string, string> = {}) => ({ 'CF-Connecting-IP': ip, ...extra })
  return {
    ip,
    get: (path: string) => agent.request('GET', path, undefined, headers()),
    post: (path: string, body: unknown = {}, extra: Record<string, string> = {}) =>
      agent.request('POST', path, body, headers(extra)),
  }
}

let people = 0
/** A new contact address each time. */
export const email = () => `inicjator${++people}@example.pl`

/** The confirmation token of the newest e-mail to `to` (the link's `#potwierdzenie=` fragment) and the mail. */
export async function confirmationOf(t: TestApp, to: string) {
  const mail = await lastMail(new Agent(t), to)
  const token = /#potwierdzenie=([0-9a-f]{64})/.exec(mail.text)?.[1]
  if (!token) throw new Error(`no confirmation link in: ${mail.text}`)
  return { mail, token }
}

export async function json<T = Record<string, unknown>>(res: Promise<Response> | Response, status: number): Promise<T> {
  const r = await res
  const text = await r.text()
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`)
  return JSON.parse(text) as T
}

/** Opens a residents' petition for a rada seniorów online and confirms its e-mail: a listed petition. */
export async function openPetition(t: TestApp, title = 'Utwórzmy radę seniorów w naszej gminie'): Promise<number> {
  const contactEmail = email()
  const { number } = await json<{ number: number }>(
    resident(t).post(PUB, {
      applicantKind: 'mieszkancy',
      bodyKind: 'rada_seniorow',
      title,
      justification: 'Seniorzy chcą mieć głos w sprawach gminy.',
      contactEmail,
    }),
    201,
  )
  const { token } = await confirmationOf(t, contactEmail)
  await json(resident(t).post(`${PUB}/${number}/potwierdzenie`, { token }), 200)
  return number
}

/** `n` valid online signatures written straight to the database (as if `n` seniors signed), with their real keys. */
export async function seedSignatures(t: TestApp, number: number, n: number, prefix = 'Senior'): Promise<void> {
  const [a] = await t.db.select().from(councilApplications).where(eq(councilApplications.number, number))
  if (!a) throw new Error(`no application ${number}`)
  const rows = await Promise.all(
    Array.from({ length: n }, async (_, i) => ({
      id: newId(),
      applicationId: a.id,
      name: `${prefix} ${i + 1}`,
      address: `ul. Długa ${i + 1}`,
      personKey: await personKey(`seed-${a.id}`, [normalizeText(`${prefix} ${i + 1}`), normalizeAddress(`${i + 1}`)]),
      declaredSenior: true,
      channel: 'online' as const,
      signedAt: new Date(),
    })),
  )
  for (let i = 0; i < rows.length; i += 100) await t.db.insert(councilSignatures).values(rows.slice(i, i + 100))
}

let registers = 0
/** A verified NGO of the demo JST (added by staff) with a representative's key of our own. */
export async function ngo(t: TestApp, staff: Agent, name?: string): Promise<{ key: string; id: string; name: string }> {
  registers++
  const added = await json<{ id: string; name: string }>(
    staff.post('/api/v1/jst/gmina-przykladowa/staff/organizations', {
      ...NGOS[0],
      name: name ?? `Stowarzyszenie Wnioskujące nr ${registers}`,
      registerNumber: `${String(Date.now() % 100000).padStart(5, '0')}${String(registers).padStart(5, '0')}`,
      tenants: ['gmina-przykladowa'],
    }),
    201,
  )
  const key = `klucz-przedstawiciela-${added.id}`
  await t.db
    .update(organizations)
    .set({ representativeKeyHash: await hashToken(key), lastActiveAt: new Date() })
    .where(eq(organizations.id, added.id))
  return { key, id: added.id, name: added.name }
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` })
