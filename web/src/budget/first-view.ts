import { SLUG, type FirstView } from '../core/lib/first-view'

/** An edition's pages: a JST slug and a four-digit budget year (any other year shows "not found", see module.tsx). */
const edition = { slug: SLUG, year: '^\\d{4}$' }
const tenant = '/jst/:slug'
const base = '/jst/:slug/bo/:year'

/**
 * The budget's public pages that residents open from a link (a leaflet, a text message, a search result), with what
 * their first render asks the API for: the JST (the layout's header and the crumbs), the edition, and the page's own
 * list. Each `pattern` is the same as in module.tsx, and each `page` is the file module.tsx loads with `lazyPage`
 * (tests/unit/first-view.test.ts holds both to that). Read by the build, not shipped: see core/lib/first-view.ts. All
 * of them render on the server (`ssr`): their first render is the edition's public data; a voting session or an
 * author's key kept by the browser changes the page only after it.
 */
export const firstView: readonly FirstView[] = [
  { pattern: '/:slug/bo', where: { slug: SLUG }, api: [tenant, '/jst/:slug/bo'], ssr: true },
  { pattern: '/:slug/bo/:year', where: edition, api: [tenant, base], ssr: true },
  {
    pattern: '/:slug/bo/:year/projekty',
    where: edition,
    page: 'budget/projects/BudgetProjects.tsx',
    api: [tenant, base, `${base}/projects`],
    ssr: true,
    filtered: [`${base}/projects`],
  },
  {
    pattern: '/:slug/bo/:year/projekty/:id',
    where: edition,
    page: 'budget/projects/BudgetProject.tsx',
    api: [tenant, base, `${base}/projects/:id`],
    ssr: true,
  },
  {
    pattern: '/:slug/bo/:year/lista',
    where: edition,
    page: 'budget/projects/BudgetFinalList.tsx',
    api: [tenant, base, `${base}/final-list`],
    ssr: true,
  },
  { pattern: '/:slug/bo/:year/glosuj', where: edition, page: 'budget/voting/Vote.tsx', api: [tenant, base], ssr: true },
  {
    pattern: '/:slug/bo/:year/wyniki',
    where: edition,
    page: 'budget/voting/Results.tsx',
    api: [tenant, base, `${base}/results`],
    ssr: true,
  },
  {
    pattern: '/:slug/bo/:year/realizacja',
    where: edition,
    page: 'budget/implementation/Implementation.tsx',
    api: [tenant, base, `${base}/implementation`],
    ssr: true,
  },
]
