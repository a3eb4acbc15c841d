import { describe, expect, it } from 'vitest'
import { addMessages, translate } from '../../core/i18n'
import en from '../i18n/en'
import { applyAnswerAction } from './answers'
import { checkLaunch, presets, type LaunchInput } from './presets'

/**
 * The module's refusals read as whole English sentences: every placeholder's value (a date, "30 dni", a statute, a
 * form's name) is translated inside its sentence. `tests/unit/server-messages.test.ts` checks that every Polish text
 * has an entry once the module's manifest registers this catalogue.
 */
addMessages('en', en)

const POLISH = /[ąćęłńóśźż]|\b(dni|dzień|ustawy|września|października|listopada)\b/i

const input: LaunchInput = {
  subject: '',
  purpose: 'Cel',
  startDate: '2026-09-07',
  endDate: '2026-10-05',
  participants: 'Mieszkańcy',
  area: 'Gmina',
  forms: ['meeting'],
  responsibleUnit: 'Referat',
  resultsForm: 'BIP',
  legalBasis: presets.rewitalizacja.legalBasis,
  audience: 'both',
  publicTaskAreas: [],
}

describe('English of the consultation rules', () => {
  it('translates every refusal and warning of a launch, values included', () => {
    const now = new Date('2026-09-01T08:00:00Z')
    const check = checkLaunch(input, presets.rewitalizacja, now)
    const late = checkLaunch(
      {
        ...input,
        subject: 'x',
        audience: 'ngos',
        publicTaskAreas: ['kultura'],
        forms: ['written'],
        startDate: '2026-11-02',
        endDate: '2026-11-08',
      },
      presets.program_wspolpracy,
      new Date('2026-11-01T08:00:00Z'),
    )
    const texts = [...check.errors, ...late.errors, ...late.warnings].map((e) => translate(e.detail, 'en'))
    expect(texts.length).toBeGreaterThanOrEqual(6)
    for (const text of texts) expect(text, text).not.toMatch(POLISH)
    expect(texts).toContain(
      'A consultation from 7 September 2026 to 5 October 2026 lasts 29 days, and at least 30 days are required (art. 6 of the Urban Regeneration Act). The earliest possible last day is 6 October 2026.',
    )
  })

  it('translates the refusals of an answer', () => {
    const result = applyAnswerAction(
      null,
      'approve',
      { by: 'anna', at: new Date() },
      {
        review: 'single',
        afterApproval: 'locked',
      },
    )
    expect('refusal' in result && translate(result.refusal.message, 'en')).toBe(
      'This comment has no answer yet: save one first.',
    )
  })
})
