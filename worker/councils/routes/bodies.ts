import type { Api } from '../../core/http/endpoint'

/** The endpoints of the councils' bodies (to be written). */
export function bodiesRoutes(api: Api): void {
  void api
}
