import { latInPoland, lngInPoland, POLAND_BOUNDS, polishDegrees } from '../../../../worker/core/geo'
import { getLang, type Translate } from '../../core/i18n'
import { parseZloty, zlotyInput } from '../money'
import type { AuthorProject, FormFieldDef } from '../types'

/** What the submission form holds while the author types (strings as typed; converted when saved). */
export interface CostRow {
  key: number
  name: string
  amount: string
}

export interface DraftValues {
  authorName: string
  authorEmail: string
  residenceDeclared: boolean
  ageConfirmed: boolean
  title: string
  summary: string
  description: string
  poolId: string
  category: string
  beneficiaries: string
  address: string
  lat: string
  lng: string
  costRows: CostRow[]
  extra: Record<string, string | boolean>
}

/** Fields of a draft the API saves with PATCH. */
export type DraftField =
  | 'title'
  | 'summary'
  | 'description'
  | 'poolId'
  | 'category'
  | 'beneficiaries'
  | 'address'
  | 'lat'
  | 'lng'
  | 'costItems'
  | 'extra'

let rowKey = 0
export function newRow(name = '', amount = ''): CostRow {
  rowKey += 1
  return { key: rowKey, name, amount }
}

export function emptyValues(formFields: FormFieldDef[]): DraftValues {
  return {
    authorName: '',
    authorEmail: '',
    residenceDeclared: false,
    ageConfirmed: false,
    title: '',
    summary: '',
    description: '',
    poolId: '',
    category: '',
    beneficiaries: '',
    address: '',
    lat: '',
    lng: '',
    costRows: [newRow()],
    extra: Object.fromEntries(formFields.map((f) => [f.key, f.type === 'checkbox' ? false : ''])),
  }
}

export function valuesFromProject(p: AuthorProject, formFields: FormFieldDef[]): DraftValues {
  const base = emptyValues(formFields)
  const extra = { ...base.extra }
  for (const [key, value] of Object.entries(p.extra ?? {}))
    if (typeof value === 'string' || typeof value === 'boolean') extra[key] = value
  return {
    ...base,
    authorName: p.authorName,
    authorEmail: p.authorEmail,
    residenceDeclared: true,
    ageConfirmed: true,
    title: p.title,
    summary: p.summary,
    description: p.description,
    poolId: p.pool?.id ?? '',
    category: p.category ?? '',
    beneficiaries: p.beneficiaries,
    address: p.address,
    lat: p.lat == null ? '' : String(p.lat),
    lng: p.lng == null ? '' : String(p.lng),
    costRows: p.costItems.length ? p.costItems.map((i) => newRow(i.name, zlotyInput(i.amount))) : [newRow()],
    extra,
  }
}

/** A typed latitude or longitude: null when empty, NaN when it is not a number (a comma counts as the decimal point). */
export function coordinate(value: string): number | null {
  const s = value.trim().replace(',', '.')
  if (s === '') return null
  if (!/^-?\d{1,3}(\.\d+)?$/.test(s)) return Number.NaN
  return Number(s)
}

/** The error for a coordinate outside Poland's box: the same box the API checks (worker/core/geo.ts). */
export function outsidePoland(field: 'lat' | 'lng', t: Translate): string {
  const [min, max] =
    field === 'lat' ? [POLAND_BOUNDS.south, POLAND_BOUNDS.north] : [POLAND_BOUNDS.west, POLAND_BOUNDS.east]
  const shown = (value: number) => (getLang() === 'pl' ? polishDegrees(value) : String(value))
  return t(field === 'lat' ? 'map.picker.latOutside' : 'map.picker.lngOutside', { min: shown(min), max: shown(max) })
}

/** Sum of the rows that hold a valid amount, in grosze. */
export function costTotal(rows: CostRow[]): number {
  return rows.reduce((sum, row) => {
    const amount = parseZloty(row.amount)
    return amount != null && Number.isFinite(amount) ? sum + amount : sum
  }, 0)
}

export interface Patch {
  body: Record<string, unknown>
  /** Fields put in `body`. */
  sent: DraftField[]
  /** Errors found in the browser, by field name of the form (`lat`, `costItems.2.amount`). */
  errors: Record<string, string>
  /** For cost items: the index in `body.costItems` → the index of the row on screen. */
  rowOfItem: number[]
}

/** Turns the changed fields into a PATCH body; fields with typing errors stay out (and keep their errors). */
export function buildPatch(values: DraftValues, fields: Iterable<DraftField>, t: Translate): Patch {
  const body: Record<string, unknown> = {}
  const sent: DraftField[] = []
  const errors: Record<string, string> = {}
  const rowOfItem: number[] = []
  for (const field of fields) {
    switch (field) {
      case 'poolId':
      case 'category':
        body[field] = values[field] || null
        sent.push(field)
        break
      case 'lat':
      case 'lng': {
        const n = coordinate(values[field])
        if (Number.isNaN(n) || (n != null && Math.abs(n) > (field === 'lat' ? 90 : 180)))
          errors[field] = t(field === 'lat' ? 'budget.form.latInvalid' : 'budget.form.lngInvalid')
        else if (n != null && !(field === 'lat' ? latInPoland(n) : lngInPoland(n)))
          errors[field] = outsidePoland(field, t)
        else {
          body[field] = n
          sent.push(field)
        }
        break
      }
      case 'costItems': {
        const items: { name: string; amount: number }[] = []
        let ok = true
        values.costRows.forEach((row, index) => {
          const name = row.name.trim()
          const amount = parseZloty(row.amount)
          if (!name && amount == null) return
          if (name.length < 2) {
            errors[`costItems.${index}.name`] = t('budget.form.costNameRequired')
            ok = false
          }
          if (amount == null || Number.isNaN(amount)) {
            errors[`costItems.${index}.amount`] =
              amount == null ? t('budget.form.costAmountRequired') : t('budget.form.costAmountInvalid')
            ok = false
          }
          if (ok) {
            items.push({ name, amount: amount as number })
            rowOfItem.push(index)
          }
        })
        if (ok) {
          body.costItems = items
          sent.push('costItems')
        }
        break
      }
      case 'extra':
        body.extra = { ...values.extra }
        sent.push('extra')
        break
      default:
        body[field] = values[field].trim()
        sent.push(field)
    }
  }
  return { body, sent, errors, rowOfItem }
}

/** The top-level draft field an error of the API belongs to (`costItems.0.amount` → `costItems`). */
export function topField(field: string): string {
  return field.split('.')[0] ?? field
}

/** The step of the form where a field (of the form or of the API's `missing` list) is filled in. */
export function stepOf(field: string): number {
  const top = topField(field)
  if (['authorName', 'authorEmail', 'residenceDeclared', 'ageConfirmed'].includes(top)) return 1
  if (['title', 'summary', 'description', 'poolId', 'category', 'beneficiaries', 'extra'].includes(top)) return 2
  if (['address', 'lat', 'lng'].includes(top)) return 3
  if (top === 'costItems') return 4
  if (['file', 'kind'].includes(top)) return 5
  if (['coauthors', 'supporters', 'attachments', 'paperSupporters', 'name', 'email'].includes(top)) return 6
  return 7
}

/** Maps errors of the API on `costItems.{i}` (index in the sent array) back to rows on screen. */
export function mapRowErrors(errors: Record<string, string>, rowOfItem: number[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, detail] of Object.entries(errors)) {
    const m = /^costItems\.(\d+)\.(.+)$/.exec(field)
    if (m && rowOfItem[Number(m[1])] !== undefined) out[`costItems.${rowOfItem[Number(m[1])]}.${m[2]}`] = detail
    else out[field] = detail
  }
  return out
}
