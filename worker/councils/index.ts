import type { WspolnotaModule } from '../core/module'
import en from './i18n/en'
import { councilProcesses } from './processes'
import { councilRoutes } from './routes'
import { councilTick } from './tick'
// demo import

/**
 * Rady: a JST's advisory bodies (rada seniorów, młodzieżowa rada, RDPP, others) with statutes as data checked against
 * the law, creation on application (petitions, joint applications) with the statutory decision clocks, calls for
 * candidates (self-registration, NGO and school nominations, a guardian's consent, support lists), members signed in
 * by e-mailed keys, meetings with attendance and quorum, opinions adopted by named votes against the legal deadlines
 * (silence waives where the law says so), inquiries with the 30-day answer, and open data (docs/councils.md). Other
 * modules reach it only through this file.
 */
export const councils: WspolnotaModule = {
  name: 'councils',
  routes: councilRoutes,
  messages: { en },
  processes: councilProcesses,
  tick: councilTick,
  // demo seed
  auditActions: [
    'rd.member.key',
    // audit: bodies
    // audit: applications
    // audit: candidates
    // audit: members
    // audit: opinions
    // audit: inquiries
  ],
}
