import { formatMoney } from '../tally/money'
import { joinRecord } from '../tally/csv'
import { parsePabulib } from '../tally/pabulib'
import { tally } from '../tally/tally'
import { outcomeToJSON, type OutcomeJSON } from '../tally/explain'
import type { RuleName, TiePolicy } from '../tally/types'

/**
 * The count of one pool, built as a Pabulib file first and then computed from that very file: what is published is
 * exactly what was counted, so anyone's recount of the published `.pb` gives the same winners. Pure, no database.
 */

export interface CountProject {
  id: string
  number: number | null
  title: string
  category: string | null
  cost: number
}

export interface CountBallot {
  /**
   * Pseudonymous id published in VOTES: by the edition's `rules.voting.receipts`, a number unrelated to the receipt
   * (`inclusion`, the default: a receipt cannot show what its ballot said) or the receipt's digest
   * (`inclusion-and-content`: the voter finds their own line). See docs/receipts.md.
   */
  voterId: string
  choices: Record<string, number>
}

export interface PoolCount {
  /** `tie` is written into META so that a recount of the published file repeats the draw. */
  tie?: { policy: TiePolicy; seed: string }
  /** Conflicting projects (file ids), written into META `exclusive_groups`. */
  exclusiveGroups?: string[][]
  meta: {
    unit: string
    instance: number
    subunit: string
    budget: number
    rule: RuleName
    format: 'approval' | 'points' | 'knapsack'
    minVotes: number
    maxProjects: number | null
    maxPoints: number | null
    dateBegin: string
    dateEnd: string
  }
  projects: CountProject[]
  ballots: CountBallot[]
}

/**
 * Vote lines in the order of their ids, which says nothing: the sequential ids of `inclusion` editions numerically
 * (2 before 10), receipt digests (all of one length) as text.
 */
function byVoterId(a: CountBallot, b: CountBallot): number {
  const x = a.voterId
  const y = b.voterId
  if (x.length !== y.length && /^\d+$/.test(x) && /^\d+$/.test(y)) return x.length - y.length
  return x < y ? -1 : x > y ? 1 : 0
}

/** The `project_id` a project has in the published file: its ballot number (or its id when it has none). */
export const fileId = (p: CountProject) => String(p.number ?? p.id)

export function poolFile(count: PoolCount, selected?: Set<string>): string {
  const { meta } = count
  const cumulative = meta.format === 'points'
  const votes = new Map<string, number>()
  const score = new Map<string, number>()
  for (const b of count.ballots) {
    for (const [id, pts] of Object.entries(b.choices)) {
      votes.set(id, (votes.get(id) ?? 0) + 1)
      score.set(id, (score.get(id) ?? 0) + pts)
    }
  }
  const metaRows: [string, string][] = [
    ['description', `Budżet obywatelski ${meta.instance}: ${meta.subunit}`],
    ['country', 'Poland'],
    ['unit', meta.unit],
    ['subunit', meta.subunit],
    ['instance', String(meta.instance)],
    ['num_projects', String(count.projects.length)],
    ['num_votes', String(count.ballots.length)],
    ['budget', formatMoney(BigInt(meta.budget))],
    ['vote_type', cumulative ? 'cumulative' : 'approval'],
    ['rule', meta.rule],
    ['date_begin', meta.dateBegin],
    ['date_end', meta.dateEnd],
    ['language', 'pl'],
    ['currency', 'PLN'],
  ]
  if (count.tie) {
    metaRows.push(['tie_policy', count.tie.policy])
    if (count.tie.policy === 'seeded-draw') metaRows.push(['tie_seed', count.tie.seed])
  }
  if (count.exclusiveGroups?.length)
    metaRows.push(['exclusive_groups', count.exclusiveGroups.map((g) => g.join(',')).join('|')])
  if (meta.minVotes > 0) metaRows.push(['min_project_score_threshold', String(meta.minVotes)])
  if (meta.maxProjects != null) metaRows.push(['max_length', String(meta.maxProjects)])
  if (cumulative && meta.maxPoints != null) metaRows.push(['max_sum_points', String(meta.maxPoints)])
  const lines = ['META', 'key;value', ...metaRows.map((r) => joinRecord(r)), 'PROJECTS']
  const columns = [
    'project_id',
    'cost',
    'votes',
    ...(cumulative ? ['score'] : []),
    'name',
    'category',
    ...(selected ? ['selected'] : []),
  ]
  lines.push(columns.join(';'))
  for (const p of count.projects) {
    lines.push(
      joinRecord([
        fileId(p),
        formatMoney(BigInt(p.cost)),
        String(votes.get(p.id) ?? 0),
        ...(cumulative ? [String(score.get(p.id) ?? 0)] : []),
        p.title,
        p.category ?? '',
        ...(selected ? [selected.has(fileId(p)) ? '1' : '0'] : []),
      ]),
    )
  }
  lines.push('VOTES', cumulative ? 'voter_id;vote;points' : 'voter_id;vote')
  const byId = new Map(count.projects.map((p) => [p.id, fileId(p)]))
  for (const b of [...count.ballots].sort(byVoterId)) {
    const chosen = Object.entries(b.choices).sort((a, c) => c[1] - a[1])
    const row = [b.voterId, chosen.map(([id]) => byId.get(id)!).join(',')]
    if (cumulative) row.push(chosen.map(([, pts]) => String(pts)).join(','))
    lines.push(joinRecord(row))
  }
  return `${lines.join('\n')}\n`
}

export interface PoolResult {
  file: string
  outcome: OutcomeJSON
  votes: number
}

/**
 * Counts one pool: writes its file, parses it back with the same reader the open recount page uses, runs the
 * edition's rule with its tie policy (a seeded draw logs every tie it breaks), and writes the file again with the
 * `selected` column of the outcome.
 */
export function countPool(
  count: PoolCount,
  options: { ties: TiePolicy; seed: string; exclusiveGroups: string[][] },
): PoolResult {
  const withTies = {
    ...count,
    tie: { policy: options.ties, seed: options.seed },
    exclusiveGroups: options.exclusiveGroups,
  }
  const election = parsePabulib(poolFile(withTies))
  const outcome = tally(election)
  const file = poolFile(withTies, new Set(outcome.selected))
  return { file, outcome: outcomeToJSON(outcome, 'pl'), votes: count.ballots.length }
}

/** Groups smaller than this are not shown in published statistics, so no small group's choice can be singled out. */
export const MIN_GROUP = 10

export function suppressSmall(counts: Record<string, number>): Record<string, number | '<10'> {
  return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n < MIN_GROUP ? '<10' : n]))
}
