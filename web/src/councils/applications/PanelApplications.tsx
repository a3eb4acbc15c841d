import '../i18n/pages'
import { useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { TenantPanelFrame, type TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import { api } from '../../core/lib/api'
import { panelPath } from '../../core/lib/context'
import { useForm } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  DataRegion,
  DateTime,
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
import { navigate } from '../../router'
import { RdCrumbs } from '../bodies/ui'
import { rdApi, rdPaths } from '../paths'
import type { PublicApplication } from './types'
import { rdaChoice } from './ui'

type Item = PublicApplication & { confirmed: boolean; overdue: boolean }

/**
 * `/panel/{slug}/rady/wnioski` (admin, koordynator): every application with its count against the threshold ("próg
 * osiągnięty"), its state and the decision's last day, and the form for an application brought on paper.
 */
export function PanelApplications({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {(ctx) => <Applications ctx={ctx} />}
    </TenantPanelFrame>
  )
}

function Applications({ ctx }: { ctx: TenantPanelContext }) {
  const t = useT()
  const { slug } = ctx
  const list = useResource<{ items: Item[] }>(rdApi.staffApplications(slug))
  const items = list.data?.items ?? []
  return (
    <>
      <RdCrumbs
        items={[
          { href: panelPath(slug), label: ctx.tenantName },
          { href: rdPaths.panel(slug), label: t('councils.panel.section') },
          { label: t('councils.applications.list.crumb') },
        ]}
      />
      <PageHeading title={t('councils.applications.panel.title', { name: ctx.tenantName })}>
        {t('councils.applications.panel.heading')}
      </PageHeading>
      <section aria-labelledby="rda-panel-list">
        <h2 id="rda-panel-list">{t('councils.applications.panel.list')}</h2>
        <DataRegion busy={list.status === 'loading'}>
          {list.status === 'loading' && !list.data ? <Loading /> : null}
          {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
          {list.data && items.length === 0 ? <Empty title={t('councils.applications.list.empty')} /> : null}
          {items.length > 0 ? (
            <ul class="card-list" aria-label={t('councils.applications.panel.caption')}>
              {items.map((a) => (
                <li key={a.number} class="card">
                  <p class="card-eyebrow">
                    {t('councils.applications.one.crumb', { number: a.number })} · {a.kindName}
                  </p>
                  <a class="card-link" href={rdPaths.panelApplication(slug, a.number)}>
                    {a.title}
                  </a>
                  <p class="muted">
                    {a.confirmed
                      ? t(`councils.applications.status.${a.status}`)
                      : t('councils.applications.panel.unconfirmed')}
                    {a.overdue ? ` · ${t('councils.applications.panel.overdue')}` : ''}
                  </p>
                  {a.threshold !== null && a.valid !== null ? (
                    <p>
                      {t('councils.applications.panel.countCol')}: {a.valid} / {a.threshold}
                      {a.reached ? ` · ${t('councils.applications.count.reached')}` : ''}
                    </p>
                  ) : null}
                  {a.decisionDueOn ? (
                    <p>
                      {t('councils.applications.one.decisionDueOn')}:{' '}
                      <DateTime value={a.decisionDueOn} kind="deadline" />
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </DataRegion>
      </section>
      <PaperApplication slug={slug} />
    </>
  )
}

function PaperApplication({ slug }: { slug: string }) {
  const t = useT()
  const formId = useFormId('rda-paper')
  const [kind, setKind] = useState<string | null>(null)
  const form = useForm({ applicantName: '', title: '', justification: '', contactEmail: '' })
  const labels: Record<string, string> = {
    kind: t('councils.applications.paper.kind'),
    applicantName: t('councils.applications.paper.applicantName'),
    title: t('councils.applications.open.titleField'),
    justification: t('councils.applications.open.justification'),
    contactEmail: t('councils.applications.open.email'),
  }
  const kinds: Record<string, { bodyKind: string; applicantKind: string }> = {
    seniorzy: { bodyKind: 'rada_seniorow', applicantKind: 'mieszkancy' },
    uczniowie: { bodyKind: 'mlodziezowa_rada', applicantKind: 'samorzad_uczniowski' },
    mlodziez_org: { bodyKind: 'mlodziezowa_rada', applicantKind: 'organizacje' },
    rdpp: { bodyKind: 'rdpp', applicantKind: 'organizacje' },
  }
  const send = () =>
    form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        if (!kind) errors.kind = t('councils.applications.paper.kindRequired')
        if (!form.values.applicantName.trim()) errors.applicantName = t('councils.applications.paper.applicantRequired')
        if (form.values.title.trim().length < 5) errors.title = t('councils.applications.open.titleRequired')
        return errors
      },
      async () => {
        const made = await api<{ number: number }>(rdApi.staffApplications(slug), {
          method: 'POST',
          body: { ...kinds[kind!], ...form.values, contactEmail: form.values.contactEmail.trim() || null },
        })
        navigate(rdPaths.panelApplication(slug, made.number))
      },
    )
  return (
    <section aria-labelledby="rda-paper-heading">
      <h2 id="rda-paper-heading">{t('councils.applications.paper.heading')}</h2>
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
          name="kind"
          legend={labels.kind!}
          error={form.errors.fields.kind}
          value={kind}
          onValue={setKind}
          options={Object.keys(kinds).map((k) => ({ value: k, label: t(`councils.applications.paper.kind.${k}`) }))}
          look={rdaChoice}
        />
        <Field {...form.field('applicantName')} formId={formId} label={labels.applicantName!} autocomplete="off" />
        <Field {...form.field('title')} formId={formId} label={labels.title!} autocomplete="off" />
        <TextAreaField
          {...form.field('justification')}
          formId={formId}
          label={labels.justification!}
          optional
          rows={3}
        />
        <Field
          {...form.field('contactEmail')}
          formId={formId}
          label={labels.contactEmail!}
          type="email"
          autocomplete="off"
          optional
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.applications.paper.submit')}
        </button>
      </form>
    </section>
  )
}
