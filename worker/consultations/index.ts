import type { WspolnotaModule } from '../core/module'
import { describeDemoConsultations, seedDemoConsultations } from './demo/seed'
import en from './i18n/en'
import { consultationProcesses } from './processes'
import { consultationRoutes } from './routes'

/**
 * Konsultacje społeczne: a consultation launched under its kind's statutory rules (presets), its draft document in
 * versions with stable paragraph ids, and a public list, page and Atom feed per JST. Comments, answers and the report
 * come next (docs/consultations.md). Other modules reach it only through this file.
 */
export const consultations: WspolnotaModule = {
  name: 'consultations',
  routes: consultationRoutes,
  messages: { en },
  processes: consultationProcesses,
  seedDemo: async (db, config) => {
    const seeded = await seedDemoConsultations(db, config)
    return seeded ? (origin) => describeDemoConsultations(seeded, origin) : null
  },
  auditActions: ['ks.consultation.create', 'ks.consultation.publish', 'ks.consultation.update', 'ks.document.version'],
}
