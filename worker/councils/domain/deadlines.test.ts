import { describe, expect, it } from 'vitest'
import { inquiryState, opinionPeriod, type OpinionRequest, opinionState } from './deadlines'

/** A morning instant of a Warsaw day (09:00 UTC). */
const at = (day: string, time = '09:00:00') => new Date(`${day}T${time}Z`)

const request = (over: Partial<OpinionRequest> = {}): OpinionRequest => ({
  bodyKind: 'rdpp',
  subject: 'program_wspolpracy',
  deliveredAt: at('2026-10-14'),
  days: null,
  opinionAt: null,
  ...over,
})

describe('opinion periods', () => {
  it('are the RDPP’s 14 days for the programme and the strategy, whatever the request says', () => {
    expect(opinionPeriod(request({ days: 7 }))).toEqual({ days: 14, statutory: true, silenceWaives: true })
    expect(opinionPeriod(request({ subject: 'strategia_rozwoju' }))).toEqual({
      days: 14,
      statutory: true,
      silenceWaives: true,
    })
  })

  it('are the request’s days otherwise, or none', () => {
    expect(opinionPeriod(request({ subject: 'projekt_uchwaly', days: 21 }))).toEqual({
      days: 21,
      statutory: false,
      silenceWaives: true,
    })
    expect(opinionPeriod(request({ bodyKind: 'mlodziezowa_rada', subject: 'projekt_uchwaly', days: 21 }))).toEqual({
      days: 21,
      statutory: false,
      silenceWaives: false,
    })
    expect(opinionPeriod(request({ bodyKind: 'rada_seniorow', subject: 'program_wspolpracy', days: null }))).toBeNull()
  })
})

describe('the state of an opinion request', () => {
  it('runs with the days left to the last day', () => {
    // Delivered Wednesday 14 October 2026: day 14 is Wednesday 28 October.
    const s = opinionState(request(), at('2026-10-20'))
    expect(s).toMatchObject({ state: 'oczekuje', daysLeft: 8 })
    expect(s.deadline?.lastDay).toBe('2026-10-28')
    expect(opinionState(request(), at('2026-10-28', '22:59:00')).state).toBe('oczekuje')
    expect(opinionState(request(), at('2026-10-28', '22:59:00')).daysLeft).toBe(0)
  })

  it('becomes a waiver ("rezygnacja z prawa do wyrażenia opinii") when the RDPP says nothing in time', () => {
    expect(opinionState(request(), at('2026-10-28', '23:00:00')).state).toBe('rezygnacja')
    expect(
      opinionState(request({ bodyKind: 'mlodziezowa_rada', subject: 'projekt_uchwaly', days: 14 }), at('2026-11-02'))
        .state,
    ).toBe('termin_minal')
  })

  it('moves a last day off a holiday: 14 days from 18 October end on 2 November, not All Saints’', () => {
    const s = opinionState(request({ deliveredAt: at('2026-10-18') }), at('2026-10-20'))
    expect(s.deadline).toMatchObject({ lastDay: '2026-11-02', moved: true })
  })

  it('records an opinion in time, or late', () => {
    expect(opinionState(request({ opinionAt: at('2026-10-27') }), at('2026-12-01')).state).toBe('wydana')
    expect(opinionState(request({ opinionAt: at('2026-10-29') }), at('2026-12-01')).state).toBe('wydana_po_terminie')
    expect(
      opinionState(request({ bodyKind: 'inna', subject: 'inny', opinionAt: at('2026-10-29') }), at('2026-12-01')).state,
    ).toBe('wydana')
    expect(opinionState(request({ bodyKind: 'inna', subject: 'inny' }), at('2026-12-01'))).toEqual({
      state: 'bez_terminu',
      deadline: null,
      period: null,
      daysLeft: null,
    })
  })
})

describe('an inquiry of a rada seniorów to the wójt (30 days)', () => {
  const inquiry = { bodyKind: 'rada_seniorow' as const, deliveredAt: at('2027-02-01'), days: null, answeredAt: null }

  it('is due within 30 days of delivery and overdue after', () => {
    const open = inquiryState(inquiry, at('2027-02-10'))
    expect(open).toMatchObject({ state: 'oczekuje', overdue: false, daysLeft: 21 })
    expect(open.deadline?.lastDay).toBe('2027-03-03')
    expect(inquiryState(inquiry, at('2027-03-04'))).toMatchObject({ state: 'po_terminie', overdue: true })
  })

  it('is answered in time or late', () => {
    expect(inquiryState({ ...inquiry, answeredAt: at('2027-03-03') }, at('2027-04-01')).state).toBe('odpowiedziano')
    expect(inquiryState({ ...inquiry, answeredAt: at('2027-03-05') }, at('2027-04-01')).state).toBe(
      'odpowiedziano_po_terminie',
    )
  })

  it('runs on the recorded days for other bodies, or on none', () => {
    expect(inquiryState({ ...inquiry, bodyKind: 'mlodziezowa_rada', days: 14 }, at('2027-02-16')).state).toBe(
      'po_terminie',
    )
    expect(inquiryState({ ...inquiry, bodyKind: 'mlodziezowa_rada' }, at('2027-09-01')).state).toBe('bez_terminu')
  })
})
