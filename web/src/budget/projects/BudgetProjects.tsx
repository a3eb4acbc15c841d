import '../i18n/pages'
import { useEffect, useState } from 'preact/hooks'
import { DataRegion, Empty, ErrorState, Field, Loading, PageHeading, SelectField, useFormId } from '../../core/ui'
import { useT } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { navigate, useLocation } from '../../router'
import { boBase } from '../api'
import { useEdition } from '../hooks'
import { boPaths } from '../paths'
import { IMPLEMENTATION_STAGES, STATUSES, type PublicProject } from '../types'
import { Crumbs, InlineFact, Money, ProjectHeadline } from '../ui'
import { hasPoint, ProjectsMap } from './ProjectMaps'
import { NotFound } from '../../core/pages/NotFound'

/** URL parameters of the list (Polish, as the address shows them) and the API's names for them. */
const PARAMS = [
  ['pula', 'pool'],
  ['kategoria', 'category'],
  ['status', 'status'],
  ['szukaj', 'q'],
] as const

/** `?widok=mapa` shows the map with the list split under it; the list alone is the default. */
const VIEW_PARAM = 'widok'
const MAP_VIEW = 'mapa'

/** One project in the list; under the map its heading is a level lower and the place is shown. */
function ProjectCard({
  slug,
  year,
  project: p,
  level = 2,
  showAddress = false,
}: {
  slug: string
  year: string
  project: PublicProject
  level?: 2 | 3
  showAddress?: boolean
}) {
  const t = useT()
  return (
    <li class="card bo-project-card">
      <ProjectHeadline slug={slug} year={year} project={p} level={level} class="bo-project-title" />
      {p.summary ? <p>{p.summary}</p> : null}
      <dl class="bo-inline-facts">
        <InlineFact term={t('budget.project.pool')}>{p.pool?.name ?? '—'}</InlineFact>
        {p.category ? <InlineFact term={t('budget.project.category')}>{p.category}</InlineFact> : null}
        <InlineFact term={t('budget.project.cost')}>
          <Money value={p.revisedCost ?? p.cost} />
        </InlineFact>
        <InlineFact term={t('budget.project.supporters')}>{p.supporters}</InlineFact>
        {showAddress && p.address ? <InlineFact term={t('budget.project.location')}>{p.address}</InlineFact> : null}
      </dl>
    </li>
  )
}

/** `/{slug}/bo/{year}/projekty`: filters and search as a real GET form; the address holds the query. */
export function BudgetProjects({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const formId = useFormId('filtry')
  const { path, search } = useLocation()
  const { edition, tenantName } = useEdition(slug, year)
  const params = new URLSearchParams(search)
  const current = Object.fromEntries(PARAMS.map(([ui]) => [ui, params.get(ui) ?? ''])) as Record<
    (typeof PARAMS)[number][0],
    string
  >
  const [values, setValues] = useState(current)
  // Back and forward through earlier searches: the form follows the address.
  useEffect(() => setValues(current), [search])
  const apiQuery = new URLSearchParams()
  for (const [ui, apiName] of PARAMS) if (current[ui]) apiQuery.set(apiName, current[ui])
  const qs = apiQuery.toString()
  const list = useResource<{ items: PublicProject[]; statusLabels: Record<string, string>; statuses?: string[] }>(
    `${boBase(slug, year)}/projects${qs ? `?${qs}` : ''}`,
  )

  if (edition.status === 'error' && edition.error.status === 404)
    return <NotFound detail={edition.error.problem.detail} />
  const e = edition.data
  const title = e?.title ?? t('budget.editionFallback', { year })
  const filtered = PARAMS.some(([ui]) => current[ui])
  const mapView = params.get(VIEW_PARAM) === MAP_VIEW
  /** The same filters in the other view; the switch keeps focus where it is (it stays on the page). */
  const viewHref = (map: boolean) => {
    const next = new URLSearchParams(search)
    if (map) next.set(VIEW_PARAM, MAP_VIEW)
    else next.delete(VIEW_PARAM)
    const query = next.toString()
    return `${path}${query ? `?${query}` : ''}`
  }
  const switchView = (map: boolean) => (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(viewHref(map), { focus: false })
  }

  const onSubmit = (event: Event) => {
    event.preventDefault()
    const next = new URLSearchParams()
    for (const [ui] of PARAMS) if (values[ui].trim()) next.set(ui, values[ui].trim())
    if (mapView) next.set(VIEW_PARAM, MAP_VIEW)
    const query = next.toString()
    navigate(`${path}${query ? `?${query}` : ''}`, { focus: false })
  }

  const set = (name: keyof typeof values) => (value: string) => setValues((prev) => ({ ...prev, [name]: value }))
  const items = list.data?.items ?? []
  // The winners' stages join the filter once the edition has winners (the API says which statuses it can filter by).
  const available = list.data?.statuses
  const statusOptions = [...STATUSES, ...IMPLEMENTATION_STAGES].filter(
    (s) => (available ? available.includes(s) : (STATUSES as readonly string[]).includes(s)) || s === current.status,
  )

  return (
    <>
      <Crumbs
        items={[
          { href: tenantPath(slug), label: tenantName },
          { href: boPaths.edition(slug, year), label: title },
          { label: t('budget.projects.crumb') },
        ]}
      />
      <PageHeading title={`${t('budget.projects.heading')} — ${title}`}>{t('budget.projects.heading')}</PageHeading>
      <form
        method="get"
        action={path}
        onSubmit={onSubmit}
        class="bo-filters"
        role="search"
        aria-label={t('budget.projects.filtersLabel')}
      >
        <Field
          formId={formId}
          name="szukaj"
          type="search"
          label={t('budget.projects.search')}
          hint={t('budget.projects.searchHint')}
          value={values.szukaj}
          onValue={set('szukaj')}
          required={false}
        />
        <div class="bo-filter-row">
          <SelectField
            formId={formId}
            name="pula"
            label={t('budget.projects.pool')}
            value={values.pula}
            onValue={set('pula')}
            options={[
              { value: '', label: t('budget.projects.all') },
              ...(e?.pools ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <SelectField
            formId={formId}
            name="kategoria"
            label={t('budget.projects.category')}
            value={values.kategoria}
            onValue={set('kategoria')}
            options={[
              { value: '', label: t('budget.projects.all') },
              ...(e?.rules.submission.categories ?? []).map((c) => ({ value: c, label: c })),
            ]}
          />
          <SelectField
            formId={formId}
            name="status"
            label={t('budget.projects.status')}
            value={values.status}
            onValue={set('status')}
            options={[
              { value: '', label: t('budget.projects.all') },
              ...statusOptions.map((s) => ({ value: s, label: t(`budget.status.${s}`) })),
            ]}
          />
        </div>
        {mapView ? <input type="hidden" name={VIEW_PARAM} value={MAP_VIEW} /> : null}
        <div class="actions">
          <button type="submit" class="button">
            {t('budget.projects.apply')}
          </button>
          {filtered ? (
            <a class="button button-secondary" href={path}>
              {t('budget.projects.clear')}
            </a>
          ) : null}
        </div>
      </form>

      <nav class="bo-view-switch" aria-label={t('map.projects.viewLabel')}>
        <ul>
          <li>
            <a href={viewHref(false)} aria-current={mapView ? undefined : 'true'} onClick={switchView(false)}>
              {t('map.projects.viewList')}
            </a>
          </li>
          <li>
            <a href={viewHref(true)} aria-current={mapView ? 'true' : undefined} onClick={switchView(true)}>
              {t('map.projects.viewMap')}
            </a>
          </li>
        </ul>
      </nav>

      <DataRegion busy={list.status === 'loading'}>
        <p class="bo-count" role="status">
          {list.data
            ? t(filtered ? 'budget.projects.countFiltered' : 'budget.projects.count', { count: items.length })
            : ''}
        </p>
        {list.status === 'loading' && !list.data ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {list.data && items.length === 0 ? (
          <Empty title={filtered ? t('budget.projects.emptyFiltered') : t('budget.projects.empty')}>
            {filtered ? (
              <p>
                <a href={path}>{t('budget.projects.clear')}</a>
              </p>
            ) : null}
          </Empty>
        ) : null}
        {items.length > 0 && !mapView ? (
          <ul class="bo-project-list">
            {items.map((p) => (
              <ProjectCard key={p.id} slug={slug} year={year} project={p} />
            ))}
          </ul>
        ) : null}
        {items.length > 0 && mapView ? (
          <>
            <ProjectsMap slug={slug} year={year} items={items} />
            <h2>{t('map.projects.onMapHeading')}</h2>
            {items.some(hasPoint) ? (
              <ul class="bo-project-list">
                {items.filter(hasPoint).map((p) => (
                  <ProjectCard key={p.id} slug={slug} year={year} project={p} level={3} showAddress />
                ))}
              </ul>
            ) : (
              <p>{t('map.projects.noneOnMap')}</p>
            )}
            {items.some((p) => !hasPoint(p)) ? (
              <>
                <h2>{t('map.projects.withoutHeading')}</h2>
                <ul class="bo-project-list">
                  {items
                    .filter((p) => !hasPoint(p))
                    .map((p) => (
                      <ProjectCard key={p.id} slug={slug} year={year} project={p} level={3} showAddress />
                    ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </DataRegion>
    </>
  )
}
