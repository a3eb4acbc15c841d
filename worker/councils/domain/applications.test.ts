import { describe, expect, it } from 'vitest'
import {
  checkRdppApplication,
  countDeclaredPetition,
  checkReapplication,
  countSeniorPetition,
  decisionDeadline,
  petitionShortfall,
  reapplicationAllowedFrom,
  seniorPetitionThreshold,
  type Signature,
} from './applications'

describe('petition thresholds for a rada seniorów (art. 5c ust. 2a usg)', () => {
  it('depend on the level and the population, the boundary belonging to the smaller JST', () => {
    expect(seniorPetitionThreshold('gmina', 8_000)).toBe(50)
    expect(seniorPetitionThreshold('gmina', 20_000)).toBe(50)
    expect(seniorPetitionThreshold('gmina', 20_001)).toBe(100)
    expect(seniorPetitionThreshold('powiat', 100_000)).toBe(150)
    expect(seniorPetitionThreshold('powiat', 100_001)).toBe(250)
    expect(seniorPetitionThreshold('wojewodztwo', 2_000_000)).toBe(500)
    expect(seniorPetitionThreshold('wojewodztwo', 5_400_000)).toBe(800)
  })
})

describe('counting a petition', () => {
  const filed = '2027-03-01'
  const senior = (i: number, over: Partial<Signature> = {}): Signature => ({
    personKey: `p${i}`,
    birthDate: '1950-06-01',
    resident: true,
    ...over,
  })

  it('counts each resident aged 60 on the filing day once', () => {
    const signatures = [
      ...Array.from({ length: 49 }, (_, i) => senior(i)),
      senior(1), // the same person again
      senior(100, { birthDate: '1967-03-01' }), // 60 on the filing day
      senior(101, { birthDate: '1967-03-02' }), // 60 the day after
      senior(102, { resident: false }),
      senior(103, { birthDate: '1950-02-30' }),
      senior(104, { birthDate: '2028-01-01' }),
    ]
    const count = countSeniorPetition(signatures, 'gmina', 12_000, filed)
    expect(count).toEqual({
      threshold: 50,
      valid: 50,
      duplicates: 1,
      tooYoung: 1,
      nonResidents: 1,
      invalidBirthDates: 2,
      obliges: true,
    })
    expect(petitionShortfall(count)).toBeNull()
  })

  it('names the shortfall and the rule when the threshold is not reached', () => {
    const count = countSeniorPetition(
      Array.from({ length: 99 }, (_, i) => senior(i)),
      'gmina',
      45_000,
      filed,
    )
    expect(count.obliges).toBe(false)
    expect(petitionShortfall(count)).toEqual({
      field: 'signatures',
      detail:
        'Wniosek podpisało 99 uprawnionych mieszkańców w wieku co najmniej 60 lat, a do obowiązkowego utworzenia rady seniorów potrzeba 100 (art. 5c ust. 2a usg).',
    })
  })
})

describe('a joint application for an RDPP (art. 41e upp)', () => {
  const org = (i: number, activeInArea = true) => ({ organisationKey: `o${i}`, activeInArea })

  it('needs five distinct organisations active in the area', () => {
    expect(checkRdppApplication([1, 2, 3, 4, 5].map((i) => org(i)))).toEqual([])
    const errors = checkRdppApplication([org(1), org(2), org(2), org(3), org(4), org(5, false)])
    expect(errors.map((e) => e.field)).toEqual(['organisations.2', 'organisations.5', 'organisations'])
    expect(errors[2]!.detail).toBe(
      'Wniosek o utworzenie rady działalności pożytku publicznego składa co najmniej 5 organizacji działających na terenie jednostki (art. 41e upp); na liście jest 4.',
    )
  })
})

describe('the decision deadline', () => {
  it('is 3 months for a rada seniorów or a youth council, 2 for an RDPP, moved off a day off', () => {
    expect(decisionDeadline('rada_seniorow', '2027-01-11')).toMatchObject({
      months: 3,
      lastDay: '2027-04-12',
      moved: true,
    })
    expect(decisionDeadline('mlodziezowa_rada', '2027-02-10')).toMatchObject({ lastDay: '2027-05-10', moved: false })
    expect(decisionDeadline('mlodziezowa_rada', '2026-11-30')).toMatchObject({ lastDay: '2027-03-01', moved: true })
    expect(decisionDeadline('rdpp', '2026-12-31')).toMatchObject({ months: 2, lastDay: '2027-03-01', moved: true })
    expect(decisionDeadline('rdpp', '2027-01-05')).toMatchObject({ lastDay: '2027-03-05', moved: false })
    expect(decisionDeadline('inna', '2027-01-05')).toBeNull()
  })
})

describe('the 6-month lock after a refusal', () => {
  const refusals = [
    { applicantKey: 'stowarzyszenie', applicantKind: 'organizacje' as const, refusedOn: '2026-08-31' },
    { applicantKey: 'stowarzyszenie', applicantKind: 'organizacje' as const, refusedOn: '2026-03-01' },
    { applicantKey: 'wojt', applicantKind: 'wojt' as const, refusedOn: '2026-08-31' },
  ]

  it('runs 6 months from the latest refusal of the same applicant', () => {
    expect(reapplicationAllowedFrom('mlodziezowa_rada', 'stowarzyszenie', 'organizacje', refusals)).toBe('2027-03-01')
    expect(checkReapplication('mlodziezowa_rada', 'stowarzyszenie', 'organizacje', refusals, '2027-03-01')).toBeNull()
    expect(checkReapplication('mlodziezowa_rada', 'stowarzyszenie', 'organizacje', refusals, '2027-02-28')).toEqual({
      field: 'applicant',
      detail:
        'Poprzedni wniosek tego wnioskodawcy odrzucono: kolejny można złożyć po 6 miesiącach, od 1 marca 2027 (art. 5b ust. 2–4 usg).',
    })
    expect(
      checkReapplication('rada_seniorow', 'stowarzyszenie', 'organizacje', refusals, '2027-01-10')?.detail,
    ).toContain('(art. 5c ust. 2b i 2c usg)')
  })

  it('binds neither the wójt, nor other applicants, nor an RDPP’s applicants', () => {
    expect(reapplicationAllowedFrom('mlodziezowa_rada', 'wojt', 'wojt', refusals)).toBeNull()
    expect(reapplicationAllowedFrom('mlodziezowa_rada', 'samorzad-lo', 'samorzad_uczniowski', refusals)).toBeNull()
    expect(reapplicationAllowedFrom('rdpp', 'stowarzyszenie', 'organizacje', refusals)).toBeNull()
    expect(checkReapplication('rdpp', 'stowarzyszenie', 'organizacje', refusals, '2026-09-01')).toBeNull()
  })
})

describe('countDeclaredPetition', () => {
  const sig = (personKey: string, declaredSenior = true) => ({ personKey, declaredSenior })

  it('counts each person once and only with the 60+ declaration', () => {
    const c = countDeclaredPetition([sig('a'), sig('a'), sig('b', false), sig('c')], 'gmina', 10_000)
    expect(c).toEqual({ threshold: 50, valid: 2, duplicates: 1, undeclared: 1, obliges: false })
  })

  it('obliges the council at the threshold of the JST, not one below', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => sig(`p${i}`))
    expect(countDeclaredPetition(keys(99), 'gmina', 24_500).obliges).toBe(false)
    expect(countDeclaredPetition(keys(100), 'gmina', 24_500)).toMatchObject({ threshold: 100, obliges: true })
    expect(countDeclaredPetition(keys(150), 'powiat', 100_000).obliges).toBe(true)
  })
})
