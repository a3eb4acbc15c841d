import { lazyPage } from '../../core/lib/lazy'
import type { Render } from '../../core/lib/modules'

/*
 * The calls' pages, each its own chunk downloaded on the first visit: a call's public page (registration, an NGO's
 * nomination, support lists), the guardian's consent and the candidate's own page (secrets in the e-mailed link's
 * fragment), and the panel's calls of a body. module.tsx lists them before the body's own `/:slug/rady/:body`.
 */
const CallPage = lazyPage(() => import('./CallPage').then((m) => m.CallPage))
const GuardianPage = lazyPage(() => import('./GuardianPage').then((m) => m.GuardianPage))
const CandidacyPage = lazyPage(() => import('./CandidacyPage').then((m) => m.CandidacyPage))
const PanelCalls = lazyPage(() => import('./PanelCalls').then((m) => m.PanelCalls))

/** `[pattern, render]` of the councils' candidates pages, each wrapped by the module's check (`rd`). */
export function candidatesRoutes(rd: (render: Render) => Render): [string, Render][] {
  return [
    ['/:slug/rady/nabory/:number', rd((p) => <CallPage slug={p.slug} number={p.number} />)],
    ['/:slug/rady/zgoda', rd((p) => <GuardianPage slug={p.slug} />)],
    ['/:slug/rady/kandydatura', rd((p) => <CandidacyPage slug={p.slug} />)],
    ['/panel/:slug/rady/:body/nabory', rd((p) => <PanelCalls slug={p.slug} body={p.body} />)],
  ]
}
