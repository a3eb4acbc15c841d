import { useT } from '../i18n'
import { checkEmail, useForm } from '../lib/form'
import { ErrorSummary } from './errors'
import { Field, useFormId } from './fields'

/**
 * One e-mail address and a button — "send me the link again", "tell me of new consultations". Every such form
 * answers the same whether the address is known or not, so all it needs is the address checked before it is sent,
 * the server's refusal shown next to the field and the address handed back once the server took it. Not exported
 * from the core's index: it uses the form hook of `core/lib/form`, which itself imports the index.
 */
export function EmailForm({
  idPrefix,
  label,
  submit,
  send,
  onSent,
  inline,
}: {
  /** The prefix of the form's element ids (`org-link`). */
  idPrefix: string
  label: string
  /** The button's text. */
  submit: string
  /** Sends the trimmed, checked address; a thrown `ApiError` becomes the field's or the form's error. */
  send: (email: string) => Promise<unknown>
  onSent: (email: string) => void
  /** A secondary form beside other content (the button in the secondary style) rather than the page's own. */
  inline?: boolean
}) {
  const t = useT()
  const formId = useFormId(idPrefix)
  const form = useForm({ email: '' })
  const labels = { email: label }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const email = form.values.email.trim()
    const ok = await form.submit(
      t,
      (): Record<string, string> => {
        const bad = checkEmail(email, t)
        return bad ? { email: bad } : {}
      },
      async () => {
        await send(email)
      },
    )
    if (ok) onSent(email)
  }
  return (
    <>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form
        onSubmit={onSubmit}
        noValidate
        aria-busy={form.busy ? 'true' : 'false'}
        class={inline ? 'form-inline' : 'narrow'}
      >
        <Field
          formId={formId}
          {...form.field('email')}
          label={label}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <div class="actions">
          <button type="submit" class={inline ? 'button button-secondary' : 'button'} disabled={form.busy}>
            {submit}
          </button>
        </div>
      </form>
    </>
  )
}
