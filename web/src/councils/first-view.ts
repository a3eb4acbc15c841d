import { SLUG, type FirstView } from '../core/lib/first-view'

/**
 * The councils' public pages residents open from a link (a school's notice, an e-mail, the JST's home page), with
 * what their first render asks the API for — today the election's page, which voters on old phones open at the start
 * of a vote: the JST (the layout's header and the crumbs) and the election. Each `pattern` is the one its routes file
 * registers (elections/routes.tsx) and `page` the file it loads with `lazyPage` (tests/unit/first-view.test.ts holds
 * both to that). Rendered on the server (`ssr`): its first render is the election's public data; a voting session kept
 * by the browser changes the page only after it.
 */
export const firstView: readonly FirstView[] = [
  {
    pattern: '/:slug/rady/nabory/:number/wybory',
    where: { slug: SLUG, number: '^\\d{1,6}$' },
    page: 'councils/elections/ElectionPage.tsx',
    api: ['/jst/:slug', '/jst/:slug/rady/nabory/:number/wybory'],
    ssr: true,
  },
]
