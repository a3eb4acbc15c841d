/**
 * Polish civil time for every module: Warsaw dates, public holidays, legal deadlines in calendar or working days, and
 * how a time reads to a person. Pure: no Hono or database imports, so the browser shows exactly the deadlines the
 * server enforces.
 */

/** Easter Sunday (Gregorian, anonymous algorithm): Wielkanoc and Boże Ciało move with it. */
export function easter(year: number): { month: number; day: number } {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { month, day }
}

const key = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/**
 * Public holidays (dni ustawowo wolne od pracy, ustawa z 18.01.1951) as YYYY-MM-DD, including Wigilia (24 XII) from
 * 2025 on.
 */
export function polishHolidays(year: number): Set<string> {
  const { month, day } = easter(year)
  const e = Date.UTC(year, month - 1, day)
  const shifted = (days: number) => {
    const d = new Date(e + days * 86_400_000)
    return key(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }
  const fixed: [number, number][] = [
    [1, 1],
    [1, 6],
    [5, 1],
    [5, 3],
    [8, 15],
    [11, 1],
    [11, 11],
    [12, 25],
    [12, 26],
  ]
  if (year >= 2025) fixed.push([12, 24])
  return new Set([...fixed.map(([m, d]) => key(year, m, d)), shifted(0), shifted(1), shifted(49), shifted(60)])
}

/** The calendar date in Warsaw of an instant, as YYYY-MM-DD, and its weekday (0 = Sunday). */
export function warsawDate(at: Date): { date: string; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  }).formatToParts(at)
  const get = (t: string) => parts.find((p) => p.type === t)!.value
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'))
  return { date: `${get('year')}-${get('month')}-${get('day')}`, weekday }
}

/** Midnight at the end of a Warsaw calendar day (the first instant of the next day), whatever the DST offset. */
export function endOfWarsawDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const guess = Date.UTC(y, m - 1, d + 1, 0, 0)
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(guess - offsetHours * 3_600_000)
    if (warsawDate(candidate).date !== date && warsawDate(new Date(candidate.getTime() - 1)).date === date)
      return candidate
  }
  return new Date(guess - 3_600_000)
}

/**
 * The end of a period of `days` counted from the day after `from` (kpa art. 57: the day of the event does not count),
 * in calendar days or working days (skipping weekends and holidays); a calendar deadline that falls on a Saturday or
 * a holiday moves to the next working day. Returns the first instant after the deadline.
 */
export function deadlineAfter(from: Date, days: number, kind: 'calendar' | 'working'): Date {
  let { date } = warsawDate(from)
  const step = (d: string) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
    const next = new Date(Date.UTC(y, m - 1, dd + 1))
    return key(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())
  }
  const isWorking = (d: string) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
    const wd = new Date(Date.UTC(y, m - 1, dd)).getUTCDay()
    return wd !== 0 && wd !== 6 && !polishHolidays(y).has(d)
  }
  let left = days
  while (left > 0) {
    date = step(date)
    if (kind === 'calendar' || isWorking(date)) left--
  }
  while (!isWorking(date)) date = step(date)
  return endOfWarsawDay(date)
}

/** The time zone of every date the platform shows or enforces: the gmina's, wherever the reader is. */
/**
 * An instant as the value of a `datetime-local` input in Warsaw time (`2027-01-08T14:30`): staff set a JST's calendar
 * in the JST's time, whatever the time zone of the computer they happen to use.
 */
export function warsawLocalInput(at: Date | string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Warsaw',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

/**
 * The instant a Warsaw wall-clock time names (`2027-01-08T14:30` → 13:30 UTC); null for anything that is not such a
 * value. A time that does not exist (the hour skipped in spring) reads one hour later, an ambiguous one (the hour
 * repeated in autumn) as its first occurrence.
 */
export function instantOfWarsawLocal(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const asUtc = Date.UTC(y, mo - 1, d, h, mi)
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000)
    if (warsawLocalInput(candidate) === local) return candidate
  }
  return new Date(asUtc - 3_600_000)
}

export const WARSAW = 'Europe/Warsaw'

/**
 * How a date is read: a calendar day (`date`), a moment (`dateTime`), the start of a period (`start`: a start at
 * midnight is simply its day) or a deadline (`deadline`: the API stores the first instant after it, so a deadline at
 * midnight is the day before, "włącznie"; any other end is shown with its exact time).
 */
export type TimeKind = 'date' | 'dateTime' | 'start' | 'deadline'

/** What to print for an instant read as `kind`: the Warsaw day, whether with its time, and whether "inclusive". */
export interface TimeReading {
  /** An instant inside the Warsaw day to print (for a midnight deadline, the last millisecond of the day before). */
  day: Date
  withTime: boolean
  inclusive: boolean
}

const formats = new Map<string, Intl.DateTimeFormat>()
/** Intl formatters in Warsaw time, built once per locale and options (building one costs far more than using it). */
export function warsawFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: WARSAW })))
  return format
}

/** Whether an instant is exactly midnight in Warsaw, the boundary between two of its calendar days. */
export function isWarsawMidnight(at: Date): boolean {
  if (at.getUTCMilliseconds() !== 0) return false
  const parts = warsawFormat('en-GB', {
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at)
  return parts.filter((p) => p.type !== 'literal').every((p) => Number(p.value) === 0)
}

/** The same rules for the server's e-mails and the web pages: which day to print, with or without the time. */
export function readTime(at: Date, kind: TimeKind): TimeReading {
  if (kind === 'date') return { day: at, withTime: false, inclusive: false }
  if (kind === 'dateTime') return { day: at, withTime: true, inclusive: false }
  const midnight = isWarsawMidnight(at)
  if (kind === 'start') return { day: at, withTime: !midnight, inclusive: false }
  return midnight
    ? { day: new Date(at.getTime() - 1), withTime: false, inclusive: true }
    : { day: at, withTime: true, inclusive: false }
}

/**
 * A date or time in Polish for e-mails and problem texts, in Warsaw time whatever the server's zone: "8 stycznia
 * 2027" (`date`), "8 stycznia 2027, 14:30 (czasu polskiego)" (`dateTime`, and `start` off midnight), a deadline as
 * its last day "8 stycznia 2027 włącznie" or its exact end "8 stycznia 2027, 15:00 (czasu polskiego)". Readers of an
 * e-mail may be abroad, so a time always names its zone. The web's `lib/time.ts` follows the same rules.
 */
export function formatWarsaw(at: Date | string, kind: TimeKind = 'dateTime'): string {
  const instant = typeof at === 'string' ? new Date(at) : at
  const { day, withTime, inclusive } = readTime(instant, kind)
  const date = warsawFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric' }).format(day)
  if (inclusive) return `${date} włącznie`
  if (!withTime) return date
  return `${date}, ${warsawFormat('pl-PL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(day)} (czasu polskiego)`
}
