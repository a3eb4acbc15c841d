import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { useT } from '../i18n'
import { api } from '../lib/api'
import { checkEmail, useForm } from '../lib/form'
import { ErrorSummary, Field, Notice, PageHeading, useFormId } from '../ui'
import { useSearchParam } from '../../router'
import { orgPaths } from './api'
import { OrganizationForm } from './OrganizationForm'

/** A message that takes the focus when it appears, so the person hears what happened where they are. */
export function Announced({ title, children }: { title: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => ref.current?.focus(), [])
  return (
    <div ref={ref} tabIndex={-1} class="notice" role="status" aria-labelledby="org-announced-title">
      <h2 id="org-announced-title">{title}</h2>
      {children}
    </div>
  )
}

/**
 * An organisation registers itself (`/organizacje/rejestracja`, `?jst=slug` ticks the JST the person came from): the
 * form, then "check your e-mail" — the entry is listed only once the e-mailed link confirms the address.
 */
export function RegisterOrganization() {
  const t = useT()
  const jst = useSearchParam('jst')
  const [sentTo, setSentTo] = useState<string | null>(null)
  return (
    <>
      <PageHeading title={t('organizations.register.title')}>{t('organizations.register.title')}</PageHeading>
      {sentTo ? (
        <Announced title={t('organizations.register.sentTitle')}>
          <p>{t('organizations.register.sentBody', { email: sentTo })}</p>
          <p>
            <a href={orgPaths.directory}>{t('organizations.backToDirectory')}</a>
          </p>
        </Announced>
      ) : (
        <>
          <p class="lead">{t('organizations.register.intro')}</p>
          <OrganizationForm mode="public" slug={jst} onDone={({ email }) => setSentTo(email)} />
        </>
      )}
    </>
  )
}

/**
 * "Send me the representative's link again" (`/organizacje/link`): the answer is the same whether the address has an
 * entry or not, so the form tells nobody which addresses are in the directory.
 */
export function RepresentativeLinkRequest() {
  const t = useT()
  const formId = useFormId('org-link')
  const form = useForm({ email: '' })
  const [sentTo, setSentTo] = useState<string | null>(null)
  const labels = { email: t('organizations.link.email') }
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
        await api('/organizations/representative-links', { method: 'POST', body: { email } })
      },
    )
    if (ok) setSentTo(email)
  }
  return (
    <>
      <PageHeading title={t('organizations.link.title')}>{t('organizations.link.title')}</PageHeading>
      <p>{t('organizations.link.intro')}</p>
      <Notice message={sentTo ? t('organizations.link.sent', { email: sentTo }) : null} />
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'} class="narrow">
        <Field
          formId={formId}
          {...form.field('email')}
          label={labels.email}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {t('organizations.link.submit')}
          </button>
        </div>
      </form>
    </>
  )
}
