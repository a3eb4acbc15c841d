import { depsOf } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { moderators } from '../access-comments'
import { consultationWork } from '../queries/work'

/**
 * The consultations' part of a JST panel's start page ("Czeka na Ciebie"): one personal, uncached answer. Registered
 * before the staff routes, so `work` is never read as a consultation's number.
 */
export function workRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/konsultacje/work',
      summary:
        'Czeka na Ciebie w konsultacjach: trwające konsultacje, a dla organizatorów też uwagi bez odpowiedzi lub do zatwierdzenia i raporty do opublikowania (z ostatnim dniem)',
      tags: ['Konsultacje — panel'],
      access: moderators,
      responses: { 200: { description: 'Praca w konsultacjach' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const organiser = deps.role === 'admin' || deps.role === 'koordynator'
      const work = await consultationWork(deps.db, c.get('tenant').id, deps.user!.id, organiser, deps.now())
      c.header('Cache-Control', 'no-store')
      return c.json({ role: deps.role, organiser, ...work })
    },
  )
}
