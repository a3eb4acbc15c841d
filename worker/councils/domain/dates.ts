import { endOfWarsawDay, formatWarsaw, polishHolidays, warsawDate } from '../../core/time/polish-calendar'

/**
 * Calendar arithmetic the councils' rules share, on Warsaw calendar days written `YYYY-MM-DD`. The statutes count
 * in months (the council decides an application "w terminie nie dłuższym niż 3 miesiące"), years (a term, a person's
 * age) and days (14 days for the RDPP's opinion, 30 for the wójt's answer); the Kodeks cywilny's rules on time
 * (art. 110–116 kc, which kpa art. 57 repeats for proceedings) are the general ones, and this file applies them in
 * one place. Pure and browser-safe: it reaches only `core/time/polish-calendar.ts` (Intl and arithmetic).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (so 2027-02-30 is not). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = DAY.exec(value)
  if (!m) return false
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

const parts = (day: string) => day.split('-').map(Number) as [number, number, number]
const write = (d: Date) =>
  `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`

/** The day `n` days after `day` (before, for a negative `n`). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day)
  return write(new Date(Date.UTC(y, m - 1, d + n)))
}

/**
 * The day that "by its number corresponds" to `day` `n` months later, or the last day of that month when it has
 * no such day (art. 112 kc; kpa art. 57 § 3): 31 January + 1 month = 28 (or 29) February.
 */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = parts(day)
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate()
  return write(new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))))
}

/** Whether a day is Saturday, Sunday or a public holiday: a deadline cannot end on it (art. 115 kc). */
export function isDayOff(day: string): boolean {
  const [y, m, d] = parts(day)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return weekday === 0 || weekday === 6 || polishHolidays(y).has(day)
}

/** `day` itself when it is a working day, else the next one (art. 115 kc; kpa art. 57 § 5). */
export function nextWorkingDay(day: string): string {
  let d = day
  while (isDayOff(d)) d = addDays(d, 1)
  return d
}

/** A deadline as the app stores and shows it: its last day and the first instant after it (Warsaw midnight). */
export interface Deadline {
  /** The last day that counts, `YYYY-MM-DD` (after any move off a day off). */
  lastDay: string
  /** The first instant after the deadline: what is done before it is on time. */
  dueAt: Date
  /** Whether the period ended on a day off and was moved to the next working day. */
  moved: boolean
}

/**
 * A deadline of `months` counted from the day of an event (a filing): it ends on the corresponding day (art. 112
 * kc) and, if that is a Saturday or a holiday, on the next working day (art. 115 kc). Neither usg nor upp says how
 * their month periods are counted, so the Kodeks cywilny's general rules apply (see docs/councils.md).
 */
export function deadlineInMonths(eventDay: string, months: number): Deadline {
  const end = addMonths(eventDay, months)
  const lastDay = nextWorkingDay(end)
  return { lastDay, dueAt: endOfWarsawDay(lastDay), moved: lastDay !== end }
}

/**
 * A deadline of `days` counted from the day after the event (art. 111 § 2 kc: the day of the event does not count),
 * moved off a Saturday or a holiday (art. 115 kc).
 */
export function deadlineInDays(eventDay: string, days: number): Deadline {
  const end = addDays(eventDay, days)
  const lastDay = nextWorkingDay(end)
  return { lastDay, dueAt: endOfWarsawDay(lastDay), moved: lastDay !== end }
}

/** The Warsaw day of an instant: a delivery at 23:30 UTC on 31 December is 1 January in the gmina. */
export function dayOf(at: Date): string {
  return warsawDate(at).date
}

/**
 * A person's age in whole years on `day`. The age is reached at the start of the birthday (art. 112 kc, last
 * sentence); someone born on 29 February reaches it on 28 February of a common year (the month has no 29th).
 */
export function ageOn(birthDate: string, day: string): number {
  const [by] = parts(birthDate)
  const [y] = parts(day)
  let age = y - by
  if (addMonths(birthDate, 12 * age) > day) age--
  return age
}

/**
 * The last day of a term of `years` that starts on `firstDay` (the first day counts): a 3-year term from
 * 15 March 2026 runs to 14 March 2029.
 */
export function termLastDay(firstDay: string, years: number): string {
  return addDays(addMonths(firstDay, 12 * years), -1)
}

/** A day as Polish texts write it ("8 stycznia 2027"), which the server's translation turns into English. */
export const dayText = (day: string) => formatWarsaw(new Date(`${day}T12:00:00Z`), 'date')
