import { DataRegion, ErrorState, ErrorSummary, Field, Loading, PageHeading, NewPasswordFields, useFormId } from '../ui'
import { useT } from '../i18n'
import { api, enc } from '../lib/api'
import { panelPath } from '../lib/context'
import { checkNewPassword, MIN_PASSWORD, useForm } from '../lib/form'
import { useResource } from '../lib/resource'
import { signedIn } from '../lib/session'
import type { Role, User } from '../lib/types'
import { navigate } from '../../router'
import { roleDescription } from '../../modules'

interface InvitationInfo {
  email: string
  tenantName: string
  tenantSlug: string
  role: Role
}

export function InvitationAccept({ token }: { token: string }) {
  const t = useT()
  const formId = useFormId('zaproszenie')
  const invitation = useResource<InvitationInfo>(`/auth/invitations/${enc(token)}`)
  const form = useForm({ name: '', password: '', passwordRepeat: '' })

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (invitation.status !== 'ok') return
    await form.submit(
      t,
      () => {
        const errors = checkNewPassword(form.values.password, form.values.passwordRepeat, t)
        if (!form.values.name.trim()) errors.name = t('validation.nameRequired')
        return errors
      },
      async () => {
        const { user } = await api<{ user: User }>('/auth/invitations/accept', {
          method: 'POST',
          body: { token, name: form.values.name.trim(), password: form.values.password },
        })
        signedIn(user)
        navigate(panelPath(invitation.data.tenantSlug))
      },
    )
  }

  const labels = {
    name: t('invitation.name'),
    password: t('reset.newPassword'),
    passwordRepeat: t('reset.newPasswordRepeat'),
  }
  return (
    <div class="narrow">
      <PageHeading title={t('invitation.title')}>{t('invitation.title')}</PageHeading>
      <DataRegion busy={invitation.status === 'loading'}>
        {invitation.status === 'loading' ? <Loading /> : null}
        {invitation.status === 'error' ? (
          <ErrorState
            error={invitation.error}
            onRetry={invitation.reload}
            title={invitation.error.status === 404 ? t('invitation.invalidTitle') : undefined}
          />
        ) : null}
        {invitation.status === 'error' && invitation.error.status === 404 ? <p>{t('invitation.invalidHelp')}</p> : null}
        {invitation.status === 'ok' ? (
          <>
            <dl class="facts">
              <dt>{t('invitation.tenant')}</dt>
              <dd>{invitation.data.tenantName}</dd>
              <dt>{t('invitation.role')}</dt>
              <dd>{t(`role.${invitation.data.role}`)}</dd>
              <dt>{t('invitation.email')}</dt>
              <dd>{invitation.data.email}</dd>
            </dl>
            <p>{roleDescription(t, invitation.data.role)}</p>
            <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
            <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'}>
              <Field
                formId={formId}
                {...form.field('name')}
                label={labels.name}
                hint={t('invitation.nameHint')}
                autocomplete="name"
              />
              <NewPasswordFields
                formId={formId}
                password={form.field('password')}
                repeat={form.field('passwordRepeat')}
                labels={labels}
                hint={t('validation.passwordHint', { min: MIN_PASSWORD })}
                minLength={MIN_PASSWORD}
              />
              <div class="actions">
                <button type="submit" class="button" disabled={form.busy}>
                  {t('invitation.submit')}
                </button>
              </div>
            </form>
          </>
        ) : null}
      </DataRegion>
    </div>
  )
}
