import type { Lang } from '../core/i18n'

/** Same as `localeOf` of the i18n module (kept here so this file has no runtime imports and is testable in Node). */
const localeOf = (lang: Lang) => (lang === 'pl' ? 'pl-PL' : 'en-GB')

/**
 * Money as people type it and as the API stores it. Residents type złote ("12 500,50", "12500.50", "12 500 zł");
 * the API takes integer grosze. Returns null for an empty value and NaN for something that is not an amount.
 */
export function parseZloty(input: string): number | null {
  const s = input.replace(/[\s\u00a0\u202f]/g, '').replace(/zł|pln/gi, '')
  if (s === '') return null
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return Number.NaN
  const commas = (s.match(/,/g) ?? []).length
  const dots = (s.match(/\./g) ?? []).length
  let decimal: ',' | '.' | null = null
  if (commas && dots) decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.'
  else if (commas === 1) decimal = ','
  else if (dots === 1 && !/\.\d{3}$/.test(s)) decimal = '.'
  const cut = decimal ? s.lastIndexOf(decimal) : -1
  const head = cut >= 0 ? s.slice(0, cut) : s
  const fraction = cut >= 0 ? s.slice(cut + 1) : ''
  if (fraction.length > 2 || /[.,]/.test(fraction)) return Number.NaN
  // Separators left in the whole part group thousands: 12 500 may be written 12.500 or 12,500.
  if (/[.,]/.test(head) && !/^\d{1,3}([.,]\d{3})+$/.test(head)) return Number.NaN
  const grosze = Number(`${head.replace(/[.,]/g, '')}${fraction.padEnd(2, '0')}`)
  return Number.isSafeInteger(grosze) ? grosze : Number.NaN
}

/** "12 500,50 zł" (Polish) or "PLN 12,500.50" (English). */
export function formatMoney(grosze: number | null | undefined, lang: Lang): string {
  if (grosze == null || !Number.isFinite(grosze)) return ''
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency: 'PLN',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(grosze / 100)
}

/** The value of a money input for an amount in grosze: "12500,50" (no grouping, easy to edit). */
export function zlotyInput(grosze: number | null | undefined): string {
  if (grosze == null) return ''
  const whole = Math.floor(grosze / 100)
  const rest = grosze % 100
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, '0')}`
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value)
}

export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024)
  if (mb >= 1) return `${new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(mb)} MB`
  return `${new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`
}

/** A latitude or longitude in the reader's notation (52,2297 in Polish). */
export function formatCoordinate(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 6, useGrouping: false }).format(value)
}
