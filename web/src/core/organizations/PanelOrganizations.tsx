import { useState } from 'preact/hooks'
import { LIMITS } from '../../../../worker/core/organizations/rules'
import { TenantPanelFrame, type TenantPanelContext } from '../layout/TenantPanelFrame'
import { useT } from '../i18n'
import { api, enc } from '../lib/api'
import { useResource } from '../lib/resource'
import { navigate, useSearchParam } from '../../router'
import {
  ConfirmDialog,
  DataTable,
  Email,
  errorsFromApi,
  ListSection,
  Notice,
  PageHeading,
  SelectField,
  TextAreaField,
  useFormId,
} from '../ui'
import { orgPaths, type OrganizationRecord } from './api'
import { OrganizationForm } from './OrganizationForm'
import { RegisterText } from './ui'

type Pending = { kind: 'verify'; o: OrganizationRecord } | { kind: 'refuse'; o: OrganizationRecord }

const FILTERS = ['pending', 'verified', 'refused', 'all'] as const

/**
 * The staff's section of the NGO directory in a JST's panel (`/panel/{slug}/organizacje`, admin and koordynator): the
 * organisations acting in the JST, waiting ones first, each verified or refused with a reason in a dialog (the
 * organisation is e-mailed either way), and a link to add one the office knows.
 */
function Organizations({ slug, tenantName }: TenantPanelContext) {
  const t = useT()
  const asked = useSearchParam('pokaz') ?? ''
  const show = (FILTERS as readonly string[]).includes(asked) ? (asked as (typeof FILTERS)[number]) : 'pending'
  const list = useResource<{ items: OrganizationRecord[] }>(
    `/jst/${enc(slug)}/staff/organizations${show === 'all' ? '' : `?status=${show}`}`,
  )
  const [notice, setNotice] = useState<string | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const formId = useFormId('org-panel')

  const open = (next: Pending) => {
    setDialogError(null)
    setReasonError(undefined)
    setReason('')
    setPending(next)
  }

  const decide = async () => {
    if (!pending) return
    if (pending.kind === 'refuse' && reason.trim().length < LIMITS.refusalReason.min) {
      setReasonError(t('organizations.panel.reasonShort'))
      document.getElementById(`${formId}-reason`)?.focus()
      return
    }
    setBusy(true)
    setDialogError(null)
    try {
      const path = `/jst/${enc(slug)}/staff/organizations/${enc(pending.o.id)}/${pending.kind}`
      if (pending.kind === 'verify') await api(path, { method: 'POST' })
      else await api(path, { method: 'POST', body: { reason: reason.trim() } })
      setNotice(
        pending.kind === 'verify'
          ? t('organizations.panel.verifiedNotice', { name: pending.o.name })
          : t('organizations.panel.refusedNotice', { name: pending.o.name }),
      )
      setPending(null)
      list.reload()
    } catch (error) {
      const found = errorsFromApi(error, t)
      if (found.fields.reason) setReasonError(found.fields.reason)
      setDialogError(found.general)
      list.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeading title={t('organizations.panel.titleFor', { name: tenantName })}>
        {t('organizations.panel.title')}
      </PageHeading>
      <p>{t('organizations.panel.intro')}</p>
      <p>
        <a href={orgPaths.panelAdd(slug)} class="button button-secondary">
          {t('organizations.panel.addHeading')}
        </a>
      </p>
      <Notice message={notice} />
      <form class="form-inline" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          formId={formId}
          name="show"
          label={t('organizations.panel.show')}
          value={show}
          onValue={(value) =>
            navigate(`${orgPaths.panel(slug)}${value === 'pending' ? '' : `?pokaz=${value}`}`, { focus: false })
          }
          options={FILTERS.map((f) => ({ value: f, label: t(`organizations.panel.filter.${f}`) }))}
        />
      </form>
      <ListSection
        headingId="org-panel-heading"
        heading={t('organizations.panel.listHeading')}
        resource={list}
        items={list.data?.items ?? null}
        emptyTitle={t('organizations.panel.empty')}
      >
        {(rows) => (
          <DataTable
            captionId="org-panel-caption"
            caption={t('organizations.panel.caption', { name: tenantName })}
            columns={[
              t('organizations.panel.col.name'),
              t('organizations.panel.col.register'),
              t('organizations.panel.col.contact'),
              t('organizations.panel.col.status'),
              t('organizations.panel.col.actions'),
            ]}
          >
            {rows.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  {o.status === 'refused' ? o.name : <a href={orgPaths.organization(o.id)}>{o.name}</a>}
                  <div class="muted small">{t(`organizations.legalForms.${o.legalForm}`)}</div>
                  {o.addedByStaff ? <div class="muted small">{t('organizations.panel.addedByStaff')}</div> : null}
                </th>
                <td class="break">
                  <RegisterText o={o} />
                </td>
                <td class="break">
                  {o.representativeName}
                  <br />
                  <Email value={o.contactEmail} />
                </td>
                <td>
                  {t(`organizations.status.${o.status}`)}
                  {o.status === 'refused' && o.refusalReason ? (
                    <div class="muted small org-refusal">{o.refusalReason}</div>
                  ) : null}
                </td>
                <td>
                  <div class="row-actions">
                    {o.status === 'pending' || o.status === 'refused' ? (
                      <button
                        type="button"
                        class="button button-small"
                        aria-label={t('organizations.panel.verifyFor', { name: o.name })}
                        onClick={() => open({ kind: 'verify', o })}
                      >
                        {t('organizations.panel.verify')}
                      </button>
                    ) : null}
                    {o.status === 'pending' || o.status === 'verified' ? (
                      <button
                        type="button"
                        class="button button-small button-danger"
                        aria-label={t('organizations.panel.refuseFor', { name: o.name })}
                        onClick={() => open({ kind: 'refuse', o })}
                      >
                        {t('organizations.panel.refuse')}
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'refuse' ? t('organizations.panel.refuseTitle') : t('organizations.panel.verifyTitle')}
        confirmLabel={pending?.kind === 'refuse' ? t('organizations.panel.refuse') : t('organizations.panel.verify')}
        onConfirm={() => void decide()}
        onCancel={() => setPending(null)}
        busy={busy}
        danger={pending?.kind === 'refuse'}
        error={dialogError}
      >
        {pending?.kind === 'refuse' ? (
          <>
            <p>{t('organizations.panel.refuseBody', { name: pending.o.name })}</p>
            <TextAreaField
              formId={formId}
              name="reason"
              label={t('organizations.panel.reason')}
              hint={t('organizations.panel.reasonHint')}
              error={reasonError}
              value={reason}
              onValue={setReason}
              rows={4}
              maxLength={LIMITS.refusalReason.max}
            />
          </>
        ) : pending ? (
          <p>{t('organizations.panel.verifyBody', { name: pending.o.name })}</p>
        ) : null}
      </ConfirmDialog>
    </>
  )
}

export function PanelOrganizations({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="organizations">
      {(ctx) => <Organizations {...ctx} />}
    </TenantPanelFrame>
  )
}

/** Staff add an organisation they know (`/panel/{slug}/organizacje/dodaj`): verified at once. */
function AddOrganization({ slug, tenantName }: TenantPanelContext) {
  const t = useT()
  const [added, setAdded] = useState<string | null>(null)
  return (
    <>
      <PageHeading title={`${t('organizations.panel.addHeading')} — ${tenantName}`}>
        {t('organizations.panel.addHeading')}
      </PageHeading>
      <p>{t('organizations.panel.addIntro')}</p>
      <Notice message={added ? t('organizations.panel.addedNotice', { name: added }) : null} />
      {added ? (
        <p>
          <a href={orgPaths.panel(slug)}>{t('organizations.panel.title')}</a>
        </p>
      ) : (
        <OrganizationForm mode="staff" slug={slug} onDone={({ name }) => setAdded(name)} />
      )}
    </>
  )
}

export function PanelAddOrganization({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="organizations">
      {(ctx) => <AddOrganization {...ctx} />}
    </TenantPanelFrame>
  )
}
