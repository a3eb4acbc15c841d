import { useState } from 'preact/hooks'
import { LIMITS } from '../../../../worker/core/organizations/rules'
import { useT } from '../i18n'
import { api, enc } from '../lib/api'
import { checkEmail, useForm } from '../lib/form'
import { useResource } from '../lib/resource'
import { NotFound } from '../pages/NotFound'
import {
  DataRegion,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  Notice,
  PageHeading,
  TextAreaField,
  useFormId,
} from '../ui'
import { orgPaths, type PublicOrganization } from './api'
import { OrganizationFacts, VerifiedBadge } from './ui'

/**
 * Writing to an organisation: the message goes to its confirmed address, which the page never has (the API does not
 * send it), with the writer's address as Reply-To.
 */
function ContactForm({ o }: { o: PublicOrganization }) {
  const t = useT()
  const formId = useFormId('org-kontakt')
  const form = useForm({ name: '', email: '', message: '' })
  const [sentTo, setSentTo] = useState<string | null>(null)
  const labels = {
    name: t('organizations.contact.name'),
    email: t('organizations.contact.email'),
    message: t('organizations.contact.message'),
  }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    setSentTo(null)
    const email = form.values.email.trim()
    const ok = await form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        if (form.values.name.trim().length < 3) errors.name = t('organizations.form.check.representativeName')
        const bad = checkEmail(email, t)
        if (bad) errors.email = bad
        if (form.values.message.trim().length < LIMITS.contactMessage.min)
          errors.message = t('organizations.contact.messageShort')
        return errors
      },
      async () => {
        await api(`/organizations/${enc(o.id)}/contact`, {
          method: 'POST',
          body: { name: form.values.name.trim(), email, message: form.values.message.trim() },
        })
      },
    )
    if (ok) {
      setSentTo(email)
      form.setValues({ name: form.values.name, email: form.values.email, message: '' })
    }
  }
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('organizations.contact.heading')}</h2>
      <p>{t('organizations.contact.intro')}</p>
      <Notice message={sentTo ? t('organizations.contact.sent', { email: sentTo }) : null} />
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'} class="narrow">
        <Field formId={formId} {...form.field('name')} label={labels.name} autocomplete="name" maxLength={120} />
        <Field
          formId={formId}
          {...form.field('email')}
          label={labels.email}
          hint={t('organizations.contact.emailHint')}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <TextAreaField
          formId={formId}
          {...form.field('message')}
          label={labels.message}
          rows={6}
          maxLength={LIMITS.contactMessage.max}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {t('organizations.contact.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}

/** An organisation's public page (`/organizacje/{id}`): its public facts, the verified badge and the contact form. */
export function OrganizationPage({ id }: { id: string }) {
  const t = useT()
  const state = useResource<PublicOrganization>(`/organizations/${enc(id)}`)
  if (state.status === 'error' && state.error.status === 404)
    return <NotFound detail={t('organizations.page.notFound')} />
  const o = state.data
  return (
    <>
      <PageHeading title={o ? o.name : t('state.loading')}>{o ? o.name : t('state.loading')}</PageHeading>
      <DataRegion busy={state.status === 'loading'}>
        {state.status === 'loading' && !o ? <Loading /> : null}
        {state.status === 'error' ? <ErrorState error={state.error} onRetry={state.reload} /> : null}
        {o ? (
          <>
            <p>
              <VerifiedBadge verified={o.verified} />
            </p>
            {o.description ? (
              <>
                <h2>{t('organizations.description')}</h2>
                <p class="org-refusal">{o.description}</p>
              </>
            ) : null}
            <h2>{t('organizations.page.facts')}</h2>
            <OrganizationFacts o={o} />
            <ContactForm o={o} />
          </>
        ) : null}
      </DataRegion>
      <p>
        <a href={orgPaths.directory}>{t('organizations.backToDirectory')}</a>
      </p>
    </>
  )
}
