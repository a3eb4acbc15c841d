import type { Context } from 'hono'
import type { AppEnv } from '../core/http/context'
import { depsOf } from '../core/deps'
import { ApiError, notFound } from '../core/http/problem'
import { findTenantRef } from '../core/tenants/queries'
import { forget, memo } from '../core/cache'
import { findProject, loadEdition, type EditionFull, type Project } from './queries'
import { acceptAuthorKey } from './actions/author-keys'

/*
 * The budget's HTTP helpers: what route handlers read from a request (the JST, edition and project named in the
 * path, the author's key in a header) before they call an action. The only file of the module besides its route
 * files that knows Hono (tests/unit/layers.test.ts).
 */

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

/**
 * The author proves authorship with the secret from their e-mailed link, sent as `Authorization: Bearer …`. Reading
 * the header is the HTTP part; whether the key opens the project (and a new key's first use) is `acceptAuthorKey`'s.
 */
export async function requireAuthor(c: Ctx, project: Project): Promise<void> {
  const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) throw new ApiError(401, 'Otwórz projekt z linku, który wysłaliśmy autorowi e-mailem.')
  await acceptAuthorKey(depsOf(c), project, token)
}
