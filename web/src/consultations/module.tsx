import { RESERVED } from '../core/lib/context'
import { lazyPage } from '../core/lib/lazy'
import type { Render, WebModule } from '../core/lib/modules'
import { NotFound } from '../core/pages/NotFound'
import { reportRoutes } from './report/routes'
import { commentRoutes } from './comments/routes'
import { meetingRoutes } from './meetings/routes'
import { answerRoutes } from './answers/routes'
import { outreachRoutes } from './outreach/routes'

/*
 * The consultations module on the web: the residents' pages (the JST's list, one consultation with its draft, comments,
 * meetings and report, the comparison of two versions, open data, subscriptions) and the staff panel's section (the
 * opening act, comments, answers, meetings, outreach, the report), each page downloaded on its first visit so the
 * entry bundle does not carry them. The server's API is described in docs/consultations.md.
 */
const ConsultationList = lazyPage(() => import('./pages/ConsultationList').then((m) => m.ConsultationList))
const ConsultationPage = lazyPage(() => import('./pages/ConsultationPage').then((m) => m.ConsultationPage))
const Comparison = lazyPage(() => import('./pages/Comparison').then((m) => m.Comparison))
const ConsultationsPanel = lazyPage(() => import('./panel/ConsultationsPanel').then((m) => m.ConsultationsPanel))
const ConsultationAct = lazyPage(() => import('./panel/ConsultationAct').then((m) => m.ConsultationAct))
/** The consultations' work on the panel's start page: a part of that page, downloaded with it. */
const WorkOverview = lazyPage(() => import('./panel/WorkOverview').then((m) => m.WorkOverview), { part: true })

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
  panel: {
    segment: 'konsultacje',
    label: 'consultations.panel.section',
    roles: ['admin', 'koordynator', 'moderator'],
    forbidden: 'consultations.panel.forbidden',
    overview: WorkOverview,
  },
  // The first pattern that matches wins: the parts' routes (with fixed words such as `dane` or `subskrypcja` where a
  // consultation's number could stand) come before the consultation's own `/:slug/konsultacje/:number`.
  routes: [
    ...commentRoutes(ks),
    // routes: comments
    ...reportRoutes(ks),
    // routes: report
    ...outreachRoutes(ks),
    // routes: outreach
    ...meetingRoutes(ks),
    // routes: meetings
    ['/:slug/konsultacje', ks((p) => <ConsultationList slug={p.slug} />)],
    ['/:slug/konsultacje/:number', ks((p) => <ConsultationPage slug={p.slug} number={p.number} />)],
    [
      '/:slug/konsultacje/:number/porownanie/:from/:to',
      ks((p) => <Comparison slug={p.slug} number={p.number} from={p.from} to={p.to} />),
    ],
    ['/panel/:slug/konsultacje', ks((p) => <ConsultationsPanel slug={p.slug} />)],
    ['/panel/:slug/konsultacje/:number', ks((p) => <ConsultationAct slug={p.slug} number={p.number} />)],
    // routes: panel
    ...answerRoutes(ks),
    // routes: answers
  ],
}
