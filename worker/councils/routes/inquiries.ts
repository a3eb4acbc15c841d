import type { Api } from '../../core/http/endpoint'

/** The endpoints of the councils' inquiries (to be written). */
export function inquiriesRoutes(api: Api): void {
  void api
}
