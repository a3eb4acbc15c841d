import { describe, expect, it } from 'vitest'
import { addMessages, translate } from '../../core/i18n'
import { checkReapplication } from '../domain/applications'
import { rdppStatute } from '../domain/fixtures'
import { checkStatute } from '../domain/statute'
import { tallyResolution } from '../domain/votes'
import en from './en'

describe('the councils’ English', () => {
  addMessages('en', en)

  it('translates a refusal with its numbers and the citation inside it', () => {
    const short = rdppStatute()
    short.seats[2]!.seats = 5
    const [error] = checkStatute(short, 'rdpp')
    expect(translate(error!.detail, 'en')).toBe(
      'Non-governmental organisations must hold at least half of the seats (art. 41f of the Act on Public Benefit Activity and Volunteering): with 11 seats at least 6, and the statute gives them 5.',
    )
  })

  it('translates the date inside a refusal', () => {
    const refusal = checkReapplication(
      'mlodziezowa_rada',
      'a',
      'organizacje',
      [{ applicantKey: 'a', applicantKind: 'organizacje', refusedOn: '2026-08-31' }],
      '2026-12-01',
    )
    expect(translate(refusal!.detail, 'en')).toBe(
      "This applicant's previous application was rejected: another may be filed after 6 months, from 1 March 2027 (art. 5b(2)–(4) of the Municipal Self-Government Act).",
    )
  })

  it('translates the outcome of a vote', () => {
    const members = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, name: '', inOffice: true, chair: false }))
    const tally = tallyResolution(rdppStatute(), members, [{ memberId: 'm0', option: 'za' }])
    expect(translate(tally.detail, 'en')).toBe(
      'No quorum: members present 1, at least 6 required. The resolution was not adopted.',
    )
  })
})
