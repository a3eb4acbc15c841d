import type { FieldError } from '../../core/http/problem'

/**
 * The official answer to a comment, as data and a small state machine. The report of a consultation lists every
 * comment with the gmina's position and its reasons (legal-pl §2.4), so each comment gets one of five answers with a
 * justification. Where the consultation asks for it, one person prepares an answer and another approves it; after
 * approval it is either final or may be reopened, by the consultation's setting; and every step is kept, so the
 * report can show who decided what and when. Pure: the actions store what `applyAnswerAction` returns (answering a
 * group of identical comments applies the same step to each member), the web offers only the steps it allows.
 */

/** The answers the report uses (Warsaw's platform uses the same set, plus "for further analysis"). */
export const answerKinds = ['accepted', 'partly_accepted', 'rejected', 'out_of_scope', 'already_included'] as const
export type AnswerKind = (typeof answerKinds)[number]

/** Their Polish names, as the report prints them. */
export const answerKindLabels: Record<AnswerKind, string> = {
  accepted: 'uwzględniona',
  partly_accepted: 'częściowo uwzględniona',
  rejected: 'nieuwzględniona',
  out_of_scope: 'nie dotyczy przedmiotu konsultacji',
  already_included: 'uwzględniona w obecnym brzmieniu',
}

/** Whether `key` is an answer kind (e.g. a value read from a request). */
export function isAnswerKind(key: string): key is AnswerKind {
  return (answerKinds as readonly string[]).includes(key)
}

/** Where an answer is: being written, waiting for approval, or approved (what the report shows). */
export const answerStatuses = ['draft', 'proposed', 'approved'] as const
export type AnswerStatus = (typeof answerStatuses)[number]

export const answerStatusLabels: Record<AnswerStatus, string> = {
  draft: 'robocza',
  proposed: 'do zatwierdzenia',
  approved: 'zatwierdzona',
}

/** The consultation's settings for answers. */
export interface AnswerSettings {
  /** `single`: whoever prepares an answer may approve it; `two_person`: someone else must. */
  review: 'single' | 'two_person'
  /** `locked`: an approved answer is final; `reopen`: it may go back to a draft, its history kept. */
  afterApproval: 'locked' | 'reopen'
}

/** The steps a person takes on an answer. */
export type AnswerAction = 'save' | 'propose' | 'approve' | 'return' | 'reopen'

/**
 * The moves between statuses, as data: a draft is saved again or proposed (and, with `single` review, approved
 * directly); a proposed answer is approved or returned to a draft; an approved one may be reopened (setting
 * `reopen`). The checks of `applyAnswerAction` (who, what is filled in) come on top.
 */
export const answerTransitions: Record<AnswerStatus, Partial<Record<AnswerAction, AnswerStatus>>> = {
  draft: { save: 'draft', propose: 'proposed', approve: 'approved' },
  proposed: { approve: 'approved', return: 'draft' },
  approved: { reopen: 'draft' },
}

/** One step in an answer's history, as it was after the step. */
export interface AnswerEvent {
  action: AnswerAction
  status: AnswerStatus
  kind: AnswerKind | null
  justification: string
  /** The staff member (user id) who took the step. */
  by: string
  /** ISO instant. */
  at: string
  /** Why it was returned or reopened. */
  note?: string
}

/** An answer with its history (oldest first). */
export interface Answer {
  status: AnswerStatus
  kind: AnswerKind | null
  justification: string
  /** Who last wrote its content (save): the person who may not approve it under `two_person` review. */
  preparedBy: string
  approvedBy: string | null
  history: AnswerEvent[]
}

/** What a step brings: the content (for `save`), the reason (for `return` and `reopen`). */
export interface AnswerStep {
  by: string
  at: Date
  kind?: string | null
  justification?: string
  note?: string
}

/** A refused step: a message for the problem document, and the fields to correct. */
export interface AnswerRefusal {
  message: string
  errors: FieldError[]
}

/** A justification shorter than this is no reason (the report prints it next to the answer). */
export const MIN_JUSTIFICATION = 10

/** What is missing for an answer to leave the draft: its kind and a justification. */
export function answerIncomplete(answer: Pick<Answer, 'kind' | 'justification'>): FieldError[] {
  const errors: FieldError[] = []
  if (!answer.kind) errors.push({ field: 'kind', detail: 'Wybierz rozstrzygnięcie uwagi.' })
  if (answer.justification.trim().length < MIN_JUSTIFICATION)
    errors.push({
      field: 'justification',
      detail: `Uzasadnij rozstrzygnięcie (co najmniej ${MIN_JUSTIFICATION} znaków): raport z konsultacji podaje je przy każdej uwadze.`,
    })
  return errors
}

const refuse = (text: string, errors: FieldError[] = []): { refusal: AnswerRefusal } => ({
  refusal: { message: text, errors },
})

/**
 * `action` taken by `step.by` on `answer` (null: the comment has no answer yet, so only `save` may start one),
 * under `settings`: the answer after the step with the step appended to its history, or why it is refused. A
 * proposal and an approval need a complete answer; under `two_person` review the approver is not the person who
 * last wrote it; a returned or reopened answer needs a reason; an approved answer is reopened only if the settings
 * allow it.
 */
export function applyAnswerAction(
  answer: Answer | null,
  action: AnswerAction,
  step: AnswerStep,
  settings: AnswerSettings,
): { answer: Answer } | { refusal: AnswerRefusal } {
  if (!answer && action !== 'save') return refuse('Ta uwaga nie ma jeszcze odpowiedzi: najpierw ją zapisz.')
  const current: Answer = answer ?? {
    status: 'draft',
    kind: null,
    justification: '',
    preparedBy: step.by,
    approvedBy: null,
    history: [],
  }
  const to = answerTransitions[current.status][action]
  if (!to) {
    if (current.status === 'approved' && settings.afterApproval === 'locked')
      return refuse('Odpowiedź jest zatwierdzona, a ustawienia konsultacji nie pozwalają jej zmieniać.')
    if (current.status === 'approved') return refuse('Zatwierdzoną odpowiedź najpierw przywróć do wersji roboczej.')
    if (current.status === 'proposed' && action === 'save')
      return refuse('Odpowiedź czeka na zatwierdzenie: aby ją zmienić, najpierw ją zwróć do poprawy.')
    return refuse('Tego kroku nie można wykonać na odpowiedzi w tym stanie.')
  }
  if (action === 'reopen' && settings.afterApproval === 'locked')
    return refuse('Odpowiedź jest zatwierdzona, a ustawienia konsultacji nie pozwalają jej zmieniać.')

  const next: Answer = { ...current, status: to, history: current.history }
  if (action === 'save') {
    const kind = step.kind ?? null
    if (kind !== null && !isAnswerKind(kind))
      return refuse('Nieznane rozstrzygnięcie uwagi.', [{ field: 'kind', detail: 'Nieznane rozstrzygnięcie uwagi.' }])
    next.kind = kind
    next.justification = step.justification ?? ''
    next.preparedBy = step.by
  }
  if (action === 'propose' || action === 'approve') {
    const missing = answerIncomplete(next)
    if (missing.length) return refuse('Odpowiedź jest niepełna.', missing)
  }
  if (action === 'approve') {
    if (settings.review === 'two_person' && step.by === current.preparedBy)
      return refuse('Odpowiedź zatwierdza inna osoba niż ta, która ją przygotowała (ustawienia konsultacji).')
    if (settings.review === 'two_person' && current.status !== 'proposed')
      return refuse('Odpowiedź trzeba najpierw przekazać do zatwierdzenia.')
    next.approvedBy = step.by
  }
  if (action === 'return' || action === 'reopen') {
    if (!step.note?.trim())
      return refuse('Podaj powód.', [{ field: 'note', detail: 'Napisz, co trzeba poprawić w odpowiedzi.' }])
    next.approvedBy = null
  }
  const event: AnswerEvent = {
    action,
    status: to,
    kind: next.kind,
    justification: next.justification,
    by: step.by,
    at: step.at.toISOString(),
    ...(step.note?.trim() ? { note: step.note.trim() } : {}),
  }
  next.history = [...current.history, event]
  return { answer: next }
}

/** The steps `by` may take on `answer` now, for the buttons the web shows. */
export function allowedAnswerActions(answer: Answer | null, by: string, settings: AnswerSettings): AnswerAction[] {
  if (!answer) return ['save']
  return (Object.keys(answerTransitions[answer.status]) as AnswerAction[]).filter((action) => {
    if (action === 'reopen') return settings.afterApproval === 'reopen'
    if (action === 'approve' && settings.review === 'two_person')
      return answer.status === 'proposed' && answer.preparedBy !== by
    return true
  })
}
