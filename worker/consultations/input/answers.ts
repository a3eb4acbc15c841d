import * as v from 'valibot'
import { answerKinds } from '../domain/answers'

/*
 * The request bodies of the answers' work: one step on an answer, and the import's query. Shapes only: whether a step
 * is allowed is `applyAnswerAction`'s (domain/answers.ts), with the consultation's review setting.
 */

const number = v.pipe(v.number(), v.integer(), v.minValue(1))

/** A step on the answer to one comment answered alone, or to a group (the same answer for every member). */
export const answerStepSchema = v.object({
  target: v.union(
    [v.object({ comment: number }), v.object({ group: number })],
    'Wskaż uwagę (comment) albo grupę (group), której dotyczy odpowiedź.',
  ),
  action: v.picklist(['save', 'propose', 'approve', 'return', 'reopen'], 'Nieznany krok odpowiedzi.'),
  kind: v.optional(v.nullable(v.picklist(answerKinds, 'Nieznane rozstrzygnięcie uwagi.'))),
  justification: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(10_000, 'Uzasadnienie może mieć najwyżej 10000 znaków.')),
  ),
  note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2_000, 'Powód może mieć najwyżej 2000 znaków.'))),
  /** The answer's version the form loaded; required once the answer exists (a stale one is a 409). */
  version: v.optional(number),
})

export type AnswerStepBody = v.InferOutput<typeof answerStepSchema>

/** The import's query: `approve=1` approves the imported answers at once (single review only). */
export const answerImportQuery = v.object({
  approve: v.optional(v.picklist(['0', '1'], 'Parametr approve: 0 albo 1.')),
})
