import type { WspolnotaModule } from '../core/module'
import { describeDemoConsultations, seedDemoConsultations } from './demo/seed'
import en from './i18n/en'
import { consultationProcesses } from './processes'
import { consultationRoutes } from './routes'
import { consultationTick } from './tick'

export {
  advisoryOpinionIdFor,
  concernsYoungPeople,
  consultationDraftForBody,
  consultationForBodyById,
  listBodyForOpinion,
  publicConsultationForBody,
  recordBodyOpinion,
  recordBodySilence,
  youthConsultations,
  YOUTH_AREAS,
  type ConsultationForBody,
  type DraftForBody,
} from './actions/body-opinions'

/**
 * Konsultacje społeczne: a consultation launched under its kind's statutory rules (presets) and announced to those it
 * concerns, its draft in versions with stable paragraph ids, comments confirmed by e-mail with receipts, meetings, the
 * office's answers (grouped, two-person review, CSV), the generated report (HTML, tagged PDF, CSV) and open data
 * (docs/consultations.md). Other modules reach it only through this file.
 */
export const consultations: WspolnotaModule = {
  name: 'consultations',
  routes: consultationRoutes,
  messages: { en },
  processes: consultationProcesses,
  tick: consultationTick,
  seedDemo: async (db, config) => {
    const seeded = await seedDemoConsultations(db, config)
    return seeded ? (origin) => describeDemoConsultations(seeded, origin) : null
  },
  auditActions: [
    'ks.consultation.create',
    'ks.consultation.publish',
    'ks.consultation.update',
    'ks.document.version',
    'ks.comment.submit',
    'ks.comment.confirm',
    'ks.comment.correct',
    'ks.comment.withdraw',
    'ks.comment.intake',
    'ks.comment.hide',
    'ks.comment.unhide',
    'ks.survey.update',
    // audit: comments
    'ks.group.compute',
    'ks.group.remove',
    'ks.answer.save',
    'ks.answer.propose',
    'ks.answer.approve',
    'ks.answer.return',
    'ks.answer.reopen',
    'ks.answer.import',
    // audit: answers
    'ks.consultation.close',
    'ks.report.publish',
    // audit: report
    'ks.invitation.send',
    'ks.opinion.add',
    'ks.opinion.update',
    'ks.opinion.receive',
    // audit: outreach
    'ks.meeting.create',
    'ks.meeting.update',
    'ks.meeting.cancel',
    'ks.meeting.attendance',
    'ks.meeting.minutes',
    'ks.meeting.signups_erase',
    // audit: meetings
  ],
}
