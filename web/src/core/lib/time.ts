import { readTime, warsawDate, warsawFormat, type TimeKind } from '../../../../worker/core/time/polish-calendar'
import { localeOf, translate, type Lang } from '../i18n'

export type { TimeKind }

/**
 * Every date and time the web app shows, in one place. The gmina's deadlines are Warsaw time whatever the device's
 * zone (a resident abroad, a phone set to another zone), so everything is formatted in Europe/Warsaw and a time of
 * day names its zone: "8 stycznia 2027, 14:30 (czasu polskiego)". A deadline — the API gives the first instant after
 * it — reads as the last day that counts, "8 stycznia 2027 włącznie", not the midnight after it; an end off midnight
 * keeps its exact time. The rules are the server's (`readTime` in worker/core/time/polish-calendar.ts), so pages and e-mails
 * say the same.
 */

const dayOnly = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date ("2027-01-08") or an instant; a date is read at noon UTC, which is the same day in Warsaw. */
function instantOf(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(dayOnly.test(value) ? `${value}T12:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : date
}

const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }
const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }

/** The time of day in Warsaw with its zone: "14:30 (czasu polskiego)". */
export function formatTime(value: string | Date | null | undefined, lang: Lang): string {
  const at = value == null ? null : instantOf(value)
  if (!at) return typeof value === 'string' ? value : ''
  return translate(lang, 'time.zoned', { time: warsawFormat(localeOf(lang), timeOptions).format(at) })
}

/**
 * A date or time as residents read it, in Warsaw time: `date` "8 stycznia 2027"; `dateTime` "8 stycznia 2027, 14:30
 * (czasu polskiego)"; `start` a day when the period starts at midnight, else with its time; `deadline` an exclusive
 * end as its last day "8 stycznia 2027 włącznie", or "8 stycznia 2027, 15:00 (czasu polskiego)" off midnight. A plain
 * calendar date ("2027-01-08") is always shown as that day. Unreadable values are returned as they are.
 */
export function formatWhen(value: string | Date | null | undefined, lang: Lang, kind: TimeKind = 'dateTime'): string {
  if (value == null || value === '') return ''
  const at = instantOf(value)
  if (!at) return String(value)
  const { day, withTime, inclusive } = readTime(at, typeof value === 'string' && dayOnly.test(value) ? 'date' : kind)
  const date = warsawFormat(localeOf(lang), dateOptions).format(day)
  if (inclusive) return translate(lang, 'time.inclusive', { date })
  if (!withTime) return date
  return translate(lang, 'time.dateTime', { date, time: formatTime(day, lang) })
}

export const formatDate = (value: string | Date | null | undefined, lang: Lang) => formatWhen(value, lang, 'date')
export const formatDateTime = (value: string | Date | null | undefined, lang: Lang) =>
  formatWhen(value, lang, 'dateTime')
export const formatDeadline = (value: string | Date | null | undefined, lang: Lang) =>
  formatWhen(value, lang, 'deadline')

/**
 * The machine-readable value of a `<time>` element for what `formatWhen` shows: the Warsaw day ("2027-01-08") when
 * only a day is shown (for a deadline, its last day), otherwise the exact instant.
 */
export function timeAttribute(value: string | Date, kind: TimeKind = 'dateTime'): string {
  if (typeof value === 'string' && dayOnly.test(value)) return value
  const at = instantOf(value)
  if (!at) return String(value)
  const { day, withTime } = readTime(at, kind)
  return withTime ? at.toISOString() : warsawDate(day).date
}
