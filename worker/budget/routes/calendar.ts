import { depsOf } from '../../core/deps'
import { afterResponse } from '../../core/http/after-response'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { organisers } from '../access'
import { changeCalendar } from '../actions/calendar'
import { notifyCalendarChange } from '../notify/calendar'
import { calendarChangesOf } from '../queries'
import { freshEdition } from '../queries/editions'
import { calendarChangeSchema } from '../input'
import { staffEditionPage } from '../views/editions'

/**
 * Changing the dates of a running edition (`changeCalendar`, from the edition read fresh), then telling the authors
 * concerned after the answer, so the request neither waits for nor fails on the mail.
 */
export function calendarRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'patch',
      path: '/jst/:slug/staff/bo/editions/:year/calendar',
      summary: 'Zmiana terminów faz trwającej edycji (z powodem, ogłaszana publicznie)',
      tags: ['Budżet obywatelski — panel'],
      access: organisers,
      body: calendarChangeSchema,
      responses: {
        200: { description: 'Zmieniono terminy; edycja z publicznymi ogłoszeniami zmian i nową wersją' },
        409: { description: 'Termin, którego nie można już zmienić, albo ktoś inny zmienił edycję w międzyczasie' },
      },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const tenant = c.get('tenant')
      const e = await freshEdition(deps.db, tenant.id, c.req.param('year'))
      const { saved, moves } = await changeCalendar(deps, tenant, e, body)
      afterResponse(c, 'calendar change e-mails', () => notifyCalendarChange(deps, saved, tenant, moves, body.reason))
      return c.json(staffEditionPage(saved, await calendarChangesOf(deps.db, saved.edition.id)))
    },
  )
}
