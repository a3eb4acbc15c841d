import type { Api } from '../../core/http/endpoint'
import { applicationsRoutes } from './applications'
import { bodiesRoutes } from './bodies'
import { candidatesRoutes } from './candidates'
import { electionRoutes } from './elections'
import { electionVoteRoutes } from './election-vote'
import { inquiriesRoutes } from './inquiries'
import { membersRoutes } from './members'
import { openDataRoutes } from './open-data'
import { opinionsRoutes } from './opinions'

/** Every endpoint of the councils module (`/jst/{slug}/rady/…`, `/jst/{slug}/staff/rady/…`). */
export function councilRoutes(api: Api): void {
  openDataRoutes(api)
  applicationsRoutes(api)
  candidatesRoutes(api)
  electionRoutes(api)
  electionVoteRoutes(api)
  membersRoutes(api)
  opinionsRoutes(api)
  inquiriesRoutes(api)
  bodiesRoutes(api)
}
