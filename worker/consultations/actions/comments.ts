import type { InArgs, InStatement, InValue } from '@libsql/client'
import { and, eq, getTableColumns, ne } from 'drizzle-orm'
import { auditInsert, type AuditEntry } from '../../core/audit/record'
import { sharedStatementsCommit } from '../../core/db/group-commit'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound, type FieldError } from '../../core/http/problem'
import { personKey } from '../../core/identity/person'
import { hashToken, newId, newToken, randomBytes } from '../../core/ids'
import { representativeOf } from '../../core/organizations/representative'
import type { Organization } from '../../core/organizations/queries'
import { formatWarsaw } from '../../core/time/polish-calendar'
import { normalizeReceipt, receiptFromBytes, RECEIPT_BYTES } from '../domain/receipt'
import { checkSurveyAnswers, cleanSurveyAnswers, surveyOf } from '../domain/survey'
import type { CommentCorrection, CommentSubmit } from '../input/comments'
import { notifyCommentSubmitted } from '../notify/comments'
import {
  commentByNumber,
  commentByReceipt,
  commentsOf,
  commentState,
  commentToConfirm,
  currentDraftVersion,
  draftParagraphIds,
  type CommentConsultation,
  type CommentRow,
  type CommentWithAnswer,
} from '../queries/comments'
import type { Consultation } from '../queries'
import { commentRevisions, comments } from '../tables'
import type { SubmittedComment } from '../views/comments'

/*
 * Comments from residents and NGOs, without an account: sent online (counted once the e-mailed link confirms them),
 * read, corrected and withdrawn by their receipt until the consultation's end. Every write is one batch with its audit
 * row; the writes that can race (confirming, correcting, withdrawing) are guarded UPDATEs, so two at once make one
 * change and one audit row.
 */

/**
 * The JST and the consultation a comment belongs to: the author's routes read only the columns the actions need
 * (`CommentConsultation`); staff routes and the demo seed have the whole row.
 */
export interface CommentPlace<C extends CommentConsultation = Consultation> {
  tenant: { id: string; slug: string; name: string }
  consultation: C
}

/** Online comments one network address may send per hour (a library or a school computer serves many people). */
export const COMMENTS_PER_HOUR_PER_ADDRESS = 30
/** Online comments per hour naming one e-mail address: nobody floods a mailbox with confirmation links. */
export const COMMENTS_PER_HOUR_PER_EMAIL = 10
/** Receipt lookups, corrections and withdrawals per hour from one address: guessing receipts stays hopeless. */
export const RECEIPT_USES_PER_HOUR_PER_ADDRESS = 60
/** How long the e-mailed link confirms a comment, at most: never past the consultation's end. */
export const CONFIRM_WITHIN_MS = 7 * 24 * 60 * 60 * 1000

/** The same answer for every receipt that opens nothing (wrong, malformed, of another consultation). */
export const NO_SUCH_RECEIPT = 'Nie ma uwagi o tym numerze potwierdzenia.'
const NO_SUCH_LINK = 'Ten link potwierdzenia nie działa. Sprawdź, czy skopiowano go w całości.'

/** A batch refused by its guard, to look again at what the other request did. */
class LostRace extends Error {}

const field = (name: string, detail: string) => ({ field: name, detail })
const refuse = (errors: FieldError[]) => new ApiError(400, errors[0]!.detail, { errors })

/** Counts one use against a per-address (and optional per-key) hourly limit, with a Polish 429. */
export async function limitPerHour(deps: Pick<Deps, 'rateLimiter'>, key: string, limit: number, detail: string) {
  const { success, retryAfter } = await deps.rateLimiter.limit(key, { limit, periodSeconds: 3600 })
  if (!success) throw new ApiError(429, detail, { headers: { 'Retry-After': String(retryAfter) } })
}

/**
 * Counts one use against several hourly limits, refusing with the text of the first one exceeded. The stored limiter
 * counts them all in one statement (one write per request instead of one per limit), and then every limit is counted
 * even past one that refuses; a limiter without `limitAll` counts them one by one.
 */
export async function limitAllPerHour(
  deps: Pick<Deps, 'rateLimiter'>,
  limits: readonly { key: string; limit: number; detail: string }[],
) {
  const { rateLimiter } = deps
  if (!rateLimiter.limitAll) {
    for (const l of limits) await limitPerHour(deps, l.key, l.limit, l.detail)
    return
  }
  const results = await rateLimiter.limitAll(
    limits.map((l) => ({ key: l.key, rule: { limit: l.limit, periodSeconds: 3600 } })),
  )
  const refused = results.findIndex((r) => !r.success)
  if (refused >= 0)
    throw new ApiError(429, limits[refused]!.detail, {
      headers: { 'Retry-After': String(results[refused]!.retryAfter) },
    })
}

/**
 * Whether comments are taken now: not before the first day, not after the last (the end of the last day in Warsaw),
 * and never once the report is published. The refusal names the day.
 */
export function requireCommentsOpen(c: CommentConsultation, now: Date): void {
  if (c.status === 'reported' || (c.endsAt && now >= c.endsAt))
    throw new ApiError(
      409,
      `Konsultacje zakończyły się ${formatWarsaw(c.endsAt ?? now, 'deadline')}: uwag nie można już zgłaszać ani zmieniać.`,
    )
  if (c.status !== 'published' || !c.startsAt || now < c.startsAt)
    throw new ApiError(
      409,
      `Konsultacje jeszcze się nie rozpoczęły: uwagi można zgłaszać od ${formatWarsaw(c.startsAt ?? c.startDate, 'start')}.`,
    )
}

/**
 * The version a comment is made on and its paragraph: `documentVersion` defaults to the current one; a paragraph must
 * exist in that version. A general comment (no paragraph) still records the version it was made on.
 */
export async function placeOnDraft(
  deps: Pick<Deps, 'db'>,
  c: CommentConsultation,
  paragraphId: string | null | undefined,
  version: number | null | undefined,
): Promise<{ documentVersion: number | null; paragraphId: string | null }> {
  const chosen = version ?? (await currentDraftVersion(deps.db, c.id))
  const ids = chosen === null ? null : await draftParagraphIds(deps.db, c.id, chosen)
  if (!paragraphId) return { documentVersion: ids ? chosen : null, paragraphId: null }
  if (!ids) throw refuse([field('documentVersion', 'Nie ma takiej wersji projektu.')])
  if (!ids.has(paragraphId)) throw refuse([field('paragraphId', 'W tej wersji projektu nie ma takiego fragmentu.')])
  return { documentVersion: chosen, paragraphId }
}

/** Who a comment is from, as stored: a resident, an organisation from the directory, or one named in the form. */
export interface CommentAuthor {
  authorKind: 'resident' | 'organization'
  authorName: string
  authorAddress: string | null
  organizationId: string | null
  organizationName: string | null
  organizationRegister: string | null
}

/** How an organisation from the directory is named in a comment: its register and number, as the report prints them. */
export function registerOf(o: Pick<Organization, 'register' | 'registerName' | 'registerNumber'>): string {
  return o.register === 'krs' ? `KRS ${o.registerNumber}` : `${o.registerName ?? ''} ${o.registerNumber}`.trim()
}

/**
 * The author of a comment from the form and, for an organisation, the representative's key: with a key the
 * organisation is the directory's (its name and register taken from there); without one an organisation must be named
 * with its register number, so the report can say who spoke. Residents give their name and address (no PESEL: minors
 * may comment too). Who the consultation addresses decides whether residents may comment at all.
 */
export async function authorOf(
  deps: Deps,
  c: CommentConsultation,
  body: Pick<
    CommentSubmit,
    'authorKind' | 'authorName' | 'authorAddress' | 'organizationName' | 'organizationRegister'
  >,
  representativeKey: string | null,
): Promise<CommentAuthor> {
  const errors: FieldError[] = []
  const address = body.authorAddress?.trim() || null
  if (body.authorKind === 'resident') {
    if (c.audience === 'ngos')
      errors.push(
        field('authorKind', 'Te konsultacje są skierowane do organizacji pozarządowych: uwagę zgłasza organizacja.'),
      )
    if (!address) errors.push(field('authorAddress', 'Podaj adres zamieszkania.'))
    if (errors.length) throw refuse(errors)
    return {
      authorKind: 'resident',
      authorName: body.authorName,
      authorAddress: address,
      organizationId: null,
      organizationName: null,
      organizationRegister: null,
    }
  }
  if (representativeKey) {
    const o = await representativeOf(deps, representativeKey)
    if (!o)
      throw new ApiError(
        403,
        'Klucz przedstawiciela organizacji nie działa. Otwórz ponownie link z e-maila albo wpisz nazwę i numer w rejestrze.',
      )
    return {
      authorKind: 'organization',
      authorName: body.authorName,
      authorAddress: address,
      organizationId: o.id,
      organizationName: o.name,
      organizationRegister: registerOf(o),
    }
  }
  const name = body.organizationName?.trim() ?? ''
  const register = body.organizationRegister?.trim() ?? ''
  if (name.length < 3) errors.push(field('organizationName', 'Podaj pełną nazwę organizacji.'))
  if (!register)
    errors.push(
      field(
        'organizationRegister',
        'Podaj numer organizacji w KRS albo w innym rejestrze lub ewidencji (np. KRS 0000123456).',
      ),
    )
  if (errors.length) throw refuse(errors)
  return {
    authorKind: 'organization',
    authorName: body.authorName,
    authorAddress: address,
    organizationId: null,
    organizationName: name,
    organizationRegister: register,
  }
}

/** The survey answers of a comment, checked against the consultation's questions (field errors `surveyAnswers.<id>`). */
export function surveyAnswersOf(c: CommentConsultation, answers: Record<string, unknown> | undefined) {
  const questions = surveyOf(c.survey)
  const errors = checkSurveyAnswers(questions, answers)
  if (errors.length) throw refuse(errors)
  return cleanSurveyAnswers(questions, answers)
}

const isUnique = (e: unknown) => {
  for (let x: unknown = e, depth = 0; x && depth < 5; x = (x as { cause?: unknown }).cause, depth++)
    if (/UNIQUE constraint failed/i.test(String((x as { message?: unknown }).message ?? x))) return true
  return false
}

/**
 * The transactions of comments: each caller's statements (a comment with its audit row, a confirmation with its
 * audit row) run as they would alone, but the writes of residents sending or confirming at the same moment share one
 * commit (`groupCommit`), as ballots do: a city's campaign brings thousands within minutes.
 */
const commentWriter = (deps: Pick<Deps, 'db'>) => sharedStatementsCommit(deps.db.$client, 'ks-comments')

/** A drizzle statement as the libSQL client runs it (the same SQL and driver values drizzle itself would send). */
function statementOf(query: { toSQL(): { sql: string; params: unknown[] } }): { sql: string; args: InArgs } {
  const { sql, params } = query.toSQL()
  return { sql, args: params as InArgs }
}

/**
 * The audit row of a change made by the statement just before it, written only if that statement changed a row
 * (SQLite's `changes()`): of two confirmations of one comment at once, one changes it and one audit row says so.
 */
function auditIfChanged(deps: Deps, entry: AuditEntry): InStatement {
  const { sql, args } = statementOf(auditInsert(deps, entry))
  const conditional = sql.replace(/ values \((.*)\)$/s, ' select $1 where changes() = 1')
  if (conditional === sql) throw new Error(`audit: unexpected statement ${sql}`)
  return { sql: conditional, args }
}

const commentColumns = getTableColumns(comments)

/**
 * The INSERT of a comment row taking the consultation's next number inside the statement (kept unique by an index; a
 * lost race retries), with each value as drizzle would store it (the column's own mapping: JSON, millisecond
 * timestamps) but without building a query for every comment sent.
 */
function insertStatement(row: Omit<typeof comments.$inferInsert, 'number'>): InStatement {
  const names: string[] = []
  const args: InValue[] = []
  for (const [key, value] of Object.entries(row)) {
    const column = commentColumns[key as keyof typeof commentColumns]
    if (value === undefined || !column) continue
    names.push(`"${column.name}"`)
    args.push(value === null ? null : (column.mapToDriverValue(value as never) as InValue))
  }
  return {
    sql: `INSERT INTO ks_comments (${names.join(', ')}, "number") VALUES (${names.map(() => '?').join(', ')}, (SELECT COALESCE(MAX("number"), 0) + 1 FROM ks_comments WHERE consultation_id = ?)) RETURNING "number"`,
    args: [...args, row.consultationId],
  }
}

/**
 * Stores a comment with its audit row, taking the next number; two comments sent at once get two numbers (on one
 * server they share a commit, in which each takes the next; from two servers the loser of a number retries). A
 * conflict on anything but the number (the receipt, for a repeated staff intake) is passed on to the caller.
 */
export async function storeComment(
  deps: Deps,
  row: Omit<typeof comments.$inferInsert, 'number'>,
  audit: { action: string; after: Record<string, unknown> },
): Promise<number> {
  const id = row.id!
  const statements = [
    insertStatement(row),
    statementOf(
      auditInsert(deps, {
        tenantId: row.tenantId,
        action: audit.action,
        entity: 'ks_comment',
        entityId: id,
        after: audit.after,
      }),
    ),
  ]
  for (let attempt = 0; ; attempt++) {
    try {
      const [inserted] = await commentWriter(deps).submit(statements)
      return Number(inserted!.rows[0]!.number)
    } catch (e) {
      if (!isUnique(e) || attempt >= 5) throw e
      if (await deps.db.query.comments.findFirst({ where: eq(comments.receiptHash, row.receiptHash) })) throw e
    }
  }
}

/** `storeComment`, answering the stored row (staff intake shows it whole). */
export async function insertComment(
  deps: Deps,
  row: Omit<typeof comments.$inferInsert, 'number'>,
  audit: { action: string; after: Record<string, unknown> },
): Promise<CommentRow> {
  await storeComment(deps, row, audit)
  return (await deps.db.query.comments.findFirst({ where: eq(comments.id, row.id!) }))!
}

/** A new receipt and its hash (the receipt goes to the author, only the hash is kept). */
export async function newReceipt(bytes = randomBytes(RECEIPT_BYTES)): Promise<{ receipt: string; hash: string }> {
  const receipt = receiptFromBytes(bytes)
  return { receipt, hash: await hashToken(receipt) }
}

/**
 * A comment sent online. Refused outside the consultation's dates (409, naming the day), on a paragraph the version
 * does not have, from an organisation named neither by its directory key nor by its register number, or with survey
 * answers that do not fit the questions (400 field errors). Stored `unconfirmed`: it counts once the e-mailed link is
 * used (by `confirmBy`, never after the end). The answer carries the receipt, shown once and e-mailed with the link.
 */
export async function submitComment(
  deps: Deps,
  place: CommentPlace<CommentConsultation>,
  body: CommentSubmit,
  representativeKey: string | null,
  now = deps.now(),
): Promise<SubmittedComment> {
  const c = place.consultation
  requireCommentsOpen(c, now)
  await limitAllPerHour(deps, [
    {
      key: `ks-comment:${deps.ip}`,
      limit: COMMENTS_PER_HOUR_PER_ADDRESS,
      detail: 'Zbyt wiele uwag z tego adresu. Spróbuj za godzinę.',
    },
    {
      key: `ks-comment-email:${await personKey(deps.config.identityPepper, ['ks-comment', body.email])}`,
      limit: COMMENTS_PER_HOUR_PER_EMAIL,
      detail:
        'Na ten adres e-mail wysłaliśmy już kilka linków potwierdzenia. Sprawdź skrzynkę (także folder spam) albo spróbuj za godzinę.',
    },
  ])
  const onDraft = await placeOnDraft(deps, c, body.paragraphId, body.documentVersion)
  const author = await authorOf(deps, c, body, representativeKey)
  const surveyAnswers = surveyAnswersOf(c, body.surveyAnswers)
  const { receipt, hash } = await newReceipt()
  const token = newToken()
  const confirmBy = new Date(Math.min(now.getTime() + CONFIRM_WITHIN_MS, c.endsAt!.getTime()))
  const id = newId()
  const number = await storeComment(
    deps,
    {
      id,
      tenantId: c.tenantId,
      consultationId: c.id,
      receiptHash: hash,
      ...onDraft,
      quotedPassage: body.quotedPassage ?? '',
      proposal: body.proposal ?? '',
      text: body.text,
      surveyAnswers,
      ...author,
      authorEmail: body.email,
      channel: 'online',
      status: 'unconfirmed',
      confirmTokenHash: await hashToken(token),
      confirmExpiresAt: confirmBy,
      lang: deps.lang,
      createdAt: now,
      updatedAt: now,
    },
    {
      action: 'ks.comment.submit',
      after: { ...onDraft, authorKind: author.authorKind, organizationId: author.organizationId, channel: 'online' },
    },
  )
  await notifyCommentSubmitted(
    deps,
    { tenant: place.tenant, consultation: c },
    { to: body.email, lang: deps.lang, number, receipt, token, confirmBy },
  )
  return { number, receipt, status: 'unconfirmed', email: body.email, confirmBy: confirmBy.toISOString() }
}

/**
 * Confirms a comment by its e-mailed token: from then on it counts. Repeating the link (or two clicks at once) answers
 * as the first did, with one audit row; a link that opens nothing is a 404, one used after its time (or after the end)
 * a 410: an unconfirmed comment then never counts.
 */
export async function confirmComment(
  deps: Deps,
  place: CommentPlace<CommentConsultation>,
  token: string,
  now = deps.now(),
): Promise<{ number: number; status: CommentRow['status'] }> {
  const c = place.consultation
  const found = token ? await commentToConfirm(deps.db, c.id, await hashToken(token)) : undefined
  if (!found) throw notFound(NO_SUCH_LINK)
  if (found.status !== 'unconfirmed') return { number: found.number, status: found.status }
  if ((found.confirmExpiresAt && now >= found.confirmExpiresAt) || (c.endsAt && now >= c.endsAt))
    throw new ApiError(
      410,
      'Czas na potwierdzenie tej uwagi minął, więc nie zostanie uwzględniona. Jeśli konsultacje jeszcze trwają, zgłoś ją ponownie.',
    )
  const [updated] = await commentWriter(deps).submit([
    {
      sql: "UPDATE ks_comments SET status = 'confirmed', confirmed_at = ?, updated_at = ? WHERE id = ? AND status = 'unconfirmed' RETURNING \"number\"",
      args: [now.getTime(), now.getTime(), found.id],
    },
    auditIfChanged(deps, {
      tenantId: c.tenantId,
      action: 'ks.comment.confirm',
      entity: 'ks_comment',
      entityId: found.id,
      after: { number: found.number },
    }),
  ])
  // Confirmed by this request; otherwise another one changed it meanwhile (confirmed, withdrawn): answer as it is now.
  if (updated!.rows.length === 1) return { number: found.number, status: 'confirmed' }
  return (await commentState(deps.db, found.id))!
}

/** The comment a receipt opens in this consultation, or the one 404 every wrong receipt gets. */
export async function commentOfReceipt(
  deps: Deps,
  c: CommentConsultation,
  receipt: string,
): Promise<CommentWithAnswer> {
  await limitPerHour(
    deps,
    `ks-receipt:${deps.ip}`,
    RECEIPT_USES_PER_HOUR_PER_ADDRESS,
    'Zbyt wiele prób z tego adresu. Spróbuj za godzinę.',
  )
  const normalized = normalizeReceipt(receipt)
  const found = normalized ? await commentByReceipt(deps.db, c.id, await hashToken(normalized)) : undefined
  if (!found) throw notFound(NO_SUCH_RECEIPT)
  return withAnswer(deps, found)
}

/** A comment with its group's number and its answer, as the views want it. */
export async function withAnswer(deps: Pick<Deps, 'db'>, row: CommentRow): Promise<CommentWithAnswer> {
  const [full] = await commentsOf(deps.db, row.consultationId, { id: row.id })
  return full!
}

const CHANGED_MEANWHILE =
  'Ta uwaga została w międzyczasie zmieniona (np. w innym oknie). Wczytaj ją ponownie i wprowadź poprawkę jeszcze raz.'
const WITHDRAWN = 'Ta uwaga została wycofana: nie można jej już poprawić.'

/**
 * The author's correction, until the end: only the fields sent change, from the `revision` they read (an older one is
 * a 409, so of two corrections sent at once one is kept); the wording before it is kept in `ks_comment_revisions`.
 */
export async function correctComment(
  deps: Deps,
  place: CommentPlace<CommentConsultation>,
  body: CommentCorrection,
  now = deps.now(),
): Promise<CommentWithAnswer> {
  const c = place.consultation
  const current = await commentOfReceipt(deps, c, body.receipt)
  requireCommentsOpen(c, now)
  if (current.status === 'withdrawn') throw new ApiError(409, WITHDRAWN)
  if (body.revision !== current.revision) throw new ApiError(409, CHANGED_MEANWHILE)
  const set: Partial<typeof comments.$inferInsert> = {}
  if (body.paragraphId !== undefined) {
    const onDraft = await placeOnDraft(
      deps,
      c,
      body.paragraphId,
      body.paragraphId ? undefined : current.documentVersion,
    )
    set.paragraphId = onDraft.paragraphId
    set.documentVersion = onDraft.documentVersion
  }
  if (body.quotedPassage !== undefined) set.quotedPassage = body.quotedPassage
  if (body.proposal !== undefined) set.proposal = body.proposal
  if (body.text !== undefined) set.text = body.text
  if (body.surveyAnswers !== undefined) set.surveyAnswers = surveyAnswersOf(c, body.surveyAnswers)
  const { db } = deps
  await guardedBatch(
    db,
    [
      db
        .update(comments)
        .set({ ...set, revision: current.revision + 1, updatedAt: now })
        .where(
          and(eq(comments.id, current.id), eq(comments.revision, current.revision), ne(comments.status, 'withdrawn')),
        ),
      requireChanged(db),
      db.insert(commentRevisions).values({
        commentId: current.id,
        revision: current.revision,
        tenantId: c.tenantId,
        paragraphId: current.paragraphId,
        quotedPassage: current.quotedPassage,
        proposal: current.proposal,
        text: current.text,
        createdAt: current.updatedAt,
      }),
      auditInsert(deps, {
        tenantId: c.tenantId,
        action: 'ks.comment.correct',
        entity: 'ks_comment',
        entityId: current.id,
        before: { revision: current.revision },
        after: { revision: current.revision + 1, fields: Object.keys(set) },
      }),
    ],
    async () => {
      const now = await commentByNumber(db, c.id, current.number)
      return new ApiError(409, now?.status === 'withdrawn' ? WITHDRAWN : CHANGED_MEANWHILE)
    },
  )
  return withAnswer(deps, (await commentByNumber(db, c.id, current.number))!)
}

/**
 * The author withdraws their comment, until the end: it no longer counts and leaves the public list (it stays in the
 * record, and its receipt still opens it). Repeating it, or two at once, answers the withdrawn comment with one audit
 * row.
 */
export async function withdrawComment(
  deps: Deps,
  place: CommentPlace<CommentConsultation>,
  receipt: string,
  now = deps.now(),
): Promise<CommentWithAnswer> {
  const c = place.consultation
  const current = await commentOfReceipt(deps, c, receipt)
  if (current.status === 'withdrawn') return current
  requireCommentsOpen(c, now)
  const { db } = deps
  try {
    await guardedBatch(
      db,
      [
        db
          .update(comments)
          .set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now })
          .where(and(eq(comments.id, current.id), ne(comments.status, 'withdrawn'))),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: c.tenantId,
          action: 'ks.comment.withdraw',
          entity: 'ks_comment',
          entityId: current.id,
          before: { status: current.status },
          after: { status: 'withdrawn' },
        }),
      ],
      () => new LostRace(),
    )
  } catch (e) {
    if (!(e instanceof LostRace)) throw e
  }
  return withAnswer(deps, (await commentByNumber(db, c.id, current.number))!)
}
