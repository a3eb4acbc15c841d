import { bodyLaws, type BodyKind, type Level } from './bodies'
import { rdppStatute, seniorsStatute } from './fixtures'
import type { SeatCategory, Statute } from './statute'

/**
 * The statute a new body's editor starts from: what the law fixes for its kind at the JST's level (the RDPP's
 * three groups with half for NGOs, its 3-year term and 3 absences; a rada seniorów of seniors, NGOs and a UTW with no
 * age rule; a youth council of 13–18-year-olds with a guardian's consent under 18) and the usual practice elsewhere
 * (half of the composition for quorum, simple majority). Only the resolution's number is left empty, so the template
 * cannot be stored unchanged: the office has to name the act it copies the statute from.
 */
export function statuteTemplate(kind: BodyKind, level: Level, today: string): Statute {
  const act = { number: '', date: today }
  const base = { act, validFrom: today }
  if (kind === 'rdpp') {
    const council = level === 'powiat' ? 'Rady Powiatu' : 'Rady Gminy'
    const executive = level === 'powiat' ? 'Zarządu Powiatu' : 'Wójta (Burmistrza, Prezydenta Miasta)'
    const fixture = rdppStatute()
    return {
      ...fixture,
      ...base,
      termYears: bodyLaws.rdpp.termYears ?? 3,
      seats: fixture.seats.map((s) =>
        s.key === 'rada'
          ? { ...s, name: `przedstawiciele ${council}` }
          : s.key === 'wojt'
            ? { ...s, name: `przedstawiciele ${executive}` }
            : s,
      ),
    }
  }
  if (kind === 'rada_seniorow') return { ...seniorsStatute(), ...base }
  const seat = (over: Partial<SeatCategory>): SeatCategory => ({
    key: 'czlonkowie',
    name: 'członkowie',
    seats: 7,
    represents: 'inni',
    fill: 'powolanie',
    constituencies: [],
    onePerOrganisation: false,
    ...over,
  })
  const common = {
    ...base,
    constituencies: [],
    support: null,
    residenceRequired: false,
    quorum: { numerator: 1, denominator: 2, base: 'sklad' as const },
    majority: { kind: 'zwykla' as const },
    chairDecidesTie: false,
    absences: null,
    opinionDays: 21,
  }
  if (kind === 'mlodziezowa_rada')
    return {
      ...common,
      termYears: 2,
      seats: [seat({ key: 'radni', name: 'radni młodzieżowi', seats: 15, represents: 'mlodziez', fill: 'wybory' })],
      age: { minAge: 13, maxAge: 18, on: 'dzien_wyborow' },
      support: { signatures: 15, onePerSupporter: false, supporterMinAge: null },
      guardianConsentUnder: 18,
      absences: { consecutiveUnexcused: 3 },
    }
  return { ...common, termYears: 4, seats: [seat({})], age: null, guardianConsentUnder: null }
}
