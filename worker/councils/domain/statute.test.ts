import { describe, expect, it } from 'vitest'
import { bodyKinds, bodyLaws, existsAt, isBodyKind, levelOfTenantKind } from './bodies'
import { rdppStatute, seniorsStatute, youthStatute } from './fixtures'
import {
  addStatuteVersion,
  checkStatute,
  type Statute,
  type StatuteVersion,
  statuteForDate,
  totalSeats,
} from './statute'

const fields = (errors: { field: string }[]) => errors.map((e) => e.field)
const seat = (over: Partial<Statute['seats'][number]>): Statute['seats'][number] => ({
  key: 'x',
  name: 'x',
  seats: 1,
  represents: 'inni',
  fill: 'powolanie',
  constituencies: [],
  onePerOrganisation: false,
  ...over,
})

describe('body kinds as data', () => {
  it('hold the law’s numbers', () => {
    expect(bodyKinds.map((k) => [k, bodyLaws[k].decisionMonths, bodyLaws[k].termYears])).toEqual([
      ['rada_seniorow', 3, null],
      ['mlodziezowa_rada', 3, null],
      ['rdpp', 2, 3],
      ['inna', null, null],
    ])
    expect(bodyLaws.rdpp.minNgoShare).toBe(0.5)
    expect(bodyLaws.rdpp.minApplyingOrganisations).toBe(5)
    expect(bodyLaws.rdpp.statutoryOpinion).toEqual({
      days: 14,
      on: ['program_wspolpracy', 'strategia_rozwoju'],
      silenceWaives: true,
    })
    expect(bodyLaws.rdpp.removalAfterUnexcusedAbsences).toBe(3)
    expect(bodyLaws.rada_seniorow.inquiryAnswerDays).toBe(30)
    expect(bodyLaws.rada_seniorow.memberAgeAllowed).toBe(false)
    expect(bodyLaws.rada_seniorow.reapplyLock?.months).toBe(6)
    expect(bodyLaws.mlodziezowa_rada.reapplyLock?.binds).not.toContain('wojt')
  })

  it('exist at the levels the law provides', () => {
    expect(existsAt('rdpp', 'gmina')).toBe(true)
    expect(existsAt('rdpp', 'wojewodztwo')).toBe(false)
    expect(existsAt('mlodziezowa_rada', 'wojewodztwo')).toBe(true)
    expect(bodyLaws.mlodziezowa_rada.names.wojewodztwo).toBe('młodzieżowy sejmik województwa')
    expect(levelOfTenantKind('miasto-na-prawach-powiatu')).toBe('gmina')
    expect(levelOfTenantKind('gmina-wiejska')).toBe('gmina')
    expect(levelOfTenantKind('powiat')).toBe('powiat')
    expect(levelOfTenantKind('wojewodztwo')).toBe('wojewodztwo')
    expect(isBodyKind('rdpp')).toBe(true)
    expect(isBodyKind('sejm')).toBe(false)
  })
})

describe('checkStatute', () => {
  it('accepts lawful statutes of every kind', () => {
    expect(checkStatute(rdppStatute(), 'rdpp')).toEqual([])
    expect(checkStatute(seniorsStatute(), 'rada_seniorow')).toEqual([])
    expect(checkStatute(youthStatute(), 'mlodziezowa_rada')).toEqual([])
    expect(checkStatute(seniorsStatute(), 'inna')).toEqual([])
    expect(totalSeats(rdppStatute())).toBe(12)
  })

  it('requires at least half of an RDPP’s seats for NGOs (art. 41f upp), exactly half being enough', () => {
    const half = rdppStatute()
    half.seats[2]!.seats = 6
    expect(checkStatute(half, 'rdpp')).toEqual([])
    const short = rdppStatute()
    short.seats[2]!.seats = 5
    const errors = checkStatute(short, 'rdpp')
    expect(errors).toEqual([
      {
        field: 'seats',
        detail:
          'Organizacje pozarządowe muszą mieć co najmniej połowę miejsc (art. 41f upp): przy 11 miejscach co najmniej 6, a statut daje im 5.',
      },
    ])
  })

  it('requires all three parts of an RDPP and no others', () => {
    const noCouncil = rdppStatute()
    noCouncil.seats = noCouncil.seats.filter((c) => c.key !== 'rada')
    expect(checkStatute(noCouncil, 'rdpp').map((e) => e.detail)).toEqual([
      expect.stringContaining('musi mieć przedstawicieli organu stanowiącego, organu wykonawczego i organizacji'),
    ])
    const extra = rdppStatute()
    extra.seats.push(seat({ key: 'eksperci', represents: 'inni' }))
    extra.seats[2]!.seats = 7
    expect(fields(checkStatute(extra, 'rdpp'))).toEqual(['seats.3.represents'])
  })

  it('holds an RDPP to a 3-year term and the law’s absences rule', () => {
    expect(checkStatute(rdppStatute({ termYears: 2 }), 'rdpp')).toEqual([
      {
        field: 'termYears',
        detail: 'Kadencja rady działalności pożytku publicznego trwa 3 lata (art. 41e upp), a statut podaje 2.',
      },
    ])
    expect(fields(checkStatute(rdppStatute({ absences: null }), 'rdpp'))).toEqual(['absences'])
    expect(fields(checkStatute(rdppStatute({ absences: { consecutiveUnexcused: 2 } }), 'rdpp'))).toEqual(['absences'])
  })

  it('refuses seats for the wójt or councillors in a rada seniorów (art. 5c ust. 4 usg)', () => {
    const s = seniorsStatute()
    s.seats.push(seat({ key: 'burmistrz', represents: 'organ_wykonawczy' }))
    s.seats.push(seat({ key: 'radni', represents: 'organ_stanowiacy' }))
    const errors = checkStatute(s, 'rada_seniorow')
    expect(fields(errors)).toEqual(['seats.3.represents', 'seats.4.represents'])
    expect(errors[0]!.detail).toContain('nie może przyznawać miejsc wójtowi, burmistrzowi, radnym')
  })

  it('refuses a member age in a rada seniorów, but allows a supporters’ age', () => {
    const errors = checkStatute(
      seniorsStatute({ age: { minAge: 60, maxAge: null, on: 'dzien_wyborow' } }),
      'rada_seniorow',
    )
    expect(fields(errors)).toEqual(['age'])
    expect(errors[0]!.detail).toContain('nie uzależnia członkostwa w radzie seniorów od wieku')
    expect(
      checkStatute(seniorsStatute({ age: { minAge: null, maxAge: null, on: 'dzien_wyborow' } }), 'rada_seniorow'),
    ).toEqual([])
    expect(seniorsStatute().support?.supporterMinAge).toBe(60)
  })

  it('requires seats for older people themselves in a rada seniorów', () => {
    const s = seniorsStatute()
    s.seats = s.seats.filter((c) => c.represents !== 'seniorzy')
    expect(checkStatute(s, 'rada_seniorow').map((e) => e.detail)).toEqual([
      'Rada seniorów musi mieć miejsca dla przedstawicieli osób starszych, nie tylko dla organizacji (art. 5c ust. 4 usg).',
    ])
  })

  it('asks a youth council’s statute for the age the law leaves to it, and a guardian’s consent for minors', () => {
    const noAge = youthStatute({
      age: null,
      constituencies: [],
      seats: [{ ...youthStatute().seats[0]!, constituencies: [] }],
    })
    expect(fields(checkStatute(noAge, 'mlodziezowa_rada'))).toEqual(['age.maxAge'])
    // Schools bound the age themselves.
    expect(checkStatute(youthStatute({ age: null }), 'mlodziezowa_rada')).toEqual([])
    expect(fields(checkStatute(youthStatute({ guardianConsentUnder: null }), 'mlodziezowa_rada'))).toEqual([
      'guardianConsentUnder',
    ])
    // Adults only: no consent needed.
    expect(
      checkStatute(
        youthStatute({ age: { minAge: 18, maxAge: 26, on: 'dzien_wyborow' }, guardianConsentUnder: null }),
        'mlodziezowa_rada',
      ),
    ).toEqual([])
    expect(fields(checkStatute(youthStatute({ guardianConsentUnder: 21 }), 'mlodziezowa_rada'))).toEqual([
      'guardianConsentUnder',
    ])
    expect(
      fields(checkStatute(youthStatute({ age: { minAge: 19, maxAge: 15, on: 'dzien_wyborow' } }), 'mlodziezowa_rada')),
    ).toEqual(['age.maxAge'])
  })

  it('checks constituencies against their categories', () => {
    const s = youthStatute()
    s.constituencies[0]!.seats = 6
    expect(checkStatute(s, 'mlodziezowa_rada')).toEqual([
      {
        field: 'seats.0.seats',
        detail: 'Okręgi tej kategorii mają razem 16 miejsc, a kategoria 15: liczby muszą być równe.',
      },
    ])
    const unknown = youthStatute()
    unknown.seats[0]!.constituencies = ['sp1', 'sp2', 'lo', 'sp9']
    expect(fields(checkStatute(unknown, 'mlodziezowa_rada'))).toEqual(['seats.0.constituencies'])
    const orphan = youthStatute()
    orphan.constituencies.push({ key: 'sp3', name: 'SP 3', kind: 'szkola', seats: 1 })
    expect(fields(checkStatute(orphan, 'mlodziezowa_rada'))).toEqual(['constituencies.3.key'])
    const appointed = youthStatute()
    appointed.seats[0]!.fill = 'powolanie'
    expect(fields(checkStatute(appointed, 'mlodziezowa_rada'))).toEqual(['seats.0.constituencies'])
  })

  it('checks the act, dates, term, seats, quorum and majority of any statute', () => {
    const bad = seniorsStatute({
      act: { number: ' ', date: '2026-02-30' },
      validFrom: 'jutro',
      termYears: 6,
      quorum: { numerator: 3, denominator: 2, base: 'sklad' },
      majority: { kind: 'kwalifikowana', numerator: 1, denominator: 2, base: 'sklad' },
      opinionDays: 0,
      support: { signatures: 0, onePerSupporter: true, supporterMinAge: null },
    })
    bad.seats.push({ ...bad.seats[0]!, seats: 0 })
    expect(fields(checkStatute(bad, 'inna'))).toEqual([
      'act.number',
      'act.date',
      'validFrom',
      'termYears',
      'seats.3.key',
      'seats.3.seats',
      'support.signatures',
      'quorum',
      'majority',
      'opinionDays',
    ])
    expect(fields(checkStatute(seniorsStatute({ validFrom: '2026-05-01' }), 'inna'))).toEqual(['validFrom'])
    expect(checkStatute(seniorsStatute({ seats: [] }), 'inna')).toEqual([
      { field: 'seats', detail: 'Określ co najmniej jedną kategorię miejsc w radzie.' },
    ])
  })
})

describe('statute versions', () => {
  const v1: StatuteVersion = { version: 1, statute: seniorsStatute(), applies: 'od_razu' }
  const v2: StatuteVersion = {
    version: 2,
    statute: seniorsStatute({ validFrom: '2027-09-01', act: { number: 'X/10/2027', date: '2027-08-20' } }),
    applies: 'od_nastepnej_kadencji',
  }
  const v3: StatuteVersion = {
    version: 3,
    statute: seniorsStatute({ validFrom: '2028-01-01', act: { number: 'X/20/2027', date: '2027-12-15' } }),
    applies: 'od_razu',
  }

  it('give the version in force on a day', () => {
    expect(statuteForDate([v1, v2, v3], '2026-06-14')).toBeNull()
    expect(statuteForDate([v1, v2, v3], '2026-06-15')?.version).toBe(1)
    expect(statuteForDate([v3, v2, v1], '2027-09-01')?.version).toBe(2)
    expect(statuteForDate([v1, v2, v3], '2028-01-01')?.version).toBe(3)
  })

  it('keep the running term on its statute when a change applies from the next term', () => {
    expect(statuteForDate([v1, v2], '2027-10-01', '2026-07-01')?.version).toBe(1)
    expect(statuteForDate([v1, v2], '2027-10-01', '2027-09-15')?.version).toBe(2)
    // An immediate change reaches the running term.
    expect(statuteForDate([v1, v2, v3], '2028-02-01', '2026-07-01')?.version).toBe(3)
  })

  it('prefer the later version of two valid from the same day', () => {
    const same = { ...v3, version: 4, statute: { ...v3.statute, termYears: 3 } }
    expect(statuteForDate([v1, v3, same], '2028-01-01')?.version).toBe(4)
  })

  it('are added with the next number, never backdated and never unlawful', () => {
    const added = addStatuteVersion([v1], v2.statute, 'rada_seniorow', 'od_nastepnej_kadencji')
    expect(added.errors).toEqual([])
    expect(added.versions.map((v) => [v.version, v.applies])).toEqual([
      [1, 'od_razu'],
      [2, 'od_nastepnej_kadencji'],
    ])
    const backdated = addStatuteVersion(
      added.versions,
      seniorsStatute({ validFrom: '2027-01-01' }),
      'rada_seniorow',
      'od_razu',
    )
    expect(backdated.versions).toHaveLength(2)
    expect(fields(backdated.errors)).toEqual(['validFrom'])
    const unlawful = addStatuteVersion([], rdppStatute({ termYears: 4 }), 'rdpp', 'od_razu')
    expect(unlawful.versions).toEqual([])
    expect(fields(unlawful.errors)).toEqual(['termYears'])
    expect(addStatuteVersion([], rdppStatute(), 'rdpp', 'od_razu').versions[0]?.version).toBe(1)
  })
})
