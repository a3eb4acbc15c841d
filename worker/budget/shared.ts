import { and, eq } from 'drizzle-orm'
import type { Context } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../core/http/context'
import { ApiError, notFound } from '../core/http/problem'
import { hashToken } from '../core/ids'
import { auditInsert } from '../core/audit/record'
import { guardedBatch, requireChanged } from '../core/db/guard'
import { findTenantRef } from '../core/tenants/queries'
import { forget, memo } from '../core/cache'
import { phaseAt, type PhaseName } from './phases'
import { findProject, loadEdition, type EditionFull, type Pool, type Project } from './queries'
import { phases, projectEvents, projects } from './schema'

export type Ctx = Context<AppEnv>

/** The JST and edition named in the path (`:slug`, `:year`), or a Polish 404. */
export async function editionFromPath(
  c: Ctx,
): Promise<EditionFull & { tenant: { id: string; slug: string; name: string } }> {
  const { db } = c.get('services')
  const slug = c.req.param('slug') ?? ''
  const year = Number(c.req.param('year'))
  const key = `edition:${slug}:${year}`
  const found = await memo(key, c.get('config').cacheMs, async () => {
    const tenant = c.get('tenant' as never) ? c.get('tenant') : await findTenantRef(db, slug)
    const edition = tenant && Number.isInteger(year) ? await loadEdition(db, tenant.id, year) : undefined
    return { tenant, edition }
  })
  if (!found.tenant || !found.edition) forget(key)
  if (!found.tenant) throw notFound('Nie ma takiej jednostki samorządu.')
  if (!found.edition) throw notFound(`Nie ma edycji budżetu obywatelskiego na rok ${c.req.param('year')}.`)
  return { ...found.edition, tenant: found.tenant }
}

export async function projectFromPath(c: Ctx, edition: EditionFull & { tenant: { id: string } }): Promise<Project> {
  const project = await findProject(
    c.get('services').db,
    edition.tenant.id,
    edition.edition.id,
    c.req.param('id') ?? '',
  )
  if (!project) throw notFound('Nie ma takiego projektu w tej edycji.')
  return project
}

/** Refusal of an author's key once the edition is over (the request for a new one is refused with it too). */
export const AUTHOR_KEYS_ENDED =
  'Ta edycja budżetu obywatelskiego się zakończyła, więc linki autorów już nie działają. Projekt, jego ocena i wyniki są na stronie edycji.'

/**
 * When authors' keys stop working: the end of the results phase (the last phase of the contest; implementation is
 * the JST's), or of voting in a calendar without one. Nothing is left for an author to do by then, and a secret link
 * that never expires is a standing risk (forwarded e-mails, shared computers).
 */
export function authorKeysEnd(windows: readonly { phase: string; endsAt: Date }[]): Date | null {
  return (windows.find((w) => w.phase === 'results') ?? windows.find((w) => w.phase === 'voting'))?.endsAt ?? null
}

/**
 * The author proves authorship with the secret from their e-mailed link, sent as `Authorization: Bearer …`, while the
 * edition lasts (`authorKeysEnd`). The key asked for with "send me a new link" (`authorNextTokenHash`) works too, and
 * its first use makes it the only one: so the old key stays valid until the author has the new one in hand, and a
 * stranger who asks for new links with the author's e-mail cannot lock them out.
 */
export async function requireAuthor(c: Ctx, project: Project): Promise<void> {
  const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) throw new ApiError(401, 'Otwórz projekt z linku, który wysłaliśmy autorowi e-mailem.')
  const { db } = c.get('services')
  const end = authorKeysEnd(
    await db
      .select({ phase: phases.phase, endsAt: phases.endsAt })
      .from(phases)
      .where(eq(phases.editionId, project.editionId)),
  )
  if (end && end.getTime() <= Date.now())
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
        auditInsert(c, {
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
    const now = await db.query.projects.findFirst({
      columns: { authorTokenHash: true },
      where: eq(projects.id, project.id),
    })
    if (error !== refused || now?.authorTokenHash !== hash) throw error
  }
}

export function requirePhase(edition: EditionFull, phase: PhaseName, message: string, now = new Date()): void {
  const current = phaseAt(edition.phases, now)
  if (current !== phase) throw new ApiError(409, message, { type: 'https://wspolnota.example/problems/phase-closed' })
}

/**
 * A row of the project's public history, to be put in the same batch as the change it describes. `at` is the moment
 * of the change: now for requests; the demo seed (worker/demo/budget.ts) replays a past edition at its own dates.
 */
export function eventInsert(
  c: Ctx,
  project: Pick<Project, 'id' | 'tenantId'>,
  kind: string,
  status: string | null,
  note?: string | null,
  at = new Date(),
) {
  return c
    .get('services')
    .db.insert(projectEvents)
    .values({ tenantId: project.tenantId, projectId: project.id, kind, status, note: note ?? null, at })
}

export const idParam = v.pipe(v.string(), v.minLength(1), v.maxLength(64))

/**
 * Paper signatures that count towards the pool's threshold and in every public figure: those staff verified on the
 * scanned list, never the number the author declared (which anyone could inflate).
 */
export function paperSupportersCounted(p: Pick<Project, 'paperSupportersVerified'>): number {
  return p.paperSupportersVerified ?? 0
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

/** Link for the author, with the secret in the fragment so it never reaches server logs. */
export function authorLink(origin: string, slug: string, year: number, projectId: string, token: string): string {
  return `${origin}/${slug}/bo/${year}/projekty/${projectId}/edycja#klucz=${token}`
}
