import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { projects } from '../tables'
import { implementation, implementationNotes } from '../tables/voting'

/*
 * What the implementation of winners reads. SELECT only; the updates are in actions/implementation.ts.
 */

export type Tracked = typeof implementation.$inferSelect
export type Note = typeof implementationNotes.$inferSelect

/** The tracking row of a winner of this edition, or undefined for any other project. */
export async function findWinner(db: Db, editionId: string, projectId: string): Promise<Tracked | undefined> {
  return db.query.implementation.findFirst({
    where: and(eq(implementation.projectId, projectId), eq(implementation.editionId, editionId)),
  })
}

/** Every winner of an edition with its tracking row (in no particular order). */
export async function winnersOf(db: Db, editionId: string): Promise<Tracked[]> {
  return db.select().from(implementation).where(eq(implementation.editionId, editionId))
}

/** The progress notes of these winners, oldest first. */
export async function notesOf(db: Db, projectIds: string[]): Promise<Note[]> {
  if (projectIds.length === 0) return []
  return db
    .select()
    .from(implementationNotes)
    .where(inArray(implementationNotes.projectId, projectIds))
    .orderBy(asc(implementationNotes.at))
}

/** A progress note of one winner in one JST, or undefined. */
export async function findNote(db: Db, tenantId: string, projectId: string, noteId: string): Promise<Note | undefined> {
  return db.query.implementationNotes.findFirst({
    where: and(
      eq(implementationNotes.id, noteId),
      eq(implementationNotes.projectId, projectId),
      eq(implementationNotes.tenantId, tenantId),
    ),
  })
}

/** The note of a winner that a photo is attached to: a photo is served only through its note. */
export async function noteWithPhoto(db: Db, projectId: string, photoId: string): Promise<Note | undefined> {
  return db.query.implementationNotes.findFirst({
    where: and(eq(implementationNotes.projectId, projectId), eq(implementationNotes.photoId, photoId)),
  })
}

/** The accepted projects of an edition: those the vote chose among (the winners' scope is copied from them). */
export async function acceptedProjects(db: Db, editionId: string) {
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.editionId, editionId), eq(projects.status, 'accepted')))
}

/** One project by id (the history of a winner is written against it). */
export async function projectById(db: Db, projectId: string) {
  return db.query.projects.findFirst({ where: eq(projects.id, projectId) })
}
