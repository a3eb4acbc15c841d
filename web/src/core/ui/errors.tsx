import { useLayoutEffect, useRef } from 'preact/hooks'
import { useT, type Translate } from '../i18n'
import type { ApiError } from '../lib/api'

/** What went wrong, in words: the server's own detail, or ours when the network failed or nothing was said. */
export function problemText(error: ApiError | null, t: Translate): string {
  if (!error) return t('error.generic')
  if (error.status === 0) return t('error.network')
  return error.problem.detail || error.problem.title || t('error.generic')
}

/** A form's errors: one general message (above the form) and messages by field name (next to the fields). */
export interface FormErrors {
  general: string | null
  fields: Record<string, string>
}

/** The errors of a form that has none, to start from and to reset to. */
export const noErrors: FormErrors = { general: null, fields: {} }

/** Whether there is anything to show in the error summary. */
export function hasErrors(errors: FormErrors): boolean {
  return Boolean(errors.general) || Object.keys(errors.fields).length > 0
}

/**
 * Turns a refusal of the API into a general message and messages per field (`problem.errors[].field`, the first
 * message of each field): the one mapping every form uses, so a refusal reads the same everywhere. Anything that is
 * not an API error (a bug, an aborted request) gets the generic message. A 429 with `Retry-After` says how long to
 * wait; `waitOnce` leaves that out when the server's own text already names a time ("Spróbuj ponownie za 5 min.",
 * as the voting endpoints answer), so a voter does not read the wait twice.
 */
export function errorsFromApi(
  error: unknown,
  t: Translate,
  { waitOnce = false }: { waitOnce?: boolean } = {},
): FormErrors {
  const apiError = error as ApiError
  if (!apiError || typeof apiError.status !== 'number') return { general: t('error.generic'), fields: {} }
  const fields: Record<string, string> = {}
  for (const item of apiError.problem.errors ?? []) {
    if (item.field && !fields[item.field]) fields[item.field] = item.detail
  }
  let general: string | null = problemText(apiError, t)
  if (apiError.status === 429 && apiError.retryAfter && !(waitOnce && /\d/.test(general))) {
    const minutes = Math.max(1, Math.ceil(apiError.retryAfter / 60))
    general = `${general} ${t('error.retryAfter', { minutes })}`
  }
  return { general, fields }
}

/**
 * The error summary above a form: the general message and a list of the fields to correct (each linking to its
 * field). It takes focus when it appears so the problem is announced and keyboard users start from it.
 */
export function ErrorSummary({
  errors,
  formId,
  labels,
  version,
}: {
  errors: FormErrors
  formId: string
  labels: Record<string, string>
  version: number
}) {
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  const show = hasErrors(errors)
  useLayoutEffect(() => {
    if (show && version > 0) ref.current?.focus()
  }, [version])
  const fieldEntries = Object.entries(errors.fields)
  // The API often repeats a field's message as the general one; say it once.
  const general =
    errors.general && !fieldEntries.some(([, detail]) => detail === errors.general) ? errors.general : null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      class={show ? 'error-summary' : 'visually-hidden'}
      role="alert"
      aria-labelledby={show ? `${formId}-summary-title` : undefined}
    >
      {show ? (
        <>
          <p class="error-summary-title" id={`${formId}-summary-title`}>
            {t('form.errorSummaryTitle')}
          </p>
          {general ? <p>{general}</p> : null}
          {fieldEntries.length > 0 ? (
            <ul>
              {fieldEntries.map(([field, detail]) => (
                <li key={field}>
                  {labels[field] === undefined ? (
                    detail
                  ) : (
                    <a
                      href={`#${formId}-${field}`}
                      onClick={(event) => {
                        event.preventDefault()
                        document.getElementById(`${formId}-${field}`)?.focus()
                      }}
                    >
                      {`${labels[field]}: ${detail}`}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  )
}

/** A field's error message; the prefix tells screen reader users it is an error. Nothing without an error. */
export function ErrorText({ id, error }: { id: string; error?: string | null }) {
  const t = useT()
  if (!error) return null
  return (
    <p class="field-error" id={id}>
      <span class="visually-hidden">{t('form.errorPrefix')} </span>
      {error}
    </p>
  )
}
