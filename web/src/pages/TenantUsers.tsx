import { useState } from 'preact/hooks'
import { TenantPanelFrame, type TenantPanelContext } from '../components/TenantPanelFrame'
import {
  ConfirmDialog,
  DataRegion,
  DateTime,
  Email,
  Empty,
  ErrorState,
  ErrorSummary,
  errorsFromApi,
  Field,
  Loading,
  Notice,
  PageHeading,
  SelectField,
  useFormId,
} from '../components/ui'
import { useT } from '../i18n'
import { api, enc } from '../lib/api'
import { checkEmail, useForm } from '../lib/form'
import { useResource } from '../lib/resource'
import { ROLES, type Invitation, type Role, type StaffUser } from '../lib/types'

type Pending =
  | { kind: 'role'; user: StaffUser; role: Role }
  | { kind: 'active'; user: StaffUser; active: boolean }

function InviteForm({ slug, onInvited }: { slug: string; onInvited: (email: string) => void }) {
  const t = useT()
  const formId = useFormId('zapros')
  const form = useForm({ email: '', role: 'koordynator' })
  const labels = { email: t('users.inviteEmail'), role: t('users.inviteRole') }
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const ok = await form.submit(
      t,
      (): Record<string, string> => {
        const email = checkEmail(form.values.email, t)
        return email ? { email } : {}
      },
      async () => {
        await api(`/jst/${enc(slug)}/staff/invitations`, {
          method: 'POST',
          body: { email: form.values.email.trim(), role: form.values.role },
        })
      },
    )
    if (ok) {
      onInvited(form.values.email.trim())
      form.setValues({ email: '', role: form.values.role })
    }
  }
  return (
    <section class="panel-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('users.inviteHeading')}</h2>
      <p>{t('users.inviteIntro')}</p>
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'} class="form-inline">
        <Field formId={formId} {...form.field('email')} label={labels.email} type="email" autocomplete="off" spellcheck={false} />
        <SelectField
          formId={formId}
          {...form.field('role')}
          label={labels.role}
          options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {t('users.inviteSubmit')}
          </button>
        </div>
      </form>
    </section>
  )
}

function Users({ slug, tenantName, user: me }: TenantPanelContext) {
  const t = useT()
  const users = useResource<{ items: StaffUser[] }>(`/jst/${enc(slug)}/staff/users`)
  const invitations = useResource<{ items: Invitation[] }>(`/jst/${enc(slug)}/staff/invitations`)
  const [notice, setNotice] = useState<string | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [roleDraft, setRoleDraft] = useState<Record<string, Role>>({})
  const [busy, setBusy] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)

  const confirm = async () => {
    if (!pending) return
    setBusy(true)
    setDialogError(null)
    try {
      const body = pending.kind === 'role' ? { role: pending.role } : { active: pending.active }
      await api(`/jst/${enc(slug)}/staff/users/${enc(pending.user.id)}`, { method: 'PATCH', body })
      setNotice(
        pending.kind === 'role'
          ? t('users.roleChanged', { name: pending.user.name, role: t(`role.${pending.role}`) })
          : pending.active
            ? t('users.activated', { name: pending.user.name })
            : t('users.deactivated', { name: pending.user.name }),
      )
      setPending(null)
      users.reload()
    } catch (error) {
      setDialogError(errorsFromApi(error, t).general)
    } finally {
      setBusy(false)
    }
  }

  const pendingInvitations = (invitations.data?.items ?? []).filter((i) => !i.acceptedAt)

  return (
    <>
      <PageHeading title={t('users.titleFor', { name: tenantName })}>{t('users.title')}</PageHeading>
      <p>{t('users.intro', { name: tenantName })}</p>
      <Notice message={notice} />

      <section class="panel-section" aria-labelledby="users-heading">
        <h2 id="users-heading">{t('users.listHeading')}</h2>
        <DataRegion busy={users.status === 'loading'}>
          {users.status === 'loading' && !users.data ? <Loading /> : null}
          {users.status === 'error' ? <ErrorState error={users.error} onRetry={users.reload} /> : null}
          {users.data && users.data.items.length === 0 ? <Empty title={t('users.empty')} /> : null}
          {users.data && users.data.items.length > 0 ? (
            <div class="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
              <table>
                <caption class="visually-hidden" id="users-caption">
                  {t('users.caption', { name: tenantName })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.col.name')}</th>
                    <th scope="col">{t('users.col.email')}</th>
                    <th scope="col">{t('users.col.role')}</th>
                    <th scope="col">{t('users.col.status')}</th>
                    <th scope="col">{t('users.col.lastLogin')}</th>
                    <th scope="col">{t('users.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.items.map((u) => {
                    const draft = roleDraft[u.id] ?? u.role
                    const selectId = `rola-${u.id}`
                    const self = u.id === me.id
                    return (
                      <tr key={u.id}>
                        <th scope="row">
                          {u.name}
                          {self ? <span class="badge">{t('users.you')}</span> : null}
                        </th>
                        <td class="break">
                          <Email value={u.email} />
                        </td>
                        <td>{t(`role.${u.role}`)}</td>
                        <td>
                          <span class={u.active ? 'status status-ok' : 'status status-off'}>
                            {u.active ? t('users.active') : t('users.inactive')}
                          </span>
                        </td>
                        <td>{u.lastLoginAt ? <DateTime value={u.lastLoginAt} withTime /> : t('users.never')}</td>
                        <td>
                          <div class="row-actions">
                            <label for={selectId} class="visually-hidden">
                              {t('users.newRoleFor', { name: u.name })}
                            </label>
                            <select
                              id={selectId}
                              value={draft}
                              onChange={(event) =>
                                setRoleDraft((prev) => ({ ...prev, [u.id]: (event.currentTarget as HTMLSelectElement).value as Role }))
                              }
                            >
                              {ROLES.map((role) => (
                                <option key={role} value={role}>
                                  {t(`role.${role}`)}
                                </option>
                              ))}
                            </select>
                            <button
                              type="button"
                              class="button button-small button-secondary"
                              disabled={draft === u.role}
                              aria-label={t('users.changeRoleFor', { name: u.name })}
                              onClick={() => {
                                setDialogError(null)
                                setPending({ kind: 'role', user: u, role: draft })
                              }}
                            >
                              {t('users.changeRole')}
                            </button>
                            <button
                              type="button"
                              class={u.active ? 'button button-small button-danger' : 'button button-small button-secondary'}
                              aria-label={
                                u.active ? t('users.deactivateFor', { name: u.name }) : t('users.activateFor', { name: u.name })
                              }
                              onClick={() => {
                                setDialogError(null)
                                setPending({ kind: 'active', user: u, active: !u.active })
                              }}
                            >
                              {u.active ? t('users.deactivate') : t('users.activate')}
                            </button>
                          </div>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
        </DataRegion>
      </section>

      <InviteForm
        slug={slug}
        onInvited={(email) => {
          setNotice(t('users.invited', { email }))
          invitations.reload()
        }}
      />

      <section class="panel-section" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('users.invitationsHeading')}</h2>
        <DataRegion busy={invitations.status === 'loading'}>
          {invitations.status === 'loading' && !invitations.data ? <Loading /> : null}
          {invitations.status === 'error' ? <ErrorState error={invitations.error} onRetry={invitations.reload} /> : null}
          {invitations.data && pendingInvitations.length === 0 ? (
            <Empty title={t('users.invitationsEmpty')} />
          ) : null}
          {pendingInvitations.length > 0 ? (
            <div class="table-wrap" role="region" aria-labelledby="invitations-caption" tabIndex={0}>
              <table>
                <caption class="visually-hidden" id="invitations-caption">
                  {t('users.invitationsCaption', { name: tenantName })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.col.email')}</th>
                    <th scope="col">{t('users.col.role')}</th>
                    <th scope="col">{t('users.col.expires')}</th>
                  </tr>
                </thead>
                <tbody>
                  {pendingInvitations.map((inv) => (
                    <tr key={inv.id}>
                      <td class="break">
                        <Email value={inv.email} />
                      </td>
                      <td>{t(`role.${inv.role}`)}</td>
                      <td>
                        <DateTime value={inv.expiresAt} withTime />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </DataRegion>
      </section>

      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'role'
            ? t('users.confirmRoleTitle')
            : pending?.kind === 'active' && !pending.active
              ? t('users.confirmDeactivateTitle')
              : t('users.confirmActivateTitle')
        }
        confirmLabel={
          pending?.kind === 'role'
            ? t('users.confirmRole')
            : pending?.kind === 'active' && !pending.active
              ? t('users.deactivate')
              : t('users.activate')
        }
        danger={pending?.kind === 'active' && !pending.active}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending?.kind === 'role' ? (
          <p>
            {t('users.confirmRoleBody', {
              name: pending.user.name,
              from: t(`role.${pending.user.role}`),
              to: t(`role.${pending.role}`),
            })}
          </p>
        ) : null}
        {pending?.kind === 'active' ? (
          <p>
            {pending.active
              ? t('users.confirmActivateBody', { name: pending.user.name })
              : t('users.confirmDeactivateBody', { name: pending.user.name, tenant: tenantName })}
          </p>
        ) : null}
        {dialogError ? (
          <p class="field-error" role="alert">
            {dialogError}
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  )
}

export function TenantUsers({ slug }: { slug: string }) {
  return (
    <TenantPanelFrame slug={slug} section="users">
      {(ctx) => <Users {...ctx} />}
    </TenantPanelFrame>
  )
}
