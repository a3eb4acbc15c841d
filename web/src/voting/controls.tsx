import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { useT } from '../i18n'
import { ApiError } from '../lib/api'
import { describedBy, ErrorText, FieldMessages, type FormErrors } from '../components/ui'
import type { Translate } from '../i18n'
import './voting.css'

/**
 * Controls of the voting pages: large checkboxes and radios with their label beside them, a step heading that
 * takes focus when the step changes, and the error helpers (API refusals → messages next to the fields).
 */

/** The heading of one wizard step: "Krok 2 z 6" and the question; focused when the person moves to this step. */
export function StepHeading({
  id,
  index,
  total,
  title,
  focus,
}: {
  id?: string
  index: number | null
  total: number
  title: string
  focus: boolean
}) {
  const t = useT()
  const ref = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    if (focus) ref.current?.focus()
  }, [])
  return (
    <h2 id={id} ref={ref} tabIndex={-1} class="vt-step-heading">
      {index !== null ? (
        <span class="vt-progress">
          {t('voting.progress', { n: index, total })}
          <span class="visually-hidden">: </span>
        </span>
      ) : null}
      <span class="vt-step-title">{title}</span>
    </h2>
  )
}

/** The shared field messages, for the voting pages that import them from here. */
export { describedBy, FieldMessages }

/** A checkbox with a large target: the label to its right, an optional description under it. */
export function Check({
  id,
  label,
  checked,
  onChange,
  description,
  descriptionId,
  error,
  invalid,
  required,
}: {
  id: string
  label: ComponentChildren
  checked: boolean
  onChange: (checked: boolean) => void
  description?: ComponentChildren
  descriptionId?: string
  error?: string
  invalid?: boolean
  required?: boolean
}) {
  const descId = descriptionId ?? (description ? `${id}-desc` : undefined)
  return (
    <div class={error ? 'vt-check vt-check-invalid' : checked ? 'vt-check vt-check-on' : 'vt-check'}>
      <ErrorText id={`${id}-error`} error={error} />
      <div class="vt-check-row">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
          aria-describedby={[error ? `${id}-error` : null, descId ?? null].filter(Boolean).join(' ') || undefined}
          aria-invalid={error || invalid ? 'true' : undefined}
          required={required}
        />
        <label for={id}>{label}</label>
      </div>
      {description ? (
        <div class="vt-check-desc" id={descId}>
          {description}
        </div>
      ) : null}
    </div>
  )
}

/** A group of radio buttons in a fieldset with its legend, hint and error. */
export function RadioGroup({
  id,
  legend,
  hint,
  error,
  value,
  onValue,
  options,
  legendClass,
}: {
  id: string
  legend: string
  hint?: ComponentChildren
  error?: string
  value: string | null
  onValue: (value: string) => void
  options: { value: string; label: ComponentChildren; hint?: ComponentChildren }[]
  legendClass?: string
}) {
  return (
    <fieldset
      class={error ? 'vt-fieldset field-invalid' : 'vt-fieldset'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend class={legendClass}>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`
        return (
          <div class={value === option.value ? 'vt-check vt-check-on' : 'vt-check'} key={option.value}>
            <div class="vt-check-row">
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onValue(option.value)}
                aria-describedby={option.hint ? `${optionId}-desc` : undefined}
                aria-invalid={error ? 'true' : undefined}
              />
              <label for={optionId}>{option.label}</label>
            </div>
            {option.hint ? (
              <div class="vt-check-desc" id={`${optionId}-desc`}>
                {option.hint}
              </div>
            ) : null}
          </div>
        )
      })}
    </fieldset>
  )
}

/** A refusal of the API as form errors; a 429's own text already says how long to wait. */
export function toErrors(error: unknown, t: Translate): FormErrors {
  if (!(error instanceof ApiError)) return { general: t('error.generic'), fields: {} }
  if (error.status === 0) return { general: t('error.network'), fields: {} }
  const fields: Record<string, string> = {}
  for (const item of error.problem.errors ?? []) if (item.field && !fields[item.field]) fields[item.field] = item.detail
  let general = error.problem.detail || error.problem.title || t('error.generic')
  if (error.status === 429 && error.retryAfter && !/\d/.test(general))
    general = `${general} ${t('error.retryAfter', { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) })}`
  return { general, fields }
}
