import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The meetings' and open data's pages, each its own chunk downloaded on the first visit: the cancellation the e-mailed
 * link opens, the staff's meetings page and the open-data page. module.tsx lists them with its own checks (`ks`).
 */
const CancelSignup = lazyPage(() => import('./CancelSignup').then((m) => m.CancelSignup))
const PanelMeetings = lazyPage(() => import('./PanelMeetings').then((m) => m.PanelMeetings))
const OpenData = lazyPage(() => import('../opendata/OpenData').then((m) => m.OpenData))

/** `[pattern, render]` of the meetings' and open data's pages, each wrapped by the module's check of slug and numbers. */
export function meetingRoutes(ks: (render: Render) => Render): [string, Render][] {
  return [
    ['/:slug/konsultacje/dane', ks((p) => <OpenData slug={p.slug} />)],
    ['/:slug/konsultacje/:number/spotkania/rezygnacja', ks((p) => <CancelSignup slug={p.slug} number={p.number} />)],
    ['/panel/:slug/konsultacje/:number/spotkania', ks((p) => <PanelMeetings slug={p.slug} number={p.number} />)],
  ]
}
