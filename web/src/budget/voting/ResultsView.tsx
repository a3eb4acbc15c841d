import { useLang, useT } from '../../core/i18n'
import { hasMessage } from '../../core/i18n'
import { AGE_BANDS, type Count, type Format, type PoolOutcome, type ProjectOutcome, type Results } from './api'
import { BarChart, BudgetBar, ChartLegend, type ChartRow } from './charts'
import { num, percent, zlUnits, zl } from './format'
import './voting.css'

/**
 * Results of an edition, per pool (winners table with every project's votes, cost, whether it was funded and why,
 * the spending, the rule and the tie policy with the draw's seed) and the statistics. Used by the public results
 * page and by the staff preview before publication. Every chart (charts.tsx) is followed by a table with the same
 * figures, so the numbers can be read, copied and navigated cell by cell.
 */

/**
 * The projects as a ranking: most votes (points) first, whatever the rule. Listing the winners first put a project
 * with 131 votes above one with 176, which reads like a counting error; each row says instead whether the project won
 * and why. Equal scores keep the rule's order (winners in the order chosen), then the project number.
 */
export function sortedProjects(outcome: PoolOutcome): ProjectOutcome[] {
  const chosen = (p: ProjectOutcome) => (p.selected ? (p.order ?? 0) : Number.MAX_SAFE_INTEGER)
  return [...outcome.projects].sort((a, b) => b.score - a.score || chosen(a) - chosen(b) || Number(a.id) - Number(b.id))
}

/** Rules that do not pick by votes alone: the page says that their order of choice differs from the ranking. */
const isEqualShares = (rule: string) => rule.startsWith('equalshares')

/** Statistics groups in their natural order: age bands youngest first, "not given" always last. */
export function orderedGroups(rows: Record<string, Count>, order: readonly string[] = []): [string, Count][] {
  const rank = (key: string) =>
    key === 'brak danych' ? Number.MAX_SAFE_INTEGER : order.includes(key) ? order.indexOf(key) : order.length
  return Object.entries(rows).sort(([a], [b]) => rank(a) - rank(b))
}

export function PoolResults({
  pool,
  format,
  headingLevel = 2,
  idPrefix,
}: {
  pool: Results['pools'][number]
  format: Format
  headingLevel?: 2 | 3
  idPrefix: string
}) {
  const t = useT()
  const lang = useLang()
  const { outcome } = pool
  const points = format === 'points'
  const projects = sortedProjects(outcome)
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  const id = `${idPrefix}-${pool.code}`
  const rule = hasMessage(`voting.rule.${outcome.rule}`) ? t(`voting.rule.${outcome.rule}`) : outcome.rule
  const ties = hasMessage(`voting.ties.${outcome.ties}`) ? t(`voting.ties.${outcome.ties}`) : outcome.ties
  return (
    <section class="vt-pool-results" aria-labelledby={id}>
      <H id={id}>{pool.name}</H>
      <dl class="vt-facts vt-facts-wide">
        <dt>{t('voting.results.amount')}</dt>
        <dd>{zl(pool.amount, lang)}</dd>
        <dt>{t('voting.results.spent')}</dt>
        <dd>{zlUnits(outcome.spent, lang)}</dd>
        <dt>{t('voting.results.left')}</dt>
        <dd>{zlUnits(outcome.left, lang)}</dd>
        <dt>{t('voting.results.votes')}</dt>
        <dd>{num(pool.votes, lang)}</dd>
        <dt>{t('voting.results.rule')}</dt>
        <dd>{rule}</dd>
        <dt>{t('voting.results.ties')}</dt>
        <dd>
          {ties}
          {outcome.ties === 'seeded-draw' && outcome.seed ? (
            <>
              {' '}
              {t('voting.results.seed')} <code class="break">{outcome.seed}</code>
            </>
          ) : null}
        </dd>
        {outcome.threshold ? (
          <>
            <dt>{t('voting.results.threshold')}</dt>
            <dd>{num(outcome.threshold, lang)}</dd>
          </>
        ) : null}
        {outcome.perVoterBudget !== undefined ? (
          <>
            <dt>{t('voting.results.perVoter')}</dt>
            <dd>{zlUnits(outcome.perVoterBudget, lang)}</dd>
          </>
        ) : null}
      </dl>
      {outcome.comparison ? (
        <p>
          {t('voting.results.comparison', {
            mes: num(outcome.comparison.prefersMes, lang),
            greedy: num(outcome.comparison.prefersGreedy, lang),
            chosen: t(`voting.results.comparison.${outcome.comparison.chosen}`),
          })}
        </p>
      ) : null}
      {outcome.tiesResolved.length ? (
        <>
          <Sub>{t('voting.results.tiesResolved')}</Sub>
          <ul>
            {outcome.tiesResolved.map((tie, index) => (
              <li key={index}>
                {t('voting.results.tie', {
                  where: tie.context,
                  tied: tie.tied.join(', '),
                  result: tie.result.join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <PoolBudget pool={pool} />
      {projects.length > 0 ? (
        <p class="vt-order-note">
          {t(
            isEqualShares(outcome.rule)
              ? 'voting.results.orderMes'
              : points
                ? 'voting.results.orderPoints'
                : 'voting.results.orderVotes',
          )}
        </p>
      ) : null}
      {projects.length === 0 ? (
        <p>{t('voting.results.noProjects')}</p>
      ) : (
        <>
          <ProjectsChart pool={pool} projects={projects} points={points} />
          <div class="table-wrap vt-table-wrap">
            <table class="vt-results-table">
              <caption>{t('voting.results.caption', { name: pool.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('voting.results.col.project')}</th>
                  <th scope="col">{t(points ? 'voting.results.col.points' : 'voting.results.col.votes')}</th>
                  <th scope="col" class="vt-col-cost">
                    {t('voting.results.col.cost')}
                  </th>
                  <th scope="col">{t('voting.results.col.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {projects.map((project) => (
                  <tr key={project.id} class={project.selected ? 'vt-row-selected' : undefined}>
                    <th scope="row" class="vt-project-cell">
                      <span class="vt-project-number">{t('voting.pool.number', { number: project.id })}</span>{' '}
                      <span class="vt-project-title">{project.name ?? project.id}</span>
                      {/* On a narrow screen the cost column is hidden and the cost is shown here instead. */}
                      <span class="vt-cost-inline">{t('voting.pool.cost', { cost: zlUnits(project.cost, lang) })}</span>
                      <span class="vt-explain">{project.explanation}</span>
                    </th>
                    <td class="vt-num">
                      {num(project.score, lang)}
                      {points ? (
                        <span class="vt-sub">{t('voting.results.voters', { n: num(project.votes, lang) })}</span>
                      ) : null}
                    </td>
                    <td class="vt-num vt-col-cost">{zlUnits(project.cost, lang)}</td>
                    <td class="vt-outcome">
                      {project.selected ? (
                        <strong class="vt-yes">{t('voting.results.selected')}</strong>
                      ) : (
                        <span>{t('voting.results.notSelected')}</span>
                      )}
                      {!project.selected && hasMessage(`voting.reason.${project.reason}`) ? (
                        <span class="vt-sub"> {t(`voting.reason.${project.reason}`)}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}

/** Votes (or points) per project, most first, winners marked, in the order of the table that follows. */
function ProjectsChart({
  pool,
  projects,
  points,
}: {
  pool: Results['pools'][number]
  projects: ProjectOutcome[]
  points: boolean
}) {
  const t = useT()
  const lang = useLang()
  const rows: ChartRow[] = projects.map((project) => ({
    key: project.id,
    label: `${t('voting.pool.number', { number: project.id })} ${project.name ?? ''}`.trim(),
    value: project.score,
    valueText: num(project.score, lang),
    marked: project.selected,
  }))
  const items = rows
    .map((row) =>
      t(row.marked ? 'voting.chart.itemSelected' : 'voting.chart.item', { label: row.label, value: row.valueText }),
    )
    .join('; ')
  return (
    <>
      <BarChart
        title={t(points ? 'voting.chart.pointsTitle' : 'voting.chart.votesTitle', { name: pool.name })}
        description={t('voting.chart.projectsDesc', { items })}
        rows={rows}
        marks
      />
      <ChartLegend marked={t('voting.chart.legendSelected')} other={t('voting.chart.legendOther')} />
    </>
  )
}

/** What the winners cost against the pool: spent solid, left hatched, both written out. */
function PoolBudget({ pool }: { pool: Results['pools'][number] }) {
  const t = useT()
  const lang = useLang()
  const { budget, spent, left } = pool.outcome
  const shareOf = (part: number) => percent(budget > 0 ? part / budget : 0, lang)
  const values = {
    spent: zlUnits(spent, lang),
    left: zlUnits(left, lang),
    budget: zlUnits(budget, lang),
    spentShare: shareOf(spent),
    leftShare: shareOf(left),
  }
  return (
    <BudgetBar
      title={t('voting.chart.budgetTitle', { name: pool.name, spent: values.spent, budget: values.budget })}
      description={t('voting.chart.budgetDesc', values)}
      budget={budget}
      spent={spent}
      spentText={t('voting.chart.spent', { amount: values.spent, share: values.spentShare })}
      leftText={t('voting.chart.left', { amount: values.left, share: values.leftShare })}
    />
  )
}

const countText = (value: Count, lang: 'pl' | 'en', t: (k: string) => string) =>
  value === '<10' ? t('voting.stats.fewer') : num(value, lang)

function StatTable({
  caption,
  rows,
  labelOf,
  id,
  order,
}: {
  caption: string
  rows: Record<string, Count>
  labelOf: (key: string) => string
  id: string
  order?: readonly string[]
}) {
  const t = useT()
  const lang = useLang()
  const entries = orderedGroups(rows, order)
  if (entries.length === 0) return null
  const chartRows: ChartRow[] = entries.map(([key, value]) => ({
    key,
    label: labelOf(key),
    value: value === '<10' ? null : value,
    valueText: value === '<10' ? t('voting.chart.suppressed') : num(value, lang),
  }))
  const items = entries
    .map(([key, value]) => t('voting.chart.item', { label: labelOf(key), value: countText(value, lang, t) }))
    .join('; ')
  return (
    <>
      <h3 class="vt-stat-heading">{caption}</h3>
      <BarChart
        title={caption}
        description={t('voting.chart.statDesc', { items })}
        rows={chartRows}
        showTitle={false}
      />
      <div class="table-wrap vt-table-wrap">
        <table class="vt-stat-table" id={id}>
          {/* The heading above shows the same words; the caption names the table for screen readers. */}
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('voting.stats.group')}</th>
              <th scope="col">{t('voting.stats.ballots')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{labelOf(key)}</th>
                <td class="vt-num">{countText(value, lang, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

export function ResultsStats({ stats, idPrefix }: { stats: Results['stats']; idPrefix: string }) {
  const t = useT()
  const lang = useLang()
  const label = (prefix: string) => (key: string) =>
    hasMessage(`${prefix}.${key}`) ? t(`${prefix}.${key}`) : key === 'brak danych' ? t('voting.stats.unknown') : key
  return (
    <section class="vt-stats" aria-labelledby={`${idPrefix}-stats`}>
      <h2 id={`${idPrefix}-stats`}>{t('voting.stats.title')}</h2>
      <dl class="vt-facts vt-facts-wide">
        <dt>{t('voting.stats.allBallots')}</dt>
        <dd>{num(stats.ballots, lang)}</dd>
        <dt>{t('voting.stats.valid')}</dt>
        <dd>{num(stats.valid, lang)}</dd>
        {stats.turnout != null ? (
          <>
            <dt>{t('voting.stats.turnout')}</dt>
            <dd>{percent(stats.turnout, lang)}</dd>
          </>
        ) : null}
      </dl>
      <p class="hint">{t('voting.stats.privacy')}</p>
      <StatTable
        id={`${idPrefix}-status`}
        caption={t('voting.stats.byStatus')}
        rows={stats.byStatus}
        labelOf={label('voting.ballotStatus')}
      />
      <StatTable
        id={`${idPrefix}-channel`}
        caption={t('voting.stats.byChannel')}
        rows={stats.byChannel}
        labelOf={label('voting.channel')}
      />
      <StatTable
        id={`${idPrefix}-age`}
        caption={t('voting.stats.byAgeBand')}
        rows={stats.byAgeBand}
        labelOf={label('voting.ageBand')}
        order={AGE_BANDS}
      />
      <StatTable
        id={`${idPrefix}-sex`}
        caption={t('voting.stats.bySex')}
        rows={stats.bySex}
        labelOf={label('voting.sex')}
      />
    </section>
  )
}
