import '../i18n/pages'
import { useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { TenantPanelFrame, type TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import { api, ApiError } from '../../core/lib/api'
import { panelPath } from '../../core/lib/context'
import { useForm } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  Checkbox,
  DataRegion,
  DataTable,
  DateTime,
  ErrorState,
  ErrorSummary,
  Field,
  Loading,
  PageHeading,
  problemText,
  RadioGroup,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { RdCrumbs } from '../bodies/ui'
import { rdApi, rdPaths } from '../paths'
import { Facts } from './ApplicationPage'
import { isPetition, type StaffApplication } from './types'
import { rdaChoice, ThresholdProgress } from './ui'

/**
 * `/panel/{slug}/rady/wnioski/{number}` (admin, koordynator): one application with its count against the threshold
 * ("próg osiągnięty"), the filing that starts the decision's clock (refused below the threshold), the decision with its
 * last day, paper signatures and the list of signatures (personal data, never cached).
 */
export function PanelApplication({ slug, number }: { slug: string; number: string }) {
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {(ctx) => <Application ctx={ctx} number={number} />}
    </TenantPanelFrame>
  )
}

function Application({ ctx, number }: { ctx: TenantPanelContext; number: string }) {
  const t = useT()
  const { slug } = ctx
  const one = useResource<StaffApplication>(rdApi.staffApplication(slug, number))
  const a = one.data
  const title = a?.title ?? t('councils.applications.one.crumb', { number })
  return (
    <>
      <RdCrumbs
        items={[
          { href: panelPath(slug), label: ctx.tenantName },
          { href: rdPaths.panel(slug), label: t('councils.panel.section') },
          { href: rdPaths.panelApplications(slug), label: t('councils.applications.list.crumb') },
          { label: t('councils.applications.one.crumb', { number }) },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <DataRegion busy={one.status === 'loading'}>
        {one.status === 'loading' && !a ? <Loading /> : null}
        {one.status === 'error' ? <ErrorState error={one.error} onRetry={one.reload} /> : null}
        {a ? (
          <>
            {!a.confirmed ? <p class="notice">{t('councils.applications.panel.unconfirmedText')}</p> : null}
            <Facts a={a} />
            {a.overdue ? <p class="notice">{t('councils.applications.panel.overdueText')}</p> : null}
            <ThresholdProgress a={a} id="rda-staff" />
            {a.count && a.count.undeclared > 0 ? (
              <p>{t('councils.applications.panel.undeclared', { count: a.count.undeclared })}</p>
            ) : null}
            {a.status === 'zbieranie' && a.confirmed ? <FileAction slug={slug} a={a} onDone={one.reload} /> : null}
            {a.status === 'zlozony' ? <Decide slug={slug} a={a} onDone={one.reload} /> : null}
            {isPetition(a) && a.status === 'zbieranie' && a.confirmed ? (
              <PaperSignature slug={slug} number={number} onDone={one.reload} />
            ) : null}
            {isPetition(a) ? <Signatures a={a} /> : null}
          </>
        ) : null}
      </DataRegion>
    </>
  )
}

function FileAction({ slug, a, onDone }: { slug: string; a: StaffApplication; onDone: () => void }) {
  const t = useT()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const file = async () => {
    setBusy(true)
    try {
      await api(`${rdApi.staffApplication(slug, a.number)}/zlozenie`, { method: 'POST' })
      setMessage(t('councils.applications.file.done'))
      onDone()
    } catch (e) {
      setMessage(problemText(e as ApiError, t))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby="rda-file-heading">
      <h2 id="rda-file-heading">{t('councils.applications.file.heading')}</h2>
      <p>{t(isPetition(a) ? 'councils.applications.file.introPetition' : 'councils.applications.file.intro')}</p>
      <div aria-live="polite">{message ? <p class="notice">{message}</p> : null}</div>
      <button type="button" class="button" disabled={busy} onClick={() => void file()}>
        {t('councils.applications.file.submit')}
      </button>
    </section>
  )
}

function Decide({ slug, a, onDone }: { slug: string; a: StaffApplication; onDone: () => void }) {
  const t = useT()
  const formId = useFormId('rda-decide')
  const [decision, setDecision] = useState<string | null>(null)
  const [createBody, setCreateBody] = useState(false)
  const form = useForm({ act: '', reason: '', name: '', slug: '' })
  const labels: Record<string, string> = {
    decision: t('councils.applications.decide.decision'),
    act: t('councils.applications.decide.act'),
    reason: t('councils.applications.decide.reason'),
    'createBody.name': t('councils.applications.decide.bodyName'),
    'createBody.slug': t('councils.applications.decide.bodySlug'),
  }
  const send = () =>
    form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        if (!decision) errors.decision = t('councils.applications.decide.decisionRequired')
        if (decision === 'uwzgledniony' && !form.values.act.trim())
          errors.act = t('councils.applications.decide.actRequired')
        if (decision === 'odrzucony' && !form.values.reason.trim())
          errors.reason = t('councils.applications.decide.reasonRequired')
        return errors
      },
      async () => {
        const v = form.values
        await api(`${rdApi.staffApplication(slug, a.number)}/decyzja`, {
          method: 'POST',
          body:
            decision === 'uwzgledniony'
              ? { decision, act: v.act, ...(createBody ? { createBody: { name: v.name, slug: v.slug } } : {}) }
              : { decision, reason: v.reason },
        })
        onDone()
      },
    )
  return (
    <section aria-labelledby="rda-decide-heading">
      <h2 id="rda-decide-heading">{t('councils.applications.decide.heading')}</h2>
      {a.decisionDueOn ? (
        <p>
          {t('councils.applications.decide.due')} <DateTime value={a.decisionDueOn} kind="deadline" />
        </p>
      ) : null}
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
          name="decision"
          legend={labels.decision!}
          error={form.errors.fields.decision}
          value={decision}
          onValue={setDecision}
          options={[
            { value: 'uwzgledniony', label: t('councils.applications.status.uwzgledniony') },
            { value: 'odrzucony', label: t('councils.applications.status.odrzucony') },
          ]}
          look={rdaChoice}
        />
        {decision === 'uwzgledniony' ? (
          <>
            <Field {...form.field('act')} formId={formId} label={labels.act!} autocomplete="off" />
            <Checkbox
              formId={formId}
              name="createBody"
              label={t('councils.applications.decide.createBody')}
              checked={createBody}
              onChecked={setCreateBody}
              look={rdaChoice}
            />
            {createBody ? (
              <>
                <Field
                  {...form.field('name')}
                  error={form.errors.fields['createBody.name']}
                  formId={formId}
                  label={labels['createBody.name']!}
                  autocomplete="off"
                />
                <Field
                  {...form.field('slug')}
                  error={form.errors.fields['createBody.slug']}
                  formId={formId}
                  label={labels['createBody.slug']!}
                  hint={t('councils.applications.decide.bodySlugHint')}
                  autocomplete="off"
                  spellcheck={false}
                />
              </>
            ) : null}
          </>
        ) : null}
        {decision === 'odrzucony' ? (
          <TextAreaField
            {...form.field('reason')}
            formId={formId}
            label={labels.reason!}
            hint={t('councils.applications.decide.reasonHint')}
            rows={3}
          />
        ) : null}
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.applications.decide.submit')}
        </button>
      </form>
    </section>
  )
}

function PaperSignature({ slug, number, onDone }: { slug: string; number: string; onDone: () => void }) {
  const t = useT()
  const formId = useFormId('rda-paper-sign')
  const form = useForm({ name: '', address: '' })
  const [declaredSenior, setDeclaredSenior] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const labels: Record<string, string> = {
    name: t('councils.applications.sign.name'),
    address: t('councils.applications.sign.address'),
  }
  const send = () =>
    form.submit(
      t,
      () => {
        const errors: Record<string, string> = {}
        if (!form.values.name.trim()) errors.name = t('councils.applications.sign.nameRequired')
        if (!form.values.address.trim()) errors.address = t('councils.applications.sign.addressRequired')
        return errors
      },
      async () => {
        const r = await api<{ added: number; duplicates: number }>(`${rdApi.staffApplication(slug, number)}/podpisy`, {
          method: 'POST',
          body: { signatures: [{ ...form.values, declaredSenior }] },
        })
        setMessage(
          r.duplicates ? t('councils.applications.paperSign.duplicate') : t('councils.applications.paperSign.added'),
        )
        form.setValues({ name: '', address: '' })
        setDeclaredSenior(false)
        onDone()
      },
      (_error, found) => ({
        general: found.general,
        fields: Object.fromEntries(
          Object.entries(found.fields).map(([k, v]) => [k.replace(/^signatures\.\d+\./, ''), v]),
        ),
      }),
    )
  return (
    <section aria-labelledby="rda-paper-sign-heading">
      <h2 id="rda-paper-sign-heading">{t('councils.applications.paperSign.heading')}</h2>
      <div aria-live="polite">{message ? <p class="notice">{message}</p> : null}</div>
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!form.busy) void send()
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <Field {...form.field('name')} formId={formId} label={labels.name!} autocomplete="off" />
        <Field {...form.field('address')} formId={formId} label={labels.address!} autocomplete="off" />
        <Checkbox
          formId={formId}
          name="declaredSenior"
          label={t('councils.applications.paperSign.senior')}
          checked={declaredSenior}
          onChecked={setDeclaredSenior}
          look={rdaChoice}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.applications.paperSign.submit')}
        </button>
      </form>
    </section>
  )
}

function Signatures({ a }: { a: StaffApplication }) {
  const t = useT()
  return (
    <section aria-labelledby="rda-signatures" class="rda-signatures">
      <h2 id="rda-signatures">{t('councils.applications.signatures.heading', { count: a.signatures.length })}</h2>
      {a.signatures.length === 0 ? (
        <p>{t('councils.applications.signatures.none')}</p>
      ) : (
        <DataTable
          captionId="rda-signatures-table"
          caption={t('councils.applications.signatures.caption')}
          columns={[
            t('councils.applications.signatures.person'),
            t('councils.applications.signatures.senior'),
            t('councils.applications.signatures.channel'),
          ]}
        >
          {a.signatures.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.name ?? t('councils.applications.signatures.erased')}
                {s.address ? (
                  <>
                    <br />
                    <span class="muted">{s.address}</span>
                  </>
                ) : null}
              </th>
              <td>{s.declaredSenior ? t('councils.applications.yes') : t('councils.applications.no')}</td>
              <td>
                {t(`councils.applications.channel.${s.channel}`)}, <DateTime value={s.signedOn} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  )
}
