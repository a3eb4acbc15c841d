import { and, eq, isNull, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged, writeGuards } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { dayOf } from '../domain/dates'
import type { MandateEndInput, MemberCreate } from '../input/members'
import type { CouncilBody } from '../queries/bodies-ref'
import type { CouncilMember } from '../queries/member-key'
import { inOfficeOn, memberOfBody, membersByEmail, membersOfBody, statuteOn, termOn } from '../queries/members'
import { councilMembers, type MemberRole } from '../tables'
import { sendMemberKey } from './member-invite'

type Tenant = { id: string; slug: string; name: string }

const field = (status: 400 | 409, name: string, detail: string) =>
  new ApiError(status, detail, { errors: [{ field: name, detail }] })

/** The member `id` of the body in the path, or a Polish 404 (a member of another body is not found here). */
export async function memberOf(deps: Pick<Deps, 'db'>, body: CouncilBody, id: string): Promise<CouncilMember> {
  const found = /^[A-Za-z0-9_-]{1,40}$/.test(id) ? await memberOfBody(deps.db, body.id, id) : undefined
  if (!found) throw new ApiError(404, 'Nie ma takiego członka rady.')
  return found
}

/**
 * A member added by staff (appointed, or chosen outside the platform) in the term running on `startsOn`: the seat
 * category must be one of the statute's, with a free seat that day (two added at once cannot both take the last
 * seat: the batch re-counts and refuses), and one person sits in a body once. The mandate ends with the term. The
 * invitation with the member's key is e-mailed at once (`sendMemberKey`, replacing any earlier key).
 */
export async function addMember(deps: Deps, tenant: Tenant, body: CouncilBody, input: MemberCreate) {
  const startsOn = input.startsOn ?? dayOf(deps.now())
  const term = await termOn(deps.db, body.id, startsOn)
  if (!term || term.endsOn < startsOn)
    throw field(409, 'startsOn', 'Rada nie ma kadencji trwającej w tym dniu: członka można dodać tylko w kadencji.')
  const statute = await statuteOn(deps.db, body.id, startsOn)
  if (!statute) throw new ApiError(409, 'Rada nie ma jeszcze statutu: najpierw dodaj statut.')
  const category = statute.seats.find((s) => s.key === input.seatCategory)
  if (!category) throw field(400, 'seatCategory', 'Statut rady nie ma takiego rodzaju miejsc.')
  const everyone = await membersOfBody(deps.db, body.id)
  if (everyone.some((m) => m.email === input.email && inOfficeOn(m, startsOn)))
    throw field(409, 'email', 'Osoba z tym adresem e-mail jest już członkiem tej rady.')
  const full = () =>
    field(
      409,
      'seatCategory',
      `Wszystkie miejsca tego rodzaju są już zajęte (${category.seats}): najpierw zakończ czyjś mandat.`,
    )
  if (everyone.filter((m) => m.seatCategory === category.key && inOfficeOn(m, startsOn)).length >= category.seats)
    throw full()
  const now = deps.now()
  const row = {
    id: newId(),
    tenantId: tenant.id,
    bodyId: body.id,
    termId: term.id,
    name: input.name,
    email: input.email,
    role: input.role,
    seatCategory: category.key,
    represents: input.represents,
    startsOn,
    endsOn: term.endsOn,
    createdAt: now,
  }
  const m = councilMembers
  await guardedBatch(
    deps.db,
    [
      deps.db.insert(councilMembers).values(row),
      // Re-counted after the insert: over the statute's seats, the batch (with this insert) is rolled back.
      deps.db
        .insert(writeGuards)
        .select(
          sql`SELECT NULL WHERE (SELECT count(*) FROM ${m} WHERE ${m.bodyId} = ${body.id} AND ${m.seatCategory} = ${category.key} AND ${m.startsOn} <= ${startsOn} AND (${m.endsOn} IS NULL OR ${m.endsOn} >= ${startsOn})) > ${category.seats}`,
        ),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.member.add',
        entity: 'rd_member',
        entityId: row.id,
        after: { body: body.slug, name: row.name, role: row.role, seatCategory: row.seatCategory, startsOn },
      }),
    ],
    full,
  )
  const member = (await memberOfBody(deps.db, body.id, row.id))!
  await sendMemberKey(deps, tenant, body, member, true)
  return (await memberOfBody(deps.db, body.id, row.id))!
}

/** A member's new function (chair, deputy, secretary, member); the same function again changes nothing. */
export async function changeRole(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  member: CouncilMember,
  role: MemberRole,
) {
  if (member.role === role) return member
  if (!inOfficeOn(member, dayOf(deps.now())))
    throw new ApiError(409, 'Mandat tego członka wygasł: nie można zmienić jego funkcji.')
  await deps.db.batch([
    deps.db.update(councilMembers).set({ role }).where(eq(councilMembers.id, member.id)),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.member.role',
      entity: 'rd_member',
      entityId: member.id,
      before: { role: member.role },
      after: { role },
    }),
  ])
  return (await memberOfBody(deps.db, body.id, member.id))!
}

/**
 * The end of a mandate (resignation, removal, age, leaving school…): its last day and reason are recorded, and the
 * reason is shown publicly in words. Once only: a mandate that already ended keeps its recorded reason (409). The
 * last day cannot precede the first or extend the mandate; from the next day the member's key no longer opens the
 * members' space.
 */
export async function endMandate(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  member: CouncilMember,
  input: MandateEndInput,
) {
  const already = () => new ApiError(409, 'Ten mandat już wygasł: powód został zapisany wcześniej.')
  if (member.endReason) throw already()
  if (input.endsOn < member.startsOn)
    throw field(400, 'endsOn', 'Mandat nie może wygasnąć przed swoim pierwszym dniem.')
  if (member.endsOn !== null && input.endsOn > member.endsOn)
    throw field(400, 'endsOn', 'Mandat nie może trwać dłużej niż kadencja.')
  await guardedBatch(
    deps.db,
    [
      deps.db
        .update(councilMembers)
        .set({ endsOn: input.endsOn, endReason: input.reason, endNote: input.note || null })
        .where(and(eq(councilMembers.id, member.id), isNull(councilMembers.endReason))),
      requireChanged(deps.db),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.member.end',
        entity: 'rd_member',
        entityId: member.id,
        before: { endsOn: member.endsOn },
        after: { endsOn: input.endsOn, reason: input.reason, note: input.note },
      }),
    ],
    already,
  )
  return (await memberOfBody(deps.db, body.id, member.id))!
}

/** The invitation sent again by staff: a new key replaces the old one (a lost or forwarded link stops working). */
export async function resendLink(deps: Deps, tenant: Tenant, body: CouncilBody, member: CouncilMember) {
  if (!inOfficeOn(member, dayOf(deps.now())))
    throw new ApiError(409, 'Mandat tego członka wygasł: link nie zostanie wysłany.')
  if (!(await sendMemberKey(deps, tenant, body, member, true)))
    throw new ApiError(409, 'Ten członek nie ma adresu e-mail: dopisz go, aby wysłać link.')
  return (await memberOfBody(deps.db, body.id, member.id))!
}

/**
 * "Send me a new link": a member in office with this e-mail gets a fresh key that waits until its first use
 * (`replace: false`, so a stranger typing the address cannot lock the member out). The caller answers the same
 * whether anyone matched, so the form tells nobody who sits in the body.
 */
export async function requestNewLink(deps: Deps, tenant: Tenant, body: CouncilBody, email: string): Promise<void> {
  for (const member of await membersByEmail(deps.db, body.id, email, dayOf(deps.now())))
    await sendMemberKey(deps, tenant, body, member, false)
}
