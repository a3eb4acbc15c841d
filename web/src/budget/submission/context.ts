import type { JSX } from 'preact'
import type { AuthorProject, Edition } from '../types'
import type { DraftField, DraftValues } from './draft'

/** The author's draft: its id and the author's key (from the e-mailed link) that its requests carry. */
export interface Draft {
  id: string
  token: string
}

/** The wizard's steps in order; `budget.step.{key}` names each. */
export const STEP_KEYS = ['author', 'project', 'location', 'cost', 'attachments', 'people', 'review'] as const
/** How many steps there are; the last one (the review) has no Next. */
export const STEP_COUNT = 7

/**
 * What the wizard (SubmissionWizard.tsx) hands every step, so that a step file holds only its own fields: the form's
 * values and the errors next to its fields, `change` (which also schedules the autosave) and the Back / Next buttons.
 */
export interface StepContext {
  slug: string
  year: string
  edition: Edition
  formId: string
  values: DraftValues
  /** The values as last changed, even before the re-render (a keystroke and a click in quick succession). */
  current: () => DraftValues
  /** Errors by field, from the browser's checks and the server's refusals of an autosave. */
  errors: Record<string, string>
  setErrors: (update: (prev: Record<string, string>) => Record<string, string>) => void
  change: (patch: Partial<DraftValues>, fields: DraftField[]) => void
  /** The draft as the server last answered it (attachments, co-authors, support), null before step 1 ends. */
  project: AuthorProject | null
  stepTitle: (n: number) => string
  /** Saves what changed and moves to the next step: each step form's `onSubmit`. */
  next: (event?: Event) => Promise<void>
  /** Saves what changed and moves to the previous step. */
  back: () => Promise<void>
  /** Back and Next, at the end of each step's form. */
  nav: JSX.Element
}

type TextName = 'title' | 'summary' | 'description' | 'beneficiaries' | 'address' | 'lat' | 'lng'

/** The props of a text field bound to one of the draft's values. */
export function textField(ctx: StepContext, name: TextName) {
  return {
    formId: ctx.formId,
    name,
    value: ctx.values[name],
    error: ctx.errors[name],
    onValue: (value: string) => ctx.change({ [name]: value } as Partial<DraftValues>, [name]),
  }
}
