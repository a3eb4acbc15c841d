import { readSession } from '../../core/auth/session'
import { depsOf } from '../../core/deps'
import { csvDocument, csvHeaders } from '../../core/http/csv'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { projectDetails, searchProjects, type EditionFull, type Project } from '../queries'
import {
  finalListData,
  listStatuses,
  projectFile,
  projectsCsvData,
  publicConflicts,
  publicFigures,
} from '../queries/public'
import { listQuerySchema } from '../input'
import { editionFromPath, projectFromPath, requireAuthor, type Ctx } from '../http'
import {
  ballotPb,
  finalListView,
  projectsCsvTable,
  publicListItems,
  publicProjectPage,
  statusLabels,
} from '../views/public'

const tags = ['Budżet obywatelski']

/** The list of projects on the ballot (the page and the `.pb` file show the same one). */
async function finalList(c: Ctx, e: EditionFull) {
  return finalListView(e, await finalListData(depsOf(c).db, e.edition.id))
}

/** The author's key, or a session of a JST staff member who checks projects (scanned support lists, drafts). */
async function requireAuthorOrStaff(c: Ctx, p: Project) {
  const session = c.req.header('authorization') ? null : await readSession(c)
  const member = session?.user.memberships.find((m) => m.tenantId === p.tenantId)
  if (member && ['admin', 'koordynator', 'weryfikator'].includes(member.role)) return
  await requireAuthor(c, p)
}

/** Public pages and open data of an edition: project list with search, project pages, the final ballot list, exports. */
export function publicBudgetRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year'

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/projects`,
      summary: 'Projekty z filtrami (pula, kategoria, status) i wyszukiwaniem',
      tags,
      access: { kind: 'public' },
      query: listQuerySchema,
      responses: { 200: { description: 'Lista' } },
    },
    async (c, { query }) => {
      const e = await editionFromPath(c)
      const { db } = depsOf(c)
      const rows = await searchProjects(db, e.edition.id, query)
      const items = publicListItems(e, rows, await publicFigures(db, rows))
      return c.json({ items, statusLabels, statuses: await listStatuses(db, e.edition.id) })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/projects/:id`,
      summary: 'Strona projektu z historią oceny',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Projekt' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      if (p.status === 'draft') throw notFound('Ten projekt nie został jeszcze zgłoszony.')
      const { db } = depsOf(c)
      const details = await projectDetails(db, p.id)
      const [project] = publicListItems(e, [p], await publicFigures(db, [p]))
      return c.json(publicProjectPage(project!, p, details, await publicConflicts(db, e.edition.id, p.id)))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/final-list`,
      summary: 'Lista projektów dopuszczonych do głosowania',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Lista według pul' } },
    },
    async (c) => c.json(await finalList(c, await editionFromPath(c))),
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/projects.csv`,
      summary: 'Projekty z wynikami oceny (CSV, UTF-8, separator ;)',
      tags: ['Otwarte dane'],
      access: { kind: 'public' },
      responses: { 200: { description: 'CSV' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const { header, lines } = projectsCsvTable(e, await projectsCsvData(depsOf(c).db, e))
      return c.body(csvDocument(header, lines), 200, csvHeaders(`bo-${e.tenant.slug}-${e.edition.year}-projekty.csv`))
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/ballot.pb`,
      summary: 'Lista do głosowania jako sekcje META i PROJECTS pliku Pabulib',
      tags: ['Otwarte dane'],
      access: { kind: 'public' },
      responses: { 200: { description: 'Plik .pb (bez sekcji VOTES)' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      return c.body(ballotPb(e, await finalList(c, e)), 200, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="bo-${e.tenant.slug}-${e.edition.year}-lista.pb"`,
      })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/projects/:id/attachments/:attachmentId`,
      summary: 'Załącznik projektu (listy poparcia tylko dla autora)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Plik' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      const file = await projectFile(depsOf(c), p, c.req.param('attachmentId')!)
      if (p.status === 'draft' || file.kind === 'support-list') await requireAuthorOrStaff(c, p)
      return c.body(file.bytes as never, 200, {
        'Content-Type': file.mime,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
      })
    },
  )
}
