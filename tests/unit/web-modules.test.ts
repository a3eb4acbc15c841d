import { beforeAll, describe, expect, it } from 'vitest'
import { panelLinks, routeTable, type WebModule } from '../../web/src/core/lib/modules'

/** The web app's router reads the page's address when it loads: a minimal one, since these tests run in Node. */
let MODULES: readonly WebModule[]
let matchPath: (pattern: string, path: string) => unknown
beforeAll(async () => {
  Object.assign(globalThis, {
    location: { pathname: '/', search: '' },
    history: { state: null },
    addEventListener() {},
  })
  ;({ MODULES } = await import('../../web/src/modules'))
  ;({ matchPath } = await import('../../web/src/router'))
})

/**
 * The web side of the module contract: a module added to the list gets its pages in the route table (after the
 * core's own, before the core's catch-alls) and its section in a JST's staff panel for the roles it names, with no
 * edit of a core page.
 */
const notes: WebModule = {
  key: 'notes',
  name: 'module.notes',
  inSentence: 'module.notes.inSentence',
  description: 'home.feature.notes',
  routes: [['/:slug/notatki', () => null as never]],
  panel: {
    segment: 'notatki',
    label: 'notes.panel.nav',
    roles: ['admin', 'koordynator'],
    forbidden: 'notes.panel.forbidden',
  },
}

describe('web modules', () => {
  it("put a new module's pages in the route table and its panel link before the roles it names", () => {
    const table = routeTable([['/', () => null as never]], [...MODULES, notes], [['/:slug/rodo', () => null as never]])
    const first = table.find(([pattern]) => matchPath(pattern, '/gmina-przykladowa/notatki'))
    expect(first?.[0]).toBe('/:slug/notatki')
    expect(table.at(-1)?.[0]).toBe('/:slug/rodo')
    expect(panelLinks([...MODULES, notes], '/panel/gmina-przykladowa', 'koordynator')).toEqual([
      { key: 'budget', href: '/panel/gmina-przykladowa/bo', label: 'budget.panel.nav' },
      { key: 'consultations', href: '/panel/gmina-przykladowa/konsultacje', label: 'consultations.panel.section' },
      { key: 'councils', href: '/panel/gmina-przykladowa/rady', label: 'councils.panel.section' },
      { key: 'notes', href: '/panel/gmina-przykladowa/notatki', label: 'notes.panel.nav' },
    ])
    expect(panelLinks([...MODULES, notes], '/panel/gmina-przykladowa', 'weryfikator').map((l) => l.key)).toEqual([
      'budget',
    ])
    expect(panelLinks([...MODULES, notes], '/panel/gmina-przykladowa', 'moderator').map((l) => l.key)).toEqual([
      'consultations',
    ])
  })

  it('list on the web exactly the modules the server runs', async () => {
    const { modules } = await import('../../worker/modules')
    expect(MODULES.map((m) => m.key)).toEqual(modules.map((m) => m.name))
  })
})
