import * as v from 'valibot'
import { depsOf } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { assessors, organisers } from '../access'
import { createConflict, deleteConflict } from '../actions/conflicts'
import { conflictSchema, conflictsQuerySchema } from '../input'
import { editionFromPath } from '../http'
import { conflictGroups } from '../views/conflicts'

const tags = ['Budżet obywatelski — ocena']

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
      return c.json({ items: await conflictGroups(depsOf(c), e, query.project) })
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
      return c.json({ id: await createConflict(depsOf(c), e, body) }, 201)
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
      await deleteConflict(depsOf(c), e, c.req.param('conflictId'))
      return c.body(null, 204)
    },
  )
}
