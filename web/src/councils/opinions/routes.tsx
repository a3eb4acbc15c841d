import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The opinions' pages, each its own chunk downloaded on the first visit: a request for the body's opinion and a
 * resolution's vote in the members' space (signed in by the e-mailed key), and the panel's requests of a body.
 * module.tsx lists them before the body's own page.
 */
const OpinionPage = lazyPage(() => import('./OpinionPage').then((m) => m.OpinionPage))
const ResolutionPage = lazyPage(() => import('./ResolutionPage').then((m) => m.ResolutionPage))
const PanelOpinions = lazyPage(() => import('./PanelOpinions').then((m) => m.PanelOpinions))

/** `[pattern, render]` of the councils' opinions pages, each wrapped by the module's check (`rd`). */
export function opinionsRoutes(rd: (render: Render) => Render): [string, Render][] {
  return [
    [
      '/:slug/rady/:body/czlonek/opinie/:number',
      rd((p) => <OpinionPage slug={p.slug} body={p.body} number={p.number} />),
    ],
    ['/:slug/rady/:body/czlonek/uchwaly/:id', rd((p) => <ResolutionPage slug={p.slug} body={p.body} id={p.id} />)],
    ['/panel/:slug/rady/:body/opinie', rd((p) => <PanelOpinions slug={p.slug} body={p.body} />)],
  ]
}
