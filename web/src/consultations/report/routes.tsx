import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The report's pages, each its own chunk downloaded on the first visit: the residents' report and the organisers'
 * panel page. module.tsx lists them with its own checks (`ks`).
 */
const ReportPage = lazyPage(() => import('./ReportPage').then((m) => m.ReportPage))
const ReportPanel = lazyPage(() => import('./ReportPanel').then((m) => m.ReportPanel))

/** `[pattern, render]` of the report's pages, each render wrapped by the module's check of slug and numbers. */
export function reportRoutes(ks: (render: Render) => Render): [string, Render][] {
  return [
    ['/:slug/konsultacje/:number/raport', ks((p) => <ReportPage slug={p.slug} number={p.number} />)],
    ['/panel/:slug/konsultacje/:number/raport', ks((p) => <ReportPanel slug={p.slug} number={p.number} />)],
  ]
}
