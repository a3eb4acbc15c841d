import type { Statute } from './statute'

/**
 * Statutes the tests (and later the demo) start from, shaped on the practice legal-pl and consultations-councils
 * describe: an RDPP of 3 + 3 + 6 under upp, a rada seniorów of Niepołomice's kind (seniors with 10 supporters each,
 * organisations and a UTW nominating), a youth council elected in schools (13–18, Golina).
 */
export function rdppStatute(over: Partial<Statute> = {}): Statute {
  return {
    act: { number: 'XII/140/2026', date: '2026-02-20' },
    validFrom: '2026-03-10',
    termYears: 3,
    seats: [
      {
        key: 'rada',
        name: 'przedstawiciele Rady Gminy',
        seats: 3,
        represents: 'organ_stanowiacy',
        fill: 'powolanie',
        constituencies: [],
        onePerOrganisation: false,
      },
      {
        key: 'wojt',
        name: 'przedstawiciele Wójta',
        seats: 3,
        represents: 'organ_wykonawczy',
        fill: 'powolanie',
        constituencies: [],
        onePerOrganisation: false,
      },
      {
        key: 'ngo',
        name: 'przedstawiciele organizacji pozarządowych',
        seats: 6,
        represents: 'organizacje',
        fill: 'zgloszenie',
        constituencies: [],
        onePerOrganisation: true,
      },
    ],
    constituencies: [],
    age: null,
    support: null,
    guardianConsentUnder: null,
    residenceRequired: false,
    quorum: { numerator: 1, denominator: 2, base: 'sklad' },
    majority: { kind: 'zwykla' },
    chairDecidesTie: true,
    absences: { consecutiveUnexcused: 3 },
    opinionDays: 14,
    ...over,
  }
}

export function seniorsStatute(over: Partial<Statute> = {}): Statute {
  return {
    act: { number: 'XXX/300/2026', date: '2026-05-28' },
    validFrom: '2026-06-15',
    termYears: 4,
    seats: [
      {
        key: 'seniorzy',
        name: 'przedstawiciele osób starszych',
        seats: 5,
        represents: 'seniorzy',
        fill: 'wybory',
        constituencies: [],
        onePerOrganisation: false,
      },
      {
        key: 'organizacje',
        name: 'przedstawiciele organizacji działających na rzecz osób starszych',
        seats: 3,
        represents: 'organizacje',
        fill: 'zgloszenie',
        constituencies: [],
        onePerOrganisation: true,
      },
      {
        key: 'utw',
        name: 'przedstawiciel uniwersytetu trzeciego wieku',
        seats: 1,
        represents: 'utw',
        fill: 'zgloszenie',
        constituencies: [],
        onePerOrganisation: true,
      },
    ],
    constituencies: [],
    age: null,
    support: { signatures: 10, onePerSupporter: true, supporterMinAge: 60 },
    guardianConsentUnder: null,
    residenceRequired: true,
    quorum: { numerator: 1, denominator: 2, base: 'sklad' },
    majority: { kind: 'zwykla' },
    chairDecidesTie: false,
    absences: null,
    opinionDays: 21,
    ...over,
  }
}

export function youthStatute(over: Partial<Statute> = {}): Statute {
  return {
    act: { number: 'L/500/2026', date: '2026-08-27' },
    validFrom: '2026-09-01',
    termYears: 2,
    seats: [
      {
        key: 'radni',
        name: 'radni młodzieżowi',
        seats: 15,
        represents: 'mlodziez',
        fill: 'wybory',
        constituencies: ['sp1', 'sp2', 'lo'],
        onePerOrganisation: false,
      },
    ],
    constituencies: [
      { key: 'sp1', name: 'Szkoła Podstawowa nr 1', kind: 'szkola', seats: 5 },
      { key: 'sp2', name: 'Szkoła Podstawowa nr 2', kind: 'szkola', seats: 4 },
      { key: 'lo', name: 'Liceum Ogólnokształcące', kind: 'szkola', seats: 6 },
    ],
    age: { minAge: 13, maxAge: 18, on: 'dzien_wyborow' },
    support: { signatures: 15, onePerSupporter: false, supporterMinAge: null },
    guardianConsentUnder: 18,
    residenceRequired: false,
    quorum: { numerator: 1, denominator: 2, base: 'w_kadencji' },
    majority: { kind: 'bezwzgledna', base: 'oddane' },
    chairDecidesTie: false,
    absences: { consecutiveUnexcused: 3 },
    opinionDays: null,
    ...over,
  }
}
