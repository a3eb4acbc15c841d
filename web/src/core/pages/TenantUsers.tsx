import { useState } from 'preact/hooks'
import { TenantPanelFrame, type TenantPanelContext } from '../layout/TenantPanelFrame'
import {
  ConfirmDialog,
  DataTable,
  DateTime,
  Email,
  ErrorSummary,
  errorsFromApi,
  Field,
  ListSection,
  Notice,
  PageHeading,
  SelectField,
  useFormId,
} from '../ui'
import { useT } from '../i18n'
import { api, enc } from '../lib/api'
import { checkEmail, useForm } from '../lib/form'
import { useResource } from '../lib/resource'
import { ROLES, type Invitation, type Role, type StaffUser } from '../lib/types'

type Pending =
  | { kind: 'role'; user: StaffUser; role: Role }
  | { kind: 'active'; user: StaffUser; active: boolean }
  | { kind: 'withdraw'; invitation: Invitation }

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
        <Field
          formId={formId}
          {...form.field('email')}
          label={labels.email}
          type="email"
          autocomplete="off"
          spellcheck={false}
        />
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
      if (pending.kind === 'withdraw') {
        await api(`/jst/${enc(slug)}/staff/invitations/${enc(pending.invitation.id)}`, { method: 'DELETE' })
        setNotice(t('users.invitationWithdrawn', { email: pending.invitation.email }))
        setPending(null)
        invitations.reload()
        return
      }
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
      // A deactivation also withdraws the person's open invitations.
      if (pending.kind === 'active' && !pending.active) invitations.reload()
    } catch (error) {
      setDialogError(errorsFromApi(error, t).general)
    } finally {
      setBusy(false)
    }
  }

  const pendingInvitations = (invitations.data?.items ?? []).filter((i) => !i.acceptedAt && !i.withdrawnAt)

  return (
    <>
      <PageHeading title={t('users.titleFor', { name: tenantName })}>{t('users.title')}</PageHeading>
      <p>{t('users.intro', { name: tenantName })}</p>
      <Notice message={notice} />

      <ListSection
        headingId="users-heading"
        heading={t('users.listHeading')}
        resource={users}
        items={users.data?.items ?? null}
        emptyTitle={t('users.empty')}
      >
        {(rows) => (
          <DataTable
            captionId="users-caption"
            caption={t('users.caption', { name: tenantName })}
            columns={[
              t('users.col.name'),
              t('users.col.email'),
              t('users.col.role'),
              t('users.col.status'),
              t('users.col.lastLogin'),
              t('users.col.actions'),
            ]}
          >
            {rows.map((u) => {
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
                          setRoleDraft((prev) => ({
                            ...prev,
                            [u.id]: (event.currentTarget as HTMLSelectElement).value as Role,
                          }))
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
                          u.active
                            ? t('users.deactivateFor', { name: u.name })
                            : t('users.activateFor', { name: u.name })
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
          </DataTable>
        )}
      </ListSection>

      <InviteForm
        slug={slug}
        onInvited={(email) => {
          setNotice(t('users.invited', { email }))
          invitations.reload()
        }}
      />

      <ListSection
        headingId="invitations-heading"
        heading={t('users.invitationsHeading')}
        resource={invitations}
        items={invitations.data ? pendingInvitations : null}
        emptyTitle={t('users.invitationsEmpty')}
      >
        {(rows) => (
          <DataTable
            captionId="invitations-caption"
            caption={t('users.invitationsCaption', { name: tenantName })}
            columns={[t('users.col.email'), t('users.col.role'), t('users.col.expires'), t('users.col.actions')]}
          >
            {rows.map((inv) => (
              <tr key={inv.id}>
                <td class="break">
                  <Email value={inv.email} />
                </td>
                <td>{t(`role.${inv.role}`)}</td>
                <td>
                  <DateTime value={inv.expiresAt} kind="deadline" />
                </td>
                <td>
                  <button
                    type="button"
                    class="button button-small button-secondary"
                    aria-label={t('users.withdrawInvitationFor', { email: inv.email })}
                    onClick={() => {
                      setDialogError(null)
                      setPending({ kind: 'withdraw', invitation: inv })
                    }}
                  >
                    {t('users.withdrawInvitation')}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>

      <ConfirmDialog
        error={dialogError}
        open={pending !== null}
        title={
          pending?.kind === 'withdraw'
            ? t('users.confirmWithdrawTitle')
            : pending?.kind === 'role'
              ? t('users.confirmRoleTitle')
              : pending?.kind === 'active' && !pending.active
                ? t('users.confirmDeactivateTitle')
                : t('users.confirmActivateTitle')
        }
        confirmLabel={
          pending?.kind === 'withdraw'
            ? t('users.withdrawInvitation')
            : pending?.kind === 'role'
              ? t('users.confirmRole')
              : pending?.kind === 'active' && !pending.active
                ? t('users.deactivate')
                : t('users.activate')
        }
        danger={(pending?.kind === 'active' && !pending.active) || pending?.kind === 'withdraw'}
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
        {pending?.kind === 'withdraw' ? (
          <p>{t('users.confirmWithdrawBody', { email: pending.invitation.email })}</p>
        ) : null}
        {pending?.kind === 'active' ? (
          <p>
            {pending.active
              ? t('users.confirmActivateBody', { name: pending.user.name })
              : t('users.confirmDeactivateBody', { name: pending.user.name, tenant: tenantName })}
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
