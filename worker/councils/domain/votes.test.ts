import { describe, expect, it } from 'vitest'
import { rdppStatute, youthStatute } from './fixtures'
import {
  absenceFlags,
  checkVotes,
  type Member,
  type MeetingAttendance,
  type MemberVote,
  tallyResolution,
  type VoteOption,
} from './votes'

/** The RDPP of the fixtures: 12 seats, quorum half of the composition (6), simple majority, the chair decides ties. */
const members: Member[] = Array.from({ length: 12 }, (_, i) => ({
  id: `m${i + 1}`,
  name: `Członek ${i + 1}`,
  inOffice: true,
  chair: i === 0,
}))
const cast = (...options: VoteOption[]): MemberVote[] => options.map((option, i) => ({ memberId: `m${i + 1}`, option }))

describe('a resolution vote', () => {
  it('needs a quorum of present members, "nie głosował" counting as present', () => {
    const none = tallyResolution(rdppStatute(), members, cast('za', 'za', 'za', 'za', 'za'))
    expect(none).toMatchObject({ outcome: 'brak_kworum', adopted: false, present: 5, quorum: 6 })
    expect(none.detail).toBe('Brak kworum: liczba obecnych członków 5, a wymagana co najmniej 6. Uchwały nie podjęto.')
    const enough = tallyResolution(
      rdppStatute(),
      members,
      cast('za', 'za', 'za', 'przeciw', 'wstrzymuje_sie', 'nie_glosowal'),
    )
    expect(enough).toMatchObject({ outcome: 'przyjeta', adopted: true, present: 6, needed: 2 })
    expect(enough.counts).toEqual({ za: 3, przeciw: 1, wstrzymuje_sie: 1, nie_glosowal: 1 })
    expect(enough.detail).toBe('Uchwałę podjęto: za 3, przeciw 1, wstrzymało się 1 (potrzeba co najmniej 2 głosów za).')
  })

  it('takes the quorum of the members in office when the statute says so', () => {
    const statute = youthStatute() // 15 seats, quorum half of those in office
    const youth: Member[] = Array.from({ length: 15 }, (_, i) => ({
      id: `m${i + 1}`,
      name: `Radny ${i + 1}`,
      inOffice: i < 10,
      chair: false,
    }))
    expect(tallyResolution(statute, youth, cast('za', 'za', 'za', 'za', 'za')).quorum).toBe(5)
    expect(tallyResolution(statute, youth, cast('za', 'za', 'za', 'za', 'za')).outcome).toBe('przyjeta')
  })

  it('adopts by a simple majority when more vote for than against, abstentions aside', () => {
    const r = tallyResolution(
      rdppStatute(),
      members,
      cast('za', 'za', 'przeciw', 'wstrzymuje_sie', 'wstrzymuje_sie', 'wstrzymuje_sie'),
    )
    expect(r.adopted).toBe(true)
    const rejected = tallyResolution(
      rdppStatute(),
      members,
      cast('przeciw', 'za', 'przeciw', 'przeciw', 'za', 'nie_glosowal'),
    )
    expect(rejected).toMatchObject({ outcome: 'odrzucona', adopted: false, needed: 4 })
    expect(rejected.detail).toBe(
      'Uchwały nie podjęto: za 2, przeciw 3, wstrzymało się 0, a potrzeba co najmniej 4 głosów za.',
    )
    const nobody = tallyResolution(rdppStatute(), members, cast(...Array<VoteOption>(6).fill('wstrzymuje_sie')))
    expect(nobody.adopted).toBe(false)
  })

  it('lets the chair decide a tie when the statute says so, and only then', () => {
    const tieFor = tallyResolution(
      rdppStatute(),
      members,
      cast('za', 'za', 'przeciw', 'przeciw', 'wstrzymuje_sie', 'nie_glosowal'),
    )
    expect(tieFor).toMatchObject({ outcome: 'przyjeta', adopted: true, chairDecided: true })
    expect(tieFor.detail).toBe(
      'Równa liczba głosów za i przeciw (2): rozstrzygnął głos przewodniczącego, uchwałę podjęto.',
    )
    const tieAgainst = tallyResolution(
      rdppStatute(),
      members,
      cast('przeciw', 'za', 'za', 'przeciw', 'wstrzymuje_sie', 'nie_glosowal'),
    )
    expect(tieAgainst).toMatchObject({ outcome: 'odrzucona', chairDecided: true })
    const chairAbstains = tallyResolution(
      rdppStatute(),
      members,
      cast('wstrzymuje_sie', 'za', 'przeciw', 'za', 'przeciw', 'nie_glosowal'),
    )
    expect(chairAbstains).toMatchObject({ outcome: 'odrzucona', chairDecided: false })
    const noRule = tallyResolution(
      rdppStatute({ chairDecidesTie: false }),
      members,
      cast('za', 'za', 'przeciw', 'przeciw', 'wstrzymuje_sie', 'nie_glosowal'),
    )
    expect(noRule).toMatchObject({ outcome: 'odrzucona', chairDecided: false })
  })

  it('counts an absolute majority of the votes cast, abstentions included', () => {
    const statute = rdppStatute({ majority: { kind: 'bezwzgledna', base: 'oddane' } })
    // 4 for, 1 against, 2 abstaining: 7 cast, more than half is 4.
    expect(
      tallyResolution(statute, members, cast('za', 'za', 'za', 'za', 'przeciw', 'wstrzymuje_sie', 'wstrzymuje_sie')),
    ).toMatchObject({ adopted: true, needed: 4 })
    // 3 for, 1 against, 2 abstaining: 6 cast, 3 is not more than half.
    expect(
      tallyResolution(statute, members, cast('za', 'za', 'za', 'przeciw', 'wstrzymuje_sie', 'wstrzymuje_sie')),
    ).toMatchObject({ adopted: false, needed: 4 })
  })

  it('counts an absolute majority of the composition and a qualified majority', () => {
    const ofComposition = rdppStatute({ majority: { kind: 'bezwzgledna', base: 'sklad' } })
    expect(
      tallyResolution(ofComposition, members, cast('za', 'za', 'za', 'za', 'za', 'za', 'nie_glosowal')).needed,
    ).toBe(7)
    expect(tallyResolution(ofComposition, members, cast('za', 'za', 'za', 'za', 'za', 'za', 'za')).adopted).toBe(true)
    const twoThirds = rdppStatute({ majority: { kind: 'kwalifikowana', numerator: 2, denominator: 3, base: 'obecni' } })
    // 9 present: at least 6.
    expect(
      tallyResolution(twoThirds, members, cast('za', 'za', 'za', 'za', 'za', 'za', 'przeciw', 'przeciw', 'przeciw')),
    ).toMatchObject({ adopted: true, needed: 6 })
    expect(
      tallyResolution(
        twoThirds,
        members,
        cast('za', 'za', 'za', 'za', 'za', 'przeciw', 'przeciw', 'przeciw', 'nie_glosowal'),
      ),
    ).toMatchObject({ adopted: false, needed: 6 })
  })

  it('refuses to count a record with strangers, members out of office or double votes', () => {
    const out = members.map((m) => (m.id === 'm2' ? { ...m, inOffice: false } : m))
    const votes: MemberVote[] = [
      { memberId: 'm1', option: 'za' },
      { memberId: 'm2', option: 'za' },
      { memberId: 'x', option: 'za' },
      { memberId: 'm1', option: 'przeciw' },
    ]
    expect(checkVotes(out, votes)).toEqual([
      { field: 'votes.1', detail: 'Głosować może tylko członek rady w trakcie kadencji.' },
      { field: 'votes.2', detail: 'Głosować może tylko członek rady w trakcie kadencji.' },
      { field: 'votes.3', detail: 'Ten członek już głosował.' },
    ])
    expect(() => tallyResolution(rdppStatute(), out, votes)).toThrow('Ten członek już głosował.')
    expect(checkVotes(members, [{ memberId: 'm1', option: 'tak' as VoteOption }])).toEqual([
      { field: 'votes.0', detail: 'Nieznany rodzaj głosu.' },
    ])
  })
})

describe('the absences rule', () => {
  const meeting = (id: string, day: string, attendance: MeetingAttendance['attendance']): MeetingAttendance => ({
    meetingId: id,
    day,
    attendance,
  })

  it('flags 3 consecutive unexcused absences; an excuse or a presence ends the run', () => {
    const history = [
      meeting('s4', '2027-04-10', { a: 'nieobecny', b: 'nieobecny', c: 'nieobecny' }),
      meeting('s1', '2027-01-10', { a: 'nieobecny', b: 'nieobecny', c: 'obecny' }),
      meeting('s2', '2027-02-10', { a: 'nieobecny', b: 'usprawiedliwiony', c: 'nieobecny' }),
      meeting('s3', '2027-03-10', { a: 'nieobecny', b: 'nieobecny', c: 'nieobecny' }),
    ]
    expect(absenceFlags(history, { consecutiveUnexcused: 3 })).toEqual([
      { memberId: 'a', meetings: ['s1', 's2', 's3', 's4'], since: '2027-01-10' },
      { memberId: 'c', meetings: ['s2', 's3', 's4'], since: '2027-02-10' },
    ])
  })

  it('forgets a run the member has since broken by coming', () => {
    const history = [
      meeting('s1', '2027-01-10', { a: 'nieobecny' }),
      meeting('s2', '2027-02-10', { a: 'nieobecny' }),
      meeting('s3', '2027-03-10', { a: 'nieobecny' }),
      meeting('s4', '2027-04-10', { a: 'obecny' }),
    ]
    expect(absenceFlags(history, { consecutiveUnexcused: 3 })).toEqual([])
  })

  it('skips meetings before a member took office', () => {
    const history = [
      meeting('s1', '2027-01-10', { a: 'obecny' }),
      meeting('s2', '2027-02-10', { a: 'obecny', d: 'nieobecny' }),
      meeting('s3', '2027-03-10', { a: 'obecny', d: 'nieobecny' }),
    ]
    expect(absenceFlags(history, { consecutiveUnexcused: 3 })).toEqual([])
    expect(absenceFlags(history, { consecutiveUnexcused: 2 })).toEqual([
      { memberId: 'd', meetings: ['s2', 's3'], since: '2027-02-10' },
    ])
  })
})
