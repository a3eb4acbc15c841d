import { depsOf } from '../../core/deps'
import type { Access, Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { consultationFromPath, versionParam, type Ctx } from '../http'
import { documentVersion, versionsOf } from '../queries'
import { comparisonView, documentView } from '../views'

/** A version of the consultation's draft, or a Polish 404 (no draft yet, or no such version). */
async function versionOf(c: Ctx, publicOnly: boolean, version?: number) {
  const consultation = await consultationFromPath(c, publicOnly)
  const row = await documentVersion(depsOf(c).db, consultation.id, version)
  if (!row) throw notFound(version ? 'Nie ma takiej wersji projektu.' : 'Projekt dokumentu nie został jeszcze dodany.')
  return { consultation, row }
}

/**
 * The draft's versions and their comparison, registered twice: under the public path (published consultations) and
 * under the staff path (drafts too, for the organisers preparing them).
 */
export function documentRoutes(api: Api, base: string, access: Access, publicOnly: boolean): void {
  const tags = [publicOnly ? 'Konsultacje' : 'Konsultacje — panel']

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number/document`,
      summary: 'Aktualna wersja projektu dokumentu: rozdziały i akapity z identyfikatorami i odniesieniami',
      tags,
      access,
      responses: { 200: { description: 'Wersja projektu' }, 404: { description: 'Projektu jeszcze nie dodano' } },
    },
    async (c) => {
      const { consultation, row } = await versionOf(c, publicOnly)
      return c.json(documentView(row, await versionsOf(depsOf(c).db, consultation.id)))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number/document/versions/:version`,
      summary: 'Wersja projektu dokumentu o podanym numerze',
      tags,
      access,
      responses: { 200: { description: 'Wersja projektu' }, 404: { description: 'Nie ma takiej wersji' } },
    },
    async (c) => {
      const { consultation, row } = await versionOf(c, publicOnly, versionParam(c, 'version'))
      return c.json(documentView(row, await versionsOf(depsOf(c).db, consultation.id)))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number/document/compare/:from/:to`,
      summary: 'Porównanie dwóch wersji projektu: akapity dodane, usunięte, przeniesione i zmienione (z różnicą słów)',
      tags,
      access,
      responses: { 200: { description: 'Zmiany' }, 404: { description: 'Nie ma takiej wersji' } },
    },
    async (c) => {
      const from = await versionOf(c, publicOnly, versionParam(c, 'from'))
      const to = await versionOf(c, publicOnly, versionParam(c, 'to'))
      return c.json(comparisonView(from.row.structure, to.row.structure))
    },
  )
}
