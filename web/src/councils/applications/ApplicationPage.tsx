import '../i18n/pages'
import { useEffect, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { takeFromFragment } from '../../core/lib/fragment'
import { useForm } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import {
  Announced,
  Checkbox,
  DataRegion,
  DateTime,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  Notice,
  PageHeading,
  problemText,
  useFormId,
} from '../../core/ui'
import { RdCrumbs } from '../bodies/ui'
import { rdApi, rdPaths } from '../paths'
import { isPetition, type PublicApplication } from './types'
import { rdaChoice, ThresholdProgress, useRepresented } from './ui'

/**
 * `/{slug}/rady/wnioski/{number}`: one application — who applies, for what, its state, the count against the
 * threshold (never names), the decision's last day and the decision; the sign form of a petition (name, address, the
 * 60+ and residence declarations), and for an NGOs' application the confirmation by an organisation this browser
 * speaks for. The e-mailed link `#potwierdzenie=…` confirms the applicant's address here.
 */
export function ApplicationPage({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const [confirmation, setConfirmation] = useState<{ done: boolean; error: string | null } | null>(null)
  const [ready, setReady] = useState(false)
  useEffect(() => {
    const token = takeFromFragment('potwierdzenie')
    if (!token) {
      setReady(true)
      return
    }
    api(`${rdApi.application(slug, number)}/potwierdzenie`, { method: 'POST', body: { token } })
      .then(() => setConfirmation({ done: true, error: null }))
      .catch((e: unknown) => setConfirmation({ done: false, error: problemText(e as ApiError, t) }))
      .finally(() => setReady(true))
  }, [slug, number])
  const one = useResource<PublicApplication>(ready ? rdApi.application(slug, number) : null)
  if (one.status === 'error' && one.error.status === 404 && !confirmation?.error)
    return <NotFound detail={t('councils.applications.notFound')} />
  const name = tenant.tenant?.name ?? slug
  const a = one.data
  return (
    <>
      <RdCrumbs
        items={[
          { href: tenantPath(slug), label: name },
          { href: rdPaths.list(slug), label: t('module.councils') },
          { href: rdPaths.applications(slug), label: t('councils.applications.list.crumb') },
          { label: t('councils.applications.one.crumb', { number }) },
        ]}
      />
      <PageHeading title={a?.title ?? t('councils.applications.one.crumb', { number })}>
        {a?.title ?? t('councils.applications.one.crumb', { number })}
      </PageHeading>
      {confirmation?.done ? (
        <Announced title={t('councils.applications.confirm.done')}>
          <p>{t('councils.applications.confirm.doneText')}</p>
        </Announced>
      ) : null}
      {confirmation?.error ? <Notice message={confirmation.error} /> : null}
      <DataRegion busy={one.status === 'loading'}>
        {one.status === 'loading' && !a ? <Loading /> : null}
        {one.status === 'error' ? <ErrorState error={one.error} onRetry={one.reload} /> : null}
        {a ? (
          <>
            <Facts a={a} />
            <ThresholdProgress a={a} id="rda-one" />
            {a.justification ? (
              <section aria-labelledby="rda-justification">
                <h2 id="rda-justification">{t('councils.applications.one.justification')}</h2>
                <p class="rda-text">{a.justification}</p>
              </section>
            ) : null}
            {a.organisations.length > 0 ? (
              <section aria-labelledby="rda-orgs">
                <h2 id="rda-orgs">{t('councils.applications.one.organisations')}</h2>
                <ul>
                  {a.organisations.map((o) => (
                    <li key={o.name}>{o.name}</li>
                  ))}
                </ul>
              </section>
            ) : null}
            {isPetition(a) && a.status === 'zbieranie' ? (
              <SignForm slug={slug} number={number} onSigned={one.reload} />
            ) : null}
            {a.applicant.kind === 'organizacje' && a.status === 'zbieranie' ? (
              <JoinForm slug={slug} number={number} onJoined={one.reload} />
            ) : null}
          </>
        ) : null}
      </DataRegion>
    </>
  )
}

/** The application's facts as a definition list: body, applicant, state, dates, decision. */
export function Facts({ a }: { a: PublicApplication }) {
  const t = useT()
  return (
    <dl class="rda-facts">
      <dt>{t('councils.applications.one.body')}</dt>
      <dd>{a.kindName}</dd>
      <dt>{t('councils.applications.one.applicant')}</dt>
      <dd>{a.applicant.name}</dd>
      <dt>{t('councils.applications.one.status')}</dt>
      <dd>{t(`councils.applications.status.${a.status}`)}</dd>
      {a.filedOn ? (
        <>
          <dt>{t('councils.applications.one.filedOn')}</dt>
          <dd>
            <DateTime value={a.filedOn} />
          </dd>
        </>
      ) : null}
      {a.decisionDueOn ? (
        <>
          <dt>{t('councils.applications.one.decisionDueOn')}</dt>
          <dd>
            <DateTime value={a.decisionDueOn} kind="deadline" />
          </dd>
        </>
      ) : null}
      {a.decision ? (
        <>
          <dt>{t('councils.applications.one.decision')}</dt>
          <dd>
            {t(`councils.applications.status.${a.decision.outcome}`)} (<DateTime value={a.decision.decidedOn} />)
            {a.decision.act ? ` · ${a.decision.act}` : ''}
            {a.decision.reason ? ` · ${a.decision.reason}` : ''}
          </dd>
        </>
      ) : null}
    </dl>
  )
}

function SignForm({ slug, number, onSigned }: { slug: string; number: string; onSigned: () => void }) {
  const t = useT()
  const formId = useFormId('rda-sign')
  const form = useForm({ name: '', address: '' })
  const [declaredSenior, setDeclaredSenior] = useState(false)
  const [resident, setResident] = useState(false)
  const [signed, setSigned] = useState(0)
  const labels: Record<string, string> = {
    name: t('councils.applications.sign.name'),
    address: t('councils.applications.sign.address'),
    declaredSenior: t('councils.applications.sign.senior'),
    resident: t('councils.applications.sign.resident'),
  }
  const send = () =>
    form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        if (!form.values.name.trim()) errors.name = t('councils.applications.sign.nameRequired')
        if (!form.values.address.trim()) errors.address = t('councils.applications.sign.addressRequired')
        if (!declaredSenior) errors.declaredSenior = t('councils.applications.sign.seniorRequired')
        if (!resident) errors.resident = t('councils.applications.sign.residentRequired')
        return errors
      },
      async () => {
        await api(`${rdApi.application(slug, number)}/podpisy`, {
          method: 'POST',
          body: { ...form.values, declaredSenior, resident },
        })
        form.setValues({ name: '', address: '' })
        setDeclaredSenior(false)
        setResident(false)
        setSigned((n) => n + 1)
        onSigned()
      },
    )
  return (
    <section aria-labelledby="rda-sign-heading">
      <h2 id="rda-sign-heading">{t('councils.applications.sign.heading')}</h2>
      <p>{t('councils.applications.sign.intro')}</p>
      <div aria-live="polite">{signed > 0 ? <p class="notice">{t('councils.applications.sign.done')}</p> : null}</div>
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!form.busy) void send()
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <Field {...form.field('name')} formId={formId} label={labels.name!} autocomplete="name" />
        <Field
          {...form.field('address')}
          formId={formId}
          label={labels.address!}
          autocomplete="street-address"
          hint={t('councils.applications.sign.addressHint')}
        />
        <Checkbox
          formId={formId}
          name="declaredSenior"
          label={labels.declaredSenior}
          checked={declaredSenior}
          onChecked={setDeclaredSenior}
          error={form.errors.fields.declaredSenior}
          required
          look={rdaChoice}
        />
        <Checkbox
          formId={formId}
          name="resident"
          label={labels.resident}
          checked={resident}
          onChecked={setResident}
          error={form.errors.fields.resident}
          required
          look={rdaChoice}
        />
        <p class="hint">{t('councils.applications.sign.privacy')}</p>
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.applications.sign.submit')}
        </button>
      </form>
    </section>
  )
}

function JoinForm({ slug, number, onJoined }: { slug: string; number: string; onJoined: () => void }) {
  const t = useT()
  const orgs = useRepresented()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const join = async (key: string) => {
    setBusy(true)
    try {
      await api(`${rdApi.application(slug, number)}/organizacje`, { method: 'POST', token: key })
      setMessage(t('councils.applications.join.done'))
      onJoined()
    } catch (e) {
      setMessage(problemText(e as ApiError, t))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby="rda-join-heading">
      <h2 id="rda-join-heading">{t('councils.applications.join.heading')}</h2>
      {orgs === null ? <Loading /> : null}
      {orgs?.length === 0 ? <p>{t('councils.applications.join.noKey')}</p> : null}
      {orgs?.length ? <p>{t('councils.applications.join.intro')}</p> : null}
      <div aria-live="polite">{message ? <p class="notice">{message}</p> : null}</div>
      {orgs?.length ? (
        <ul>
          {orgs.map((o) => (
            <li key={o.id}>
              <button type="button" class="button" disabled={busy} onClick={() => void join(o.key)}>
                {t('councils.applications.join.submit', { name: o.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
