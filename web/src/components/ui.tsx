import { Fragment, type ComponentChildren, type JSX } from 'preact'
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks'
import { localeOf, useLang, useT, type Translate } from '../i18n'
import type { ApiError } from '../lib/api'
import { takeFocusRequest, useLocation } from '../router'

/**
 * The page's main heading. It sets `document.title` and, after a navigation (not on the first load), receives
 * focus so that screen reader users hear where they are, like a full page load would tell them.
 */
export function PageHeading({ children, title }: { children: ComponentChildren; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { navId } = useLocation()
  const t = useT()
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title })
  }, [title, t])
  useLayoutEffect(() => {
    if (ref.current && takeFocusRequest(navId)) ref.current.focus({ preventScroll: false })
  }, [navId])
  return (
    <h1 ref={ref} tabIndex={-1} class="page-heading">
      {children}
    </h1>
  )
}

export function Loading({ label }: { label?: string }) {
  const t = useT()
  return (
    <p class="state state-loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  )
}

export function problemText(error: ApiError | null, t: Translate): string {
  if (!error) return t('error.generic')
  if (error.status === 0) return t('error.network')
  return error.problem.detail || error.problem.title || t('error.generic')
}

export function ErrorState({ error, onRetry, title }: { error: ApiError; onRetry?: () => void; title?: string }) {
  const t = useT()
  const heading =
    title ??
    (error.status === 401
      ? t('error.unauthorised.title')
      : error.status === 403
        ? t('error.forbidden.title')
        : error.status === 404
          ? t('error.notFound.title')
          : t('error.title'))
  return (
    <div class="state state-error" role="alert">
      <p class="state-title">{heading}</p>
      <p>{problemText(error, t)}</p>
      {error.problem.requestId ? (
        <p class="muted small">{t('error.requestId', { id: error.problem.requestId })}</p>
      ) : null}
      {onRetry && error.status !== 403 && error.status !== 404 ? (
        <button type="button" class="button button-secondary" onClick={onRetry}>
          {t('action.retry')}
        </button>
      ) : null}
    </div>
  )
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state-empty" role="status">
      <p class="state-title">{title}</p>
      {children}
    </div>
  )
}

/**
 * The part of a page loaded from the API: `aria-busy` while loading. Its states announce themselves (loading and
 * empty as `status`, errors as `alert`), rather than the whole region being live, which would read out long pages.
 */
export function DataRegion({ busy, children }: { busy: boolean; children: ComponentChildren }) {
  return (
    <div class="data-region" aria-busy={busy ? 'true' : 'false'}>
      {children}
    </div>
  )
}

export function formatDate(value: string | null | undefined, lang: 'pl' | 'en', withTime = false): string {
  if (!value) return ''
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    ...(withTime ? {} : { timeZone: 'UTC' }),
  }).format(date)
}

export function DateTime({ value, withTime = false, id }: { value: string | null | undefined; withTime?: boolean; id?: string }) {
  const lang = useLang()
  if (!value) return null
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : new Date(value).toISOString()
  return (
    <time id={id} dateTime={iso}>
      {formatDate(value, lang, withTime)}
    </time>
  )
}

export interface FormErrors {
  general: string | null
  fields: Record<string, string>
}

export const noErrors: FormErrors = { general: null, fields: {} }

export function hasErrors(errors: FormErrors): boolean {
  return Boolean(errors.general) || Object.keys(errors.fields).length > 0
}

/** Turns an API refusal into a general message and messages per field. */
export function errorsFromApi(error: unknown, t: Translate): FormErrors {
  const apiError = error as ApiError
  if (!apiError || typeof apiError.status !== 'number') return { general: t('error.generic'), fields: {} }
  const fields: Record<string, string> = {}
  for (const item of apiError.problem.errors ?? []) {
    if (item.field && !fields[item.field]) fields[item.field] = item.detail
  }
  let general: string | null = problemText(apiError, t)
  if (apiError.status === 429 && apiError.retryAfter) {
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
  const general = errors.general && !fieldEntries.some(([, detail]) => detail === errors.general) ? errors.general : null
  return (
    <div ref={ref} tabIndex={-1} class={show ? 'error-summary' : 'visually-hidden'} role="alert" aria-labelledby={show ? `${formId}-summary-title` : undefined}>
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

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'label' | 'value' | 'onInput' | 'name'>

/** A labelled input with its hint and error message wired through `aria-describedby` / `aria-invalid`. */
export function Field({
  formId,
  name,
  label,
  hint,
  error,
  value,
  onValue,
  optional,
  ...rest
}: InputProps & {
  formId: string
  name: string
  label: string
  hint?: string
  error?: string
  value: string
  onValue: (value: string) => void
  optional?: boolean
}) {
  const t = useT()
  const id = `${formId}-${name}`
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {optional ? <span class="optional"> {t('form.optional')}</span> : null}
      </label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        value={value}
        onInput={(event) => onValue((event.currentTarget as HTMLInputElement).value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        required={!optional}
        {...rest}
      />
    </div>
  )
}

export function SelectField({
  formId,
  name,
  label,
  hint,
  error,
  value,
  onValue,
  options,
  ...rest
}: Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'label' | 'value' | 'name'> & {
  formId: string
  name: string
  label: string
  hint?: string
  error?: string
  value: string
  onValue: (value: string) => void
  options: { value: string; label: string }[]
}) {
  const t = useT()
  const id = `${formId}-${name}`
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onValue((event.currentTarget as HTMLSelectElement).value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** A stable id prefix for a form's fields. */
export function useFormId(prefix: string): string {
  const id = useId()
  return `${prefix}-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`
}

/**
 * A confirmation step before a consequential action (role change, deactivation), built on the native modal
 * `<dialog>`: it traps focus, closes on Escape and returns focus to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  danger,
}: {
  open: boolean
  title: string
  children: ComponentChildren
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  danger?: boolean
}) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal()
    } else if (!open && dialog.open) {
      dialog.close()
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus()
    }
  }, [open])
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={titleId} class="dialog-title">
        {title}
      </h2>
      <div class="dialog-body">{children}</div>
      <div class="actions">
        <button type="button" class={danger ? 'button button-danger' : 'button'} onClick={onConfirm} disabled={busy} aria-busy={busy ? 'true' : undefined}>
          {confirmLabel}
        </button>
        <button type="button" class="button button-secondary" onClick={onCancel} disabled={busy}>
          {t('action.cancel')}
        </button>
      </div>
    </dialog>
  )
}

/** A short, polite announcement of a completed action ("Zapisano zmiany"). */
export function Notice({ message }: { message: string | null }) {
  return (
    <div class={message ? 'notice' : 'visually-hidden'} role="status">
      {message}
    </div>
  )
}

/** An e-mail address that may wrap after the "@" (and dots of the domain) rather than mid-word. */
export function Email({ value }: { value: string }) {
  const at = value.indexOf('@')
  if (at < 0) return <>{value}</>
  const domain = value.slice(at + 1).split('.')
  return (
    <>
      {value.slice(0, at)}
      <wbr />@
      {domain.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {index > 0 ? '.' : null}
          {part}
        </Fragment>
      ))}
    </>
  )
}
