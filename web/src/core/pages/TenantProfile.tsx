import { useEffect, useState } from 'preact/hooks'
import { TenantFieldInputs } from '../ui/TenantFieldInputs'
import { TenantPanelFrame, type TenantPanelContext } from '../layout/TenantPanelFrame'
import { A11Y_FIELDS, CONTACT_FIELDS, PROFILE_IDENTITY_FIELDS, toBody } from '../ui/tenantFields'
import { DataRegion, ErrorState, ErrorSummary, Loading, Notice, PageHeading, useFormId } from '../ui'
import { useT, type Translate } from '../i18n'
import { api, enc } from '../lib/api'
import { tenantPath } from '../lib/context'
import { checkEmail, useForm } from '../lib/form'
import { invalidateTenant, useTenant } from '../lib/tenants'
import type { Tenant } from '../lib/types'

const FIELDS = [...PROFILE_IDENTITY_FIELDS, ...CONTACT_FIELDS, ...A11Y_FIELDS]

function valuesOf(tenant: Tenant): Record<string, string> {
  const source = tenant as unknown as Record<string, unknown>
  return Object.fromEntries(FIELDS.map((f) => [f.name, source[f.name] == null ? '' : String(source[f.name])]))
}

function validate(values: Record<string, string>, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  if (values.name.trim().length < 3) errors.name = t('validation.name')
  if (!/^\d+$/.test(values.population.replace(/\s/g, ''))) errors.population = t('validation.population')
  const email = checkEmail(values.contactEmail, t)
  if (email) errors.contactEmail = email
  if (values.iodEmail.trim()) {
    const iod = checkEmail(values.iodEmail, t)
    if (iod) errors.iodEmail = iod
  }
  for (const name of ['a11yPublishedOn', 'a11yUpdatedOn']) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values[name])) errors[name] = t('validation.date')
  }
  return errors
}

function ProfileForm({ slug, tenant }: { slug: string; tenant: Tenant }) {
  const t = useT()
  const formId = useFormId('profil')
  const [initial, setInitial] = useState(() => valuesOf(tenant))
  const form = useForm<Record<string, string>>(initial)
  const [notice, setNotice] = useState<string | null>(null)
  const labels = Object.fromEntries(FIELDS.map((f) => [f.name, t(`field.${f.name}`)]))

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    setNotice(null)
    const changed = new Set(
      FIELDS.filter((f) => (form.values[f.name] ?? '').trim() !== (initial[f.name] ?? '').trim()).map((f) => f.name),
    )
    if (changed.size === 0) {
      setNotice(t('profile.nothingChanged'))
      return
    }
    let saved: Tenant | null = null
    const ok = await form.submit(
      t,
      () => validate(form.values, t),
      async () => {
        saved = await api<Tenant>(`/jst/${enc(slug)}/staff/profile`, {
          method: 'PATCH',
          body: toBody(FIELDS, form.values, changed),
        })
      },
    )
    if (ok) {
      const next = saved && typeof saved === 'object' && 'contactEmail' in saved ? valuesOf(saved) : form.values
      setInitial(next)
      form.setValues(next)
      invalidateTenant(slug)
      setNotice(t('profile.saved'))
    }
  }

  return (
    <>
      <Notice message={notice} />
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'}>
        <fieldset>
          <legend>{t('profile.identityLegend')}</legend>
          <TenantFieldInputs
            formId={formId}
            specs={PROFILE_IDENTITY_FIELDS}
            values={form.values}
            errors={form.errors.fields}
            onValue={(name, value) => form.setValues((prev) => ({ ...prev, [name]: value }))}
          />
        </fieldset>
        <fieldset>
          <legend>{t('profile.contactLegend')}</legend>
          <TenantFieldInputs
            formId={formId}
            specs={CONTACT_FIELDS}
            values={form.values}
            errors={form.errors.fields}
            onValue={(name, value) => form.setValues((prev) => ({ ...prev, [name]: value }))}
          />
        </fieldset>
        <fieldset>
          <legend>{t('profile.a11yLegend')}</legend>
          <TenantFieldInputs
            formId={formId}
            specs={A11Y_FIELDS}
            values={form.values}
            errors={form.errors.fields}
            onValue={(name, value) => form.setValues((prev) => ({ ...prev, [name]: value }))}
          />
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {t('profile.submit')}
          </button>
        </div>
      </form>
    </>
  )
}

function Profile({ slug, tenantName }: TenantPanelContext) {
  const t = useT()
  const state = useTenant(slug)
  // The form keeps the details it was opened with; a refresh after saving must not reset it.
  const [tenant, setTenant] = useState<Tenant | null>(null)
  useEffect(() => {
    if (state.status === 'ok' && !tenant) setTenant(state.tenant)
  }, [state.status])
  return (
    <>
      <PageHeading title={t('profile.titleFor', { name: tenantName })}>{t('profile.title')}</PageHeading>
      <p>
        {t('profile.intro')} <a href={tenantPath(slug)}>{t('profile.viewPublic', { name: tenantName })}</a>
      </p>
      <DataRegion busy={!tenant && state.status === 'loading'}>
        {!tenant && state.status === 'loading' ? <Loading /> : null}
        {!tenant && state.status === 'error' ? <ErrorState error={state.error} onRetry={state.reload} /> : null}
        {tenant ? <ProfileForm slug={slug} tenant={tenant} /> : null}
      </DataRegion>
    </>
  )
}

export function TenantProfile({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="profile">
      {(ctx) => <Profile {...ctx} />}
    </TenantPanelFrame>
  )
}
