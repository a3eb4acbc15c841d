import '../i18n/pages'
import type { JSX } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { TenantPanelFrame, type TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import {
  DataRegion,
  DataTable,
  Empty,
  ErrorState,
  errorsFromApi,
  Field,
  ListSection,
  Loading,
  Notice,
  PageHeading,
  SelectField,
  useFormId,
} from '../../core/ui'
import { useT } from '../../core/i18n'
import { api, enc } from '../../core/lib/api'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { navigate, NavLink, useLocation } from '../../router'
import { staffBase } from '../api'
import { EditionForm } from './EditionForm'
import { EditionSettings } from './EditionSettings'
import { boPaths } from '../paths'
import {
  AWAITING,
  DEFAULT_SORT,
  filterFromSearch,
  filterRows,
  isFiltered,
  nextSort,
  NO_FILTER,
  NO_VERIFIER,
  searchWithFilter,
  sortRows,
  type Sort,
  type SortKey,
  type StaffFilter,
} from './staffTable'
import { STATUSES, type EditionSummary, type StaffProjectRow, type Verifier } from '../types'
import { Money, StatusBadge } from '../ui'

export const organiser = (role: string) => role === 'admin' || role === 'koordynator'

/** Links between the budget pages of the panel. */
export function BudgetPanelNav({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  return (
    <nav class="bo-panel-nav" aria-label={t('budget.panel.navLabel', { year })}>
      <ul class="bo-links">
        <li>
          <NavLink href={boPaths.panel(slug)}>{t('budget.panel.editionsCrumb')}</NavLink>
        </li>
        <li>
          <NavLink href={boPaths.panelEdition(slug, year)}>{t('budget.panel.projectsCrumb', { year })}</NavLink>
        </li>
        <li>
          <NavLink href={boPaths.panelAppeals(slug, year)}>{t('budget.panel.appealsCrumb', { year })}</NavLink>
        </li>
        <li>
          <NavLink href={boPaths.panelConflicts(slug, year)}>{t('budgetpanel.conflicts.navLink')}</NavLink>
        </li>
        <li>
          <NavLink href={boPaths.panelPaperCards(slug, year)}>{t('budget.panel.paperCardsLink')}</NavLink>
        </li>
        <li>
          <NavLink href={boPaths.panelResults(slug, year)}>{t('budget.panel.resultsLink')}</NavLink>
        </li>
        <li>
          <NavLink href={boPaths.panelImplementation(slug, year)}>{t('implementation.panel.navLink')}</NavLink>
        </li>
        <li>
          <a href={boPaths.edition(slug, year)}>{t('budget.panel.publicPage')}</a>
        </li>
      </ul>
    </nav>
  )
}

function Editions({ slug, tenantName, role }: TenantPanelContext) {
  const t = useT()
  const list = useResource<{ items: EditionSummary[] }>(`/jst/${enc(slug)}/bo`)
  const tenant = useTenant(slug)
  const [showForm, setShowForm] = useState(false)
  return (
    <>
      <PageHeading title={t('budget.panel.titleFor', { name: tenantName })}>{t('budget.panel.title')}</PageHeading>
      <p>{t('budget.panel.intro')}</p>
      <ListSection
        headingId="bo-editions-heading"
        heading={t('budget.panel.editionsHeading')}
        resource={list}
        items={list.data?.items ?? null}
        emptyTitle={t('budget.panel.noEditions')}
      >
        {(rows) => (
          <DataTable
            captionId="bo-editions-caption"
            caption={t('budget.panel.editionsCaption', { name: tenantName })}
            columns={[
              t('budget.panel.colYear'),
              t('budget.panel.colTitle'),
              t('budget.panel.colPhase'),
              t('budget.panel.colLinks'),
            ]}
          >
            {rows.map((e) => (
              <tr key={e.year}>
                <td>{e.year}</td>
                <th scope="row">
                  <a href={boPaths.panelEdition(slug, e.year)}>{e.title}</a>
                </th>
                <td>{e.currentPhase ? t(`budget.phase.${e.currentPhase}`) : t('budget.editions.noPhase')}</td>
                <td>
                  <ul class="bo-plain-list">
                    <li>
                      <a href={boPaths.panelAppeals(slug, e.year)}>{t('budget.panel.appealsLink', { year: e.year })}</a>
                    </li>
                    <li>
                      <a href={boPaths.edition(slug, e.year)}>{t('budget.panel.publicLink', { year: e.year })}</a>
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
      {organiser(role) ? (
        <section class="panel-section" aria-labelledby="bo-new-heading">
          <h2 id="bo-new-heading">{t('budget.panel.newHeading')}</h2>
          {showForm ? (
            <EditionForm
              slug={slug}
              tenantKind={tenant.tenant?.kind ?? null}
              onSaved={(edition) => {
                list.reload()
                navigate(`${boPaths.panelEdition(slug, edition.year)}?utworzono=1`)
              }}
            />
          ) : (
            <>
              <p>{t('budget.panel.newIntro')}</p>
              <button type="button" class="button" onClick={() => setShowForm(true)}>
                {t('budget.panel.newButton')}
              </button>
            </>
          )}
        </section>
      ) : null}
    </>
  )
}

/** `/panel/{slug}/bo`: editions and the form for a new one. */
export function BudgetPanelHome({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="budget">
      {(ctx) => <Editions {...ctx} />}
    </TenantPanelFrame>
  )
}

/** A column header that sorts the table: a button inside the header cell, which carries `aria-sort` when sorted. */
function SortHeader({
  column,
  label,
  sort,
  onSort,
  numeric = false,
}: {
  column: SortKey
  label: string
  sort: Sort
  onSort: (key: SortKey) => void
  numeric?: boolean
}) {
  const active = sort.key === column
  return (
    <th scope="col" class={numeric ? 'bo-num' : undefined} aria-sort={active ? sort.direction : undefined}>
      <button type="button" class="bo-sort" onClick={() => onSort(column)}>
        {label}
        <span class="bo-sort-icon" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}

/** Search and filters above the projects table; every change applies at once and is kept in the address. */
function ProjectFilters({
  filter,
  onFilter,
  rows,
  verifiers,
}: {
  filter: StaffFilter
  onFilter: (f: StaffFilter) => void
  rows: StaffProjectRow[]
  verifiers: Verifier[]
}) {
  const t = useT()
  const formId = useFormId('filtry-projektow')
  const set = (key: keyof StaffFilter) => (value: string) => onFilter({ ...filter, [key]: value })
  const present = STATUSES.filter((s) => rows.some((r) => r.status === s) || s === filter.status)
  const pools = [...new Set(rows.flatMap((r) => (r.pool ? [r.pool] : [])))]
  return (
    <div class="bo-filters bo-staff-filters" role="search" aria-label={t('panelwork.table.filtersLabel')}>
      <Field
        formId={formId}
        name="szukaj"
        type="search"
        label={t('panelwork.table.search')}
        hint={t('panelwork.table.searchHint')}
        value={filter.q}
        onValue={set('q')}
        required={false}
        autocomplete="off"
      />
      <div class="bo-filter-row">
        <SelectField
          formId={formId}
          name="status"
          label={t('panelwork.table.status')}
          value={filter.status}
          onValue={set('status')}
          options={[
            { value: '', label: t('panelwork.table.allStatuses') },
            { value: AWAITING, label: t('panelwork.table.awaiting') },
            ...present.map((s) => ({ value: s, label: t(`budget.status.${s}`) })),
          ]}
        />
        <SelectField
          formId={formId}
          name="pula"
          label={t('panelwork.table.pool')}
          value={filter.pool}
          onValue={set('pool')}
          options={[{ value: '', label: t('panelwork.table.allPools') }, ...pools.map((p) => ({ value: p, label: p }))]}
        />
        <SelectField
          formId={formId}
          name="weryfikator"
          label={t('panelwork.table.verifier')}
          value={filter.verifier}
          onValue={set('verifier')}
          options={[
            { value: '', label: t('panelwork.table.allVerifiers') },
            { value: NO_VERIFIER, label: t('panelwork.table.noVerifier') },
            ...verifiers.map((v) => ({ value: v.id, label: v.name })),
          ]}
        />
      </div>
      {isFiltered(filter) ? (
        <div class="actions">
          <button type="button" class="button button-secondary" onClick={() => onFilter(NO_FILTER)}>
            {t('panelwork.table.clear')}
          </button>
        </div>
      ) : null}
    </div>
  )
}

function Projects({ slug, year, ctx }: { slug: string; year: string; ctx: TenantPanelContext }) {
  const t = useT()
  const data = useResource<{ items: StaffProjectRow[]; verifiers: Verifier[] }>(`${staffBase(slug, year)}/projects`)
  const [choice, setChoice] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<string | null>(
    new URLSearchParams(location.search).get('utworzono') ? t('budget.panel.created', { year }) : null,
  )
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const { navId } = useLocation()
  const [filter, setFilter] = useState<StaffFilter>(() => filterFromSearch(location.search))
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT)
  // A link to this page with other filters (from "Czeka na Ciebie", Back, Forward) sets them again.
  useEffect(() => setFilter(filterFromSearch(location.search)), [navId])
  const canAssign = organiser(ctx.role)
  const verifiers = data.data?.verifiers ?? []
  const nameOf = (id: string | null) => verifiers.find((v) => v.id === id)?.name ?? null

  const applyFilter = (next: StaffFilter) => {
    setFilter(next)
    // The address follows without a navigation, so typing keeps focus and scroll; Back from a project returns here.
    history.replaceState(history.state, '', `${location.pathname}${searchWithFilter(location.search, next)}`)
  }

  const assign = async (row: StaffProjectRow) => {
    const verifierId = choice[row.id] ?? row.verifierId ?? ''
    if (!verifierId) {
      setRowError({ id: row.id, message: t('budget.panel.chooseVerifier') })
      document.getElementById(`weryfikator-${row.id}`)?.focus()
      return
    }
    setBusy(row.id)
    setRowError(null)
    try {
      await api(`${staffBase(slug, year)}/projects/${enc(row.id)}/assign`, { method: 'POST', body: { verifierId } })
      setNotice(t('budget.panel.assigned', { title: row.title, name: nameOf(verifierId) ?? '' }))
      data.reload()
    } catch (error) {
      setRowError({ id: row.id, message: errorsFromApi(error, t).general ?? t('error.generic') })
    } finally {
      setBusy(null)
    }
  }

  const items = data.data?.items ?? []
  const shown = sortRows(filterRows(items, filter), sort, nameOf)
  const filtered = isFiltered(filter)
  const header = (column: SortKey, label: string, numeric = false) => (
    <SortHeader
      column={column}
      label={label}
      sort={sort}
      onSort={(key) => setSort(nextSort(sort, key))}
      numeric={numeric}
    />
  )
  return (
    <>
      <PageHeading title={t('budget.panel.projectsTitleFor', { year, name: ctx.tenantName })}>
        {t('budget.panel.projectsTitle', { year })}
      </PageHeading>
      <p>
        <a href={boPaths.panelConflicts(slug, year)}>{t('budgetpanel.conflicts.listLink')}</a>
      </p>
      <Notice message={notice} />
      <DataRegion busy={data.status === 'loading'}>
        {data.status === 'loading' && !data.data ? <Loading /> : null}
        {data.status === 'error' ? <ErrorState error={data.error} onRetry={data.reload} /> : null}
        {data.data && items.length === 0 ? (
          <Empty title={t('budget.panel.noProjects')}>
            <p>{t('budget.panel.noProjectsBody')}</p>
          </Empty>
        ) : null}
        {items.length > 0 ? (
          <ProjectFilters filter={filter} onFilter={applyFilter} rows={items} verifiers={verifiers} />
        ) : null}
        <p class="bo-count" role="status">
          {items.length === 0
            ? ''
            : filtered
              ? t(items.length === 1 ? 'panelwork.table.countFilteredOne' : 'panelwork.table.countFiltered', {
                  shown: shown.length,
                  total: items.length,
                })
              : t('panelwork.table.countAll', { total: items.length })}
        </p>
        {items.length > 0 && shown.length === 0 ? <p class="notice-info">{t('panelwork.table.none')}</p> : null}
        {shown.length > 0 ? (
          <div class="table-wrap" role="region" aria-labelledby="bo-projects-caption" tabIndex={0}>
            <table class="bo-staff-table">
              <caption id="bo-projects-caption" class="visually-hidden">
                {t('budget.panel.projectsCaption', { year })}
              </caption>
              <thead>
                <tr>
                  {header('number', t('budget.panel.colNumber'))}
                  {header('title', t('budget.panel.colTitle'))}
                  {header('pool', t('budget.panel.colPool'))}
                  {header('status', t('budget.panel.colStatus'))}
                  {header('verifier', t('budget.panel.colVerifier'))}
                  {header('supporters', t('budget.panel.colSupporters'), true)}
                  {header('cost', t('budget.panel.colCost'), true)}
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => {
                  const selectId = `weryfikator-${row.id}`
                  const errorId = `weryfikator-${row.id}-error`
                  const failed = rowError?.id === row.id
                  return (
                    <tr key={row.id}>
                      <td>{row.number ?? '—'}</td>
                      <th scope="row">
                        <a href={boPaths.panelProject(slug, year, row.id)}>{row.title}</a>
                        {row.hasAppeal ? <span class="badge">{t('budget.panel.hasAppeal')}</span> : null}
                      </th>
                      <td>{row.pool ?? '—'}</td>
                      <td>
                        <StatusBadge status={row.status} />
                      </td>
                      <td>
                        {canAssign ? (
                          <div class="row-actions bo-assign">
                            <label for={selectId} class="visually-hidden">
                              {t('budget.panel.verifierFor', { title: row.title })}
                            </label>
                            <select
                              id={selectId}
                              value={choice[row.id] ?? row.verifierId ?? ''}
                              aria-invalid={failed ? 'true' : undefined}
                              aria-describedby={failed ? errorId : undefined}
                              onChange={(event) =>
                                setChoice((prev) => ({
                                  ...prev,
                                  [row.id]: (event.currentTarget as HTMLSelectElement).value,
                                }))
                              }
                            >
                              <option value="">{t('budget.panel.noVerifier')}</option>
                              {verifiers.map((v) => (
                                <option key={v.id} value={v.id}>
                                  {`${v.name} (${t(`role.${v.role}`)})`}
                                </option>
                              ))}
                            </select>
                            <button
                              type="button"
                              class="button button-small button-secondary"
                              disabled={busy === row.id}
                              aria-label={t('budget.panel.assignFor', { title: row.title })}
                              onClick={() => void assign(row)}
                            >
                              {t('budget.panel.assign')}
                            </button>
                            {failed ? (
                              <p class="field-error" id={errorId} role="alert">
                                {rowError.message}
                              </p>
                            ) : null}
                          </div>
                        ) : (
                          (nameOf(row.verifierId) ?? t('budget.panel.noVerifier'))
                        )}
                      </td>
                      <td class="bo-num">{row.supporters}</td>
                      <td class="bo-num">
                        <Money value={row.revisedCost ?? row.cost} />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </DataRegion>
    </>
  )
}

/**
 * The frame of every panel page of one edition: the tenant panel with the links between the edition's pages above
 * the page's own content, so each page states only what it shows.
 */
export function BudgetPanelFrame({
  slug,
  year,
  children,
}: {
  slug: string
  year: string
  children: (ctx: TenantPanelContext) => JSX.Element
}) {
  return (
    <TenantPanelFrame slug={slug} section="budget">
      {(ctx) => (
        <>
          <BudgetPanelNav slug={slug} year={year} />
          {children(ctx)}
        </>
      )}
    </TenantPanelFrame>
  )
}

/** `/panel/{slug}/bo/{year}`: the submitted projects with assignment of verifiers. */
export function BudgetPanelEdition({ slug, year }: { slug: string; year: string }) {
  return (
    <BudgetPanelFrame slug={slug} year={year}>
      {(ctx) => (
        <>
          <Projects slug={slug} year={year} ctx={ctx} />
          {organiser(ctx.role) ? <EditionSettings slug={slug} year={year} /> : null}
        </>
      )}
    </BudgetPanelFrame>
  )
}
