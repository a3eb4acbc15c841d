import { describe, expect, it } from 'vitest'
import {
  ageDayOf,
  callPhase,
  type Candidate,
  checkCandidate,
  checkNominations,
  countSupport,
  needsGuardianConsent,
  type SupportSignature,
} from './candidates'
import { rdppStatute, seniorsStatute, youthStatute } from './fixtures'

const days = { electionDay: '2026-10-15', termStart: '2026-11-01', nominationDeadline: '2026-09-30' }
const pupil = (over: Partial<Candidate> = {}): Candidate => ({
  seatCategory: 'radni',
  birthDate: '2011-05-01',
  resident: true,
  constituency: 'sp1',
  school: 'sp1',
  guardianConsent: true,
  consentToStand: true,
  organisationKey: null,
  ...over,
})
const fields = (errors: { field: string }[]) => errors.map((e) => e.field)

describe('a youth council candidate', () => {
  it('is eligible inside the age limits on the election day, in their school, with consent', () => {
    expect(checkCandidate(youthStatute(), pupil(), days)).toEqual([])
    // 13 on the election day itself, and 18 until the day before the 19th birthday.
    expect(checkCandidate(youthStatute(), pupil({ birthDate: '2013-10-15' }), days)).toEqual([])
    expect(checkCandidate(youthStatute(), pupil({ birthDate: '2007-10-16', guardianConsent: false }), days)).toEqual([])
  })

  it('is refused too young or too old, naming the day the age is taken on', () => {
    expect(checkCandidate(youthStatute(), pupil({ birthDate: '2013-10-16' }), days)).toEqual([
      {
        field: 'birthDate',
        detail: 'Kandydat musi mieć co najmniej 13 lat w dniu 15 października 2026, a będzie miał 12.',
      },
    ])
    expect(checkCandidate(youthStatute(), pupil({ birthDate: '2007-10-15' }), days)).toEqual([
      {
        field: 'birthDate',
        detail: 'Kandydat może mieć najwyżej 18 lat w dniu 15 października 2026, a będzie miał 19.',
      },
    ])
  })

  it('takes the age on the day the statute names', () => {
    const onTermStart = youthStatute({ age: { minAge: 13, maxAge: 18, on: 'poczatek_kadencji' } })
    expect(checkCandidate(onTermStart, pupil({ birthDate: '2013-10-20' }), days)).toEqual([])
    const onDeadline = youthStatute({ age: { minAge: 13, maxAge: 18, on: 'termin_zgloszen' } })
    expect(fields(checkCandidate(onDeadline, pupil({ birthDate: '2013-10-01' }), days))).toEqual(['birthDate'])
  })

  it('needs a guardian’s consent under 18 and a date of birth to know', () => {
    expect(checkCandidate(youthStatute(), pupil({ guardianConsent: false }), days)).toEqual([
      {
        field: 'guardianConsent',
        detail:
          'Kandydat niepełnoletni potrzebuje zgody przedstawiciela ustawowego (rodzica lub opiekuna) (art. 10 i 15 kc).',
      },
    ])
    expect(fields(checkCandidate(youthStatute(), pupil({ birthDate: null }), days))).toEqual(['birthDate'])
    expect(fields(checkCandidate(youthStatute(), pupil({ birthDate: '2027-01-01' }), days))).toEqual(['birthDate'])
  })

  it('stands in a constituency of the category, as a pupil of that school', () => {
    expect(fields(checkCandidate(youthStatute(), pupil({ constituency: null }), days))).toEqual(['constituency'])
    expect(fields(checkCandidate(youthStatute(), pupil({ constituency: 'sp9' }), days))).toEqual(['constituency'])
    expect(checkCandidate(youthStatute(), pupil({ school: 'lo' }), days)).toEqual([
      { field: 'school', detail: 'W okręgu szkolnym kandyduje uczeń tej szkoły.' },
    ])
  })

  it('consents to stand, in a category the statute has', () => {
    expect(fields(checkCandidate(youthStatute(), pupil({ consentToStand: false }), days))).toEqual(['consentToStand'])
    expect(fields(checkCandidate(youthStatute(), pupil({ seatCategory: 'senatorowie' }), days))).toEqual([
      'seatCategory',
    ])
  })
})

describe('other candidates', () => {
  it('of a rada seniorów have no age limit but live in the gmina when the statute says so', () => {
    const young = pupil({ seatCategory: 'seniorzy', birthDate: '1990-01-01', constituency: null, school: null })
    expect(checkCandidate(seniorsStatute(), young, days)).toEqual([])
    expect(checkCandidate(seniorsStatute(), { ...young, resident: false }, days)).toEqual([
      { field: 'resident', detail: 'Statut wymaga, aby kandydat mieszkał na terenie jednostki.' },
    ])
    // No age rule and no consent rule: the date of birth is not even asked.
    expect(checkCandidate(seniorsStatute(), { ...young, birthDate: null }, days)).toEqual([])
  })

  it('of nominated seats name the nominating organisation', () => {
    const ngo = pupil({ seatCategory: 'ngo', birthDate: null, constituency: null, school: null })
    expect(fields(checkCandidate(rdppStatute(), ngo, days))).toEqual(['organisationKey'])
    expect(checkCandidate(rdppStatute(), { ...ngo, organisationKey: 'krs-0000123456' }, days)).toEqual([])
  })
})

describe('nominations', () => {
  it('allow one per organisation in a category that says so', () => {
    const nominations = [
      { organisationKey: 'a', seatCategory: 'ngo', candidateKey: 'c1' },
      { organisationKey: 'b', seatCategory: 'ngo', candidateKey: 'c2' },
      { organisationKey: 'a', seatCategory: 'ngo', candidateKey: 'c3' },
      { organisationKey: 'a', seatCategory: 'rada', candidateKey: 'c4' },
      { organisationKey: 'a', seatCategory: 'rada', candidateKey: 'c5' },
    ]
    expect(checkNominations(rdppStatute(), nominations)).toEqual([
      {
        field: 'nominations.2',
        detail: 'Organizacja zgłosiła już kandydata w tym naborze: statut pozwala na jedno zgłoszenie.',
      },
    ])
  })
})

describe('support lists', () => {
  const sig = (
    candidateKey: string,
    personKey: string,
    signedAt: string,
    birthDate = '1950-01-01',
  ): SupportSignature => ({
    candidateKey,
    personKey,
    birthDate,
    signedAt,
  })

  it('count one candidate per supporter, the earliest signature standing', () => {
    const signatures = [
      ...Array.from({ length: 10 }, (_, i) => sig('anna', `p${i}`, `2026-09-0${(i % 9) + 1}T10:00:00Z`)),
      sig('jan', 'p0', '2026-09-01T09:00:00Z'), // p0 signed for Jan first
      sig('jan', 'p20', '2026-09-02T10:00:00Z'),
      sig('jan', 'p21', '2026-09-02T10:00:00Z', '1970-01-01'), // under 60
      sig('jan', 'p22', '2026-09-02T10:00:00Z', 'nie wiem'),
      sig('nikt', 'p23', '2026-09-02T10:00:00Z'),
    ]
    expect(countSupport(seniorsStatute(), signatures, ['anna', 'jan'], '2026-09-30')).toEqual([
      { candidateKey: 'anna', valid: 9, repeated: 1, ineligible: 0, enough: false },
      { candidateKey: 'jan', valid: 2, repeated: 0, ineligible: 2, enough: false },
    ])
  })

  it('let a supporter back several candidates when the statute allows, but each once', () => {
    const signatures = [
      ...Array.from({ length: 15 }, (_, i) => sig('ola', `p${i}`, '2026-09-01T10:00:00Z', '2010-01-01')),
      ...Array.from({ length: 15 }, (_, i) => sig('kuba', `p${i}`, '2026-09-01T11:00:00Z', '2010-01-01')),
      sig('kuba', 'p1', '2026-09-01T12:00:00Z', '2010-01-01'),
    ]
    expect(countSupport(youthStatute(), signatures, ['ola', 'kuba'], '2026-09-30')).toEqual([
      { candidateKey: 'ola', valid: 15, repeated: 0, ineligible: 0, enough: true },
      { candidateKey: 'kuba', valid: 15, repeated: 1, ineligible: 0, enough: true },
    ])
  })
})

describe('the guardian consent and the call phase', () => {
  it("asks a guardian for a candidate under the statute's age on the statute's day, not for an adult", () => {
    expect(ageDayOf(youthStatute(), days)).toBe('2026-10-15')
    expect(needsGuardianConsent(youthStatute(), '2011-05-01', days)).toBe(true)
    // 18 on the election day: no consent needed; the day before the 18th birthday still needs it.
    expect(needsGuardianConsent(youthStatute(), '2008-10-15', days)).toBe(false)
    expect(needsGuardianConsent(youthStatute(), '2008-10-16', days)).toBe(true)
    expect(needsGuardianConsent(rdppStatute(), '2011-05-01', days)).toBe(false)
    expect(needsGuardianConsent(youthStatute(), null, days)).toBe(false)
  })

  it('takes candidacies from the opening day to the last day inclusive', () => {
    const call = { opensOn: '2026-09-01', deadline: '2026-09-30' }
    expect(callPhase(call, '2026-08-31')).toBe('zapowiedziany')
    expect(callPhase(call, '2026-09-01')).toBe('przyjmuje')
    expect(callPhase(call, '2026-09-30')).toBe('przyjmuje')
    expect(callPhase(call, '2026-10-01')).toBe('po_terminie')
  })
})
