import '../i18n/pages'
import { useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { useForm } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import {
  Announced,
  DataRegion,
  Empty,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  PageHeading,
  RadioGroup,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { RdCrumbs } from '../bodies/ui'
import { rdApi, rdPaths } from '../paths'
import type { PublicApplication } from './types'
import { rdaChoice, ThresholdProgress } from './ui'

/**
 * `/{slug}/rady/wnioski`: the JST's applications to create a council (residents' petitions for a rada seniorów,
 * pupils' councils' and NGOs' applications) with their counts against the threshold, and the form that opens a new
 * one; the applicant confirms it by the e-mailed link before it is listed.
 */
export function ApplicationList({ slug }: { slug: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const list = useResource<{ items: PublicApplication[] }>(rdApi.applications(slug))
  if (list.status === 'error' && list.error.status === 404) return <NotFound detail={t('notFound.tenant')} />
  const name = tenant.tenant?.name ?? slug
  const items = list.data?.items ?? []
  return (
    <>
      <RdCrumbs
        items={[
          { href: tenantPath(slug), label: name },
          { href: rdPaths.list(slug), label: t('module.councils') },
          { label: t('councils.applications.list.crumb') },
        ]}
      />
      <PageHeading title={t('councils.applications.list.title', { name })}>
        {t('councils.applications.list.heading')}
      </PageHeading>
      <p class="lead">{t('councils.applications.list.intro')}</p>
      <section aria-labelledby="rda-list-heading">
        <h2 id="rda-list-heading">{t('councils.applications.list.listHeading')}</h2>
        <DataRegion busy={list.status === 'loading'}>
          {list.status === 'loading' && !list.data ? <Loading /> : null}
          {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
          {list.data && items.length === 0 ? <Empty title={t('councils.applications.list.empty')} /> : null}
          {items.length > 0 ? (
            <ul class="card-list">
              {items.map((a) => (
                <li key={a.number} class="card">
                  <p class="card-eyebrow">
                    {a.kindName} · {t(`councils.applications.status.${a.status}`)}
                  </p>
                  <a class="card-link" href={rdPaths.application(slug, a.number)}>
                    {a.title}
                  </a>
                  <p class="muted">{a.applicant.name}</p>
                  <ThresholdProgress a={a} id={`rda-list-${a.number}`} />
                </li>
              ))}
            </ul>
          ) : null}
        </DataRegion>
      </section>
      <OpenForm slug={slug} />
      <section aria-labelledby="rda-ngo-heading">
        <h2 id="rda-ngo-heading">{t('councils.applications.list.ngoHeading')}</h2>
        <p>
          {t('councils.applications.list.ngoIntro')}{' '}
          <a href={rdPaths.organisationsApplication(slug)}>{t('councils.applications.list.ngoLink')}</a>
        </p>
      </section>
    </>
  )
}

type Kind = 'mieszkancy' | 'samorzad_uczniowski'

function OpenForm({ slug }: { slug: string }) {
  const t = useT()
  const formId = useFormId('rda-open')
  const [kind, setKind] = useState<Kind | null>(null)
  const [sent, setSent] = useState<string | null>(null)
  const form = useForm({ applicantName: '', school: '', title: '', justification: '', contactEmail: '' })
  const labels: Record<string, string> = {
    applicantKind: t('councils.applications.open.kind'),
    applicantName: t('councils.applications.open.applicantName'),
    school: t('councils.applications.open.school'),
    title: t('councils.applications.open.titleField'),
    justification: t('councils.applications.open.justification'),
    contactEmail: t('councils.applications.open.email'),
  }
  const bind = (name: 'applicantName' | 'school' | 'title' | 'justification' | 'contactEmail') => ({
    ...form.field(name),
    formId,
    label: labels[name]!,
  })
  const send = () =>
    form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        if (!kind) errors.applicantKind = t('councils.applications.open.kindRequired')
        if (form.values.title.trim().length < 5) errors.title = t('councils.applications.open.titleRequired')
        if (!/^\S+@\S+\.\S+$/.test(form.values.contactEmail.trim()))
          errors.contactEmail = t('councils.applications.open.emailRequired')
        if (kind === 'samorzad_uczniowski') {
          if (!form.values.applicantName.trim()) errors.applicantName = t('councils.applications.open.nameRequired')
          if (!form.values.school.trim()) errors.school = t('councils.applications.open.schoolRequired')
        }
        return errors
      },
      async () => {
        const v = form.values
        await api(rdApi.applications(slug), {
          method: 'POST',
          body:
            kind === 'samorzad_uczniowski'
              ? { applicantKind: kind, bodyKind: 'mlodziezowa_rada', ...v }
              : {
                  applicantKind: 'mieszkancy',
                  bodyKind: 'rada_seniorow',
                  title: v.title,
                  justification: v.justification,
                  contactEmail: v.contactEmail,
                },
        })
        setSent(v.contactEmail.trim())
      },
    )
  return (
    <section aria-labelledby="rda-open-heading">
      <h2 id="rda-open-heading">{t('councils.applications.open.heading')}</h2>
      {sent ? (
        <Announced title={t('councils.applications.open.sentTitle')}>
          <p>{t('councils.applications.open.sent', { email: sent })}</p>
        </Announced>
      ) : (
        <form
          id={formId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            if (!form.busy) void send()
          }}
        >
          <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
          <RadioGroup
            formId={formId}
            name="applicantKind"
            legend={labels.applicantKind!}
            error={form.errors.fields.applicantKind}
            value={kind}
            onValue={(v) => setKind(v as Kind)}
            options={[
              { value: 'mieszkancy', label: t('councils.applications.open.kind.mieszkancy') },
              { value: 'samorzad_uczniowski', label: t('councils.applications.open.kind.samorzad_uczniowski') },
            ]}
            look={rdaChoice}
          />
          {kind === 'samorzad_uczniowski' ? (
            <>
              <Field {...bind('applicantName')} autocomplete="organization" />
              <Field {...bind('school')} autocomplete="off" />
            </>
          ) : null}
          <Field {...bind('title')} autocomplete="off" />
          <TextAreaField {...bind('justification')} optional rows={4} />
          <Field
            {...bind('contactEmail')}
            type="email"
            autocomplete="email"
            hint={t('councils.applications.open.emailHint')}
          />
          <button type="submit" class="button" disabled={form.busy}>
            {t('councils.applications.open.submit')}
          </button>
        </form>
      )}
    </section>
  )
}
