import { depsOf } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { assessors } from '../access'
import { workOverview } from '../queries/overview'

/** The start page of a JST's panel: "Czeka na Ciebie" and the coming deadlines, in one personal, uncached answer. */
export function overviewRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/bo/overview',
      summary: 'Czeka na Ciebie: praca w edycjach budżetu obywatelskiego według roli i najbliższe terminy faz',
      tags: ['Budżet obywatelski — ocena'],
      access: assessors,
      responses: { 200: { description: 'Przegląd pracy' } },
    },
    async (c) => {
      const { db, user, role } = depsOf(c)
      const organiser = role === 'admin' || role === 'koordynator'
      const editions = await workOverview(db, c.get('tenant').id, user!.id, organiser)
      c.header('Cache-Control', 'no-store')
      return c.json({ role, editions })
    },
  )
}
