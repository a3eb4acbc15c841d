import '../i18n/pages'
import { useEffect, useRef, useState } from 'preact/hooks'
import {
  DataRegion,
  ErrorSummary,
  errorsFromApi,
  Field,
  Loading,
  PageHeading,
  useFormId,
  type FormErrors,
  noErrors,
  Checkbox,
} from '../../core/ui'
import { useT } from '../../core/i18n'
import { api, ApiError } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { boBase } from '../api'
import { useEdition } from '../hooks'
import { readKeyFromFragment } from '../keys'
import { boPaths } from '../paths'
import type { PublicProjectPage } from '../types'
import { Crumbs, When, boChoice } from '../ui'
import { NotFound } from '../../core/pages/NotFound'

type Outcome = { kind: 'ok'; supporters: number; name: string } | { kind: 'refused'; message: string } | null

/** `/{slug}/bo/{year}/projekty/{id}/poparcie`: a resident supports a project (name, address, declaration of residence). */
export function BudgetSupport({ slug, year, id }: { slug: string; year: string; id: string }) {
  const t = useT()
  const formId = useFormId('poparcie')
  const { edition, tenantName } = useEdition(slug, year)
  // Drafts are not public yet: the page still works (the author shares this link before submitting).
  const page = useResource<PublicProjectPage>(`${boBase(slug, year)}/projects/${encodeURIComponent(id)}`)
  const [name, setName] = useState('')
  const [address, setAddress] = useState('')
  const [declared, setDeclared] = useState(false)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const outcomeRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus()
  }, [outcome])

  if (edition.status === 'error' && edition.error.status === 404)
    return <NotFound detail={edition.error.problem.detail} />
  const e = edition.data
  const title = e?.title ?? t('budget.editionFallback', { year })
  const project = page.data?.project
  const isDraft = page.status === 'error' && page.error.status === 404

  const labels = {
    name: t('budget.support.name'),
    address: t('budget.support.address'),
    residenceDeclared: t('budget.form.residenceShort'),
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const fields: Record<string, string> = {}
    if (name.trim().split(/\s+/).filter(Boolean).length < 2) fields.name = t('budget.form.nameTwoWords')
    if (address.trim().length < 3) fields.address = t('budget.support.addressRequired')
    if (!declared) fields.residenceDeclared = t('budget.form.residenceRequired', { name: tenantName })
    if (Object.keys(fields).length) {
      setErrors({ general: null, fields })
      setVersion((v) => v + 1)
      return
    }
    setBusy(true)
    setOutcome(null)
    try {
      const response = await api<{ supporters: number }>(
        `${boBase(slug, year)}/projects/${encodeURIComponent(id)}/supports`,
        {
          method: 'POST',
          body: { name: name.trim(), address: address.trim(), residenceDeclared: true },
        },
      )
      setErrors(noErrors)
      setOutcome({ kind: 'ok', supporters: response.supporters, name: name.trim() })
      setName('')
      setAddress('')
      setDeclared(false)
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setErrors(noErrors)
        setOutcome({ kind: 'refused', message: error.problem.detail || t('error.generic') })
      } else {
        setErrors(errorsFromApi(error, t))
        setVersion((v) => v + 1)
      }
    } finally {
      setBusy(false)
    }
  }

  const open = e?.currentPhase === 'submission'
  return (
    <>
      <Crumbs
        items={[
          { href: tenantPath(slug), label: tenantName },
          { href: boPaths.edition(slug, year), label: title },
          ...(project ? [{ href: boPaths.project(slug, year, id), label: project.title }] : []),
          { label: t('budget.support.crumb') },
        ]}
      />
      <PageHeading title={`${t('budget.support.heading')} — ${project?.title ?? title}`}>
        {t('budget.support.heading')}
      </PageHeading>
      <DataRegion busy={page.status === 'loading' || edition.status === 'loading'}>
        {page.status === 'loading' ? <Loading /> : null}
        {project ? (
          <div class="bo-support-project">
            <p class="lead">
              {project.number != null ? `${t('budget.project.numberShort', { number: project.number })} ` : ''}
              <a href={boPaths.project(slug, year, id)}>{project.title}</a>
            </p>
            {project.summary ? <p>{project.summary}</p> : null}
          </div>
        ) : isDraft ? (
          <p class="notice-info">{t('budget.support.draftNote')}</p>
        ) : null}
        <p>{t('budget.support.intro', { name: tenantName })}</p>

        {outcome ? (
          <div
            ref={outcomeRef}
            tabIndex={-1}
            class={outcome.kind === 'ok' ? 'notice bo-outcome' : 'state state-error bo-outcome'}
            role={outcome.kind === 'ok' ? 'status' : 'alert'}
          >
            {outcome.kind === 'ok' ? (
              <>
                <p class="state-title">{t('budget.support.thanks', { name: outcome.name })}</p>
                <p>{t('budget.support.count', { count: outcome.supporters })}</p>
                <p>{t('budget.support.another')}</p>
              </>
            ) : (
              <>
                <p class="state-title">{t('budget.support.refusedTitle')}</p>
                <p>{outcome.message}</p>
              </>
            )}
          </div>
        ) : null}

        {e && !open ? (
          <div class="state state-empty" role="status">
            <p class="state-title">{t('budget.support.closedTitle')}</p>
            <p>
              {t('budget.support.closedBody')}{' '}
              {e.phases.find((p) => p.phase === 'submission') ? (
                <>
                  <When value={e.phases.find((p) => p.phase === 'submission')!.startsAt} start /> –{' '}
                  <When value={e.phases.find((p) => p.phase === 'submission')!.endsAt} deadline />
                </>
              ) : null}
            </p>
          </div>
        ) : null}
        {e && open ? (
          <>
            <ErrorSummary errors={errors} formId={formId} labels={labels} version={version} />
            <form onSubmit={onSubmit} noValidate aria-busy={busy ? 'true' : 'false'}>
              <Field
                formId={formId}
                name="name"
                label={labels.name}
                hint={t('budget.support.nameHint')}
                value={name}
                onValue={setName}
                error={errors.fields.name}
                autocomplete="name"
              />
              <Field
                formId={formId}
                name="address"
                label={labels.address}
                hint={t('budget.support.addressHint')}
                value={address}
                onValue={setAddress}
                error={errors.fields.address}
                autocomplete="street-address"
              />
              <Checkbox
                look={boChoice}
                formId={formId}
                name="residenceDeclared"
                label={t('budget.form.residence', { name: tenantName })}
                checked={declared}
                onChecked={setDeclared}
                error={errors.fields.residenceDeclared}
                required
              />
              <p class="muted small">{t('budget.support.privacy')}</p>
              <div class="actions">
                <button type="submit" class="button" disabled={busy}>
                  {t('budget.support.submit')}
                </button>
              </div>
            </form>
          </>
        ) : null}
      </DataRegion>
    </>
  )
}

type Confirm =
  | { status: 'ready' }
  | { status: 'nokey' }
  | { status: 'done'; name: string; title: string }
  | { status: 'error'; message: string }

/** `/{slug}/bo/wspolautor#klucz=…`: a co-author confirms taking part (an explicit click, not on opening the link). */
export function BudgetCoauthor({ slug }: { slug: string }) {
  const t = useT()
  const [token] = useState(() => readKeyFromFragment())
  const [state, setState] = useState<Confirm>(token ? { status: 'ready' } : { status: 'nokey' })
  const [busy, setBusy] = useState(false)
  const resultRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status === 'done' || state.status === 'error') resultRef.current?.focus()
  }, [state.status])

  const confirm = async () => {
    setBusy(true)
    try {
      const response = await api<{ projectTitle: string; name: string }>(
        `/jst/${encodeURIComponent(slug)}/bo/coauthors/confirm`,
        { method: 'POST', body: { token } },
      )
      setState({ status: 'done', name: response.name, title: response.projectTitle })
    } catch (error) {
      setState({ status: 'error', message: errorsFromApi(error, t).general ?? t('error.generic') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeading title={t('budget.coauthor.heading')}>{t('budget.coauthor.heading')}</PageHeading>
      {state.status === 'ready' ? (
        <>
          <p>{t('budget.coauthor.intro')}</p>
          <div class="actions">
            <button type="button" class="button" disabled={busy} onClick={() => void confirm()}>
              {t('budget.coauthor.confirm')}
            </button>
          </div>
        </>
      ) : null}
      {state.status === 'nokey' ? (
        <div class="state state-error" role="alert">
          <p class="state-title">{t('budget.coauthor.noKeyTitle')}</p>
          <p>{t('budget.coauthor.noKeyBody')}</p>
        </div>
      ) : null}
      {state.status === 'done' ? (
        <div ref={resultRef} tabIndex={-1} class="notice bo-outcome" role="status">
          <p class="state-title">{t('budget.coauthor.done', { name: state.name })}</p>
          <p>{t('budget.coauthor.doneBody', { title: state.title || t('budget.coauthor.untitled') })}</p>
        </div>
      ) : null}
      {state.status === 'error' ? (
        <div ref={resultRef} tabIndex={-1} class="state state-error bo-outcome" role="alert">
          <p class="state-title">{t('budget.coauthor.failed')}</p>
          <p>{state.message}</p>
        </div>
      ) : null}
      <p>
        <a href={boPaths.editions(slug)}>{t('budget.coauthor.back')}</a>
      </p>
    </>
  )
}
