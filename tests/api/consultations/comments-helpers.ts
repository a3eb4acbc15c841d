import { and, eq, sql } from 'drizzle-orm'
import { NGOS } from '../../../worker/consultations/demo/content'
import { consultations } from '../../../worker/consultations/tables'
import { hashToken } from '../../../worker/core/ids'
import { warsawDate } from '../../../worker/core/time/polish-calendar'
import { organizations } from '../../../worker/core/organizations/tables'
import { tenants } from '../../../worker/core/tenants/schema'
import { Agent, lastMail, type TestApp } from '../../support/api'
import { json } from '../budget/helpers'
import { createPublished, draftV1, PUB_KS, STAFF_KS } from './helpers'

const DAY = 24 * 60 * 60 * 1000

/** A Warsaw day `n` days from now (the dates the staff wrote; the instants below are what counts). */
const dayFrom = (n: number) => warsawDate(new Date(Date.now() + n * DAY)).date

/**
 * Writes a published consultation's dates straight into the database, as the clock of the test cannot move: `from`
 * and `to` are days relative to today (e.g. -2 and 10 = open now, started two days ago); the instants are set so that
 * now falls where the test wants it.
 */
export async function setDates(t: TestApp, number: number, from: number, to: number): Promise<void> {
  const tenant = await t.db.query.tenants.findFirst({ where: eq(tenants.slug, 'gmina-przykladowa') })
  await t.db
    .update(consultations)
    .set({
      startDate: dayFrom(from),
      endDate: dayFrom(to),
      startsAt: new Date(Date.now() + from * DAY),
      endsAt: new Date(Date.now() + to * DAY),
    })
    .where(and(eq(consultations.tenantId, tenant!.id), eq(consultations.number, number)))
}

/**
 * A published consultation with the first version of the draft (`draftV1`), open now (started yesterday, ten days
 * to go) unless `open` is false (then upcoming, as published); `extra` goes into the create body.
 */
export async function openConsultation(
  t: TestApp,
  organiser: Agent,
  options: {
    open?: boolean
    extra?: Record<string, unknown>
    before?: (n: number, version: number) => Promise<number>
  } = {},
): Promise<number> {
  const { number } = await createPublished(organiser, { extra: options.extra, draft: draftV1, before: options.before })
  if (options.open !== false) await setDates(t, number, -1, 10)
  return number
}

/** The comments' public and staff paths of consultation `n`. */
export const pubC = (n: number) => `${PUB_KS}/${n}/comments`
export const staffC = (n: number) => `${STAFF_KS}/${n}/comments`

let addresses = 0
/**
 * A resident's browser with its own network address (the per-address limits would otherwise count every test's
 * requests together): requests carry `CF-Connecting-IP`, which the app reads when there is no socket.
 */
export function resident(t: TestApp, ip = `198.51.100.${++addresses}`) {
  const agent = new Agent(t)
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    agent.request(method, path, body, { 'CF-Connecting-IP': ip, ...headers })
  return {
    agent,
    ip,
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown, headers: Record<string, string> = {}) => send('POST', path, body, headers),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
  }
}
export type Resident = ReturnType<typeof resident>

let people = 0
/** A resident's comment body (a new e-mail address each time, so the per-address limit of e-mails is not reached). */
export function commentBody(extra: Record<string, unknown> = {}) {
  people++
  return {
    text: 'Proponuję, aby nasadzenia zastępcze obejmowały także krzewy, nie tylko drzewa.',
    authorKind: 'resident',
    authorName: `Anna Kowalska ${people}`,
    authorAddress: `ul. Lipowa ${people}, 00-001 Przykładowo`,
    email: `anna.${people}@example.com`,
    privacyAccepted: true,
    ...extra,
  }
}

/** The paragraphs of the current public version of consultation `n`, in order. */
export async function paragraphsOf(t: TestApp, n: number) {
  const doc = await json<{ sections: { paragraphs: { id: string; ref?: string; text: string }[] }[] }>(
    new Agent(t).get(`${PUB_KS}/${n}/document`),
    200,
  )
  return doc.sections.flatMap((s) => s.paragraphs)
}

/** The confirmation token from the newest e-mail to `email` (the link's `#t=` fragment), and the mail itself. */
export async function confirmationOf(t: TestApp, email: string) {
  const mail = await lastMail(new Agent(t), email)
  const token = /#t=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1]
  if (!token) throw new Error(`no confirmation link in: ${mail.text}`)
  return { mail, token }
}

/** Sends a comment and confirms it by its e-mailed link: a comment that counts. */
export async function confirmedComment(t: TestApp, who: Resident, n: number, extra: Record<string, unknown> = {}) {
  const body = commentBody(extra)
  const sent = await json<{ number: number; receipt: string }>(who.post(pubC(n), body), 201)
  const { token } = await confirmationOf(t, body.email)
  await json(who.post(`${pubC(n)}/confirm`, { token }), 200)
  return { ...sent, body }
}

/**
 * An NGO of the directory (added by staff, so verified) with a representative's key of our own, as its e-mailed link
 * would give: `Authorization: Bearer <key>` then speaks for it.
 */
export async function representativeKey(
  t: TestApp,
  organiser: Agent,
): Promise<{ key: string; name: string; registerNumber: string }> {
  const added = await json<{ id: string; name: string; registerNumber: string }>(
    organiser.post('/api/v1/jst/gmina-przykladowa/staff/organizations', {
      ...NGOS[0],
      registerNumber: `00000${String(Date.now()).slice(-5)}`,
      tenants: ['gmina-przykladowa'],
    }),
    201,
  )
  const key = `klucz-przedstawiciela-${added.id}`
  await t.db
    .update(organizations)
    .set({ representativeKeyHash: await hashToken(key), lastActiveAt: new Date() })
    .where(eq(organizations.id, added.id))
  return { key, name: added.name, registerNumber: added.registerNumber }
}

/** Audit rows of `action` about entity `id`. */
export async function auditCount(t: TestApp, action: string, entityId?: string): Promise<number> {
  const rows = await t.db.all<{ n: number }>(
    entityId
      ? sql`SELECT count(*) AS n FROM audit_log WHERE action = ${action} AND entity_id = ${entityId}`
      : sql`SELECT count(*) AS n FROM audit_log WHERE action = ${action}`,
  )
  return Number(rows[0]?.n ?? 0)
}
