import { SLUG, type FirstView } from '../core/lib/first-view'

/**
 * The consultations' public pages residents open from a link (the JST's announcement, a newsletter, an NGO's e-mail),
 * with what their first render asks the API for: the JST (the layout's header and the crumbs), the list or the
 * consultation with its draft, and the consultation's meetings. The comments load after the first render (their own
 * store, comments/store.ts), below the fold. Each `pattern` and `page` is the one module.tsx registers and loads with
 * `lazyPage` (tests/unit/first-view.test.ts holds both to that). Rendered on the server (`ssr`): the first render is
 * public data; a receipt or an organisation's key kept by the browser changes the page only after it.
 */
export const firstView: readonly FirstView[] = [
  {
    pattern: '/:slug/konsultacje',
    where: { slug: SLUG },
    page: 'consultations/pages/ConsultationList.tsx',
    api: ['/jst/:slug', '/jst/:slug/konsultacje'],
    ssr: true,
  },
  {
    pattern: '/:slug/konsultacje/:number',
    where: { slug: SLUG, number: '^\\d{1,6}$' },
    page: 'consultations/pages/ConsultationPage.tsx',
    api: ['/jst/:slug', '/jst/:slug/konsultacje/:number', '/jst/:slug/konsultacje/:number/meetings'],
    ssr: true,
  },
]
