import { and, eq, isNull } from 'drizzle-orm'
import type * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError, forbidden, notFound } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { formatZl } from '../../core/money'
import { deadlineAfter } from '../../core/time/polish-calendar'
import { appealOutcome, assessmentMove, canMoveProject, isInAssessment, type ProjectStatus } from '../domain/statuses'
import type { EditionFull, Project } from '../queries'
import { findAppeal, isAssessor, lastAssessment, reloadProject } from '../queries/assessment'
import { appeals, assessments, projects, questions } from '../tables'
import type { appealDecisionSchema, assessmentSchema } from '../input'
import { eventInsert } from './common'
import { requireVerifiedSupport } from './submission'

/*
 * Staff decisions on projects, each with its history row and audit entry in one batch, by `deps.user`. The routes add
 * the author's e-mail (worker/budget/notify/assessment.ts) and the response; the demo seed (worker/budget/demo/seed.ts)
 * calls the same functions with `now` inside the past edition it replays.
 */

type Edition = EditionFull & { tenant: { id: string } }

/** A weryfikator may act only on projects assigned to them; coordinators and admins on all. */
export function requireAssigned(deps: Pick<Deps, 'role' | 'user'>, p: Project): void {
  if (deps.role === 'weryfikator' && p.verifierId !== deps.user?.id)
    throw forbidden('Ten projekt jest przypisany innemu weryfikatorowi.')
}

/** Assigns the project to a weryfikator or koordynator of the JST, who then sees it as theirs to assess. */
export async function assignVerifier(deps: Deps, e: Edition, p: Project, verifierId: string, now = deps.now()) {
  const { db } = deps
  if (!(await isAssessor(db, e.tenant.id, verifierId))) {
    throw new ApiError(400, 'Wybrana osoba nie jest weryfikatorem ani koordynatorem tej JST.', {
      errors: [{ field: 'verifierId', detail: 'Wybierz weryfikatora z zespołu tej JST.' }],
    })
  }
  await db.batch([
    db.update(projects).set({ verifierId, updatedAt: now }).where(eq(projects.id, p.id)),
    auditInsert(deps, {
      tenantId: e.tenant.id,
      action: 'bo.project.assign',
      entity: 'bo_project',
      entityId: p.id,
      before: { verifierId: p.verifierId },
      after: { verifierId },
    }),
  ])
}

/**
 * A formal or merit assessment by the project's verifier (or an organiser): a failed criterion rejects the project
 * and opens the appeal period from `now`. Returns the saved project, the note of its history (also the author's
 * e-mail) and the appeal deadline, if any.
 */
export async function assessProject(
  deps: Deps,
  e: Edition,
  p: Project,
  body: v.InferOutput<typeof assessmentSchema>,
  now = deps.now(),
): Promise<{ saved: Project; note: string; appealDeadline: Date | null }> {
  requireAssigned(deps, p)
  const positive = body.criteria.every((x) => x.passed)
  const { from, to: status } = assessmentMove(body.stage, positive)
  if (p.status !== from || !canMoveProject(from, status))
    throw new ApiError(
      409,
      body.stage === 'formal'
        ? 'Ocenę formalną wystawia się projektom zgłoszonym i jeszcze nieocenionym.'
        : 'Ocenę merytoryczną wystawia się po pozytywnej ocenie formalnej.',
    )
  const enoughSupport = body.stage === 'formal' && positive ? await requireVerifiedSupport(deps, e, p) : undefined
  const appealDeadline = positive ? null : deadlineAfter(now, e.rules.appeal.days, e.rules.appeal.dayKind)
  const { db } = deps
  const row = {
    id: newId(),
    tenantId: e.tenant.id,
    projectId: p.id,
    stage: body.stage,
    positive,
    criteria: body.criteria,
    justification: body.justification,
    revisedCost: body.revisedCost ?? null,
    decidedBy: deps.user!.id,
    decidedAt: now,
  }
  const note = `${body.stage === 'formal' ? 'Ocena formalna' : 'Ocena merytoryczna'}: ${positive ? 'pozytywna' : 'negatywna'}. ${body.justification}${body.revisedCost != null ? ` Koszt po weryfikacji: ${formatZl(body.revisedCost)}.` : ''}`
  // The status decides at write time too: of two decisions at once, or a decision and the author's withdrawal, only
  // the first is kept — the other's assessment, event and audit entry are rolled back with its UPDATE.
  await guardedBatch(
    db,
    [
      db
        .update(projects)
        .set({ status, appealDeadline, revisedCost: body.revisedCost ?? p.revisedCost, updatedAt: now })
        .where(and(eq(projects.id, p.id), eq(projects.status, from), enoughSupport)),
      requireChanged(db),
      db.insert(assessments).values(row),
      eventInsert(deps, p, `assessment-${body.stage}`, status, note, now),
      auditInsert(deps, {
        tenantId: e.tenant.id,
        action: `bo.assessment.${body.stage}`,
        entity: 'bo_project',
        entityId: p.id,
        before: { status: p.status },
        after: { status, criteria: body.criteria, justification: body.justification },
      }),
    ],
    () =>
      new ApiError(
        409,
        'Oceny nie zapisano: w międzyczasie zmienił się stan projektu (ktoś inny go ocenił albo autor go wycofał). Odśwież projekt, aby zobaczyć jego aktualny stan.',
      ),
  )
  return { saved: await reloadProject(db, p.id), note, appealDeadline }
}

/**
 * A verifier's question to the author during the assessment, with the edition's deadline for the answer. Returns the
 * deadline; the route passes the question on to the author (`notifyQuestion`).
 */
export async function askQuestion(deps: Deps, e: Edition, p: Project, text: string, now = deps.now()): Promise<Date> {
  requireAssigned(deps, p)
  if (!isInAssessment(p.status)) throw new ApiError(409, 'Pytania zadaje się w trakcie oceny projektu.')
  const deadline = deadlineAfter(now, e.rules.questionDays, 'calendar')
  const { db } = deps
  // A decision (or the author's withdrawal) landing after the check above: the question must not be asked then.
  await guardedBatch(
    db,
    [
      db
        .update(projects)
        .set({ updatedAt: now })
        .where(and(eq(projects.id, p.id), eq(projects.status, p.status))),
      requireChanged(db),
      db.insert(questions).values({
        id: newId(),
        tenantId: e.tenant.id,
        projectId: p.id,
        text,
        askedBy: deps.user!.id,
        askedAt: now,
        deadline,
      }),
      eventInsert(deps, p, 'question', p.status, 'Weryfikator poprosił autora o wyjaśnienia.', now),
      auditInsert(deps, {
        tenantId: e.tenant.id,
        action: 'bo.question',
        entity: 'bo_project',
        entityId: p.id,
        after: { text, deadline: deadline.toISOString() },
      }),
    ],
    () =>
      new ApiError(
        409,
        'Pytania nie wysłano: w międzyczasie zmienił się stan projektu (wydano ocenę albo autor go wycofał). Odśwież stronę projektu.',
      ),
  )
  return deadline
}

/**
 * Decides an appeal with reasons: accepted admits the project to the vote, rejected restores the negative status of
 * its last assessment. Returns the project as it was before the decision and its new status.
 */
export async function decideAppeal(
  deps: Deps,
  e: Edition,
  appealId: string,
  body: v.InferOutput<typeof appealDecisionSchema>,
  now = deps.now(),
): Promise<{ project: Project; status: ProjectStatus }> {
  const { db } = deps
  const found = await findAppeal(db, e.tenant.id, e.edition.id, appealId)
  if (!found) throw notFound('Nie ma takiego odwołania w tej edycji.')
  const { appeal, project: p } = found
  const decided = () => new ApiError(409, 'To odwołanie zostało już rozstrzygnięte.')
  if (appeal.decision) throw decided()
  const lastStage = await lastAssessment(db, p.id)
  const status = appealOutcome(body.accepted, lastStage?.stage === 'merit' ? 'merit' : 'formal')
  // An undecided appeal always leaves its project `appealed`; anything else means it was decided meanwhile.
  if (!canMoveProject(p.status, status)) throw decided()
  await guardedBatch(
    db,
    [
      db
        .update(appeals)
        .set({
          decision: body.accepted ? 'accepted' : 'rejected',
          reason: body.reason,
          decidedBy: deps.user!.id,
          decidedAt: now,
        })
        .where(and(eq(appeals.id, appeal.id), isNull(appeals.decision))),
      requireChanged(db),
      db.update(projects).set({ status, updatedAt: now }).where(eq(projects.id, p.id)),
      eventInsert(
        deps,
        p,
        'appeal-decided',
        status,
        `Odwołanie ${body.accepted ? 'uwzględnione — projekt dopuszczony do głosowania' : 'nieuwzględnione'}. ${body.reason}`,
        now,
      ),
      auditInsert(deps, {
        tenantId: e.tenant.id,
        action: 'bo.appeal.decide',
        entity: 'bo_appeal',
        entityId: appeal.id,
        before: { status: p.status },
        after: { status, accepted: body.accepted, reason: body.reason },
      }),
    ],
    decided,
  )
  return { project: p, status }
}
