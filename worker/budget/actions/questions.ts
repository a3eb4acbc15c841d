import { and, eq, gt, isNull } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, notFound } from '../../core/http/problem'
import { notifyAsker } from '../notify/submission'
import type { EditionFull, Project } from '../queries'
import { projectById, questionById, questionOf } from '../queries/projects'
import { questions } from '../tables'
import { eventInsert } from './common'

const ANSWERED = { status: 409, detail: 'Na to pytanie już odpowiedziano.' } as const
const ANSWER_LATE = { status: 409, detail: 'Termin na odpowiedź minął.' } as const

/**
 * The author's answer to a verifier's question, once and before its deadline; the staff member who asked is told by
 * e-mail. Returns the project as it is now.
 */
export async function answerQuestion(
  deps: Deps,
  e: EditionFull & { tenant: { slug: string; name: string } },
  p: Project,
  questionId: string,
  answer: string,
): Promise<Project> {
  const { db } = deps
  const q = await questionOf(db, p.id, questionId)
  if (!q) throw notFound('Nie ma takiego pytania.')
  if (q.answeredAt) throw new ApiError(ANSWERED.status, ANSWERED.detail)
  const now = deps.now()
  if (q.deadline.getTime() <= now.getTime()) throw new ApiError(ANSWER_LATE.status, ANSWER_LATE.detail)
  // Two answers sent at once (two tabs) both pass the checks above: only the one whose UPDATE finds the question
  // still open keeps its history event and audit entry; the other batch is rolled back whole and answered 409.
  await guardedBatch(
    db,
    [
      db
        .update(questions)
        .set({ answer, answeredAt: now })
        .where(and(eq(questions.id, q.id), isNull(questions.answeredAt), gt(questions.deadline, now))),
      requireChanged(db),
      eventInsert(deps, p, 'answered', p.status, 'Autor odpowiedział na pytanie weryfikatora.', now),
      auditInsert(deps, {
        tenantId: p.tenantId,
        action: 'bo.question.answer',
        entity: 'bo_project',
        entityId: p.id,
        after: { questionId: q.id, answer },
      }),
    ],
    async () =>
      (await questionById(db, q.id))?.answeredAt
        ? new ApiError(ANSWERED.status, ANSWERED.detail)
        : new ApiError(ANSWER_LATE.status, ANSWER_LATE.detail),
  )
  await notifyAsker(deps, e, p, q.askedBy, answer)
  return (await projectById(db, p.id))!
}
