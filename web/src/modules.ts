import { budgetWeb } from './budget/module'
import { consultationsWeb } from './consultations/module'
import { councilsWeb } from './councils/module'
import type { Translate } from './core/i18n'
import type { WebModule } from './core/lib/modules'

/**
 * The participation modules this platform actually runs, and the only place that says so (the server's counterpart
 * is worker/modules.ts). The app's routes, a JST panel's navigation, the home page, the JST pages and the staff role
 * descriptions read this list, so residents and officials are never promised a process (consultations, advisory
 * councils) that cannot be run yet, and adding a module touches no core page.
 */
export const MODULES: readonly WebModule[] = [budgetWeb, consultationsWeb, councilsWeb]

/** The modules' names joined for a sentence: "budżet obywatelski", or "A, B i C" once there are more. */
export function moduleList(t: Translate, modules: readonly WebModule[] = MODULES): string {
  const names = modules.map((m) => t(m.inSentence))
  if (names.length < 2) return names.join('')
  return t('module.listJoin', { first: names.slice(0, -1).join(', '), last: names.at(-1)! })
}

/** A staff role's description, with the processes it handles named from the module list. */
export function roleDescription(t: Translate, role: string): string {
  return t(`role.${role}.description`, { modules: moduleList(t) })
}
