import { RESERVED } from '../core/lib/context'
import { lazyPage } from '../core/lib/lazy'
import type { Render, WebModule } from '../core/lib/modules'
import { NotFound } from '../core/pages/NotFound'
import { BudgetEdition, BudgetEditions } from './edition/BudgetEdition'

/*
 * The budget's pages: the edition page is in the entry bundle (many visits start there), every other page is
 * downloaded when first opened.
 */
const BudgetFinalList = lazyPage(() => import('./projects/BudgetFinalList').then((m) => m.BudgetFinalList))
const BudgetPanelEdition = lazyPage(() => import('./panel/BudgetPanel').then((m) => m.BudgetPanelEdition))
const BudgetPanelHome = lazyPage(() => import('./panel/BudgetPanel').then((m) => m.BudgetPanelHome))
const BudgetPanelConflicts = lazyPage(() => import('./panel/BudgetPanelConflicts').then((m) => m.BudgetPanelConflicts))
const BudgetPanelAppeals = lazyPage(() => import('./panel/BudgetPanelProject').then((m) => m.BudgetPanelAppeals))
const BudgetPanelProject = lazyPage(() => import('./panel/BudgetPanelProject').then((m) => m.BudgetPanelProject))
const BudgetProject = lazyPage(() => import('./projects/BudgetProject').then((m) => m.BudgetProject))
const BudgetProjects = lazyPage(() => import('./projects/BudgetProjects').then((m) => m.BudgetProjects))
const BudgetEdit = lazyPage(() => import('./submission/BudgetSubmit').then((m) => m.BudgetEdit))
const BudgetSubmit = lazyPage(() => import('./submission/BudgetSubmit').then((m) => m.BudgetSubmit))
const BudgetCoauthor = lazyPage(() => import('./projects/BudgetSupport').then((m) => m.BudgetCoauthor))
const BudgetSupport = lazyPage(() => import('./projects/BudgetSupport').then((m) => m.BudgetSupport))
const PanelPaperCards = lazyPage(() => import('./voting/PanelPaperCards').then((m) => m.PanelPaperCards))
const PanelResults = lazyPage(() => import('./voting/PanelResults').then((m) => m.PanelResults))
const ReceiptCheck = lazyPage(() => import('./voting/ReceiptCheck').then((m) => m.ReceiptCheck))
const VotingResults = lazyPage(() => import('./voting/Results').then((m) => m.Results))
const Vote = lazyPage(() => import('./voting/Vote').then((m) => m.Vote))
const Implementation = lazyPage(() => import('./implementation/Implementation').then((m) => m.Implementation))
const WorkOverview = lazyPage(() => import('./panel/WorkOverview').then((m) => m.WorkOverview), { part: true })
const PanelImplementation = lazyPage(() =>
  import('./implementation/PanelImplementation').then((m) => m.PanelImplementation),
)

/** Budget pages: a JST slug that is not reserved and a four-digit budget year. */
const bo =
  (render: Render): Render =>
  (p) =>
    RESERVED.has(p.slug) || (p.year !== undefined && !/^\d{4}$/.test(p.year)) ? <NotFound /> : render(p)

/** Budżet obywatelski in the web app: its pages and its section of a JST's panel. */
export const budgetWeb: WebModule = {
  key: 'budget',
  name: 'module.budget',
  inSentence: 'module.budget.inSentence',
  description: 'home.feature.budget',
  tenantLink: { segment: 'bo', label: 'budget.tenantLink' },
  panel: {
    segment: 'bo',
    label: 'budget.panel.nav',
    roles: ['admin', 'koordynator', 'weryfikator'],
    forbidden: 'budget.panel.forbidden',
    overview: WorkOverview,
  },
  routes: [
    ['/panel/:slug/bo', (p) => <BudgetPanelHome slug={p.slug} />],
    ['/panel/:slug/bo/:year', bo((p) => <BudgetPanelEdition slug={p.slug} year={p.year} />)],
    ['/panel/:slug/bo/:year/projekty/:id', bo((p) => <BudgetPanelProject slug={p.slug} year={p.year} id={p.id} />)],
    ['/panel/:slug/bo/:year/odwolania', bo((p) => <BudgetPanelAppeals slug={p.slug} year={p.year} />)],
    ['/panel/:slug/bo/:year/konflikty', bo((p) => <BudgetPanelConflicts slug={p.slug} year={p.year} />)],
    ['/:slug/bo', bo((p) => <BudgetEditions slug={p.slug} />)],
    ['/:slug/bo/wspolautor', bo((p) => <BudgetCoauthor slug={p.slug} />)],
    ['/:slug/bo/:year', bo((p) => <BudgetEdition slug={p.slug} year={p.year} />)],
    ['/:slug/bo/:year/zglos', bo((p) => <BudgetSubmit slug={p.slug} year={p.year} />)],
    ['/:slug/bo/:year/projekty', bo((p) => <BudgetProjects slug={p.slug} year={p.year} />)],
    ['/:slug/bo/:year/projekty/:id', bo((p) => <BudgetProject slug={p.slug} year={p.year} id={p.id} />)],
    ['/:slug/bo/:year/projekty/:id/edycja', bo((p) => <BudgetEdit slug={p.slug} year={p.year} id={p.id} />)],
    ['/:slug/bo/:year/projekty/:id/poparcie', bo((p) => <BudgetSupport slug={p.slug} year={p.year} id={p.id} />)],
    ['/:slug/bo/:year/lista', bo((p) => <BudgetFinalList slug={p.slug} year={p.year} />)],
    ['/:slug/bo/:year/glosuj', bo((p) => <Vote slug={p.slug} year={p.year} />)],
    ['/:slug/bo/:year/potwierdzenie', bo((p) => <ReceiptCheck slug={p.slug} year={p.year} />)],
    ['/:slug/bo/:year/wyniki', bo((p) => <VotingResults slug={p.slug} year={p.year} />)],
    ['/panel/:slug/bo/:year/karty', bo((p) => <PanelPaperCards slug={p.slug} year={p.year} />)],
    ['/panel/:slug/bo/:year/wyniki', bo((p) => <PanelResults slug={p.slug} year={p.year} />)],
    ['/:slug/bo/:year/realizacja', bo((p) => <Implementation slug={p.slug} year={p.year} />)],
    ['/panel/:slug/bo/:year/realizacja', bo((p) => <PanelImplementation slug={p.slug} year={p.year} />)],
  ],
}
