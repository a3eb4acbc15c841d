import '../i18n/pages'
import { TenantPanelFrame, type TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import { useT } from '../../core/i18n'
import { panelPath } from '../../core/lib/context'
import { useForm } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { api } from '../../core/lib/api'
import { DataTable, ErrorSummary, Field, ListSection, PageHeading, RadioGroup, useFormId } from '../../core/ui'
import { navigate } from '../../router'
import { presetKeys, presets, type PresetKey } from '../../../../worker/consultations/domain/presets'
import { ksApi } from '../paths'
import type { ConsultationSummary } from '../types'
import { Crumbs, presetText } from '../ui'
import { ORGANISERS } from './PanelNav'
import { ksPanelPaths, ksStaffApi } from './paths'
import type { StaffConsultation, StaffConsultationRow } from './types'
import { DayRange, ksChoice, PresetRules, StatusText } from './ui'

/**
 * The form for a new consultation: its kind (a preset, each shown with its statutory rules before anything is sent)
 * and its title. The server fills in the rest from the preset (`defaultLaunch`); the organiser then lands on the
 * consultation's own page to complete the opening act.
 */
function NewConsultation({ slug }: { slug: string }) {
  const t = useT()
  const formId = useFormId('ks-nowe')
  const form = useForm({ preset: '', title: '' })
  const { errors, version, busy } = form
  const labels = { preset: t('consultations.panel.new.preset'), title: t('consultations.panel.new.title') }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const { preset, title } = form.values
    await form.submit(
      t,
      () => {
        const fields: Record<string, string> = {}
        if (!preset) fields.preset = t('consultations.panel.new.presetRequired')
        if (title.trim().length < 3) fields.title = t('consultations.panel.new.titleRequired')
        return fields
      },
      async () => {
        const created = await api<StaffConsultation>(ksStaffApi.list(slug), {
          method: 'POST',
          body: { preset, title: title.trim() },
        })
        navigate(`${ksPanelPaths.consultation(slug, created.number)}?utworzono=1`)
      },
    )
  }
  return (
    <form id={formId} noValidate onSubmit={onSubmit} class="ks-new">
      <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
      <RadioGroup
        formId={formId}
        name="preset"
        legend={labels.preset}
        hint={t('consultations.panel.new.presetHint')}
        error={errors.fields.preset}
        value={form.values.preset || null}
        onValue={(value) => form.setValues((prev) => ({ ...prev, preset: value }))}
        options={presetKeys.map((key) => ({
          value: key,
          label: presetText(t, key),
          hint: <PresetRules preset={presets[key as PresetKey]} />,
        }))}
        look={{ ...ksChoice, boxedOptions: true }}
      />
      <Field
        formId={formId}
        {...form.field('title')}
        label={labels.title}
        hint={t('consultations.panel.new.titleHint')}
        maxLength={300}
      />
      <button type="submit" class="button" disabled={busy}>
        {busy ? t('consultations.panel.new.creating') : t('consultations.panel.new.submit')}
      </button>
    </form>
  )
}

/**
 * The JST's consultations: organisers see every one, drafts included, with a link to each one's page; moderators, who
 * moderate comments and never see drafts, see the published ones with a link to their comments.
 */
function List({ slug, tenantName, role }: TenantPanelContext) {
  const t = useT()
  const organiser = ORGANISERS.includes(role)
  const list = useResource<{ items: (StaffConsultationRow | ConsultationSummary)[] }>(
    organiser ? ksStaffApi.list(slug) : ksApi.list(slug),
  )
  return (
    <>
      <Crumbs items={[{ href: panelPath(slug), label: tenantName }, { label: t('consultations.panel.listCrumb') }]} />
      <PageHeading title={t('consultations.panel.list.titleFor', { name: tenantName })}>
        {t('consultations.panel.list.title')}
      </PageHeading>
      <p>{organiser ? t('consultations.panel.list.intro') : t('consultations.panel.list.introModerator')}</p>
      <ListSection
        headingId="ks-panel-list-heading"
        heading={t('consultations.panel.list.heading')}
        resource={list}
        items={list.data?.items ?? null}
        emptyTitle={t('consultations.panel.list.empty')}
      >
        {(rows) => (
          <ul class="ks-panel-list" aria-label={t('consultations.panel.list.caption', { name: tenantName })}>
            {[...rows]
              .sort((a, b) => b.number - a.number)
              .map((c) => (
                <li key={c.number} class="ks-panel-item">
                  <p class="ks-panel-item-title">
                    <a
                      href={
                        organiser
                          ? ksPanelPaths.consultation(slug, c.number)
                          : ksPanelPaths.section(slug, c.number, 'comments')
                      }
                    >
                      {c.title}
                    </a>
                  </p>
                  <dl class="ks-panel-item-facts">
                    <dt>{t('consultations.panel.list.colNumber')}</dt>
                    <dd>{c.number}</dd>
                    <dt>{t('consultations.panel.list.colPreset')}</dt>
                    <dd>{presetText(t, c.preset)}</dd>
                    <dt>{t('consultations.panel.list.colStatus')}</dt>
                    <dd>
                      <StatusText state={c.state} />
                    </dd>
                    <dt>{t('consultations.panel.list.colDates')}</dt>
                    <dd>
                      <DayRange start={c.startDate} end={c.endDate} />
                    </dd>
                  </dl>
                </li>
              ))}
          </ul>
        )}
      </ListSection>
      {organiser ? (
        <section class="panel-section" aria-labelledby="ks-new-heading">
          <h2 id="ks-new-heading">{t('consultations.panel.new.heading')}</h2>
          <p>{t('consultations.panel.new.intro')}</p>
          <NewConsultation slug={slug} />
        </section>
      ) : null}
    </>
  )
}

/** `/panel/{slug}/konsultacje`: the JST's consultations and, for organisers, the form for a new one. */
export function ConsultationsPanel({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="consultations">
      {(ctx) => <List {...ctx} />}
    </TenantPanelFrame>
  )
}
