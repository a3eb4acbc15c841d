import { and, eq, inArray } from 'drizzle-orm'
import * as v from 'valibot'
import { auditInsert } from '../../core/audit/record'
import { newId } from '../../core/ids'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError, notFound } from '../../core/http/problem'
import { editionConflicts } from '../queries'
import { conflicts, projects } from '../schema'
import { conflictSchema, conflictsQuerySchema } from '../schemas'
import { editionFromPath, idParam, type Ctx } from '../shared'
import { results } from '../voting/schema'

const tags = ['Budżet obywatelski — ocena']
const organisers = { kind: 'tenant', roles: ['admin', 'koordynator'] } as const
const assessors = { kind: 'tenant', roles: ['admin', 'koordynator', 'weryfikator'] } as const

const conflictProject = v.object({
  id: v.string(),
  number: v.nullable(v.number()),
  title: v.string(),
  status: v.string(),
})
const conflictItem = v.object({
  id: v.string(),
  reason: v.string(),
  createdAt: v.string(),
  projects: v.array(conflictProject),
})

type Edition = Awaited<ReturnType<typeof editionFromPath>>

/**
 * Exclusive groups feed the count (only the best project of a group can win). Once the results are published the
 * groups they were computed with are part of the public record; changing them then would make the published files
 * disagree with the edition.
 */
async function requireUnpublished(c: Ctx, e: Edition) {
  const row = await c.get('services').db.query.results.findFirst({ where: eq(results.editionId, e.edition.id) })
  if (row?.publishedAt)
    throw new ApiError(
      409,
      'Wyniki tej edycji są już opublikowane — grup projektów wykluczających się nie można już zmieniać.',
    )
}

const inactiveLabels: Record<string, string> = { draft: 'szkic', withdrawn: 'wycofany' }

/**
 * A group is recorded only of projects that take part: a draft is not yet a project of the edition (the public page
 * would have nothing to link to and the count nothing to compare), and a withdrawn project excludes nothing. Each
 * such project is named, in the order ticked, so the organiser knows which tick to remove.
 */
function refuseInactive(found: { number: number | null; title: string; status: string }[]) {
  const inactive = found.filter((p) => p.status in inactiveLabels)
  if (inactive.length === 0) return
  const names = inactive
    .map(
      (p) => `${p.number != null ? `nr ${p.number} ` : ''}„${p.title || 'bez tytułu'}” (${inactiveLabels[p.status]})`,
    )
    .join(', ')
  throw new ApiError(409, 'Szkice i projekty wycofane nie mogą należeć do grupy projektów wykluczających się.', {
    errors: [
      {
        field: 'projectIds',
        detail: `Usuń z grupy: ${names}. Grupę tworzą tylko zgłoszone projekty, które nie zostały wycofane.`,
      },
    ],
  })
}

/** The edition's groups with the number, title and status of each project, optionally only those holding `project`. */
async function groups(c: Ctx, e: Edition, project?: string) {
  const { db } = c.get('services')
  const rows = (await editionConflicts(db, e.edition.id)).filter(
    (g) => !project || (g.projectIds as string[]).includes(project),
  )
  const ids = [...new Set(rows.flatMap((g) => g.projectIds as string[]))]
  const found = ids.length
    ? await db
        .select({ id: projects.id, number: projects.number, title: projects.title, status: projects.status })
        .from(projects)
        .where(and(eq(projects.editionId, e.edition.id), inArray(projects.id, ids)))
    : []
  const byId = new Map(found.map((p) => [p.id, p]))
  return rows.map((g) => ({
    id: g.id,
    reason: g.reason,
    createdAt: g.createdAt.toISOString(),
    projects: (g.projectIds as string[]).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
  }))
}

/**
 * Projects that exclude each other (two playgrounds on the same plot): organisers record and remove groups, everyone
 * who assesses projects of the JST sees them, the count uses them, the public project page names them.
 */
export function conflictRoutes(api: Api): void {
  const base = '/jst/:slug/staff/bo/:year/conflicts'

  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary: 'Grupy projektów wykluczających się (opcjonalnie tylko grupy danego projektu)',
      tags,
      access: assessors,
      query: conflictsQuerySchema,
      responses: { 200: { description: 'Lista grup', schema: v.object({ items: v.array(conflictItem) }) } },
    },
    async (c, { query }) => {
      const e = await editionFromPath(c)
      return c.json({ items: await groups(c, e, query.project) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: base,
      summary: 'Projekty wykluczające się (wygrać może tylko najlepszy z grupy)',
      tags,
      access: organisers,
      body: conflictSchema,
      responses: {
        201: { description: 'Zapisano', schema: v.object({ id: v.string() }) },
        409: {
          description:
            'Wyniki są już opublikowane albo w grupie jest szkic lub projekt wycofany (błąd przy projectIds)',
        },
      },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      await requireUnpublished(c, e)
      const { db } = c.get('services')
      const found = await db
        .select({ id: projects.id, number: projects.number, title: projects.title, status: projects.status })
        .from(projects)
        .where(and(eq(projects.editionId, e.edition.id), inArray(projects.id, body.projectIds)))
      if (found.length !== body.projectIds.length)
        throw new ApiError(400, 'Wszystkie projekty muszą należeć do tej edycji.', {
          errors: [{ field: 'projectIds', detail: 'Wskaż projekty z tej edycji.' }],
        })
      refuseInactive(body.projectIds.map((id) => found.find((p) => p.id === id)!))
      const id = newId()
      await db.batch([
        db.insert(conflicts).values({
          id,
          tenantId: e.tenant.id,
          editionId: e.edition.id,
          projectIds: body.projectIds,
          reason: body.reason,
          createdAt: new Date(),
        }),
        auditInsert(c, {
          tenantId: e.tenant.id,
          action: 'bo.conflict',
          entity: 'bo_conflict',
          entityId: id,
          after: body,
        }),
      ])
      return c.json({ id }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'delete',
      path: `${base}/:conflictId`,
      summary: 'Usunięcie błędnie zapisanej grupy projektów wykluczających się',
      tags,
      access: organisers,
      responses: { 204: { description: 'Usunięto' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const id = v.safeParse(idParam, c.req.param('conflictId'))
      const { db } = c.get('services')
      const row = id.success
        ? await db.query.conflicts.findFirst({
            where: and(
              eq(conflicts.id, id.output),
              eq(conflicts.editionId, e.edition.id),
              eq(conflicts.tenantId, e.tenant.id),
            ),
          })
        : undefined
      if (!row) throw notFound('Nie ma takiej grupy projektów wykluczających się w tej edycji.')
      await requireUnpublished(c, e)
      await db.batch([
        db.delete(conflicts).where(eq(conflicts.id, row.id)),
        auditInsert(c, {
          tenantId: e.tenant.id,
          action: 'bo.conflict.delete',
          entity: 'bo_conflict',
          entityId: row.id,
          before: { projectIds: row.projectIds, reason: row.reason },
        }),
      ])
      return c.body(null, 204)
    },
  )
}
