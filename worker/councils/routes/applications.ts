import type { Api } from '../../core/http/endpoint'

/** The endpoints of the councils' applications (to be written). */
export function applicationsRoutes(api: Api): void {
  void api
}
