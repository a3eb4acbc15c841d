import type { ComponentType, JSX } from 'preact'
import type { Params } from '../../router'
import type { PanelRole } from './types'

/** What a URL pattern renders. */
export type Render = (params: Params) => JSX.Element

/**
 * What a module of the platform brings to the web app: its pages (URL patterns), its entry in a JST's staff panel
 * with the roles that see it, and the words the home page and role descriptions name it with. `web/src/modules.ts` is
 * the one list; the app's routes, the panel's navigation and the home page read it, so adding a module touches no
 * core page.
 */
export interface WebModule {
  /** The API's module key (`processes[].module` of a JST, `WspolnotaModule.name` on the server). */
  key: string
  /** Catalogue key of its name as a heading or label ("Budżet obywatelski"). */
  name: string
  /** Catalogue key of its name inside a sentence, as the object of "run" ("budżet obywatelski"). */
  inSentence: string
  /** Catalogue key of a one-line description for the home page. */
  description: string
  /** Its link on a JST's home page (`/{slug}/{segment}`), under the JST's running processes. */
  tenantLink?: { segment: string; label: string }
  /** Its pages: `[pattern, render]`, tried after the core's own. */
  routes: readonly [string, Render][]
  /**
   * Its section of a JST's staff panel (`/panel/{slug}/{segment}`), for the roles named; `overview`, when given, is
   * shown to those roles at the top of the panel's start page (the work waiting for them), so the core's start page
   * lists each module's work without importing any module. Pass a `lazyPage`, so its code stays out of the entry.
   */
  panel?: {
    segment: string
    label: string
    roles: readonly PanelRole[]
    forbidden: string
    overview?: ComponentType<{ slug: string; userId: string }>
  }
}

/** The links of a JST's panel that come from modules, for this role. */
export function panelLinks(modules: readonly WebModule[], slugBase: string, role: PanelRole) {
  return modules.flatMap((m) =>
    m.panel && m.panel.roles.includes(role)
      ? [{ key: m.key, href: `${slugBase}/${m.panel.segment}`, label: m.panel.label }]
      : [],
  )
}

/** The route table: the core's routes first, then every module's, then the core's catch-alls. */
export function routeTable(
  core: readonly [string, Render][],
  modules: readonly WebModule[],
  last: readonly [string, Render][] = [],
): [string, Render][] {
  return [...core, ...modules.flatMap((m) => m.routes), ...last]
}

/** The modules whose panel section this role sees and that show it its work on the panel's start page. */
export function panelOverviews(modules: readonly WebModule[], role: PanelRole) {
  return modules.flatMap((m) =>
    m.panel?.overview && m.panel.roles.includes(role) ? [{ key: m.key, Overview: m.panel.overview }] : [],
  )
}
