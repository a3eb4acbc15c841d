import { useState } from 'preact/hooks'
import { errorsFromApi, noErrors, type FormErrors } from '../ui'
import type { Translate } from '../i18n'

/**
 * Errors, the "submitting" flag and one submit, for a form whose values live in state of its own (rows, several
 * groups); `version` changes on each failed submit so the error summary takes the focus again. `mapErrors` lets a
 * form put a refusal where its fields are (renamed keys, a special problem type) instead of the plain mapping.
 */
export function useSubmit() {
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)

  const fail = (next: FormErrors) => {
    setErrors(next)
    setVersion((v) => v + 1)
  }

  /** Runs `action`; API refusals become form errors. Returns whether it succeeded. */
  const submit = async (
    t: Translate,
    validate: () => Record<string, string>,
    action: () => Promise<void>,
    mapErrors?: (error: unknown, found: FormErrors) => FormErrors,
  ) => {
    const clientErrors = validate()
    if (Object.keys(clientErrors).length > 0) {
      fail({ general: null, fields: clientErrors })
      return false
    }
    setBusy(true)
    try {
      await action()
      setErrors(noErrors)
      return true
    } catch (error) {
      const found = errorsFromApi(error, t)
      fail(mapErrors ? mapErrors(error, found) : found)
      return false
    } finally {
      setBusy(false)
    }
  }

  return { errors, setErrors, version, busy, fail, submit }
}

/** Values, errors and the "submitting" flag of one form of text fields; `version` changes on each failed submit. */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial)
  const form = useSubmit()

  const field = (name: keyof T & string) => ({
    name,
    value: values[name],
    error: form.errors.fields[name],
    onValue: (value: string) => setValues((prev) => ({ ...prev, [name]: value })),
  })

  return { values, setValues, field, ...form }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function checkEmail(value: string, t: Translate): string | null {
  if (!value.trim()) return t('validation.emailRequired')
  if (!EMAIL.test(value.trim())) return t('validation.emailInvalid')
  return null
}

export const MIN_PASSWORD = 12

export function checkNewPassword(password: string, repeat: string, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  if (password.length < MIN_PASSWORD) errors.password = t('validation.passwordShort', { min: MIN_PASSWORD })
  else if (password !== repeat) errors.passwordRepeat = t('validation.passwordMismatch')
  return errors
}
