import { describe, expect, it } from 'vitest'
import {
  implementationChange,
  implementationHistoryNote,
  implementationStatuses,
  implementationTransitions,
  reasonMissing,
} from './implementation'

describe('implementation status machine', () => {
  it('lets staff move between any two statuses, as corrections need', () => {
    for (const from of implementationStatuses)
      for (const to of implementationStatuses.filter((s) => s !== from)) {
        expect(implementationTransitions[from]).toContain(to)
        expect(implementationChange({ status: from }, { status: to })).toEqual({ kind: 'change' })
      }
  })

  it('treats the same status and reason as no change, and a new reason as a change', () => {
    expect(implementationChange({ status: 'in_progress', reason: null }, { status: 'in_progress' })).toEqual({
      kind: 'unchanged',
    })
    const reason = 'Przetarg nie przyniósł ofert.'
    expect(implementationChange({ status: 'abandoned', reason }, { status: 'abandoned', reason })).toEqual({
      kind: 'unchanged',
    })
    expect(
      implementationChange({ status: 'abandoned', reason }, { status: 'abandoned', reason: `${reason} Drugi też.` }),
    ).toEqual({ kind: 'change' })
  })

  it('requires a reason of at least 10 characters for abandoning only', () => {
    expect(reasonMissing('abandoned', undefined)).toBe(true)
    expect(reasonMissing('abandoned', 'za krótko')).toBe(true)
    expect(reasonMissing('abandoned', 'Brak ofert w przetargu.')).toBe(false)
    expect(reasonMissing('done', undefined)).toBe(false)
  })

  it('writes the history line with the label and the reason', () => {
    expect(implementationHistoryNote({ status: 'done' })).toBe('Realizacja: zrealizowany')
    expect(implementationHistoryNote({ status: 'abandoned', reason: 'Brak ofert w przetargu.' })).toBe(
      'Realizacja: odstąpiono od realizacji — Brak ofert w przetargu.',
    )
  })
})
