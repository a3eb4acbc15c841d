import { and, eq, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { warsawDate } from '../../core/time/polish-calendar'
import { startOfWarsawDay } from '../domain/presets'
import type { OpinionCreate, OpinionUpdate } from '../input/outreach'
import { CONSULTATION_FILES, type Consultation } from '../queries'
import { opinionById, type AdvisoryOpinion } from '../queries/outreach'
import { advisoryOpinions } from '../tables'
import { inviteAdvisoryBody } from './outreach'

/*
 * The advisory bodies asked for an opinion on a consultation's draft (the RDPP on a programme of cooperation, a rada
 * seniorów, a młodzieżowa rada…), and the opinion each gave. A body listed before publishing is asked on publishing
 * (actions/outreach.ts); one added later is asked at once if the consultation is published.
 */

const DUPLICATE = 'Ten organ jest już na liście tych konsultacji (ta sama nazwa albo ten sam adres e-mail).'

/** Thrown inside the guarded batch when an equal body is listed already (or two were added at once). */
class Duplicate extends Error {}

/**
 * Lists an advisory body for the consultation. The INSERT … SELECT … WHERE NOT EXISTS is one statement, so of two
 * equal requests sent at once (a double click) one lists the body and the other gets a 409. A published consultation's
 * new body gets its request straight away.
 */
export async function addOpinion(
  deps: Deps,
  c: Consultation,
  body: OpinionCreate,
  now = deps.now(),
): Promise<AdvisoryOpinion> {
  const { db } = deps
  const id = newId()
  try {
    await guardedBatch(
      db,
      [
        db.run(sql`INSERT INTO ${advisoryOpinions}
          (id, tenant_id, consultation_id, body_name, email, required, due_on, created_at, updated_at)
          SELECT ${id}, ${c.tenantId}, ${c.id}, ${body.bodyName}, ${body.email}, ${body.required ? 1 : 0},
                 ${body.dueOn ?? null}, ${now.getTime()}, ${now.getTime()}
          WHERE NOT EXISTS (SELECT 1 FROM ${advisoryOpinions}
            WHERE ${advisoryOpinions.consultationId} = ${c.id}
              AND (lower(${advisoryOpinions.bodyName}) = lower(${body.bodyName}) OR ${advisoryOpinions.email} = ${body.email}))`),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: c.tenantId,
          action: 'ks.opinion.add',
          entity: 'ks_advisory_opinion',
          entityId: id,
          after: { consultation: c.number, ...body },
        }),
      ],
      () => new Duplicate(),
    )
  } catch (e) {
    if (e instanceof Duplicate) throw new ApiError(409, DUPLICATE)
    throw e
  }
  const added = (await opinionById(db, c.id, id))!
  if (c.status !== 'draft') await inviteAdvisoryBody(deps, c, added, now)
  return (await opinionById(db, c.id, id))!
}

/**
 * Changes a body's details or records its opinion: `opinion` (the text, or a summary of a paper one) with
 * `receivedOn`, the day it reached the office; `receivedOn: null` takes the record back. Only the fields sent change;
 * sending the same again changes nothing and writes no audit row. Recording the opinion is audited as
 * `ks.opinion.receive`, the rest as `ks.opinion.update`.
 */
export async function updateOpinion(
  deps: Deps,
  c: Consultation,
  current: AdvisoryOpinion,
  changes: OpinionUpdate,
  now = deps.now(),
): Promise<AdvisoryOpinion> {
  const { db } = deps
  const set: Partial<typeof advisoryOpinions.$inferInsert> = {}
  if (changes.bodyName !== undefined && changes.bodyName !== current.bodyName) set.bodyName = changes.bodyName
  if (changes.email !== undefined && changes.email !== current.email) set.email = changes.email
  if (changes.required !== undefined && changes.required !== current.required) set.required = changes.required
  if (changes.dueOn !== undefined && changes.dueOn !== current.dueOn) set.dueOn = changes.dueOn
  if (changes.opinion !== undefined && (changes.opinion || null) !== current.opinion)
    set.opinion = changes.opinion || null
  if (changes.receivedOn !== undefined) {
    const at = changes.receivedOn === null ? null : startOfWarsawDay(changes.receivedOn)
    if ((at?.getTime() ?? null) !== (current.receivedAt?.getTime() ?? null)) set.receivedAt = at
  }
  if (Object.keys(set).length === 0) return current
  const receiving = 'receivedAt' in set || 'opinion' in set
  const before = Object.fromEntries(Object.keys(set).map((k) => [k, current[k as keyof AdvisoryOpinion]]))
  await guardedBatch(
    db,
    [
      db
        .update(advisoryOpinions)
        .set({ ...set, updatedAt: now })
        .where(and(eq(advisoryOpinions.id, current.id), eq(advisoryOpinions.updatedAt, current.updatedAt))),
      requireChanged(db),
      auditInsert(deps, {
        tenantId: c.tenantId,
        action: receiving ? 'ks.opinion.receive' : 'ks.opinion.update',
        entity: 'ks_advisory_opinion',
        entityId: current.id,
        before,
        after: set,
      }),
    ],
    () =>
      new ApiError(
        409,
        'Ktoś inny zmienił ten wpis w międzyczasie, więc Twoich zmian nie zapisano. Odśwież stronę i spróbuj ponownie.',
      ),
  )
  return (await opinionById(db, c.id, current.id))!
}

/** The largest opinion file taken: a scanned resolution of a few pages. */
export const MAX_OPINION_FILE_BYTES = 10 * 1024 * 1024
export const OPINION_FILE_TOO_LARGE = 'Plik opinii może mieć najwyżej 10 MB.'

/**
 * Keeps the opinion as a PDF (the body's resolution, a signed scan) in the core file store, replacing an earlier one,
 * and records it as received (today, unless a day was recorded already). The file is checked by its bytes, so a
 * renamed page or program is never served back from the JST's address. The new file, the row's change and the audit
 * entry land in one guarded batch, the old file deleted with them.
 */
export async function attachOpinionFile(
  deps: Deps,
  c: Consultation,
  current: AdvisoryOpinion,
  file: unknown,
  now = deps.now(),
): Promise<AdvisoryOpinion> {
  if (!(file instanceof File) || file.size === 0)
    throw new ApiError(400, 'Wybierz plik opinii (PDF).', {
      errors: [{ field: 'file', detail: 'Wybierz plik opinii (PDF).' }],
    })
  if (file.size > MAX_OPINION_FILE_BYTES)
    throw new ApiError(413, OPINION_FILE_TOO_LARGE, { errors: [{ field: 'file', detail: OPINION_FILE_TOO_LARGE }] })
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (!contentMatches('application/pdf', bytes)) {
    const detail = 'Opinię dołącz jako plik PDF.'
    throw new ApiError(400, detail, { errors: [{ field: 'file', detail }] })
  }
  const { db, files } = deps
  const id = newId()
  const name = safeFileName(file.name || 'opinia.pdf')
  const receivedAt = current.receivedAt ?? startOfWarsawDay(warsawDate(now).date)
  await guardedBatch(
    db,
    [
      files.insert(
        {
          id,
          module: CONSULTATION_FILES,
          tenantId: c.tenantId,
          ownerId: current.id,
          kind: 'opinion',
          name,
          mime: 'application/pdf',
          size: bytes.byteLength,
          createdAt: now,
        },
        bytes,
      ),
      db
        .update(advisoryOpinions)
        .set({ opinionFileId: id, receivedAt, updatedAt: now })
        .where(and(eq(advisoryOpinions.id, current.id), eq(advisoryOpinions.updatedAt, current.updatedAt))),
      requireChanged(db),
      ...(current.opinionFileId ? [files.remove(CONSULTATION_FILES, c.tenantId, current.opinionFileId)] : []),
      auditInsert(deps, {
        tenantId: c.tenantId,
        action: 'ks.opinion.receive',
        entity: 'ks_advisory_opinion',
        entityId: current.id,
        before: { opinionFileId: current.opinionFileId, receivedAt: current.receivedAt },
        after: { opinionFileId: id, file: name, receivedAt },
      }),
    ],
    () =>
      new ApiError(
        409,
        'Ktoś inny zmienił ten wpis w międzyczasie, więc Twoich zmian nie zapisano. Odśwież stronę i spróbuj ponownie.',
      ),
  )
  return (await opinionById(db, c.id, current.id))!
}

/** The opinion's file, for the organisers (and the report). */
export async function opinionFile(deps: Pick<Deps, 'files'>, c: Consultation, o: AdvisoryOpinion) {
  const file = o.opinionFileId
    ? await deps.files.read(CONSULTATION_FILES, c.tenantId, o.id, o.opinionFileId)
    : undefined
  if (!file) throw notFound('Do tej opinii nie dołączono pliku.')
  return file
}
