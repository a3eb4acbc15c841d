import type { Api } from '../../core/http/endpoint'
import { answerRoutes } from './answers'
import { commentRoutes } from './comments'
import { meetingRoutes } from './meetings'
import { outreachRoutes } from './outreach'
import { publicRoutes } from './public'
import { reportRoutes } from './report'
import { staffRoutes } from './staff'
import { workRoutes } from './work'

/** Every endpoint of the consultations module (`/jst/{slug}/konsultacje/…`, `/jst/{slug}/staff/konsultacje/…`). */
export function consultationRoutes(api: Api): void {
  workRoutes(api)
  staffRoutes(api)
  publicRoutes(api)
  commentRoutes(api)
  answerRoutes(api)
  reportRoutes(api)
  outreachRoutes(api)
  meetingRoutes(api)
}
