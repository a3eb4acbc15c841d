import '../i18n/pages'
import { useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { useForm } from '../../core/lib/form'
import { useTenant } from '../../core/lib/tenants'
import { ErrorSummary, Field, Loading, PageHeading, RadioGroup, TextAreaField, useFormId } from '../../core/ui'
import { navigate } from '../../router'
import { RdCrumbs } from '../bodies/ui'
import { rdApi, rdPaths } from '../paths'
import { rdaChoice, useRepresented } from './ui'

/**
 * `/{slug}/rady/wnioski/organizacje`: an NGO of the directory opens a joint application for an RDPP (other NGOs
 * confirm it on its page; five verified ones make it binding) or an application for a youth council, acting by the
 * representative's key this browser keeps; the new application's page opens.
 */
export function OrganisationApplication({ slug }: { slug: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const orgs = useRepresented()
  const formId = useFormId('rda-ngo')
  const [org, setOrg] = useState<string | null>(null)
  const [kind, setKind] = useState<string | null>(null)
  const form = useForm({ title: '', justification: '' })
  const name = tenant.tenant?.name ?? slug
  const labels: Record<string, string> = {
    organisation: t('councils.applications.ngo.organisation'),
    bodyKind: t('councils.applications.ngo.kind'),
    title: t('councils.applications.open.titleField'),
    justification: t('councils.applications.open.justification'),
  }
  const chosen = orgs?.length === 1 ? orgs[0]!.id : org
  const send = () =>
    form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        if (!chosen) errors.organisation = t('councils.applications.ngo.organisationRequired')
        if (!kind) errors.bodyKind = t('councils.applications.ngo.kindRequired')
        if (form.values.title.trim().length < 5) errors.title = t('councils.applications.open.titleRequired')
        return errors
      },
      async () => {
        const key = orgs?.find((o) => o.id === chosen)?.key
        const made = await api<{ number: number }>(`${rdApi.applications(slug)}/organizacje`, {
          method: 'POST',
          body: { bodyKind: kind, ...form.values },
          token: key,
        })
        navigate(rdPaths.application(slug, made.number))
      },
    )
  return (
    <>
      <RdCrumbs
        items={[
          { href: tenantPath(slug), label: name },
          { href: rdPaths.applications(slug), label: t('councils.applications.list.crumb') },
          { label: t('councils.applications.ngo.crumb') },
        ]}
      />
      <PageHeading title={t('councils.applications.ngo.title')}>{t('councils.applications.ngo.title')}</PageHeading>
      <p class="lead">{t('councils.applications.ngo.intro')}</p>
      {orgs === null ? <Loading /> : null}
      {orgs?.length === 0 ? <p>{t('councils.applications.join.noKey')}</p> : null}
      {orgs?.length ? (
        <form
          id={formId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            if (!form.busy) void send()
          }}
        >
          <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
          {orgs.length > 1 ? (
            <RadioGroup
              formId={formId}
              name="organisation"
              legend={labels.organisation!}
              error={form.errors.fields.organisation}
              value={org}
              onValue={setOrg}
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
              look={rdaChoice}
            />
          ) : (
            <p>{t('councils.applications.ngo.as', { name: orgs[0]!.name })}</p>
          )}
          <RadioGroup
            formId={formId}
            name="bodyKind"
            legend={labels.bodyKind!}
            error={form.errors.fields.bodyKind}
            value={kind}
            onValue={setKind}
            options={[
              { value: 'rdpp', label: t('councils.applications.ngo.kind.rdpp') },
              { value: 'mlodziezowa_rada', label: t('councils.applications.ngo.kind.mlodziezowa_rada') },
            ]}
            look={rdaChoice}
          />
          <Field {...form.field('title')} formId={formId} label={labels.title!} autocomplete="off" />
          <TextAreaField
            {...form.field('justification')}
            formId={formId}
            label={labels.justification!}
            optional
            rows={4}
          />
          <button type="submit" class="button" disabled={form.busy}>
            {t('councils.applications.ngo.submit')}
          </button>
        </form>
      ) : null}
    </>
  )
}
