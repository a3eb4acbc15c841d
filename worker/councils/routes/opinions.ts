import type { Api } from '../../core/http/endpoint'

/** The endpoints of the councils' opinions (to be written). */
export function opinionsRoutes(api: Api): void {
  void api
}
