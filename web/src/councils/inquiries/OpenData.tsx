import '../i18n/pages'
import { useT } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import { Crumbs, DataRegion, ErrorState, Loading, PageHeading } from '../../core/ui'
import { rdPaths } from '../paths'
import { inquiryApi } from './paths'
import './inquiries.css'

interface Catalogue {
  datasets: { key: string; columns: string[] }[]
}

/**
 * `/{slug}/rady/dane`: the open data of the JST's councils — bodies, members (names and roles only), meetings with
 * attendance, resolutions with each member's named vote, opinion requests and inquiries — each as CSV (UTF-8, `;`,
 * for Polish spreadsheets) and JSON, with a short description and its columns, read from the API's catalogue so the
 * page lists exactly the files there are.
 */
export function OpenData({ slug }: { slug: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const res = useResource<Catalogue>(inquiryApi.catalogue(slug))
  if (res.status === 'error' && res.error.status === 404) return <NotFound detail={t('notFound.tenant')} />
  const name = tenant.tenant?.name ?? slug
  const title = t('councils.inquiries.openData.title')
  return (
    <div class="rdq">
      <Crumbs
        class="rd-crumbs"
        label={t('councils.inquiries.panel.crumbs')}
        items={[
          { href: tenantPath(slug), label: name },
          { href: rdPaths.list(slug), label: t('module.councils') },
          { label: title },
        ]}
      />
      <PageHeading title={`${title} — ${name}`}>{title}</PageHeading>
      <p class="lead">{t('councils.inquiries.openData.intro', { name })}</p>
      <p>{t('councils.inquiries.openData.privacy')}</p>
      <p>{t('councils.inquiries.openData.format')}</p>
      <DataRegion busy={res.status === 'loading'}>
        {res.status === 'loading' && !res.data ? <Loading /> : null}
        {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
        <ul class="rdq-list">
          {(res.data?.datasets ?? []).map((d) => {
            const what = t(`councils.inquiries.openData.${d.key}.title`)
            return (
              <li key={d.key} class="rdq-card">
                <section aria-labelledby={`rdq-od-${d.key}`}>
                  <h2 id={`rdq-od-${d.key}`}>{what}</h2>
                  <p>{t(`councils.inquiries.openData.${d.key}.description`)}</p>
                  <p>
                    <a href={inquiryApi.file(slug, d.key, 'csv')} download>
                      {t('councils.inquiries.openData.csv', { what })}
                    </a>
                    {' · '}
                    <a href={inquiryApi.file(slug, d.key, 'json')} type="application/json">
                      {t('councils.inquiries.openData.json', { what })}
                    </a>
                  </p>
                  <details>
                    <summary>{t('councils.inquiries.openData.columns', { count: d.columns.length })}</summary>
                    <ul class="rdq-columns">
                      {d.columns.map((c) => (
                        <li key={c}>
                          <code>{c}</code>
                        </li>
                      ))}
                    </ul>
                  </details>
                </section>
              </li>
            )
          })}
        </ul>
      </DataRegion>
    </div>
  )
}
