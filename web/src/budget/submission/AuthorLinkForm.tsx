import { useState } from 'preact/hooks'
import { ErrorSummary, Field, Notice, useFormId } from '../../core/ui'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { checkEmail, useForm } from '../../core/lib/form'
import { boBase } from '../api'

/** "Lost the link?": the API e-mails the author a new one; the old one works until the new one is first used. */
export function AuthorLinkForm({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const formId = useFormId('nowy-link')
  const form = useForm({ email: '' })
  const [sent, setSent] = useState<string | null>(null)
  const labels = { email: t('budget.authorLink.email') }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const email = form.values.email.trim()
    const ok = await form.submit(
      t,
      (): Record<string, string> => {
        const error = checkEmail(email, t)
        return error ? { email: error } : {}
      },
      async () => {
        await api(`${boBase(slug, year)}/author-link`, { method: 'POST', body: { email } })
      },
    )
    if (ok) setSent(t('budget.authorLink.sent', { email }))
  }
  return (
    <section class="panel-section" aria-labelledby="author-link-heading">
      <h2 id="author-link-heading">{t('budget.authorLink.heading')}</h2>
      <p>{t('budget.authorLink.intro')}</p>
      <Notice message={sent} />
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'} class="form-inline">
        <Field
          formId={formId}
          {...form.field('email')}
          label={labels.email}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <div class="actions">
          <button type="submit" class="button button-secondary" disabled={form.busy}>
            {t('budget.authorLink.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}
