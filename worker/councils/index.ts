import type { WspolnotaModule } from '../core/module'
import en from './i18n/en'
import { councilProcesses } from './processes'
import { councilRoutes } from './routes'
import { councilTick } from './tick'
import { describeDemoCouncils, seedDemoCouncils } from './demo/seed'

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
  seedDemo: async (db, config) => {
    const seeded = await seedDemoCouncils(db, config)
    return seeded ? (origin) => describeDemoCouncils(seeded, origin) : null
  },
  auditActions: [
    'rd.member.key',
    'rd.body.create',
    'rd.body.update',
    'rd.statute.add',
    'rd.statute.file',
    'rd.term.add',
    // audit: bodies
    'rd.application.open',
    'rd.application.confirm',
    'rd.application.paper',
    'rd.application.join',
    'rd.application.file',
    'rd.application.decide',
    'rd.application.erase',
    // audit: applications
    'rd.call.create',
    'rd.call.publish',
    'rd.call.appoint',
    'rd.call.close',
    'rd.candidate.register',
    'rd.candidate.nominate',
    'rd.candidate.consent',
    'rd.candidate.withdraw',
    'rd.candidate.verify',
    'rd.candidate.erase',
    'rd.candidate.resolution',
    // audit: candidates
    'rd.member.add',
    'rd.member.role',
    'rd.member.end',
    'rd.member.term-end',
    'rd.member.absences',
    'rd.member.erase',
    'rd.meeting.create',
    'rd.meeting.update',
    'rd.meeting.cancel',
    'rd.meeting.attendance',
    'rd.meeting.minutes',
    // audit: members
    'rd.opinion.request',
    'rd.opinion.withdraw',
    'rd.opinion.waiver',
    'rd.opinion.lapse',
    'rd.resolution.propose',
    'rd.resolution.vote',
    'rd.resolution.close',
    // audit: opinions
    'rd.inquiry.register',
    'rd.inquiry.answer',
    'rd.inquiry.overdue',
    // audit: elections
    'rd.election.create',
    'rd.election.electors',
    'rd.election.count',
    'rd.election.lot',
    'rd.election.publish',
    'rd.election.cast',
    'rd.election.erase',
    'rd.vote.code-refused',
    'rd.vote.code-locked',
    // audit: inquiries
  ],
}
