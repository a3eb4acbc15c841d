import { DateTime, type ChoiceLook } from '../ui'
import { useT } from '../i18n'
import type { PublicOrganization } from './api'
import { orgPaths } from './api'
import './organizations.css'

/** How the directory draws its checkboxes and radios (`Checkbox`, `RadioGroup` of core/ui): organizations.css. */
export const orgChoice: ChoiceLook = {
  box: 'field org-check',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field org-choices',
}

/** "Verified" or "awaiting verification", in words (the colour only helps). */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  const t = useT()
  return (
    <span class={verified ? 'org-badge org-badge-verified' : 'org-badge org-badge-pending'}>
      {verified ? t('organizations.verified') : t('organizations.unverified')}
    </span>
  )
}

/** Where the organisation is registered: "KRS 0000123456", or the other register's name and number. */
export function RegisterText({ o }: { o: Pick<PublicOrganization, 'register' | 'registerName' | 'registerNumber'> }) {
  const t = useT()
  return o.register === 'krs' ? (
    <>
      {t('organizations.krsNumber')} {o.registerNumber}
    </>
  ) : (
    <>
      {o.registerName}: {o.registerNumber}
    </>
  )
}

/** The public facts of an organisation, as its page and the representative's page show them. */
export function OrganizationFacts({ o }: { o: PublicOrganization }) {
  const t = useT()
  return (
    <dl class="facts">
      <dt>{t('organizations.legalForm')}</dt>
      <dd>{t(`organizations.legalForms.${o.legalForm}`)}</dd>
      <dt>{t('organizations.register')}</dt>
      <dd>{o.register === 'krs' ? t('organizations.register.krs') : o.registerName}</dd>
      <dt>{o.register === 'krs' ? t('organizations.krsNumber') : t('organizations.registerNumber')}</dt>
      <dd>{o.registerNumber}</dd>
      <dt>{t('organizations.areas')}</dt>
      <dd>
        <ul class="org-areas">
          {o.areas.map((area) => (
            <li key={area}>{t(`organizations.area.${area}`)}</li>
          ))}
        </ul>
      </dd>
      <dt>{t('organizations.actsIn')}</dt>
      <dd>
        <ul class="org-areas">
          {o.tenants.map((tenant) => (
            <li key={tenant.slug}>
              <a href={orgPaths.tenantDirectory(tenant.slug)}>{tenant.name}</a>
            </li>
          ))}
        </ul>
      </dd>
      {o.website ? (
        <>
          <dt>{t('organizations.website')}</dt>
          <dd>
            <a href={o.website} rel="external noopener nofollow">
              {o.website}
            </a>
          </dd>
        </>
      ) : null}
      {o.verified && o.verifiedAt ? (
        <>
          <dt>{t('organizations.verifiedAt')}</dt>
          <dd>
            <DateTime value={o.verifiedAt} />
          </dd>
        </>
      ) : null}
    </dl>
  )
}
