import '../i18n/pages'
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { DataRegion, ErrorState, Loading, PageHeading } from '../../core/ui'
import { useT } from '../../core/i18n'
import { ApiError, api } from '../../core/lib/api'
import { tenantPath } from '../../core/lib/context'
import { navigate } from '../../router'
import { boBase } from '../api'
import { useEdition } from '../hooks'
import { getAuthorKey, getCurrentDraft, setCurrentDraft, takeKeyFromFragment } from '../keys'
import { boPaths } from '../paths'
import type { Draft } from './context'
import { SubmissionWizard } from './SubmissionWizard'
import type { AuthorResponse, Edition } from '../types'
import { Crumbs, When } from '../ui'
import { NotFound } from '../../core/pages/NotFound'
import { AuthorLinkForm } from './AuthorLinkForm'

type Resume =
  | { status: 'checking' }
  | { status: 'none' }
  | { status: 'ok'; draft: Draft; response: AuthorResponse }
  | { status: 'error'; error: ApiError }

function Closed({ edition }: { edition: Edition }) {
  const t = useT()
  const window = edition.phases.find((p) => p.phase === 'submission')
  return (
    <div class="state state-empty" role="status">
      <p class="state-title">{t('budget.form.closedTitle')}</p>
      {window ? (
        <p>
          {t('budget.form.closedBody')} <When value={window.startsAt} start /> – <When value={window.endsAt} deadline />
        </p>
      ) : null}
    </div>
  )
}

function Frame({
  slug,
  year,
  tenantName,
  edition,
  children,
}: {
  slug: string
  year: string
  tenantName: string
  edition: Edition | null
  children: ComponentChildren
}) {
  const t = useT()
  const title = edition?.title ?? t('budget.editionFallback', { year })
  return (
    <>
      <Crumbs
        items={[
          { href: tenantPath(slug), label: tenantName },
          { href: boPaths.edition(slug, year), label: title },
          { label: t('budget.form.crumb') },
        ]}
      />
      <PageHeading title={`${t('budget.form.heading')} — ${title}`}>{t('budget.form.heading')}</PageHeading>
      <p class="lead">{t('budget.form.lead', { title })}</p>
      {children}
    </>
  )
}

/** `/{slug}/bo/{year}/zglos`: a new project, or the draft this browser was writing (kept in localStorage). */
export function BudgetSubmit({ slug, year }: { slug: string; year: string }) {
  const { edition, tenantName } = useEdition(slug, year)
  const [resume, setResume] = useState<Resume>(() =>
    getCurrentDraft(slug, year) ? { status: 'checking' } : { status: 'none' },
  )
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    const id = getCurrentDraft(slug, year)
    const token = id ? getAuthorKey(id) : null
    if (!id || !token) {
      setResume({ status: 'none' })
      return
    }
    let live = true
    api<AuthorResponse>(`${boBase(slug, year)}/projects/${encodeURIComponent(id)}/author`, { token })
      .then((response) => {
        if (!live) return
        if (response.project.status !== 'draft') {
          setCurrentDraft(slug, year, null)
          setResume({ status: 'none' })
        } else setResume({ status: 'ok', draft: { id, token }, response })
      })
      .catch((error: unknown) => {
        if (!live) return
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          setCurrentDraft(slug, year, null)
          setResume({ status: 'none' })
        } else setResume({ status: 'error', error: error instanceof ApiError ? error : new ApiError(0, {}) })
      })
    return () => {
      live = false
    }
  }, [slug, year])

  if (edition.status === 'error' && edition.error.status === 404)
    return <NotFound detail={edition.error.problem.detail} />
  const e = edition.data
  const busy = edition.status === 'loading' || resume.status === 'checking'
  return (
    <Frame slug={slug} year={year} tenantName={tenantName} edition={e}>
      <DataRegion busy={busy}>
        {busy && !e ? <Loading /> : null}
        {edition.status === 'error' ? <ErrorState error={edition.error} onRetry={edition.reload} /> : null}
        {resume.status === 'error' ? <ErrorState error={resume.error} onRetry={() => location.reload()} /> : null}
        {e && !e.submissionOpen && resume.status !== 'ok' ? <Closed edition={e} /> : null}
        {e && resume.status === 'checking' ? <Loading /> : null}
        {e && (e.submissionOpen || resume.status === 'ok') && (resume.status === 'none' || resume.status === 'ok') ? (
          <SubmissionWizard
            key={generation}
            slug={slug}
            year={year}
            edition={e}
            tenantName={tenantName}
            initial={resume.status === 'ok' ? resume : undefined}
            onStartOver={() => {
              setCurrentDraft(slug, year, null)
              setResume({ status: 'none' })
              setGeneration((n) => n + 1)
            }}
          />
        ) : null}
      </DataRegion>
    </Frame>
  )
}

type Opened =
  | { status: 'loading' }
  | { status: 'nokey' }
  | { status: 'ok'; draft: Draft; response: AuthorResponse }
  | { status: 'error'; error: ApiError }

/**
 * `/{slug}/bo/{year}/projekty/{id}/edycja#klucz=…`: the e-mailed link. The key is taken from the fragment, stored,
 * and removed from the address; a draft opens in the form, a submitted project on its page with the author panel.
 */
export function BudgetEdit({ slug, year, id }: { slug: string; year: string; id: string }) {
  const t = useT()
  const { edition, tenantName } = useEdition(slug, year)
  const [opened, setOpened] = useState<Opened>({ status: 'loading' })

  useEffect(() => {
    const token = takeKeyFromFragment(id) ?? getAuthorKey(id)
    if (!token) {
      setOpened({ status: 'nokey' })
      return
    }
    let live = true
    api<AuthorResponse>(`${boBase(slug, year)}/projects/${encodeURIComponent(id)}/author`, { token })
      .then((response) => {
        if (!live) return
        if (response.project.status !== 'draft') {
          navigate(boPaths.project(slug, year, id), { replace: true })
          return
        }
        setCurrentDraft(slug, year, id)
        setOpened({ status: 'ok', draft: { id, token }, response })
      })
      .catch(
        (error: unknown) =>
          live && setOpened({ status: 'error', error: error instanceof ApiError ? error : new ApiError(0, {}) }),
      )
    return () => {
      live = false
    }
  }, [slug, year, id])

  if (edition.status === 'error' && edition.error.status === 404)
    return <NotFound detail={edition.error.problem.detail} />
  const e = edition.data
  const busy = edition.status === 'loading' || opened.status === 'loading'
  return (
    <Frame slug={slug} year={year} tenantName={tenantName} edition={e}>
      <DataRegion busy={busy}>
        {busy ? <Loading /> : null}
        {edition.status === 'error' ? <ErrorState error={edition.error} onRetry={edition.reload} /> : null}
        {opened.status === 'nokey' || opened.status === 'error' ? (
          <>
            <div class="state state-error" role="alert">
              <p class="state-title">{t('budget.author.noKeyTitle')}</p>
              <p>
                {opened.status === 'error' && opened.error.status !== 401
                  ? opened.error.problem.detail || t('error.generic')
                  : t('budget.author.noKeyBody')}
              </p>
            </div>
            <AuthorLinkForm slug={slug} year={year} />
          </>
        ) : null}
        {e && opened.status === 'ok' ? (
          <SubmissionWizard slug={slug} year={year} edition={e} tenantName={tenantName} initial={opened} />
        ) : null}
      </DataRegion>
    </Frame>
  )
}
