import { and, eq, inArray } from 'drizzle-orm'
import { readSession } from '../../core/auth/session'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { phaseAt, phaseNames } from '../phases'
import {
  BUDGET_FILES,
  decisionsOf,
  editionConflicts,
  editionHasWinners,
  implementationStages,
  implementationStagesOf,
  projectDetails,
  publicStatuses,
  searchProjects,
  supportCounts,
  type EditionFull,
  type Project,
} from '../queries'
import { projects } from '../schema'
import { listQuerySchema } from '../schemas'
import {
  editionFromPath,
  paperSupportersCounted,
  projectFromPath,
  publicProject,
  requireAuthor,
  type Ctx,
} from '../shared'
import { joinRecord } from '../tally/csv'
import { csvDocument, csvHeaders } from '../../core/http/csv'
import { formatMoney } from '../tally/money'

const tags = ['Budżet obywatelski']

export const statusLabels: Record<string, string> = {
  submitted: 'zgłoszony',
  merit: 'po ocenie formalnej',
  formal_rejected: 'odrzucony formalnie',
  merit_rejected: 'odrzucony merytorycznie',
  appealed: 'odwołanie w toku',
  accepted: 'dopuszczony do głosowania',
  withdrawn: 'wycofany',
}

/** How a winner's implementation stage reads once the results are published (the page and the CSV say the same). */
export const stageLabels: Record<string, string> = {
  selected: 'wybrany w głosowaniu',
  in_progress: 'w realizacji',
  done: 'zrealizowany',
  abandoned: 'odstąpiono od realizacji',
}

/**
 * Each project as the public sees it, with its supporters and, for a winner once the results are published, its
 * implementation stage: residents see a winner as "selected" or "implemented", not as one more admitted project.
 */
async function withSupporters(c: Ctx, e: EditionFull, rows: Project[]) {
  const ids = rows.map((r) => r.id)
  const [counts, stages] = await Promise.all([
    supportCounts(c.get('services').db, ids),
    implementationStagesOf(c.get('services').db, ids),
  ])
  return rows.map((p) => ({
    ...publicProject(
      p,
      e.pools.find((x) => x.id === p.poolId),
      counts.get(p.id) ?? 0,
    ),
    implementation: stages.get(p.id) ?? null,
  }))
}

/** The statuses the list can be filtered by in this edition: the implementation stages too once it has winners. */
async function filterStatuses(c: Ctx, e: EditionFull): Promise<string[]> {
  return (await editionHasWinners(c.get('services').db, e.edition.id))
    ? [...publicStatuses, ...implementationStages]
    : [...publicStatuses]
}

/**
 * The final list is final once the final-list phase has begun and no appeal is pending; before that the same list is
 * shown as provisional.
 */
async function finalList(c: Ctx, e: EditionFull) {
  const { db } = c.get('services')
  const accepted = await searchProjects(db, e.edition.id, {}, ['accepted'])
  const pending = await searchProjects(db, e.edition.id, {}, ['appealed'])
  const current = phaseAt(e.phases, new Date())
  const final =
    pending.length === 0 && current != null && phaseNames.indexOf(current) >= phaseNames.indexOf('final_list')
  const projects = await withSupporters(c, e, accepted)
  return {
    final,
    pendingAppeals: pending.length,
    pools: e.pools.map((pool) => ({
      id: pool.id,
      code: pool.code,
      name: pool.name,
      amount: pool.amount,
      projects: projects.filter((p) => p.pool?.id === pool.id),
    })),
  }
}

/**
 * Files of a project that are not its attachments on the public page: scanned support lists carry residents' personal
 * data (only the author and the staff who check them open them), and implementation photos belong to the progress
 * notes on the implementation page, added long after the project was assessed.
 */
const notAttachments = new Set(['support-list', 'implementation-photo'])

/**
 * The groups of mutually exclusive projects holding `p`, each with the other projects by number and title so the page
 * can link to them. Only projects the public may see are named (never a draft: its title and very existence belong to
 * its author until it is submitted); a group whose other projects are all hidden says nothing anyone could follow, and
 * is left out rather than hint at a project nobody may open.
 */
async function publicConflicts(c: Ctx, e: EditionFull, p: Project) {
  const { db } = c.get('services')
  const groups = (await editionConflicts(db, e.edition.id)).filter((g) => (g.projectIds as string[]).includes(p.id))
  const others = [...new Set(groups.flatMap((g) => g.projectIds as string[]))].filter((id) => id !== p.id)
  const visible = others.length
    ? await db
        .select({ id: projects.id, number: projects.number, title: projects.title, status: projects.status })
        .from(projects)
        .where(
          and(
            eq(projects.editionId, e.edition.id),
            inArray(projects.id, others),
            inArray(projects.status, [...publicStatuses]),
          ),
        )
    : []
  const byId = new Map(visible.map((x) => [x.id, x]))
  return groups
    .map((g) => ({
      reason: g.reason,
      projects: (g.projectIds as string[]).flatMap((id) => (id !== p.id && byId.has(id) ? [byId.get(id)!] : [])),
    }))
    .filter((g) => g.projects.length > 0)
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
      const rows = await searchProjects(c.get('services').db, e.edition.id, query)
      return c.json({ items: await withSupporters(c, e, rows), statusLabels, statuses: await filterStatuses(c, e) })
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
      const { db } = c.get('services')
      const details = await projectDetails(db, p.id)
      const [project] = await withSupporters(c, e, [p])
      return c.json({
        project,
        statusLabel: statusLabels[p.status],
        assessments: details.assessments.map((a) => ({
          stage: a.stage,
          positive: a.positive,
          criteria: a.criteria,
          justification: a.justification,
          revisedCost: a.revisedCost,
          decidedAt: a.decidedAt.toISOString(),
        })),
        appeals: details.appeals.map((a) => ({
          filedAt: a.filedAt.toISOString(),
          decision: a.decision,
          reason: a.reason,
          decidedAt: a.decidedAt?.toISOString() ?? null,
        })),
        attachments: details.attachments
          .filter((a) => !notAttachments.has(a.kind))
          .map((a) => ({ id: a.id, kind: a.kind, name: a.name, mime: a.mime, size: a.size })),
        // Counted, never listed: the history says a file was added, and the page says why this one cannot be opened.
        supportScans: details.attachments.filter((a) => a.kind === 'support-list').length,
        history: details.history.map((h) => ({ kind: h.kind, status: h.status, note: h.note, at: h.at.toISOString() })),
        conflicts: await publicConflicts(c, e, p),
      })
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
    async (c) => {
      const e = await editionFromPath(c)
      return c.json(await finalList(c, e))
    },
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
      const { db } = c.get('services')
      const rows = await searchProjects(db, e.edition.id, {})
      const counts = await supportCounts(
        db,
        rows.map((r) => r.id),
      )
      const header = [
        'numer',
        'tytul',
        'pula',
        'kategoria',
        'lokalizacja',
        'koszt_zl',
        'koszt_po_weryfikacji_zl',
        'poparcie',
        'status',
        'ocena_formalna',
        'ocena_merytoryczna',
        'uzasadnienie',
        'odwolanie',
      ]
      const [decisions, stages] = await Promise.all([
        decisionsOf(
          db,
          rows.map((r) => r.id),
        ),
        implementationStagesOf(
          db,
          rows.map((r) => r.id),
        ),
      ])
      const lines = rows.map((p) => {
        const d = {
          assessments: decisions.assessments.filter((a) => a.projectId === p.id),
          appeals: decisions.appeals.filter((a) => a.projectId === p.id),
        }
        const stage = (s: string) => {
          const a = d.assessments.filter((x) => x.stage === s).at(-1)
          return a ? (a.positive ? 'pozytywna' : 'negatywna') : ''
        }
        const appeal = d.appeals.at(-1)
        return [
          String(p.number ?? ''),
          p.title,
          e.pools.find((x) => x.id === p.poolId)?.name ?? '',
          p.category ?? '',
          p.address,
          formatMoney(BigInt(p.cost)),
          p.revisedCost == null ? '' : formatMoney(BigInt(p.revisedCost)),
          String((counts.get(p.id) ?? 0) + paperSupportersCounted(p)),
          stageLabels[stages.get(p.id) ?? ''] ?? statusLabels[p.status] ?? p.status,
          stage('formal'),
          stage('merit'),
          d.assessments.at(-1)?.justification ?? '',
          appeal ? (appeal.decision ?? 'w toku') : '',
        ]
      })
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
      const list = await finalList(c, e)
      const rules = e.rules
      const lines = ['META', 'key;value']
      const meta: [string, string][] = [
        ['description', `${e.edition.title} — lista projektów do głosowania`],
        ['country', 'Poland'],
        ['unit', e.tenant.name],
        ['instance', String(e.edition.year)],
        ['num_projects', String(list.pools.reduce((s, p) => s + p.projects.length, 0))],
        ['num_votes', '0'],
        ['budget', formatMoney(BigInt(e.pools.reduce((s, p) => s + p.amount, 0)))],
        ['vote_type', rules.ballot.format === 'points' ? 'cumulative' : 'approval'],
        ['rule', rules.winnerRule],
        ['language', 'pl'],
        ['currency', 'PLN'],
      ]
      if (rules.minVotes > 0) meta.push(['min_project_score_threshold', String(rules.minVotes)])
      for (const [k, val] of meta) lines.push(joinRecord([k, val]))
      lines.push('PROJECTS', 'project_id;cost;name;category;pool')
      for (const pool of list.pools)
        for (const p of pool.projects)
          lines.push(
            joinRecord([
              String(p.number ?? p.id),
              formatMoney(BigInt(p.revisedCost ?? p.cost)),
              p.title,
              p.category ?? '',
              pool.code,
            ]),
          )
      return c.body(`${lines.join('\n')}\n`, 200, {
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
      const file = await c.get('services').files.read(BUDGET_FILES, p.tenantId, p.id, c.req.param('attachmentId')!)
      if (!file) throw notFound('Nie ma takiego załącznika.')
      if (p.status === 'draft' || file.kind === 'support-list') await requireAuthorOrStaff(c, p)
      return c.body(file.bytes as never, 200, {
        'Content-Type': file.mime,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
      })
    },
  )
}
