import { integer, type Env } from '../core/config'
import type { AppConfig } from '../core/http/context'

/** The budget's own settings, read from the environment beside the core's (see the README's configuration table). */
export interface BudgetSettings {
  /** New project drafts one network address may start per hour (a library or school computer serves many authors). */
  draftsPerHourPerAddress: number
}

/** Reads and checks the budget's settings; a bad value stops the start with the core's Polish message. */
export function budgetSettingsFromEnv(env: Env): BudgetSettings {
  return {
    draftsPerHourPerAddress: integer(env, 'DRAFTS_PER_HOUR', 20, 1),
  }
}

const defaults = budgetSettingsFromEnv({})

/** The budget's settings in a configuration (the defaults when it was built without the module list). */
export function budgetSettings(config: Pick<AppConfig, 'modules'>): BudgetSettings {
  return (config.modules.budget as BudgetSettings | undefined) ?? defaults
}
