import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { ErrorSummary, Field, PageHeading, NewPasswordFields, useFormId } from '../ui'
import { useT } from '../i18n'
import { api } from '../lib/api'
import { checkEmail, checkNewPassword, MIN_PASSWORD, useForm } from '../lib/form'

/** A success message that takes focus, so it is read out and the next step is one Tab away. */
function Success({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div ref={ref} tabIndex={-1} class="notice" role="status">
      {children}
    </div>
  )
}

export function PasswordResetRequest() {
  const t = useT()
  const formId = useFormId('reset')
  const form = useForm({ email: '' })
  const [sent, setSent] = useState(false)

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    await form.submit(
      t,
      (): Record<string, string> => {
        const email = checkEmail(form.values.email, t)
        return email ? { email } : {}
      },
      async () => {
        await api('/auth/password-reset', { method: 'POST', body: { email: form.values.email.trim() } })
        setSent(true)
      },
    )
  }

  const labels = { email: t('login.email') }
  return (
    <div class="narrow">
      <PageHeading title={t('reset.title')}>{t('reset.title')}</PageHeading>
      {sent ? (
        <Success>
          <p>{t('reset.sent', { email: form.values.email.trim() })}</p>
          <p>
            <a href="/panel/logowanie">{t('reset.backToLogin')}</a>
          </p>
        </Success>
      ) : (
        <>
          <p>{t('reset.intro')}</p>
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
            <div class="actions">
              <button type="submit" class="button" disabled={form.busy}>
                {t('reset.submit')}
              </button>
            </div>
          </form>
          <p>
            <a href="/panel/logowanie">{t('reset.backToLogin')}</a>
          </p>
        </>
      )}
    </div>
  )
}

export function PasswordResetConfirm({ token }: { token: string }) {
  const t = useT()
  const formId = useFormId('nowe-haslo')
  const form = useForm({ password: '', passwordRepeat: '' })
  const [done, setDone] = useState(false)

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    await form.submit(
      t,
      () => checkNewPassword(form.values.password, form.values.passwordRepeat, t),
      async () => {
        await api('/auth/password-reset/confirm', { method: 'POST', body: { token, password: form.values.password } })
        setDone(true)
      },
    )
  }

  const labels = { password: t('reset.newPassword'), passwordRepeat: t('reset.newPasswordRepeat') }
  return (
    <div class="narrow">
      <PageHeading title={t('reset.confirmTitle')}>{t('reset.confirmTitle')}</PageHeading>
      {done ? (
        <Success>
          <p>{t('reset.done')}</p>
          <p>
            <a href="/panel/logowanie">{t('reset.goToLogin')}</a>
          </p>
        </Success>
      ) : (
        <>
          <p>{t('reset.confirmIntro')}</p>
          <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
          <form onSubmit={onSubmit} noValidate aria-busy={form.busy ? 'true' : 'false'}>
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
                {t('reset.confirmSubmit')}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  )
}
