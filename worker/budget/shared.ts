import type { Context } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../http/context'
import { ApiError, notFound } from '../http/problem'
import { hashToken } from '../auth/tokens'
import { findTenantRef } from '../tenants/queries'
import { forget, memo } from './cache'
import { phaseAt, type PhaseName } from './calendar'
import { findProject, loadEdition, type EditionFull, type Pool, type Project } from './queries'
import { projectEvents } from './schema'

export type Ctx = Context<AppEnv>

/** The JST and edition named in the path (`:slug`, `:year`), or a Polish 404. */
export async function editionFromPath(c: Ctx): Promise<EditionFull & { tenant: { id: string; slug: string; name: string } }> {
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
  const project = await findProject(c.get('services').db, edition.tenant.id, edition.edition.id, c.req.param('id') ?? '')
  if (!project) throw notFound('Nie ma takiego projektu w tej edycji.')
  return project
}

/** The author proves authorship with the secret from their e-mailed link, sent as `Authorization: Bearer …`. */
export async function requireAuthor(c: Ctx, project: Project): Promise<void> {
  const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) throw new ApiError(401, 'Otwórz projekt z linku, który wysłaliśmy autorowi e-mailem.')
  if ((await hashToken(token)) !== project.authorTokenHash) throw new ApiError(403, 'Ten link nie pozwala edytować tego projektu. Poproś o nowy link.')
}

export function requirePhase(edition: EditionFull, phase: PhaseName, message: string, now = new Date()): void {
  const current = phaseAt(edition.phases, now)
  if (current !== phase) throw new ApiError(409, message, { type: 'https://wspolnota.example/problems/phase-closed' })
}

/**
 * A row of the project's public history, to be put in the same batch as the change it describes. `at` is the moment
 * of the change: now for requests; the demo seed (worker/demo/budget.ts) replays a past edition at its own dates.
 */
export function eventInsert(c: Ctx, project: Pick<Project, 'id' | 'tenantId'>, kind: string, status: string | null, note?: string | null, at = new Date()) {
  return c.get('services').db.insert(projectEvents).values({ tenantId: project.tenantId, projectId: project.id, kind, status, note: note ?? null, at })
}

export const idParam = v.pipe(v.string(), v.minLength(1), v.maxLength(64))

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
    supporters: supporters + p.paperSupporters,
    extra: p.extra as Record<string, unknown>,
    appealDeadline: p.appealDeadline?.toISOString() ?? null,
    submittedAt: p.submittedAt?.toISOString() ?? null,
  }
}

/** Link for the author, with the secret in the fragment so it never reaches server logs. */
export function authorLink(origin: string, slug: string, year: number, projectId: string, token: string): string {
  return `${origin}/${slug}/bo/${year}/projekty/${projectId}/edycja#klucz=${token}`
}
