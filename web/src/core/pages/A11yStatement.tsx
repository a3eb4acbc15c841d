import { Rich } from '../ui/Rich'
import { DataRegion, DateTime, ErrorState, Loading, PageHeading } from '../ui'
import { useT } from '../i18n'
import { tenantPath } from '../lib/context'
import { useTenant } from '../lib/tenants'
import { platform } from '../../platform'
import { NotFound } from './NotFound'

interface StatementData {
  subject: string
  siteUrl: string
  siteName: string
  publishedOn: string
  updatedOn: string
  person: string
  email: string
  phone: string | null
  bipUrl: string | null
  officeName: string
}

/** Non-compliant content that the platform cannot guarantee, listed in the statement. */
const ISSUES = ['attachments', 'photos', 'maps', 'external'] as const

/**
 * Deklaracja dostępności in the structure of "Warunki techniczne publikacji oraz struktura dokumentu
 * elektronicznego deklaracji dostępności" (Ministerstwo Cyfryzacji, v2.0 of 31.07.2024): the fixed element ids
 * (a11y-wstep, a11y-podmiot, a11y-url, a11y-data-publikacja, …) let monitoring tools read the statement.
 */
function Statement({ data }: { data: StatementData }) {
  const t = useT()
  return (
    <div id="a11y-deklaracja" class="prose">
      <p id="a11y-wstep">
        <Rich
          text={t('a11y.intro')}
          values={{
            subject: <span id="a11y-podmiot">{data.subject}</span>,
            site: (
              <a id="a11y-url" href={data.siteUrl}>
                {data.siteName}
              </a>
            ),
          }}
        />
      </p>
      <ul>
        <li>
          <Rich
            text={t('a11y.published')}
            values={{ date: <DateTime id="a11y-data-publikacja" value={data.publishedOn} /> }}
          />
        </li>
        <li>
          <Rich
            text={t('a11y.updated')}
            values={{ date: <DateTime id="a11y-data-aktualizacja" value={data.updatedOn} /> }}
          />
        </li>
      </ul>

      <h2>{t('a11y.statusHeading')}</h2>
      <p id="a11y-status">
        <Rich text={t('a11y.status')} values={{ status: <strong>{t('a11y.statusValue')}</strong> }} />
      </p>
      <h3>{t('a11y.issuesHeading')}</h3>
      <ul>
        {ISSUES.map((issue) => (
          <li key={issue}>{t(`a11y.issue.${issue}`)}</li>
        ))}
      </ul>
      <h3>{t('a11y.exclusionsHeading')}</h3>
      <p>{t('a11y.exclusions')}</p>

      <h2>{t('a11y.preparationHeading')}</h2>
      <div id="a11y-ocena">
        <ul>
          <li>
            <Rich
              text={t('a11y.prepared')}
              values={{ date: <DateTime id="a11y-data-sporzadzenie" value={data.updatedOn} /> }}
            />
          </li>
          <li>
            <Rich
              text={t('a11y.reviewed')}
              values={{ date: <DateTime id="a11y-data-przeglad" value={data.updatedOn} /> }}
            />
          </li>
        </ul>
        <p>{t('a11y.assessment')}</p>
        <p>{t('a11y.assessmentMethod')}</p>
      </div>

      <h2>{t('a11y.featuresHeading')}</h2>
      <ul>
        <li>{t('a11y.feature.keyboard')}</li>
        <li>{t('a11y.feature.zoom')}</li>
        <li>{t('a11y.feature.language')}</li>
      </ul>

      <h2>{t('a11y.shortcutsHeading')}</h2>
      <p>{t('a11y.shortcuts')}</p>

      <h2 id="a11y-kontakt">{t('a11y.contactHeading')}</h2>
      <p>{t('a11y.contactIntro')}</p>
      <ul>
        <li>
          <Rich text={t('a11y.contactPerson')} values={{ person: <span id="a11y-osoba">{data.person}</span> }} />
        </li>
        <li>
          <Rich
            text={t('a11y.contactEmail')}
            values={{
              email: (
                <a id="a11y-email" href={`mailto:${data.email}`}>
                  {data.email}
                </a>
              ),
            }}
          />
        </li>
        <li>
          {data.phone ? (
            <Rich
              text={t('a11y.contactPhone')}
              values={{
                phone: (
                  <a id="a11y-telefon" href={`tel:${data.phone.replace(/[^\d+]/g, '')}`}>
                    {data.phone}
                  </a>
                ),
              }}
            />
          ) : (
            <span id="a11y-telefon">{t('a11y.contactNoPhone')}</span>
          )}
        </li>
      </ul>
      <p>{t('a11y.contactAlso')}</p>

      <h2 id="a11y-procedura">{t('a11y.procedureHeading')}</h2>
      <p>{t('a11y.procedure.right')}</p>
      <p>{t('a11y.procedure.content')}</p>
      <p>{t('a11y.procedure.deadline')}</p>
      <p>{t('a11y.procedure.alternative')}</p>
      <p>{t('a11y.procedure.complaint')}</p>
      <p>
        <Rich
          text={t('a11y.procedure.rpo')}
          values={{
            rpo: (
              <a href="https://bip.brpo.gov.pl/" rel="external noopener">
                {t('a11y.procedure.rpoLink')}
              </a>
            ),
          }}
        />
      </p>

      <h2 id="a11y-architektura">{t('a11y.architectureHeading')}</h2>
      <p>{t('a11y.architecture.online', { office: data.officeName })}</p>
      {data.bipUrl ? (
        <p>
          <Rich
            text={t('a11y.architecture.bip')}
            values={{
              bip: (
                <a href={data.bipUrl} rel="external noopener">
                  {t('a11y.architecture.bipLink', { office: data.officeName })}
                </a>
              ),
            }}
          />
        </p>
      ) : (
        <p>{t('a11y.architecture.noBip')}</p>
      )}
      <p>{t('a11y.architecture.pjm')}</p>

      <h2 id="a11y-aplikacje">{t('a11y.appsHeading')}</h2>
      <p>{t('a11y.apps', { subject: data.subject })}</p>
    </div>
  )
}

export function A11yStatement({ slug }: { slug: string | null }) {
  const t = useT()
  const state = useTenant(slug)
  const origin = typeof location !== 'undefined' ? location.origin : ''

  if (!slug) {
    const subject = platform.operatorName ?? t('platform.operatorName')
    const data: StatementData = {
      subject,
      siteUrl: `${origin}/`,
      siteName: t('a11y.platformSiteName'),
      publishedOn: platform.a11yPublishedOn,
      updatedOn: platform.a11yUpdatedOn,
      person: t('a11y.platformPerson'),
      email: platform.email,
      phone: platform.phone,
      bipUrl: null,
      officeName: subject,
    }
    return (
      <>
        <PageHeading title={t('a11y.title')}>{t('a11y.title')}</PageHeading>
        <Statement data={data} />
      </>
    )
  }

  if (state.status === 'error' && state.error.status === 404) return <NotFound detail={t('notFound.tenant')} />
  const tenant = state.tenant
  return (
    <>
      <PageHeading title={tenant ? t('a11y.titleFor', { name: tenant.name }) : t('a11y.title')}>
        {t('a11y.title')}
      </PageHeading>
      <DataRegion busy={state.status === 'loading'}>
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'error' ? <ErrorState error={state.error} onRetry={state.reload} /> : null}
        {tenant ? (
          <Statement
            data={{
              subject: tenant.name,
              siteUrl: `${origin}${tenantPath(tenant.slug)}`,
              siteName: t('a11y.tenantSiteName', { name: tenant.name }),
              publishedOn: tenant.a11yPublishedOn,
              updatedOn: tenant.a11yUpdatedOn,
              person: t('a11y.tenantPerson', { name: tenant.name }),
              email: tenant.contactEmail,
              phone: tenant.contactPhone,
              bipUrl: tenant.bipUrl,
              officeName: tenant.name,
            }}
          />
        ) : null}
      </DataRegion>
    </>
  )
}
