import { Rich } from '../../core/ui/Rich'
import { DataRegion, Empty, ErrorState, Loading, PageHeading } from '../../core/ui'
import { useT } from '../../core/i18n'
import { enc } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { apiHref, boBase } from '../api'
import { CalendarChanges } from './CalendarChanges'
import { useEdition } from '../hooks'
import { boPaths } from '../paths'
import type { Edition, EditionSummary, PhaseName } from '../types'
import { Crumbs, Money, PhaseCalendar, PoolCards, RulesFacts, When } from '../ui'
import { NotFound } from '../../core/pages/NotFound'
import { AuthorLinkForm } from '../submission/AuthorLinkForm'

/** `/{slug}/bo`: every edition of the JST's budget. */
export function BudgetEditions({ slug }: { slug: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const list = useResource<{ items: EditionSummary[] }>(`/jst/${enc(slug)}/bo`)
  if (list.status === 'error' && list.error.status === 404) return <NotFound detail={t('notFound.tenant')} />
  const name = tenant.tenant?.name ?? slug
  return (
    <>
      <Crumbs items={[{ href: tenantPath(slug), label: name }, { label: t('budget.title') }]} />
      <PageHeading title={t('budget.editions.titleFor', { name })}>{t('budget.title')}</PageHeading>
      <p class="lead">{t('budget.editions.intro', { name })}</p>
      <DataRegion busy={list.status === 'loading'}>
        {list.status === 'loading' && !list.data ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {list.data && list.data.items.length === 0 ? <Empty title={t('budget.editions.empty')} /> : null}
        {list.data && list.data.items.length > 0 ? (
          <ul class="card-list">
            {list.data.items.map((e) => (
              <li key={e.year} class="card">
                <p class="card-eyebrow">{t('budget.editions.year', { year: e.year })}</p>
                <a class="card-link" href={boPaths.edition(slug, e.year)}>
                  {e.title}
                </a>
                <p class="muted">
                  {e.currentPhase
                    ? t('budget.editions.phaseNow', { phase: t(`budget.phase.${e.currentPhase}`) })
                    : t('budget.editions.noPhase')}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </DataRegion>
    </>
  )
}

/** Whether any of the phases has begun: a page it leads to has something to show only from then on. */
function begun(e: Edition, ...names: PhaseName[]): boolean {
  return e.phases.some((p) => names.includes(p.phase) && Date.parse(p.startsAt) <= Date.now())
}

/** Whether the phase has ended (results exist only after the vote). */
function ended(e: Edition, name: PhaseName): boolean {
  return e.phases.some((p) => p.phase === name && Date.parse(p.endsAt) <= Date.now())
}

/**
 * `/{slug}/bo/{year}`: the edition — uchwała, calendar, pools, rules, and the ways in. Links lead only to pages that
 * have something in this phase (no results during submission), and the form for a lost author link is there only
 * while authors still have something to do (answers, appeals): after the final list it would only mislead.
 */
export function BudgetEdition({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const { edition, tenantName } = useEdition(slug, year)
  if (edition.status === 'error' && edition.error.status === 404)
    return <NotFound detail={edition.error.problem.detail} />
  const e = edition.data
  const title = e?.title ?? t('budget.editionFallback', { year })
  // The deadline stands next to the call to action, where people decide whether they still have time.
  const submissionEnd = e?.phases.find((p) => p.phase === 'submission')?.endsAt ?? null
  return (
    <>
      <Crumbs
        items={[
          { href: tenantPath(slug), label: tenantName },
          { href: boPaths.editions(slug), label: t('budget.title') },
          { label: title },
        ]}
      />
      <PageHeading title={`${title} — ${tenantName}`}>{title}</PageHeading>
      <DataRegion busy={edition.status === 'loading'}>
        {edition.status === 'loading' && !e ? <Loading /> : null}
        {edition.status === 'error' ? <ErrorState error={edition.error} onRetry={edition.reload} /> : null}
        {e ? (
          <>
            <p class="lead">
              {e.currentPhase
                ? t('budget.edition.phaseNow', { phase: t(`budget.phase.${e.currentPhase}`) })
                : t('budget.edition.noPhase')}
            </p>
            {e.submissionOpen ? (
              <div class="bo-cta">
                <a
                  class="button"
                  href={boPaths.submit(slug, year)}
                  aria-describedby={submissionEnd ? 'bo-submit-until' : undefined}
                >
                  {t('budget.edition.submit')}
                </a>
                {submissionEnd ? (
                  <p id="bo-submit-until">
                    <Rich
                      text={t('budget.edition.submitUntil')}
                      values={{
                        date: (
                          <strong>
                            <When value={submissionEnd} deadline />
                          </strong>
                        ),
                      }}
                    />
                  </p>
                ) : null}
                <p class="muted small">{t('budget.edition.submitHint')}</p>
              </div>
            ) : null}
            <nav aria-label={t('budget.edition.linksLabel')}>
              <ul class="bo-links">
                <li>
                  <a href={boPaths.projects(slug, year)}>{t('budget.edition.projects')}</a>
                </li>
                {begun(e, 'appeals', 'final_list', 'voting') ? (
                  <li>
                    <a href={boPaths.finalList(slug, year)}>{t('budget.edition.finalList')}</a>
                  </li>
                ) : null}
                {e.currentPhase === 'voting' ? (
                  <li>
                    <a href={boPaths.vote(slug, year)}>{t('budget.edition.vote')}</a>
                  </li>
                ) : null}
                {ended(e, 'voting') ? (
                  <li>
                    <a href={boPaths.results(slug, year)}>{t('budget.edition.results')}</a>
                  </li>
                ) : null}
                {begun(e, 'voting') ? (
                  <li>
                    <a href={boPaths.receipt(slug, year)}>{t('budget.edition.receipt')}</a>
                  </li>
                ) : null}
                {/* Winners exist only after the vote; the page itself says so until the results are published. */}
                {e.phases.some((p) => p.phase === 'voting' && Date.parse(p.endsAt) <= Date.now()) ? (
                  <li>
                    <a href={boPaths.implementation(slug, year)}>{t('implementation.link')}</a>
                  </li>
                ) : null}
              </ul>
            </nav>

            <h2>{t('budget.edition.resolutionHeading')}</h2>
            <p>
              {t('budget.edition.resolution', { number: e.resolution.number })}{' '}
              <When value={e.resolution.date} withTime={false} />
              {e.resolution.publication ? ` (${e.resolution.publication})` : ''}
            </p>

            <h2 id="bo-calendar-heading">{t('budget.calendar.heading')}</h2>
            <PhaseCalendar phases={e.phases} current={e.currentPhase} headingId="bo-calendar-heading" />
            <CalendarChanges changes={e.calendarChanges} />

            <h2>{t('budget.edition.poolsHeading')}</h2>
            <p>
              {t('budget.edition.total')} <Money value={e.total} />
            </p>
            <PoolCards pools={e.pools} />

            <h2>{t('budget.edition.rulesHeading')}</h2>
            <RulesFacts rules={e.rules} />

            <h2>{t('budget.edition.openDataHeading')}</h2>
            <p>{t('budget.edition.openDataIntro')}</p>
            <ul>
              <li>
                <a href={apiHref(`${boBase(slug, year)}/projects.csv`)} download>
                  {t('budget.edition.csv')}
                </a>
              </li>
              <li>
                <a href={apiHref(`${boBase(slug, year)}/ballot.pb`)} download>
                  {t('budget.edition.pb')}
                </a>{' '}
                <span class="muted small">{t('budget.edition.pbHint')}</span>
              </li>
              <li>
                <a href="/przeliczenie">{t('budget.edition.recount')}</a>
              </li>
            </ul>

            {begun(e, 'final_list', 'voting') ? null : <AuthorLinkForm slug={slug} year={year} />}
          </>
        ) : null}
      </DataRegion>
    </>
  )
}
