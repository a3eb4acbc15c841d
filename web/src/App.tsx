import type { JSX } from 'preact'
import { Layout } from './core/layout/Layout'
import { RESERVED } from './core/lib/context'
import { lazyPage } from './core/lib/lazy'
import { A11yStatement } from './core/pages/A11yStatement'
import { Home } from './core/pages/Home'
import { Login } from './core/pages/Login'
import { NotFound } from './core/pages/NotFound'
import { Privacy } from './core/pages/Privacy'
import { TenantHome } from './core/pages/TenantHome'
import { routeTable } from './core/lib/modules'
import { MODULES } from './modules'
import { matchPath, useLocation } from './router'

/*
 * The pages most visits start on (home, a JST, an edition, login) are in the entry bundle; the rest is downloaded
 * when first opened, one chunk per page module.
 */
const RecountPage = lazyPage(() => import('./budget/recount/Recount').then((m) => m.Recount))
const InvitationAccept = lazyPage(() => import('./core/pages/InvitationAccept').then((m) => m.InvitationAccept))
const PanelHome = lazyPage(() => import('./core/pages/PanelHome').then((m) => m.PanelHome))
const PanelJst = lazyPage(() => import('./core/pages/PanelJst').then((m) => m.PanelJst))
const PasswordResetConfirm = lazyPage(() => import('./core/pages/PasswordReset').then((m) => m.PasswordResetConfirm))
const PasswordResetRequest = lazyPage(() => import('./core/pages/PasswordReset').then((m) => m.PasswordResetRequest))
const TenantAudit = lazyPage(() => import('./core/pages/TenantAudit').then((m) => m.TenantAudit))
const TenantPanelHome = lazyPage(() => import('./core/pages/TenantPanel').then((m) => m.TenantPanelHome))
const TenantProfile = lazyPage(() => import('./core/pages/TenantProfile').then((m) => m.TenantProfile))
const TenantUsers = lazyPage(() => import('./core/pages/TenantUsers').then((m) => m.TenantUsers))
const Directory = lazyPage(() => import('./core/organizations/Directory').then((m) => m.Directory))
const OrganizationPage = lazyPage(() => import('./core/organizations/OrganizationPage').then((m) => m.OrganizationPage))
const RegisterOrganization = lazyPage(() => import('./core/organizations/Register').then((m) => m.RegisterOrganization))
const RepresentativeLinkRequest = lazyPage(() =>
  import('./core/organizations/Register').then((m) => m.RepresentativeLinkRequest),
)
const ConfirmOrganization = lazyPage(() =>
  import('./core/organizations/Representative').then((m) => m.ConfirmOrganization),
)
const RepresentativePage = lazyPage(() =>
  import('./core/organizations/Representative').then((m) => m.RepresentativePage),
)
const PanelOrganizations = lazyPage(() =>
  import('./core/organizations/PanelOrganizations').then((m) => m.PanelOrganizations),
)
const PanelAddOrganization = lazyPage(() =>
  import('./core/organizations/PanelOrganizations').then((m) => m.PanelAddOrganization),
)

const routes = routeTable(
  [
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
    ['/panel/:slug/organizacje', (p) => <PanelOrganizations slug={p.slug} />],
    ['/panel/:slug/organizacje/dodaj', (p) => <PanelAddOrganization slug={p.slug} />],
    ['/organizacje', () => <Directory />],
    ['/organizacje/rejestracja', () => <RegisterOrganization />],
    ['/organizacje/potwierdzenie', () => <ConfirmOrganization />],
    ['/organizacje/link', () => <RepresentativeLinkRequest />],
    ['/organizacje/:id', (p) => <OrganizationPage id={p.id} />],
    ['/organizacje/:id/przedstawiciel', (p) => <RepresentativePage id={p.id} />],
    ['/:slug', (p) => (RESERVED.has(p.slug) ? <NotFound /> : <TenantHome slug={p.slug} />)],
  ],
  MODULES,
  [
    ['/:slug/deklaracja-dostepnosci', (p) => (RESERVED.has(p.slug) ? <NotFound /> : <A11yStatement slug={p.slug} />)],
    ['/:slug/rodo', (p) => (RESERVED.has(p.slug) ? <NotFound /> : <Privacy slug={p.slug} />)],
    ['/:slug/organizacje', (p) => (RESERVED.has(p.slug) ? <NotFound /> : <Directory slug={p.slug} />)],
  ],
)

function resolve(path: string): JSX.Element {
  for (const [pattern, render] of routes) {
    const params = matchPath(pattern, path)
    if (params) return render(params)
  }
  return <NotFound />
}

/**
 * Loads the code of the page `path` shows when it is a lazy page, so that the first render over the server's HTML
 * (main.tsx) shows the page, as the server did, rather than its loading state.
 */
export function pageCode(path: string): Promise<unknown> {
  const preload = (resolve(path).type as { preload?: () => Promise<unknown> }).preload
  return preload ? preload() : Promise.resolve()
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
