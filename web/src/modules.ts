import type { Translate } from './i18n'

/**
 * The participation modules this platform actually runs, and the only place that says so. The home page, the JST
 * pages and the staff role descriptions name modules from this list, so residents and officials are never promised
 * a process (consultations, advisory councils) that cannot be run yet: adding a module here is what makes every
 * page mention it.
 */
export interface PlatformModule {
  /** The API's module key (`processes[].module` of a JST). */
  key: string
  /** Catalogue key of its name as a heading or label ("Budżet obywatelski"). */
  name: string
  /** Catalogue key of its name inside a sentence, as the object of "run" ("budżet obywatelski"). */
  inSentence: string
  /** Catalogue key of a one-line description for the home page. */
  description: string
}

export const MODULES: readonly PlatformModule[] = [
  { key: 'budget', name: 'module.budget', inSentence: 'module.budget.inSentence', description: 'home.feature.budget' },
]

/** The modules' names joined for a sentence: "budżet obywatelski", or "A, B i C" once there are more. */
export function moduleList(t: Translate, modules: readonly PlatformModule[] = MODULES): string {
  const names = modules.map((m) => t(m.inSentence))
  if (names.length < 2) return names.join('')
  return t('module.listJoin', { first: names.slice(0, -1).join(', '), last: names.at(-1)! })
}

/** A staff role's description, with the processes it handles named from the module list. */
export function roleDescription(t: Translate, role: string): string {
  return t(`role.${role}.description`, { modules: moduleList(t) })
}
