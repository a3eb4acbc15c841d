import type { Api } from '../../core/http/endpoint'
import { publicRoutes } from './public'
import { staffRoutes } from './staff'

/** Every endpoint of the consultations module (`/jst/{slug}/konsultacje/…`, `/jst/{slug}/staff/konsultacje/…`). */
export function consultationRoutes(api: Api): void {
  staffRoutes(api)
  publicRoutes(api)
}
