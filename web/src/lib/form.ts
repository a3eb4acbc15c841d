import { useState } from 'preact/hooks'
import { errorsFromApi, noErrors, type FormErrors } from '../components/ui'
import type { Translate } from '../i18n'

/** Values, errors and the "submitting" flag of one form; `version` changes on each failed submit. */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)

  const field = (name: keyof T & string) => ({
    name,
    value: values[name],
    error: errors.fields[name],
    onValue: (value: string) => setValues((prev) => ({ ...prev, [name]: value })),
  })

  const fail = (next: FormErrors) => {
    setErrors(next)
    setVersion((v) => v + 1)
  }

  /** Runs `action`; API refusals become form errors. Returns whether it succeeded. */
  const submit = async (t: Translate, validate: () => Record<string, string>, action: () => Promise<void>) => {
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
      fail(errorsFromApi(error, t))
      return false
    } finally {
      setBusy(false)
    }
  }

  return { values, setValues, errors, setErrors, version, busy, field, fail, submit }
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

/** Only local paths are followed after login (no open redirects). */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  if (value.startsWith('/panel/logowanie')) return null
  return value
}
