import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { users } from '../../core/auth/schema'
import type { FieldError } from '../../core/http/problem'
import { submissionProblems, type SubmissionFacts } from '../domain/submission'
import { projectDetails, supportCounts, type EditionFull, type Project } from './index'
import { appeals, coauthors, phases, projects, questions } from '../tables'

/**
 * A project as it is in the database now: actions reload it after their batch, so the answer shows what was saved
 * (the number the database gave, a status another request changed), not the copy they started from.
 */
export async function projectById(db: Db, id: string): Promise<Project | undefined> {
  return db.query.projects.findFirst({ where: eq(projects.id, id) })
}

/** The project's online supports (paper signatures are on the project row). */
export async function onlineSupporters(db: Db, projectId: string): Promise<number> {
  return (await supportCounts(db, [projectId])).get(projectId) ?? 0
}

/** What a draft's completeness depends on beyond its own row, for `submissionProblems`. */
export async function submissionFacts(db: Db, projectId: string): Promise<SubmissionFacts> {
  const [online, details] = await Promise.all([onlineSupporters(db, projectId), projectDetails(db, projectId)])
  return {
    onlineSupporters: online,
    attachmentKinds: details.attachments.map((a) => a.kind),
    coauthorsConfirmed: details.coauthors.map((x) => !!x.confirmedAt),
  }
}

/** Everything missing before the draft `p` can be submitted (the pure rules of domain/submission.ts on today's rows). */
export async function submissionProblemsOf(db: Db, e: EditionFull, p: Project): Promise<FieldError[]> {
  return submissionProblems(e, p, await submissionFacts(db, p.id))
}

/** The edition's phase windows, read fresh (not from the cached edition) for the author-key expiry. */
export async function editionWindows(db: Db, editionId: string): Promise<{ phase: string; endsAt: Date }[]> {
  return db.select({ phase: phases.phase, endsAt: phases.endsAt }).from(phases).where(eq(phases.editionId, editionId))
}

/** A question to the project's author still waiting for an answer at `now`, if any. */
export async function openQuestionOf(db: Db, projectId: string, now: Date) {
  return db.query.questions.findFirst({
    where: and(
      eq(questions.projectId, projectId),
      isNull(questions.answeredAt),
      sql`${questions.deadline} > ${now.getTime()}`,
    ),
  })
}

/** One question of the project (a question id of another project finds nothing). */
export async function questionOf(db: Db, projectId: string, questionId: string) {
  return db.query.questions.findFirst({
    where: and(eq(questions.id, questionId), eq(questions.projectId, projectId)),
  })
}

/** A question by id alone, to tell after a refused answer whether it was answered meanwhile or ran out of time. */
export async function questionById(db: Db, questionId: string) {
  return db.query.questions.findFirst({ where: eq(questions.id, questionId) })
}

/** The project's co-authors, confirmed or not (at most ten). */
export async function coauthorsOf(db: Db, projectId: string) {
  return db.select().from(coauthors).where(eq(coauthors.projectId, projectId))
}

/** The co-author whose confirmation link carries the token with this hash. */
export async function coauthorByTokenHash(db: Db, tokenHash: string) {
  return db.query.coauthors.findFirst({ where: eq(coauthors.tokenHash, tokenHash) })
}

/** Whether the author has appealed already: one appeal per negative assessment. */
export async function hasAppeal(db: Db, projectId: string): Promise<boolean> {
  return (await db.select({ id: appeals.id }).from(appeals).where(eq(appeals.projectId, projectId))).length > 0
}

/** Every project of the edition given under this author e-mail, whatever its status. */
export async function projectsOfAuthor(db: Db, editionId: string, email: string): Promise<Project[]> {
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.editionId, editionId), eq(projects.authorEmail, email)))
}

/** The e-mail address of a staff member (one who asked a question), if the account still exists. */
export async function staffEmail(db: Db, userId: string): Promise<string | undefined> {
  return (await db.query.users.findFirst({ where: eq(users.id, userId) }))?.email
}
