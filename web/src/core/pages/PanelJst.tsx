import { useState } from 'preact/hooks'
import { RequireAuth } from '../layout/RequireAuth'
import { TenantFieldInputs } from '../ui/TenantFieldInputs'
import { CONTACT_FIELDS, IDENTITY_FIELDS, slugify, toBody } from '../ui/tenantFields'
import { DataTable, Email, ErrorSummary, ListSection, Notice, PageHeading, useFormId } from '../ui'
import { useT, type Translate } from '../i18n'
import { api } from '../lib/api'
import { panelPath, tenantPath } from '../lib/context'
import { checkEmail, useForm } from '../lib/form'
import { useResource } from '../lib/resource'
import type { Tenant, User } from '../lib/types'

const ALL = [...IDENTITY_FIELDS, ...CONTACT_FIELDS]
const EMPTY: Record<string, string> = Object.fromEntries(
  ALL.map((f) => [f.name, f.name === 'kind' ? 'gmina-wiejska' : '']),
)

function validate(values: Record<string, string>, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  if (values.name.trim().length < 3) errors.name = t('validation.name')
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.slug.trim())) errors.slug = t('validation.slug')
  if (!/^(\d{2}|\d{4}|\d{7})$/.test(values.teryt.trim())) errors.teryt = t('validation.teryt')
  if (!/^\d+$/.test(values.population.replace(/\s/g, ''))) errors.population = t('validation.population')
  const email = checkEmail(values.contactEmail, t)
  if (email) errors.contactEmail = email
  if (values.iodEmail.trim()) {
    const iod = checkEmail(values.iodEmail, t)
    if (iod) errors.iodEmail = iod
  }
  return errors
}

function CreateForm({ onCreated }: { onCreated: (tenant: Tenant) => void }) {
  const t = useT()
  const formId = useFormId('nowa-jst')
  const form = useForm<Record<string, string>>(EMPTY)
  const [slugTouched, setSlugTouched] = useState(false)
  const labels = Object.fromEntries(ALL.map((f) => [f.name, t(`field.${f.name}`)]))

  const onValue = (name: string, value: string) => {
    form.setValues((prev) => {
      const next = { ...prev, [name]: value }
      if (name === 'name' && !slugTouched) next.slug = slugify(value)
      return next
    })
    if (name === 'slug') setSlugTouched(true)
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    let created: Tenant | null = null
    const ok = await form.submit(
      t,
      () => validate(form.values, t),
      async () => {
        const body = toBody(ALL, form.values)
        created = await api<Tenant>('/admin/jst', { method: 'POST', body })
      },
    )
    if (ok && created) {
      onCreated(created)
      form.setValues(EMPTY)
      setSlugTouched(false)
    }
  }

  return (
    <section class="panel-section" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('operator.createHeading')}</h2>
      <p>{t('operator.createIntro')}</p>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'}>
        <fieldset>
          <legend>{t('operator.identityLegend')}</legend>
          <TenantFieldInputs
            formId={formId}
            specs={IDENTITY_FIELDS}
            values={form.values}
            errors={form.errors.fields}
            onValue={onValue}
          />
        </fieldset>
        <fieldset>
          <legend>{t('operator.contactLegend')}</legend>
          <TenantFieldInputs
            formId={formId}
            specs={CONTACT_FIELDS}
            values={form.values}
            errors={form.errors.fields}
            onValue={onValue}
          />
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {t('operator.createSubmit')}
          </button>
        </div>
      </form>
    </section>
  )
}

function Operator({ user }: { user: User }) {
  const t = useT()
  const list = useResource<{ items: Tenant[] }>(user.isOperator ? '/admin/jst' : null)
  const [notice, setNotice] = useState<string | null>(null)
  if (!user.isOperator) {
    return (
      <>
        <PageHeading title={t('error.forbidden.title')}>{t('error.forbidden.title')}</PageHeading>
        <div class="state state-error" role="alert">
          <p>{t('operator.only')}</p>
        </div>
        <p>
          <a href="/panel">{t('tenantPanel.backToPanel')}</a>
        </p>
      </>
    )
  }
  return (
    <>
      <PageHeading title={t('operator.title')}>{t('operator.title')}</PageHeading>
      <p>{t('operator.intro')}</p>
      <Notice message={notice} />
      <ListSection
        headingId="jst-list-heading"
        heading={t('operator.listHeading')}
        resource={list}
        items={list.data?.items ?? null}
        emptyTitle={t('home.jstEmpty.title')}
      >
        {(rows) => (
          <DataTable
            captionId="jst-list-caption"
            caption={t('operator.listCaption')}
            columns={[
              t('field.name'),
              t('field.kind'),
              t('field.teryt'),
              t('field.population'),
              t('field.contactEmail'),
              t('operator.col.team'),
            ]}
          >
            {rows.map((tenant) => (
              <tr key={tenant.slug}>
                <th scope="row">
                  <a href={tenantPath(tenant.slug)}>{tenant.name}</a>
                  <br />
                  <span class="muted small">/{tenant.slug}</span>
                </th>
                <td>{t(`kind.${tenant.kind}`)}</td>
                <td>{tenant.teryt}</td>
                <td>{tenant.population?.toLocaleString('pl-PL')}</td>
                <td class="break">
                  <Email value={tenant.contactEmail} />
                </td>
                <td>
                  <a href={panelPath(tenant.slug, 'uzytkownicy')}>{t('operator.teamLink', { name: tenant.name })}</a>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
      <CreateForm
        onCreated={(tenant) => {
          setNotice(t('operator.created', { name: tenant.name }))
          list.reload()
        }}
      />
    </>
  )
}

export function PanelJst() {
  return <RequireAuth>{(user) => <Operator user={user} />}</RequireAuth>
}
