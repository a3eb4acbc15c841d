import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { formatWarsaw, instantOfWarsawLocal, warsawLocalInput } from '../../worker/core/time/polish-calendar'
import { loadCatalog } from '../../web/src/core/i18n/catalogs'
import {
  formatDate,
  formatDateTime,
  formatDeadline,
  formatTime,
  formatWhen,
  timeAttribute,
} from '../../web/src/core/lib/time'

/**
 * Dates and times as residents read them (web/src/core/lib/time.ts and the server's `formatWarsaw`): Warsaw time whatever
 * the device's zone, the zone named after a time, and a deadline as its last day that counts.
 */
beforeAll(() => loadCatalog('en'))

const deviceZone = process.env.TZ
afterEach(() => {
  if (deviceZone === undefined) delete process.env.TZ
  else process.env.TZ = deviceZone
})

/** What `format` gives on devices set to other time zones (Node applies a changed TZ at once). */
function onDevices<T>(format: () => T): T[] {
  return ['America/New_York', 'Asia/Tokyo', 'UTC', 'Europe/Warsaw'].map((zone) => {
    process.env.TZ = zone
    return format()
  })
}

describe('dates and times in Warsaw time', () => {
  it('shows a deadline at Warsaw midnight as the day before, "włącznie"', () => {
    // 9 January 2027 00:00 in Warsaw (winter, UTC+1): the last day that counts is 8 January.
    const end = '2027-01-08T23:00:00.000Z'
    expect(formatDeadline(end, 'pl')).toBe('8 stycznia 2027 włącznie')
    expect(formatDeadline(end, 'en')).toBe('8 January 2027 inclusive')
    expect(formatWarsaw(end, 'deadline')).toBe('8 stycznia 2027 włącznie')
    expect(timeAttribute(end, 'deadline')).toBe('2027-01-08')
  })

  it('shows a deadline off midnight with its exact time and zone', () => {
    const end = '2027-01-08T14:00:00.000Z'
    expect(formatDeadline(end, 'pl')).toBe('8 stycznia 2027, 15:00 (czasu polskiego)')
    expect(formatDeadline(end, 'en')).toBe('8 January 2027, 15:00 (Polish time)')
    expect(formatWarsaw(end, 'deadline')).toBe('8 stycznia 2027, 15:00 (czasu polskiego)')
    expect(timeAttribute(end, 'deadline')).toBe(end)
  })

  it('formats a summer and a winter instant in Warsaw time, naming the zone', () => {
    // Summer (UTC+2) and winter (UTC+1): 22:30 UTC is already the next day in Warsaw in summer.
    expect(formatDateTime('2026-07-15T22:30:00Z', 'pl')).toBe('16 lipca 2026, 00:30 (czasu polskiego)')
    expect(formatDateTime('2026-01-15T22:30:00Z', 'pl')).toBe('15 stycznia 2026, 23:30 (czasu polskiego)')
    expect(formatDateTime('2026-07-15T12:05:00Z', 'en')).toBe('15 July 2026, 14:05 (Polish time)')
    expect(formatDate('2026-07-15T22:30:00Z', 'pl')).toBe('16 lipca 2026')
    expect(formatTime('2026-01-15T13:30:00Z', 'pl')).toBe('14:30 (czasu polskiego)')
    expect(formatWarsaw(new Date('2026-07-15T22:30:00Z'))).toBe('16 lipca 2026, 00:30 (czasu polskiego)')
  })

  it('shows the start of a period at midnight as its day, and a plain date as that day', () => {
    expect(formatWhen('2026-06-30T22:00:00Z', 'pl', 'start')).toBe('1 lipca 2026')
    expect(formatWhen('2026-07-01T06:00:00Z', 'pl', 'start')).toBe('1 lipca 2026, 08:00 (czasu polskiego)')
    expect(formatDate('2026-03-01', 'pl')).toBe('1 marca 2026')
    expect(formatWhen('2026-03-01', 'en', 'deadline')).toBe('1 March 2026')
  })

  it('gives the same text whatever the device’s time zone', () => {
    const texts = () => [
      formatDeadline('2027-01-08T23:00:00Z', 'pl'),
      formatDateTime('2026-07-15T22:30:00Z', 'pl'),
      formatDate('2026-07-15T22:30:00Z', 'en'),
      formatDate('2026-03-01', 'pl'),
      formatWarsaw('2026-03-28T23:00:00Z', 'deadline'),
    ]
    const seen = onDevices(texts)
    for (const each of seen)
      expect(each).toEqual([
        '8 stycznia 2027 włącznie',
        '16 lipca 2026, 00:30 (czasu polskiego)',
        '16 July 2026',
        '1 marca 2026',
        '28 marca 2026 włącznie',
      ])
  })
})

describe('calendar fields of the panel in Warsaw time', () => {
  it('shows an instant as Warsaw wall-clock time in winter and summer', () => {
    expect(warsawLocalInput('2027-01-08T13:30:00Z')).toBe('2027-01-08T14:30')
    expect(warsawLocalInput('2027-07-08T12:30:00Z')).toBe('2027-07-08T14:30')
    expect(warsawLocalInput('2027-01-08T23:00:00Z')).toBe('2027-01-09T00:00')
  })

  it('reads a Warsaw wall-clock time back as the same instant, across the changes of time', () => {
    for (const iso of [
      '2027-01-08T13:30:00.000Z',
      '2027-07-08T12:30:00.000Z',
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T01:30:00.000Z',
      '2027-10-31T02:30:00.000Z',
    ]) {
      expect(instantOfWarsawLocal(warsawLocalInput(iso))!.toISOString()).toBe(iso)
    }
    // 02:30 on the last Sunday of March does not exist in Warsaw: it reads as 03:30 (CEST).
    expect(instantOfWarsawLocal('2027-03-28T02:30')!.toISOString()).toBe('2027-03-28T01:30:00.000Z')
    // 02:30 on the last Sunday of October happens twice: the first one (CEST) counts.
    expect(instantOfWarsawLocal('2027-10-31T02:30')!.toISOString()).toBe('2027-10-31T00:30:00.000Z')
    expect(instantOfWarsawLocal('8.01.2027 14:30')).toBeNull()
  })
})
