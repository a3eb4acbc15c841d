import type { WspolnotaModule } from '../core/module'
import { describeDemoBudget, seedDemoBudget } from './demo/seed'
import { budgetProcesses } from './processes'
import { budgetRoutes } from './routes'
import { advancePhases } from './scheduler'
import { budgetSettingsFromEnv } from './settings'
import en from './i18n/en'

/**
 * Budżet obywatelski: editions with their rules, submission, assessment and appeals, account-free voting, results and
 * implementation. Other modules reach it only through this file.
 */
export const budget: WspolnotaModule = {
  name: 'budget',
  routes: budgetRoutes,
  settings: budgetSettingsFromEnv,
  messages: { en },
  processes: budgetProcesses,
  tick: async ({ services, now }) => {
    await advancePhases(services.db, now)
  },
  seedDemo: async (db, config) => {
    const seeded = await seedDemoBudget(db, config)
    return seeded ? (origin) => describeDemoBudget(seeded, origin) : null
  },
  auditActions: [
    'bo.appeal.decide',
    'bo.assessment.formal',
    'bo.assessment.merit',
    'bo.author-key.replace',
    'bo.author-link',
    'bo.conflict',
    'bo.conflict.delete',
    'bo.edition.calendar',
    'bo.edition.create',
    'bo.edition.update',
    'bo.identities.erase',
    'bo.implementation.note',
    'bo.implementation.note.delete',
    'bo.implementation.note.edit',
    'bo.implementation.status',
    'bo.paper-card.confirm',
    'bo.paper-card.enter',
    'bo.paper-card.reject',
    'bo.paper-supporters',
    'bo.phase',
    'bo.project.assign',
    'bo.project.correct',
    'bo.question',
    'bo.question.answer',
    'bo.register.verify',
    'bo.results.compute',
    'bo.results.publish',
    'bo.results.seed',
    'bo.vote.code-locked',
    'bo.vote.code-refused',
    // The demo content is logged as demo data, like the demo JST itself.
    'demo.seed',
  ],
}
