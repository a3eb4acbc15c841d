import { foldPolish } from '../../core/lib/text'
import { STATUSES, type StaffProjectRow } from '../types'
import { isInAssessment } from '../../../../worker/budget/domain/statuses'

/**
 * Search, filters and sorting of the panel's projects table, done in the browser: the staff list of an edition is
 * at most a few hundred rows, already loaded whole, so narrowing it needs no round trip and no new API parameters.
 * The filters live in the address (`?szukaj=…&status=…&pula=…&weryfikator=…`) so that "Czeka na Ciebie" can link to
 * a filtered table and Back from a project returns to the same view.
 */

/** The table's columns that sort; the names are also the `aria-sort` owners in the header. */
export const SORT_KEYS = ['number', 'title', 'pool', 'status', 'verifier', 'supporters', 'cost'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDirection = 'ascending' | 'descending'
export interface Sort {
  key: SortKey
  direction: SortDirection
}

/** The order the API sends: by number, as projects are numbered at submission. */
export const DEFAULT_SORT: Sort = { key: 'number', direction: 'ascending' }

export interface StaffFilter {
  /** Words to find in the title, the number or the author's name (case and Polish letters ignored). */
  q: string
  /** A status, `AWAITING` for both stages still to be assessed, or '' for all. */
  status: string
  /** A pool's name, or '' for all. */
  pool: string
  /** A verifier's id, `NO_VERIFIER` for projects nobody was assigned to, or '' for all. */
  verifier: string
}

/** Filter values that are not a status or a person: both assessment stages, and projects nobody was assigned to. */
export const AWAITING = 'do-oceny'
export const NO_VERIFIER = 'brak'
export const NO_FILTER: StaffFilter = { q: '', status: '', pool: '', verifier: '' }

/** Address parameters of the filters (Polish, as the address bar shows them). */
export const FILTER_PARAMS: Record<keyof StaffFilter, string> = {
  q: 'szukaj',
  status: 'status',
  pool: 'pula',
  verifier: 'weryfikator',
}

/** The filter an address asks for (missing parameters: no filter). */
export function filterFromSearch(search: string): StaffFilter {
  const params = new URLSearchParams(search)
  return {
    q: params.get(FILTER_PARAMS.q) ?? '',
    status: params.get(FILTER_PARAMS.status) ?? '',
    pool: params.get(FILTER_PARAMS.pool) ?? '',
    verifier: params.get(FILTER_PARAMS.verifier) ?? '',
  }
}

/** `search` with the filter's parameters set (empty ones removed), other parameters kept. */
export function searchWithFilter(search: string, filter: StaffFilter): string {
  const params = new URLSearchParams(search)
  for (const key of Object.keys(FILTER_PARAMS) as (keyof StaffFilter)[]) {
    const value = filter[key].trim()
    if (value) params.set(FILTER_PARAMS[key], value)
    else params.delete(FILTER_PARAMS[key])
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** Whether anything narrows the table (then the count says "n of m" and the clear button shows). */
export const isFiltered = (f: StaffFilter) => !!(f.q.trim() || f.status || f.pool || f.verifier)

/** The rows the filter lets through; every word of the search must appear in the title, number or author. */
export function filterRows(rows: StaffProjectRow[], f: StaffFilter): StaffProjectRow[] {
  const words = foldPolish(f.q).split(/\s+/).filter(Boolean)
  return rows.filter((r) => {
    if (f.status === AWAITING ? !isInAssessment(r.status) : f.status && r.status !== f.status) return false
    if (f.pool && r.pool !== f.pool) return false
    if (f.verifier === NO_VERIFIER ? r.verifierId != null : f.verifier && r.verifierId !== f.verifier) return false
    if (words.length === 0) return true
    const text = foldPolish(`${r.number ?? ''} ${r.title} ${r.authorName}`)
    return words.every((w) => text.includes(w))
  })
}

const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true })

/**
 * The rows in the chosen order; empty values (no number, no pool, no verifier) always last, whichever the direction,
 * and ties keep the projects' numbers in order. Statuses sort in the order of the procedure, not alphabetically.
 */
export function sortRows(
  rows: StaffProjectRow[],
  sort: Sort,
  verifierName: (id: string | null) => string | null,
): StaffProjectRow[] {
  const value = (r: StaffProjectRow): string | number | null => {
    switch (sort.key) {
      case 'number':
        return r.number
      case 'title':
        return r.title
      case 'pool':
        return r.pool
      case 'status':
        return (STATUSES as readonly string[]).indexOf(r.status)
      case 'verifier':
        return verifierName(r.verifierId)
      case 'supporters':
        return r.supporters
      case 'cost':
        return r.revisedCost ?? r.cost
    }
  }
  const sign = sort.direction === 'ascending' ? 1 : -1
  const byNumber = (a: StaffProjectRow, b: StaffProjectRow) => (a.number ?? Infinity) - (b.number ?? Infinity)
  return [...rows].sort((a, b) => {
    const x = value(a)
    const y = value(b)
    if (x == null || y == null) return x == null && y == null ? byNumber(a, b) : x == null ? 1 : -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return order === 0 ? byNumber(a, b) : sign * order
  })
}

/** The sort after a click on a column's header: the same column flips, another starts ascending. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key
    ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { key, direction: 'ascending' }
}
