import { describe, expect, it } from 'vitest'
import {
  addMonths,
  ageOn,
  dayOf,
  dayText,
  deadlineInDays,
  deadlineInMonths,
  isDay,
  isDayOff,
  nextWorkingDay,
  termLastDay,
} from './dates'

describe('days', () => {
  it('accept only real calendar days', () => {
    expect(isDay('2027-02-28')).toBe(true)
    expect(isDay('2028-02-29')).toBe(true)
    expect(isDay('2027-02-29')).toBe(false)
    expect(isDay('2027-2-28')).toBe(false)
    expect(isDay(20270228)).toBe(false)
  })

  it('add months to the corresponding day, or the last day of a shorter month (art. 112 kc)', () => {
    expect(addMonths('2027-01-15', 3)).toBe('2027-04-15')
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2026-12-10', 2)).toBe('2027-02-10')
  })

  it('know weekends and public holidays, Wigilia included', () => {
    expect(isDayOff('2027-03-06')).toBe(true) // Saturday
    expect(isDayOff('2027-03-07')).toBe(true) // Sunday
    expect(isDayOff('2027-03-08')).toBe(false)
    expect(isDayOff('2026-12-24')).toBe(true)
    expect(isDayOff('2027-03-29')).toBe(true) // Easter Monday 2027
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28')
    expect(nextWorkingDay('2027-03-08')).toBe('2027-03-08')
  })

  it('take the Warsaw day of an instant', () => {
    expect(dayOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(dayOf(new Date('2027-07-01T21:59:00Z'))).toBe('2027-07-01')
    expect(dayOf(new Date('2027-07-01T22:00:00Z'))).toBe('2027-07-02')
  })
})

describe('deadlines', () => {
  it('in months end on the corresponding day, moved off a day off', () => {
    // Filed on Friday 5 March 2027: 3 months end on Saturday 5 June, so Monday 7 June.
    expect(deadlineInMonths('2027-03-05', 3)).toMatchObject({ lastDay: '2027-06-07', moved: true })
    const d = deadlineInMonths('2027-01-20', 2)
    expect(d).toMatchObject({ lastDay: '2027-03-22', moved: true }) // 20 March 2027 is a Saturday
    expect(d.dueAt.toISOString()).toBe('2027-03-22T23:00:00.000Z')
    expect(deadlineInMonths('2027-02-10', 3)).toMatchObject({ lastDay: '2027-05-10', moved: false })
  })

  it('in days start the day after the event and move off a day off', () => {
    // Delivered on Wednesday 16 December 2026: day 14 is Wednesday 30 December.
    expect(deadlineInDays('2026-12-16', 14)).toMatchObject({ lastDay: '2026-12-30', moved: false })
    // Delivered on 10 December 2026: day 14 is Thursday 24 December (Wigilia), so Monday 28 December.
    expect(deadlineInDays('2026-12-10', 14)).toMatchObject({ lastDay: '2026-12-28', moved: true })
    // Summer time: the end is 22:00 UTC.
    expect(deadlineInDays('2027-06-01', 30).dueAt.toISOString()).toBe('2027-07-01T22:00:00.000Z')
  })
})

describe('age and terms', () => {
  it('reach an age at the start of the birthday; 29 February reaches it on 28 February', () => {
    expect(ageOn('2009-05-10', '2027-05-09')).toBe(17)
    expect(ageOn('2009-05-10', '2027-05-10')).toBe(18)
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18)
    expect(ageOn('1967-01-01', '2027-01-01')).toBe(60)
    expect(ageOn('1967-01-02', '2027-01-01')).toBe(59)
  })

  it('run a term to the day before its anniversary', () => {
    expect(termLastDay('2026-03-15', 3)).toBe('2029-03-14')
    expect(termLastDay('2028-02-29', 2)).toBe('2030-02-27')
  })

  it('print a day the way Polish texts do', () => {
    expect(dayText('2027-01-08')).toBe('8 stycznia 2027')
  })
})
