import { RESERVED } from '../core/lib/context'
import { lazyPage } from '../core/lib/lazy'
import type { Render, WebModule } from '../core/lib/modules'
import { NotFound } from '../core/pages/NotFound'

/*
 * The consultations module on the web: the residents' pages (the JST's list, one consultation with its draft, the
 * comparison of two versions), each downloaded on its first visit so the entry bundle does not carry them. The server's
 * API is described in docs/consultations.md; the staff panel section joins here when it is built.
 */
const ConsultationList = lazyPage(() => import('./pages/ConsultationList').then((m) => m.ConsultationList))
const ConsultationPage = lazyPage(() => import('./pages/ConsultationPage').then((m) => m.ConsultationPage))
const Comparison = lazyPage(() => import('./pages/Comparison').then((m) => m.Comparison))

/** Consultations pages: a JST slug that is not reserved, and numbers (a consultation's, versions') that are numbers. */
const ks =
  (render: Render): Render =>
  (p) =>
    RESERVED.has(p.slug) || [p.number, p.from, p.to].some((n) => n !== undefined && !/^\d{1,9}$/.test(n)) ? (
      <NotFound />
    ) : (
      render(p)
    )

export const consultationsWeb: WebModule = {
  key: 'consultations',
  name: 'module.consultations',
  inSentence: 'module.consultations.inSentence',
  description: 'home.feature.consultations',
  tenantLink: { segment: 'konsultacje', label: 'module.consultations' },
  routes: [
    ['/:slug/konsultacje', ks((p) => <ConsultationList slug={p.slug} />)],
    ['/:slug/konsultacje/:number', ks((p) => <ConsultationPage slug={p.slug} number={p.number} />)],
    [
      '/:slug/konsultacje/:number/porownanie/:from/:to',
      ks((p) => <Comparison slug={p.slug} number={p.number} from={p.from} to={p.to} />),
    ],
  ],
}
