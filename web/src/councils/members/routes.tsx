import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The members' part's pages, each its own chunk downloaded on the first visit: the members' space (signed in by the
 * e-mailed key), and the panel's members and meetings of a body. module.tsx lists them before the body's own page.
 */
const MemberSpace = lazyPage(() => import('./MemberSpace').then((m) => m.MemberSpace))
const PanelMembers = lazyPage(() => import('./PanelMembers').then((m) => m.PanelMembers))
const PanelMeetings = lazyPage(() => import('./PanelMeetings').then((m) => m.PanelMeetings))

/** `[pattern, render]` of the councils' members pages, each wrapped by the module's check (`rd`). */
export function membersRoutes(rd: (render: Render) => Render): [string, Render][] {
  return [
    ['/:slug/rady/:body/czlonek', rd((p) => <MemberSpace slug={p.slug} body={p.body} />)],
    ['/panel/:slug/rady/:body/czlonkowie', rd((p) => <PanelMembers slug={p.slug} body={p.body} />)],
    ['/panel/:slug/rady/:body/posiedzenia', rd((p) => <PanelMeetings slug={p.slug} body={p.body} />)],
  ]
}
