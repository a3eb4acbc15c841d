import type { ComponentChildren, JSX, Ref } from 'preact'
import { useId } from 'preact/hooks'
import { useT } from '../i18n'
import { ErrorText } from './errors'

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

/** Like `Field`, for a choice from a short list (a native `<select>`, which every assistive technology knows). */
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

/** A stable id prefix for a form's fields. */
export function useFormId(prefix: string): string {
  const id = useId()
  return `${prefix}-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`
}

type BoundField = Omit<FieldProps, 'formId' | 'label'>

/**
 * A new password and its repetition, as every form that sets a password asks for them (invitation, reset), with the
 * length hint and the browser's password-manager hints.
 */
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
