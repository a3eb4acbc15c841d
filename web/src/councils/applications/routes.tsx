import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The applications' pages, each its own chunk downloaded on the first visit: the public list with the open form, one
 * application with the sign form (and the NGOs' confirmation), the NGOs' own application form, and the panel's list
 * and application page.
 */
const ApplicationList = lazyPage(() => import('./ApplicationList').then((m) => m.ApplicationList))
const ApplicationPage = lazyPage(() => import('./ApplicationPage').then((m) => m.ApplicationPage))
const OrganisationApplication = lazyPage(() =>
  import('./OrganisationApplication').then((m) => m.OrganisationApplication),
)
const PanelApplications = lazyPage(() => import('./PanelApplications').then((m) => m.PanelApplications))
const PanelApplication = lazyPage(() => import('./PanelApplication').then((m) => m.PanelApplication))

/** `[pattern, render]` of the councils' applications pages, each wrapped by the module's check (`rd`). */
export function applicationsRoutes(rd: (render: Render) => Render): [string, Render][] {
  return [
    ['/panel/:slug/rady/wnioski', rd((p) => <PanelApplications slug={p.slug} />)],
    ['/panel/:slug/rady/wnioski/:number', rd((p) => <PanelApplication slug={p.slug} number={p.number} />)],
    ['/:slug/rady/wnioski', rd((p) => <ApplicationList slug={p.slug} />)],
    ['/:slug/rady/wnioski/organizacje', rd((p) => <OrganisationApplication slug={p.slug} />)],
    ['/:slug/rady/wnioski/:number', rd((p) => <ApplicationPage slug={p.slug} number={p.number} />)],
  ]
}
