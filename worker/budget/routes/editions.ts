import * as v from 'valibot'
import { depsOf } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { findTenantRef } from '../../core/tenants/queries'
import { organisers } from '../access'
import { createEdition, updateEdition } from '../actions/editions'
import { calendarChangesOf } from '../queries'
import { editionsOf, freshEdition } from '../queries/editions'
import { editionInputSchema } from '../domain/rules'
import { editionUpdateSchema } from '../input'
import { editionFromPath } from '../http'
import { editionPage, editionSummary, staffEdition, staffEditionPage } from '../views/editions'

const editionSummarySchema = v.object({ year: v.number(), title: v.string(), currentPhase: v.nullable(v.string()) })

/** Editions: set up by the JST's admin or coordinator, read by everyone. */
export function editionRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/staff/bo/editions',
      summary: 'Nowa edycja budżetu obywatelskiego (z pulami i kalendarzem)',
      tags: ['Budżet obywatelski — panel'],
      access: organisers,
      body: editionInputSchema,
      responses: { 201: { description: 'Utworzono' } },
    },
    async (c, { body }) => c.json(staffEdition(await createEdition(depsOf(c), c.get('tenant'), body)), 201),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/staff/bo/editions/:year',
      summary: 'Edycja do zmiany w panelu (z wersją do odesłania przy zapisie)',
      tags: ['Budżet obywatelski — panel'],
      access: organisers,
      responses: { 200: { description: 'Edycja z polem version' } },
    },
    async (c) => {
      const { db } = depsOf(c)
      const e = await freshEdition(db, c.get('tenant').id, c.req.param('year'))
      return c.json(staffEditionPage(e, await calendarChangesOf(db, e.edition.id)))
    },
  )

  endpoint(
    api,
    {
      method: 'put',
      path: '/jst/:slug/staff/bo/editions/:year',
      summary: 'Zmiana ustawień edycji (przed rozpoczęciem zgłaszania; z wersją z odczytu)',
      tags: ['Budżet obywatelski — panel'],
      access: organisers,
      body: editionUpdateSchema,
      responses: {
        200: { description: 'Zmieniono; edycja z nową wersją' },
        409: { description: 'Zgłaszanie już trwa albo ktoś inny zmienił edycję w międzyczasie' },
      },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const tenant = c.get('tenant')
      const current = await freshEdition(deps.db, tenant.id, c.req.param('year'))
      return c.json(staffEdition(await updateEdition(deps, tenant, current, body)))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/bo',
      summary: 'Edycje budżetu obywatelskiego JST',
      tags: ['Budżet obywatelski'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista', schema: v.object({ items: v.array(editionSummarySchema) }) } },
    },
    async (c) => {
      const { db } = depsOf(c)
      const tenant = await findTenantRef(db, c.req.param('slug')!)
      if (!tenant) throw notFound('Nie ma takiej jednostki samorządu.')
      return c.json({ items: (await editionsOf(db, tenant.id)).map((e) => editionSummary(e)) })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/bo/:year',
      summary: 'Edycja: kalendarz, pule i zasady',
      tags: ['Budżet obywatelski'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Edycja' } },
    },
    async (c) => {
      const edition = await editionFromPath(c)
      // Changes of dates made after submission opened, announced with their reasons (PATCH …/calendar).
      return c.json(editionPage(edition, await calendarChangesOf(depsOf(c).db, edition.edition.id)))
    },
  )
}
