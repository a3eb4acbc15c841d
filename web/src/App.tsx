import type { JSX } from 'preact'
import { Layout } from './components/Layout'
import { RESERVED } from './lib/context'
import { lazyPage } from './lib/lazy'
import { A11yStatement } from './pages/A11yStatement'
import { BudgetEdition, BudgetEditions } from './pages/budget/BudgetEdition'
import { Home } from './pages/Home'
import { Login } from './pages/Login'
import { NotFound } from './pages/NotFound'
import { Privacy } from './pages/Privacy'
import { TenantHome } from './pages/TenantHome'
import { matchPath, useLocation, type Params } from './router'

/*
 * The pages most visits start on (home, a JST, an edition, login) are in the entry bundle; the rest is downloaded
 * when first opened, one chunk per page module.
 */
const RecountPage = lazyPage(() => import('./pages/Recount').then((m) => m.Recount))
const InvitationAccept = lazyPage(() => import('./pages/InvitationAccept').then((m) => m.InvitationAccept))
const PanelHome = lazyPage(() => import('./pages/PanelHome').then((m) => m.PanelHome))
const PanelJst = lazyPage(() => import('./pages/PanelJst').then((m) => m.PanelJst))
const PasswordResetConfirm = lazyPage(() => import('./pages/PasswordReset').then((m) => m.PasswordResetConfirm))
const PasswordResetRequest = lazyPage(() => import('./pages/PasswordReset').then((m) => m.PasswordResetRequest))
const TenantAudit = lazyPage(() => import('./pages/TenantAudit').then((m) => m.TenantAudit))
const TenantPanelHome = lazyPage(() => import('./pages/TenantPanel').then((m) => m.TenantPanelHome))
const TenantProfile = lazyPage(() => import('./pages/TenantProfile').then((m) => m.TenantProfile))
const TenantUsers = lazyPage(() => import('./pages/TenantUsers').then((m) => m.TenantUsers))
const BudgetFinalList = lazyPage(() => import('./pages/budget/BudgetFinalList').then((m) => m.BudgetFinalList))
const BudgetPanelEdition = lazyPage(() => import('./pages/budget/BudgetPanel').then((m) => m.BudgetPanelEdition))
const BudgetPanelHome = lazyPage(() => import('./pages/budget/BudgetPanel').then((m) => m.BudgetPanelHome))
const BudgetPanelConflicts = lazyPage(() =>
  import('./pages/budget/BudgetPanelConflicts').then((m) => m.BudgetPanelConflicts),
)
const BudgetPanelAppeals = lazyPage(() => import('./pages/budget/BudgetPanelProject').then((m) => m.BudgetPanelAppeals))
const BudgetPanelProject = lazyPage(() => import('./pages/budget/BudgetPanelProject').then((m) => m.BudgetPanelProject))
const BudgetProject = lazyPage(() => import('./pages/budget/BudgetProject').then((m) => m.BudgetProject))
const BudgetProjects = lazyPage(() => import('./pages/budget/BudgetProjects').then((m) => m.BudgetProjects))
const BudgetEdit = lazyPage(() => import('./pages/budget/BudgetSubmit').then((m) => m.BudgetEdit))
const BudgetSubmit = lazyPage(() => import('./pages/budget/BudgetSubmit').then((m) => m.BudgetSubmit))
const BudgetCoauthor = lazyPage(() => import('./pages/budget/BudgetSupport').then((m) => m.BudgetCoauthor))
const BudgetSupport = lazyPage(() => import('./pages/budget/BudgetSupport').then((m) => m.BudgetSupport))
const PanelPaperCards = lazyPage(() => import('./pages/voting/PanelPaperCards').then((m) => m.PanelPaperCards))
const PanelResults = lazyPage(() => import('./pages/voting/PanelResults').then((m) => m.PanelResults))
const ReceiptCheck = lazyPage(() => import('./pages/voting/ReceiptCheck').then((m) => m.ReceiptCheck))
const VotingResults = lazyPage(() => import('./pages/voting/Results').then((m) => m.Results))
const Vote = lazyPage(() => import('./pages/voting/Vote').then((m) => m.Vote))
const Implementation = lazyPage(() => import('./pages/implementation/Implementation').then((m) => m.Implementation))
const PanelImplementation = lazyPage(() =>
  import('./pages/implementation/PanelImplementation').then((m) => m.PanelImplementation),
)

type Render = (params: Params) => JSX.Element

/** Budget pages: a JST slug that is not reserved and a four-digit budget year. */
const bo =
  (render: Render): Render =>
  (p) =>
    RESERVED.has(p.slug) || (p.year !== undefined && !/^\d{4}$/.test(p.year)) ? <NotFound /> : render(p)

const routes: [string, Render][] = [
  ['/', () => <Home />],
  ['/przeliczenie', () => <RecountPage />],
  ['/deklaracja-dostepnosci', () => <A11yStatement slug={null} />],
  ['/rodo', () => <Privacy slug={null} />],
  ['/panel/logowanie', () => <Login />],
  ['/panel/reset-hasla', () => <PasswordResetRequest />],
  ['/panel/reset-hasla/:token', (p) => <PasswordResetConfirm token={p.token} />],
  ['/panel/zaproszenie/:token', (p) => <InvitationAccept token={p.token} />],
  ['/panel', () => <PanelHome />],
  ['/panel/jst', () => <PanelJst />],
  ['/panel/:slug', (p) => <TenantPanelHome slug={p.slug} />],
  ['/panel/:slug/uzytkownicy', (p) => <TenantUsers slug={p.slug} />],
  ['/panel/:slug/dziennik', (p) => <TenantAudit slug={p.slug} />],
  ['/panel/:slug/profil', (p) => <TenantProfile slug={p.slug} />],
  ['/panel/:slug/bo', (p) => <BudgetPanelHome slug={p.slug} />],
  ['/panel/:slug/bo/:year', bo((p) => <BudgetPanelEdition slug={p.slug} year={p.year} />)],
  ['/panel/:slug/bo/:year/projekty/:id', bo((p) => <BudgetPanelProject slug={p.slug} year={p.year} id={p.id} />)],
  ['/panel/:slug/bo/:year/odwolania', bo((p) => <BudgetPanelAppeals slug={p.slug} year={p.year} />)],
  ['/panel/:slug/bo/:year/konflikty', bo((p) => <BudgetPanelConflicts slug={p.slug} year={p.year} />)],
  ['/:slug', (p) => (RESERVED.has(p.slug) ? <NotFound /> : <TenantHome slug={p.slug} />)],
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
  ['/:slug/deklaracja-dostepnosci', (p) => (RESERVED.has(p.slug) ? <NotFound /> : <A11yStatement slug={p.slug} />)],
  ['/:slug/rodo', (p) => (RESERVED.has(p.slug) ? <NotFound /> : <Privacy slug={p.slug} />)],
]

function resolve(path: string): JSX.Element {
  for (const [pattern, render] of routes) {
    const params = matchPath(pattern, path)
    if (params) return render(params)
  }
  return <NotFound />
}

export function App() {
  const { path } = useLocation()
  // Keyed by path so that every page starts from a clean state (forms, loaded data) after a navigation.
  return (
    <Layout>
      <div key={path} class="page-content">
        {resolve(path)}
      </div>
    </Layout>
  )
}
