import type { ComponentChildren, Ref } from 'preact'
import { Crumbs as CoreCrumbs, DateTime, type ChoiceLook } from '../core/ui'
import { useT, useLang } from '../core/i18n'
import { formatMoney } from './money'
import { boPaths } from './paths'
import type { PhaseWindow, Pool, ProjectStatus, Rules } from './types'
import './budget.css'

/**
 * How the budget draws checkboxes and radios (`Checkbox`, `RadioGroup` of core/ui): the control at a usable size with
 * its label beside it, in the form's column (budget.css).
 */
export const boChoice: ChoiceLook = {
  box: 'field bo-check',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field bo-radios',
  legend: 'bo-row-legend',
}

export function Money({ value }: { value: number | null | undefined }) {
  const lang = useLang()
  return <span class="bo-money">{formatMoney(value, lang)}</span>
}

/**
 * A date of the budget pages: `DateTime` (core/lib/time.ts, Warsaw time) with the budget's usual reading — a moment with
 * its time unless `withTime` is false; `start` for the start of a period (a day when it starts at midnight);
 * `deadline` for an end the API gives as the first instant after it, shown as the last day that counts ("do 8
 * stycznia 2027 włącznie"), not the midnight after it, which people read as one day more.
 */
export function When({
  value,
  withTime = true,
  deadline = false,
  start = false,
}: {
  value: string | null | undefined
  withTime?: boolean
  deadline?: boolean
  start?: boolean
}) {
  return <DateTime value={value} kind={deadline ? 'deadline' : start ? 'start' : withTime ? 'dateTime' : 'date'} />
}

const statusTone: Record<string, string> = {
  accepted: 'bo-status-ok',
  merit: 'bo-status-ok',
  submitted: 'bo-status-info',
  appealed: 'bo-status-warn',
  formal_rejected: 'bo-status-bad',
  merit_rejected: 'bo-status-bad',
  withdrawn: 'bo-status-off',
  draft: 'bo-status-off',
  selected: 'bo-status-win',
  in_progress: 'bo-status-win',
  done: 'bo-status-win',
  abandoned: 'bo-status-off',
}

/**
 * What residents are told a project is: a winner by its implementation stage ("wybrany w głosowaniu", "w realizacji",
 * "zrealizowany"), every other project by its status. A winner stays `accepted` in the data, but "admitted to the
 * vote" on a project already built reads like the vote never happened.
 */
export function shownStatus(project: { status: string; implementation?: string | null }): string {
  return project.implementation ?? project.status
}

/** The status as a word (never only a colour). */
export function StatusBadge({ status }: { status: ProjectStatus | string }) {
  const t = useT()
  return <span class={`bo-status ${statusTone[status] ?? 'bo-status-off'}`}>{t(`budget.status.${status}`)}</span>
}

/**
 * How a project is headed wherever it is listed for residents (a card of the projects list, a popup on the projects
 * map): its title as the link to its page, led by the short number people vote by, then its status in words.
 */
export function ProjectHeadline({
  slug,
  year,
  project: p,
  level,
  class: className,
}: {
  slug: string
  year: string
  project: { id: string; number: number | null; title: string; status: string; implementation?: string | null }
  level: 2 | 3
  class: string
}) {
  const t = useT()
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <>
      <Heading class={className}>
        <a href={boPaths.project(slug, year, p.id)}>
          {p.number != null ? (
            <span class="bo-number">{t('budget.project.numberShort', { number: p.number })}</span>
          ) : null}
          {p.title}
        </a>
      </Heading>
      <p>
        <StatusBadge status={shownStatus(p)} />
      </p>
    </>
  )
}

/** One fact of a `bo-inline-facts` list (pool, cost, supporters…): its term and value in one wrapper, so they wrap as a pair. */
export function InlineFact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The phase calendar as an ordered list; the current phase is said in words, not only shown in colour. */
export function PhaseCalendar({
  phases,
  current,
  headingId,
}: {
  phases: PhaseWindow[]
  current: string | null
  headingId?: string
}) {
  const t = useT()
  const now = Date.now()
  return (
    <ol class="bo-calendar" aria-labelledby={headingId}>
      {phases.map((p) => {
        const isCurrent = p.phase === current
        const past = new Date(p.endsAt).getTime() <= now
        return (
          <li
            key={p.phase}
            class={isCurrent ? 'bo-phase bo-phase-current' : past ? 'bo-phase bo-phase-past' : 'bo-phase'}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span class="bo-phase-name">{t(`budget.phase.${p.phase}`)}</span>
            {isCurrent ? (
              <strong class="bo-phase-flag">{t('budget.calendar.now')}</strong>
            ) : past ? (
              <span class="bo-phase-flag muted">{t('budget.calendar.past')}</span>
            ) : null}
            <span class="bo-phase-dates">
              {t('budget.calendar.from')} <When value={p.startsAt} start /> {t('budget.calendar.to')}{' '}
              <When value={p.endsAt} deadline />
            </span>
          </li>
        )
      })}
    </ol>
  )
}

/** Pools with their amounts, cost limits and the supporters a project needs. */
export function PoolCards({ pools, headingLevel = 3 }: { pools: Pool[]; headingLevel?: 2 | 3 }) {
  const t = useT()
  const lang = useLang()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul class="bo-pools">
      {pools.map((pool) => (
        <li key={pool.id} class="card bo-pool">
          <Heading class="bo-pool-name">{pool.name}</Heading>
          <p class="card-eyebrow">{t(`budget.poolKind.${pool.kind}`)}</p>
          <dl class="facts bo-facts-compact">
            <dt>{t('budget.pool.amount')}</dt>
            <dd>
              <Money value={pool.amount} />
            </dd>
            <dt>{t('budget.pool.limits')}</dt>
            <dd>
              {t('budget.pool.limitsValue', {
                min: formatMoney(pool.minProjectCost, lang),
                max: formatMoney(pool.maxProjectCost, lang),
              })}
            </dd>
            <dt>{t('budget.pool.supporters')}</dt>
            <dd>
              {pool.requiredSupporters === 0
                ? t('budget.pool.noSupporters')
                : t('budget.pool.supportersValue', { count: pool.requiredSupporters })}
            </dd>
            {pool.areas.length > 0 ? (
              <>
                <dt>{t('budget.pool.areas')}</dt>
                <dd>{pool.areas.join(', ')}</dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  )
}

/** The rules residents need to know before submitting: categories, age, limits, support, appeal. */
export function RulesFacts({ rules }: { rules: Rules }) {
  const t = useT()
  const s = rules.submission
  return (
    <dl class="facts">
      <dt>{t('budget.rules.categories')}</dt>
      <dd>{s.categories.length ? s.categories.join(', ') : t('budget.rules.anyCategory')}</dd>
      <dt>{t('budget.rules.minAge')}</dt>
      <dd>{s.minAge == null ? t('budget.rules.noAgeLimit') : t('budget.rules.minAgeValue', { age: s.minAge })}</dd>
      <dt>{t('budget.rules.perAuthor')}</dt>
      <dd>
        {s.maxProjectsPerAuthor == null
          ? t('budget.rules.noLimit')
          : t('budget.rules.perAuthorValue', { count: s.maxProjectsPerAuthor })}
      </dd>
      <dt>{t('budget.rules.support')}</dt>
      <dd>
        {rules.support.online && rules.support.paper
          ? t('budget.rules.supportBoth')
          : rules.support.online
            ? t('budget.rules.supportOnline')
            : t('budget.rules.supportPaper')}
      </dd>
      <dt>{t('budget.rules.appeal')}</dt>
      <dd>
        {t(rules.appeal.dayKind === 'working' ? 'budget.rules.appealWorking' : 'budget.rules.appealCalendar', {
          days: rules.appeal.days,
        })}
      </dd>
      <dt>{t('budget.rules.ballot')}</dt>
      <dd>{t(`budget.ballot.${rules.ballot.format}`)}</dd>
    </dl>
  )
}

/** "Gmina › Budżet obywatelski 2027 › Projekty": where this page sits in the edition. */
export function Crumbs({ items }: { items: { href?: string; label: string }[] }) {
  const t = useT()
  return <CoreCrumbs items={items} label={t('budget.crumbs')} class="bo-crumbs" />
}

/**
 * Moves the keyboard focus to the element with this id once the next render has put it on the page: after a row is
 * added or removed, the list editors send focus to where the user's work continues.
 */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus())
}

/**
 * The "add" button under an editable list (cost rows, pools, custom form fields): it appends a row and moves focus
 * to that row's first field (`focusId`), so keyboard users go on typing where the new row is.
 */
export function AddRowButton({
  id,
  buttonRef,
  focusId,
  onAdd,
  children,
}: {
  id?: string
  buttonRef?: Ref<HTMLButtonElement>
  focusId: string
  onAdd: () => void
  children: ComponentChildren
}) {
  return (
    <p>
      <button
        type="button"
        id={id}
        ref={buttonRef}
        class="button button-secondary"
        onClick={() => {
          onAdd()
          focusSoon(focusId)
        }}
      >
        {children}
      </button>
    </p>
  )
}
