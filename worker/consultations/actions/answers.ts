import { and, eq } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { applyAnswerAction, type Answer, type AnswerAction, type AnswerSettings } from '../domain/answers'
import type { AnswerStepBody } from '../input/answers'
import type { Consultation } from '../queries'
import {
  answerOfRow,
  answerOfTarget,
  answersOf,
  confirmedCommentByNumber,
  confirmedComments,
  groupByNumber,
  groupsOf,
  staffNames,
  type AnswerRow,
} from '../queries/answers'
import { answers } from '../tables'
import { answerItemView, workListView, type AnswersWorkList } from '../views/answers'
import { requireOpenForAnswers } from './groups'

/** Problem type of a step taken on an answer someone else changed since it was loaded (the page reloads it). */
export const ANSWER_CHANGED = 'https://wspolnota.example/problems/answer-changed'

export function answerChanged(): ApiError {
  return new ApiError(
    409,
    'Ktoś inny zmienił tę odpowiedź w międzyczasie, więc Twojego kroku nie zapisano. Odśwież listę i spróbuj ponownie.',
    { type: ANSWER_CHANGED },
  )
}

/**
 * The consultation's answer settings: its review (`answerReview`), and approved answers reopenable until the report
 * is published (then everything is closed, `requireOpenForAnswers`).
 */
export function answerSettingsOf(consultation: Consultation): AnswerSettings {
  return { review: consultation.answerReview, afterApproval: 'reopen' }
}

/** What an answer is given to: a comment answered alone, or a group (the same answer for all its members). */
export type ResolvedTarget =
  { type: 'comment'; id: string; number: number } | { type: 'group'; id: string; number: number }

export const targetKey = (t: ResolvedTarget) => (t.type === 'comment' ? { commentId: t.id } : { groupId: t.id })

/**
 * The target of a step, by the numbers staff see: a confirmed comment not in a group, or a group. A comment in a group
 * is answered through its group (its answer is the group's), so answering it alone is refused with the way out.
 */
export async function resolveTarget(
  deps: Deps,
  consultation: Consultation,
  target: { comment: number } | { group: number },
): Promise<ResolvedTarget> {
  if ('group' in target) {
    const group = await groupByNumber(deps.db, consultation.id, target.group)
    if (!group) throw notFound('Nie ma takiej grupy uwag.')
    return { type: 'group', id: group.id, number: group.number }
  }
  const comment = await confirmedCommentByNumber(deps.db, consultation.id, target.comment)
  if (!comment) throw notFound('Nie ma takiej uwagi.')
  if (comment.groupId) {
    const group = (await groupsOf(deps.db, consultation.id)).find((g) => g.id === comment.groupId)
    throw new ApiError(
      409,
      `Uwaga nr ${comment.number} należy do grupy nr ${group?.number ?? '?'}: odpowiedz całej grupie albo najpierw wyjmij z niej tę uwagę.`,
    )
  }
  return { type: 'comment', id: comment.id, number: comment.number }
}

/**
 * The statements that store `next` for `target` (a new answer, or the update of `current` guarded by its version)
 * with the audit row of `action`: for a batch of their own or, in the import, of many.
 */
export function answerWrite(
  deps: Deps,
  consultation: Consultation,
  target: ResolvedTarget,
  current: AnswerRow | undefined,
  next: Answer,
  action: AnswerAction | 'import',
): BatchItem<'sqlite'>[] {
  const { db } = deps
  const now = deps.now()
  const id = current?.id ?? newId()
  const content = {
    status: next.status,
    kind: next.kind,
    justification: next.justification,
    preparedBy: next.preparedBy,
    approvedBy: next.approvedBy,
    history: next.history,
    updatedAt: now,
  }
  const audit = auditInsert(deps, {
    tenantId: consultation.tenantId,
    action: `ks.answer.${action}`,
    entity: 'ks_answer',
    entityId: id,
    before: current ? { status: current.status, kind: current.kind, justification: current.justification } : null,
    after: {
      [target.type]: target.number,
      status: next.status,
      kind: next.kind,
      justification: next.justification,
      ...(next.history.at(-1)?.note ? { note: next.history.at(-1)!.note } : {}),
    },
  })
  if (!current)
    return [
      db.insert(answers).values({
        id,
        tenantId: consultation.tenantId,
        consultationId: consultation.id,
        ...(target.type === 'comment' ? { commentId: target.id } : { groupId: target.id }),
        ...content,
        version: 1,
        createdAt: now,
      }),
      audit,
    ]
  return [
    db
      .update(answers)
      .set({ ...content, version: current.version + 1 })
      .where(and(eq(answers.id, current.id), eq(answers.version, current.version))),
    requireChanged(db),
    audit,
  ]
}

export const isUniqueViolation = (e: unknown) => {
  for (let x: unknown = e, depth = 0; x && depth < 5; x = (x as { cause?: unknown }).cause, depth++)
    if (/UNIQUE constraint failed/i.test(String((x as { message?: unknown }).message ?? x))) return true
  return false
}

/**
 * One step on one answer (domain/answers.ts `applyAnswerAction` under the consultation's review): a save creates or
 * rewrites a draft, a proposal hands it for approval, an approval (by someone else under `two_person`) makes it the
 * report's, a return or reopen needs a reason. The step is taken on the `version` the page loaded: the UPDATE checks
 * it again inside the batch, so of two steps at once (two approvals, say) one is written and the other gets a 409, and
 * two first saves at once meet the unique index of the target. Refusals: missing content → 400 with field errors,
 * approving one's own answer under two-person review → 403, a step the status does not allow → 409.
 */
export async function takeAnswerStep(deps: Deps, consultation: Consultation, body: AnswerStepBody) {
  requireOpenForAnswers(consultation)
  const userId = deps.user!.id
  const target = await resolveTarget(deps, consultation, body.target)
  const current = await answerOfTarget(deps.db, targetKey(target))
  if (current && body.version !== current.version) throw answerChanged()
  const settings = answerSettingsOf(consultation)
  const before = current ? answerOfRow(current) : null
  const result = applyAnswerAction(
    before,
    body.action,
    {
      by: userId,
      at: deps.now(),
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.justification !== undefined ? { justification: body.justification } : {}),
      ...(body.note !== undefined ? { note: body.note } : {}),
    },
    settings,
  )
  if ('refusal' in result) {
    const { message, errors } = result.refusal
    if (errors.length) throw new ApiError(400, message, { errors })
    const ownApproval = body.action === 'approve' && settings.review === 'two_person' && before?.preparedBy === userId
    throw new ApiError(ownApproval ? 403 : 409, message)
  }
  try {
    await guardedBatch(
      deps.db,
      answerWrite(deps, consultation, target, current, result.answer, body.action) as [
        BatchItem<'sqlite'>,
        ...BatchItem<'sqlite'>[],
      ],
      answerChanged,
    )
  } catch (e) {
    if (isUniqueViolation(e)) throw answerChanged()
    throw e
  }
  const row = (await answerOfTarget(deps.db, targetKey(target)))!
  return {
    target: target.type === 'comment' ? { comment: target.number } : { group: target.number },
    ...answerItemView(row, userId, settings, false),
  }
}

/** The work list of a consultation's answers for the signed-in organiser (`GET …/answers`). */
export async function answersWorkList(deps: Deps, consultation: Consultation): Promise<AnswersWorkList> {
  const { db } = deps
  const [comments, groups, rows] = await Promise.all([
    confirmedComments(db, consultation.id),
    groupsOf(db, consultation.id),
    answersOf(db, consultation.id),
  ])
  const people = await staffNames(
    db,
    rows.flatMap((r) => [r.preparedBy, ...(r.approvedBy ? [r.approvedBy] : []), ...r.history.map((h) => h.by)]),
  )
  return workListView({
    consultation,
    comments,
    groups,
    answers: rows,
    people,
    userId: deps.user!.id,
    settings: answerSettingsOf(consultation),
  })
}
