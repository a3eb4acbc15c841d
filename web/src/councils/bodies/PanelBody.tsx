import '../i18n/pages'
import { useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { TenantPanelFrame, type TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import { api, API } from '../../core/lib/api'
import { panelPath } from '../../core/lib/context'
import { useForm, useSubmit } from '../../core/lib/form'
import { useResource } from '../../core/lib/resource'
import {
  DateTime,
  ErrorState,
  ErrorSummary,
  Field,
  FileField,
  Loading,
  Notice,
  PageHeading,
  SelectField,
  TextAreaField,
  useFormId,
} from '../../core/ui'
import { Rich } from '../../core/ui/Rich'
import { useSearchParam } from '../../router'
import { rdApi, rdPaths } from '../paths'
import { StatuteEditor } from './StatuteEditor'
import type { StaffBody, StaffBodyDetail } from './types'
import { RdCrumbs } from './ui'
import { STATUSES } from './words'

/** The body's panel pages that other parts of the module keep, linked from here. */
const SECTIONS = ['nabory', 'czlonkowie', 'posiedzenia', 'opinie', 'zapytania'] as const

/**
 * `/panel/{slug}/rady/{body}` (admin, koordynator): one body — its settings (name, description, e-mail, state), the
 * statute editor (from the law's template or the latest version; the server's refusals next to the fields), the
 * statute's version history with the resolution's PDF, the terms of office, and links to the body's calls, members,
 * meetings, opinion requests and inquiries.
 */
export function PanelBody({ slug, body }: { slug: string; body: string }) {
  return (
    <TenantPanelFrame slug={slug} section="councils">
      {(ctx) => <Body ctx={ctx} body={body} />}
    </TenantPanelFrame>
  )
}

function Body({ ctx, body }: { ctx: TenantPanelContext; body: string }) {
  const t = useT()
  const { slug } = ctx
  const res = useResource<StaffBodyDetail>(rdApi.staffBody(slug, body))
  const created = useSearchParam('utworzono') === '1'
  const [notice, setNotice] = useState<string | null>(created ? t('councils.bodies.panel.created') : null)
  const done = (message: string) => {
    setNotice(message)
    res.reload()
  }
  const data = res.data
  const title = data?.body.name ?? body
  return (
    <>
      <RdCrumbs
        items={[
          { href: panelPath(slug), label: ctx.tenantName },
          { href: rdPaths.panel(slug), label: t('councils.panel.section') },
          { label: title },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <Notice message={notice} />
      {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
      {!data && res.status === 'loading' ? <Loading /> : null}
      {data ? (
        <>
          <p class="lead">
            {data.body.kindName} ·{' '}
            <a href={rdPaths.body(slug, data.body.slug)}>{t('councils.bodies.panel.publicPage')}</a>
          </p>
          <nav aria-label={t('councils.bodies.panel.sections', { name: data.body.name })}>
            <ul class="rd-links">
              {SECTIONS.map((s) => (
                <li key={s}>
                  <a href={rdPaths.panelBodySection(slug, data.body.slug, s)}>
                    {t(`councils.bodies.panel.section.${s}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <Settings slug={slug} body={data.body} onDone={done} />
          <StatuteEditor slug={slug} detail={data} onDone={done} />
          <History slug={slug} detail={data} onDone={done} />
          <Terms slug={slug} detail={data} onDone={done} />
        </>
      ) : null}
    </>
  )
}

type Done = (message: string) => void

function Settings({ slug, body, onDone }: { slug: string; body: StaffBody; onDone: Done }) {
  const t = useT()
  const formId = useFormId('rd-settings')
  const form = useForm({ name: body.name, description: body.description, email: body.email ?? '', status: body.status })
  const labels = {
    name: t('councils.bodies.create.name'),
    description: t('councils.bodies.create.description'),
    email: t('councils.bodies.create.email'),
    status: t('councils.bodies.panel.status'),
  }
  const bind = (name: keyof typeof labels) => ({ ...form.field(name), formId, label: labels[name] })
  const send = () =>
    form.submit(
      t,
      () => ({}),
      async () => {
        await api(rdApi.staffBody(slug, body.slug), { method: 'PATCH', body: form.values })
        onDone(t('councils.bodies.panel.saved'))
      },
    )
  return (
    <section class="rd-section" aria-labelledby="rd-settings-heading">
      <h2 id="rd-settings-heading">{t('councils.bodies.panel.settings')}</h2>
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!form.busy) void send()
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <Field {...bind('name')} autocomplete="off" />
        <TextAreaField {...bind('description')} optional rows={3} />
        <Field {...bind('email')} type="email" autocomplete="email" optional />
        <SelectField
          {...bind('status')}
          options={STATUSES.map((s) => ({ value: s, label: t(`councils.bodies.status.${s}`) }))}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.bodies.panel.save')}
        </button>
      </form>
    </section>
  )
}

function History({ slug, detail, onDone }: { slug: string; detail: StaffBodyDetail; onDone: Done }) {
  const t = useT()
  const versions = [...detail.statutes].reverse()
  return (
    <section class="rd-section" aria-labelledby="rd-history-heading">
      <h2 id="rd-history-heading">{t('councils.bodies.history.heading')}</h2>
      {versions.length === 0 ? (
        <p>{t('councils.bodies.history.none')}</p>
      ) : (
        <ul class="rd-list">
          {versions.map((v) => (
            <li key={v.version} class="rd-item">
              <h3>{t('councils.bodies.history.version', { version: v.version, number: v.statute.act.number })}</h3>
              <dl class="rd-facts">
                <dt>{t('councils.bodies.editor.validFrom')}</dt>
                <dd>
                  <DateTime value={v.validFrom} />
                </dd>
                <dt>{t('councils.bodies.editor.applies')}</dt>
                <dd>{t(`councils.bodies.editor.applies.${v.applies}`)}</dd>
                <dt>{t('councils.bodies.history.file')}</dt>
                <dd>
                  {v.attachment ? (
                    <a href={`${API}${rdApi.statuteFile(slug, detail.body.slug, v.version)}`} type="application/pdf">
                      {t('councils.bodies.history.download', { version: v.version })}
                    </a>
                  ) : (
                    t('councils.bodies.history.noFile')
                  )}
                </dd>
              </dl>
              <Upload slug={slug} body={detail.body.slug} version={v.version} onDone={onDone} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Upload({ slug, body, version, onDone }: { slug: string; body: string; version: number; onDone: Done }) {
  const t = useT()
  const formId = useFormId(`rd-upload-${version}`)
  const [file, setFile] = useState<File | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const form = useSubmit()
  const label = t('councils.bodies.history.upload', { version })
  const send = () =>
    form.submit(
      t,
      (): Record<string, string> => (file ? {} : { file: t('councils.bodies.history.chooseFile') }),
      async () => {
        const data = new FormData()
        data.set('file', file!)
        await api(rdApi.staffStatuteFile(slug, body, version), { method: 'POST', form: data })
        if (input.current) input.current.value = ''
        setFile(null)
        onDone(t('councils.bodies.history.uploaded', { version }))
      },
    )
  return (
    <form
      id={formId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (!form.busy) void send()
      }}
    >
      <ErrorSummary errors={form.errors} formId={formId} labels={{ file: label }} version={form.version} />
      <FileField
        id={`${formId}-file`}
        label={label}
        hint={t('councils.bodies.history.fileHint')}
        error={form.errors.fields.file}
        accept="application/pdf,.pdf"
        onFile={setFile}
        inputRef={input}
      />
      <button type="submit" class="button button-secondary" disabled={form.busy}>
        {t('councils.bodies.history.send', { version })}
      </button>
    </form>
  )
}

function Terms({ slug, detail, onDone }: { slug: string; detail: StaffBodyDetail; onDone: Done }) {
  const t = useT()
  const formId = useFormId('rd-term')
  const form = useForm({ startsOn: '' })
  const labels = { startsOn: t('councils.bodies.terms.startsOn') }
  const send = () =>
    form.submit(
      t,
      (): Record<string, string> =>
        form.values.startsOn ? {} : { startsOn: t('councils.bodies.terms.startsOnRequired') },
      async () => {
        await api(rdApi.staffTerms(slug, detail.body.slug), { method: 'POST', body: form.values })
        form.setValues({ startsOn: '' })
        onDone(t('councils.bodies.terms.added'))
      },
    )
  return (
    <section class="rd-section" aria-labelledby="rd-terms-heading">
      <h2 id="rd-terms-heading">{t('councils.bodies.terms.heading')}</h2>
      {detail.terms.length === 0 ? (
        <p>{t('councils.bodies.terms.none')}</p>
      ) : (
        <ul class="rd-list" aria-labelledby="rd-terms-heading">
          {detail.terms.map((term) => (
            <li key={term.number} class="rd-item">
              <Rich
                text={t('councils.bodies.terms.line')}
                values={{
                  number: String(term.number),
                  from: <DateTime value={term.startsOn} />,
                  to: <DateTime value={term.endsOn} />,
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!form.busy) void send()
        }}
      >
        <ErrorSummary errors={form.errors} formId={formId} labels={labels} version={form.version} />
        <Field
          {...form.field('startsOn')}
          formId={formId}
          label={labels.startsOn}
          hint={t('councils.bodies.terms.hint')}
          type="date"
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('councils.bodies.terms.add')}
        </button>
      </form>
    </section>
  )
}
