import { and, eq, isNull, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Db } from '../../core/db/client'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { endOfWarsawDay } from '../../core/time/polish-calendar'
import type { BodyKind } from '../domain/bodies'
import { addDays, dayOf } from '../domain/dates'
import { inquiryState } from '../domain/deadlines'
import type { PaperInquiry } from '../input/inquiries'
import { inquiryByNumber, type InquiryRow } from '../queries/inquiries'
import type { CouncilBody } from '../queries/bodies-ref'
import { councilInquiries, councilResolutions } from '../tables'

/*
 * A body's inquiries and requests to the executive (rada seniorów: usg art. 5c ust. 3a): created when the body adopts
 * a resolution of kind `wniosek` (the adoption's batch carries `inquiryInsert`) or registered by staff when the body
 * adopted it on paper; answered once, in writing, by staff, who and when on record.
 */

/** The module's name in the file store. */
export const COUNCIL_FILES = 'councils'

/** The largest answer file taken: a scanned letter of a few pages. */
export const MAX_ANSWER_FILE_BYTES = 10 * 1024 * 1024
export const ANSWER_FILE_TOO_LARGE = 'Plik odpowiedzi może mieć najwyżej 10 MB.'

/** The last day that counts for an inquiry delivered at `deliveredAt`: the law's 30 days, the recorded days, or none. */
export function inquiryDueOn(kind: BodyKind, deliveredAt: Date, days: number | null): string | null {
  return inquiryState({ bodyKind: kind, deliveredAt, days, answeredAt: null }, deliveredAt).deadline?.lastDay ?? null
}

/**
 * The INSERT of a body's inquiry, numbered next in the body in the same statement (the unique number per body makes a
 * second insert at the same moment fail rather than share a number), for a caller's `db.batch`: task E's adoption of
 * a `wniosek` puts it next to the resolution's own update, so the inquiry exists exactly when the resolution is
 * adopted. `days`: the days to answer where the law sets none. Refuses (no row, so a following `requireChanged`
 * fails) when the resolution already has its inquiry.
 */
export function inquiryInsert(
  db: Db,
  row: {
    id: string
    tenantId: string
    bodyId: string
    bodyKind: BodyKind
    resolutionId: string | null
    title: string
    text: string
    deliveredAt: Date
    days?: number | null
    createdAt: Date
  },
) {
  const dueOn = inquiryDueOn(row.bodyKind, row.deliveredAt, row.days ?? null)
  return db.run(sql`INSERT INTO ${councilInquiries}
    (id, tenant_id, body_id, number, resolution_id, title, text, delivered_at, due_on, created_at)
    SELECT ${row.id}, ${row.tenantId}, ${row.bodyId},
      (SELECT COALESCE(MAX(number), 0) + 1 FROM ${councilInquiries} WHERE body_id = ${row.bodyId}),
      ${row.resolutionId}, ${row.title}, ${row.text}, ${row.deliveredAt.getTime()}, ${dueOn}, ${row.createdAt.getTime()}
    WHERE ${row.resolutionId} IS NULL
      OR NOT EXISTS (SELECT 1 FROM ${councilInquiries} WHERE resolution_id = ${row.resolutionId})`)
}

/** Whether `error` is two inserts taking one number of a body at once (the loser retries with the next). */
function numberTaken(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (/UNIQUE constraint failed: rd_inquiries\.(body_id|number)/.test(String((e as { message?: unknown }).message)))
      return true
  return false
}

const RESOLUTION_UNKNOWN =
  'Ta rada nie ma w platformie uchwały o tym numerze. Zostaw pole puste, jeśli uchwałę podjęto poza platformą.'
const RESOLUTION_TAKEN = 'Zapytanie z tej uchwały jest już zarejestrowane.'

/**
 * Registers an inquiry the body adopted outside the platform: delivered on `deliveredOn` (not in the future; the clock
 * counts from the next day), linked to the body's resolution when its number is given and known here. The body's
 * kind decides the days (rada seniorów: 30 by law; others: `days`, or none). Numbered next in the body; the insert and
 * its audit row (`rd.inquiry.register`) land together.
 */
export async function registerPaperInquiry(deps: Deps, body: CouncilBody, input: PaperInquiry): Promise<InquiryRow> {
  const { db } = deps
  const now = deps.now()
  if (input.deliveredOn > dayOf(now)) {
    const detail = 'Dzień doręczenia nie może być w przyszłości.'
    throw new ApiError(400, detail, { errors: [{ field: 'deliveredOn', detail }] })
  }
  let resolutionId: string | null = null
  if (input.resolutionNumber) {
    const [found] = await db
      .select({ id: councilResolutions.id, kind: councilResolutions.kind })
      .from(councilResolutions)
      .where(and(eq(councilResolutions.bodyId, body.id), eq(councilResolutions.number, input.resolutionNumber)))
    if (!found)
      throw new ApiError(400, RESOLUTION_UNKNOWN, {
        errors: [{ field: 'resolutionNumber', detail: RESOLUTION_UNKNOWN }],
      })
    resolutionId = found.id
  }
  const deliveredAt = endOfWarsawDay(addDays(input.deliveredOn, -1))
  const days = input.days ?? null
  const id = newId()
  for (let attempt = 0; ; attempt++) {
    try {
      await guardedBatch(
        db,
        [
          inquiryInsert(db, {
            id,
            tenantId: body.tenantId,
            bodyId: body.id,
            bodyKind: body.kind,
            resolutionId,
            title: input.title,
            text: input.text,
            deliveredAt,
            days,
            createdAt: now,
          }),
          requireChanged(db),
          auditInsert(deps, {
            tenantId: body.tenantId,
            action: 'rd.inquiry.register',
            entity: 'rd_inquiry',
            entityId: id,
            after: { body: body.slug, title: input.title, deliveredOn: input.deliveredOn, resolutionId, days },
          }),
        ],
        () => new ApiError(409, RESOLUTION_TAKEN),
      )
      break
    } catch (e) {
      if (attempt < 4 && numberTaken(e)) continue
      throw e
    }
  }
  const [row] = await db
    .select({ number: councilInquiries.number })
    .from(councilInquiries)
    .where(eq(councilInquiries.id, id))
  return (await inquiryByNumber(db, body.id, row!.number))!
}

const ANSWERED = 'Na to zapytanie już odpowiedziano; odpowiedzi nie zmienia się po jej udzieleniu.'

/**
 * Records the executive's written answer: its text and/or the signed letter as a PDF (checked by its bytes). Once: the
 * UPDATE claims only an unanswered inquiry, so of two answers sent at once one is kept and the other gets a 409, and a
 * file of the loser is not kept either (it is in the same batch). Who answered and when go with it, and the audit row
 * (`rd.inquiry.answer`).
 */
export async function answerInquiry(
  deps: Deps,
  body: CouncilBody,
  current: InquiryRow,
  input: { answer: string | null; file: File | null },
): Promise<InquiryRow> {
  const { db, files } = deps
  if (current.inquiry.answeredAt) throw new ApiError(409, ANSWERED)
  const answer = input.answer?.trim() || null
  let bytes: Uint8Array | null = null
  if (input.file) {
    if (input.file.size > MAX_ANSWER_FILE_BYTES)
      throw new ApiError(413, ANSWER_FILE_TOO_LARGE, { errors: [{ field: 'file', detail: ANSWER_FILE_TOO_LARGE }] })
    bytes = new Uint8Array(await input.file.arrayBuffer())
    if (!contentMatches('application/pdf', bytes)) {
      const detail = 'Odpowiedź dołącz jako plik PDF.'
      throw new ApiError(400, detail, { errors: [{ field: 'file', detail }] })
    }
  }
  if (!answer && !bytes) {
    const detail = 'Wpisz treść odpowiedzi albo dołącz plik PDF.'
    throw new ApiError(400, detail, { errors: [{ field: 'answer', detail }] })
  }
  const now = deps.now()
  const fileId = bytes ? newId() : null
  const i = current.inquiry
  await guardedBatch(
    db,
    [
      ...(bytes && fileId
        ? [
            files.insert(
              {
                id: fileId,
                module: COUNCIL_FILES,
                tenantId: i.tenantId,
                ownerId: i.id,
                kind: 'inquiry-answer',
                name: safeFileName(input.file?.name || `odpowiedz-${i.number}.pdf`),
                mime: 'application/pdf',
                size: bytes.byteLength,
                createdAt: now,
              },
              bytes,
            ),
          ]
        : []),
      db
        .update(councilInquiries)
        .set({ answer, answerFileId: fileId, answeredAt: now, answeredBy: deps.user?.id ?? null })
        .where(and(eq(councilInquiries.id, i.id), isNull(councilInquiries.answeredAt))),
      requireChanged(db),
      auditInsert(deps, {
        tenantId: i.tenantId,
        action: 'rd.inquiry.answer',
        entity: 'rd_inquiry',
        entityId: i.id,
        after: { body: body.slug, number: i.number, answer: answer !== null, file: fileId !== null },
      }),
    ] as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]],
    () => new ApiError(409, ANSWERED),
  )
  return (await inquiryByNumber(db, body.id, i.number))!
}

/** The answer's PDF, public once given (the answer is published with the inquiry). */
export async function inquiryAnswerFile(deps: Pick<Deps, 'files'>, i: InquiryRow['inquiry']) {
  const file = i.answerFileId ? await deps.files.read(COUNCIL_FILES, i.tenantId, i.id, i.answerFileId) : undefined
  if (!file) throw notFound('Do tej odpowiedzi nie dołączono pliku.')
  return file
}
