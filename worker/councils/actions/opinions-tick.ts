import { and, eq, gte, isNull, lt, lte } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { isGuardRefusal, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import type { TickContext } from '../../core/module'
import { tenants } from '../../core/tenants/schema'
import { youthConsultations } from '../../consultations'
import { addDays, dayOf } from '../domain/dates'
import { notifyOpinionLapsed, notifyOpinionReminder } from '../notify/opinions'
import { bodyWithTenant, membersInOffice, requestForConsultation, workingYouthCouncils } from '../queries/opinions'
import { staffAddresses } from '../queries/staff'
import { councilOpinionRequests, councilResolutions } from '../tables'
import { requestLapsed, requestOpinion, silenceOnConsultation } from './opinions'
import { statuteOn } from '../queries/members'

/*
 * The opinion requests' scheduled work, each part idempotent (a claim by a guarded UPDATE before any e-mail, so a
 * repeated or doubled tick sends nothing twice): (1) requests whose last day has passed with no adopted opinion become
 * `rezygnacja` where the law reads silence as a waiver (the RDPP on the programme and the strategy) or `termin_minal`
 * elsewhere, without anyone acting; votes still open on them close without effect, the consultation's row keeps "no
 * opinion" with the last day, and the staff are e-mailed once; (2) members are reminded once, three days before the
 * last day; (3) a published consultation concerning young people is offered once to each working youth council.
 */

/** Days before the last day when members are reminded. */
export const REMINDER_DAYS = 3

/** The youth council's days for an offered draft when its statute names none (the law names none). */
export const YOUTH_OFFER_DAYS = 14

function tickDeps({ services, config, now }: TickContext): Deps {
  return {
    ...services,
    config,
    user: null,
    role: null,
    requestId: 'rady-tick',
    ip: '',
    lang: 'pl',
    now: () => now,
  }
}

/** Marks the requests whose time passed without an opinion, once each; returns how many it marked. */
export async function lapseOpinionRequests(context: TickContext): Promise<number> {
  const deps = tickDeps(context)
  const { db } = deps
  const { now } = context
  const due = await db
    .select()
    .from(councilOpinionRequests)
    .where(and(eq(councilOpinionRequests.status, 'oczekuje'), lt(councilOpinionRequests.dueOn, dayOf(now))))
  let marked = 0
  for (const request of due) {
    const found = await bodyWithTenant(db, request.bodyId)
    if (!found) continue
    const { body, tenant } = found
    const state = requestLapsed(body.kind, request, now)
    if (!state) continue
    try {
      await db.batch([
        db
          .update(councilOpinionRequests)
          .set({ status: state, closedAt: now })
          .where(and(eq(councilOpinionRequests.id, request.id), eq(councilOpinionRequests.status, 'oczekuje'))),
        requireChanged(db),
        db
          .update(councilResolutions)
          .set({ status: 'wycofana', closedAt: now })
          .where(and(eq(councilResolutions.requestId, request.id), eq(councilResolutions.status, 'glosowanie'))),
        ...silenceOnConsultation(deps, request, now),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: state === 'rezygnacja' ? 'rd.opinion.waiver' : 'rd.opinion.lapse',
          entity: 'rd_opinion_request',
          entityId: request.id,
          before: { status: 'oczekuje' },
          after: { status: state, body: body.slug, number: request.number, dueOn: request.dueOn },
        }),
      ])
    } catch (e) {
      if (isGuardRefusal(e)) continue
      throw e
    }
    marked++
    await notifyOpinionLapsed(deps, tenant, body, request, state === 'rezygnacja', await staffAddresses(db, tenant.id))
  }
  return marked
}

/** Reminds the members of each waiting request once, from three days before its last day; returns how many. */
export async function remindOpinionRequests(context: TickContext): Promise<number> {
  const deps = tickDeps(context)
  const { db } = deps
  const { now } = context
  const today = dayOf(now)
  const near = await db
    .select()
    .from(councilOpinionRequests)
    .where(
      and(
        eq(councilOpinionRequests.status, 'oczekuje'),
        isNull(councilOpinionRequests.reminderSentAt),
        gte(councilOpinionRequests.dueOn, today),
        lte(councilOpinionRequests.dueOn, addDays(today, REMINDER_DAYS)),
      ),
    )
  let sent = 0
  for (const request of near) {
    try {
      await db.batch([
        db
          .update(councilOpinionRequests)
          .set({ reminderSentAt: now })
          .where(and(eq(councilOpinionRequests.id, request.id), isNull(councilOpinionRequests.reminderSentAt))),
        requireChanged(db),
      ])
    } catch (e) {
      if (isGuardRefusal(e)) continue
      throw e
    }
    const found = await bodyWithTenant(db, request.bodyId)
    if (!found) continue
    await notifyOpinionReminder(
      deps,
      found.tenant,
      found.body,
      request,
      await membersInOffice(db, found.body.id, today),
    )
    sent++
  }
  return sent
}

/**
 * Offers each published consultation that concerns young people (`concernsYoungPeople` of the consultations module:
 * an area of public tasks about children or young people, or young people, pupils or schools named in its
 * participants, subject or title) to every working youth council of its JST, once (the unique index of a body and a
 * consultation). The clock is the statute's `opinionDays`, else 14 days.
 */
export async function offerToYouthCouncils(context: TickContext): Promise<number> {
  const deps = tickDeps(context)
  const { db } = deps
  const today = dayOf(context.now)
  let offered = 0
  for (const c of await youthConsultations(db, today)) {
    const bodies = await workingYouthCouncils(db, c.tenantId)
    if (!bodies.length) continue
    const [tenant] = await db
      .select({ id: tenants.id, slug: tenants.slug, name: tenants.name, contactEmail: tenants.contactEmail })
      .from(tenants)
      .where(eq(tenants.id, c.tenantId))
    if (!tenant) continue
    for (const body of bodies) {
      if (await requestForConsultation(db, body.id, c.id)) continue
      const statute = await statuteOn(db, body.id, today)
      const { created } = await requestOpinion(
        deps,
        tenant,
        body,
        {
          subject: c.preset === 'program_wspolpracy' ? 'program_wspolpracy' : 'projekt_uchwaly',
          title: c.title,
          description: `Konsultacje nr ${c.number} (${c.startDate} – ${c.endDate}): projekt dotyczy młodzieży.`,
          consultationNumber: c.number,
          days: statute?.opinionDays ? undefined : YOUTH_OFFER_DAYS,
        },
        null,
        { youthOffer: true },
      )
      if (created) offered++
    }
  }
  return offered
}

/** The councils' tick step for opinions: lapses and waivers first, then reminders, then offers to youth councils. */
export async function opinionsTick(context: TickContext): Promise<void> {
  await lapseOpinionRequests(context)
  await remindOpinionRequests(context)
  await offerToYouthCouncils(context)
}
