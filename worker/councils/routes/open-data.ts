import { and, asc, desc, eq, lte } from 'drizzle-orm'
import { depsOf } from '../../core/deps'
import type { Db } from '../../core/db/client'
import { csvDocument, csvHeaders } from '../../core/http/csv'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { tenants } from '../../core/tenants/schema'
import { resolutionPdf } from '../actions/resolution-pdf'
import { statuteForDate } from '../domain/statute'
import { bodyFromPath, tenantFromPath, type Ctx } from '../http'
import {
  adoptedResolution,
  namedVotes,
  openAttendance,
  openBodies,
  openElections,
  openInquiries,
  openMeetings,
  openMembers,
  openOpinionRequests,
  openResolutions,
  openStatutes,
  openTerms,
  openVotes,
} from '../queries/open-data'
import { councilStatutes, councilTerms } from '../tables'
import {
  datasetColumns,
  datasetInfo,
  datasetKeys,
  openDataset,
  type DatasetKey,
  type OpenDataRows,
} from '../views/open-data'

const tags = ['Rady: otwarte dane']
const access = { kind: 'public' } as const
const base = '/jst/:slug/rady/dane'

async function tenantKind(db: Db, id: string): Promise<string> {
  const [row] = await db.select({ kind: tenants.kind }).from(tenants).where(eq(tenants.id, id))
  return row?.kind ?? 'gmina'
}

/** Reads only what `key` needs, then shapes it. */
async function dataset(c: Ctx, key: DatasetKey) {
  const { db, config } = depsOf(c)
  const tenant = await tenantFromPath(c)
  const none = Promise.resolve([])
  const need = (...keys: DatasetKey[]) => keys.includes(key)
  const [
    kind,
    bodies,
    terms,
    statutes,
    members,
    meetings,
    attendance,
    resolutions,
    votes,
    opinions,
    inquiries,
    elections,
  ] = await Promise.all([
    tenantKind(db, tenant.id),
    openBodies(db, tenant.id),
    need('organy') ? openTerms(db, tenant.id) : none,
    need('organy', 'czlonkowie', 'wybory') ? openStatutes(db, tenant.id) : none,
    need('czlonkowie', 'posiedzenia', 'uchwaly') ? openMembers(db, tenant.id) : none,
    need('posiedzenia') ? openMeetings(db, tenant.id) : none,
    need('posiedzenia') ? openAttendance(db, tenant.id) : none,
    need('uchwaly', 'opinie') ? openResolutions(db, tenant.id) : none,
    need('uchwaly') ? openVotes(db, tenant.id) : none,
    need('opinie') ? openOpinionRequests(db, tenant.id) : none,
    need('zapytania') ? openInquiries(db, tenant.id) : none,
    need('wybory') ? openElections(db, tenant.id) : none,
  ])
  const rows: OpenDataRows = {
    tenant: { slug: tenant.slug, kind },
    appUrl: config.appUrl,
    now: new Date(),
    bodies,
    terms,
    statutes,
    members,
    meetings,
    attendance,
    resolutions,
    votes,
    opinions,
    inquiries,
    elections,
  } as OpenDataRows
  return { tenant, ...openDataset(key, rows) }
}

/** "3-2026" (the resolution's number in an address) → "3/2026", or null. */
const numberFromPath = (raw: string) => (/^\d{1,6}-\d{4}$/.test(raw) ? raw.replace('-', '/') : null)

/**
 * The councils' open data, public and in the OpenAPI document: the catalogue of datasets and each dataset as JSON and
 * CSV (UTF-8 with BOM, `;`, formulas neutralised), one fixed path per file as the consultations' open data has (a
 * router cannot split `{dataset}.json` in one segment); public GETs get `no-cache` with an ETag like every public read.
 * And the BIP-ready PDF of each adopted resolution (`/uchwaly/3-2026/pdf`), tagged and accessible.
 */
export function openDataRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary: 'Otwarte dane rad JST: katalog zbiorów (JSON i CSV) z opisem i kolumnami',
      tags,
      access,
      responses: { 200: { description: '{ datasets: [{ key, title, description, columns, json, csv }] }' } },
    },
    async (c) => {
      const tenant = await tenantFromPath(c)
      const root = `${depsOf(c).config.appUrl.replace(/\/+$/, '')}/api/v1/jst/${tenant.slug}/rady/dane`
      return c.json({
        tenant: { slug: tenant.slug, name: tenant.name },
        license: 'Dane publiczne do ponownego wykorzystania (ustawa z dnia 11 sierpnia 2021 r. o otwartych danych).',
        datasets: datasetKeys.map((key) => ({
          key,
          ...datasetInfo[key],
          columns: datasetColumns[key],
          json: `${root}/${key}.json`,
          csv: `${root}/${key}.csv`,
        })),
      })
    },
  )

  for (const key of datasetKeys) {
    const info = datasetInfo[key]
    endpoint(
      api,
      {
        method: 'get',
        path: `${base}/${key}.json`,
        summary: `Otwarte dane rad: ${info.title} (JSON)`,
        tags,
        access,
        responses: { 200: { description: info.description } },
      },
      async (c) => {
        const { columns, items } = await dataset(c, key)
        return c.json({ dataset: key, columns, items })
      },
    )
    endpoint(
      api,
      {
        method: 'get',
        path: `${base}/${key}.csv`,
        summary: `Otwarte dane rad: ${info.title} (CSV, UTF-8, separator ;)`,
        tags,
        access,
        responses: { 200: { description: info.description } },
      },
      async (c) => {
        const { tenant, columns, csv } = await dataset(c, key)
        return c.body(csvDocument(columns, csv), 200, csvHeaders(`rady-${tenant.slug}-${key}.csv`))
      },
    )
  }

  endpoint(
    api,
    {
      method: 'get',
      path: '/jst/:slug/rady/:body/uchwaly/:number/pdf',
      summary: 'Podjęta uchwała rady jako PDF do BIP (numer w adresie: 3-2026), z imiennym wykazem głosowania',
      tags,
      access,
      responses: { 200: { description: 'application/pdf' }, 404: { description: 'Nie ma takiej podjętej uchwały' } },
    },
    async (c) => {
      const { db } = depsOf(c)
      const tenant = await tenantFromPath(c)
      const body = await bodyFromPath(c)
      const number = numberFromPath(c.req.param('number') ?? '')
      const resolution = number ? await adoptedResolution(db, body.id, number) : undefined
      if (!resolution || !resolution.adoptedOn) throw notFound('Nie ma takiej podjętej uchwały tej rady.')
      const adoptedOn = resolution.adoptedOn
      const [versions, [term], votes, kind] = await Promise.all([
        db
          .select({
            version: councilStatutes.version,
            statute: councilStatutes.statute,
            applies: councilStatutes.applies,
          })
          .from(councilStatutes)
          .where(eq(councilStatutes.bodyId, body.id))
          .orderBy(asc(councilStatutes.version)),
        db
          .select({ startsOn: councilTerms.startsOn })
          .from(councilTerms)
          .where(and(eq(councilTerms.bodyId, body.id), lte(councilTerms.startsOn, adoptedOn)))
          .orderBy(desc(councilTerms.startsOn))
          .limit(1),
        namedVotes(db, resolution.id),
        tenantKind(db, tenant.id),
      ])
      const statute = statuteForDate(versions, adoptedOn, term?.startsOn ?? null)?.statute ?? null
      const bytes = await resolutionPdf({
        tenant: { name: tenant.name, kind },
        body: { name: body.name, kind: body.kind },
        statute,
        resolution: {
          number: resolution.number!,
          title: resolution.title,
          text: resolution.text,
          adoptedOn,
          tally: resolution.tally,
        },
        votes,
      })
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="uchwala-${body.slug}-${c.req.param('number')}.pdf"`,
        'X-Content-Type-Options': 'nosniff',
      })
    },
  )
}
