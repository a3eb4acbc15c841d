import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { errorsFromApi, noErrors, type FormErrors } from '../../core/ui'
import type { Translate } from '../../core/i18n'

/**
 * The error handling both staff forms share: errors are shown next to their fields, and after a refused attempt the
 * keyboard focus goes to the first field in error (its message is read with it, through `aria-describedby`) or, when
 * the refusal concerns no field, to the general message — so nobody has to hunt for what went wrong.
 */
export function useFormErrors(formId: string, order: string[]) {
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const generalRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    if (version === 0) return
    const field = order.find((name) => errors.fields[name])
    if (field) document.getElementById(`${formId}-${field}`)?.focus()
    else generalRef.current?.focus()
  }, [version])
  const show = (next: FormErrors) => {
    setErrors(next)
    setVersion((n) => n + 1)
  }
  return {
    errors,
    generalRef,
    clear: () => setErrors(noErrors),
    /** Client-side refusal: messages per field, nothing sent. */
    fields: (fields: Record<string, string>) => show({ general: null, fields }),
    /** The server's refusal: its field errors next to the fields, anything else as the general message. */
    fromApi: (error: unknown, t: Translate) => {
      const next = errorsFromApi(error, t)
      const repeated = next.general && Object.values(next.fields).includes(next.general)
      show({ general: repeated ? null : next.general, fields: next.fields })
    },
  }
}

/**
 * A success message announced politely. The text is emptied first, so the same message twice in a row (two notes
 * on one project) is still read out: screen readers announce a live region only when its content changes.
 */
export function useAnnouncement(): [string | null, (message: string) => void] {
  const [message, setMessage] = useState<string | null>(null)
  const announce = (next: string) => {
    setMessage(null)
    setTimeout(() => setMessage(next), 100)
  }
  return [message, announce]
}
