import { useState } from 'preact/hooks'
import { useT } from '../i18n'
import { api } from '../lib/api'
import { Announced, Notice, PageHeading } from '../ui'
import { EmailForm } from '../ui/EmailForm'
import { useSearchParam } from '../../router'
import { orgPaths } from './api'
import { OrganizationForm } from './OrganizationForm'

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
  const [sentTo, setSentTo] = useState<string | null>(null)
  return (
    <>
      <PageHeading title={t('organizations.link.title')}>{t('organizations.link.title')}</PageHeading>
      <p>{t('organizations.link.intro')}</p>
      <Notice message={sentTo ? t('organizations.link.sent', { email: sentTo }) : null} />
      <EmailForm
        idPrefix="org-link"
        label={t('organizations.link.email')}
        submit={t('organizations.link.submit')}
        send={(email) => api('/organizations/representative-links', { method: 'POST', body: { email } })}
        onSent={setSentTo}
      />
    </>
  )
}
