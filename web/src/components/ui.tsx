import { Fragment, type ComponentChildren, type JSX, type Ref } from 'preact'
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks'
import { useLang, useT, type Translate } from '../i18n'
import type { ApiError } from '../lib/api'
import { formatWhen, timeAttribute, type TimeKind } from '../lib/time'
import type { Resource } from '../lib/resource'
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

/**
 * A date or time as a `<time>` element, formatted by `lib/time.ts` (Warsaw time, the zone named after a time, a
 * deadline as its last day). `kind` says how to read it; without it, `withTime` picks `dateTime` over `date`.
 */
export function DateTime({
  value,
  withTime = false,
  kind,
  id,
}: {
  value: string | null | undefined
  withTime?: boolean
  kind?: TimeKind
  id?: string
}) {
  const lang = useLang()
  if (!value) return null
  const as = kind ?? (withTime ? 'dateTime' : 'date')
  return (
    <time id={id} dateTime={timeAttribute(value, as)}>
      {formatWhen(value, lang, as)}
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

/** A field's hint (`${id}-hint`) and error (`${id}-error`), in that order. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ComponentChildren; error?: string }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ErrorText id={`${id}-error`} error={error} />
    </>
  )
}

/** The `aria-describedby` of a field with the messages of `FieldMessages` (and any further id). */
export const describedBy = (id: string, hint: unknown, error: unknown, extra?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean).join(' ') || undefined

/** The frame of a labelled field: label (with "optional"), hint and error; the control comes last. */
function FieldFrame({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  optional?: boolean
  children: ComponentChildren
}) {
  const t = useT()
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {optional ? <span class="optional"> {t('form.optional')}</span> : null}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  )
}

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'label' | 'value' | 'onInput' | 'name'>

type FieldProps = {
  formId: string
  name: string
  label: string
  hint?: string
  error?: string
  value: string
  onValue: (value: string) => void
  optional?: boolean
}

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
}: InputProps & FieldProps) {
  const id = `${formId}-${name}`
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        name={name}
        value={value}
        onInput={(event) => onValue((event.currentTarget as HTMLInputElement).value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={!optional}
        {...rest}
      />
    </FieldFrame>
  )
}

type TextAreaProps = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'label' | 'value' | 'onInput' | 'name'>

/** Like `Field`, for longer text. */
export function TextAreaField({
  formId,
  name,
  label,
  hint,
  error,
  value,
  onValue,
  optional,
  rows = 4,
  ...rest
}: TextAreaProps & FieldProps & { rows?: number }) {
  const id = `${formId}-${name}`
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onInput={(event) => onValue((event.currentTarget as HTMLTextAreaElement).value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={!optional}
        {...rest}
      />
    </FieldFrame>
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
}: Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'label' | 'value' | 'name'> &
  Omit<FieldProps, 'optional'> & {
    options: { value: string; label: string }[]
  }) {
  const id = `${formId}-${name}`
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onValue((event.currentTarget as HTMLSelectElement).value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

/** A labelled file input (uncontrolled: browsers do not let scripts set its value). */
export function FileField({
  id,
  label,
  hint,
  error,
  accept,
  onFile,
  inputRef,
  class: className,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  accept?: string
  onFile: (file: File | null) => void
  inputRef?: Ref<HTMLInputElement>
  class?: string
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        ref={inputRef}
        type="file"
        id={id}
        name={id}
        accept={accept}
        class={className}
        onChange={(event) => onFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  )
}

/**
 * A table that scrolls on its own on narrow screens (a focusable region named by the caption), with a caption
 * for screen readers and column headers; the rows are the children.
 */
export function DataTable({
  captionId,
  caption,
  columns,
  children,
}: {
  captionId: string
  caption: ComponentChildren
  columns: ComponentChildren[]
  children: ComponentChildren
}) {
  return (
    <div class="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption class="visually-hidden" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

/**
 * A panel section listing what a resource loaded: its heading, then loading, error, empty or the list itself.
 * `items` is null while there is no data yet.
 */
export function ListSection<T, I>({
  headingId,
  heading,
  resource,
  items,
  emptyTitle,
  children,
}: {
  headingId: string
  heading: string
  resource: Resource<T>
  items: I[] | null
  emptyTitle: string
  children: (items: I[]) => ComponentChildren
}) {
  return (
    <section class="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <DataRegion busy={resource.status === 'loading'}>
        {resource.status === 'loading' && !resource.data ? <Loading /> : null}
        {resource.status === 'error' ? <ErrorState error={resource.error} onRetry={resource.reload} /> : null}
        {items && items.length === 0 ? <Empty title={emptyTitle} /> : null}
        {items && items.length > 0 ? children(items) : null}
      </DataRegion>
    </section>
  )
}

/** A stable id prefix for a form's fields. */
export function useFormId(prefix: string): string {
  const id = useId()
  return `${prefix}-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`
}

/**
 * A confirmation step before a consequential action (role change, deactivation), built on the native modal
 * `<dialog>`: it traps focus, closes on Escape and returns focus to the button that opened it. A refusal of the
 * action (`error`) is announced inside the dialog, where the person still is.
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
  error,
}: {
  open: boolean
  title: string
  children: ComponentChildren
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  danger?: boolean
  error?: string | null
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
      <div class="dialog-body">
        {children}
        {error ? (
          <p class="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div class="actions">
        <button
          type="button"
          class={danger ? 'button button-danger' : 'button'}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy ? 'true' : undefined}
        >
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

/**
 * A new password and its repetition, as every form that sets a password asks for them (invitation, reset), with the
 * length hint and the browser's password-manager hints.
 */
type BoundField = Omit<FieldProps, 'formId' | 'label'>

export function NewPasswordFields({
  formId,
  password,
  repeat,
  labels,
  hint,
  minLength,
}: {
  formId: string
  password: BoundField
  repeat: BoundField
  labels: { password: string; passwordRepeat: string }
  hint: string
  minLength: number
}) {
  return (
    <>
      <Field
        formId={formId}
        {...password}
        label={labels.password}
        hint={hint}
        type="password"
        autocomplete="new-password"
        minLength={minLength}
      />
      <Field formId={formId} {...repeat} label={labels.passwordRepeat} type="password" autocomplete="new-password" />
    </>
  )
}
