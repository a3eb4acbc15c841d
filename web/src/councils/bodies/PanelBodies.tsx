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
  Empty,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  PageHeading,
  RadioGroup,
  TextAreaField,
  useFormId,
  type ChoiceLook,
} from '../../core/ui'
import { navigate } from '../../router'
import { WaitingInquiries } from '../inquiries/WaitingInquiries'
import { rdApi, rdPaths } from '../paths'
import type { StaffBody, StaffBodyItem } from './types'
import { RdCrumbs } from './ui'
import { KINDS } from './words'

/** How the bodies' radios look (the core draws the markup). */
export const rdChoice: ChoiceLook = {
  box: 'field',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field',
}

/**
 * `/panel/{slug}/rady` (admin, koordynator): the JST's bodies with their members in office and open opinion
 * requests, and the form that creates a body (kind, name, address, e-mail), after which the body's page opens to
 * give it its statute.
 */
export function PanelBodies({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {(ctx) => <Bodies ctx={ctx} />}
    </TenantPanelFrame>
  )
}

function Bodies({ ctx }: { ctx: TenantPanelContext }) {
  const t = useT()
  const { slug } = ctx
  const list = useResource<{ items: StaffBodyItem[] }>(rdApi.staffBodies(slug))
  const items = list.data?.items ?? []
  return (
    <>
      <RdCrumbs items={[{ href: panelPath(slug), label: ctx.tenantName }, { label: t('councils.panel.section') }]} />
      <PageHeading title={t('councils.bodies.panel.title', { name: ctx.tenantName })}>
        {t('councils.bodies.panel.heading')}
      </PageHeading>
      <p>
        <a href={rdPaths.panelApplications(slug)}>{t('councils.bodies.panel.applications')}</a>
      </p>
      <section aria-labelledby="rd-panel-list">
        <h2 id="rd-panel-list">{t('councils.bodies.panel.list')}</h2>
        <DataRegion busy={list.status === 'loading'}>
          {list.status === 'loading' && !list.data ? <Loading /> : null}
          {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
          {list.data && items.length === 0 ? <Empty title={t('councils.bodies.panel.empty')} /> : null}
          {items.length > 0 ? (
            <ul class="rd-list" aria-labelledby="rd-panel-list">
              {items.map((b) => (
                <li key={b.slug} class="rd-item">
                  <p class="rd-name">
                    <a href={rdPaths.panelBody(slug, b.slug)}>{b.name}</a>
                  </p>
                  <p>
                    {b.kindName} · {t(`councils.bodies.status.${b.status}`)}
                  </p>
                  <p class="muted">
                    {t('councils.bodies.panel.counts', { members: b.members, requests: b.openRequests })}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
        </DataRegion>
      </section>
      <WaitingInquiries slug={slug} />
      <CreateBody slug={slug} />
    </>
  )
}

const SLUG_CHARS: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' }

/** An address suggested from a name: "Rada Seniorów Gminy" → "rada-seniorow-gminy". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (c) => SLUG_CHARS[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

function CreateBody({ slug }: { slug: string }) {
  const t = useT()
  const formId = useFormId('rd-create')
  const [kind, setKind] = useState<string | null>(null)
  const [slugTouched, setSlugTouched] = useState(false)
  const form = useForm({ name: '', slug: '', email: '', description: '' })
  const labels = {
    kind: t('councils.bodies.create.kind'),
    name: t('councils.bodies.create.name'),
    slug: t('councils.bodies.create.slug'),
    email: t('councils.bodies.create.email'),
    description: t('councils.bodies.create.description'),
  }
  const bind = (name: 'name' | 'slug' | 'email' | 'description') => ({
    ...form.field(name),
    formId,
    label: labels[name],
  })
  const send = () =>
    form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        if (!kind) errors.kind = t('councils.bodies.create.kindRequired')
        if (form.values.name.trim().length < 3) errors.name = t('councils.bodies.create.nameRequired')
        if (!form.values.slug.trim()) errors.slug = t('councils.bodies.create.slugRequired')
        return errors
      },
      async () => {
        const made = await api<StaffBody>(rdApi.staffBodies(slug), {
          method: 'POST',
          body: { kind, ...form.values, email: form.values.email.trim() || null },
        })
        navigate(`${rdPaths.panelBody(slug, made.slug)}?utworzono=1`)
      },
    )
  return (
    <section aria-labelledby="rd-create-heading" class="rd-section">
      <h2 id="rd-create-heading">{t('councils.bodies.create.heading')}</h2>
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
          legend={labels.kind}
          error={form.errors.fields.kind}
          value={kind}
          onValue={setKind}
          options={KINDS.map((k) => ({ value: k, label: t(`councils.bodies.kind.${k}`) }))}
          look={rdChoice}
        />
        <Field
          {...bind('name')}
          autocomplete="off"
          onValue={(value) => {
            form.setValues((prev) => ({ ...prev, name: value, slug: slugTouched ? prev.slug : slugOf(value) }))
          }}
        />
        <Field
          {...bind('slug')}
          hint={t('councils.bodies.create.slugHint')}
          autocomplete="off"
          spellcheck={false}
          onValue={(value) => {
            setSlugTouched(true)
            form.setValues((prev) => ({ ...prev, slug: value }))
          }}
        />
        <Field
          {...bind('email')}
          type="email"
          autocomplete="email"
          optional
          hint={t('councils.bodies.create.emailHint')}
        />
        <TextAreaField {...bind('description')} optional rows={3} />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.bodies.create.submit')}
        </button>
      </form>
    </section>
  )
}
