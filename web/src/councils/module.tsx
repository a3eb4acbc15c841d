import { RESERVED } from '../core/lib/context'
import type { Render, WebModule } from '../core/lib/modules'
import { NotFound } from '../core/pages/NotFound'
import { applicationsRoutes } from './applications/routes'
import { bodiesRoutes } from './bodies/routes'
import { candidatesRoutes } from './candidates/routes'
import { electionsRoutes } from './elections/routes'
import { inquiriesRoutes } from './inquiries/routes'
import { membersRoutes } from './members/routes'
import { opinionsRoutes } from './opinions/routes'

/*
 * The councils module on the web: the residents' pages (the JST's bodies, a body's public page, petitions and joint
 * applications, calls for candidates, the guardian's consent), the members' space (signed in by the e-mailed key) and
 * the staff panel's section (bodies and statutes, applications, calls, members and meetings, opinion requests,
 * inquiries), each page downloaded on its first visit. The server's API is described in docs/councils.md.
 */

/** Councils pages: a JST slug that is not reserved, and numbers that are numbers. */
const rd =
  (render: Render): Render =>
  (p) =>
    RESERVED.has(p.slug) || [p.number].some((n) => n !== undefined && !/^\d{1,9}$/.test(n)) ? <NotFound /> : render(p)

export const councilsWeb: WebModule = {
  key: 'councils',
  name: 'module.councils',
  inSentence: 'module.councils.inSentence',
  description: 'home.feature.councils',
  tenantLink: { segment: 'rady', label: 'module.councils' },
  panel: {
    segment: 'rady',
    label: 'councils.panel.section',
    roles: ['admin', 'koordynator'],
    forbidden: 'councils.panel.forbidden',
  },
  // The first pattern that matches wins: the parts' fixed words (`wnioski`, `nabory`, `zgoda`…) and a body's
  // sub-pages come before the body's own `/:slug/rady/:body`, which `bodiesRoutes` ends with.
  routes: [
    ...applicationsRoutes(rd),
    ...electionsRoutes(rd),
    ...candidatesRoutes(rd),
    ...membersRoutes(rd),
    ...opinionsRoutes(rd),
    ...inquiriesRoutes(rd),
    ...bodiesRoutes(rd),
  ],
}
