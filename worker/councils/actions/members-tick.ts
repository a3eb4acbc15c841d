import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { auditLog } from '../../core/audit/schema'
import { isGuardRefusal, requireChanged, writeGuards } from '../../core/db/guard'
import type { TickContext } from '../../core/module'
import { tenants } from '../../core/tenants/schema'
import { addMonths, dayOf } from '../domain/dates'
import { absenceFlags } from '../domain/votes'
import { attendanceOfBody, inOfficeOn, meetingsOfBody, membersOfBody, statuteOn } from '../queries/members'
import { notifyAbsences } from '../notify/members'
import { staffAddresses } from '../queries/staff'
import { councilBodies, councilMembers } from '../tables'

/**
 * Months a former member's e-mail (and the hashes of their keys) stay after the mandate's last day: the mandate no
 * longer opens the members' space from the next day, and the e-mail is kept only for questions about the mandate's
 * end, for as long as an unsuccessful candidacy's data (3 months).
 */
export const MEMBER_DATA_KEPT_MONTHS = 3

/**
 * The members' scheduled work, idempotent: (1) mandates whose last day has passed without a recorded reason get
 * `koniec_kadencji` (the term's end; an early end always comes with its reason), with an audit row each; (2) for each
 * member in office whose run of unexcused absences reached the statute's rule, the JST's administrators get one
 * e-mail per run: the audit row `rd.member.absences` naming the run's first meeting is the claim, written before the
 * e-mail in a batch that refuses when the same run was claimed already, so a repeated or doubled tick sends nothing;
 * (3) a former member's e-mail and keys are erased `MEMBER_DATA_KEPT_MONTHS` after the mandate's last day (the name,
 * function and mandate stay: they are the body's public record), each with an audit row `rd.member.erase` in the same
 * guarded batch, so two ticks at once record one erasure.
 */
export async function membersTick({ services, config, now }: TickContext): Promise<void> {
  const { db } = services
  const deps = { db, user: null, requestId: 'rady-tick', ip: '', now: () => now }
  const today = dayOf(now)
  const ended = await db
    .select({ id: councilMembers.id, tenantId: councilMembers.tenantId, endsOn: councilMembers.endsOn })
    .from(councilMembers)
    .where(and(isNull(councilMembers.endReason), lt(councilMembers.endsOn, today)))
  for (const m of ended)
    await db.batch([
      db
        .update(councilMembers)
        .set({ endReason: 'koniec_kadencji' })
        .where(and(eq(councilMembers.id, m.id), isNull(councilMembers.endReason))),
      auditInsert(deps, {
        tenantId: m.tenantId,
        action: 'rd.member.term-end',
        entity: 'rd_member',
        entityId: m.id,
        after: { endsOn: m.endsOn, reason: 'koniec_kadencji' },
      }),
    ])

  const erasable = and(
    lt(councilMembers.endsOn, addMonths(today, -MEMBER_DATA_KEPT_MONTHS)),
    or(isNotNull(councilMembers.email), isNotNull(councilMembers.keyHash), isNotNull(councilMembers.nextKeyHash)),
  )
  const due = await db
    .select({ id: councilMembers.id, tenantId: councilMembers.tenantId, endsOn: councilMembers.endsOn })
    .from(councilMembers)
    .where(erasable)
  for (const m of due)
    try {
      await db.batch([
        db
          .update(councilMembers)
          .set({ email: null, keyHash: null, nextKeyHash: null })
          .where(and(eq(councilMembers.id, m.id), erasable)),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: m.tenantId,
          action: 'rd.member.erase',
          entity: 'rd_member',
          entityId: m.id,
          after: { endsOn: m.endsOn, erased: ['email', 'keys'] },
        }),
      ])
    } catch (e) {
      if (!isGuardRefusal(e)) throw e
    }

  const bodies = await db
    .select({ body: councilBodies, tenant: { id: tenants.id, slug: tenants.slug, name: tenants.name } })
    .from(councilBodies)
    .innerJoin(tenants, eq(tenants.id, councilBodies.tenantId))
    .where(eq(councilBodies.status, 'dziala'))
  for (const { body, tenant } of bodies) {
    const statute = await statuteOn(db, body.id, today)
    if (!statute?.absences) continue
    const flags = await flagsOf(db, body.id, statute.absences, today)
    for (const flag of flags) {
      try {
        await db.batch([
          db
            .insert(writeGuards)
            .select(
              sql`SELECT NULL WHERE EXISTS (SELECT 1 FROM ${auditLog} WHERE ${auditLog.action} = 'rd.member.absences' AND ${auditLog.entityId} = ${flag.member.id} AND json_extract(${auditLog.after}, '$.since') = ${flag.since})`,
            ),
          auditInsert(deps, {
            tenantId: tenant.id,
            action: 'rd.member.absences',
            entity: 'rd_member',
            entityId: flag.member.id,
            after: { since: flag.since, meetings: flag.meetings },
          }),
        ])
      } catch (e) {
        if (isGuardRefusal(e)) continue
        throw e
      }
      const to = await staffAddresses(db, tenant.id, ['admin'])
      await notifyAbsences({ mailer: services.mailer, appUrl: config.appUrl }, tenant, body, flag, to)
    }
  }
}

/** The members in office on `today` flagged by the absences rule, with the numbers of the meetings of their run. */
export async function flagsOf(
  db: TickContext['services']['db'],
  bodyId: string,
  rule: { consecutiveUnexcused: number },
  today: string,
) {
  const [members, meetings, attendance] = await Promise.all([
    membersOfBody(db, bodyId),
    meetingsOfBody(db, bodyId),
    attendanceOfBody(db, bodyId),
  ])
  const held = meetings.filter((m) => !m.cancelledAt && attendance.has(m.id))
  const flags = absenceFlags(
    held.map((m) => ({ meetingId: m.id, day: dayOf(m.startsAt), attendance: attendance.get(m.id)! })),
    rule,
  )
  return flags.flatMap((f) => {
    const member = members.find((m) => m.id === f.memberId)
    if (!member || !inOfficeOn(member, today)) return []
    const numbers = f.meetings.map((id) => held.find((m) => m.id === id)!.number)
    return [{ member, since: f.since, meetings: numbers }]
  })
}
