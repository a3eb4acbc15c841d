import { describe, expect, it } from 'vitest'
import {
  deadlineAfter,
  easter,
  endOfWarsawDay,
  polishHolidays,
  warsawDate,
} from '../../worker/core/time/polish-calendar'
import { phaseAt } from '../../worker/budget/domain/phases'
import { normalizeAddress, normalizeText, personKey } from '../../worker/core/identity/person'
import { maxSupporters, minimumBudget } from '../../worker/budget/domain/statute'

describe('Polish calendar', () => {
  it('computes Easter', () => {
    expect(easter(2024)).toEqual({ month: 3, day: 31 })
    expect(easter(2025)).toEqual({ month: 4, day: 20 })
    expect(easter(2026)).toEqual({ month: 4, day: 5 })
  })

  it('lists the public holidays, with Easter Monday, Pentecost, Corpus Christi and, from 2025, Christmas Eve', () => {
    const h2026 = polishHolidays(2026)
    for (const d of [
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-03',
      '2026-05-24',
      '2026-06-04',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ])
      expect(h2026.has(d), d).toBe(true)
    expect(h2026.size).toBe(14)
    expect(polishHolidays(2024).has('2024-12-24')).toBe(false)
  })

  it('ends a Warsaw day at local midnight in winter and summer time', () => {
    expect(endOfWarsawDay('2026-01-15').toISOString()).toBe('2026-01-15T23:00:00.000Z')
    expect(endOfWarsawDay('2026-07-15').toISOString()).toBe('2026-07-15T22:00:00.000Z')
    expect(warsawDate(new Date('2026-07-15T22:30:00Z')).date).toBe('2026-07-16')
  })

  it('counts deadlines from the day after the event, in calendar or working days', () => {
    // decision on Monday 2026-06-01; 7 calendar days → Monday 2026-06-08 (ends at midnight)
    expect(deadlineAfter(new Date('2026-06-01T10:00:00+02:00'), 7, 'calendar').toISOString()).toBe(
      '2026-06-08T22:00:00.000Z',
    )
    // 3 working days from Wednesday 2026-06-03: Thu 4 June is Corpus Christi → Fri 5, Mon 8, Tue 9
    expect(deadlineAfter(new Date('2026-06-03T10:00:00+02:00'), 3, 'working').toISOString()).toBe(
      '2026-06-09T22:00:00.000Z',
    )
    // 5 calendar days from Monday 2026-11-02 land on Saturday 7 → moved to Monday 9
    expect(deadlineAfter(new Date('2026-11-02T10:00:00+01:00'), 5, 'calendar').toISOString()).toBe(
      '2026-11-09T23:00:00.000Z',
    )
  })

  it('finds the phase of a moment, start inclusive and end exclusive', () => {
    const w = [
      {
        phase: 'submission' as const,
        startsAt: new Date('2026-05-01T00:00:00Z'),
        endsAt: new Date('2026-06-01T00:00:00Z'),
      },
      {
        phase: 'assessment' as const,
        startsAt: new Date('2026-06-01T00:00:00Z'),
        endsAt: new Date('2026-07-01T00:00:00Z'),
      },
    ]
    expect(phaseAt(w, new Date('2026-05-01T00:00:00Z'))).toBe('submission')
    expect(phaseAt(w, new Date('2026-06-01T00:00:00Z'))).toBe('assessment')
    expect(phaseAt(w, new Date('2026-07-01T00:00:00Z'))).toBeNull()
  })
})

describe('statutory limits', () => {
  it('caps supporters at 0.1% of residents (rounded down) and the city budget at 0.5% (rounded up)', () => {
    expect(maxSupporters(3200)).toBe(3)
    expect(maxSupporters(999)).toBe(0)
    expect(minimumBudget(50_000_000_000)).toBe(250_000_000)
    expect(minimumBudget(101)).toBe(1)
  })
})

describe('identity keys', () => {
  it('folds case, Polish letters, punctuation and street prefixes', () => {
    expect(normalizeText('  Łukasz   ŻÓŁĆ-Nowak ')).toBe('lukasz zolc nowak')
    expect(normalizeAddress('ul. Długa 5/3')).toBe(normalizeAddress('Dluga 5 3'))
  })

  it('is keyed: the same person gives the same key, another pepper another key', async () => {
    const a = await personKey('p1', ['x', 'jan lecki'])
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(await personKey('p1', ['x', 'jan lecki'])).toBe(a)
    expect(await personKey('p2', ['x', 'jan lecki'])).not.toBe(a)
  })
})
