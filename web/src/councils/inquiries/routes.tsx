import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The inquiries' and open data's pages, each its own chunk downloaded on the first visit: the panel's inquiries of a
 * body (the last day that counts, days left or "po terminie", the answer form) and the JST's open data of its
 * councils. module.tsx lists them before the bodies' `/:slug/rady/:body`, so the fixed word `dane` is never a body.
 */
const PanelInquiries = lazyPage(() => import('./PanelInquiries').then((m) => m.PanelInquiries))
const OpenData = lazyPage(() => import('./OpenData').then((m) => m.OpenData))

/** `[pattern, render]` of the councils' inquiries and open data pages, each wrapped by the module's check (`rd`). */
export function inquiriesRoutes(rd: (render: Render) => Render): [string, Render][] {
  return [
    ['/:slug/rady/dane', rd((p) => <OpenData slug={p.slug} />)],
    ['/panel/:slug/rady/:body/zapytania', rd((p) => <PanelInquiries slug={p.slug} body={p.body} />)],
  ]
}
