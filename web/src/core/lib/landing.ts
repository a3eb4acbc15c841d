import { panelPath } from './context'
import type { User } from './types'

/**
 * Where a person goes after signing in. A return path to a page (`?powrot=…`) is honoured; without one — or when it
 * is the panel's start page itself, which is where the "Panel pracownika" menu link leads — someone who works in
 * exactly one JST goes straight to its panel, where their work waits: there is no unit to choose. The operator and
 * people in several JSTs get the start page with the list of their units.
 */
export function panelLanding(user: User, returnTo: string | null = null): string {
  if (returnTo && returnTo !== '/panel') return returnTo
  return !user.isOperator && user.memberships.length === 1 ? panelPath(user.memberships[0]!.tenantSlug) : '/panel'
}
