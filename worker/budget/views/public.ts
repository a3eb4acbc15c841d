import { phaseAt, phaseNames } from '../domain/phases'
import type { EditionFull, Project, projectDetails } from '../queries'
import type { FinalListData, ProjectsCsvData, PublicConflict, PublicFigures } from '../queries/public'
import { paperSupportersCounted } from '../domain/submission'
import { assessmentView, publicProject } from './projects'
import { joinRecord } from '../tally/csv'
import { formatMoney } from '../tally/money'

/** How each status reads on the public pages and in the CSV. */
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
export function publicListItems(e: EditionFull, rows: Project[], figures: PublicFigures) {
  return rows.map((p) => ({
    ...publicProject(
      p,
      e.pools.find((x) => x.id === p.poolId),
      figures.counts.get(p.id) ?? 0,
    ),
    implementation: figures.stages.get(p.id) ?? null,
  }))
}

export type PublicListItem = ReturnType<typeof publicListItems>[number]

/**
 * The list of projects on the ballot by pool. It is final once the final-list phase has begun and no appeal is
 * pending; before that the same list is shown as provisional.
 */
export function finalListView(e: EditionFull, data: FinalListData, now = new Date()) {
  const current = phaseAt(e.phases, now)
  const final =
    data.pendingAppeals === 0 && current != null && phaseNames.indexOf(current) >= phaseNames.indexOf('final_list')
  const projects = publicListItems(e, data.accepted, data.figures)
  return {
    final,
    pendingAppeals: data.pendingAppeals,
    pools: e.pools.map((pool) => ({
      id: pool.id,
      code: pool.code,
      name: pool.name,
      amount: pool.amount,
      projects: projects.filter((p) => p.pool?.id === pool.id),
    })),
  }
}

export type FinalList = ReturnType<typeof finalListView>

/**
 * Files of a project that are not its attachments on the public page: scanned support lists carry residents' personal
 * data (only the author and the staff who check them open them), and implementation photos belong to the progress
 * notes on the implementation page, added long after the project was assessed.
 */
const notAttachments = new Set(['support-list', 'implementation-photo'])

/** A project's public page: the project, its assessments and appeals, attachments, history and conflicts. */
export function publicProjectPage(
  project: PublicListItem,
  p: Project,
  details: Awaited<ReturnType<typeof projectDetails>>,
  conflicts: PublicConflict[],
) {
  return {
    project,
    statusLabel: statusLabels[p.status],
    assessments: details.assessments.map(assessmentView),
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
    conflicts,
  }
}

export type PublicProjectPage = ReturnType<typeof publicProjectPage>

/** The projects CSV as a header and rows (the route writes it with the core's CSV rules). */
export function projectsCsvTable(e: EditionFull, data: ProjectsCsvData) {
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
  const { counts, decisions, stages } = data
  const lines = data.rows.map((p) => {
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
  return { header, lines }
}

/** The ballot as the META and PROJECTS sections of a Pabulib file (no VOTES), for anyone's own recount tools. */
export function ballotPb(e: EditionFull & { tenant: { name: string } }, list: FinalList): string {
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
  return `${lines.join('\n')}\n`
}
