import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The bodies' pages, each its own chunk downloaded on the first visit: the public list and body page, the panel's
 * list with the create form and the body's panel page (settings, statute editor, versions, terms).
 */
const BodyList = lazyPage(() => import('./BodyList').then((m) => m.BodyList))
const BodyPage = lazyPage(() => import('./BodyPage').then((m) => m.BodyPage))
const PanelBodies = lazyPage(() => import('./PanelBodies').then((m) => m.PanelBodies))
const PanelBody = lazyPage(() => import('./PanelBody').then((m) => m.PanelBody))

/**
 * `[pattern, render]` of the bodies' pages, each wrapped by the module's check (`rd`). The panel's body page comes
 * after every longer panel pattern of the other parts (module.tsx lists this file last), and the public body page
 * `/:slug/rady/:body` is the very last, so the fixed words (`wnioski`, `nabory`…) are never read as a body.
 */
export function bodiesRoutes(rd: (render: Render) => Render): [string, Render][] {
  return [
    ['/panel/:slug/rady', rd((p) => <PanelBodies slug={p.slug} />)],
    ['/panel/:slug/rady/:body', rd((p) => <PanelBody slug={p.slug} body={p.body} />)],
    ['/:slug/rady', rd((p) => <BodyList slug={p.slug} />)],
    ['/:slug/rady/:body', rd((p) => <BodyPage slug={p.slug} body={p.body} />)],
  ]
}
