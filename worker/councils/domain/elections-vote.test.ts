import { describe, expect, it } from 'vitest'
import { checkElectionBallot, electorWho, type ElectionBallotInput, type ElectionBallotRules } from './elections-vote'

const constituencies = [
  { key: 'sp1', name: 'Szkoła Podstawowa nr 1', candidates: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
  { key: 'sp2', name: 'Szkoła Podstawowa nr 2', candidates: [{ id: 'd' }] },
]
const rules: ElectionBallotRules = { votesPerBallot: 2, voterMinAge: 13, voterMaxAge: 18 }
const day = '2026-12-05'
const ballot = (over: Partial<ElectionBallotInput> = {}): ElectionBallotInput => ({
  birthDate: '2011-12-05',
  constituency: 'sp1',
  choices: ['a'],
  eligibilityDeclared: true,
  ...over,
})
const fields = (input: ElectionBallotInput, r = rules) =>
  checkElectionBallot(r, constituencies, input, day).map((e) => e.field)

describe('who a ballot belongs to', () => {
  it('is the folded name with the birth date, so the list and the ballot meet', () => {
    expect(electorWho('Anna  Nowak', '2010-01-02')).toBe('anna nowak|2010-01-02')
    expect(electorWho('ANNA NOWAK', '2010-01-02')).toBe(electorWho('anna nowak', '2010-01-02'))
    expect(electorWho('Łukasz  Źdźbło-Wąs', '2010-01-02')).toBe('lukasz zdzblo was|2010-01-02')
    expect(electorWho('Anna Nowak', '2010-01-02')).not.toBe(electorWho('Anna Nowak', '2010-01-03'))
  })
})

describe('a ballot before it is cast', () => {
  it('accepts one to votesPerBallot distinct candidates of the chosen constituency', () => {
    expect(fields(ballot())).toEqual([])
    expect(fields(ballot({ choices: ['a', 'c'] }))).toEqual([])
  })

  it('refuses no choice, a double choice, too many and a candidate of another constituency', () => {
    expect(fields(ballot({ choices: [] }))).toEqual(['choices'])
    expect(fields(ballot({ choices: ['a', 'a'] }))).toEqual(['choices'])
    const tooMany = checkElectionBallot(rules, constituencies, ballot({ choices: ['a', 'b', 'c'] }), day)
    expect(tooMany).toEqual([
      { field: 'choices', detail: 'Na tej karcie można zaznaczyć najwyżej 2 kandydatów, a zaznaczono 3.' },
    ])
    const other = checkElectionBallot(rules, constituencies, ballot({ choices: ['d'] }), day)
    expect(other[0]).toEqual({
      field: 'choices',
      detail: 'Zaznaczyć można tylko kandydatów z okręgu Szkoła Podstawowa nr 1.',
    })
    expect(fields(ballot({ choices: ['a', 'b'] }), { ...rules, votesPerBallot: 1 })).toEqual(['choices'])
  })

  it('refuses a constituency the election does not have', () => {
    expect(fields(ballot({ constituency: 'lo' }))).toEqual(['constituency'])
  })

  it('counts the age on the day of the vote, both limits included', () => {
    expect(fields(ballot({ birthDate: '2013-12-05' }))).toEqual([]) // 13 today
    expect(fields(ballot({ birthDate: '2008-12-06' }))).toEqual([]) // 18 until tomorrow
    const young = checkElectionBallot(rules, constituencies, ballot({ birthDate: '2013-12-06' }), day)
    expect(young).toEqual([
      { field: 'birthDate', detail: 'W tych wyborach głosują osoby w wieku od 13 do 18 lat, a Ty masz 12.' },
    ])
    expect(fields(ballot({ birthDate: '2007-12-05' }))).toEqual(['birthDate']) // 19 today
  })

  it('names a lower limit alone (a seniors council) and an upper limit alone', () => {
    const seniors = { votesPerBallot: 1, voterMinAge: 60, voterMaxAge: null }
    expect(checkElectionBallot(seniors, constituencies, ballot({ birthDate: '1966-12-06' }), day)[0]?.detail).toBe(
      'W tych wyborach głosują osoby w wieku co najmniej 60 lat, a Ty masz 59.',
    )
    expect(fields(ballot({ birthDate: '1966-12-05' }), seniors)).toEqual([])
    const upper = { votesPerBallot: 1, voterMinAge: null, voterMaxAge: 25 }
    expect(checkElectionBallot(upper, constituencies, ballot({ birthDate: '1990-01-01' }), day)[0]?.detail).toBe(
      'W tych wyborach głosują osoby w wieku najwyżej 25 lat, a Ty masz 36.',
    )
    expect(fields(ballot({ birthDate: '1930-01-01' }), { ...upper, voterMaxAge: null })).toEqual([])
  })

  it('refuses a birth date that is not a day or lies in the future', () => {
    expect(fields(ballot({ birthDate: '2011-02-30' }))).toEqual(['birthDate'])
    expect(fields(ballot({ birthDate: '2026-12-06' }), { ...rules, voterMinAge: null })).toEqual(['birthDate'])
  })

  it('asks for the declaration of the right to vote', () => {
    expect(fields(ballot({ eligibilityDeclared: false }))).toEqual(['eligibilityDeclared'])
  })
})
