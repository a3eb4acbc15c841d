import { useEffect } from 'preact/hooks'
import { ErrorSummary, Field, PageHeading, useFormId } from '../ui'
import { useT } from '../i18n'
import { api } from '../lib/api'
import { panelLanding } from '../lib/landing'
import { checkEmail, useForm } from '../lib/form'
import { safeReturnPath } from '../lib/return-path'
import { signedIn, useSession } from '../lib/session'
import type { User } from '../lib/types'
import { navigate, useSearchParam } from '../../router'

export function Login() {
  const t = useT()
  const formId = useFormId('logowanie')
  const session = useSession()
  const returnTo = safeReturnPath(useSearchParam('powrot'), location.origin)
  const loggedOut = useSearchParam('wylogowano')
  const form = useForm({ email: '', password: '' })

  useEffect(() => {
    if (session.status === 'in' && session.user) navigate(panelLanding(session.user, returnTo), { replace: true })
  }, [session.status])

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    await form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        const email = checkEmail(form.values.email, t)
        if (email) errors.email = email
        if (!form.values.password) errors.password = t('validation.passwordRequired')
        return errors
      },
      async () => {
        const { user } = await api<{ user: User }>('/auth/login', {
          method: 'POST',
          body: { email: form.values.email.trim(), password: form.values.password },
        })
        signedIn(user)
        navigate(panelLanding(user, returnTo))
      },
    )
  }

  const labels = { email: t('login.email'), password: t('login.password') }
  return (
    <div class="narrow">
      <PageHeading title={t('login.title')}>{t('login.title')}</PageHeading>
      <p>{t('login.intro')}</p>
      {loggedOut ? (
        <p class="notice" role="status">
          {loggedOut === 'wszedzie' ? t('login.loggedOutAll') : t('login.loggedOut')}
        </p>
      ) : null}
      {returnTo ? <p class="notice-info">{t('login.returnNotice')}</p> : null}
      <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
      <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'}>
        <Field
          formId={formId}
          {...form.field('email')}
          label={labels.email}
          type="email"
          autocomplete="username"
          spellcheck={false}
        />
        <Field
          formId={formId}
          {...form.field('password')}
          label={labels.password}
          type="password"
          autocomplete="current-password"
        />
        <div class="actions">
          <button type="submit" class="button" disabled={form.busy}>
            {form.busy ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
      <p>
        <a href="/panel/reset-hasla">{t('login.forgot')}</a>
      </p>
      <p class="muted">{t('login.residentsNote')}</p>
    </div>
  )
}
