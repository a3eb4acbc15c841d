import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import type { ProjectStatus } from '../domain/statuses'
import { phaseAt, type PhaseName } from '../domain/phases'
import { appeals, assessments, editions, phases, projects, questions } from '../tables'
import { paperCards } from '../tables/voting'

/** Kinds of work the overview counts; each is shown only to the roles that can do it. */
export type WorkKind = 'unassigned' | 'toAssess' | 'openQuestions' | 'answers' | 'appeals' | 'paperCards'

interface ProjectRef {
  id: string
  number: number | null
  title: string
}

/** Projects named per item at most: the counts stay exact, the links are for the first few. */
const MAX_REFS = 20
const inAssessment: ProjectStatus[] = ['submitted', 'merit']

const byNumber = (a: ProjectRef, b: ProjectRef) =>
  (a.number ?? Infinity) - (b.number ?? Infinity) || a.title.localeCompare(b.title, 'pl')

function item(kind: WorkKind, refs: ProjectRef[] | number) {
  if (typeof refs === 'number') return { kind, count: refs, projects: [] as ProjectRef[] }
  const unique = [...new Map(refs.map((r) => [r.id, { id: r.id, number: r.number, title: r.title }])).values()].sort(
    byNumber,
  )
  return { kind, count: unique.length, projects: unique.slice(0, MAX_REFS) }
}

/**
 * What waits for one staff member in each edition of their JST, from their role: organisers (admin, koordynator)
 * assign verifiers, decide appeals and watch every project; a weryfikator sees the projects assigned to them. Questions
 * count while the author may still answer; an answer waits to be read until the project is assessed after it. Paper
 * cards wait for a second person, so a card never waits for the one who keyed it in. Editions are listed while their
 * calendar runs (or before it starts), and after it ends only while something still waits.
 */
export async function workOverview(db: Db, tenantId: string, userId: string, organiser: boolean, now = new Date()) {
  const [editionRows, phaseRows, open, asked, pendingAppeals, cards] = await Promise.all([
    db
      .select({ id: editions.id, year: editions.year, title: editions.title })
      .from(editions)
      .where(eq(editions.tenantId, tenantId)),
    db.select().from(phases).where(eq(phases.tenantId, tenantId)).orderBy(asc(phases.startsAt)),
    db
      .select({
        id: projects.id,
        editionId: projects.editionId,
        number: projects.number,
        title: projects.title,
        verifierId: projects.verifierId,
      })
      .from(projects)
      .where(and(eq(projects.tenantId, tenantId), inArray(projects.status, inAssessment))),
    db
      .select({ projectId: questions.projectId, deadline: questions.deadline, answeredAt: questions.answeredAt })
      .from(questions)
      .innerJoin(projects, eq(projects.id, questions.projectId))
      .where(and(eq(questions.tenantId, tenantId), inArray(projects.status, inAssessment))),
    organiser
      ? db
          .select({ editionId: projects.editionId, id: projects.id, number: projects.number, title: projects.title })
          .from(appeals)
          .innerJoin(projects, eq(projects.id, appeals.projectId))
          .where(and(eq(appeals.tenantId, tenantId), isNull(appeals.decision)))
      : Promise.resolve([]),
    db
      .select({ editionId: paperCards.editionId, n: sql<number>`count(*)` })
      .from(paperCards)
      .where(and(eq(paperCards.tenantId, tenantId), eq(paperCards.status, 'pending'), ne(paperCards.enteredBy, userId)))
      .groupBy(paperCards.editionId),
  ])

  const mine = organiser ? open : open.filter((p) => p.verifierId === userId)
  const inScope = new Map(mine.map((p) => [p.id, p]))
  const answered = asked.filter((q) => q.answeredAt && inScope.has(q.projectId))
  const lastDecision = new Map<string, number>()
  if (answered.length) {
    const ids = [...new Set(answered.map((q) => q.projectId))]
    const rows = await db
      .select({ projectId: assessments.projectId, at: sql<number>`max(${assessments.decidedAt})` })
      .from(assessments)
      .where(inArray(assessments.projectId, ids))
      .groupBy(assessments.projectId)
    for (const r of rows) lastDecision.set(r.projectId, Number(r.at))
  }
  const refsOf = (ids: string[]) => ids.map((id) => inScope.get(id)!)
  const waitingForAuthor = refsOf(
    asked
      .filter((q) => !q.answeredAt && q.deadline.getTime() > now.getTime() && inScope.has(q.projectId))
      .map((q) => q.projectId),
  )
  const toRead = refsOf(
    answered.filter((q) => q.answeredAt!.getTime() > (lastDecision.get(q.projectId) ?? 0)).map((q) => q.projectId),
  )

  const list = editionRows.map((e) => {
    const windows = phaseRows
      .filter((p) => p.editionId === e.id)
      .map((p) => ({ phase: p.phase as PhaseName, startsAt: p.startsAt, endsAt: p.endsAt }))
    const phase = phaseAt(windows, now)
    const next = windows.find((w) => w.startsAt.getTime() > now.getTime())
    const ofEdition = <T extends { editionId: string }>(rows: T[]) => rows.filter((r) => r.editionId === e.id)
    const items = [
      ...(organiser ? [item('unassigned', ofEdition(open).filter((p) => !p.verifierId).length)] : []),
      item('toAssess', ofEdition(open).filter((p) => p.verifierId === userId).length),
      item('openQuestions', ofEdition(waitingForAuthor)),
      item('answers', ofEdition(toRead)),
      ...(organiser ? [item('appeals', ofEdition(pendingAppeals))] : []),
      item('paperCards', Number(cards.find((c) => c.editionId === e.id)?.n ?? 0)),
    ]
    const running = windows.some((w) => w.endsAt.getTime() > now.getTime())
    return {
      show: running || items.some((i) => i.count > 0),
      year: e.year,
      title: e.title,
      phase,
      phaseEndsAt: windows.find((w) => w.phase === phase)?.endsAt.toISOString() ?? null,
      next: next ? { phase: next.phase, startsAt: next.startsAt.toISOString() } : null,
      items,
    }
  })
  return list
    .filter((e) => e.show)
    .sort((a, b) => b.year - a.year)
    .map(({ show: _, ...e }) => e)
}

export type WorkOverview = Awaited<ReturnType<typeof workOverview>>
