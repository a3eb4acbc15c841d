import '../i18n/pages'
import { useLang, useT } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { formatDate } from '../../core/lib/time'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import { DataRegion, ErrorState, Loading, PageHeading } from '../../core/ui'
import { RdCrumbs } from '../bodies/ui'
import { rdPaths } from '../paths'
import { electionApi } from './paths'
import { ElectionResults, LotList, VotingFacts } from './Results'
import type { BallotConstituency, PublicElection } from './types'
import { ElectionVote } from './Vote'
import { whoVotes } from './words'
import '../candidates/candidates.css'
import './elections.css'

/**
 * `/{slug}/rady/nabory/{number}/wybory`: a call's election — the body and the seats elected, the voting days (the
 * last one that counts), who may vote and the candidates of each constituency; while voting lasts, the vote itself
 * (e-mail → code → the ballot → a receipt); once the results are published, the votes of every candidate with the
 * elected named in words and the lots drawn for ties with their notes.
 */
export function ElectionPage({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const one = useResource<PublicElection>(electionApi.election(slug, number))
  if (one.status === 'error' && one.error.status === 404)
    return <NotFound detail={one.error.problem.detail || t('councils.elections.notFound')} />
  const e = one.data
  const title = e
    ? t('councils.elections.title', { body: e.body.name, category: e.seatCategory.name })
    : t('councils.elections.crumb')
  return (
    <>
      <RdCrumbs
        items={[
          { href: tenantPath(slug), label: tenant.tenant?.name ?? slug },
          { href: rdPaths.list(slug), label: t('module.councils') },
          ...(e ? [{ href: rdPaths.body(slug, e.body.slug), label: e.body.name }] : []),
          { href: rdPaths.call(slug, number), label: t('councils.candidates.call.crumb', { number }) },
          { label: t('councils.elections.crumb') },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <DataRegion busy={one.status === 'loading'}>
        {one.status === 'loading' && !e ? <Loading /> : null}
        {one.status === 'error' ? <ErrorState error={one.error} onRetry={one.reload} /> : null}
        {e ? <ElectionBody slug={slug} number={number} e={e} /> : null}
      </DataRegion>
    </>
  )
}

function ElectionBody({ slug, number, e }: { slug: string; number: string; e: PublicElection }) {
  const t = useT()
  const lang = useLang()
  const published = e.phase === 'ogloszone' && e.results
  return (
    <>
      <dl class="rdc-facts rde-facts">
        <dt>{t('councils.elections.fact.body')}</dt>
        <dd>
          <a href={rdPaths.body(slug, e.body.slug)}>{e.body.name}</a>
        </dd>
        <dt>{t('councils.elections.fact.category')}</dt>
        <dd>{e.seatCategory.name}</dd>
        <VotingFacts e={e} />
      </dl>
      <section aria-labelledby="rde-who" class="rdc-section">
        <h2 id="rde-who">{t('councils.elections.who.heading')}</h2>
        <ul>
          {whoVotes(e, t).map((line) => (
            <li key={line}>{line}</li>
          ))}
          <li>{t('councils.elections.who.once')}</li>
        </ul>
      </section>
      {e.phase === 'trwa' ? <ElectionVote slug={slug} number={number} election={e} /> : null}
      {e.phase === 'po_glosowaniu' || e.phase === 'policzone' ? (
        <p class="notice-info rde-note">{t('councils.elections.afterVoting')}</p>
      ) : null}
      {e.phase === 'zapowiedziane' ? (
        <p class="notice-info rde-note">
          {t('councils.elections.beforeVoting', { from: formatDate(e.votingFrom, lang) })}
        </p>
      ) : null}
      {published ? (
        <section aria-labelledby="rde-results" class="rdc-section">
          <h2 id="rde-results">{t('councils.elections.results.heading')}</h2>
          <ElectionResults results={e.results!} constituencies={e.constituencies} />
          <LotList lots={e.lots} results={e.results!} constituencies={e.constituencies} />
        </section>
      ) : null}
      <Candidates constituencies={e.constituencies} />
      <p>
        <a href={rdPaths.call(slug, number)}>{t('councils.elections.toCall', { number })}</a>
      </p>
    </>
  )
}

function Candidates({ constituencies }: { constituencies: BallotConstituency[] }) {
  const t = useT()
  const several = constituencies.length > 1
  return (
    <section aria-labelledby="rde-cands" class="rdc-section">
      <h2 id="rde-cands">{t('councils.elections.candidates.heading')}</h2>
      {constituencies.map((o) => (
        <div key={o.key} class="rde-constituency">
          {several || o.key !== '' ? (
            <h3>{t('councils.elections.constituency', { name: o.name, seats: o.seats })}</h3>
          ) : (
            <p>{t('councils.elections.seats', { seats: o.seats })}</p>
          )}
          {o.candidates.length === 0 ? <p>{t('councils.elections.candidates.none')}</p> : null}
          <ul class="rdc-list">
            {o.candidates.map((c) => (
              <li key={c.id} class="rdc-card">
                <p class="rde-name">{c.name}</p>
                {c.organizationName ? (
                  <p>{t('councils.elections.candidates.nominatedBy', { name: c.organizationName })}</p>
                ) : null}
                {c.statement ? <p class="rde-statement">{c.statement}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
