import { and, eq, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import {
  advisoryOpinionIdFor,
  listBodyForOpinion,
  publicConsultationForBody,
  recordBodySilence,
} from '../../consultations'
import { bodyLaws, type BodyKind, type OpinionSubject } from '../domain/bodies'
import { dayOf } from '../domain/dates'
import { opinionPeriod, opinionState } from '../domain/deadlines'
import type { OpinionRequestInput } from '../input/opinions'
import { notifyOpinionRequested } from '../notify/opinions'
import type { CouncilBody } from '../queries/bodies-ref'
import {
  membersInOffice,
  requestById,
  requestByNumber,
  requestForConsultation,
  type OpinionRequestRow,
} from '../queries/opinions'
import { councilOpinionRequests, councilResolutions } from '../tables'
import { statuteOn } from '../queries/members'

/*
 * Opinion requests: staff send a draft (a consultation's, or an uploaded PDF) to a body, which starts the body's
 * clock (domain/deadlines.ts); the members are e-mailed; a consultation's request lists the body among the
 * consultation's advisory bodies, so its report says whether and what the body said. Withdrawing ends the request
 * and any vote on it without effect.
 */

/** The module's files in the core store (`files.module`). */
export const COUNCIL_FILES = 'councils'

/** The largest draft taken: a draft resolution with its annexes. */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024
export const DRAFT_TOO_LARGE = 'Plik projektu może mieć najwyżej 10 MB.'

const NO_PERIOD = 'Podaj liczbę dni na opinię: ani ustawa, ani statut rady nie określają terminu.'

type Tenant = { id: string; slug: string; name: string }
type Actor = Pick<Deps, 'db' | 'files' | 'mailer' | 'config' | 'user' | 'requestId' | 'ip' | 'now'>

/**
 * The period a request runs for and its last day: the law's (the RDPP's 14 days on the programme of cooperation and
 * the development strategy; the request cannot change it), else the request's days, else the statute's
 * `opinionDays`. `days` is what is stored, so the scheduled work computes the same last day again.
 */
export function requestClock(
  kind: BodyKind,
  subject: OpinionSubject,
  requested: number | null,
  statuteDays: number | null,
  deliveredAt: Date,
) {
  const days = requested ?? statuteDays
  const period = opinionPeriod({ bodyKind: kind, subject, days })
  if (!period) return null
  const state = opinionState({ bodyKind: kind, subject, deliveredAt, days: period.days, opinionAt: null }, deliveredAt)
  return { days: period.days, statutory: period.statutory, dueOn: state.deadline!.lastDay }
}

/** Whether the law requires the body's opinion on this subject (listed as "required" on the consultation). */
export function opinionRequired(kind: BodyKind, subject: OpinionSubject): boolean {
  return bodyLaws[kind].statutoryOpinion?.on.includes(subject) ?? false
}

/** A PDF sent with the request, checked by its bytes (a renamed page or program is never served back). */
async function draftPdf(file: unknown): Promise<{ name: string; bytes: Uint8Array }> {
  if (!(file instanceof File) || file.size === 0) {
    const detail = 'Wybierz plik projektu (PDF).'
    throw new ApiError(400, detail, { errors: [{ field: 'file', detail }] })
  }
  if (file.size > MAX_DRAFT_BYTES)
    throw new ApiError(413, DRAFT_TOO_LARGE, { errors: [{ field: 'file', detail: DRAFT_TOO_LARGE }] })
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (!contentMatches('application/pdf', bytes)) {
    const detail = 'Projekt dołącz jako plik PDF.'
    throw new ApiError(400, detail, { errors: [{ field: 'file', detail }] })
  }
  return { name: safeFileName(file.name || 'projekt.pdf'), bytes }
}

/**
 * Asks `body` for its opinion. Either `input.consultationNumber` (a public consultation of the JST: its draft is what
 * the members read, and the body is listed among the consultation's advisory bodies with its last day) or `file` (a
 * PDF draft) names the draft. Delivery is now; the number is the next of the body's, taken inside the INSERT. The
 * same consultation sent to the same body again (or twice at once) answers the first request (`created: false`):
 * a unique index decides, and the losing batch, the advisory row included, is rolled back whole.
 */
export async function requestOpinion(
  deps: Actor,
  tenant: Tenant & { contactEmail?: string | null },
  body: CouncilBody,
  input: OpinionRequestInput,
  file: unknown | null,
  options: { youthOffer?: boolean } = {},
): Promise<{ request: OpinionRequestRow; created: boolean }> {
  const { db } = deps
  if (body.status !== 'dziala') throw new ApiError(409, 'Ta rada nie działa: nie można jej prosić o opinię.')
  const now = deps.now()
  const consultation =
    input.consultationNumber !== undefined
      ? await publicConsultationForBody(db, tenant.id, input.consultationNumber)
      : undefined
  if (input.consultationNumber !== undefined && !consultation) {
    const detail = 'Nie ma takich opublikowanych konsultacji.'
    throw new ApiError(400, detail, { errors: [{ field: 'consultationNumber', detail }] })
  }
  if (!consultation && !file) {
    const detail = 'Wybierz konsultacje, których projekt rada ma zaopiniować, albo dołącz plik projektu.'
    throw new ApiError(400, detail, { errors: [{ field: 'consultationNumber', detail }] })
  }
  if (consultation) {
    const existing = await requestForConsultation(db, body.id, consultation.id)
    if (existing) return { request: existing, created: false }
  }
  const pdf = !consultation && file ? await draftPdf(file) : null
  const statute = await statuteOn(db, body.id, dayOf(now))
  const clock = requestClock(body.kind, input.subject, input.days ?? null, statute?.opinionDays ?? null, now)
  if (!clock) throw new ApiError(400, NO_PERIOD, { errors: [{ field: 'days', detail: NO_PERIOD }] })
  const id = newId()
  const fileId = pdf ? newId() : null
  const email = body.email ?? tenant.contactEmail ?? ''
  const listing = consultation
    ? listBodyForOpinion(db, {
        tenantId: tenant.id,
        consultationId: consultation.id,
        bodyName: body.name,
        email,
        required: opinionRequired(body.kind, input.subject),
        dueOn: clock.dueOn,
        now,
      })
    : []
  const advisoryId = consultation ? advisoryOpinionIdFor(consultation.id, body.name, email) : sql`NULL`
  const insert = db.run(sql`INSERT INTO ${councilOpinionRequests}
    (id, tenant_id, body_id, number, subject, title, description, consultation_id, advisory_opinion_id, draft_file_id,
     delivered_at, days, due_on, status, youth_offer, created_at, created_by)
    VALUES (${id}, ${tenant.id}, ${body.id},
      (SELECT coalesce(max(number), 0) + 1 FROM ${councilOpinionRequests} WHERE body_id = ${body.id}),
      ${input.subject}, ${input.title}, ${input.description ?? ''}, ${consultation?.id ?? null}, ${advisoryId},
      ${fileId}, ${now.getTime()}, ${clock.days}, ${clock.dueOn}, 'oczekuje', ${options.youthOffer ? 1 : 0},
      ${now.getTime()}, ${deps.user?.id ?? null})`)
  const audit = auditInsert(deps, {
    tenantId: tenant.id,
    action: 'rd.opinion.request',
    entity: 'rd_opinion_request',
    entityId: id,
    after: {
      body: body.slug,
      subject: input.subject,
      title: input.title,
      consultation: consultation?.number ?? null,
      file: pdf?.name ?? null,
      days: clock.days,
      statutory: clock.statutory,
      dueOn: clock.dueOn,
      youthOffer: options.youthOffer ?? false,
    },
  })
  try {
    if (pdf)
      await db.batch([
        deps.files.insert(
          {
            id: fileId!,
            module: COUNCIL_FILES,
            tenantId: tenant.id,
            ownerId: id,
            kind: 'opinion-draft',
            name: pdf.name,
            mime: 'application/pdf',
            size: pdf.bytes.byteLength,
            createdAt: now,
          },
          pdf.bytes,
        ),
        insert,
        audit,
      ])
    else await db.batch([...listing, insert, audit] as unknown as Parameters<typeof db.batch>[0])
  } catch (error) {
    if (
      consultation &&
      /UNIQUE constraint failed: rd_opinion_requests\.body_id, rd_opinion_requests\.consultation_id/.test(
        causeText(error),
      )
    ) {
      const first = await requestForConsultation(db, body.id, consultation.id)
      if (first) return { request: first, created: false }
    }
    throw error
  }
  const request = (await requestById(db, id))!
  await notifyOpinionRequested(deps, tenant, body, request, await membersInOffice(db, body.id, dayOf(now)))
  return { request, created: true }
}

/** The messages of an error and its causes (drizzle wraps the driver's). */
export function causeText(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    parts.push(String((e as { message?: unknown }).message ?? e))
  return parts.join(' | ')
}

/**
 * Withdraws a request still waiting for the opinion; an open vote on it closes without effect. Repeating it answers
 * the withdrawn request; a request already decided (opinion given, waived, lapsed) is a 409.
 */
export async function withdrawRequest(
  deps: Pick<Deps, 'db' | 'user' | 'requestId' | 'ip' | 'now'>,
  tenant: Tenant,
  body: CouncilBody,
  request: OpinionRequestRow,
): Promise<OpinionRequestRow> {
  const { db } = deps
  if (request.status === 'wycofany') return request
  const decided = () =>
    new ApiError(409, 'Tej prośby o opinię nie można już wycofać: rada wydała opinię albo termin minął.')
  if (request.status !== 'oczekuje') throw decided()
  const now = deps.now()
  try {
    await guardedBatch(
      db,
      [
        db
          .update(councilOpinionRequests)
          .set({ status: 'wycofany', closedAt: now })
          .where(and(eq(councilOpinionRequests.id, request.id), eq(councilOpinionRequests.status, 'oczekuje'))),
        requireChanged(db),
        db
          .update(councilResolutions)
          .set({ status: 'wycofana', closedAt: now })
          .where(and(eq(councilResolutions.requestId, request.id), eq(councilResolutions.status, 'glosowanie'))),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.opinion.withdraw',
          entity: 'rd_opinion_request',
          entityId: request.id,
          before: { status: request.status },
          after: { status: 'wycofany', body: body.slug, number: request.number },
        }),
      ],
      async () => {
        const fresh = await requestById(db, request.id)
        return fresh?.status === 'wycofany' ? new Withdrawn() : decided()
      },
    )
  } catch (e) {
    if (!(e instanceof Withdrawn)) throw e
  }
  return (await requestById(db, request.id))!
}

/** Another request withdrew it first: the same answer as the first. */
class Withdrawn extends Error {}

/** The body's request `number` from the path, or a Polish 404. */
export async function requestOf(deps: Pick<Deps, 'db'>, body: CouncilBody, raw: string): Promise<OpinionRequestRow> {
  const request = /^\d{1,9}$/.test(raw) ? await requestByNumber(deps.db, body.id, Number(raw)) : undefined
  if (!request) throw new ApiError(404, 'Nie ma takiej prośby o opinię.')
  return request
}

/** Whether the request's time has passed (for a vote's close: an opinion after it has no effect). */
export function requestLapsed(kind: BodyKind, request: OpinionRequestRow, now: Date) {
  const state = opinionState(
    { bodyKind: kind, subject: request.subject, deliveredAt: request.deliveredAt, days: request.days, opinionAt: null },
    now,
  )
  return state.state === 'rezygnacja' || state.state === 'termin_minal' ? state.state : null
}

/** The statement noting on the consultation's row that the body said nothing in time (the report then says so). */
export function silenceOnConsultation(deps: Pick<Deps, 'db'>, request: OpinionRequestRow, at: Date) {
  return request.advisoryOpinionId ? [recordBodySilence(deps.db, request.advisoryOpinionId, request.dueOn, at)] : []
}
