import { RESERVED } from '../lib/context'
import { lazyPage } from '../lib/lazy'
import type { Render, WebModule } from '../lib/modules'
import { NotFound } from '../pages/NotFound'
import { BudgetEdition, BudgetEditions } from '../pages/budget/BudgetEdition'

/*
 * The budget's pages: the edition page is in the entry bundle (many visits start there), every other page is
 * downloaded when first opened.
 */
const BudgetFinalList = lazyPage(() => import('../pages/budget/BudgetFinalList').then((m) => m.BudgetFinalList))
const BudgetPanelEdition = lazyPage(() => import('../pages/budget/BudgetPanel').then((m) => m.BudgetPanelEdition))
const BudgetPanelHome = lazyPage(() => import('../pages/budget/BudgetPanel').then((m) => m.BudgetPanelHome))
const BudgetPanelConflicts = lazyPage(() =>
  import('../pages/budget/BudgetPanelConflicts').then((m) => m.BudgetPanelConflicts),
)
const BudgetPanelAppeals = lazyPage(() =>
  import('../pages/budget/BudgetPanelProject').then((m) => m.BudgetPanelAppeals),
)
const BudgetPanelProject = lazyPage(() =>
  import('../pages/budget/BudgetPanelProject').then((m) => m.BudgetPanelProject),
)
const BudgetProject = lazyPage(() => import('../pages/budget/BudgetProject').then((m) => m.BudgetProject))
const BudgetProjects = lazyPage(() => import('../pages/budget/BudgetProjects').then((m) => m.BudgetProjects))
const BudgetEdit = lazyPage(() => import('../pages/budget/BudgetSubmit').then((m) => m.BudgetEdit))
const BudgetSubmit = lazyPage(() => import('../pages/budget/BudgetSubmit').then((m) => m.BudgetSubmit))
const BudgetCoauthor = lazyPage(() => import('../pages/budget/BudgetSupport').then((m) => m.BudgetCoauthor))
const BudgetSupport = lazyPage(() => import('../pages/budget/BudgetSupport').then((m) => m.BudgetSupport))
const PanelPaperCards = lazyPage(() => import('../pages/voting/PanelPaperCards').then((m) => m.PanelPaperCards))
const PanelResults = lazyPage(() => import('../pages/voting/PanelResults').then((m) => m.PanelResults))
const ReceiptCheck = lazyPage(() => import('../pages/voting/ReceiptCheck').then((m) => m.ReceiptCheck))
const VotingResults = lazyPage(() => import('../pages/voting/Results').then((m) => m.Results))
const Vote = lazyPage(() => import('../pages/voting/Vote').then((m) => m.Vote))
const Implementation = lazyPage(() => import('../pages/implementation/Implementation').then((m) => m.Implementation))
const PanelImplementation = lazyPage(() =>
  import('../pages/implementation/PanelImplementation').then((m) => m.PanelImplementation),
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
  panel: {
    segment: 'bo',
    label: 'budget.panel.nav',
    roles: ['admin', 'koordynator', 'weryfikator'],
    forbidden: 'budget.panel.forbidden',
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
