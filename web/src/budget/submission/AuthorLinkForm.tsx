import { useState } from 'preact/hooks'
import { Notice } from '../../core/ui'
import { EmailForm } from '../../core/ui/EmailForm'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { boBase } from '../api'

/** "Lost the link?": the API e-mails the author a new one; the old one works until the new one is first used. */
export function AuthorLinkForm({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const [sent, setSent] = useState<string | null>(null)
  return (
    <section class="panel-section" aria-labelledby="author-link-heading">
      <h2 id="author-link-heading">{t('budget.authorLink.heading')}</h2>
      <p>{t('budget.authorLink.intro')}</p>
      <Notice message={sent} />
      <EmailForm
        idPrefix="nowy-link"
        label={t('budget.authorLink.email')}
        submit={t('budget.authorLink.submit')}
        send={(email) => api(`${boBase(slug, year)}/author-link`, { method: 'POST', body: { email } })}
        onSent={(email) => setSent(t('budget.authorLink.sent', { email }))}
        inline
      />
    </section>
  )
}
