import type { Api } from '../../core/http/endpoint'
import { assessmentRoutes } from './assessment'
import { attachmentRoutes, supportListRoutes } from './attachments'
import { calendarRoutes } from './calendar'
import { conflictRoutes } from './conflicts'
import { editionRoutes } from './editions'
import { overviewRoutes } from './overview'
import { publicBudgetRoutes } from './public'
import { submissionRoutes } from './submission'
import { implementationRoutes } from './implementation'
import { resultsPublicRoutes } from './results'
import { votingRoutes, votingStaffRoutes } from './voting'

/** Budżet obywatelski, part 1: editions, submission, support, assessment, appeals, public pages and exports. */
export function budgetRoutes(api: Api): void {
  editionRoutes(api)
  calendarRoutes(api)
  submissionRoutes(api)
  attachmentRoutes(api)
  assessmentRoutes(api)
  supportListRoutes(api)
  overviewRoutes(api)
  conflictRoutes(api)
  publicBudgetRoutes(api)
  votingRoutes(api)
  votingStaffRoutes(api)
  resultsPublicRoutes(api)
  implementationRoutes(api)
}
