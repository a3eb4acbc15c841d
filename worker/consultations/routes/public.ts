import { depsOf } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { findTenant } from '../../core/tenants/queries'
import { consultationFromPath, tenantFromPath } from '../http'
import { consultationsOf, documentVersion, versionsOf } from '../queries'
import { listedConsultations } from '../queries/list'
import { documentView, listedConsultation, publicConsultation } from '../views'
import { consultationFeed } from '../views/feed'
import { documentRoutes } from './documents'

const tags = ['Konsultacje']
const base = '/jst/:slug/konsultacje'

/** What residents and NGOs read: published consultations (upcoming, open, ended), their drafts and the Atom feed. */
export function publicRoutes(api: Api): void {
  // Before `/:number`, so "feed.atom" is never read as a consultation's number.
  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/feed.atom`,
      summary: 'Kanał Atom ogłoszonych konsultacji JST',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'application/atom+xml' } },
    },
    async (c) => {
      const { db, config } = depsOf(c)
      const tenant = await tenantFromPath(c)
      const full = await findTenant(db, tenant.slug)
      const xml = consultationFeed(config.appUrl, tenant, await consultationsOf(db, tenant.id, true), full!.createdAt)
      return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary:
        'Ogłoszone konsultacje JST (nadchodzące, trwające, zakończone), z liczbą potwierdzonych uwag (gdy są jawne) i datą raportu',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const tenant = await tenantFromPath(c)
      const now = new Date()
      const rows = await listedConsultations(depsOf(c).db, tenant.id)
      return c.json({ items: rows.map((r) => listedConsultation(r.consultation, now, r)) })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number`,
      summary: 'Konsultacje: treść ogłoszenia i aktualna wersja projektu dokumentu',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Konsultacje' }, 404: { description: 'Nie ma takich (albo to szkic)' } },
    },
    async (c) => {
      const { db } = depsOf(c)
      const consultation = await consultationFromPath(c, true)
      const row = await documentVersion(db, consultation.id)
      return c.json({
        ...publicConsultation(consultation, new Date()),
        document: row ? documentView(row, await versionsOf(db, consultation.id)) : null,
      })
    },
  )

  documentRoutes(api, base, { kind: 'public' }, true)
}
