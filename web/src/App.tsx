import type { ComponentType, JSX } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { Layout } from './components/Layout'
import { ErrorState, Loading, PageHeading } from './components/ui'
import { useT } from './i18n'
import { ApiError } from './lib/api'
import { A11yStatement } from './pages/A11yStatement'
import { Home } from './pages/Home'
import { InvitationAccept } from './pages/InvitationAccept'
import { Login } from './pages/Login'
import { NotFound } from './pages/NotFound'
import { PanelHome } from './pages/PanelHome'
import { PanelJst } from './pages/PanelJst'
import { PasswordResetConfirm, PasswordResetRequest } from './pages/PasswordReset'
import { Privacy } from './pages/Privacy'
import { TenantAudit } from './pages/TenantAudit'
import { TenantHome } from './pages/TenantHome'
import { TenantPanelHome } from './pages/TenantPanel'
import { TenantProfile } from './pages/TenantProfile'
import { TenantUsers } from './pages/TenantUsers'
import { RESERVED } from './lib/context'
import { BudgetEdition, BudgetEditions } from './pages/budget/BudgetEdition'
import { BudgetFinalList } from './pages/budget/BudgetFinalList'
import { BudgetPanelEdition, BudgetPanelHome } from './pages/budget/BudgetPanel'
import { BudgetPanelAppeals, BudgetPanelProject } from './pages/budget/BudgetPanelProject'
import { BudgetProject } from './pages/budget/BudgetProject'
import { BudgetProjects } from './pages/budget/BudgetProjects'
import { BudgetEdit, BudgetSubmit } from './pages/budget/BudgetSubmit'
import { BudgetCoauthor, BudgetSupport } from './pages/budget/BudgetSupport'
import { matchPath, useLocation, type Params } from './router'
import { PanelPaperCards } from './pages/voting/PanelPaperCards'
import { PanelResults } from './pages/voting/PanelResults'
import { ReceiptCheck } from './pages/voting/ReceiptCheck'
import { Results as VotingResults } from './pages/voting/Results'
import { Vote } from './pages/voting/Vote'

/**
 * The open recount page is written as a separate module; it is loaded lazily, and only if the file exists, so the
 * build works before and after it lands.
 */
const recountModules = import.meta.glob<{ Recount: ComponentType }>('./pages/Recount.tsx')
const loadRecount = recountModules['./pages/Recount.tsx']

function RecountPage() {
  const t = useT()
  const [state, setState] = useState<{ component: ComponentType | null; failed: boolean }>({ component: null, failed: false })
  useEffect(() => {
    if (!loadRecount) return
    let live = true
    loadRecount()
      .then((module) => live && setState({ component: module.Recount, failed: false }))
      .catch(() => live && setState({ component: null, failed: true }))
    return () => {
      live = false
    }
  }, [])
  if (!loadRecount) return <NotFound />
  if (state.failed) {
    return (
      <>
        <PageHeading title={t('app.recountLoadFailed')}>{t('app.recountLoadFailed')}</PageHeading>
        <ErrorState error={new ApiError(0, {})} onRetry={() => location.reload()} />
      </>
    )
  }
  const Component = state.component
  return Component ? <Component /> : <Loading />
}

type Render = (params: Params) => JSX.Element

/** Budget pages: a JST slug that is not reserved and a four-digit budget year. */
const bo = (render: Render): Render => (p) =>
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
