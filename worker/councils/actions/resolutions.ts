import { and, eq, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { recordBodyOpinion } from '../../consultations'
import { dayOf } from '../domain/dates'
import { inquiryState } from '../domain/deadlines'
import { tallyResolution, type Tally } from '../domain/votes'
import type { CouncilBody } from '../queries/bodies-ref'
import type { CouncilMember } from '../queries/member-key'
import {
  membersInOffice,
  requestById,
  resolutionOfBody,
  votesOf,
  type OpinionRequestRow,
  type ResolutionRow,
} from '../queries/opinions'
import { councilInquiries, councilOpinionRequests, councilResolutions, councilVotes } from '../tables'
import { requestLapsed } from './opinions'
import { statuteOn } from '../queries/members'

/*
 * Resolutions of a body put to a recorded vote in the members' space: proposed by a member (the opinion on a request,
 * an inquiry or request to the executive, anything else), voted on by each member for themselves (one row per member,
 * changeable while the vote is open), closed by the chair (or staff) and counted with the statute's quorum and
 * majority (domain/votes.ts). Adoption numbers the resolution per body and year, gives the request its opinion, writes
 * the opinion on the consultation's row (so its report has it) and, for a `wniosek`, opens the inquiry — all in the
 * batch that closes the vote, so a close is whole or nothing, and of two closes one counts.
 */

type Tenant = { id: string; slug: string; name: string }
type Writer = Pick<Deps, 'db' | 'user' | 'requestId' | 'ip' | 'now'>

const CLOSED = 'Głosowanie nad tą uchwałą jest już zamknięte.'

/** The body's resolution `id` from the path, or a Polish 404 (another body's resolution is not found here). */
export async function resolutionOf(deps: Pick<Deps, 'db'>, body: CouncilBody, id: string): Promise<ResolutionRow> {
  const found = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await resolutionOfBody(deps.db, body.id, id) : undefined
  if (!found) throw new ApiError(404, 'Nie ma takiej uchwały.')
  return found
}

/**
 * A member proposes a resolution, put to the vote at once. On a request (`request`), only while the request waits for
 * the opinion and no other vote on it is open, so members vote on one text at a time.
 */
export async function proposeResolution(
  deps: Writer,
  tenant: Tenant,
  body: CouncilBody,
  member: CouncilMember,
  input: { kind: 'opinia' | 'wniosek' | 'inna'; title: string; text: string },
  request: OpinionRequestRow | null,
): Promise<ResolutionRow> {
  const { db } = deps
  const now = deps.now()
  if (request) {
    if (request.status !== 'oczekuje')
      throw new ApiError(409, 'Ta prośba o opinię jest już zamknięta: nie można proponować uchwały.')
    if (requestLapsed(body.kind, request, now))
      throw new ApiError(409, 'Termin na opinię minął: uchwały z opinią nie można już podjąć.')
  }
  const id = newId()
  const insert = request
    ? db.run(sql`INSERT INTO ${councilResolutions}
        (id, tenant_id, body_id, kind, title, text, request_id, status, opened_at, created_by, created_at)
        SELECT ${id}, ${tenant.id}, ${body.id}, 'opinia', ${input.title}, ${input.text}, ${request.id}, 'glosowanie',
               ${now.getTime()}, ${member.id}, ${now.getTime()}
        WHERE NOT EXISTS (SELECT 1 FROM ${councilResolutions}
          WHERE request_id = ${request.id} AND status = 'glosowanie')`)
    : db.insert(councilResolutions).values({
        id,
        tenantId: tenant.id,
        bodyId: body.id,
        kind: input.kind,
        title: input.title,
        text: input.text,
        status: 'glosowanie',
        openedAt: now,
        createdBy: member.id,
        createdAt: now,
      })
  await guardedBatch(
    db,
    [
      insert,
      requireChanged(db),
      auditInsert(
        deps,
        {
          tenantId: tenant.id,
          action: 'rd.resolution.propose',
          entity: 'rd_resolution',
          entityId: id,
          after: { body: body.slug, kind: input.kind, title: input.title, request: request?.number ?? null },
        },
        null,
      ),
    ],
    () => new ApiError(409, 'Nad opinią w tej sprawie trwa już głosowanie: zagłosuj nad proponowaną uchwałą.'),
  )
  return (await resolutionOfBody(db, body.id, id))!
}

/**
 * The member's vote, recorded or changed while the vote is open: one row per member (the primary key), written only
 * if the resolution is still being voted on, in one statement, so a vote cannot land after the close.
 */
export async function castVote(
  deps: Writer,
  tenant: Tenant,
  resolution: ResolutionRow,
  member: CouncilMember,
  option: 'za' | 'przeciw' | 'wstrzymuje_sie',
): Promise<void> {
  const { db } = deps
  const now = deps.now()
  await guardedBatch(
    db,
    [
      db.run(sql`INSERT INTO ${councilVotes} (resolution_id, member_id, option, cast_at)
        SELECT ${resolution.id}, ${member.id}, ${option}, ${now.getTime()}
        WHERE EXISTS (SELECT 1 FROM ${councilResolutions} WHERE id = ${resolution.id} AND status = 'glosowanie')
        ON CONFLICT (resolution_id, member_id) DO UPDATE SET option = excluded.option, cast_at = excluded.cast_at`),
      requireChanged(db),
      auditInsert(
        deps,
        {
          tenantId: tenant.id,
          action: 'rd.resolution.vote',
          entity: 'rd_resolution',
          entityId: resolution.id,
          after: { member: member.id, option },
        },
        null,
      ),
    ],
    () => new ApiError(409, CLOSED),
  )
}

/** Another close counted first: the same answer as that close. */
class ClosedAlready extends Error {}

/**
 * Closes the vote and counts it: present are the members in office who voted; the chair's deciding vote comes from
 * the role `przewodniczacy`. Adopted: numbered "n/YYYY" per body and year (the number taken inside the UPDATE, so two
 * bodies' or two closes' numbers never collide), the request `wydana` with the resolution, the opinion written on the
 * consultation's advisory-opinion row, and for a `wniosek` the inquiry opened with its answer deadline. No quorum or
 * rejected: nothing else changes (the request keeps waiting). Of two closes at once one counts and the other answers
 * the same outcome.
 */
export async function closeResolution(
  deps: Writer,
  tenant: Tenant,
  body: CouncilBody,
  resolution: ResolutionRow,
  by: { member: CouncilMember } | { staff: true },
): Promise<ResolutionRow> {
  const { db } = deps
  if (resolution.status !== 'glosowanie') {
    if (resolution.closedAt) return resolution
    throw new ApiError(409, CLOSED)
  }
  if ('member' in by && by.member.role !== 'przewodniczacy')
    throw new ApiError(403, 'Głosowanie zamyka przewodniczący rady.')
  const now = deps.now()
  const today = dayOf(now)
  const request = resolution.requestId ? await requestById(db, resolution.requestId) : undefined
  if (request && request.status !== 'oczekuje') throw new ApiError(409, 'Ta prośba o opinię jest już zamknięta.')
  if (request && requestLapsed(body.kind, request, now))
    throw new ApiError(409, 'Termin na opinię minął: uchwały z opinią nie można już podjąć.')
  const [statute, members, votes] = await Promise.all([
    statuteOn(db, body.id, today),
    membersInOffice(db, body.id, today),
    votesOf(db, resolution.id),
  ])
  if (!statute) throw new ApiError(409, 'Rada nie ma statutu obowiązującego w tym dniu: głosowania nie można policzyć.')
  const inOffice = new Set(members.map((m) => m.id))
  const tally: Tally = tallyResolution(
    statute,
    members.map((m) => ({ id: m.id, name: m.name, inOffice: true, chair: m.role === 'przewodniczacy' })),
    votes.filter((v) => inOffice.has(v.memberId)).map((v) => ({ memberId: v.memberId, option: v.option })),
  )
  const year = today.slice(0, 4)
  const statements: BatchItem<'sqlite'>[] = []
  if (tally.adopted) {
    statements.push(
      db.run(sql`UPDATE ${councilResolutions} SET status = 'przyjeta', closed_at = ${now.getTime()},
        tally = ${JSON.stringify(tally)}, adopted_on = ${today},
        number = (SELECT coalesce(max(CAST(substr(number, 1, instr(number, '/') - 1) AS INTEGER)), 0) + 1
                  FROM ${councilResolutions} WHERE body_id = ${body.id} AND number LIKE ${`%/${year}`}) || ${`/${year}`}
        WHERE id = ${resolution.id} AND status = 'glosowanie'`),
      requireChanged(db),
    )
    if (request) {
      statements.push(
        db
          .update(councilOpinionRequests)
          .set({ status: 'wydana', resolutionId: resolution.id, closedAt: now })
          .where(and(eq(councilOpinionRequests.id, request.id), eq(councilOpinionRequests.status, 'oczekuje'))),
        requireChanged(db),
      )
      if (request.advisoryOpinionId)
        statements.push(
          recordBodyOpinion(
            db,
            request.advisoryOpinionId,
            sql`'Uchwała nr ' || (SELECT number FROM ${councilResolutions} WHERE id = ${resolution.id}) || ${` rady „${body.name}”: ${resolution.title}\n\n${resolution.text}`}`,
            now,
          ),
        )
    }
    if (resolution.kind === 'wniosek') {
      const due = inquiryState({ bodyKind: body.kind, deliveredAt: now, days: null, answeredAt: null }, now).deadline
      statements.push(
        db.run(sql`INSERT INTO ${councilInquiries}
          (id, tenant_id, body_id, number, resolution_id, title, text, delivered_at, due_on, created_at)
          VALUES (${newId()}, ${tenant.id}, ${body.id},
            (SELECT coalesce(max(number), 0) + 1 FROM ${councilInquiries} WHERE body_id = ${body.id}),
            ${resolution.id}, ${resolution.title}, ${resolution.text}, ${now.getTime()}, ${due?.lastDay ?? null},
            ${now.getTime()})`),
      )
    }
  } else {
    statements.push(
      db
        .update(councilResolutions)
        .set({ status: tally.outcome, closedAt: now, tally })
        .where(and(eq(councilResolutions.id, resolution.id), eq(councilResolutions.status, 'glosowanie'))),
      requireChanged(db),
    )
  }
  statements.push(
    auditInsert(
      deps,
      {
        tenantId: tenant.id,
        action: 'rd.resolution.close',
        entity: 'rd_resolution',
        entityId: resolution.id,
        before: { status: 'glosowanie' },
        after: {
          body: body.slug,
          outcome: tally.outcome,
          counts: tally.counts,
          present: tally.present,
          quorum: tally.quorum,
          request: request?.number ?? null,
          by: 'member' in by ? by.member.id : 'staff',
        },
      },
      'member' in by ? null : undefined,
    ),
  )
  try {
    await guardedBatch(db, statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]], async () => {
      const fresh = await resolutionOfBody(db, body.id, resolution.id)
      return fresh && fresh.status !== 'glosowanie' ? new ClosedAlready() : new ApiError(409, CLOSED)
    })
  } catch (e) {
    if (!(e instanceof ClosedAlready)) throw e
  }
  const closed = (await resolutionOfBody(db, body.id, resolution.id))!
  return closed
}
