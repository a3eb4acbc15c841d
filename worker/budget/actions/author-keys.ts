import { and, eq } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { ApiError } from '../../core/http/problem'
import { hashToken, newToken } from '../../core/ids'
import { AUTHOR_KEYS_ENDED, authorKeysEnd } from '../domain/submission'
import { notifyNewAuthorLink } from '../notify/submission'
import type { EditionFull, Project } from '../queries'
import { editionWindows, projectById, projectsOfAuthor } from '../queries/projects'
import { projects } from '../tables'

/**
 * Checks an author's key (the secret of their e-mailed link) against the project, while the edition lasts
 * (`authorKeysEnd`). The key asked for with "send me a new link" (`authorNextTokenHash`) works too, and its first use
 * makes it the only one: so the old key stays valid until the author has the new one in hand, and a stranger who asks
 * for new links with the author's e-mail cannot lock them out. Reading the key from the request is the route's
 * (`requireAuthor` in shared.ts).
 */
export async function acceptAuthorKey(deps: Deps, project: Project, token: string): Promise<void> {
  const { db } = deps
  const end = authorKeysEnd(await editionWindows(db, project.editionId))
  if (end && end.getTime() <= deps.now().getTime())
    throw new ApiError(403, AUTHOR_KEYS_ENDED, { type: 'https://wspolnota.example/problems/author-key-expired' })
  const hash = await hashToken(token)
  if (hash === project.authorTokenHash) return
  const refused = new ApiError(403, 'Ten link nie pozwala edytować tego projektu. Poproś o nowy link.')
  if (!project.authorNextTokenHash || hash !== project.authorNextTokenHash) throw refused
  try {
    await guardedBatch(
      db,
      [
        db
          .update(projects)
          .set({ authorTokenHash: hash, authorNextTokenHash: null })
          .where(and(eq(projects.id, project.id), eq(projects.authorNextTokenHash, hash))),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: project.tenantId,
          action: 'bo.author-key.replace',
          entity: 'bo_project',
          entityId: project.id,
        }),
      ],
      () => refused,
    )
  } catch (error) {
    // Two requests with the new key at once: the other one has just made it the only key, which is fine.
    const now = await projectById(db, project.id)
    if (error !== refused || now?.authorTokenHash !== hash) throw error
  }
}

/** Refuses a request for new author links once the edition is over: the links would not work anyway. */
export function requireAuthorLinksOpen(deps: Pick<Deps, 'now'>, e: EditionFull): void {
  const end = authorKeysEnd(e.phases)
  if (end && end.getTime() <= deps.now().getTime()) throw new ApiError(409, AUTHOR_KEYS_ENDED)
}

/**
 * "Send me a new link": every project of the edition under this e-mail (but withdrawn ones) gets a new key waiting
 * beside the current one (see `acceptAuthorKey`), mailed to that address only; a later request replaces only the
 * waiting key. The caller answers the same whether the e-mail has projects or not.
 */
export async function sendAuthorLinks(
  deps: Deps,
  e: EditionFull & { tenant: { slug: string; name: string } },
  email: string,
): Promise<void> {
  requireAuthorLinksOpen(deps, e)
  const { db } = deps
  const mine = await projectsOfAuthor(db, e.edition.id, email)
  for (const p of mine.filter((x) => x.status !== 'withdrawn')) {
    const token = newToken()
    await db.batch([
      db
        .update(projects)
        .set({ authorNextTokenHash: await hashToken(token) })
        .where(eq(projects.id, p.id)),
      auditInsert(deps, { tenantId: p.tenantId, action: 'bo.author-link', entity: 'bo_project', entityId: p.id }),
    ])
    await notifyNewAuthorLink(deps, e, p, token)
  }
}
