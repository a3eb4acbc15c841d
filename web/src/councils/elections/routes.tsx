import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The elections' public page, its own chunk downloaded on the first visit (the election of a call, the vote, the
 * results). The panel's part is a section of the calls' page (PanelCalls), not a page of its own.
 */
const ElectionPage = lazyPage(() => import('./ElectionPage').then((m) => m.ElectionPage))

/** `[pattern, render]` of the elections' pages, each wrapped by the module's check (`rd`). */
export function electionsRoutes(rd: (render: Render) => Render): [string, Render][] {
  return [['/:slug/rady/nabory/:number/wybory', rd((p) => <ElectionPage slug={p.slug} number={p.number} />)]]
}
