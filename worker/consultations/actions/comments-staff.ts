import { and, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import type { Db } from '../../core/db/client'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { personKey } from '../../core/identity/person'
import { hashToken, newId } from '../../core/ids'
import { warsawDate } from '../../core/time/polish-calendar'
import { RECEIPT_BYTES } from '../domain/receipt'
import { checkSurvey, type SurveyQuestion } from '../domain/survey'
import type { CommentIntake } from '../input/comments'
import { notifyCommentKeyedIn } from '../notify/comments'
import { consultationById, type Consultation } from '../queries'
import { commentByNumber, meetingOfConsultation, recentDuplicate, type CommentRow } from '../queries/comments'
import { comments, consultations } from '../tables'
import type { KeyedInComment } from '../views/comments'
import { authorOf, insertComment, newReceipt, placeOnDraft, surveyAnswersOf, type CommentPlace } from './comments'

/*
 * The office's side of comments: keying in those received on paper, by e-mail or at a meeting (confirmed at once,
 * with a receipt printed for the author), moderation (hiding from the public with a reason, never deleting), the
 * survey's questions, and the erasure of the authors' personal data.
 */

/** How long an exact duplicate keyed in by the same person is taken for a double submission. */
export const DUPLICATE_WINDOW_MS = 60_000
/** Unconfirmed comments' personal data is kept this long after the end (the author may still ask what happened). */
export const UNCONFIRMED_KEPT_MS = 7 * 24 * 60 * 60 * 1000

const field = (name: string, detail: string) => new ApiError(400, detail, { errors: [{ field: name, detail }] })

/**
 * The receipt of a staff intake sent with an `Idempotency-Key`: derived from the key (with the server's secret, the
 * consultation and the staff member), so the same request sent again makes the same receipt, which the unique index
 * of receipts refuses a second time; the repeat then answers the first comment's number and receipt. Without the
 * secret nobody can compute it.
 */
async function receiptOfKey(deps: Deps, c: Pick<Consultation, 'id'>, key: string) {
  const hex = await personKey(deps.config.identityPepper, ['ks-intake', c.id, deps.user?.id ?? '', key])
  const bytes = new Uint8Array(RECEIPT_BYTES)
  for (let i = 0; i < RECEIPT_BYTES; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return newReceipt(bytes)
}

/**
 * A comment received on paper, by e-mail or at a meeting, keyed in by staff: confirmed at once (the office received
 * it). Its `receivedOn` must fall within the consultation's days, the postmark rule (a letter dated on the last day
 * counts, whenever it arrives), and not in the future; a meeting named must be one of this consultation's. Idempotent:
 * with an `Idempotency-Key` a repeat answers the first comment (`created: false`); without one, the same text keyed in
 * by the same person within a minute is refused as a double submission (409).
 */
export async function intakeComment(
  deps: Deps,
  place: CommentPlace,
  body: CommentIntake,
  idempotencyKey: string | null,
  now = deps.now(),
): Promise<KeyedInComment & { created: boolean }> {
  const c = place.consultation
  if (c.status === 'draft')
    throw new ApiError(409, 'Konsultacje nie zostały jeszcze ogłoszone: nie można do nich wpisywać uwag.')
  if (c.status === 'reported')
    throw new ApiError(409, 'Raport z konsultacji został już opublikowany: nie można dopisywać uwag.')
  if (body.receivedOn < c.startDate || body.receivedOn > c.endDate)
    throw field(
      'receivedOn',
      `Uwaga z dnia ${body.receivedOn} jest poza terminem konsultacji (od ${c.startDate} do ${c.endDate}).`,
    )
  if (body.receivedOn > warsawDate(now).date) throw field('receivedOn', 'Data wpływu nie może być z przyszłości.')
  const meetingId = body.meetingId || null
  if (meetingId && body.channel !== 'meeting')
    throw field('meetingId', 'Spotkanie podaje się tylko przy uwagach zgłoszonych na spotkaniu.')
  if (meetingId && !(await meetingOfConsultation(deps.db, c.id, meetingId)))
    throw field('meetingId', 'Nie ma takiego spotkania w tych konsultacjach.')
  const onDraft = await placeOnDraft(deps, c, body.paragraphId, body.documentVersion)
  const author = await authorOf(deps, c, body, null)
  const surveyAnswers = surveyAnswersOf(c, body.surveyAnswers)
  const enteredBy = deps.user?.id ?? null
  const key = idempotencyKey?.trim() || null
  if (key && key.length > 200) throw new ApiError(400, 'Nagłówek Idempotency-Key może mieć najwyżej 200 znaków.')
  const { receipt, hash } = key ? await receiptOfKey(deps, c, key) : await newReceipt()
  if (key) {
    const earlier = await repeated(deps.db, hash, body.text)
    if (earlier) return { number: earlier.number, receipt, created: false }
  } else {
    const twin = await recentDuplicate(deps.db, c.id, {
      text: body.text,
      authorName: author.authorName,
      channel: body.channel,
      enteredBy,
      since: new Date(now.getTime() - DUPLICATE_WINDOW_MS),
    })
    if (twin) throw new ApiError(409, `Ta uwaga została już wpisana przed chwilą (nr ${twin.number}).`)
  }
  const email = body.email || null
  let saved: CommentRow
  try {
    saved = await insertComment(
      deps,
      {
        id: newId(),
        tenantId: c.tenantId,
        consultationId: c.id,
        receiptHash: hash,
        ...onDraft,
        quotedPassage: body.quotedPassage ?? '',
        proposal: body.proposal ?? '',
        text: body.text,
        surveyAnswers,
        ...author,
        authorEmail: email,
        channel: body.channel,
        meetingId,
        enteredBy,
        receivedOn: body.receivedOn,
        status: 'confirmed',
        confirmedAt: now,
        lang: 'pl',
        createdAt: now,
        updatedAt: now,
      },
      {
        action: 'ks.comment.intake',
        after: { ...onDraft, channel: body.channel, receivedOn: body.receivedOn, meetingId },
      },
    )
  } catch (e) {
    const earlier = key ? await repeated(deps.db, hash, body.text) : undefined
    if (!earlier) throw e
    return { number: earlier.number, receipt, created: false }
  }
  if (email)
    await notifyCommentKeyedIn(
      deps,
      { tenant: place.tenant, consultation: c },
      { to: email, lang: 'pl', number: saved.number, receipt },
    )
  return { number: saved.number, receipt, created: true }
}

/** The comment an `Idempotency-Key` made before; the same key sent with another comment is a 409. */
async function repeated(db: Db, hash: string, text: string): Promise<CommentRow | undefined> {
  const earlier = await db.query.comments.findFirst({ where: eq(comments.receiptHash, hash) })
  if (earlier && earlier.text !== text)
    throw new ApiError(409, 'Ten sam nagłówek Idempotency-Key wysłano już z inną uwagą.')
  return earlier
}

/** The comment `number` of the consultation, or a Polish 404. */
export async function commentOrNotFound(deps: Pick<Deps, 'db'>, c: Consultation, number: number) {
  const found = await commentByNumber(deps.db, c.id, number)
  if (!found) throw notFound('Nie ma takiej uwagi.')
  return found
}

/**
 * Hides a comment from the public (offensive words, personal data of others), with the reason shown in its place. It
 * still counts and is still answered; nothing is deleted. Hiding a hidden comment changes nothing (one audit row for
 * two moderators at once).
 */
export async function hideComment(
  deps: Deps,
  c: Consultation,
  number: number,
  reason: string,
  now = deps.now(),
): Promise<CommentRow> {
  const found = await commentOrNotFound(deps, c, number)
  if (found.hiddenAt) return found
  await moderate(deps, c, found, true, reason, now)
  return (await commentByNumber(deps.db, c.id, number))!
}

/** Shows a hidden comment again; showing a visible one changes nothing. */
export async function unhideComment(deps: Deps, c: Consultation, number: number, now = deps.now()) {
  const found = await commentOrNotFound(deps, c, number)
  if (!found.hiddenAt) return found
  await moderate(deps, c, found, false, null, now)
  return (await commentByNumber(deps.db, c.id, number))!
}

class LostRace extends Error {}

async function moderate(
  deps: Deps,
  c: Consultation,
  found: CommentRow,
  hide: boolean,
  reason: string | null,
  now: Date,
): Promise<void> {
  const { db } = deps
  try {
    await guardedBatch(
      db,
      [
        db
          .update(comments)
          .set(
            hide
              ? { hiddenAt: now, hiddenBy: deps.user?.id ?? null, hiddenReason: reason, updatedAt: now }
              : { hiddenAt: null, hiddenBy: null, hiddenReason: null, updatedAt: now },
          )
          .where(and(eq(comments.id, found.id), hide ? isNull(comments.hiddenAt) : isNotNull(comments.hiddenAt))),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: c.tenantId,
          action: hide ? 'ks.comment.hide' : 'ks.comment.unhide',
          entity: 'ks_comment',
          entityId: found.id,
          before: { hiddenReason: found.hiddenReason },
          after: { number: found.number, hiddenReason: reason },
        }),
      ],
      () => new LostRace(),
    )
  } catch (e) {
    if (!(e instanceof LostRace)) throw e
  }
}

const SURVEY_STARTED =
  'Konsultacje już się rozpoczęły: pytań ankiety nie można zmienić, bo część osób już na nie odpowiedziała.'

/**
 * Sets the survey's questions, until the start only (afterwards people have answered them: a change would make the
 * answers incomparable). The UPDATE checks that again, so a survey saved as the consultation starts is refused.
 */
export async function updateSurvey(
  deps: Deps,
  c: Consultation,
  questions: SurveyQuestion[],
  now = deps.now(),
): Promise<SurveyQuestion[]> {
  const started = (x: Consultation) =>
    x.status === 'reported' || (x.status !== 'draft' && (!x.startsAt || now >= x.startsAt))
  if (started(c)) throw new ApiError(409, SURVEY_STARTED)
  const errors = checkSurvey(questions)
  if (errors.length) throw new ApiError(400, errors[0]!.detail, { errors })
  const cleaned = questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    text: q.text.trim(),
    ...(q.kind === 'single' || q.kind === 'multiple' ? { options: (q.options ?? []).map((o) => o.trim()) } : {}),
    ...(q.kind === 'scale' ? { min: q.min, max: q.max } : {}),
    ...(q.required ? { required: true } : {}),
  }))
  const { db } = deps
  await guardedBatch(
    db,
    [
      db
        .update(consultations)
        .set({ survey: cleaned, updatedAt: now })
        .where(
          and(
            eq(consultations.id, c.id),
            or(
              eq(consultations.status, 'draft'),
              and(eq(consultations.status, 'published'), sql`${consultations.startsAt} > ${now.getTime()}`),
            ),
          ),
        ),
      requireChanged(db),
      auditInsert(deps, {
        tenantId: c.tenantId,
        action: 'ks.survey.update',
        entity: 'ks_consultation',
        entityId: c.id,
        before: { questions: c.survey },
        after: { questions: cleaned },
      }),
    ],
    () => new ApiError(409, SURVEY_STARTED),
  )
  return ((await consultationById(db, c.id))?.survey ?? []) as SurveyQuestion[]
}

/**
 * Erases the authors' personal data (name, address, e-mail) of comments whose `eraseAfter` has come (set when the
 * report is published: the report keeps the organisation's name, a resident is "Mieszkaniec"), and of comments never
 * confirmed, a week after the consultation's end (they never counted). The comment itself, its number and text, stay
 * in the record. Idempotent, run by the module's tick; returns how many comments were erased.
 */
export async function eraseCommentPersonalData(db: Db, now: Date): Promise<number> {
  const ended = db
    .select({ id: consultations.id })
    .from(consultations)
    .where(lte(consultations.endsAt, new Date(now.getTime() - UNCONFIRMED_KEPT_MS)))
  const erased = await db
    .update(comments)
    .set({ authorName: null, authorAddress: null, authorEmail: null, erasedAt: now })
    .where(
      and(
        isNull(comments.erasedAt),
        or(
          lte(comments.eraseAfter, now),
          and(eq(comments.status, 'unconfirmed'), inArray(comments.consultationId, ended)),
        ),
      ),
    )
    .returning({ id: comments.id })
  return erased.length
}
