import { describe, expect, it } from 'vitest'
import { checkSurvey, checkSurveyAnswers, cleanSurveyAnswers, type SurveyQuestion } from './survey'

const questions: SurveyQuestion[] = [
  { id: 'wiek', kind: 'single', text: 'Ile masz lat?', options: ['do 18', '18–64', '65+'], required: true },
  { id: 'tematy', kind: 'multiple', text: 'Co jest ważne?', options: ['drzewa', 'krzewy'] },
  { id: 'ocena', kind: 'scale', text: 'Ocena projektu', min: 1, max: 5 },
  { id: 'inne', kind: 'open', text: 'Coś jeszcze?' },
]

const fields = (errors: { field: string }[]) => errors.map((e) => e.field)

describe('the survey asked with a comment', () => {
  it('accepts well-formed questions and names each broken rule by its field', () => {
    expect(checkSurvey(questions)).toEqual([])
    expect(
      fields(
        checkSurvey([
          { id: 'a b', kind: 'open', text: 'x' },
          { id: 'q', kind: 'single', text: 'x', options: ['tak'] },
          { id: 'q', kind: 'multiple', text: 'x', options: ['tak', 'tak'] },
          { id: 's', kind: 'scale', text: 'x', min: 5, max: 5 },
          { id: 'o', kind: 'open', text: ' ', options: ['a'] },
        ]),
      ),
    ).toEqual([
      'questions.0.id',
      'questions.1.options',
      'questions.2.id',
      'questions.2.options',
      'questions.3.max',
      'questions.4.text',
      'questions.4.options',
    ])
    expect(
      fields(checkSurvey(Array.from({ length: 21 }, (_, i) => ({ id: `q${i}`, kind: 'open', text: 'x' })))),
    ).toEqual(['questions'])
  })

  it('checks answers against the questions: required ones, options, the scale, unknown ids', () => {
    expect(checkSurveyAnswers(questions, { wiek: '18–64', tematy: ['krzewy'], ocena: 3, inne: 'nic' })).toEqual([])
    expect(checkSurveyAnswers(questions, { wiek: '65+' })).toEqual([])
    expect(
      fields(checkSurveyAnswers(questions, { tematy: ['drzewa', 'drzewa'], ocena: 6, inne: 5, obce: 'x' })),
    ).toEqual([
      'surveyAnswers.obce',
      'surveyAnswers.wiek',
      'surveyAnswers.tematy',
      'surveyAnswers.ocena',
      'surveyAnswers.inne',
    ])
    expect(fields(checkSurveyAnswers(questions, { wiek: 'inny', ocena: 2.5 }))).toEqual([
      'surveyAnswers.wiek',
      'surveyAnswers.ocena',
    ])
    expect(fields(checkSurveyAnswers(questions, undefined))).toEqual(['surveyAnswers.wiek'])
    expect(checkSurveyAnswers([], undefined)).toEqual([])
  })

  it('keeps only answered questions, trimmed', () => {
    expect(cleanSurveyAnswers(questions, { wiek: ' 65+ ', tematy: [], ocena: 4, inne: '  ' })).toEqual({
      wiek: '65+',
      ocena: 4,
    })
  })
})
