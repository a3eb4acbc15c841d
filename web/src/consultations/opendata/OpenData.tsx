import '../i18n/pages'
import { Fragment } from 'preact'
import { useT, type Translate } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { DataRegion, ErrorState, Loading, PageHeading } from '../../core/ui'
import { openDataApi } from '../meetings/paths'
import { ksApi, ksPaths } from '../paths'
import type { ConsultationSummary } from '../types'
import { ConsultationCrumbs, Period } from '../ui'
import { answerColumns, commentColumns, consultationColumns } from '../../../../worker/consultations/views/open-data'
import '../meetings/meetings.css'

/**
 * The columns of each file, in the order of the CSV: the server's own lists (views/open-data.ts, browser-safe), so the
 * page names exactly the columns the files have; their meanings are in the catalogue by position.
 */
const COLUMNS = { consultations: consultationColumns, comments: commentColumns, answers: answerColumns }

type FileKey = keyof typeof COLUMNS

/** The description of each column of a file, from the catalogue (`consultations.openData.col.{file}.{n}`). */
function Columns({ file, t }: { file: FileKey; t: Translate }) {
  return (
    <details>
      <summary>{t('consultations.openData.columns', { count: COLUMNS[file].length })}</summary>
      <div class="ksm-columns">
        <table>
          <caption class="visually-hidden">{t(`consultations.openData.${file}.title`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consultations.openData.column')}</th>
              <th scope="col">{t('consultations.openData.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS[file].map((name, index) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{t(`consultations.openData.col.${file}.${index}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

/**
 * `/{slug}/konsultacje/dane`: the open data of the JST's consultations — the list of consultations, and for each its
 * comments (confirmed, anonymised), the office's approved answers and the versions of the draft — as JSON and CSV
 * (UTF-8, `;`, for Polish spreadsheets), with what each column means and what is left out (residents' names,
 * addresses and e-mails; the words of hidden comments).
 */
export function OpenData({ slug }: { slug: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const res = useResource<{ items: ConsultationSummary[] }>(ksApi.list(slug))
  const name = tenant.tenant?.name ?? slug
  const title = t('consultations.openData.title')
  return (
    <>
      <ConsultationCrumbs slug={slug} page={title} />
      <PageHeading title={`${title} — ${name}`}>{title}</PageHeading>
      <p class="lead">{t('consultations.openData.intro')}</p>
      <p>{t('consultations.openData.privacy')}</p>
      <p>{t('consultations.openData.format')}</p>
      <dl class="ksm-downloads">
        <dt>{t('consultations.openData.consultations.title')}</dt>
        <dd>
          <p>{t('consultations.openData.consultations.description')}</p>
          <p>
            <a href={openDataApi.consultations(slug, 'csv')} download>
              {t('consultations.openData.csv', { what: t('consultations.openData.consultations.title') })}
            </a>
            {' · '}
            <a href={openDataApi.consultations(slug, 'json')} type="application/json">
              {t('consultations.openData.json', { what: t('consultations.openData.consultations.title') })}
            </a>
          </p>
          <Columns file="consultations" t={t} />
        </dd>
        {(['comments', 'answers'] as const).map((file) => (
          <Fragment key={file}>
            <dt>{t(`consultations.openData.${file}.title`)}</dt>
            <dd>
              <p>{t(`consultations.openData.${file}.description`)}</p>
              <Columns file={file} t={t} />
            </dd>
          </Fragment>
        ))}
        <dt>{t('consultations.openData.versions.title')}</dt>
        <dd>
          <p>{t('consultations.openData.versions.description')}</p>
        </dd>
      </dl>
      <section aria-labelledby="ksm-od-list">
        <h2 id="ksm-od-list">{t('consultations.openData.perConsultation')}</h2>
        <DataRegion busy={res.status === 'loading'}>
          {res.status === 'loading' && !res.data ? <Loading /> : null}
          {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
          {res.data && res.data.items.length === 0 ? <p>{t('consultations.openData.none')}</p> : null}
          <ul class="ksm-list">
            {(res.data?.items ?? []).map((c) => (
              <li key={c.number} class="ksm-card">
                <h3>
                  <a href={ksPaths.consultation(slug, c.number)}>{c.title}</a>
                </h3>
                <p>
                  <Period start={c.startDate} end={c.endDate} />
                </p>
                <ul>
                  {(['comments', 'answers'] as const).map((file) => (
                    <li key={file}>
                      {t(`consultations.openData.${file}.title`)}:{' '}
                      <a
                        href={openDataApi.file(slug, c.number, file, 'csv')}
                        download
                        aria-label={t('consultations.openData.fileLabel', {
                          what: t(`consultations.openData.${file}.title`),
                          format: 'CSV',
                          title: c.title,
                        })}
                      >
                        CSV
                      </a>
                      {' · '}
                      <a
                        href={openDataApi.file(slug, c.number, file, 'json')}
                        type="application/json"
                        aria-label={t('consultations.openData.fileLabel', {
                          what: t(`consultations.openData.${file}.title`),
                          format: 'JSON',
                          title: c.title,
                        })}
                      >
                        JSON
                      </a>
                    </li>
                  ))}
                  <li>
                    {t('consultations.openData.versions.title')}:{' '}
                    <a
                      href={openDataApi.file(slug, c.number, 'versions', 'json')}
                      type="application/json"
                      aria-label={t('consultations.openData.fileLabel', {
                        what: t('consultations.openData.versions.title'),
                        format: 'JSON',
                        title: c.title,
                      })}
                    >
                      JSON
                    </a>
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        </DataRegion>
      </section>
    </>
  )
}
