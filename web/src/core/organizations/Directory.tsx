import { useEffect, useState } from 'preact/hooks'
import { AREAS } from '../../../../worker/core/organizations/areas'
import { useT } from '../i18n'
import { enc } from '../lib/api'
import { RESERVED } from '../lib/context'
import { useResource } from '../lib/resource'
import { useTenant } from '../lib/tenants'
import type { TenantListItem } from '../lib/types'
import { NotFound } from '../pages/NotFound'
import { Checkbox, DataRegion, Empty, ErrorState, Field, Loading, PageHeading, SelectField, useFormId } from '../ui'
import { navigate, useLocation } from '../../router'
import { orgPaths, type DirectoryPage } from './api'
import { orgChoice, RegisterText, VerifiedBadge } from './ui'

interface Filters {
  q: string
  area: string
  jst: string
  verified: boolean
  page: number
}

/** The filters as the address keeps them (`?q=…&sfera=…&jst=…&zweryfikowane=1&strona=2`), so a search can be shared. */
function filtersOf(search: string): Filters {
  const p = new URLSearchParams(search)
  const page = Number(p.get('strona') ?? '1')
  return {
    q: p.get('q') ?? '',
    area: p.get('sfera') ?? '',
    jst: p.get('jst') ?? '',
    verified: p.get('zweryfikowane') === '1',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

function searchOf(f: Filters, withJst: boolean): string {
  const p = new URLSearchParams()
  if (f.q.trim()) p.set('q', f.q.trim())
  if (f.area) p.set('sfera', f.area)
  if (withJst && f.jst) p.set('jst', f.jst)
  if (f.verified) p.set('zweryfikowane', '1')
  if (f.page > 1) p.set('strona', String(f.page))
  const s = p.toString()
  return s ? `?${s}` : ''
}

function apiQuery(f: Filters, withJst: boolean): string {
  const p = new URLSearchParams()
  if (f.q.trim()) p.set('q', f.q.trim())
  if (f.area) p.set('area', f.area)
  if (withJst && f.jst) p.set('jst', f.jst)
  if (f.verified) p.set('verified', 'true')
  if (f.page > 1) p.set('page', String(f.page))
  const s = p.toString()
  return s ? `?${s}` : ''
}

/**
 * The public NGO directory: platform-wide (`/organizacje`) or one JST's (`/{slug}/organizacje`). Filters by words of
 * the name or the register number (folded on the server, so Polish letters and case do not matter), the area of
 * public tasks, the JST and verification; results as cards with the verified badge. No e-mail address is ever shown.
 */
export function Directory({ slug = null }: { slug?: string | null }) {
  const t = useT()
  const { path, search } = useLocation()
  const filters = filtersOf(search)
  const tenant = useTenant(slug)
  const withJst = !slug
  const jsts = useResource<{ items: TenantListItem[] }>(withJst ? '/jst' : null)
  const base = slug ? `/jst/${enc(slug)}/organizations` : '/organizations'
  const result = useResource<DirectoryPage>(`${base}${apiQuery(filters, withJst)}`)
  const [draft, setDraft] = useState<Filters>(filters)
  useEffect(() => setDraft(filtersOf(search)), [search])
  const formId = useFormId('org-szukaj')

  if (slug && (RESERVED.has(slug) || (tenant.status === 'error' && tenant.error.status === 404)))
    return <NotFound detail={t('notFound.tenant')} />
  const name = slug ? (tenant.status === 'ok' ? tenant.tenant.name : '') : ''
  const title = slug ? t('organizations.titleFor', { name: name || slug }) : t('organizations.title')
  const go = (next: Filters) => navigate(`${path}${searchOf(next, withJst)}`, { focus: false })
  const data = result.data
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p class="lead">{slug ? t('organizations.introFor') : t('organizations.intro')}</p>
      <p>
        <a href={`${orgPaths.register}${slug ? `?jst=${enc(slug)}` : ''}`} class="link-strong">
          {t('organizations.registerLink')}
        </a>
      </p>
      {slug ? (
        <p>
          <a href={orgPaths.directory}>{t('organizations.allLink')}</a>
        </p>
      ) : null}

      <section aria-labelledby={`${formId}-heading`}>
        <h2 id={`${formId}-heading`}>{t('organizations.filters.heading')}</h2>
        <form
          role="search"
          aria-labelledby={`${formId}-heading`}
          onSubmit={(event) => {
            event.preventDefault()
            go({ ...draft, page: 1 })
          }}
        >
          <div class="org-filters">
            <Field
              formId={formId}
              name="q"
              label={t('organizations.filters.q')}
              hint={t('organizations.filters.qHint')}
              value={draft.q}
              onValue={(q) => setDraft((d) => ({ ...d, q }))}
              type="search"
              optional
              maxLength={200}
            />
            <SelectField
              formId={formId}
              name="area"
              label={t('organizations.filters.area')}
              value={draft.area}
              onValue={(area) => setDraft((d) => ({ ...d, area }))}
              options={[
                { value: '', label: t('organizations.filters.areaAll') },
                ...AREAS.map((a) => ({ value: a.key, label: t(`organizations.area.${a.key}`) })),
              ]}
            />
            {withJst ? (
              <SelectField
                formId={formId}
                name="jst"
                label={t('organizations.filters.jst')}
                value={draft.jst}
                onValue={(jst) => setDraft((d) => ({ ...d, jst }))}
                options={[
                  { value: '', label: t('organizations.filters.jstAll') },
                  ...(jsts.data?.items ?? []).map((j) => ({ value: j.slug, label: j.name })),
                ]}
              />
            ) : null}
          </div>
          <Checkbox
            formId={formId}
            name="verified"
            label={t('organizations.filters.verified')}
            checked={draft.verified}
            onChecked={(verified) => setDraft((d) => ({ ...d, verified }))}
            look={orgChoice}
          />
          <div class="actions">
            <button type="submit" class="button">
              {t('organizations.filters.submit')}
            </button>
            {search ? (
              <a href={path} class="button button-secondary">
                {t('organizations.filters.clear')}
              </a>
            ) : null}
          </div>
        </form>
      </section>

      <section aria-labelledby="org-results-heading">
        <h2 id="org-results-heading">{t('organizations.results.heading')}</h2>
        <DataRegion busy={result.status === 'loading'}>
          {result.status === 'loading' && !data ? <Loading /> : null}
          {result.status === 'error' ? <ErrorState error={result.error} onRetry={result.reload} /> : null}
          {data ? (
            <p role="status" class="muted">
              {t('organizations.results.count', { count: data.total })}
            </p>
          ) : null}
          {data && data.items.length === 0 ? (
            <Empty title={t('organizations.results.empty')}>
              <p>{t('organizations.results.emptyBody')}</p>
            </Empty>
          ) : null}
          {data && data.items.length > 0 ? (
            <ul class="card-list org-result-list" aria-labelledby="org-results-heading">
              {data.items.map((o) => (
                <li key={o.id} class="card">
                  <p class="card-eyebrow">{t(`organizations.legalForms.${o.legalForm}`)}</p>
                  <a href={orgPaths.organization(o.id)} class="card-link">
                    {o.name}
                  </a>
                  <p>
                    <VerifiedBadge verified={o.verified} />
                  </p>
                  <p class="muted small">
                    <RegisterText o={o} />
                  </p>
                  <p class="small">{o.areas.map((a) => t(`organizations.area.${a}`)).join('; ')}</p>
                  <p class="muted small">
                    {t('organizations.actsIn')}: {o.tenants.map((j) => j.name).join(', ')}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
          {data && pages > 1 ? (
            <nav class="org-pagination" aria-label={t('organizations.pagination.label')}>
              {filters.page > 1 ? (
                <a href={`${path}${searchOf({ ...filters, page: filters.page - 1 }, withJst)}`}>
                  {t('organizations.pagination.prev')}
                </a>
              ) : null}
              <span>{t('organizations.pagination.page', { page: filters.page, pages })}</span>
              {filters.page < pages ? (
                <a href={`${path}${searchOf({ ...filters, page: filters.page + 1 }, withJst)}`}>
                  {t('organizations.pagination.next')}
                </a>
              ) : null}
            </nav>
          ) : null}
        </DataRegion>
      </section>
      <p>
        <a href={orgPaths.linkRequest}>{t('organizations.linkRequestLink')}</a>
      </p>
    </>
  )
}
