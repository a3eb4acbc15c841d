import type { Deps } from '../../core/deps'
import type { FieldError } from '../../core/http/problem'
import type { StoredFileMeta } from '../../core/files/store'
import { phaseAt } from '../domain/phases'
import { projectDetails, type EditionFull, type Pool, type Project } from '../queries'
import { onlineSupporters, submissionProblemsOf } from '../queries/projects'
import { paperSupportersCounted } from '../domain/submission'

/** What the author sees of their own project: everything public plus contacts, co-authors, questions and appeals. */
export async function authorView(deps: Pick<Deps, 'db'>, e: EditionFull, p: Project) {
  const { db } = deps
  const online = await onlineSupporters(db, p.id)
  const details = await projectDetails(db, p.id)
  return {
    ...publicProject(
      p,
      e.pools.find((x) => x.id === p.poolId),
      online,
    ),
    onlineSupporters: online,
    paperSupporters: p.paperSupporters,
    paperSupportersVerified: p.paperSupportersVerified,
    authorName: p.authorName,
    authorEmail: p.authorEmail,
    coauthors: details.coauthors.map((x) => ({ id: x.id, name: x.name, email: x.email, confirmed: !!x.confirmedAt })),
    attachments: details.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    questions: details.questions.map((q) => ({
      id: q.id,
      text: q.text,
      askedAt: q.askedAt.toISOString(),
      deadline: q.deadline.toISOString(),
      answer: q.answer,
      answeredAt: q.answeredAt?.toISOString() ?? null,
    })),
    assessments: details.assessments.map(assessmentView),
    appeals: details.appeals.map((a) => ({
      id: a.id,
      text: a.text,
      filedAt: a.filedAt.toISOString(),
      decision: a.decision,
      reason: a.reason,
      decidedAt: a.decidedAt?.toISOString() ?? null,
    })),
    history: details.history.map((h) => ({ kind: h.kind, status: h.status, note: h.note, at: h.at.toISOString() })),
  }
}

export type AuthorView = Awaited<ReturnType<typeof authorView>>

/** The author's editing page: their project and, while it is a draft, what still keeps it from being submitted. */
export async function authorEditView(
  deps: Pick<Deps, 'db'>,
  e: EditionFull,
  p: Project,
): Promise<{ project: AuthorView; missing: FieldError[] }> {
  return {
    project: await authorView(deps, e, p),
    missing: p.status === 'draft' ? await submissionProblemsOf(deps.db, e, p) : [],
  }
}

/** What a person about to support a project sees (a draft too, before submission), and whether they can. */
export async function supportInfoView(deps: Pick<Deps, 'db' | 'now'>, e: EditionFull, p: Project) {
  const online = await onlineSupporters(deps.db, p.id)
  const pool = e.pools.find((x) => x.id === p.poolId)
  const open =
    e.rules.support.online &&
    ['draft', 'submitted'].includes(p.status) &&
    phaseAt(e.phases, deps.now()) === 'submission'
  return {
    id: p.id,
    title: p.title,
    summary: p.summary,
    status: p.status,
    pool: pool ? { code: pool.code, name: pool.name, requiredSupporters: pool.requiredSupporters } : null,
    supporters: online + paperSupportersCounted(p),
    supportOpen: open,
  }
}

/** The list of a project's scanned paper support lists for staff (the files themselves are served one by one). */
export function supportListsView(scans: readonly StoredFileMeta[]) {
  return {
    items: scans.map((f) => ({
      id: f.id,
      name: f.name,
      mime: f.mime,
      size: f.size,
      createdAt: f.createdAt.toISOString(),
    })),
  }
}

/** What anyone may see of a project: no author contact, no secrets. */
export function publicProject(p: Project, pool: Pool | undefined, supporters: number) {
  return {
    id: p.id,
    number: p.number,
    status: p.status,
    title: p.title,
    summary: p.summary,
    description: p.description,
    category: p.category,
    beneficiaries: p.beneficiaries,
    address: p.address,
    lat: p.lat,
    lng: p.lng,
    pool: pool ? { id: pool.id, code: pool.code, name: pool.name } : null,
    costItems: p.costItems as { name: string; amount: number }[],
    cost: p.cost,
    revisedCost: p.revisedCost,
    supporters: supporters + paperSupportersCounted(p),
    extra: p.extra as Record<string, unknown>,
    appealDeadline: p.appealDeadline?.toISOString() ?? null,
    submittedAt: p.submittedAt?.toISOString() ?? null,
  }
}

/** An assessment as its author and the public read it: the same decision, criteria and reasons on both pages. */
export function assessmentView(a: Awaited<ReturnType<typeof projectDetails>>['assessments'][number]) {
  return {
    stage: a.stage,
    positive: a.positive,
    criteria: a.criteria,
    justification: a.justification,
    revisedCost: a.revisedCost,
    decidedAt: a.decidedAt.toISOString(),
  }
}
