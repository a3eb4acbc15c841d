import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../core/db/client'
import { notFound } from '../../core/http/problem'
import type { ProjectStatus } from '../domain/statuses'
import { listEditions, loadEdition, type EditionFull } from './index'
import { projects } from '../tables'

/**
 * The edition of `year` (as written in the path) in a JST, read fresh from the database rather than the memo that
 * public pages use: organisers change an edition from what is stored now, with its current version. A Polish 404
 * when there is none.
 */
export async function freshEdition(db: Db, tenantId: string, year: string | undefined): Promise<EditionFull> {
  const n = Number(year)
  const e = Number.isInteger(n) ? await loadEdition(db, tenantId, n) : undefined
  if (!e) throw notFound(`Nie ma edycji budżetu obywatelskiego na rok ${year}.`)
  return e
}

/** Every edition of a JST with its calendar and pools, newest year first (the list of editions). */
export async function editionsOf(db: Db, tenantId: string): Promise<EditionFull[]> {
  const items: EditionFull[] = []
  for (const e of await listEditions(db, tenantId)) items.push((await loadEdition(db, tenantId, e.year))!)
  return items
}

/** Whether any project (a draft too) has been saved in the edition: its settings are then fixed. */
export async function editionHasProjects(db: Db, editionId: string): Promise<boolean> {
  return (await projectsOfEdition(db, editionId).limit(1)).length > 0
}

/** The projects of an edition, as a subquery the edition's save checks again at write time (`notExists`). */
export function projectsOfEdition(db: Db, editionId: string) {
  return db.select({ id: projects.id }).from(projects).where(eq(projects.editionId, editionId))
}

/**
 * The authors of an edition's projects in the given statuses, with the project's number and title, for notices, and
 * the author's language, which the notices are written in.
 */
export async function authorsOf(db: Db, editionId: string, statuses: readonly ProjectStatus[]) {
  return db
    .select({ email: projects.authorEmail, title: projects.title, number: projects.number, lang: projects.authorLang })
    .from(projects)
    .where(and(eq(projects.editionId, editionId), inArray(projects.status, [...statuses])))
}
