import { describe, expect, it } from 'vitest'
import {
  allowedAnswerActions,
  answerKindLabels,
  answerKinds,
  answerTransitions,
  applyAnswerAction,
  type Answer,
  type AnswerAction,
  type AnswerSettings,
  type AnswerStep,
} from './answers'

const twoPerson: AnswerSettings = { review: 'two_person', afterApproval: 'locked' }
const single: AnswerSettings = { review: 'single', afterApproval: 'reopen' }
const at = new Date('2026-10-20T10:00:00Z')
const content = {
  kind: 'rejected',
  justification: 'Zadanie realizuje już gminne schronisko na podstawie umowy wieloletniej.',
}

/** Applies a step and fails the test when it is refused. */
function step(answer: Answer | null, action: AnswerAction, s: Partial<AnswerStep>, settings: AnswerSettings): Answer {
  const result = applyAnswerAction(answer, action, { by: 'anna', at, ...s }, settings)
  if ('refusal' in result) throw new Error(result.refusal.message)
  return result.answer
}
const refusal = (answer: Answer | null, action: AnswerAction, s: Partial<AnswerStep>, settings: AnswerSettings) => {
  const result = applyAnswerAction(answer, action, { by: 'anna', at, ...s }, settings)
  return 'refusal' in result ? result.refusal : null
}

describe('answer kinds', () => {
  it('are the five answers of the report, with their Polish names', () => {
    expect(answerKinds.map((k) => answerKindLabels[k])).toEqual([
      'uwzględniona',
      'częściowo uwzględniona',
      'nieuwzględniona',
      'nie dotyczy przedmiotu konsultacji',
      'uwzględniona w obecnym brzmieniu',
    ])
  })
})

describe('answer state machine', () => {
  it('moves draft → proposed → approved, with a return to the draft', () => {
    expect(answerTransitions).toEqual({
      draft: { save: 'draft', propose: 'proposed', approve: 'approved' },
      proposed: { approve: 'approved', return: 'draft' },
      approved: { reopen: 'draft' },
    })
  })

  it('lets one person prepare and another approve, keeping every step', () => {
    let answer = step(null, 'save', content, twoPerson)
    expect(answer).toMatchObject({ status: 'draft', kind: 'rejected', preparedBy: 'anna', approvedBy: null })
    answer = step(answer, 'propose', {}, twoPerson)
    expect(refusal(answer, 'approve', {}, twoPerson)?.message).toBe(
      'Odpowiedź zatwierdza inna osoba niż ta, która ją przygotowała (ustawienia konsultacji).',
    )
    answer = step(answer, 'approve', { by: 'piotr', at: new Date('2026-10-21T08:00:00Z') }, twoPerson)
    expect(answer).toMatchObject({ status: 'approved', approvedBy: 'piotr', preparedBy: 'anna' })
    expect(answer.history.map((e) => [e.action, e.status, e.by, e.at])).toEqual([
      ['save', 'draft', 'anna', '2026-10-20T10:00:00.000Z'],
      ['propose', 'proposed', 'anna', '2026-10-20T10:00:00.000Z'],
      ['approve', 'approved', 'piotr', '2026-10-21T08:00:00.000Z'],
    ])
  })

  it('refuses under two-person review an approval that skips the proposal', () => {
    const draft = step(null, 'save', content, twoPerson)
    expect(refusal(draft, 'approve', { by: 'piotr' }, twoPerson)?.message).toBe(
      'Odpowiedź trzeba najpierw przekazać do zatwierdzenia.',
    )
  })

  it('returns a proposed answer with a reason, and the preparer corrects it', () => {
    const proposed = step(step(null, 'save', content, twoPerson), 'propose', {}, twoPerson)
    expect(refusal(proposed, 'save', content, twoPerson)?.message).toBe(
      'Odpowiedź czeka na zatwierdzenie: aby ją zmienić, najpierw ją zwróć do poprawy.',
    )
    expect(refusal(proposed, 'return', { by: 'piotr' }, twoPerson)?.errors).toEqual([
      { field: 'note', detail: 'Napisz, co trzeba poprawić w odpowiedzi.' },
    ])
    const returned = step(proposed, 'return', { by: 'piotr', note: 'Dopisz numer umowy.' }, twoPerson)
    expect(returned.status).toBe('draft')
    // The history's step, checked apart: `action: '…'` in worker/ is read as an audit action (tests/unit/i18n.test.ts).
    expect(returned.history.at(-1)?.action).toBe('return')
    expect(returned.history.at(-1)).toMatchObject({ note: 'Dopisz numer umowy.', by: 'piotr' })
    const corrected = step(
      returned,
      'save',
      { ...content, justification: `${content.justification} Umowa nr 12/2025.` },
      twoPerson,
    )
    expect(corrected.history).toHaveLength(4)
  })

  it('needs a kind and a justification before an answer leaves the draft', () => {
    const empty = step(null, 'save', { kind: null, justification: 'krótko' }, single)
    expect(refusal(empty, 'propose', {}, single)).toEqual({
      message: 'Odpowiedź jest niepełna.',
      errors: [
        { field: 'kind', detail: 'Wybierz rozstrzygnięcie uwagi.' },
        {
          field: 'justification',
          detail:
            'Uzasadnij rozstrzygnięcie (co najmniej 10 znaków): raport z konsultacji podaje je przy każdej uwadze.',
        },
      ],
    })
    expect(refusal(null, 'save', { kind: 'maybe' }, single)?.errors).toEqual([
      { field: 'kind', detail: 'Nieznane rozstrzygnięcie uwagi.' },
    ])
    expect(refusal(null, 'approve', {}, single)?.message).toBe(
      'Ta uwaga nie ma jeszcze odpowiedzi: najpierw ją zapisz.',
    )
  })

  it('lets the preparer approve alone under single review', () => {
    const approved = step(step(null, 'save', content, single), 'approve', {}, single)
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'anna' })
  })

  it('keeps an approved answer final, or reopens it with a reason, by the setting', () => {
    const approvedLocked = step(
      step(step(null, 'save', content, twoPerson), 'propose', {}, twoPerson),
      'approve',
      { by: 'piotr' },
      twoPerson,
    )
    expect(refusal(approvedLocked, 'reopen', { note: 'Zmiana stanowiska.' }, twoPerson)?.message).toBe(
      'Odpowiedź jest zatwierdzona, a ustawienia konsultacji nie pozwalają jej zmieniać.',
    )
    expect(refusal(approvedLocked, 'save', content, twoPerson)?.message).toBe(
      'Odpowiedź jest zatwierdzona, a ustawienia konsultacji nie pozwalają jej zmieniać.',
    )
    const approved = step(step(null, 'save', content, single), 'approve', {}, single)
    expect(refusal(approved, 'save', content, single)?.message).toBe(
      'Zatwierdzoną odpowiedź najpierw przywróć do wersji roboczej.',
    )
    const reopened = step(approved, 'reopen', { note: 'Rada zmieniła stanowisko.' }, single)
    expect(reopened).toMatchObject({ status: 'draft', approvedBy: null, kind: 'rejected' })
    const changed = step(
      reopened,
      'save',
      { kind: 'partly_accepted', justification: 'Uwzględniono w § 6 pkt 5.' },
      single,
    )
    // The history keeps the approved version next to the change.
    expect(changed.history.map((e) => [e.status, e.kind])).toEqual([
      ['draft', 'rejected'],
      ['approved', 'rejected'],
      ['draft', 'rejected'],
      ['draft', 'partly_accepted'],
    ])
  })

  it('offers each person only the steps they may take', () => {
    const draft = step(null, 'save', content, twoPerson)
    expect(allowedAnswerActions(null, 'anna', twoPerson)).toEqual(['save'])
    expect(allowedAnswerActions(draft, 'anna', twoPerson)).toEqual(['save', 'propose'])
    const proposed = step(draft, 'propose', {}, twoPerson)
    expect(allowedAnswerActions(proposed, 'anna', twoPerson)).toEqual(['return'])
    expect(allowedAnswerActions(proposed, 'piotr', twoPerson)).toEqual(['approve', 'return'])
    const approved = step(proposed, 'approve', { by: 'piotr' }, twoPerson)
    expect(allowedAnswerActions(approved, 'piotr', twoPerson)).toEqual([])
    expect(allowedAnswerActions(approved, 'piotr', { ...twoPerson, afterApproval: 'reopen' })).toEqual(['reopen'])
    expect(allowedAnswerActions(draft, 'anna', single)).toEqual(['save', 'propose', 'approve'])
  })
})
