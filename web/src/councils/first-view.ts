import { SLUG, type FirstView } from '../core/lib/first-view'

/**
 * The councils' public pages residents open from a link (a school's notice, an e-mail, the JST's home page), with
 * what their first render asks the API for: the JST (the layout's header and the crumbs) and the page's own answer —
 * the list of bodies, a body's page, a call for candidates, and the election's page voters on old phones open at the
 * start of a vote. Each `pattern` is the one its part's routes file
 * registers (`bodies/routes.tsx`…) and `page` the file it loads with `lazyPage` (tests/unit/first-view.test.ts holds
 * both to that). Rendered on the server (`ssr`): their first render is public data; what the browser keeps (a voting
 * session, an organisation's key) changes a page only after it.
 */
export const firstView: readonly FirstView[] = [
  {
    pattern: '/:slug/rady',
    where: { slug: SLUG },
    page: 'councils/bodies/BodyList.tsx',
    api: ['/jst/:slug', '/jst/:slug/rady'],
    ssr: true,
  },
  {
    pattern: '/:slug/rady/:body',
    // the part's fixed words (module.tsx lists their pages before the body's) are never a body
    where: { slug: SLUG, body: '^(?!(?:wnioski|nabory|dane|zgoda|kandydatura)$)[a-z0-9-]{1,80}$' },
    page: 'councils/bodies/BodyPage.tsx',
    api: ['/jst/:slug', '/jst/:slug/rady/:body'],
    ssr: true,
  },
  {
    pattern: '/:slug/rady/nabory/:number',
    where: { slug: SLUG, number: '^\\d{1,6}$' },
    page: 'councils/candidates/CallPage.tsx',
    api: ['/jst/:slug', '/jst/:slug/rady/nabory/:number'],
    ssr: true,
  },
  {
    pattern: '/:slug/rady/nabory/:number/wybory',
    where: { slug: SLUG, number: '^\\d{1,6}$' },
    page: 'councils/elections/ElectionPage.tsx',
    api: ['/jst/:slug', '/jst/:slug/rady/nabory/:number/wybory'],
    ssr: true,
  },
]
