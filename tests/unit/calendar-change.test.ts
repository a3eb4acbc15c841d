import { describe, expect, it } from 'vitest'
import type { PhaseName, PhaseWindow } from '../../worker/budget/domain/phases'
import {
  authorsAffected,
  checkCalendarChange,
  describeMove,
  formatWarsaw,
} from '../../worker/budget/domain/calendar-change'
import { checkCalendar } from '../../worker/budget/domain/statute'

/**
 * The rules for moving a running edition's dates, without the API: what has ended stays, a running phase keeps its
 * start, new dates lie in the future, the calendar stays consistent, granted deadlines are not cut short.
 */
const now = new Date('2026-06-10T12:00:00+02:00')
const DAY = 86_400_000
const at = (days: number) => new Date(now.getTime() + days * DAY)
const iso = (days: number) => at(days).toISOString()

/** Assessment has ended, appeals run now (started 2 days ago), the vote is ahead. */
const current: PhaseWindow[] = [
  { phase: 'submission', startsAt: at(-40), endsAt: at(-20) },
  { phase: 'assessment', startsAt: at(-20), endsAt: at(-2) },
  { phase: 'appeals', startsAt: at(-2), endsAt: at(5) },
  { phase: 'final_list', startsAt: at(5), endsAt: at(10) },
  { phase: 'voting', startsAt: at(10), endsAt: at(20) },
]
const proposal = () =>
  current.map((w) => ({ phase: w.phase, startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString() }))
const noLimits = { latestAppealDeadline: null, identityEraseOn: null }
const index = (phase: PhaseName) => current.findIndex((w) => w.phase === phase)

describe('checkCalendarChange', () => {
  it('extends the phase in progress and moves later phases, listing only what moved', () => {
    const p = proposal()
    p[index('appeals')]!.endsAt = iso(7)
    p[index('final_list')] = { phase: 'final_list', startsAt: iso(7), endsAt: iso(12) }
    p[index('voting')] = { phase: 'voting', startsAt: iso(12), endsAt: iso(22) }
    const check = checkCalendarChange(current, p, now, noLimits)
    expect(check.errors).toEqual([])
    expect(check.moves.map((m) => m.phase)).toEqual(['appeals', 'final_list', 'voting'])
    expect(check.moves[0]).toEqual({
      phase: 'appeals',
      before: { startsAt: iso(-2), endsAt: iso(5) },
      after: { startsAt: iso(-2), endsAt: iso(7) },
    })
  })

  it('may shorten the phase in progress, as long as its new end is in the future', () => {
    const p = proposal()
    p[index('appeals')]!.endsAt = iso(1)
    expect(checkCalendarChange(current, p, now, noLimits).errors).toEqual([])
    p[index('appeals')]!.endsAt = iso(-1)
    const check = checkCalendarChange(current, p, now, noLimits)
    expect(check.conflict).toBe(true)
    expect(check.errors).toContainEqual({
      field: 'phases.2.endsAt',
      detail: 'Nowy koniec fazy „odwołania” musi przypadać w przyszłości.',
    })
  })

  it('refuses to touch a phase that has ended, or the start of the phase in progress', () => {
    const p = proposal()
    p[index('assessment')]!.endsAt = iso(-3)
    p[index('appeals')]!.startsAt = iso(-3)
    const check = checkCalendarChange(current, p, now, noLimits)
    expect(check.conflict).toBe(true)
    expect(check.errors.map((e) => e.field)).toEqual(['phases.1.endsAt', 'phases.2.startsAt'])
    expect(check.errors[0]!.detail).toBe(
      `Faza „ocena formalna i merytoryczna” zakończyła się (trwała do ${formatWarsaw(at(-2), 'deadline')}) — jej terminów nie można już zmienić.`,
    )
    expect(check.errors[1]!.detail).toMatch(/^Faza „odwołania” trwa od .* — jej początku nie można zmienić/)
  })

  it('lets a phase not yet started move, but only to a start in the future', () => {
    const p = proposal()
    p[index('final_list')]!.startsAt = iso(6)
    expect(checkCalendarChange(current, p, now, noLimits).errors).toEqual([])
    p[index('final_list')]!.startsAt = new Date(now.getTime() - 1000).toISOString()
    const check = checkCalendarChange(current, p, now, noLimits)
    expect(check.errors).toContainEqual({
      field: 'phases.3.startsAt',
      detail:
        'Faza „lista projektów do głosowania” jeszcze się nie zaczęła — nowy początek musi przypadać w przyszłości.',
    })
  })

  it('keeps the usual consistency of a calendar: order without overlaps, an end after its start', () => {
    const p = proposal()
    p[index('appeals')]!.endsAt = iso(8)
    let check = checkCalendarChange(current, p, now, noLimits)
    expect(check.conflict).toBe(false)
    expect(check.errors).toEqual([
      {
        field: 'phases.3.startsAt',
        detail: 'Faza „lista projektów do głosowania” zaczyna się przed końcem fazy „odwołania”.',
      },
    ])
    const q = proposal()
    q[index('voting')]!.endsAt = iso(9)
    check = checkCalendarChange(current, q, now, noLimits)
    expect(check.errors).toContainEqual({ field: 'phases.4.endsAt', detail: 'Koniec fazy musi być po jej początku.' })
  })

  it('keeps the set of phases: none added, none removed, none twice', () => {
    const added = [...proposal(), { phase: 'results' as const, startsAt: iso(20), endsAt: iso(30) }]
    expect(checkCalendarChange(current, added, now, noLimits).errors).toContainEqual({
      field: 'phases.5.phase',
      detail: 'Faza „ogłoszenie wyników” nie należy do kalendarza tej edycji — zmiana terminów nie dodaje faz.',
    })
    const removed = proposal().filter((p) => p.phase !== 'final_list')
    const check = checkCalendarChange(current, removed, now, noLimits)
    expect(check.conflict).toBe(false)
    expect(check.errors.map((e) => e.detail)).toContain(
      'Brakuje fazy „lista projektów do głosowania”: podaj terminy wszystkich faz edycji — zmiana terminów nie usuwa faz.',
    )
    const twice = [...proposal(), proposal()[4]!]
    expect(checkCalendarChange(current, twice, now, noLimits).errors).toContainEqual({
      field: 'phases.5.phase',
      detail: 'Każda faza może wystąpić tylko raz.',
    })
  })

  it('refuses a change that changes nothing', () => {
    expect(checkCalendarChange(current, proposal(), now, noLimits).errors).toEqual([
      { field: 'phases', detail: 'Żaden termin się nie zmienił — zmień co najmniej jedną datę.' },
    ])
  })

  it('does not end the appeals phase before an appeal deadline already granted, but allows any extension', () => {
    const limits = { latestAppealDeadline: at(4), identityEraseOn: null }
    const p = proposal()
    p[index('appeals')]!.endsAt = iso(3)
    const check = checkCalendarChange(current, p, now, limits)
    expect(check.conflict).toBe(true)
    expect(check.errors).toEqual([
      {
        field: 'phases.2.endsAt',
        detail: `Autorzy odrzuconych projektów mogą się odwołać do ${formatWarsaw(at(4), 'deadline')} (termin liczony od oceny) — faza odwołań nie może skończyć się wcześniej.`,
      },
    ])
    // A deadline after the current end does not block an extension that still falls short of it.
    const later = { latestAppealDeadline: at(9), identityEraseOn: null }
    const q = proposal()
    q[index('appeals')]!.endsAt = iso(5.5)
    q[index('final_list')]!.startsAt = iso(5.5)
    expect(checkCalendarChange(current, q, now, later).errors).toEqual([])
  })

  it('ends the vote before the day voters’ identity data is erased', () => {
    const p = proposal()
    p[index('voting')]!.endsAt = iso(25)
    const eraseOn = '2026-07-05' // 25 days after 10 June is 5 July: erasure would come on the vote's last day
    const check = checkCalendarChange(current, p, now, { latestAppealDeadline: null, identityEraseOn: eraseOn })
    expect(check.errors).toEqual([
      {
        field: 'phases.4.endsAt',
        detail:
          'Dane tożsamości głosujących zostaną usunięte 5 lipca 2026 (ustawienia głosowania edycji) — głosowanie musi skończyć się przed tym dniem.',
      },
    ])
    expect(
      checkCalendarChange(current, p, now, { latestAppealDeadline: null, identityEraseOn: '2026-07-06' }).errors,
    ).toEqual([])
  })
})

describe('who hears of a change, and in which words', () => {
  it('writes to draft authors only when submission moves, to submitted authors for submission, assessment and appeals', () => {
    const move = (phase: PhaseName) => ({
      phase,
      before: { startsAt: iso(0), endsAt: iso(1) },
      after: { startsAt: iso(0), endsAt: iso(2) },
    })
    expect(authorsAffected([move('submission')])).toEqual({ drafts: true, submitted: true })
    expect(authorsAffected([move('appeals')])).toEqual({ drafts: false, submitted: true })
    expect(authorsAffected([move('voting'), move('results')])).toEqual({ drafts: false, submitted: false })
  })

  it('describes a move in Polish civil time, an end at midnight as the last day that counts', () => {
    const move = {
      phase: 'submission' as const,
      before: { startsAt: '2026-05-01T00:00:00+02:00', endsAt: '2026-06-01T00:00:00+02:00' },
      after: { startsAt: '2026-05-01T00:00:00+02:00', endsAt: '2026-06-15T00:00:00+02:00' },
    }
    expect(describeMove(move)).toBe(
      'Zgłaszanie projektów: koniec przesunięty z 31 maja 2026 włącznie na 14 czerwca 2026 włącznie',
    )
    const both = {
      phase: 'voting' as const,
      before: { startsAt: '2026-06-20T00:00:00+02:00', endsAt: '2026-06-30T00:00:00+02:00' },
      after: { startsAt: '2026-06-22T08:00:00+02:00', endsAt: '2026-07-01T15:00:00+02:00' },
    }
    expect(describeMove(both)).toBe(
      'Głosowanie: początek przesunięty z 20 czerwca 2026 na 22 czerwca 2026, 08:00 (czasu polskiego); koniec przesunięty z 29 czerwca 2026 włącznie na 1 lipca 2026, 15:00 (czasu polskiego)',
    )
  })

  it('names the later phase of an overlap by its start, in the edition form too', () => {
    const errors = checkCalendar([
      { phase: 'voting', startsAt: iso(1), endsAt: iso(2) },
      { phase: 'submission', startsAt: iso(0), endsAt: iso(3) },
      { phase: 'assessment', startsAt: iso(3), endsAt: iso(4) },
      { phase: 'appeals', startsAt: iso(4), endsAt: iso(5) },
    ])
    expect(errors).toEqual([
      { field: 'phases.0.startsAt', detail: 'Faza „głosowanie” zaczyna się przed końcem fazy „odwołania”.' },
    ])
  })
})
