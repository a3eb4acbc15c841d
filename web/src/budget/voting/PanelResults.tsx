import '../i18n/pages'
import { useState } from 'preact/hooks'
import { TenantPanelFrame, type TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import {
  ConfirmDialog,
  DataRegion,
  DateTime,
  ErrorState,
  Loading,
  Notice,
  PageHeading,
  errorsFromApi,
} from '../../core/ui'
import { useT } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { useResource } from '../../core/lib/resource'
import { editionApi, panelBoPath, publicPath, staffApi, type Edition, type Results } from './api'
import { PhaseDates, phaseWindow, votingTense } from './edition'
import { PoolResults, ResultsStats } from './ResultsView'
import './voting.css'

/**
 * `/panel/{slug}/bo/{year}/wyniki`: compute the results after the vote, preview them (with the tie-break seed and when it
 * was drawn — every recomputation reuses it), publish (administrator).
 */
export function PanelResults({ slug, year }: { slug: string; year: string }) {
  return (
    <TenantPanelFrame slug={slug} section="budget">
      {(ctx) => <Body ctx={ctx} year={year} />}
    </TenantPanelFrame>
  )
}

function Body({ ctx, year }: { ctx: TenantPanelContext; year: string }) {
  const t = useT()
  const { slug, role } = ctx
  const edition = useResource<Edition>(editionApi(slug, year))
  const organiser = role === 'admin' || role === 'koordynator'
  const preview = useResource<Results>(organiser ? `${staffApi(slug, year)}/results` : null)
  const [busy, setBusy] = useState<'compute' | 'publish' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const title = edition.data
    ? t('voting.panelResults.title', { title: edition.data.title })
    : t('voting.panelResults.titleShort')

  const act = async (kind: 'compute' | 'publish') => {
    setBusy(kind)
    setProblem(null)
    setNotice(null)
    try {
      await api(`${staffApi(slug, year)}/results${kind === 'publish' ? '/publish' : ''}`, { method: 'POST' })
      setNotice(t(kind === 'publish' ? 'voting.panelResults.published' : 'voting.panelResults.computed'))
      preview.reload()
    } catch (error) {
      setProblem(errorsFromApi(error, t, { waitOnce: true }).general)
    } finally {
      setBusy(null)
      setConfirming(false)
    }
  }

  const voting = edition.data ? phaseWindow(edition.data, 'voting') : null
  const ended = voting ? Date.parse(voting.endsAt) <= Date.now() : false
  const computed = preview.status === 'ok' ? preview.data : null
  const notComputed = preview.status === 'error' && preview.error.status === 404

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ul class="vt-inline-links">
        <li>
          <a href={panelBoPath(slug, year)}>{t('voting.panel.backToEdition')}</a>
        </li>
        <li>
          <a href={panelBoPath(slug, year, 'karty')}>{t('voting.cards.titleShort')}</a>
        </li>
        <li>
          <a href={panelBoPath(slug, year, 'realizacja')}>{t('implementation.panel.navLink')}</a>
        </li>
      </ul>
      <DataRegion busy={edition.status === 'loading' || (organiser && preview.status === 'loading')}>
        {edition.status === 'error' ? <ErrorState error={edition.error} onRetry={edition.reload} /> : null}
        {edition.data ? (
          <p>
            <PhaseDates
              edition={edition.data}
              phase="voting"
              messageKey={
                ended
                  ? 'voting.panelResults.votingEnded'
                  : votingTense(edition.data) === 'future'
                    ? 'voting.panelResults.votingSoon'
                    : 'voting.panelResults.votingRuns'
              }
            />
          </p>
        ) : null}
        {!organiser ? (
          <div class="state state-empty" role="status">
            <p>{t('voting.panelResults.organisersOnly', { role: t(`role.${role}`) })}</p>
          </div>
        ) : (
          <>
            <Notice message={notice} />
            <section class="panel-section" aria-labelledby="vt-compute">
              <h2 id="vt-compute">{t('voting.panelResults.computeTitle')}</h2>
              <p>{t('voting.panelResults.computeIntro')}</p>
              {problem ? (
                <div class="state state-error" role="alert">
                  <p class="state-title">{t('voting.panelResults.refused')}</p>
                  <p>{problem}</p>
                </div>
              ) : null}
              <div class="actions">
                {!computed?.published ? (
                  <button
                    type="button"
                    class="button"
                    onClick={() => void act('compute')}
                    disabled={busy !== null}
                    aria-busy={busy === 'compute' ? 'true' : undefined}
                  >
                    {t(computed ? 'voting.panelResults.recompute' : 'voting.panelResults.compute')}
                  </button>
                ) : null}
                {computed && !computed.published && role === 'admin' ? (
                  <button
                    type="button"
                    class="button button-secondary"
                    onClick={() => setConfirming(true)}
                    disabled={busy !== null}
                  >
                    {t('voting.panelResults.publish')}
                  </button>
                ) : null}
              </div>
              {computed && !computed.published && role !== 'admin' ? (
                <p class="hint">{t('voting.panelResults.adminPublishes')}</p>
              ) : null}
            </section>
            {preview.status === 'loading' && !preview.data ? <Loading /> : null}
            {notComputed ? (
              <div class="state state-empty" role="status">
                <p class="state-title">{t('voting.panelResults.notComputed')}</p>
              </div>
            ) : preview.status === 'error' ? (
              <ErrorState error={preview.error} onRetry={preview.reload} />
            ) : null}
            {computed && edition.data ? (
              <section class="panel-section" aria-labelledby="vt-preview">
                <h2 id="vt-preview">
                  {t('voting.panelResults.previewTitle')}{' '}
                  <span class={computed.published ? 'status status-ok' : 'status status-off'}>
                    {t(computed.published ? 'voting.panelResults.isPublished' : 'voting.panelResults.isDraft')}
                  </span>
                </h2>
                {computed.published ? (
                  <p>
                    <a href={publicPath(slug, year, 'wyniki')}>{t('voting.panelResults.publicLink')}</a>
                  </p>
                ) : (
                  <p class="hint">{t('voting.panelResults.draftHint')}</p>
                )}
                {computed.seed ? (
                  <p>
                    {t('voting.panelResults.seedLabel')} <code class="break">{computed.seed}</code>
                    {computed.seedDrawnAt ? (
                      <>
                        {' '}
                        {t('voting.panelResults.seedDrawnAt')} <DateTime value={computed.seedDrawnAt} withTime />
                      </>
                    ) : null}
                    {'. '}
                    {t('voting.panelResults.seedKept')}
                  </p>
                ) : null}
                {computed.pools.map((pool) => (
                  <PoolResults
                    key={pool.code}
                    pool={pool}
                    format={edition.data!.rules.ballot.format}
                    headingLevel={3}
                    idPrefix="podglad"
                  />
                ))}
              </section>
            ) : null}
            {computed ? <ResultsStats stats={computed.stats} idPrefix="podglad" /> : null}
            <ConfirmDialog
              open={confirming}
              title={t('voting.panelResults.confirmTitle')}
              confirmLabel={t('voting.panelResults.confirm')}
              onConfirm={() => void act('publish')}
              onCancel={() => setConfirming(false)}
              busy={busy === 'publish'}
            >
              <p>{t('voting.panelResults.confirmText')}</p>
            </ConfirmDialog>
          </>
        )}
      </DataRegion>
    </>
  )
}
