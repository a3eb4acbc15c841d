import '../i18n/pages'
import type { TenantPanelContext } from '../../core/layout/TenantPanelFrame'
import { DataRegion, Empty, ErrorState, Loading, PageHeading } from '../../core/ui'
import { useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { boPaths } from '../paths'
import { implementationApi, NOT_PUBLISHED, type ImplementationList } from './api'
import { NoteForm, StatusForm } from './StaffForms'
import { StaffNotesList } from './StaffNotes'
import { ScopeFacts, winnerName } from './ui'
import { editionApi, type Edition } from '../voting/api'
import { BudgetPanelFrame, organiser } from '../panel/BudgetPanel'

/**
 * `/panel/{slug}/bo/{year}/realizacja`: for every winner, the status form and the progress-note form, above the
 * same facts and notes residents see (each note with buttons to correct or delete it). Administrators and coordinators only (the server checks it too); other
 * budget roles are told who can do it rather than shown forms that would be refused.
 */
export function PanelImplementation({ slug, year }: { slug: string; year: string }) {
  return (
    <BudgetPanelFrame slug={slug} year={year}>
      {(ctx) => <Body ctx={ctx} year={year} />}
    </BudgetPanelFrame>
  )
}

function Body({ ctx, year }: { ctx: TenantPanelContext; year: string }) {
  const t = useT()
  const { slug, role } = ctx
  const allowed = organiser(role)
  const edition = useResource<Edition>(editionApi(slug, year))
  const list = useResource<ImplementationList>(allowed ? implementationApi(slug, year) : null)
  const title = edition.data
    ? t('implementation.panel.title', { title: edition.data.title })
    : t('implementation.panel.titleShort')
  const notPublished = list.status === 'error' && list.error.status === 404 && list.error.problem.type === NOT_PUBLISHED

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('implementation.panel.intro')}</p>
      <p>
        <a href={boPaths.implementation(slug, year)}>{t('implementation.panel.publicLink')}</a>
      </p>
      {!allowed ? (
        <div class="state state-empty" role="status">
          <p>{t('implementation.panel.organisersOnly', { role: t(`role.${role}`) })}</p>
        </div>
      ) : (
        <DataRegion busy={list.status === 'loading' || edition.status === 'loading'}>
          {list.status === 'loading' && !list.data ? <Loading /> : null}
          {notPublished ? (
            <Empty title={t('implementation.panel.notYet')}>
              <p>
                <a href={boPaths.panelResults(slug, year)}>{t('implementation.panel.resultsLink')}</a>
              </p>
            </Empty>
          ) : list.status === 'error' ? (
            <ErrorState error={list.error} onRetry={list.reload} />
          ) : null}
          {list.data && list.data.items.length === 0 ? <Empty title={t('implementation.noWinners')} /> : null}
          {list.data?.items.map((item) => {
            const headingId = `impl-panel-${item.projectId}`
            return (
              <section key={item.projectId} class="panel-section impl-winner" aria-labelledby={headingId}>
                <h2 id={headingId}>{winnerName(item, t)}</h2>
                <ScopeFacts item={item} />
                <div class="impl-forms">
                  <StatusForm slug={slug} year={year} item={item} onSaved={list.reload} />
                  <NoteForm slug={slug} year={year} item={item} onSaved={list.reload} />
                </div>
                <StaffNotesList
                  slug={slug}
                  year={year}
                  item={item}
                  headingId={`${headingId}-notes`}
                  heading={t('implementation.notesHeadingFor', { title: winnerName(item, t) })}
                  onSaved={list.reload}
                />
              </section>
            )
          })}
        </DataRegion>
      )}
    </>
  )
}
