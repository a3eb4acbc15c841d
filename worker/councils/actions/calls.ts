import { and, eq, isNull, notInArray } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { callPhase } from '../domain/candidates'
import { dayOf, dayText } from '../domain/dates'
import type { Appointment, CallCreate } from '../input/candidates'
import type { CouncilBody } from '../queries/bodies-ref'
import {
  candidatesOfCalls,
  membersInCategory,
  nextCallNumber,
  statuteOfCall,
  termById,
  termContaining,
  type CouncilCall,
} from '../queries/candidates'
import { councilCalls, councilCandidates, councilMembers } from '../tables'
import { sendMemberKey } from './member-invite'
import { eraseDay, loadCall } from './candidates'
import { statuteVersionsOf } from '../queries/members'

/*
 * Calls for candidates as staff run them: open a call for one seat category of the statute, publish the list of
 * candidates after the last day, and appoint verified candidates as members of the term (the executive's
 * appointment; an election by electors with voting codes is a later part). Appointed members get their key e-mailed.
 */

type Tenant = { id: string; slug: string; name: string }

/**
 * Opens a call. The category must be in the statute governing the term the call fills; the days must follow each
 * other (opening ≤ last day ≤ election or appointment day) and the last day may not have passed. Calls are numbered
 * per JST (the public address names the number); two created at once take the next numbers, the unique index
 * deciding.
 */
export async function createCall(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  input: CallCreate,
): Promise<CouncilCall> {
  if (body.status === 'zniesiona') throw new ApiError(409, 'Rada została zniesiona: nie można ogłosić naboru.')
  const statute = statuteOfCall(await statuteVersionsOf(deps.db, body.id), input)
  if (!statute) throw new ApiError(409, 'Rada nie ma jeszcze statutu: najpierw dodaj statut, potem ogłoś nabór.')
  const errors: { field: string; detail: string }[] = []
  if (!statute.seats.some((s) => s.key === input.seatCategory))
    errors.push({ field: 'seatCategory', detail: 'Statut nie przewiduje takiej kategorii miejsc.' })
  if (input.deadline < input.opensOn)
    errors.push({ field: 'deadline', detail: 'Termin zgłoszeń nie może być wcześniejszy niż otwarcie naboru.' })
  if (input.deadline < dayOf(deps.now()))
    errors.push({ field: 'deadline', detail: 'Termin zgłoszeń już minął: podaj dzień dzisiejszy albo późniejszy.' })
  if (input.electionDay < input.deadline)
    errors.push({ field: 'electionDay', detail: 'Dzień wyborów lub powołania musi przypadać po terminie zgłoszeń.' })
  if (errors.length) throw new ApiError(400, `Popraw nabór: ${errors[0]!.detail}`, { errors })
  const term = await termContaining(deps.db, body.id, input.termStart)
  for (let attempt = 0; ; attempt++) {
    const row = {
      id: newId(),
      tenantId: tenant.id,
      bodyId: body.id,
      termId: term?.id ?? null,
      number: await nextCallNumber(deps.db, tenant.id),
      ...input,
      status: 'otwarty' as const,
      createdAt: deps.now(),
    }
    try {
      await deps.db.batch([
        deps.db.insert(councilCalls).values(row),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.call.create',
          entity: 'rd_call',
          entityId: row.id,
          after: { body: body.slug, number: row.number, seatCategory: row.seatCategory, deadline: row.deadline },
        }),
      ])
      return { ...row, listPublishedAt: null }
    } catch (error) {
      if (
        attempt < 3 &&
        /UNIQUE constraint failed: rd_calls\.tenant_id, rd_calls\.number/.test(
          String(error) + String((error as { cause?: unknown }).cause),
        )
      )
        continue
      throw error
    }
  }
}

/** The call `number` of the body in the path (staff routes), or a Polish 404. */
export async function callOfBody(deps: Pick<Deps, 'db'>, tenant: Tenant, body: CouncilBody, number: number) {
  const loaded = await loadCall(deps, tenant, number)
  if (loaded.body.id !== body.id) throw notFound('Nie ma takiego naboru.')
  return loaded
}

/**
 * Publishes the list of candidates: after the last day, once no candidacy waits for verification. The list shows
 * names, who nominated and statuses. Publishing twice keeps the first moment.
 */
export async function publishList(deps: Deps, tenant: Tenant, body: CouncilBody, number: number) {
  const { call } = await callOfBody(deps, tenant, body, number)
  if (call.listPublishedAt) return call
  if (callPhase(call, dayOf(deps.now())) !== 'po_terminie')
    throw new ApiError(409, `Listę kandydatów publikuje się po terminie zgłoszeń (${dayText(call.deadline)}).`)
  const waiting = (await candidatesOfCalls(deps.db, [call.id])).filter((c) => c.status === 'zgloszony').length
  if (waiting) throw new ApiError(409, `Najpierw zweryfikuj wszystkie kandydatury: ${waiting} czeka na weryfikację.`)
  const now = deps.now()
  await deps.db.batch([
    deps.db
      .update(councilCalls)
      .set({ listPublishedAt: now })
      .where(and(eq(councilCalls.id, call.id), isNull(councilCalls.listPublishedAt))),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.call.publish',
      entity: 'rd_call',
      entityId: call.id,
      after: { number: call.number },
    }),
  ])
  return (await callOfBody(deps, tenant, body, number)).call
}

/**
 * Appoints verified candidates of the call as members from `startsOn` to the last day of the term the call fills
 * (`represents`: the nominating organisation or school; the seat category of the call), marks them `wybrany`, the
 * call `rozstrzygniety`, and sets the erasure of the other candidacies' personal data three months on. The members'
 * keys are e-mailed (`sendMemberKey`, replacing any). The seats of the category limit how many may be appointed. A
 * candidate already chosen is skipped (a repeated appointment answers the same); two at once: one wins, the other
 * answers what the first did.
 */
export async function appoint(deps: Deps, tenant: Tenant, body: CouncilBody, number: number, input: Appointment) {
  const { call, statute } = await callOfBody(deps, tenant, body, number)
  const category = statute.seats.find((s) => s.key === call.seatCategory)!
  const all = await candidatesOfCalls(deps.db, [call.id])
  const chosen = [...new Set(input.candidateIds)].map((id) => {
    const c = all.find((x) => x.id === id)
    if (!c) throw notFound('Nie ma takiego kandydata w tym naborze.')
    return c
  })
  const fresh = chosen.filter((c) => c.status !== 'wybrany')
  const unverified = fresh.find((c) => c.status !== 'zweryfikowany')
  if (unverified)
    throw new ApiError(409, `Powołać można tylko zweryfikowanego kandydata: ${unverified.name} nie jest zweryfikowany.`)
  const term =
    (call.termId ? await termById(deps.db, call.termId) : undefined) ??
    (await termContaining(deps.db, body.id, call.termStart))
  if (!term)
    throw new ApiError(409, `Rada nie ma kadencji obejmującej ${dayText(call.termStart)}: najpierw dodaj kadencję.`)
  if (input.startsOn < term.startsOn || input.startsOn > term.endsOn)
    throw new ApiError(400, 'Popraw formularz.', {
      errors: [
        {
          field: 'startsOn',
          detail: `Mandat musi zacząć się w kadencji: od ${dayText(term.startsOn)} do ${dayText(term.endsOn)}.`,
        },
      ],
    })
  const answer = async () => ({
    members: (await deps.db.select().from(councilMembers).where(eq(councilMembers.bodyId, body.id))).filter(
      (m) => m.candidateId && chosen.some((c) => c.id === m.candidateId),
    ),
  })
  if (!fresh.length) return answer()
  const taken = await membersInCategory(deps.db, body.id, call.seatCategory, input.startsOn)
  if (taken + fresh.length > category.seats)
    throw new ApiError(
      409,
      `Statut przewiduje ${category.seats} miejsc w kategorii „${category.name}”; zajętych jest ${taken}, a wybrano ${fresh.length}.`,
    )
  const now = deps.now()
  const members = fresh.map((c) => ({
    id: newId(),
    tenantId: tenant.id,
    bodyId: body.id,
    termId: term.id,
    name: c.name,
    email: c.email,
    role: 'czlonek' as const,
    seatCategory: call.seatCategory,
    represents: c.organizationName ?? '',
    candidateId: c.id,
    startsOn: input.startsOn,
    endsOn: term.endsOn,
    createdAt: now,
  }))
  const conflict = new ApiError(409, 'Kandydaci właśnie zostali powołani w innym żądaniu. Odśwież stronę.')
  const stillUnchosen = [...fresh.map((c) => c.id)]
  try {
    await guardedBatch(
      deps.db,
      [
        ...fresh.flatMap((c) => [
          deps.db
            .update(councilCandidates)
            .set({ status: 'wybrany', eraseAfter: eraseDay(now) })
            .where(and(eq(councilCandidates.id, c.id), eq(councilCandidates.status, 'zweryfikowany'))),
          requireChanged(deps.db),
        ]),
        deps.db.insert(councilMembers).values(members),
        deps.db.update(councilCalls).set({ status: 'rozstrzygniety' }).where(eq(councilCalls.id, call.id)),
        deps.db
          .update(councilCandidates)
          .set({ eraseAfter: eraseDay(now) })
          .where(
            and(
              eq(councilCandidates.callId, call.id),
              notInArray(councilCandidates.status, ['wybrany']),
              isNull(councilCandidates.eraseAfter),
            ),
          ),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.call.appoint',
          entity: 'rd_call',
          entityId: call.id,
          after: { number: call.number, startsOn: input.startsOn, members: members.map((m) => m.name) },
        }),
      ] as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]],
      () => conflict,
    )
  } catch (error) {
    if (error !== conflict) throw error
    const now = await candidatesOfCalls(deps.db, [call.id])
    if (stillUnchosen.some((id) => now.find((c) => c.id === id)?.status !== 'wybrany')) throw conflict
    return answer()
  }
  for (const m of members) await sendMemberKey(deps, tenant, body, m, true)
  return answer()
}
